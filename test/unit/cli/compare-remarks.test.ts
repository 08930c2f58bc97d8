// --compare tells the facilitator which remarks were resolved and which are new, with their line in the newer
// draft (audit13, finding 17), in text, Markdown and JSON; the fields present in both whose text changed are
// « champs modifiés ».
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from './helpers';

const V1 = [
  '# Plan d’action 2024-2026',
  '',
  '## Engagement 1 : Transparence des marchés publics',
  '',
  'Porteur : direction des achats de l’État',
  '',
  'Le ministère va renforcer la transparence des achats.',
  '',
  'Coût : 200 000 euros sur deux ans.',
].join('\n');

// « renforcer » gone; a vague time on line 9; the cost reworded.
const V2 = [
  '# Plan d’action 2024-2026',
  '',
  '## Engagement 1 : Transparence des marchés publics',
  '',
  'Porteur : direction des achats de l’État',
  '',
  'Le ministère publiera les contrats des achats sur data.gouv.fr.',
  '',
  'Les données seront mises à jour de façon régulière.',
  '',
  'Coût : 250 000 euros sur deux ans.',
].join('\n');

let files: [string, string];
beforeAll(() => {
  const dir = tempDir();
  files = [join(dir, 'v1.md'), join(dir, 'v2.md')];
  writeFileSync(files[0], V1);
  writeFileSync(files[1], V2);
});

test('json: the remarks resolved and the new ones, with the new ones’ line', async () => {
  const r = await runCli(['check', '--compare', '--format', 'json', ...files]);
  const change = (JSON.parse(r.stdout) as { changes: Record<string, unknown>[] }).changes[0] as {
    remarksResolved: { ruleId: string; words: string }[];
    remarksNew: { ruleId: string; words: string; line?: number }[];
  };
  expect(change.remarksResolved.map((x) => [x.ruleId, x.words.toLowerCase()])).toContainEqual([
    'vague-term',
    'renforcer',
  ]);
  expect(change.remarksNew.map((x) => x.ruleId)).toContain('vague-time');
  expect(change.remarksNew.find((x) => x.ruleId === 'vague-time')!.line).toBe(9);
  // A remark in both versions is neither: of the missing fields only the concrete action, which the second version's
  // « Le ministère publiera les contrats… » states, is resolved; none is new.
  const missing = (xs: { ruleId: string; message?: string }[]) => xs.filter((x) => x.ruleId === 'missing-field');
  expect(missing(change.remarksNew)).toEqual([]);
  expect(missing(change.remarksResolved).map((x) => x.message)).toEqual([expect.stringMatching(/action concrète/)]);
});

test('text and Markdown list them under their headings; the changed fields are « champs modifiés »', async () => {
  const text = (await runCli(['check', '--compare', ...files])).stdout;
  expect(text).toMatch(/champs modifiés : coût/);
  expect(text).toMatch(/\n {4}remarques résolues :\n(?: {6}- .*\n)* {6}- avertissement — Verbe flou — « renforcer »/);
  expect(text).toMatch(
    /\n {4}nouvelles remarques :\n(?: {6}- .*\n)* {6}- .*Échéance floue — .*régulière.* \(ligne 9\)/,
  );
  const md = (await runCli(['check', '--compare', '--format', 'md', ...files])).stdout;
  expect(md).toMatch(/\n {2}- remarques résolues :\n(?: {4}- .*\n)* {4}- avertissement — Verbe flou — « renforcer »/);
  expect(md).toMatch(/\n {2}- nouvelles remarques :\n(?: {4}- .*\n)* {4}- .*Échéance floue — .*\(ligne 9\)/);
  const en = (await runCli(['check', '--compare', '--lang', 'en', ...files])).stdout;
  expect(en).toMatch(/fields changed: cost/);
  expect(en).toMatch(/\n {4}findings resolved:\n/);
  expect(en).toMatch(/\n {4}new findings:\n(?: {6}- .*\n)* {6}- .*\(line 9\)/);
});
