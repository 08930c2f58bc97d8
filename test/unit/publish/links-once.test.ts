// Links are links, once (audit 14, finding 12): the U.S. tracker's progress cells end with an "Evidence:" part of
// Markdown links "[address](address)"; the converter takes them out into the evidence column, each once, and the
// site shows a Markdown link left in a cell as a link (escaped) and an address a sheet repeats once.
import { join } from 'node:path';
import { links, progressAndEvidence } from '../../../examples/us-tracker';
import { PLAN, runCli, sheet, snapshot, TODAY, workspace } from './helpers';

jest.setTimeout(60_000);

test('the converter: the "Evidence:" part leaves the progress text, its links go to the evidence column once', () => {
  const cell = [
    'Agencies published their plans.',
    '',
    'Evidence: [https://spd15revision.gov](https://spd15revision.gov) [https://www.ssa.gov/data/SSA Plan.pdf](https://www.ssa.gov/data/SSA Plan.pdf)',
    '',
    'The new performance.gov page - https:https://www.performance.gov/participation',
    '',
    'DOJ is continuing to take action.',
  ].join('\n');
  expect(progressAndEvidence(cell)).toEqual({
    progress: 'Agencies published their plans.\n\nDOJ is continuing to take action.',
    evidence: [
      'https://spd15revision.gov',
      'https://www.ssa.gov/data/SSA%20Plan.pdf',
      'https://www.performance.gov/participation',
    ],
  });
  expect(progressAndEvidence('Done.\n\nEvidence: \n\nNone.')).toEqual({ progress: 'Done.', evidence: [] });
  // Without an "Evidence:" part the text stays whole; its links are the evidence, each once.
  const text = 'See [https://a.gov/x](https://a.gov/x) and https://a.gov/x.';
  expect(progressAndEvidence(text)).toEqual({ progress: text, evidence: ['https://a.gov/x'] });
  expect(links('[report](https://b.gov/r) https://b.gov/r')).toEqual(['https://b.gov/r']);
});

test('the site: a Markdown link in a cell is a link, escaped; an address given twice is one link', async () => {
  const dir = workspace();
  const updates = sheet(dir, 'liens.csv', [
    {
      id: 'C01.1',
      period: '2025-01',
      status: 'complete',
      progress: 'Publié : [le rapport "final" & annexes](https://example.org/r?a=1&b=2) et [x](javascript:alert(1)).',
      evidence: 'https://example.org/r https://example.org/r https://example.org/s',
      updated: '2025-01-31',
    },
  ]);
  const site = join(dir, 'site');
  const r = await runCli(['publish', PLAN, '--updates', updates, '--today', TODAY, '--out', site]);
  expect(r.code).toBe(0);
  const page = snapshot(site)['fr/C01.html'];
  expect(page).toContain(
    'Publié : <a href="https://example.org/r?a=1&amp;b=2">le rapport &quot;final&quot; &amp; annexes</a> et [x](javascript:alert(1)).',
  );
  expect(page).toContain(
    '<a href="https://example.org/r">https://example.org/r</a> <a href="https://example.org/s">https://example.org/s</a></p>',
  );
  expect(page.match(/href="https:\/\/example\.org\/r"/g)).toHaveLength(1);
});
