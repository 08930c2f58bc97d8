// Audit 16, finding 10: a script stops a weak draft. `--min-level` exits 1 when a commitment is below the level
// (each named on stderr), `--fail-on warning` when a remark is a warning; without them, only errors give 1.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from './helpers';

const FR = 'test/fixtures/cli/plan-fr.md';
const EN = 'test/fixtures/cli/plan-en.md';
const RANK = { none: 0, low: 1, medium: 2, high: 3 } as const;
type Level = keyof typeof RANK;

interface Reviewed {
  commitments: { title: string; level: Level }[];
  findings: { severity: string }[];
}

async function reviewed(file: string): Promise<Reviewed> {
  const r = await runCli(['check', '--format', 'json', file]);
  const json = JSON.parse(r.stdout) as { files: Reviewed[] };
  return json.files[0];
}

describe('exit codes for scripts', () => {
  it('--min-level: exit 1 and a line per commitment below the level, exit 0 when every one reaches it', async () => {
    const seen = new Set<number>();
    for (const file of [FR, EN]) {
      const { commitments } = await reviewed(file);
      for (const min of ['low', 'medium', 'high'] as const) {
        const below = commitments.filter((c) => RANK[c.level] < RANK[min]);
        const r = await runCli(['check', '--min-level', min, file], { LANG: 'fr_FR.UTF-8' });
        expect(r.code).toBe(below.length ? 1 : 0);
        seen.add(r.code);
        const lines = r.stderr.split('\n').filter((l) => l.includes('--min-level'));
        expect(lines).toHaveLength(below.length);
        below.forEach((c, i) => {
          expect(lines[i]).toContain(`« ${c.title} »`);
          expect(lines[i]).toMatch(/en dessous du niveau demandé/);
        });
      }
    }
    // Both outcomes met: the fixtures hold commitments of several levels.
    expect([...seen].sort()).toEqual([0, 1]);
    // Without the option, the same drafts (no error-level remark) exit 0.
    expect((await runCli(['check', FR])).code).toBe(0);
  });

  it('--min-level: a draft in which no commitment is found does not reach the level', async () => {
    const dir = tempDir();
    const file = join(dir, 'note.md');
    writeFileSync(file, 'Le ministère travaille à ce sujet avec ses partenaires depuis plusieurs années.\n');
    expect((await runCli(['check', file])).code).toBe(0);
    const r = await runCli(['check', '--min-level', 'low', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/note\.md : aucun engagement trouvé/);
  });

  it('--fail-on warning: exit 1 as soon as a warning is made; --fail-on error is the default', async () => {
    const dir = tempDir();
    // House rules that make missing fields suggestions: the calm draft then has no warning left.
    const rules = join(dir, 'regles.json');
    writeFileSync(rules, JSON.stringify({ version: 1, rules: { 'missing-field': { severity: 'suggestion' } } }));
    const calm = join(dir, 'calme.md');
    writeFileSync(
      calm,
      '# Engagement 1 : Publier le registre des subventions\n\nLe ministère des Finances publiera le registre des subventions en données ouvertes avant le 30 juin 2025.\n',
    );
    const outcomes = new Set<boolean>();
    for (const args of [[FR], [EN], ['--rules', rules, calm]]) {
      const r = await runCli(['check', '--format', 'json', ...args]);
      const { findings } = (JSON.parse(r.stdout) as { files: Reviewed[] }).files[0];
      const warning = findings.some((f) => f.severity === 'warning' || f.severity === 'error');
      const error = findings.some((f) => f.severity === 'error');
      outcomes.add(warning);
      expect((await runCli(['check', '--fail-on', 'warning', ...args])).code).toBe(warning ? 1 : 0);
      expect((await runCli(['check', '--fail-on', 'error', ...args])).code).toBe(error ? 1 : 0);
      expect((await runCli(['check', ...args])).code).toBe(error ? 1 : 0);
    }
    // Drafts with and without warnings were both met.
    expect(outcomes.size).toBe(2);
  });

  it('--compare: the newer version is the one held to --min-level', async () => {
    const { commitments } = await reviewed(FR);
    const below = commitments.filter((c) => RANK[c.level] < RANK.high);
    expect(below.length).toBeGreaterThan(0);
    const r = await runCli(['check', '--compare', '--min-level', 'high', 'test/fixtures/cli/plan-fr-v2.md', FR]);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter((l) => l.includes('--min-level'))).toHaveLength(below.length);
  });

  it('--help lists both options', async () => {
    const r = await runCli(['help', 'check'], { LANG: 'fr_FR.UTF-8' });
    expect(r.stdout).toMatch(/--fail-on <gravité>/);
    expect(r.stdout).toMatch(/--min-level <précision>/);
  });
});
