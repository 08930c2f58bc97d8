// SARIF names a commitment by the plan's own number, as the CSV's « N° » and the reports do (audit13, finding 20):
// a tool linking the two gets the same commitment.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from './helpers';

const EXTRACT = [
  '# Extrait du plan',
  '',
  '## Engagement 4 : Publier les avis des marchés publics',
  '',
  'Le ministère va renforcer la transparence des achats.',
  '',
  '## Engagement 7 : Ouvrir les données des subventions',
  '',
  'Le ministère va promouvoir la transparence des subventions.',
].join('\n');

type Sarif = { runs: { results: { locations: { logicalLocations?: { name: string }[] }[] }[] }[] };

test('SARIF’s logical locations and the CSV’s « N° » give the plan’s numbers', async () => {
  const file = join(tempDir(), 'extrait.md');
  writeFileSync(file, EXTRACT);
  const sarif = JSON.parse((await runCli(['check', '--format', 'sarif', file])).stdout) as Sarif;
  const names = new Set(
    sarif.runs[0].results.flatMap((r) => r.locations.flatMap((l) => (l.logicalLocations ?? []).map((x) => x.name))),
  );
  expect([...names].sort()).toEqual(['engagement 4', 'engagement 7']);
  const csv = (await runCli(['check', '--format', 'csv', file])).stdout
    .replace(/^\ufeff/, '')
    .trim()
    .split('\r\n');
  expect(csv.slice(1).map((row) => row.split(';')[2])).toEqual(['4', '7']);
});
