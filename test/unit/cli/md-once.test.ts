// The Markdown report asks each missing field once (audit13, finding 21): in « Remarques », with its example, not
// again in « Questions pour l’auteur » (which keeps the other questions).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from './helpers';

const PLAN = [
  '# Plan d’action 2024-2026',
  '',
  '## Engagement 3 : Publier les données des marchés publics',
  '',
  'Porteur : direction des achats de l’État',
  '',
  'Action concrète : rendre obligatoire la publication des contrats au-dessus de 40 000 euros.',
].join('\n');

test('each missing field’s question is in the report once, beside its example', async () => {
  const file = join(tempDir(), 'plan.md');
  writeFileSync(file, PLAN);
  const json = JSON.parse((await runCli(['check', '--format', 'json', file])).stdout) as {
    files: { findings: { ruleId: string; message: string; expected: string[] }[] }[];
  };
  const missing = json.files[0].findings.filter((f) => f.ruleId === 'missing-field');
  expect(missing.length).toBeGreaterThan(2);
  const md = (await runCli(['check', '--format', 'md', file])).stdout;
  const lines = md.split('\n');
  for (const f of missing) {
    const question = f.message.replace(/([\\`*_[\]<>#|])/g, '\\$1');
    const at = lines.filter((l) => l.includes(question));
    expect(at).toHaveLength(1);
    if (f.expected.length) expect(at[0]).toContain('suggestion');
  }
});
