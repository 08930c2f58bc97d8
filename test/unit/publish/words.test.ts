// A page's recurring words are made once per site and language (html/words.ts) and each page's frame once per
// language (html/layout.ts): what they give is what the plain functions give, on the first call and after, and
// one site's words or frame never show on another's pages.
import fc from 'fast-check';
import { fieldLabel, prepareSite, SHOWN_FIELDS, type Lang, type Site } from '../../../src/core';
import { commitmentPage } from '../../../src/cli/publish/html/commitment';
import { dashboardPage } from '../../../src/cli/publish/html/dashboard';
import { badge, day, due, esc, period, tFor } from '../../../src/cli/publish/html/format';
import { makeWords, wordsFor } from '../../../src/cli/publish/html/words';
import { analysis, commitment } from './model';

function site(title: string, today: string, lang: Lang = 'fr'): Site {
  const plan = analysis(
    [commitment(0, 'Engagement 1 : publier le registre', [{ text: 'Lot A', date: '2024-06' }])],
    lang,
  );
  return prepareSite({ analysis: plan, title, today, updates: [] }).site!;
}

const LANGS: Lang[] = ['fr', 'en'];
const STATUSES = ['not-started', 'limited', 'substantial', 'complete', 'withdrawn', 'unreported', undefined] as const;
const LABELS = [
  'site.progress',
  'site.evidence',
  'site.challenges',
  'site.noReport',
  'site.reports',
  'site.noDue',
  'site.notGiven',
  'site.column.lead',
  'site.overdueBadge',
  'site.dashboard',
  'site.status.complete',
  'site.author.citizen',
];

const isoDay = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const dueText = fc.oneof(
  isoDay,
  isoDay.map((d) => d.slice(0, 7)),
  fc.tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
  fc.tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 2 })).map(([y, h]) => `${y}-H${h}`),
  fc.string({ maxLength: 12 }),
);

test.each(LANGS)('each word made once is what the plain functions say (%s)', (lang) => {
  const t = tFor(lang);
  const w = makeWords(site('Plan', '2025-03-01'), lang);
  fc.assert(
    fc.property(fc.array(fc.tuple(isoDay, dueText), { minLength: 1, maxLength: 20 }), (pairs) => {
      // Twice: the second answer comes from what was made the first time.
      for (let round = 0; round < 2; round++)
        for (const [d, x] of pairs) {
          expect(w.day(d)).toBe(esc(day(d, lang)));
          expect(w.period(d.slice(0, 7))).toBe(esc(period(d.slice(0, 7), lang)));
          expect(w.updated(d)).toBe(`<span class="meta">${esc(t('site.updated', { date: day(d, lang) }))}</span>`);
          expect(w.dueOn(x)).toBe(esc(t('site.dueOn', { date: due(x, lang, t) })));
        }
    }),
    { numRuns: 50 },
  );
  for (let round = 0; round < 2; round++) {
    for (const s of STATUSES) expect(w.badge(s)).toBe(badge(s, t));
    // A history cell: the badge of the status reported, a dash for a report without one.
    for (const s of STATUSES)
      if (s !== 'unreported') expect(w.cell(s)).toBe(`<td>${s ? badge(s, t) : '<span class="meta">—</span>'}</td>`);
    for (const key of LABELS) expect(w.label(key)).toBe(esc(t(key)));
    for (const f of SHOWN_FIELDS) expect(w.field(f)).toBe(esc(fieldLabel(f, lang)));
  }
});

test("one site's words and frame never show on another's pages", () => {
  const a = site('Plan A & associés', '2025-03-01');
  const b = site('Plan B', '2026-07-01', 'en');
  expect(wordsFor(a, 'fr')).toBe(wordsFor(a, 'fr'));
  expect(wordsFor(a, 'fr')).not.toBe(wordsFor(a, 'en'));
  expect(wordsFor(a, 'en')).not.toBe(wordsFor(b, 'en'));
  for (const lang of LANGS) {
    const pageA = commitmentPage(a, a.commitments[0], lang);
    const pageB = commitmentPage(b, b.commitments[0], lang);
    expect(pageA).toContain('Plan A &amp; associés');
    expect(pageA).not.toContain('Plan B');
    expect(pageA).toContain(esc(day('2025-03-01', lang)));
    expect(pageB).toContain('Plan B');
    expect(pageB).not.toContain('Plan A');
    expect(pageB).toContain(esc(day('2026-07-01', lang)));
    expect(pageA).toContain(`<html lang="${lang}">`);
    // The switch leads to the same page in the other language.
    const other = lang === 'fr' ? 'en' : 'fr';
    expect(pageA).toContain(`<li><a href="../${other}/C01.html" hreflang="${other}"`);
    expect(dashboardPage(a, lang)).toContain(`<li><a href="../${other}/index.html" hreflang="${other}"`);
    // A page made again is the same page.
    expect(commitmentPage(a, a.commitments[0], lang)).toBe(pageA);
  }
});
