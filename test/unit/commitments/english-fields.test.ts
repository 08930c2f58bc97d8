// English commitments' fields as US and Commonwealth plans write them (audit14, findings 1, 3-7, 10, 23): OGP's own
// template rows, leads named as the subject of a sentence, calendars on a label line, targets that are to come.
import { readMarkdown } from '../../../src/cli/read/markdown';
import type { Commitment, ParagraphInput } from '../../../src/core/types';
import { readParas } from './helpers';

/** A Markdown draft read as the command line reads it (tables as cells). */
const readCli = (text: string) => readParas(readMarkdown(text), 'en').commitments;

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
