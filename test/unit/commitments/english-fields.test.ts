// English commitments' fields as US and Commonwealth plans write them (audit14, findings 1, 3-7, 10, 23): OGP's own
// template rows, leads named as the subject of a sentence, calendars on a label line, targets that are to come.
import { readMarkdown } from '../../../src/cli/read/markdown';
import { templateBlocks } from '../../../src/core/template';
import { calendarOf } from '../../../src/core/commitments/fields';
import { LEAD_EXAMPLES, leadBySubject } from '../../../src/core/commitments/lexicon';
import type { Commitment, FieldName, ParagraphInput } from '../../../src/core/types';
import { readMd, readParas } from './helpers';

/** A Markdown draft read as the command line reads it (tables as cells). */
const readCli = (text: string) => readParas(readMarkdown(text), 'en').commitments;
const has = (c: Commitment, f: FieldName) => c.fields[f] !== undefined && !c.missing.includes(f);

describe('OGP’s template rows in a two-column table (no header row)', () => {
  const rows = [
    ['Commitment start and end date', '1 October 2022 – 30 June 2024'],
    ['Lead implementing agency/actor', 'Cabinet Office'],
    ['Name of responsible person from implementing agency', 'Jane Smith, Head of Commercial Transparency'],
    ['Other actors involved (civil society, private sector)', 'Open Contracting Partnership; Spend Network'],
    ['Status quo or problem/issue to be addressed', 'In 2021, 62% of contract awards were published within 90 days.'],
    ['Main objective', 'Publish all contract awards above £10,000 in the Open Contracting Data Standard.'],
    ['OGP challenge addressed by the commitment', 'More effectively managing public resources'],
  ];
  const cell = (text: string, row: number, column: number): ParagraphInput => ({
    text,
    inTable: true,
    cell: { table: 0, row, column },
  });
  const check = (c: Commitment) => {
    expect(c.fields.lead?.text).toBe('Cabinet Office');
    expect(c.fields.partners?.text).toBe('Open Contracting Partnership; Spend Network');
    expect(c.fields.calendar?.text).toBe('1 October 2022 – 30 June 2024');
    expect(c.missing).not.toContain('partners');
    expect(c.missing).not.toContain('lead');
  };

  it('reads each row as its field, a Word table (first row not a header) as a Markdown one', () => {
    const { commitments } = readParas(
      [
        { text: 'Commitment 1: Publish contract data', headingLevel: 2 },
        ...rows.flatMap((r, i) => r.map((t, j) => cell(t, i, j))),
      ],
      'en',
    );
    check(commitments[0]);
    const markdown = readCli(
      '# Open Government National Action Plan 2022-2024\n\n## Commitment 1: Publish contract data\n\n| | |\n| --- | --- |\n' +
        rows.map((r) => `| ${r.join(' | ')} |`).join('\n') +
        '\n',
    );
    check(markdown[0]);
  });
});

describe('a lead named as the subject of what the commitment does', () => {
  const one = (line: string, lang: 'en' | 'fr' = 'en') =>
    readMd(
      lang === 'en'
        ? `# Plan 2022-2024\n\n## Commitment 1: Open data\n\n${line}\n`
        : `# Plan 2022-2024\n\n## Engagement 1 : Données ouvertes\n\n${line}\n`,
      lang,
    )[0];

  it.each([
    'The National Archives and Records Administration (NARA) commits to launching a new Catalog website by June 2024.',
    'GSA will publish a procurement forecast dashboard on SAM.gov by June 2024.',
    'HM Treasury will publish the spending data by June 2024.',
    'The Catalog is online. NARA leads this commitment; the contact is the Chief Innovation Officer.',
  ])('"%s"', (line) => {
    expect(has(one(line), 'lead')).toBe(true);
  });

  it('the examples: a lead for each "lead" sentence, none for each "pass" one', () => {
    for (const s of LEAD_EXAMPLES.lead) expect([s, leadBySubject(s)]).toEqual([s, true]);
    for (const s of LEAD_EXAMPLES.pass) expect([s, leadBySubject(s)]).toEqual([s, false]);
  });

  it('French leads still read; a country or OGP is no lead', () => {
    expect(
      has(one('Le ministère de la Justice pilotera la publication des décisions d’ici juin 2024.', 'fr'), 'lead'),
    ).toBe(true);
    expect(has(one('La publication, portée par la DINUM, aura lieu d’ici juin 2024.', 'fr'), 'lead')).toBe(true);
    expect(has(one('La DINUM pilote cet engagement ; le contact est la cheffe de projet.', 'fr'), 'lead')).toBe(true);
    expect(has(one('The US will publish the spending data by June 2024.'), 'lead')).toBe(false);
    // The President's Administration is no agency.
    expect(has(one('The Biden-Harris Administration commits to publishing the data by June 2024.'), 'lead')).toBe(
      false,
    );
  });
});

