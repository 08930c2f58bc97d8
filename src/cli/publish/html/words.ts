// What the pages of one language say again and again (labels, status badges, dates, "updated on…", "due…"),
// each made once per site and language: a national repository's 10,000 pages say the same few dozen labels and
// dates 240,000 times, and translating and escaping them afresh each time was a fifth of making the pages
// (publish.bench.ts). Every word here is what the plain function gives (test/unit/publish/words.test.ts). Kept with
// the site (a WeakMap below), never in the module: another site in the same process starts afresh.
import { fieldLabel, type FieldName, type Lang, type Site, type TrackStatus } from '../../../core';
import { badge, day, due, esc, period, tFor, type PageText, type T } from './format';

export interface Words {
  lang: Lang;
  /** `tFor(lang)`, a text without values made once (Intl and the templates are slow to call). */
  t: T;
  /** The plan's language and the page's. */
  l: PageText;
  /** `esc(t(key))`: a label without values. */
  label(key: string): string;
  /** `badge(status, t)`. */
  badge(status: TrackStatus | 'unreported' | undefined): string;
  /** `esc(period(p, lang))`. */
  period(p: string): string;
  /** `period(p, lang)`, not escaped (a value given to a text). */
  periodText(p: string): string;
  /** `esc(day(d, lang))`. */
  day(d: string): string;
  /** A report's date: `<span class="meta">` "updated on …" `</span>`. */
  updated(d: string): string;
  /** `day(d, lang)`, not escaped (a value given to a text). */
  dayText(d: string): string;
  /** `due(d, lang, t)`, not escaped. */
  dueText(d: string): string;
  /** `esc(t('site.dueOn', { date: due(d, lang, t) }))`. */
  dueOn(d: string): string;
  /** `esc(fieldLabel(field, lang))`. */
  field(f: FieldName): string;
  /** A reported period's cell of a commitment's history: its status badge, or a dash for a report without one. */
  cell(status: TrackStatus | undefined): string;
}

/** Each key's text made on its first use, then given again. */
function remembered(make: (key: string) => string): (key: string) => string {
  const made = new Map<string, string>();
  return (key) => {
    let s = made.get(key);
    if (s === undefined) made.set(key, (s = make(key)));
    return s;
  };
}

export function makeWords(site: Site, lang: Lang): Words {
  const translate = tFor(lang);
  const fixed = remembered((key) => translate(key));
  const t: T = (key, vars) => (vars ? translate(key, vars) : fixed(key));
  const dayText = remembered((d) => day(d, lang));
  const dueText = remembered((d) => due(d, lang, t));
  const badges = new Map<string, string>();
  const cells = remembered((key) => `<td>${key ? badge(key as TrackStatus, t) : '<span class="meta">—</span>'}</td>`);
  return {
    lang,
    t,
    l: { plan: site.lang, page: lang },
    label: remembered((key) => esc(t(key))),
    badge: (status) => {
      const key = status ?? 'unreported';
      let s = badges.get(key);
      if (s === undefined) badges.set(key, (s = badge(status, t)));
      return s;
    },
    period: remembered((p) => esc(period(p, lang))),
    periodText: remembered((p) => period(p, lang)),
    day: remembered((d) => esc(dayText(d))),
    dayText,
    dueText,
    updated: remembered((d) => `<span class="meta">${esc(t('site.updated', { date: dayText(d) }))}</span>`),
    dueOn: remembered((d) => esc(t('site.dueOn', { date: dueText(d) }))),
    field: remembered((f) => esc(fieldLabel(f as FieldName, lang))),
    cell: (status) => cells(status ?? ''),
  };
}

// Made once per site (the site's data does not change once prepared) and language.
const bySite = new WeakMap<Site, Partial<Record<Lang, Words>>>();

export function wordsFor(site: Site, lang: Lang): Words {
  let all = bySite.get(site);
  if (!all) bySite.set(site, (all = {}));
  return (all[lang] ??= makeWords(site, lang));
}
