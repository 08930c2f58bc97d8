// `jalon check --rules`: a check's name misspelt stops the run with its line and column and the nearest name; a term
// removed that no check has is warned of on the command's stderr, and the review goes on as without that entry; a severity
// written in French works.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from './helpers';

jest.setTimeout(60_000);

const DRAFT = 'Engagement 1 : Nous allons renforcer et développer le contrôle des marchés.\n';

/** runCli: the house rules' warnings come on the command's own stderr. */
const run = (args: string[], lang = 'fr_FR.UTF-8') => runCli(args, { LANG: lang });

let dir: string;
let draft: string;
beforeAll(() => {
  dir = tempDir();
  draft = join(dir, 'projet.md');
  writeFileSync(draft, DRAFT);
});

test('a term removed that no check has: a warning with its line and column, the review unchanged', async () => {
  const rules = join(dir, 'retrait.json');
  writeFileSync(
    rules,
    ['{', '  "remove": [', '    { "rule": "vague-term", "term": "dévelloper" }', '  ]', '}'].join('\n'),
  );
  const plain = await run(['check', '--format', 'json', draft]);
  const r = await run(['check', '--format', 'json', '--rules', rules, draft]);
  expect(r.stderr).toBe(
    `jalon : ${rules}:3:37 : attention : « dévelloper » ne correspond à aucun terme de vague-term : ce retrait ne change rien ; vouliez-vous dire « développer » ?\n`,
  );
  expect(r.code).toBe(plain.code);
  const findings = (out: string) => (JSON.parse(out) as { files: { findings: unknown[] }[] }).files[0].findings;
  expect(findings(r.stdout)).toEqual(findings(plain.stdout));
  const en = await run(['check', '--format', 'json', '--rules', rules, draft], 'en_US.UTF-8');
  expect(en.stderr).toBe(
    `jalon: ${rules}:3:37: warning: "dévelloper" matches no term of vague-term: removing it changes nothing; did you mean "développer"?\n`,
  );
});

test('a check misspelt in the ignore list stops the run, naming the line, the column and the nearest check', async () => {
  const rules = join(dir, 'ignore.json');
  writeFileSync(rules, '{\n  "ignore": { "rules": ["vague-terms"] }\n}\n');
  const r = await run(['check', '--rules', rules, draft]);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toBe(
    `jalon : ${rules}:2:25 : Vérification inconnue « vague-terms » ; vouliez-vous dire « vague-term » ? (vérifications : vague-term, jargon, vague-time, vague-quantity, hedge, readability, missing-field, duplicate, language)\n`,
  );
});

test('a severity as the reports write it works; a wrong one is one line listing the severities', async () => {
  const rules = join(dir, 'gravite.json');
  writeFileSync(rules, JSON.stringify({ rules: { 'vague-term': { severity: 'erreur' } } }));
  const r = await run(['check', '--format', 'json', '--rules', rules, draft]);
  expect(r.stderr).toBe('');
  const findings = (JSON.parse(r.stdout) as { files: { findings: { ruleId: string; severity: string }[] }[] }).files[0]
    .findings;
  expect(findings.filter((f) => f.ruleId === 'vague-term').map((f) => f.severity)).toEqual(['error', 'error']);
  expect(r.code).toBe(1);
  writeFileSync(rules, JSON.stringify({ rules: { 'vague-term': { severity: 'grave' } } }));
  const bad = await run(['check', '--rules', rules, draft]);
  expect(bad.code).toBe(2);
  expect(bad.stderr.trim().split('\n')).toEqual([
    `jalon : ${rules}:1:36 : Gravité inconnue « grave » (gravités : erreur, avertissement, suggestion, information ; en anglais : error, warning, suggestion, info)`,
  ]);
});
