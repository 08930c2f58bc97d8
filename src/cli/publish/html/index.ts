// The whole site as files: for each language a dashboard, a page per commitment and a feed; at the root a page
// that opens the plan's language, plan.json and the merged updates.csv.
import { mergedUpdates, planJson, type Site } from '../../../core';
import { commitmentPage } from './commitment';
import { dashboardPage } from './dashboard';
import { feed } from './feed';
import { languages, rootPage } from './layout';

/** Path inside the site (always "/"-separated) to the file's text. */
export type SiteFiles = Map<string, string>;

export function renderSite(site: Site, generator: { name: string; version: string }): SiteFiles {
  const files: SiteFiles = new Map();
  files.set('index.html', rootPage(site));
  for (const lang of languages(site)) {
    files.set(`${lang}/index.html`, dashboardPage(site, lang));
    for (const c of site.commitments) files.set(`${lang}/${c.id}.html`, commitmentPage(site, c, lang));
    files.set(`${lang}/feed.xml`, feed(site, lang));
  }
  files.set('plan.json', `${JSON.stringify(planJson(site, generator), null, 2)}\n`);
  files.set('updates.csv', mergedUpdates(site));
  return files;
}
