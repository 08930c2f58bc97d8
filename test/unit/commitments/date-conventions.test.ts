// Dates as the plan writes them (audit12, findings 1 and 15): numeric dates read in the plan's own order, a date
// that reads two ways kept to its year, financial years where the plan's country says when they end, seasons of the
// southern hemisphere; a day its month lacks is a doubt the author is asked about.
import { dateDoubts, dueDate, parseDates, planDates } from '../../../src/core/dates';

const isos = (text: string, c = {}) => parseDates(text, c).map((d) => d.iso);

describe('numeric dates', () => {
  it('a date only one order can read is read in that order, whatever the plan', () => {
    expect(isos('Register specification published by 3/31/2023.')).toEqual(['2023-03-31']);
    expect(isos('Publié le 31/03/2023.')).toEqual(['2023-03-31']);
    expect(isos('by 3/31/2023', { order: 'dm' })).toEqual(['2023-03-31']);
  });

  it('a date both orders can read follows the plan’s order, else keeps only its year', () => {
    expect(isos('Guidance issued by 12/01/2023.', { order: 'md' })).toEqual(['2023-12-01']);
    expect(isos('Guidance issued by 12/01/2023.', { order: 'dm' })).toEqual(['2023-01-12']);
    const [d] = parseDates('Guidance issued by 12/01/2023.');
    expect([d.text, d.iso, d.from, d.until, d.role]).toEqual(['12/01/2023', '2023', '2023-01-01', '2023-12-31', 'end']);
    // The same number twice reads one way only.
    expect(isos('by 05/05/2023')).toEqual(['2023-05-05']);
  });

  it('a piece of a web address is no date', () => {
    expect(isos('[RFI](https://www.federalregister.gov/documents/2014/12/02/2014-28326/statistical-policy)')).toEqual(
      [],
    );
  });

  it('the plan shows its order by its unambiguous dates, its language or its country', () => {
    const us = 'National Action Plan 2022-2024\n\nPublished by 3/31/2023. Guidance by 12/01/2023.';
    expect(planDates({ text: us }).order).toBe('md');
    expect(planDates({ text: 'National Action Plan 2022-2024\n\nThe report is due by 31/03/2023.' }).order).toBe('dm');
    expect(planDates({ text: 'National Action Plan 2022-2024\n\nThe guidance is due by 12/01/2023.' }).order).toBe(
      undefined,
    );
    // Both orders shown: none is the plan's.
    expect(planDates({ text: 'The plan is due by 31/03/2023 and the report by 3/30/2023.' }).order).toBe(undefined);
    expect(planDates({ text: 'Le plan d’action national et les engagements de la France, le 12/01/2023.' }).order).toBe(
      'dm',
    );
    expect(planDates({ text: '# United Kingdom Open Government National Action Plan\n\nThe plan is due.' }).order).toBe(
      'dm',
    );
  });
});

