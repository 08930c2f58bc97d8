// Where `jalon publish --out` writes the site: only the site's own folder is made (a mistyped parent is said, not
// made; nor is the folder of a report or a sheet), a failed write leaves the site that was there as it was, and the writer thread's failures reach the user
// by their system code (EACCES, ENOSPC...), in the user's language, not by Node's English words.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSite } from '../../../src/cli/publish/write';
import { snapshot } from '../publish/helpers';
import { runCli, tempDir } from './helpers';

jest.setTimeout(60_000);

const FR = { LANG: 'fr_FR.UTF-8' };
const EN = { LANG: 'en_US.UTF-8' };
const PLAN = join(__dirname, '../../fixtures/publish/plan-fr.md');
const TODAY = ['--today', '2025-03-01'];
const ROOT = join(__dirname, '../../..');

describe('publish --out: the folder the site goes in must be there', () => {
  it('a missing parent is said with its path and what to do, in French and English; no folder is made', async () => {
    const dir = tempDir('jalon-site-out-');
    const out = join(dir, 'chemin', 'inexistant', 'site');
    const fr = await runCli(['publish', PLAN, ...TODAY, '--out', out], FR);
    expect(fr.code).toBe(2);
    expect(fr.stderr).toBe(
      `jalon : ${out} : le dossier ${join(dir, 'chemin', 'inexistant')} n’existe pas ; vérifiez le chemin de --out, ou créez d’abord ce dossier (Jalon ne crée que le dossier du site lui-même ; rien n’a été écrit)\n`,
    );
    const en = await runCli(['publish', PLAN, ...TODAY, '--out', out], EN);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(
      new RegExp(
        `^jalon: ${out}: the folder ${join(dir, 'chemin', 'inexistant')} does not exist; check the --out path`,
      ),
    );
    expect(readdirSync(dir)).toEqual([]); // neither the chain nor a temporary folder
  });

  it('only the last folder is made when its parent is there', async () => {
    const dir = tempDir('jalon-site-out-');
    const out = join(dir, 'site');
    const r = await runCli(['publish', PLAN, ...TODAY, '--out', out], FR);
    expect(r.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['site']);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  });

  it('startSite itself never makes the folders above the site', () => {
    const dir = tempDir('jalon-site-out-');
    expect(() => startSite(join(dir, 'absent', 'site'))).toThrow(expect.objectContaining({ code: 'ENOENT' }));
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('check, template and updates-template --out: the folder the file goes in is not made either', () => {
  it('a missing folder is named, with what to do; nothing is made', async () => {
    const dir = tempDir('jalon-file-out-');
    const missing = join(dir, 'chemin', 'inexistant');
    const report = await runCli(
      ['check', '--out', join(missing, 'revue.md'), join(ROOT, 'test/fixtures/cli/plan-fr.md')],
      FR,
    );
    expect(report.code).toBe(2);
    expect(report.stderr).toBe(
      `jalon : ${join(missing, 'revue.md')} : impossible d’écrire le rapport (${missing} : le dossier où l’écrire est introuvable ou n’accepte pas de fichiers : choisissez un autre dossier)\n`,
    );
    const sheet = await runCli(['updates-template', PLAN, '--out', join(missing, 'suivi.csv')], EN);
    expect(sheet.code).toBe(2);
    expect(sheet.stderr).toBe(
      `jalon: ${join(missing, 'suivi.csv')}: cannot write the sheet (${missing}: the folder to write it in cannot be found or does not take files: choose another folder)\n`,
    );
    const plan = await runCli(['template', '--out', join(missing, 'plan.docx')], FR);
    expect(plan.code).toBe(2);
    expect(plan.stderr).toBe(
      `jalon : ${join(missing, 'plan.docx')} : impossible d’écrire le modèle (${missing} : le dossier où l’écrire est introuvable ou n’accepte pas de fichiers : choisissez un autre dossier)\n`,
    );
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('a failed write leaves the site that was there untouched', () => {
  it('the new site failing halfway: the old one is as it was, and nothing is left beside it', async () => {
    const dir = tempDir('jalon-site-out-');
    const out = join(dir, 'site');
    expect((await runCli(['publish', PLAN, ...TODAY, '--out', out], FR)).code).toBe(0);
    const before = snapshot(out);
    expect(Object.keys(before)).toContain('plan.json');
    const site = startSite(out);
    // A file where the next one needs a folder: the system refuses it in the middle of the write.
    await expect(
      site.finish([
        ['index.html', 'nouveau'],
        ['fr', 'un fichier'],
        ['fr/C01.html', 'jamais écrit'],
      ]),
    ).rejects.toThrow();
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(dir)).toEqual(['site']);
  });
});

/** A script run in a process of its own (as an unprivileged user when the tests run as root: chmod binds no root). */
function unprivileged(script: string, args: string[]): string {
  const asUser = process.getuid?.() === 0 ? ['setpriv', '--reuid', '65534', '--regid', '65534', '--clear-groups'] : [];
  const node = [process.execPath, '--import', 'tsx', script, ...args];
  const r = spawnSync(asUser[0] ?? node[0], [...asUser.slice(1), ...(asUser.length ? node : node.slice(1))], {
    encoding: 'utf8',
    cwd: ROOT, // where tsx is found
    env: { ...process.env, HOME: '/tmp' },
    timeout: 60_000,
  });
  expect(r.stderr).toBe('');
  return r.stdout;
}

describe('the writer thread passes the system’s code on', () => {
  it('a folder the user may not write in: EACCES, said in French by its code', () => {
    const dir = tempDir('jalon-site-perm-');
    chmodSync(dir, 0o755);
    const locked = join(dir, 'verrou');
    mkdirSync(locked, 0o555);
    const script = join(dir, 'write.ts');
    writeFileSync(
      script,
      `import { startWriter } from ${JSON.stringify(join(ROOT, 'src/cli/publish/writer'))};
import { systemReason } from ${JSON.stringify(join(ROOT, 'src/cli/i18n'))};
startWriter(process.argv[2])
  .write([['index.html', 'x']])
  .then(
    () => console.log(JSON.stringify({ written: true })),
    (e) => console.log(JSON.stringify({ code: e.code, said: systemReason(e, 'write', process.argv[2], 'fr') })),
  );
`,
    );
    const out = JSON.parse(unprivileged(script, [locked]));
    expect(out).toEqual({
      code: 'EACCES',
      said: 'écriture refusée (droits insuffisants) : choisissez un dossier où vous pouvez écrire',
    });
    expect(readdirSync(locked)).toEqual([]);
  });
});

describe('check --out named as a document (a report is text)', () => {
  it('revue.pdf or revue.docx is refused, saying which names to give; nothing is written', async () => {
    const dir = tempDir('jalon-file-out-');
    const plan = join(ROOT, 'test/fixtures/cli/plan-fr.md');
    const pdf = await runCli(['check', '--out', join(dir, 'revue.pdf'), plan], FR);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toBe(
      `jalon : ${join(dir, 'revue.pdf')} : Jalon n’écrit pas de fichier .pdf ; nommez le rapport en .html, .md, .txt, .csv, .json ou .sarif, par exemple --out revue.html (rien n’a été écrit)\n`,
    );
    const docx = await runCli(['check', '--format', 'md', '--out', join(dir, 'Revue.DOCX'), plan], EN);
    expect(docx.stderr).toMatch(/Revue\.DOCX: Jalon does not write \.DOCX files; name the report \.html/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('a folder named where a plan is expected', () => {
  it('says to give the file itself', async () => {
    const dir = tempDir('jalon-file-out-');
    const r = await runCli(['updates-template', dir, '--out', join(dir, 'suivi.csv')], FR);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`jalon : ${dir} : c’est un dossier : donnez le fichier lui-même (.docx, .odt, .md, .txt)\n`);
    expect(readdirSync(dir)).toEqual([]);
  });
});
