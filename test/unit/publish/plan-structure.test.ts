// The plan's own structure on the public site (audit 16): completion dated by the day an update writes; a
// milestone's table of indicators read as one milestone with its indicators; a commitment's own indicator tracked.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  assignIds,
  mergedUpdatesParts,
  registryFromSheets,
  planJson,
  planReading,
  prepareSite,
  sheetColumns,
  statusOfIndicators,
  updatesSheet,
  type CsvTable,
} from '../../../src/core';
import { readDraft } from '../../../src/cli/input';
import { completionDay } from '../../../src/core/tracking/site';
import { commitmentPage } from '../../../src/cli/publish/html/commitment';
import { analysis, commitment } from './model';
import { PLAN, tempDir, TODAY } from './helpers';

function table(rows: Record<string, string>[]): CsvTable {
  const columns = sheetColumns('fr');
  return {
    file: 'suivi.csv',
    header: columns,
    rows: rows.map((r, k) => ({ row: k + 2, cells: columns.map((c) => r[c] ?? '') })),
  };
}

describe('completion dated by the day the update writes', () => {
  const site = (progress: string, evidence = '') =>
    prepareSite({
      analysis: analysis([commitment(0, 'Engagement 1 : Publier', [{ text: 'Guide', date: '2026-03' }])]),
      title: 'Plan',
      today: '2026-09-01',
      updates: [table([{ id: 'C01.1', period: '2026-06', status: 'achevé', progress, evidence }])],
    }).site!;
  const publish = (progress: string, evidence = '') => site(progress, evidence).commitments[0].units[0].completedLate;

  test('the page says the day, and where it comes from', () => {
    const s = site('Guide publié le 12 avril 2026.');
    const text = (lang: 'fr' | 'en') => commitmentPage(s, s.commitments[0], lang).replace(/[\u00a0\u202f]/g, ' ');
    expect(text('fr')).toContain(
      'Achevé en retard : achevé le 12 avril 2026, 1 mois après l’échéance (date écrite dans la mise à jour de juin 2026).',
    );
    expect(text('en')).toContain('Completed late: completed on April 12, 2026, 1 month after the due date');
  });

  test('a day in the progress text dates it: one month late, not three', () => {
    expect(publish('Guide publié le 12 avril 2026.')).toEqual({
      period: '2026-06',
      months: 1,
      day: '2026-04-12',
      days: daysFrom('2026-03-31', '2026-04-12'),
    });
  });

  test('done before it was due by the day written: not late, whatever the period', () => {
    expect(publish('Guide publié le 20/03/2026 sur le site.')).toBeUndefined();
  });

  test('a day in the evidence when the text has none; the period when nothing more precise is written', () => {
    expect(publish('Guide publié.', 'Arrêté du 2026-05-04')?.day).toBe('2026-05-04');
    expect(publish('Guide publié en avril 2026.')).toEqual({ period: '2026-06', months: 3 });
  });

  test('a day after the month reported on is not the completion (a later plan, a next step)', () => {
    const r = { period: '2026-06', progress: 'Publié le 12 avril 2026 ; révision prévue le 15 septembre 2026.' };
    expect(completionDay({ ...r, progressAlt: '', evidence: [], challenges: '', challengesAlt: '' })).toBe(
      '2026-04-12',
    );
  });
});

function daysFrom(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
}

// Canada 2022-2024's layout: « ### Jalon 1.1 : … » over a table « | Indicateur | Échéance | Ministère responsable | ».
const TABLES = join(__dirname, '../../fixtures/drafts/jalons-tableau.md');
const tables = readDraft(TABLES).source;
const tablesPlan = planReading(tables, { lang: 'fr' });
const sheetRows = (csv: string) => parse(csv, { bom: true, columns: true, delimiter: ';' }) as Record<string, string>[];

