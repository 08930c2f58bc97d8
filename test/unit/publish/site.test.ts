// The site's data: points along the completion scale, what is overdue on a given day, the status of each
// period, the changes. Computed by the core from hand-made plans and sheets.
import {
  dueDay,
  mergedUpdatesParts,
  planJson,
  planJsonParts,
  prepareSite,
  sheetColumns,
  type CsvTable,
  type Site,
} from '../../../src/core';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { analysis, commitment } from './model';

/** A sheet as the command line would parse it. */
function table(rows: Record<string, string>[], file = 'suivi.csv'): CsvTable {
  const columns = sheetColumns('fr');
  return { file, header: columns, rows: rows.map((r, k) => ({ row: k + 2, cells: columns.map((c) => r[c] ?? '') })) };
}

const plan = analysis([
  commitment(0, 'Engagement 1 : Publier les marchés', [
    { text: 'Arrêté', date: '2024-03' },
    { text: 'Premier jeu', date: '2024-Q3' },
    { text: 'Tableau de bord', date: '2024-H2' },
    { text: 'Guide', date: '2024' },
    { text: 'Formation', date: '2026-06' },
    { text: 'Sans date' },
  ]),
  commitment(1, 'Engagement 2 : Ouvrir le code', [
    { text: 'Calculateur', date: '2024-06-15', indicator: 'Dépôt public' },
  ]),
  commitment(2, 'Engagement 3 : Associer les citoyens', [], 'de janvier 2024 à juin 2025'),
]);

function site(rows: Record<string, string>[], today = '2025-03-01'): Site {
  const p = prepareSite({ analysis: plan, title: 'Plan', today, updates: [table(rows)] });
  expect(p.problems).toEqual([]);
  return p.site!;
}

const r = (id: string, period: string, status: string, more: Record<string, string> = {}) => ({
  id,
  period,
  status,
  challenges: 'Retard de recrutement',
  ...more,
});

test('a due date is due at the end of the span the plan names', () => {
  expect(['2024-03', '2024-02', '2024-Q3', '2024-H1', '2024-H2', '2024', '2024-06-15', '2024-13'].map(dueDay)).toEqual([
    '2024-03-31',
    '2024-02-29',
    '2024-09-30',
    '2024-06-30',
    '2024-12-31',
    '2024-12-31',
    '2024-06-15',
    undefined,
  ]);
});

test('points: 0 to 3 per milestone, a withdrawn one not counted, one without an update worth 0', () => {
  const s = site([
    r('C01.1', '2024-06', 'complete'),
    r('C01.2', '2024-06', 'substantial'),
    r('C01.3', '2024-06', 'limited'),
    r('C01.4', '2024-06', 'not-started'),
    r('C01.5', '2024-06', 'withdrawn'),
  ]);
  const c1 = s.commitments[0];
  expect(c1.units.map((u) => u.points)).toEqual([3, 2, 1, 0, 0, 0]);
  expect(c1.points).toEqual({ earned: 6, max: 15 });
  expect(s.points).toEqual({ earned: 6, max: 21 });
  expect(s.counts).toEqual({ complete: 1, substantial: 1, limited: 1, 'not-started': 1, withdrawn: 1, unreported: 3 });
});

test('overdue: due before today and neither complete nor withdrawn, the most overdue first', () => {
  const s = site([
    r('C01.1', '2024-06', 'complete'),
    r('C01.2', '2024-06', 'substantial'),
    r('C01.4', '2024-06', 'withdrawn'),
  ]);
  expect(s.overdue.map((o) => [o.unit.id, o.unit.dueDay, o.unit.daysLate])).toEqual([
    ['C02.1', '2024-06-15', 259],
    ['C01.2', '2024-09-30', 152],
    ['C01.3', '2024-12-31', 60],
  ]);
  // The same plan seen on the due day itself: nothing is late yet that day.
  expect(site([], '2024-06-15').overdue.map((o) => o.unit.id)).toEqual(['C01.1']);
  // A commitment without milestones is due at the end of its calendar.
  const c3 = site([], '2025-07-01').commitments[2].units[0];
  expect([c3.id, c3.kind, c3.dueDay, c3.overdue]).toEqual(['C03', 'commitment', '2025-06-30', true]);
});

test('a milestone reported through its indicator takes its indicator’s status', () => {
  const s = site([r('C02.1.1', '2024-06', 'substantial')]);
  const u = s.commitments[1].units[0];
  expect([u.status, u.indicator?.id, u.indicator?.status, u.effective, u.points]).toEqual([
    undefined,
    'C02.1.1',
    'substantial',
    'substantial',
    2,
  ]);
  // Its own report wins.
  expect(
    site([r('C02.1.1', '2024-06', 'substantial'), r('C02.1', '2024-06', 'limited')]).commitments[1].units[0].effective,
  ).toBe('limited');
});

