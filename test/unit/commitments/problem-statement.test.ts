// The problem statement tells where things stand (audit12, finding 7): a figure with its year there is the baseline,
// never the target nor the cost; a sentence that says what will be, or a year after the plan's start, is no baseline.
import { readMd } from './helpers';

const plan = (problem: string, title = '# Open Government National Action Plan 2021-2023') =>
  readMd(
    `${title}\n\n## Commitment 1: Open contracting\n\n**Lead department:** Cabinet Office.\n\n${problem}\n\n` +
      '**What the government will do:** Publish every contract on Contracts Finder.\n',
    'en',
  )[0];

describe('a figure and its year in the problem statement', () => {
  const situation = 'In 2020-21, 78% of above-threshold tenders were published on Contracts Finder.';

  it.each([
    [
      'the template’s question before its answer',
      `**What is the problem that the commitment will address?** ${situation}`,
    ],
    ['a « Public problem addressed » label', `**Public problem addressed:** ${situation}`],
    ['a « Problem » label', `**Problem:** ${situation}`],
  ])('is the baseline, not the target (%s)', (_, problem) => {
    const c = plan(problem);
    expect(c.fields.baseline?.text).toBe(situation);
    expect(c.missing).not.toContain('baseline');
    expect(c.fields.target).toBeUndefined();
    expect(c.checklist.find((i) => i.id === 'baseline')?.earned).toBe(true);
  });

  // Each sentence comes before the situation: it is passed over, and the situation after it is the baseline.
  it.each([
    ['a year without a figure (« 2020-21 » holds no figure)', 'In 2020-21, the landscape was fragmented.'],
    ['a year after the plan’s start', 'In 2023, 64% of tenders were published on Contracts Finder.'],
    ['what will be done', 'In 2020, 64% of tenders will be published on Contracts Finder.'],
  ])('passes over %s', (_, before) => {
    const c = plan(`**Problem:** ${before} ${situation}`);
    expect(c.fields.baseline?.text).toBe(situation);
  });
});
