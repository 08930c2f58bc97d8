// A sheet's period read by the sheet's language (audit16 #2): US Excel saves December 2023 as « 12/1/2023 », which
// a French reading takes for 12 January; what stays ambiguous is refused naming the cell, and a period that begins
// after the day its row was updated is refused. Quarters (« Q4 2023 », « T2 2019 ») are their last month.
import { readPeriod } from '../../../src/core/tracking/dates';
import type { CsvTable } from '../../../src/core/tracking/table';
import { readUpdates, type IdIndex } from '../../../src/core/tracking/updates';

const index: IdIndex = { ids: new Set(['C01.1']), withMilestones: new Set(['C01']), removed: new Map() };
const HEADER = ['id', 'period', 'status', 'progress', 'evidence', 'challenges', 'updated'];
const table = (period: string, updated = ''): CsvTable => ({
  file: 'sheet.csv',
  header: HEADER,
  rows: [{ row: 2, cells: ['C01.1', period, 'complete', 'Done', '', '', updated] }],
});

test("an English sheet's day-written period is the month whose first day it is", () => {
  expect(readPeriod('12/1/2023', 'en')).toBe('2023-12');
  expect(readPeriod('6/1/2024', 'en')).toBe('2024-06');
  // A French sheet reads day first, as Excel in French writes it.
  expect(readPeriod('01/12/2023', 'fr')).toBe('2023-12');
  const { reports, problems } = readUpdates([table('12/1/2023', '1/10/2024')], index, 'en');
  expect(reports.map((r) => r.period)).toEqual(['2023-12']);
  // « 1/10/2024 » is still refused as an ambiguous day: only the period knows Excel's first of the month.
  expect(problems.map((p) => p.code)).toEqual(['ambiguousDay']);
});

test('a period that can be two months is refused, naming its cell; none is published', () => {
  const { reports, problems } = readUpdates([table('5/6/2024')], index, 'en');
  expect(reports).toEqual([]);
  expect(problems).toEqual([
    expect.objectContaining({
      row: 2,
      column: 1,
      code: 'ambiguousPeriod',
      vars: { value: '5/6/2024', first: '2024-06', second: '2024-05' },
    }),
  ]);
});

test('a period that begins after the day its row was updated is refused', () => {
  const { problems } = readUpdates([table('2024-03', '2024-01-10')], index, 'en');
  expect(problems).toEqual([
    expect.objectContaining({
      row: 2,
      code: 'periodAfterUpdated',
      vars: expect.objectContaining({ updated: '2024-01-10' }),
    }),
  ]);
  expect(readUpdates([table('2024-03', '2024-03-10')], index, 'en').problems).toEqual([]);
});

test('a quarter is its last month', () => {
  expect(readPeriod('Q4 2023', 'en')).toBe('2023-12');
  expect(readPeriod('T2 2019', 'fr')).toBe('2019-06');
  expect(readPeriod('2023-Q1', 'en')).toBe('2023-03');
  expect(readPeriod('t3-2019', 'fr')).toBe('2019-09');
});