describe('calendars as US and UK plans write them', () => {
  const one = (lines: string, lang: 'en' | 'fr' = 'en') =>
    readMd(
      lang === 'en'
        ? `# Plan 2022-2024\n\n## Commitment 1: Open data\n\nThe portal will list every dataset.\n\n${lines}\n`
        : `# Plan 2022-2024\n\n## Engagement 1 : Données ouvertes\n\nLe portail listera chaque jeu de données.\n\n${lines}\n`,
      lang,
    )[0];

  it('several « Label: value. » on one line are split: the lead does not swallow the dates', () => {
    const c = one('Lead agency: Parliamentary Counsel Office. Start: 1 October 2016. End: 30 June 2018.');
    expect(c.fields.lead?.text).toBe('Parliamentary Counsel Office');
    expect(c.fields.calendar?.text).toBe('1 October 2016. End: 30 June 2018.');
    expect(c.missing).not.toContain('calendar');
    const fr = one('Porteur : DINUM. Calendrier : janvier 2024 à juin 2025.', 'fr');
    expect(fr.fields.lead?.text).toBe('DINUM');
    expect(has(fr, 'calendar')).toBe(true);
    // "Start" and "End" are labels only before a date.
    expect(one('End: the portal is closed to new datasets.').fields.calendar).toBeUndefined();
  });

  it.each([
    ['Start: 1 October 2022\n\nEnd: 30 June 2024', '2024-06-30'],
    ['Lead agency: Department of Public Expenditure and Reform. Timeline: August 2014 to July 2015.', '2015-07'],
    ['Timeline: fiscal year 2023 to fiscal year 2024.', undefined],
    ['Timeline: FY2023 – FY2024.', undefined],
  ])('"%s" is the calendar', (lines, end) => {
    const c = one(lines);
    expect(has(c, 'calendar')).toBe(true);
    if (end) expect(calendarOf(c.fields).end).toBe(end);
  });
});

describe('what is today is no target, what a thing is no action', () => {
  const plan = (title: string, body: string, lang: 'en' | 'fr' = 'en') =>
    readMd(`# Plan 2022-2024\n\n## ${title}\n\n${body}\n`, lang)[0];

  it('a present-tense fact with a share is no target; a future one is', () => {
    const today = plan(
      'Commitment 1: Expand online access to the National Archives',
      'The Catalog describes over 95% of the records in the National Archives’ holdings.',
    );
    expect(today.fields.target).toBeUndefined();
    const ahead = plan(
      'Commitment 1: Expand online access to the National Archives',
      'The Catalog will describe 99% of the records in the National Archives’ holdings.',
    );
    expect(has(ahead, 'target')).toBe(true);
    const fr = plan(
      'Engagement 1 : Archives en ligne',
      'Le catalogue recense 95 % des fonds des Archives nationales.',
      'fr',
    );
    expect(fr.fields.target).toBeUndefined();
  });

  it('a definition and a title that states an aim are not the concrete action', () => {
    const c = plan(
      'Commitment 2: Improving access to legislation',
      'The National Archives Catalog is the Federal Government’s online portal to records.',
    );
    expect(c.fields.actions).toBeUndefined();
    const named = plan('Commitment 2: Publish a register of beneficial owners', 'The register is open to all.');
    expect(has(named, 'actions')).toBe(true);
  });
});

describe('one sentence, several fields; fields written as sentences', () => {
  const plan = (body: string, lang: 'en' | 'fr' = 'en') =>
    readMd(
      lang === 'en'
        ? `# Plan 2022-2024\n\n## Commitment 1: Publish contract data\n\n${body}\n`
        : `# Plan 2022-2024\n\n## Engagement 1 : Données des marchés\n\n${body}\n`,
      lang,
    )[0];
  const line = 'The Cabinet Office will publish all contract awards above £10,000 on Contracts Finder by June 2024.';

  it('"will publish all X by D" is at once the concrete action, a dated milestone and the target', () => {
    const c = plan(line);
    for (const f of ['actions', 'milestones', 'target'] as const) expect([f, has(c, f)]).toEqual([f, true]);
    const fr = plan('Le ministère publiera toutes les décisions de justice sur Légifrance d’ici juin 2024.', 'fr');
    for (const f of ['actions', 'milestones', 'target'] as const) expect([f, has(fr, f)]).toEqual([f, true]);
  });

  it('"from a score of 48 to 60 points by December 2017" gives the baseline, the target and the indicator', () => {
    const c = plan(
      'The National Treasury will publish budget documents, improving the Open Budget Index from a score of 48 to 60 points by December 2017.',
    );
    for (const f of ['baseline', 'target', 'indicator'] as const) expect([f, has(c, f)]).toEqual([f, true]);
  });

  it('a dated milestone row that states a share is a target', () => {
    const [c] = readCli(
      `# Plan 2022-2024\n\n## Commitment 1: Publish contract data\n\nThe Cabinet Office will publish contract data on Contracts Finder.\n\n| Milestone | Start date | End date |\n| --- | --- | --- |\n` +
        '| Achieve 95% of above-threshold tenders on Contracts Finder | April 2022 | March 2023 |\n',
    );
    expect(c.fields.target?.text).toBe('Achieve 95% of above-threshold tenders on Contracts Finder');
  });

  it.each([
    'Agencies will track and report progress through key metrics and annual sustainability reports, available to the public at www.sustainability.gov.',
    'Progress will be reviewed twice a year by the Open Government Forum, with civil society members.',
  ])('accountability: "%s"', (sentence) => {
    expect(has(plan(`${line}\n\n${sentence}`), 'accountability')).toBe(true);
  });
});

describe('the blank template', () => {
  it.each(['en', 'fr'] as const)('earns no point (%s): an empty commitment is not "focused"', (lang) => {
    const paragraphs: ParagraphInput[] = templateBlocks(lang).flatMap((b) =>
      b.text
        .split('\n')
        .map((text) => ({ text, headingLevel: b.kind === 'heading' ? b.level : 0, tags: b.tag ? [b.tag] : [] })),
    );
    const [c] = readParas(paragraphs, lang).commitments;
    expect(c.checklist.filter((i) => i.earned).map((i) => i.id)).toEqual([]);
    expect(c.score).toBe(0);
  });
});
