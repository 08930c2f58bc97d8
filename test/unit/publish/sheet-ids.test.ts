// Audit16 #5 and #6: on a first publication the plan's own ids are the reference (a typo never becomes a public
// id; an id copied from another row names that row), and prefilled cells a ministry changed are said, not dropped
// in silence.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLAN, TODAY, runCli, tempDir } from './helpers';

jest.setTimeout(60_000);
const EN = { LANG: 'en_US.UTF-8' };

/** The plan's template, each row edited by `edit` (its line number, 2 for the first row, and its cells). */
async function template(edit: (line: number, cells: string[]) => string[]): Promise<string> {
  const dir = tempDir('jalon-sheet-ids-');
  const file = join(dir, 'sheet.csv');
  expect((await runCli(['updates-template', PLAN, '--out', file], EN)).code).toBe(0);
  const lines = readFileSync(file, 'utf8').split('\r\n');
  const out = lines.map((l, k) => (k === 0 || l === '' ? l : edit(k + 1, l.split(';')).join(';')));
  writeFileSync(file, out.join('\r\n'));
  return file;
}
const ID = 5;
const report = (cells: string[]) => {
  cells[6] = '2024-12';
  cells[7] = 'substantiel';
  cells[8] = 'Avancé';
  return cells;
};
const check = (file: string) => runCli(['publish', PLAN, '--updates', file, '--today', TODAY, '--check'], EN);

test('a mistyped id on a first publication is refused, naming its cell and the id the plan gives', async () => {
  const file = await template((line, c) => (line === 3 ? ((c[ID] = 'C01.7'), report(c)) : c));
  const r = await check(file);
  expect(r.code).toBe(1);
  expect(r.stderr.split('\n')[0]).toBe(
    `jalon: ${file}, line 3, column F (id): the id C01.7 is not that of this row's milestone, "Premier jeu de données publié sur data.gouv.fr": in the plan it is C01.2; write C01.2`,
  );
});

test('an id copied from another row is said on the row it was copied to, and no other row is blamed', async () => {
  let owner = 0; // the line of the row that holds C02.1 in the plan's sheet
  const file = await template((line, c) => {
    if (c[ID] === 'C02.1') owner = line;
    return line === 3 ? ((c[ID] = 'C02.1'), report(c)) : c;
  });
  expect(owner).toBeGreaterThan(3);
  const r = await check(file);
  expect(r.code).toBe(1);
  expect(r.stderr.trim().split('\n')).toEqual([
    `jalon: ${file}, line 3, column F (id): C02.1 is the id of "Publication de l’inventaire des logiciels de calcul" (${file}, line ${owner}); this row's milestone, "Premier jeu de données publié sur data.gouv.fr", is C01.2 in the plan: write C01.2`,
    'jalon: 1 problem in the files: nothing was written.',
  ]);
});

test("a due date or a milestone's text changed in the sheet is said, the plan's kept", async () => {
  const file = await template((line, c) => {
    if (line !== 4) return c;
    c[1] = 'Publication mensuelle pour 10 acheteurs';
    c[3] = '2026-06';
    return report(c);
  });
  const r = await check(file);
  expect(r.code).toBe(0);
  expect(r.stderr).toContain(
    `jalon: ${file}, line 4: columns D and B: the due date and the text of milestone C01.3 are the plan's (2025-12, "Publication mensuelle automatisée"); your changes were not used`,
  );
  // Excel's rewriting of the same month is no change.
  const excel = await template((line, c) => (line === 4 ? ((c[3] = '12/2025'), report(c)) : c));
  expect((await check(excel)).stderr).not.toContain('not used');
});