describe('a milestone over a table of indicators', () => {
  test('the sheet: a row per indicator, numbered under its milestone, its milestone’s text beside; none for the milestone', () => {
    const rows = sheetRows(updatesSheet(tablesPlan));
    expect(rows.map((r) => r.id)).toEqual(['C01.1.1', 'C01.1.2', 'C01.1.3', 'C01.2.1', 'C02.1', 'C02.2']);
    expect(rows[1]).toMatchObject({
      jalon: "Publier les données essentielles des marchés de l'État",
      indicateur: '100 % des marchés de plus de 40 000 € sont publiés sur data.gouv.fr dans le mois',
      échéance: '2025-12',
      porteur: 'Direction des affaires juridiques (DAJ)',
    });
    expect(rows[2].porteur).toBe('Direction interministérielle du numérique (DINUM)');
    expect(rows[3]).toMatchObject({
      jalon: 'Former les acheteurs publics à la publication des données',
      échéance: '2026-06',
    });
  });

  const publish = (rows: Record<string, string>[], today = '2026-01-15') =>
    prepareSite({ analysis: tablesPlan, source: tables, title: 'Plan', today, updates: [table(rows)] });

  test('the site: the milestone as the plan numbers it, with its indicators; its status made from theirs', () => {
    const p = publish([
      { id: 'C01.1.1', period: '2025-03', status: 'achevé' },
      { id: 'C01.1.2', period: '2025-12', status: 'substantiel' },
      { id: 'C01.1.3', period: '2025-12', status: 'achevé' },
    ]);
    expect(p.problems).toEqual([]);
    const c1 = p.site!.commitments[0];
    expect(c1.units.map((u) => [u.id, u.label, u.indicators?.map((r) => r.id)])).toEqual([
      ['C01.1', 'Jalon 1.1', ['C01.1.1', 'C01.1.2', 'C01.1.3']],
      ['C01.2', 'Jalon 1.2', ['C01.2.1']],
    ]);
    const [m11, m12] = c1.units;
    expect(m11.text).toBe("Publier les données essentielles des marchés de l'État");
    // Not done while one indicator is not; late since one is (due December 2025).
    expect(m11.effective).toBe('substantial');
    expect(m11.overdue).toBe(true);
    expect(m11.indicators!.map((r) => r.overdue)).toEqual([false, true, false]);
    expect(m11.due).toBe('2025-12');
    // Late since its late indicator was due; listed among the overdue by its days late.
    expect(m11.lateDue).toBe('2025-12');
    expect(p.site!.overdue.map((o) => o.unit.id)).toEqual(['C02.1', 'C01.1', 'C02.2']);
    expect(m12.effective).toBeUndefined();
    // Two milestones, as the plan has: not four.
    expect(c1.points).toEqual({ earned: 2, max: 6 });
    // The plan's four milestones (two of them engagement 2's), not its eight lines.
    expect(Object.values(p.site!.counts).reduce((a, b) => a + b, 0)).toBe(4);
    const page = commitmentPage(p.site!, c1, 'fr').replace(/[\u00a0\u202f]/g, ' ');
    expect(page).toContain(
      '<span class="id">C01.1</span>Jalon 1.1 : Publier les données essentielles des marchés de l&#39;État</h3>',
    );
    expect(page).toContain('<li id="C01.1.2" class="late"><h4><span class="id">C01.1.2</span>100 % des marchés');
    expect(page).toContain('État déduit de ses 3 indicateurs ci-dessous');
  });

  test('done when all its indicators are, on the day the last one was', () => {
    const p = publish([
      { id: 'C01.1.1', period: '2025-03', status: 'achevé' },
      { id: 'C01.1.2', period: '2026-01', status: 'achevé', progress: 'Publication complète le 8 janvier 2026.' },
      { id: 'C01.1.3', period: '2025-12', status: 'achevé' },
    ]);
    const m11 = p.site!.commitments[0].units[0];
    expect(m11.effective).toBe('complete');
    expect(m11.overdue).toBe(false);
    expect(m11.completedLate).toMatchObject({ day: '2026-01-08', months: 1 });
  });

  test('plan.json keeps its milestones and adds their indicators; updates.csv a row per indicator', () => {
    const p = publish([{ id: 'C01.1.2', period: '2025-12', status: 'limité', challenges: 'Marchés des régions' }]);
    const json = planJson(p.site!, { name: 'jalon', version: 'test' }) as { commitments: Record<string, unknown>[] };
    const ms = json.commitments[0].milestones as Record<string, unknown>[];
    expect(ms.map((m) => [m.id, m.label, m.status, m.status_from])).toEqual([
      ['C01.1', 'Jalon 1.1', 'limited', 'indicators'],
      ['C01.2', 'Jalon 1.2', undefined, 'indicators'],
    ]);
    const indicators = ms[0].indicators as Record<string, unknown>[];
    expect(indicators.map((i) => [i.id, i.due, i.status])).toEqual([
      ['C01.1.1', '2025-03', undefined],
      ['C01.1.2', '2025-12', 'limited'],
      ['C01.1.3', undefined, undefined],
    ]);
    const merged = parse([...mergedUpdatesParts(p.site!)].join(''), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(merged.map((r) => r.id)).toEqual(['C01.1.1', 'C01.1.2', 'C01.1.3', 'C01.2.1', 'C02.1', 'C02.2']);
    expect(merged[1]).toMatchObject({
      milestone: "Publier les données essentielles des marchés de l'État",
      status: 'limited',
    });
  });

  test('a report on the milestone itself is refused: its indicators are reported on', () => {
    const p = publish([{ id: 'C01.1', period: '2025-12', status: 'achevé' }]);
    expect(p.problems.map((x) => [x.code, x.vars])).toEqual([
      ['reportOnIndicators', { id: 'C01.1', indicators: 'C01.1.1, C01.1.2, C01.1.3' }],
    ]);
  });
});

describe('the status of a milestone from its indicators', () => {
  test.each([
    [['complete', 'complete'], 'complete'],
    [['complete', 'withdrawn'], 'complete'],
    [['withdrawn', 'withdrawn'], 'withdrawn'],
    [[undefined, undefined], undefined],
    [['not-started', undefined], 'not-started'],
    [['complete', undefined], 'limited'],
    [['complete', 'limited'], 'substantial'],
    [['complete', 'complete', 'not-started'], 'substantial'],
  ] as const)('%j → %s', (statuses, status) => {
    expect(statusOfIndicators(statuses)).toBe(status);
  });
});

describe('a commitment’s own « Indicateur : » line', () => {
  const source = readDraft(PLAN).source;
  const plan = planReading(source, { lang: 'fr' });

  test('gets a row of its own, C01.0.1, tracked beside the milestones without counting in the points', () => {
    const p = prepareSite({
      analysis: plan,
      source,
      title: 'Plan',
      today: TODAY,
      updates: [
        table([
          {
            id: 'C01.0.1',
            period: '2024-12',
            status: 'limité',
            challenges: 'Données des régions',
            progress: '40 % des marchés.',
          },
        ]),
      ],
    });
    expect(p.problems).toEqual([]);
    const c1 = p.site!.commitments[0];
    expect(c1.indicator).toMatchObject({
      id: 'C01.0.1',
      text: 'part des marchés publiés dans le mois qui suit leur notification.',
      due: '2025-12',
      status: 'limited',
    });
    expect(c1.points.max).toBe(9);
    const page = commitmentPage(p.site!, c1, 'fr').replace(/[\u00a0\u202f]/g, ' ');
    expect(page).toContain('<div id="C01.0.1" class="own-indicator"><h3>Indicateur C01.0.1</h3>');
    expect(page).toContain('40 % des marchés.');
    const json = planJson(p.site!, { name: 'jalon', version: 'test' }) as { commitments: Record<string, unknown>[] };
    expect(json.commitments[0].indicator).toMatchObject({ id: 'C01.0.1', status: 'limited' });
    expect(p.site!.latestChanges.map((c) => c.id)).toEqual(['C01.0.1']);
  });

  test('a commitment without milestones: its indicator’s status stands for it until it is reported itself', () => {
    const c = commitment(0, 'Engagement 1 : Associer', [], '2026-06');
    c.fields.indicator = { text: 'nombre d’avis publiés', start: 10, end: 30, source: 'label' };
    const rows = sheetRows(updatesSheet(analysis([c])));
    expect(rows.map((r) => [r.id, r.indicateur])).toEqual([
      ['C01', ''],
      ['C01.0.1', 'nombre d’avis publiés'],
    ]);
    const p = prepareSite({
      analysis: analysis([c]),
      title: 'Plan',
      today: '2025-01-01',
      updates: [table([{ id: 'C01.0.1', period: '2024-12', status: 'substantiel' }])],
    });
    expect(p.problems).toEqual([]);
    expect(p.site!.commitments[0].units[0]).toMatchObject({ id: 'C01', effective: 'substantial' });
    expect(p.site!.commitments[0].units[0].indicator?.id).toBe('C01.0.1');
  });

  test('a sentence of the prose that mentions a measure is no indicator of its own', () => {
    const c = commitment(0, 'Engagement 1 : Associer', [], '2026-06');
    c.fields.indicator = { text: 'le nombre d’avis publiés augmente', start: 10, end: 30, source: 'prose' };
    expect(sheetRows(updatesSheet(analysis([c]))).map((r) => r.id)).toEqual(['C01']);
  });
});

describe('ids of milestones over tables of indicators, when the plan is edited', () => {
  const ids = (text: string, registry: Parameters<typeof assignIds>[1]) => {
    const file = join(tempDir('jalon-structure-'), 'plan.md');
    writeFileSync(file, text);
    return assignIds(planReading(readDraft(file).source, { lang: 'fr' }).commitments, registry).commitments[0]
      .milestones;
  };
  const text = readFileSync(TABLES, 'utf8');

  test('a milestone keeps its id when moved, its indicators numbered under it', () => {
    const [header, ...cells] = parse(updatesSheet(tablesPlan), { bom: true, delimiter: ';' }) as string[][];
    const registry = registryFromSheets(
      [{ file: 'suivi.csv', header, rows: cells.map((c, k) => ({ row: k + 2, cells: c })) }],
      'fr',
    );
    // Jalon 1.2 moved before Jalon 1.1.
    const start = text.indexOf('### Jalon 1.1');
    const second = text.indexOf('### Jalon 1.2');
    const end = text.indexOf('## Engagement 2');
    const moved = text.slice(0, start) + text.slice(second, end) + text.slice(start, second) + text.slice(end);
    expect(ids(moved, registry)).toEqual(['C01.2', 'C01.2.1', 'C01.1', 'C01.1.1', 'C01.1.2', 'C01.1.3']);
  });

  test('ids a sheet gave each row as a milestone of its own are not the milestones’: the plan’s order then', () => {
    const flat = [
      {
        id: 'C01',
        title: 'Engagement 1 : Ouvrir les données de la commande publique',
        milestones: tablesPlan.commitments[0].fields.milestones!.map((m, k) => ({ id: `C01.${k + 1}`, text: m.text })),
      },
    ];
    expect(ids(text, flat)).toEqual(['C01.1', 'C01.1.1', 'C01.1.2', 'C01.1.3', 'C01.2', 'C01.2.1']);
  });
});
