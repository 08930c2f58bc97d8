import { dateSpan, dueDate, parseDates } from '../../../src/core/dates';

const one = (t: string) => {
  const ds = parseDates(t);
  expect(ds).toHaveLength(1);
  return ds[0];
};

describe('dates in French', () => {
  it.each([
    ['Publication le 31 mars 2018.', '31 mars 2018', '2018-03-31', 'point'],
    ['Lancement en mars 2018', 'mars 2018', '2018-03', 'point'],
    ['Livraison au T3 2018', 'T3 2018', '2018-Q3', 'point'],
    ['au 2e semestre 2019', '2e semestre 2019', '2019-H2', 'point'],
    ["d'ici fin 2019", 'fin 2019', '2019', 'end'],
    ['avant le 1er juillet 2019', '1er juillet 2019', '2019-07-01', 'end'],
    ['premier trimestre 2020', 'premier trimestre 2020', '2020-Q1', 'point'],
    ['Automne 2027', 'Automne 2027', '2027-Q4', 'point'],
    ["D'ici 2023", '2023', '2023', 'end'],
    ['le 15/09/2019', '15/09/2019', '2019-09-15', 'point'],
  ])('%s', (text, matched, iso, role) => {
    const d = one(text);
    expect(d.text).toBe(matched);
    expect(text.slice(d.start, d.end)).toBe(matched);
    expect(d.iso).toBe(iso);
    expect(d.role).toBe(role);
  });

  it('"à partir de 2018" is a start, never an end', () => {
    const d = one('Le dispositif sera déployé à partir de 2018.');
    expect(d.role).toBe('start');
    expect(dueDate('Le dispositif sera déployé à partir de 2018.')).toBeUndefined();
  });

  it('reads ranges as a start and an end', () => {
    expect(parseDates('de janvier 2018 à juin 2020').map((d) => [d.iso, d.role])).toEqual([
      ['2018-01', 'start'],
      ['2020-06', 'end'],
    ]);
    expect(parseDates('Plan 2018-2020').map((d) => [d.iso, d.role])).toEqual([
      ['2018', 'start'],
      ['2020', 'end'],
    ]);
  });

  it('does not read amounts or percentages as years', () => {
    expect(parseDates('un budget de 2019 € et 2020 %')).toEqual([]);
    expect(parseDates('1 500 agents formés')).toEqual([]);
  });

  it('rejects impossible days', () => {
    expect(parseDates('31 février 2019').map((d) => d.iso)).not.toContain('2019-02-31');
  });
});

describe('dates in English', () => {
  it.each([
    ['Fall 2027', '2027-Q4', 'point'],
    ['by June 2020', '2020-06', 'end'],
    ['March 31, 2018', '2018-03-31', 'point'],
    ['second half of 2019', '2019-H2', 'point'],
    ['Q2 2021', '2021-Q2', 'point'],
    ['no later than 30 June 2015', '2015-06-30', 'end'],
    ['starting in 2022', '2022', 'start'],
    ['by the end of 2024', '2024', 'end'],
  ])('%s', (text, iso, role) => {
    const ds = parseDates(text);
    expect(ds.map((d) => [d.iso, d.role])).toEqual([[iso, role]]);
  });

  it('gives the span of a calendar: earliest start, latest end', () => {
    const span = dateSpan(parseDates('From January 2023, pilot in Q3 2023, full launch by June 2024.'));
    expect(span.start?.iso).toBe('2023-01');
    expect(span.end?.iso).toBe('2024-06');
  });
});
