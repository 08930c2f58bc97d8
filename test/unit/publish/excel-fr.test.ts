// Audit 15, finding 7: a sheet saved by Excel in French (« 20/12/2026 », « juin 2026 », « 06/2026 ») is read; a French
// sheet has French column headers (a sheet with the English ones, written before, is still read); what stays
// ambiguous is said clearly; French status values come first in French messages.
import { parse } from 'csv-parse/sync';
import { readUpdates, translator, publish, updatesSheet, idIndex, assignIds, type CsvTable } from '../../../src/core';
import { analysis, commitment } from './model';

const plan = analysis([
  commitment(0, 'Engagement 1 : Publier les marchés', [
    { text: 'Guide', date: '2026-03' },
    { text: 'Décret', date: '2026-Q3' },
  ]),
]);
const index = idIndex(plan.commitments, assignIds(plan.commitments));

function table(header: string[], rows: string[][]): CsvTable {
  return { file: 'suivi.csv', header, rows: rows.map((cells, k) => ({ row: k + 2, cells })) };
}

const FR = ['id', 'période', 'état', 'avancement', 'preuves', 'difficultés', 'mis à jour le'];
const EN = ['id', 'period', 'status', 'progress', 'evidence', 'challenges', 'updated'];

test('the template of a French plan has French column headers', () => {
  const text = updatesSheet(plan).replace(/^\ufeff/, '');
  const header = (parse(text, { delimiter: ';', to_line: 1 }) as string[][])[0];
  expect(header.slice(0, 12)).toEqual(['engagement', 'jalon', 'indicateur', 'échéance', 'porteur', ...FR]);
});

test('dates and periods as Excel in French writes them are read', () => {
  const u = readUpdates(
    [
      table(FR, [
        ['C01.1', 'juin 2026', 'achevé', 'Guide publié.', '', '', '20/12/2026'],
        ['C01.2', '06/2026', 'limité', 'Projet soumis.', '', 'Consultation longue.', '2/7/2026'],
        ['C01.1', 'déc.-26', 'achevé', 'Guide publié.', '', '', '2026-12-31'],
      ]),
    ],
    index,
    'fr',
  );
  expect(u.problems).toEqual([]);
  expect(u.reports.map((r) => [r.id, r.period, r.updated])).toEqual([
    ['C01.1', '2026-06', '2026-12-20'],
    ['C01.2', '2026-06', '2026-07-02'],
    ['C01.1', '2026-12', '2026-12-31'],
  ]);
});

test('a sheet with the English headers (written before) is still read', () => {
  const u = readUpdates([table(EN, [['C01.1', '2026-06', 'complete', 'Done.', '', '', '2026-06-30']])], index, 'fr');
  expect(u.problems).toEqual([]);
  expect(u.reports).toHaveLength(1);
});

test('what is not a date is said with the column as the sheet names it; an English sheet’s 03/04/2026 is ambiguous', () => {
  const fr = readUpdates([table(FR, [['C01.1', 'juin 2026', 'bleu', 'x', '', '', '31/02/2026']])], index, 'fr');
  expect(fr.problems.map((p) => [p.code, p.columnName])).toEqual([
    ['badStatus', 'état'],
    ['noSuchDay', 'mis à jour le'],
  ]);
  const t = translator(publish, 'fr');
  expect(t('problems.badStatus', { value: 'bleu' })).toMatch(/écrivez non commencé, limité.*\(ou not-started/);
  const en = readUpdates([table(EN, [['C01.1', '2026-06', 'complete', 'x', '', '', '03/04/2026']])], index, 'en');
  expect(en.problems.map((p) => [p.code, p.vars])).toEqual([
    ['ambiguousDay', { value: '03/04/2026', first: '2026-04-03', second: '2026-03-04' }],
  ]);
  const missing = readUpdates(
    [
      table(
        FR.filter((c) => c !== 'période'),
        [],
      ),
    ],
    index,
    'fr',
  );
  expect(missing.problems.map((p) => p.vars?.name)).toEqual(['période']);
});
