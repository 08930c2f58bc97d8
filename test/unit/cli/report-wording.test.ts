// The reports' words (audit13, findings 16, 18): levels agree with « précision » (« moyenne », « élevée »), the
// information severity is « information » as in the pane, and a quote is never cut at an elision (« Faire preuve d’ »).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, runCli, tempDir } from './helpers';

const PLAN = [
  '# Plan d’action 2024-2026',
  '',
  '## Engagement 1 : Publier les données des marchés publics',
  '',
  'Porteur : direction des achats de l’État',
  '',
  'Les agents devront faire preuve d’ouverture envers les usagers.',
].join('\n');

test('no quote cut at an elision; information said in full', async () => {
  const file = join(tempDir(), 'plan.md');
  writeFileSync(file, PLAN);
  const text = (await runCli(['check', '--all', file])).stdout;
  const line = text.split('\n').find((l) => /faire preuve de/.test(l));
  expect(line).toBeDefined();
  expect(line).not.toMatch(/d’ »/);
  const csv = (await runCli(['check', '--format', 'csv-remarks', file])).stdout;
  expect(csv).not.toMatch(/;info;/);
  expect(csv).not.toMatch(/d’;/);
});

test('levels agree with « précision » in the summary tables', async () => {
  const file = join(FIXTURES, 'plan-fr-v2.md');
  const csv = (await runCli(['check', '--format', 'csv', file])).stdout;
  const md = (await runCli(['check', '--format', 'md', file])).stdout;
  for (const out of [csv, md]) {
    expect(out).toMatch(/élevée/);
    expect(out).not.toMatch(/(moyen|élevé)[^\p{L}]/u);
  }
});
