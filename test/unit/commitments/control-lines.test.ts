// A milestones control whose one paragraph holds its milestones a line each (Shift+Enter in Word, the pane's form
// of an older Jalon, audit16 finding 7): one milestone a line, as if each line were a paragraph of the control.
import { readParas } from './helpers';

const MILESTONES = [
  'Publish the equity data inventory – March 2023 – Subcommittee on Equitable Data',
  'Release the first disaggregated datasets – June 2023 – Subcommittee on Equitable Data',
  'Report on the use of the datasets – December 2023 – Subcommittee on Equitable Data',
];

function plan(milestones: string[]) {
  return readParas(
    [
      { text: 'Improve equitable data', headingLevel: 2, tags: ['jalon:title'] },
      { text: 'Milestones:' },
      ...milestones.map((text) => ({ text, tags: ['jalon:milestones'] })),
      { text: 'Lead agency:' },
      { text: 'Office of Science and Technology Policy', tags: ['jalon:lead'] },
    ],
    'en',
  );
}

describe('a milestones control with line breaks', () => {
  it.each([
    ['line feeds (the form)', '\n'],
    ['manual line breaks (Shift+Enter in Word)', '\u000b'],
    ['carriage returns and blank lines', '\r\n\r\n'],
  ])('reads one milestone a line: %s', (_, sep) => {
    const joined = plan([MILESTONES.join(sep)]).commitments[0];
    const apart = plan(MILESTONES).commitments[0];
    expect(joined.fields.milestones?.map((m) => [m.text, m.date])).toEqual([
      [MILESTONES[0], '2023-03'],
      [MILESTONES[1], '2023-06'],
      [MILESTONES[2], '2023-12'],
    ]);
    // The same reading as one paragraph a line: the same milestones, the same points.
    expect(joined.fields.milestones?.map((m) => [m.text, m.date])).toEqual(
      apart.fields.milestones?.map((m) => [m.text, m.date]),
    );
    expect(joined.checklist.find((c) => c.id === 'milestone-path')?.earned).toBe(true);
    expect(joined.score).toEqual(apart.score);
  });

  it('keeps the offsets of each line in the text', () => {
    const { source, commitments } = plan([MILESTONES.join('\u000b')]);
    for (const m of commitments[0].fields.milestones ?? []) expect(source.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('leaves a one-line control as it was', () => {
    const [m] = plan([MILESTONES[0]]).commitments[0].fields.milestones ?? [];
    expect([m.text, m.date]).toEqual([MILESTONES[0], '2023-03']);
  });
});