describe('financial years', () => {
  it('read where the plan’s country says when its year ends', () => {
    const us = { fiscalStart: 10 };
    expect(
      parseDates('Pilot with three agencies by end of FY2023.', us).map((d) => [d.iso, d.from, d.until, d.role]),
    ).toEqual([['2023-09', '2022-10-01', '2023-09-30', 'end']]);
    expect(isos('Register live by Q1 FY2024.', us)).toEqual(['2023-Q4']);
    const uk = planDates({ text: '# United Kingdom National Action Plan 2021-2023\n\nThe plan.' });
    expect(uk.fiscalStart).toBe(4);
    expect(
      parseDates('First annual report by the end of the financial year 2023-24.', uk).map((d) => [d.iso, d.until]),
    ).toEqual([['2024-03', '2024-03-31']]);
    expect(isos('in the 2023-24 financial year', uk)).toEqual(['2024-03']);
  });

  it('"FY24", "FY 2024", "FY2024-25", "fiscal year 2024" and « exercice 2024-2025 » as a milestone’s date (issue 16)', () => {
    const us = planDates({ text: '# United States Open Government National Action Plan 2022-2024\n\nThe plan.' });
    expect(us.fiscalStart).toBe(10);
    const read = (text: string, c = us) => parseDates(text, c).map((d) => [d.text, d.iso, d.from, d.until]);
    expect(read('Publish the pilot dataset (FY24)')).toEqual([['FY24', '2024-09', '2023-10-01', '2024-09-30']]);
    expect(read('Publish the pilot dataset | FY 2024 | GSA')).toEqual([
      ['FY 2024', '2024-09', '2023-10-01', '2024-09-30'],
    ]);
    expect(read('Launch the portal in FY2024-25.')).toEqual([['FY2024-25', '2025-09', '2024-10-01', '2025-09-30']]);
    expect(read('Report to Congress in fiscal year 2024.')).toEqual([
      ['fiscal year 2024', '2024-09', '2023-10-01', '2024-09-30'],
    ]);
    expect(dueDate('Pilot with three agencies by end of FY24.', us)?.iso).toBe('2024-09');
    expect(isos('Register live by Q1 FY24.', us)).toEqual(['2023-Q4']);
    // Canada's exercice runs from April to March; France's is the calendar year.
    const ca = planDates({
      text: '# Plan d’action national du Canada pour un gouvernement ouvert 2022-2024\n\nLe plan.',
    });
    expect(read('Publier le registre | D’ici la fin de l’exercice 2024-2025 | SCT', ca)).toEqual([
      ['fin de l’exercice 2024-2025', '2025-03', '2024-04-01', '2025-03-31'],
    ]);
    expect(dueDate('Publier le registre d’ici la fin de l’exercice 2024-2025.', ca)?.role).toBe('end');
    const fr = planDates({ text: '# Plan d’action national pour la France 2021-2023\n\nLe plan.' });
    expect(read('Publier les données de l’exercice budgétaire 2024', fr)).toEqual([
      ['exercice budgétaire 2024', '2024', '2024-01-01', '2024-12-31'],
    ]);
    // Two digits stand for a year after "FY" only.
    expect(isos('Publish 24 datasets.', us)).toEqual([]);
  });

  it('the country read from the opening where the title names none (the US plan opens with its date)', () => {
    const opening =
      '<!-- Source: github.com/GSA/open.usa.gov -->\nDecember 2022\n\n## Introduction\n\nThe leadership role that the United States has played in open government.';
    expect(planDates({ text: opening })).toMatchObject({ country: 'us', fiscalStart: 10 });
    // Two countries named in the opening: no guess.
    expect(planDates({ text: 'December 2022\n\nNotes\n\nThe United States and Canada agreed.' }).country).toBe(
      undefined,
    );
    // The title settles it, whatever the opening names.
    expect(planDates({ text: '# Canada 2022-2024\nDraft\n\nAs the United States did.' }).country).toBe('ca');
  });

  it('left undated where the country is unknown: not read as the calendar year', () => {
    expect(isos('Pilot with three agencies by end of FY2023.')).toEqual([]);
    expect(isos('During Fiscal Year 2023 the Federal Government commits to it.')).toEqual([]);
    expect(isos('by the end of the financial year 2023-24')).toEqual([]);
    expect(isos('Pilot by FY24.')).toEqual([]);
    expect(isos('d’ici la fin de l’exercice 2024-2025')).toEqual([]);
    expect(dueDate('Pilot with three agencies by end of FY2023.')).toBeUndefined();
  });
});

describe('seasons', () => {
  it('in the southern hemisphere, for a plan whose country lies there', () => {
    expect(isos('Guidance issued by Spring 2023.')).toEqual(['2023-Q2']);
    const au = planDates({ text: '# Australia’s Open Government National Action Plan 2024-2027\n\nThe plan.' });
    expect(au.south).toBe(true);
    expect(isos('Guidance issued by Spring 2023.', au)).toEqual(['2023-Q4']);
    expect(isos('Summer 2023, autumn 2023, winter 2023', au)).toEqual(['2023-Q1', '2023-Q2', '2023-Q3']);
    expect(isos('Rapport publié au printemps 2023', { south: true })).toEqual(['2023-Q4']);
  });
});

describe('dates the author is asked to write again', () => {
  const doubts = (text: string, c = {}) => dateDoubts(text, c).map((d) => [d.kind, d.text, d.readings ?? d.month]);

  it('a numeric date that reads two ways, unless the plan shows its order', () => {
    expect(doubts('Guidance issued by 12/01/2023.')).toEqual([['order', '12/01/2023', ['2023-01-12', '2023-12-01']]]);
    expect(doubts('Guidance issued by 12/01/2023.', { order: 'md' })).toEqual([]);
    expect(doubts('Specification by 3/31/2023.')).toEqual([]);
  });

  it('a day its month lacks, in words or in figures', () => {
    expect(doubts('Final report by 31 June 2024.')).toEqual([['day', '31 June 2024', 6]]);
    expect(doubts('Final report by June 31, 2024.')).toEqual([['day', 'June 31, 2024', 6]]);
    expect(doubts('Rapport final le 30 février 2024.')).toEqual([['day', '30 février 2024', 2]]);
    expect(doubts('Rapport final le 31/06/2024.')).toEqual([['day', '31/06/2024', 6]]);
    expect(doubts('Final report by 29 February 2024, 30 June 2024 and 31 May 2024.')).toEqual([]);
    // Read as its month, as "31 June 2024" is.
    expect(isos('by 6/31/2024')).toEqual(['2024-06']);
  });
});
