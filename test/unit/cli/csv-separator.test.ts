// CSV for a French facilitator (audit13, finding 9): Excel in French splits a double-clicked file on semicolons and
// puts a comma-separated one in a single column, so the reports a French reader opens use « ; » and English ones
// ","; several leads in one cell read as several (« ; », ", " in English), never run together with spaces; the
// follow-up sheet of a French plan, written with semicolons, reads back.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { readTable } from '../../../src/cli/publish/csv';
import { sheetColumns, sheetHeader } from '../../../src/core';
import { FIXTURES, runCli, tempDir } from './helpers';

const FR = join(FIXTURES, 'plan-fr.md');
const FR_ENV = { LANG: 'fr_FR.UTF-8' };
const EN_ENV = { LANG: 'en_GB.UTF-8' };

/** Rows as a spreadsheet splitting on `delimiter` reads them (quotes and all). */
const cells = (csv: string, delimiter: string): string[][] =>
  parse(csv.replace(/^\ufeff/, ''), { delimiter, relax_column_count: true }) as string[][];

describe.each(['csv', 'csv-remarks'])('--format %s', (format) => {
  test('is separated by semicolons for a French reader: every row has the header’s columns', async () => {
    const r = await runCli(['check', '--format', format, FR], FR_ENV);
    const rows = cells(r.stdout, ';');
    expect(rows[0].slice(0, 2)).toEqual(['Fichier', format === 'csv' ? 'Langue' : 'N°']);
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) expect(row).toHaveLength(rows[0].length);
    // Read with commas, as a French Excel would not, the header is one cell.
    expect(r.stdout.split('\r\n')[0]).not.toContain(',');
  });

  test('keeps commas in English', async () => {
    const r = await runCli(['check', '--format', format, FR], EN_ENV);
    const rows = cells(r.stdout, ',');
    expect(rows[0][0]).toBe('File');
    for (const row of rows) expect(row).toHaveLength(rows[0].length);
  });
});

test('--help says which separator the CSV reports use', async () => {
  const fr = await runCli(['help', 'check'], FR_ENV);
  expect(fr.stdout + fr.stderr).toMatch(/points-virgules/);
});

const LEADS_FR = [
  '# Plan d’action 2015-2017',
  '',
  '## Engagement 2 : Accroître la transparence de la commande publique',
  '',
  'Institutions porteuses :',
  '',
  '- Premier ministre (Direction de l’information légale et administrative)',
  '- Ministère des Finances et des Comptes publics',
  '- Ministère de l’Economie, de l’Industrie et du Numérique',
  '',
  'Jalons :',
  '',
  '- Publication de l’arrêté – juin 2016',
  '- Ouverture des données – décembre 2016',
  '',
].join('\n');

test('the follow-up sheet of a French plan: semicolons, one lead per institution, and it reads back', async () => {
  const dir = tempDir();
  const plan = join(dir, 'plan.md');
  writeFileSync(plan, LEADS_FR);
  const out = join(dir, 'updates.csv');
  const r = await runCli(['updates-template', plan, '--out', out], FR_ENV);
  expect(r.code).toBe(0);
  const text = readFileSync(out, 'utf8');
  const rows = cells(text, ';');
  // A French sheet names its columns in French (audit 15).
  expect(rows[0]).toEqual(sheetHeader('fr'));
  const lead = rows[0].indexOf('porteur');
  expect(rows.length).toBeGreaterThan(1);
  for (const row of rows.slice(1))
    expect(row[lead]).toBe(
      'Premier ministre (Direction de l’information légale et administrative) ; Ministère des Finances et des Comptes publics ; Ministère de l’Economie, de l’Industrie et du Numérique',
    );
  // Read back as `jalon publish` and `--previous` read a sheet: the same columns and cells.
  const back = readTable(out);
  expect(back.problems).toEqual([]);
  expect(back.table!.header).toEqual(sheetHeader('fr'));
  expect(back.table!.rows.map((x) => x.cells)).toEqual(rows.slice(1));
  const again = await runCli(['updates-template', plan, '--previous', out, '--out', join(dir, 'next.csv')], FR_ENV);
  expect(again.stderr).toMatch(/Feuille de suivi écrite/);
  expect(readFileSync(join(dir, 'next.csv'), 'utf8')).toBe(text);
});

test('the follow-up sheet of an English plan: commas, leads joined by ", "', async () => {
  const dir = tempDir();
  const plan = join(dir, 'plan.md');
  writeFileSync(
    plan,
    [
      '# National Action Plan 2024-2026',
      '',
      '## Commitment 1: Open procurement data',
      '',
      'Lead institutions:',
      '',
      '- Cabinet Office',
      '- HM Treasury',
      '',
      'Milestones:',
      '',
      '- Publish the standard – June 2025',
      '',
    ].join('\n'),
  );
  const out = join(dir, 'updates.csv');
  expect((await runCli(['updates-template', plan, '--out', out], EN_ENV)).code).toBe(0);
  const rows = cells(readFileSync(out, 'utf8'), ',');
  // No French columns for an English plan that has no French text (audit 16, finding 21).
  expect(rows[0]).toEqual(sheetColumns('en').filter((c) => !c.endsWith('_fr')));
  expect(rows[1][rows[0].indexOf('lead')]).toBe('Cabinet Office, HM Treasury');
});
