// The sheets' rows read as reports: each row's id, period, status, day and evidence are what the plain functions
// say of its cells, whatever the rows repeat (readUpdates reads each distinct cell once and shares its reading),
// and one id has one report per period, a repeated row said when it differs; a report's open data made directly is
// the plain copy without its empty entries.
import fc from 'fast-check';
import { isDay, isPeriod } from '../../../src/core/tracking/dates';
import { normalizeId } from '../../../src/core/tracking/ids';
import { reportJson } from '../../../src/core/tracking/opendata';
import type { PublicReport } from '../../../src/core/tracking/site';
import { parseStatus } from '../../../src/core/tracking/status';
import type { CsvTable } from '../../../src/core/tracking/table';
import { readUpdates, type IdIndex } from '../../../src/core/tracking/updates';

const IDS = ['C01.1', 'C01.2', 'C02.1', 'C02.1.1', 'C03'];
const index: IdIndex = { ids: new Set(IDS), withMilestones: new Set(['C01', 'C02']), removed: new Map() };
const HEADER = ['id', 'period', 'status', 'progress', 'evidence', 'challenges', 'updated'];

const row = fc.record({
  id: fc.constantFrom(...IDS, 'c01.1', ' C02.1 '),
  period: fc.constantFrom('2024-03', '2024-06', '2024-6', ''),
  status: fc.constantFrom('', 'complete', 'Achevée', 'achevee.', 'limited', 'Non commencé', 'en cours', 'LIMITÉE'),
  progress: fc.constantFrom('', 'Fait', 'Lot 1 publié'),
  evidence: fc.constantFrom('', 'https://a.fr', ' https://a.fr  https://b.fr\n', 'voir\tle rapport'),
  challenges: fc.constantFrom('', 'Retard'),
  updated: fc.constantFrom('', '2024-03-28', '2024-02-30', '2024-06-28', 'hier'),
});

test('each report is what the plain functions read of its row; one report per id and period', () => {
  fc.assert(
    fc.property(fc.array(fc.array(row, { maxLength: 25 }), { minLength: 1, maxLength: 3 }), (sheets) => {
      const tables: CsvTable[] = sheets.map((rows, s) => ({
        file: `suivi-${s}.csv`,
        header: HEADER,
        rows: rows.map((r, k) => ({ row: k + 2, cells: HEADER.map((h) => r[h as keyof typeof r]) })),
      }));
      const { reports, problems } = readUpdates(tables, index, 'fr');
      const cellOf = (file: string, n: number, name: string) =>
        tables
          .find((t) => t.file === file)!
          .rows.find((r) => r.row === n)!
          .cells[HEADER.indexOf(name)].trim();
      const keys = new Set<string>();
      for (const r of reports) {
        const cell = (name: string) => cellOf(r.file, r.row, name);
        expect(r.status).toBe(cell('status') === '' ? undefined : parseStatus(cell('status')));
        expect(r.updated).toBe(isDay(cell('updated')) ? cell('updated') : undefined);
        expect(r.evidence).toEqual(
          cell('evidence')
            .split(/\s+/)
            .filter((w) => w !== ''),
        );
        expect(r.period).toBe(cell('period'));
        expect(r.id).toBe(normalizeId(cell('id')));
        keys.add(`${r.id} ${r.period}`);
      }
      expect(keys.size).toBe(reports.length);
      // Every cell of a reported row that is not what it should be is said, whatever else is wrong in the row: a
      // period missing or not one, a status the scale does not know, a day that is not one.
      for (const t of tables)
        for (const r of t.rows) {
          const status = r.cells[2].trim();
          const said = (...codes: string[]) =>
            problems.some((p) => p.file === t.file && p.row === r.row && codes.includes(p.code));
          const reported = [2, 3, 4, 5].some((c) => r.cells[c].trim() !== '');
          if (!reported) continue;
          expect(said('noPeriod')).toBe(r.cells[1] === '');
          // Written otherwise than YYYY-MM, or so written with a month that does not exist (said apart).
          expect(said('badPeriod', 'noSuchPeriod')).toBe(r.cells[1] !== '' && !isPeriod(r.cells[1]));
          // A word of real trackers (« en cours ») is told which statuses it means, other words the scale.
          expect(said('badStatus', 'statusMeant.progress')).toBe(status !== '' && parseStatus(status) === undefined);
          expect(said('badDay', 'noSuchDay', 'noSuchMonth')).toBe(r.cells[6] !== '' && !isDay(r.cells[6]));
        }
    }),
    { numRuns: 200 },
  );
});

test('a row repeated with the same words is one report; with other words it is said, naming the first', () => {
  const cells = (status: string, progress: string) => ['C01.1', '2024-03', status, progress, '', '', '2024-03-28'];
  const table: CsvTable = {
    file: 'suivi.csv',
    header: HEADER,
    rows: [
      { row: 2, cells: cells('complete', 'Fait') },
      { row: 3, cells: cells('Achevée', 'Fait') },
      { row: 4, cells: cells('complete', 'Autre') },
    ],
  };
  const { reports, problems } = readUpdates([table], index, 'fr');
  expect(reports.map((r) => r.row)).toEqual([2]);
  expect(problems).toEqual([
    expect.objectContaining({
      row: 4,
      code: 'duplicate',
      vars: { id: 'C01.1', period: '2024-03', file: 'suivi.csv', row: 2 },
    }),
  ]);
});

test("a report's open data holds the entries that say something, in order, as a copy without the empty ones", () => {
  const maybe = (values: string[]) => fc.constantFrom(undefined, ...values);
  fc.assert(
    fc.property(
      fc.record({
        period: fc.constantFrom('2024-03', ''),
        status: maybe(['complete', 'limited']),
        progress: fc.constantFrom('', 'Fait'),
        progressAlt: fc.constantFrom('', 'Done'),
        evidence: fc.constantFrom([], ['https://a.fr'], ['voir', 'le rapport']),
        challenges: fc.constantFrom('', 'Retard'),
        challengesAlt: fc.constantFrom('', 'Delay'),
        updated: maybe(['2024-03-28', '']),
      }),
      fc.constantFrom('en', 'fr'),
      (r, alt) => {
        const all: Record<string, unknown> = {
          period: r.period,
          status: r.status,
          progress: r.progress,
          [`progress_${alt}`]: r.progressAlt,
          evidence: r.evidence,
          challenges: r.challenges,
          [`challenges_${alt}`]: r.challengesAlt,
          updated: r.updated,
        };
        const kept = Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined && v !== ''));
        expect(JSON.stringify(reportJson(r as unknown as PublicReport, alt))).toBe(JSON.stringify(kept));
      },
    ),
  );
});
