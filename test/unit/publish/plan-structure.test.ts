// The plan's own structure on the public site (audit 16): completion dated by the day an update writes; a
// milestone's table of indicators read as one milestone with its indicators; a commitment's own indicator tracked.
import { prepareSite, sheetColumns, type CsvTable } from '../../../src/core';
import { completionDay } from '../../../src/core/tracking/site';
import { commitmentPage } from '../../../src/cli/publish/html/commitment';
import { analysis, commitment } from './model';

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
