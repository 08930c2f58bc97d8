// Audit 16, finding 14: `--compare` matches a commitment whose title was made more precise by the number both
// versions give it (« Engagement 2 »), and says the title changed; unnumbered commitments are matched as before.
// Finding 21: the comparison sheet gives the level before and after.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from './helpers';

const FR = 'test/fixtures/cli/plan-fr.md';

interface Change {
  status: string;
  before?: { title: string; level: string };
  after?: { title: string; level: string };
  matchedBy?: string;
}

async function compared(older: string, newer: string, format = 'json'): Promise<string> {
  return (await runCli(['check', '--compare', '--format', format, older, newer], { LANG: 'fr_FR.UTF-8' })).stdout;
}

/** plan-fr.md with its second commitment's title made longer and more precise, the rest the same. */
function retitled(dir: string): { file: string; old: string; title: string } {
  const text = readFileSync(FR, 'utf8');
  const old = /^#* *(Engagement 2 : .+)$/m.exec(text)![1];
  const title = `${old} et à la rédaction des textes de loi sur la transparence des décisions publiques locales`;
  const file = join(dir, 'v2.md');
  writeFileSync(file, text.replace(old, title));
  return { file, old, title };
}

describe('--compare, commitments numbered in both versions', () => {
  it('a title made more precise keeps its commitment: matched by number, the title change shown', async () => {
    const dir = tempDir();
    const draft = (second: string) =>
      `# Engagement 1 : Science ouverte\n\nLes ministères poursuivront leurs efforts pour améliorer l’accès aux publications.\n\n# ${second}\n\nLe gouvernement renforcera la transparence.\n`;
    const old = 'Engagement 2 : Accès à l’information';
    const title = `${old} et protection des renseignements personnels`;
    const [v1, v2] = [join(dir, 'v1.md'), join(dir, 'v2.md')];
    writeFileSync(v1, draft(old));
    writeFileSync(v2, draft(title));
    const changes = (JSON.parse(await compared(v1, v2)) as { changes: Change[] }).changes;
    expect(changes.filter((c) => c.status === 'added' || c.status === 'removed')).toEqual([]);
    const moved = changes.find((c) => c.before?.title === old)!;
    expect(moved.after?.title).toBe(title);
    expect(moved.matchedBy).toBe('number');
    const text = await compared(v1, v2, 'text');
    expect(text).toContain(`« ${old} » → « ${title} »`);
    expect(text).not.toMatch(/— (supprimé|nouveau)/);
  });

  it('the comparison sheet gives each commitment’s level before and after', async () => {
    const { file } = retitled(tempDir());
    const changes = (JSON.parse(await compared(FR, file)) as { changes: Change[] }).changes;
    const rows = (await compared(FR, file, 'csv'))
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    const head = rows[0].split(';');
    const levels = { none: 'aucune', low: 'faible', medium: 'moyenne', high: 'élevée' } as Record<string, string>;
    const at = (name: string) => head.indexOf(name);
    expect(at('Précision avant')).toBeGreaterThan(0);
    expect(at('Précision après')).toBeGreaterThan(0);
    changes.forEach((c, i) => {
      const cells = rows[i + 1].split(';');
      expect(cells[at('Précision avant')]).toBe(c.before ? levels[c.before.level] : '');
      expect(cells[at('Précision après')]).toBe(c.after ? levels[c.after.level] : '');
    });
  });
});
