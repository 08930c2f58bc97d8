// Audit 16, finding 9: on a server's locale (LANG=C.UTF-8) the messages' language is the drafts'. A folder's drafts
// count like drafts named, subfolders included; with --out-dir and no --lang, each report is in its own draft's
// language (the ministry that wrote in French reads French).
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from './helpers';

const FR = 'test/fixtures/cli/plan-fr.md';
const EN = 'test/fixtures/cli/plan-en.md';
const C = { LANG: 'C.UTF-8' };

/** A folder of ministries' folders, each with its draft. */
function ministries(drafts: Record<string, string>): string {
  const root = tempDir();
  for (const [path, from] of Object.entries(drafts)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    copyFileSync(from, join(root, path));
  }
  return root;
}

const htmlLang = (file: string) => /<html lang="(\w+)"/.exec(readFileSync(file, 'utf8'))?.[1];

describe('the messages’ language on a locale that names none', () => {
  it('a folder holding a French draft in a subfolder gives French messages, as the draft named does', async () => {
    const root = ministries({ 'sct/ebauche.md': FR });
    const named = await runCli(['check', join(root, 'sct/ebauche.md')], C);
    const folder = await runCli(['check', root], C);
    // Same first line but for the name the draft is given by (relative to the folder given).
    expect(folder.stdout.split('\n')[0]).toBe(named.stdout.split('\n')[0].replace('ebauche.md', 'sct/ebauche.md'));
    expect(folder.stdout).toMatch(/\(fr\) — \d+ engagements/);
    expect(folder.stdout).not.toMatch(/remarks are in English/);
  });

  it('--out-dir without --lang: each report in its own draft’s language, whatever the locale', async () => {
    const root = ministries({ 'doj/plan.md': EN, 'sct/ebauche.md': FR });
    for (const env of [C, { LANG: 'fr_FR.UTF-8' }, { LANG: 'en_US.UTF-8' }]) {
      const out = join(tempDir(), 'rapports');
      const r = await runCli(['check', '--format', 'html', '--out-dir', out, root], env);
      expect(r.code).toBe(0);
      expect(htmlLang(join(out, 'doj/plan.html'))).toBe('en');
      expect(htmlLang(join(out, 'sct/ebauche.html'))).toBe('fr');
      // Its remarks too, not only its headings.
      expect(readFileSync(join(out, 'sct/ebauche.html'), 'utf8')).toMatch(/Champ manquant/);
      expect(readFileSync(join(out, 'doj/plan.html'), 'utf8')).toMatch(/Missing field/);
    }
    // --lang sets every report's language.
    const out = join(tempDir(), 'reports');
    await runCli(['check', '--format', 'html', '--lang', 'en', '--out-dir', out, root], C);
    expect(htmlLang(join(out, 'sct/ebauche.html'))).toBe('en');
    expect(readFileSync(join(out, 'sct/ebauche.html'), 'utf8')).toMatch(/its remarks are in English/);
  });

  it('--out-dir json: the French draft’s findings are written in French', async () => {
    const root = ministries({ 'doj/plan.md': EN, 'sct/ebauche.md': FR });
    const out = join(tempDir(), 'json');
    await runCli(['check', '--format', 'json', '--out-dir', out, root], { LANG: 'en_GB.UTF-8' });
    const own = await runCli(['check', '--format', 'json', '--lang', 'fr', join(root, 'sct/ebauche.md')], C);
    const messages = (s: string) =>
      (JSON.parse(s) as { files: { findings: { message: string }[] }[] }).files[0].findings.map((f) => f.message);
    expect(messages(readFileSync(join(out, 'sct/ebauche.json'), 'utf8'))).toEqual(messages(own.stdout));
  });
});
