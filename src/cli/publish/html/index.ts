// The whole site as files: for each of its languages (the plan's, and the other when asked) a dashboard, the feedback page, a page per commitment and a feed; at the root a page
// that opens the plan's language, plan.json and the merged updates.csv.
import { mergedUpdatesParts, planJsonParts, type Lang, type Site } from '../../../core';
import { commitmentPage } from './commitment';
import { dashboardPage } from './dashboard';
import { feed } from './feed';
import { feedbackPage } from './feedback';
import { languagesOf, publishIn, rootPage } from './layout';
import { typeset } from '../../report/html';
import { STYLE } from './style';

/** Path inside the site (always "/"-separated) and the file's text, or its parts in order (the open data). */
export type SiteFile = [path: string, text: string | Iterable<string>];

/**
 * The site's files one at a time, each made when it is written: a national repository has ten thousand pages,
 * and holding them all before writing cost more in garbage collection than making them (publish.bench.ts).
 */
export function* renderSite(
  site: Site,
  generator: { name: string; version: string },
  langs: readonly Lang[] = languagesOf(site.lang),
): Generator<SiteFile> {
  publishIn(site, langs);
  yield ['index.html', rootPage(site)];
  yield ['style.css', STYLE];
  for (const lang of langs) yield [`${lang}/index.html`, typeset(dashboardPage(site, lang), lang)];
  for (const lang of langs) yield [`${lang}/feedback.html`, typeset(feedbackPage(site, lang), lang)];
  // A commitment's pages in every language one after the other: they read the same reports (120,000 texts on a
  // national repository, scattered over the sheets' text), which the second page then finds close at hand.
  for (const c of site.commitments)
    for (const lang of langs) yield [`${lang}/${c.id}.html`, typeset(commitmentPage(site, c, lang), lang)];
  for (const lang of langs) yield [`${lang}/feed.xml`, feed(site, lang)];
  yield ['plan.json', planJsonParts(site, generator)];
  yield ['updates.csv', mergedUpdatesParts(site)];
}

/**
 * The path of every file `renderSite` makes, in its order, for a plan in `lang` whose commitments have these ids,
 * published in `langs`:
 * known once the ids are, before the reports are read (test/unit/publish/render.test.ts checks them against it).
 */
export function sitePaths(lang: Lang, ids: readonly string[], langs: readonly Lang[] = languagesOf(lang)): string[] {
  const paths = [
    'index.html',
    'style.css',
    ...langs.map((l) => `${l}/index.html`),
    ...langs.map((l) => `${l}/feedback.html`),
  ];
  for (const id of ids) for (const l of langs) paths.push(`${l}/${id}.html`);
  paths.push(...langs.map((l) => `${l}/feed.xml`), 'plan.json', 'updates.csv');
  return paths;
}
