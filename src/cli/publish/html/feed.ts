// The Atom feed of status changes, one per language: the latest changes first, each linking to its milestone.
import { dueDay, fnv1a, type Lang, type Site } from '../../../core';
import { changeText, textsById } from './dashboard';
import { esc, pick } from './format';
import { wordsFor } from './words';

/** Enough for a reader to catch up on several periods; plan.json holds them all. */
const MAX_ENTRIES = 200;

const stamp = (day: string) => `${day}T00:00:00Z`;

export function feed(site: Site, lang: Lang): string {
  const { t } = wordsFor(site, lang);
  const key = `urn:jalon:${fnv1a(site.title).toString(36)}`;
  const texts = textsById(site);
  const when = (c: Site['changes'][number]) => c.updated ?? dueDay(c.period) ?? site.today;
  const latest = [...site.changes].sort((a, b) => when(b).localeCompare(when(a))).slice(0, MAX_ENTRIES);
  const updated = latest.length ? when(latest[0]) : site.today;
  const l = { plan: site.lang, page: lang };
  const entries = latest
    .map((c) => {
      const x = texts.get(c.id);
      const summary = x ? pick(x.text, x.textAlt, l) : undefined;
      return `<entry>
<title>${esc(t('site.feedEntry', { id: c.id, change: changeText(c, t) }))}</title>
<id>${key}:${c.id}:${c.period}</id>
<updated>${stamp(when(c))}</updated>
<link rel="alternate" type="text/html" href="${c.commitment}.html#${c.id}"/>
${summary ? `<summary${summary.lang ? ` xml:lang="${summary.lang}"` : ''}>${esc(summary.value)}</summary>` : ''}
</entry>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
<title>${esc(t('site.feedTitle', { title: site.title }))}</title>
<id>${key}:${lang}</id>
<updated>${stamp(updated)}</updated>
<link rel="self" href="feed.xml"/>
<link rel="alternate" type="text/html" href="index.html"/>
<author><name>${esc(site.title)}</name></author>
<generator>Jalon</generator>
${entries}
</feed>
`;
}
