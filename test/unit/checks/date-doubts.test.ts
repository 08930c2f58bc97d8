// A date the reader cannot take as written is asked about (audit12, findings 1 and 15): "12/01/2023" where the plan
// shows no order of its numeric dates, "31 June 2024"; and its milestone is due on what is certain (the year, the
// month), never on a guess.
import { analyze } from '../../../src/core/analyze';
import { fromPlainText } from '../../../src/core/source';

const plan = (lines: string[], title = '# National Action Plan 2022-2024') =>
  [
    title,
    '',
    '## Commitment 1: Publish lobbying meetings',
    '',
    '**Milestones:**',
    '',
    ...lines.map((l) => `- ${l}`),
  ].join('\n');
const check = (text: string, lang: 'fr' | 'en' = 'en') => analyze(fromPlainText(text, { markdown: true }), { lang });
const doubts = (text: string, lang: 'fr' | 'en' = 'en') =>
  check(text, lang)
    .findings.filter((f) => f.ruleId === 'vague-time' && f.data?.date)
    .map((f) => [f.severity, f.actual, f.message]);
const dues = (text: string) => (check(text).commitments[0].fields.milestones ?? []).map((m) => m.date);

describe('a numeric date that reads two ways', () => {
  it('is asked about, in English and in French, and its milestone is due in its year only', () => {
    const text = plan(['Guidance issued by 12/01/2023.', 'Pilot published by March 31, 2023.']);
    expect(doubts(text)).toEqual([
      ['warning', '12/01/2023', '"12/01/2023": 12 January or December 1? Write the month in words.'],
    ]);
    expect(doubts(text, 'fr')).toEqual([
      ['warning', '12/01/2023', '« 12/01/2023 » : 12 janvier ou 1er décembre ? Écrivez le mois en lettres.'],
    ]);
    const note = check(text).findings.find((f) => f.data?.date)?.note;
    expect(note).toContain('("12 January 2023" or "December 1, 2023"), Jalon keeps only its year (2023)');
    expect(dues(text)).toEqual(['2023', '2023-03-31']);
  });

  it('follows the plan’s own order where another of its dates shows it: no question then', () => {
    const us = plan(['Register specification published by 3/31/2023.', 'Guidance issued by 12/01/2023.']);
    expect(doubts(us)).toEqual([]);
    expect(dues(us)).toEqual(['2023-03-31', '2023-12-01']);
    const uk = plan(['Register specification published by 31/03/2023.', 'Guidance issued by 12/01/2023.']);
    expect(doubts(uk)).toEqual([]);
    expect(dues(uk)).toEqual(['2023-03-31', '2023-01-12']);
    // A French plan writes the day first: no question there.
    const french = [
      '# Plan d’action national pour un gouvernement ouvert 2022-2024',
      '',
      '## Engagement 1 : Publier les rencontres des représentants d’intérêts',
      '',
      '**Jalons :**',
      '',
      '- Publication du guide le 12/01/2023.',
    ].join('\n');
    expect(doubts(french, 'fr')).toEqual([]);
    expect(check(french, 'fr').commitments[0].fields.milestones?.map((m) => m.date)).toEqual(['2023-01-12']);
  });
});

describe('a day its month lacks', () => {
  it('is asked about; the milestone is due in that month', () => {
    const text = plan(['Final report by 31 June 2024.']);
    expect(doubts(text)).toEqual([
      ['warning', '31 June 2024', '"31 June 2024": this day does not exist (June has only 30 days). Correct the date.'],
    ]);
    expect(doubts(text, 'fr')).toEqual([
      ['warning', '31 June 2024', '« 31 June 2024 » : ce jour n’existe pas (juin n’a que 30 jours). Corrigez la date.'],
    ]);
    expect(dues(text)).toEqual(['2024-06']);
  });
});