test('each period counts the status last reported up to it; changes are listed once, the latest period apart', () => {
  const s = site([
    r('C01.1', '2024-06', 'limited'),
    r('C01.1', '2024-09', 'limited', { progress: 'Toujours en cours' }),
    r('C01.1', '2024-12', 'complete'),
    r('C01.2', '2024-09', 'substantial'),
    r('C03', '2024-12', 'limited', { progress: 'Panel réuni', status: '' }),
  ]);
  expect(s.periods).toEqual(['2024-06', '2024-09', '2024-12']);
  expect(s.series).toEqual([
    { period: '2024-06', earned: 1, max: 24 },
    { period: '2024-09', earned: 3, max: 24 },
    { period: '2024-12', earned: 5, max: 24 },
  ]);
  expect(s.changes.map((c) => [c.id, c.period, c.from, c.to])).toEqual([
    ['C01.1', '2024-06', undefined, 'limited'],
    ['C01.2', '2024-09', undefined, 'substantial'],
    ['C01.1', '2024-12', 'limited', 'complete'],
  ]);
  expect(s.latestChanges.map((c) => c.id)).toEqual(['C01.1']);
  // Progress reported without a status is kept, and changes nothing.
  expect(s.commitments[2].units[0].reports).toMatchObject([{ period: '2024-12', progress: 'Panel réuni' }]);
  expect(s.commitments[2].units[0].status).toBeUndefined();
});

test('feedback reaches its commitment’s page, whether about the commitment or one of its milestones', () => {
  const feedback: CsvTable = {
    file: 'avis.csv',
    header: ['id', 'date', 'author_type', 'text', 'response', 'response_date'],
    rows: [
      { row: 2, cells: ['C01', '2024-07-01', 'société civile', 'Avis 1', 'Réponse', '2024-08-01'] },
      { row: 3, cells: ['C01.2', '2024-09-01', 'Citoyenne', 'Avis 2', '', ''] },
      { row: 4, cells: ['C02.1.1', '2024-09-02', 'gouvernement', 'Avis 3', '', ''] },
    ],
  };
  const p = prepareSite({ analysis: plan, title: 'Plan', today: '2025-01-01', updates: [], feedback: [feedback] });
  expect(p.problems).toEqual([]);
  const [c1, c2] = p.site!.commitments;
  expect(c1.feedback.map((f) => [f.id, f.author, f.responseDate])).toEqual([
    ['C01.2', 'citizen', undefined],
    ['C01', 'civil-society', '2024-08-01'],
  ]);
  expect(c2.feedback.map((f) => [f.id, f.author])).toEqual([['C02.1.1', 'government']]);
});

test('the open data made line by line is the plain data: plan.json parses back to planJson, updates.csv is one line a report', () => {
  const s = site([
    r('C01.1', '2024-06', 'limited', {
      progress: 'Projet, "relu"\net signé',
      evidence: 'https://a.example/1 https://a.example/2',
    }),
    r('C01.1', '2024-12', 'complete', { progress_en: '=1+1' }),
    r('C02.1', '2024-12', 'substantial'),
    r('C02.1.1', '2024-12', 'not-started'),
  ]);
  const generator = { name: 'jalon', version: '1.2.3' };
  const text = [...planJsonParts(s, generator)].join('');
  expect(JSON.parse(text)).toEqual(planJson(s, generator));
  // One commitment a line.
  expect(text.split('\n').filter((l) => l.startsWith('{"id":"C0'))).toHaveLength(s.commitments.length);
  const csv = [...mergedUpdatesParts(s)];
  // Read back as a spreadsheet would: a record a part, each in the header's columns, cells as the sheet gave them.
  const records = parse(csv.join('').slice(1), { relax_column_count: true }) as string[][];
  expect(records).toHaveLength(csv.length);
  expect(records.every((r) => r.length === records[0].length)).toBe(true);
  expect(records.some((r) => r.includes('Projet, "relu"\net signé'))).toBe(true);
  expect(csv[0].startsWith('\ufeffcommitment,')).toBe(true);
  expect(csv.every((line) => line.endsWith('\r\n'))).toBe(true);
  // Every report has its line, every item never reported a blank one, each line in the sheet's columns.
  const items = s.commitments.flatMap((c) => c.units.flatMap((u) => (u.indicator ? [u, u.indicator] : [u])));
  const expected = items.reduce((n, t) => n + Math.max(1, t.reports.length), 0);
  expect(csv).toHaveLength(1 + expected);
  expect(csv.join('')).toContain('"Projet, ""relu""\net signé"');
  expect(csv.join('')).toContain("'=1+1");
});

