// The pane's milestones CSV says what the score says (audit12, finding 7): a value the checklist counts is in its
// column, a value it does not count (weak, « Coût : non chiffré ») is not, whatever the document holds.
import { analyze, fromPlainText } from '../../src/core';
import { CSV_COLUMNS, milestonesCsv } from '../../src/taskpane/exports';
import { translator } from '../../src/taskpane/i18n';

const PLAN = `# Open Government National Action Plan 2021-2023

## Commitment 1: Open contracting

**Lead department:** Cabinet Office.

**What is the problem that the commitment will address?** In 2020-21, 78% of above-threshold tenders were published on Contracts Finder.

**What the government will do:** Publish every contract on Contracts Finder by March 2023.

**Cost:** not costed

## Commitment 2: Lobbying register

**Lead department:** TBD

**Baseline:** none yet.

**Target:** 90% of meetings disclosed within 30 days by June 2023.

**Cost:** £150,000 from the department's budget.
`;

test('each column holds a value exactly where the checklist earns it', () => {
  const analysis = analyze(fromPlainText(PLAN, { markdown: true }), { lang: 'en' });
  const t = translator('en');
  const lines = milestonesCsv(analysis, t).content.slice(1).trim().split('\r\n');
  expect(lines[0]).toBe(CSV_COLUMNS.map((c) => t(`export.columns.${c}`)).join(','));
  const rows = lines.slice(1);
  expect(rows).toHaveLength(2);
  // One row per commitment here (no milestone list): read the cells by the CSV's own quoting.
  const cells = (row: string) =>
    [...row.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1]).slice(0, CSV_COLUMNS.length);
  analysis.commitments.forEach((c, k) => {
    const row = cells(rows[k]);
    for (const column of ['indicator', 'baseline', 'target', 'lead', 'cost'] as const) {
      const earned = c.checklist.find((i) => i.id === column)!.earned;
      expect([column, row[CSV_COLUMNS.indexOf(column)] !== '']).toEqual([column, earned]);
    }
  });
  // The situation told in the problem statement is the baseline, not the target; a cost not costed is no cost.
  const first = cells(rows[0]);
  expect(first[CSV_COLUMNS.indexOf('baseline')]).toContain('78%');
  // « every contract … by March 2023 » is a target (a whole count by a date, since the thirteenth session); the
  // situation of the problem statement is not.
  expect(first[CSV_COLUMNS.indexOf('target')]).toContain('every contract');
  expect(first[CSV_COLUMNS.indexOf('target')]).not.toContain('78%');
  expect(first[CSV_COLUMNS.indexOf('cost')]).toBe('');
  expect(analysis.commitments[0].fields.cost?.text).toBe('not costed'); // kept as written in the reading
});
