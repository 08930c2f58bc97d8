// The Markdown report asks each missing field once (audit13, finding 21): in « Remarques », not again in « Questions
// pour l’auteur » (which keeps the other questions). Since issue 13 (audit 14, finding 15) the digest asks them all on
// one line, and each example is written once, in « Comment écrire chaque champ », where the remark points.
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

test('each missing field’s question is in the full list once, pointing to its example', async () => {
  const file = join(tempDir(), 'plan.md');
  writeFileSync(file, PLAN);
  const json = JSON.parse((await runCli(['check', '--format', 'json', file])).stdout) as {
    files: { findings: { ruleId: string; message: string; expected: string[] }[] }[];
  };
  const missing = json.files[0].findings.filter((f) => f.ruleId === 'missing-field');
  expect(missing.length).toBeGreaterThan(2);
  const md = (await runCli(['check', '--format', 'md', file])).stdout;
  const guide = md.indexOf('### Comment écrire chaque champ');
  const full = md.indexOf('### Toutes les remarques');
  expect(0 < guide && guide < full).toBe(true);
  const lines = md.slice(full).split('\n');
  const digest = md.slice(0, guide).split('\n');
  for (const f of missing) {
    const question = f.message.replace(/([\\`*_[\]<>#|])/g, '\\$1');
    const at = lines.filter((l) => l.includes(question));
    expect(at).toHaveLength(1);
    // The digest asks it once, on the commitment's one line of questions.
    expect(digest.filter((l) => l.includes(question))).toHaveLength(1);
    if (f.expected.length) {
      expect(at[0]).toContain('(exemple : « Comment écrire chaque champ »');
      // Its example is written once in the report, in the guide.
      const example = f.expected[0].slice(0, 40).replace(/([\\`*_[\]<>#|])/g, '\\$1');
      expect(md.split(example)).toHaveLength(2);
      expect(md.indexOf(example)).toBeGreaterThan(guide);
      expect(md.indexOf(example)).toBeLessThan(full);
    }
  }
});
