// The pages of a large plan stay readable: the dashboard names the first 200 changes of the period and says how
// many more there are; lists cut a long milestone text where its page gives it whole.
import { prepareSite, sheetColumns, type CsvTable } from '../../../src/core';
import { commitmentPage } from '../../../src/cli/publish/html/commitment';
import { dashboardPage } from '../../../src/cli/publish/html/dashboard';
import { renderSite, sitePaths } from '../../../src/cli/publish/html';
import { analysis, commitment } from './model';

const long = `Publier ${'les données ouvertes du territoire '.repeat(10)}en format ouvert`;
const plan = analysis(
  Array.from({ length: 125 }, (_, i) =>
    commitment(i, `Engagement ${i + 1} : publier le lot ${i}`, [
      { text: i === 0 ? long : `Lot ${i} A`, date: '2024-06' },
      { text: `Lot ${i} B`, date: '2026-06' },
    ]),
  ),
);

test('the latest changes: the first 200 named, the others counted', () => {
  const columns = sheetColumns('fr');
  const rows = plan.commitments.flatMap((_, i) =>
    [1, 2].map((k) => ({ id: `C${String(i + 1).padStart(2, '0')}.${k}`, period: '2025-01', status: 'complete' })),
  );
  const table: CsvTable = {
    file: 'suivi.csv',
    header: columns,
    rows: rows.map((r, k) => ({ row: k + 2, cells: columns.map((c) => (r as Record<string, string>)[c] ?? '') })),
  };
  const p = prepareSite({ analysis: plan, title: 'Plan', today: '2025-03-01', updates: [table] });
  expect(p.problems).toEqual([]);
  const site = p.site!;
  expect(site.latestChanges).toHaveLength(250);
  const fr = dashboardPage(site, 'fr');
  const list = fr.slice(fr.indexOf('id="changes"'), fr.indexOf('id="status"'));
  expect(list.match(/<li>/g)).toHaveLength(200);
  expect(list).toContain('Et 50 autres changements : voir les pages des engagements et le flux des changements.');
  expect(dashboardPage(site, 'en')).toContain(
    'And 50 more changes: see the commitments&#39; pages and the feed of changes.', // the apostrophe escaped in HTML
  );
  // Cut on a word in the list, whole on its page.
  expect(list).toMatch(/<a href="C01\.html#C01\.1">C01\.1<\/a> Publier (les données ouvertes du territoire ){3}[^<]*…/);
  expect(commitmentPage(site, site.commitments[0], 'fr')).toContain(long);
});

test('the paths known from the ids alone are those of the files the site is made of, in order', () => {
  const columns = sheetColumns('fr');
  const table: CsvTable = { file: 'suivi.csv', header: columns, rows: [] };
  for (const lang of ['fr', 'en'] as const) {
    const ids: string[] = [];
    const p = prepareSite({
      analysis: { ...plan, language: lang },
      title: 'Plan',
      today: '2025-03-01',
      updates: [table],
      onIds: (given) => ids.push(...given.commitments.map((c) => c.id)),
    });
    expect(ids).toHaveLength(plan.commitments.length);
    const made = [...renderSite(p.site!, { name: 'jalon', version: '0' })].map(([path]) => path);
    expect(sitePaths(lang, ids)).toEqual(made);
  }
});