test('the points of each period and the changes are those read from every report afresh, whatever the rows', () => {
  const IDS = ['C01.1', 'C01.2', 'C01.3', 'C01.5', 'C02.1', 'C02.1.1', 'C03'];
  const PERIODS = ['2023-12', '2024-03', '2024-06', '2024-09', '2024-12'];
  const STATUSES = ['not-started', 'limited', 'substantial', 'complete', 'withdrawn', ''];
  const POINTS: Record<string, number> = { 'not-started': 0, limited: 1, substantial: 2, complete: 3 };
  const reports = fc.uniqueArray(
    fc.record({
      id: fc.constantFrom(...IDS),
      period: fc.constantFrom(...PERIODS),
      status: fc.constantFrom(...STATUSES),
    }),
    { selector: (x) => `${x.id} ${x.period}`, maxLength: 30 },
  );
  fc.assert(
    fc.property(reports, (rows) => {
      const s = site(rows.map((x) => r(x.id, x.period, x.status, { progress: 'Fait' })));
      const periods = [...new Set(rows.map((x) => x.period))].sort();
      expect(s.periods).toEqual(periods);
      // A status at the end of a period: the one of the latest report up to it that gives one.
      const statusAt = (id: string, period: string) =>
        rows
          .filter((x) => x.id === id && x.period <= period && x.status !== '')
          .sort((a, b) => (a.period < b.period ? -1 : 1))
          .pop()?.status;
      const units = s.commitments.flatMap((c) => c.units);
      expect(s.series).toEqual(
        periods.map((period) => {
          const statuses = units.map(
            (u) => statusAt(u.id, period) ?? (u.indicator && statusAt(u.indicator.id, period)),
          );
          const counted = statuses.filter((x) => x !== 'withdrawn');
          return {
            period,
            earned: counted.reduce((n, x) => n + (x ? POINTS[x] : 0), 0),
            max: 3 * counted.length,
          };
        }),
      );
      // Changes: each item's statuses as they moved, all sorted by period (a stable sort keeps the plan's order).
      const items = s.commitments.flatMap((c) =>
        c.units.flatMap((u) => (u.indicator ? [u, u.indicator] : [u])).map((t) => ({ t, c: c.id })),
      );
      const changes = items.flatMap(({ t, c }) => {
        const out: [string, string, string, string | undefined, string][] = [];
        let from: string | undefined;
        for (const period of periods) {
          const x = rows.find((y) => y.id === t.id && y.period === period);
          if (!x || x.status === '' || x.status === from) continue;
          out.push([t.id, c, period, from, x.status]);
          from = x.status;
        }
        return out;
      });
      changes.sort((a, b) => (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
      expect(s.changes.map((c) => [c.id, c.commitment, c.period, c.from, c.to])).toEqual(changes);
      expect(s.latestChanges).toEqual(s.changes.filter((c) => c.period === periods[periods.length - 1]));
    }),
    { numRuns: 150 },
  );
});

test('the public page shows a field as the plan states it under a label; one found only in prose as the plan’s sentence, said to be one (audit 15: never said absent when the check counts it)', async () => {
  const { analyze, fromPlainText } = await import('../../../src/core');
  const { commitmentPage } = await import('../../../src/cli/publish/html/commitment');
  const md = [
    '# Engagement 1 : Publier les marchés publics',
    'Indicateur : part des marchés publiés en données ouvertes.',
    // The drafting check takes these sentences for the audience and the accountability (enough not to ask for them);
    // the public page shows them as the sentences where they were found.
    'Le ministère publiera chaque mois les données des marchés. Ces données aideront les journalistes et les citoyens à suivre la dépense publique. Le ministère rendra compte chaque année au Parlement.',
    '- Jalon : premier jeu de données publié (juin 2025)',
  ].join('\n\n');
  const read = analyze(fromPlainText(md, { markdown: true }), { lang: 'fr' });
  const c = read.commitments[0];
  expect([c.fields.indicator?.source, c.fields.audience?.source, c.fields.accountability?.source]).toEqual([
    'label',
    'prose',
    'prose',
  ]);
  const p = prepareSite({ analysis: read, title: 'Plan', today: '2025-03-01', updates: [] });
  const shown = p.site!.commitments[0];
  expect(shown.fields.indicator).toBe('part des marchés publiés en données ouvertes.');
  expect(shown.fields.audience).toBe(
    'Ces données aideront les journalistes et les citoyens à suivre la dépense publique.',
  );
  expect(shown.inProse).toEqual(expect.arrayContaining(['audience', 'accountability']));
  const page = commitmentPage(p.site!, shown, 'fr');
  expect(page).toContain('Part des marchés publiés en données ouvertes.');
  expect(page).toContain('aideront les journalistes');
  expect(page).toContain('Phrase du plan où Jalon a repéré ce point');
  expect(page).not.toContain('Pas de rubrique pour ce point dans le plan');
  expect(page).toContain('Non précisé dans le plan'); // the cost, stated nowhere
});
