// A file the system refuses to read or write is said in the user's language, naming the file and saying what to
// do: not found, a folder, permission denied, a read-only or full disk... The system's own words (« ENOENT: no
// such file or directory ») only for an error this list does not know.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { systemReason } from '../../../src/cli/i18n';
import { FIXTURES, runCli, tempDir } from './helpers';

const FR = { LANG: 'fr_FR.UTF-8' };
const EN = { LANG: 'en_US.UTF-8' };
const PLAN = join(FIXTURES, 'plan-fr.md');
const PUBLISH_PLAN = join(__dirname, '../../fixtures/publish/plan-fr.md');
const BIN = join(__dirname, '../../../src/cli/bin.ts');

/** Node's words for its error codes: none of them reaches the user. */
const RAW = /\bE[A-Z]{3,}\b|no such file|illegal operation|read-only file system|operation not permitted/;

/** The command line in a process of its own (as an unprivileged user if asked and run as root), in French. */
function cliProcess(args: string[], unprivileged = false): { status: number | null; stderr: string } {
  const asUser =
    unprivileged && process.getuid?.() === 0
      ? ['setpriv', '--reuid', '65534', '--regid', '65534', '--clear-groups']
      : [];
  const node = [process.execPath, '--import', 'tsx', BIN, ...args];
  const r = spawnSync(asUser[0] ?? node[0], [...asUser.slice(1), ...(asUser.length ? node : node.slice(1))], {
    encoding: 'utf8',
    cwd: join(__dirname, '../../..'), // where tsx is found
    env: { ...process.env, HOME: '/tmp', LANG: 'fr_FR.UTF-8' },
    timeout: 60_000,
  });
  return { status: r.status, stderr: r.stderr };
}

const errno = (code: string, extra: Record<string, string> = {}) =>
  Object.assign(new Error(`${code}: the system's words, open '/x'`), { code, ...extra });

describe('systemReason', () => {
  it('says each usual code in both languages, for reading and for writing, with what to do', () => {
    const read = ['ENOENT', 'EISDIR', 'ENOTDIR', 'EACCES', 'EPERM', 'EBUSY', 'EMFILE', 'ENAMETOOLONG'];
    const write = [...read, 'EROFS', 'ENOSPC', 'EDQUOT', 'ETXTBSY', 'EEXIST'];
    for (const lang of ['fr', 'en'] as const) {
      for (const [use, codes] of [
        ['read', read],
        ['write', write],
      ] as const)
        for (const code of codes) {
          const said = systemReason(errno(code), use, 'plan.md', lang);
          expect(said).not.toMatch(RAW);
          // What to do comes after what is wrong.
          expect(said).toMatch(lang === 'fr' ? / : \S/ : /: \S/);
        }
    }
    expect(systemReason(errno('EACCES'), 'write', 'r.md', 'fr')).toBe(
      'écriture refusée (droits insuffisants) : choisissez un dossier où vous pouvez écrire',
    );
    expect(systemReason(errno('EROFS'), 'write', 'r.md', 'en')).toBe('the disk is read-only: choose another place');
    expect(systemReason(errno('ENOSPC'), 'write', 'r.md', 'fr')).toBe(
      'le disque est plein : libérez de la place ou choisissez un autre disque',
    );
  });

  it('names a folder above the file that could not be made; not the file itself, nor a file beside it', () => {
    expect(systemReason(errno('EACCES', { path: '/srv/rapports' }), 'write', '/srv/rapports/2025/r.md', 'fr')).toBe(
      '/srv/rapports : écriture refusée (droits insuffisants) : choisissez un dossier où vous pouvez écrire',
    );
    expect(systemReason(errno('EACCES', { path: '/srv/.r.md.12.part' }), 'write', '/srv/r.md', 'fr')).not.toContain(
      '.part',
    );
  });

  it('chooses by the error’s code, never by its words (the site’s writer thread passes its code on)', () => {
    const thread = Object.assign(new Error("ENOSPC: no space left on device, write '/x'"), { code: 'EACCES' });
    expect(systemReason(thread, 'write', 'site', 'en')).toBe(
      'cannot write there (permission denied): choose a folder you can write to',
    );
  });

  it('keeps the system’s words for a code it does not know', () => {
    expect(systemReason(errno('EWEIRD'), 'write', 'r.md', 'fr')).toBe("EWEIRD: the system's words, open '/x'");
    expect(systemReason(new Error('worker exited (3)'), 'read', 'r.md', 'fr')).toBe('worker exited (3)');
  });
});

describe('the command line says the system’s refusals in the user’s language', () => {
  it('check --rules: a file that is not there, a folder', async () => {
    const dir = tempDir();
    const missing = await runCli(['check', '--rules', join(dir, 'absent.json'), PLAN], FR);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      `jalon : ${join(dir, 'absent.json')} : fichier de règles illisible (fichier introuvable : vérifiez son nom et son dossier)\n`,
    );
    const folder = await runCli(['check', '--rules', dir, PLAN], EN);
    expect(folder.stderr).toBe(`jalon: ${dir}: cannot read the rules file (it is a folder: give a file)\n`);
  });

  it('check --out: a folder (a file name in it suggested, with the format’s extension), a file in the path', async () => {
    const dir = tempDir();
    const folder = await runCli(['check', '--format', 'html', '--out', dir, PLAN], FR);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe(
      `jalon : ${dir} : impossible d’écrire le rapport (c’est un dossier : donnez un nom de fichier, par exemple ${join(dir, 'revue.html')})\n`,
    );
    // Nothing left beside the folder.
    expect(readdirSync(dir)).toEqual([]);
    const file = join(dir, 'note.txt');
    writeFileSync(file, 'à garder');
    const under = await runCli(['check', '--out', join(file, 'r.md'), PLAN], EN);
    expect(under.code).toBe(2);
    expect(under.stderr).toBe(
      `jalon: ${join(file, 'r.md')}: cannot write the report (part of the path is a file, not a folder: choose another path)\n`,
    );
  });

  it('a folder where none can be made: said at once, rather than Node making it again and again', () => {
    if (!existsSync('/proc/self')) return; // Linux's /proc takes no new folder
    // In a process of its own: Node's recursive mkdir there never returns, and a test must not hang.
    const check = cliProcess(['check', '--out', '/proc/jalon-test/r.md', PLAN]);
    expect(check.status).toBe(2);
    expect(check.stderr).toBe(
      'jalon : /proc/jalon-test/r.md : impossible d’écrire le rapport (/proc/jalon-test : le dossier où l’écrire est introuvable ou n’accepte pas de fichiers : choisissez un autre dossier)\n',
    );
    const sheet = cliProcess(['updates-template', PUBLISH_PLAN, '--out', '/proc/jalon-test/suivi.csv']);
    expect(sheet.status).toBe(2);
    expect(sheet.stderr).toMatch(/impossible d’écrire la feuille \(\/proc\/jalon-test : /);
    const site = cliProcess(['publish', PUBLISH_PLAN, '--out', '/proc/jalon-site']);
    expect(site.status).toBe(2);
    expect(site.stderr).toMatch(/^jalon : impossible d’écrire le site \(.+\) ; \/proc\/jalon-site est inchangé\n$/);
    expect(site.stderr).not.toMatch(RAW);
  });

  it('a folder the user may not write in (checked as an unprivileged user when tests run as root)', () => {
    const dir = tempDir('jalon-perm-');
    chmodSync(dir, 0o755);
    const locked = join(dir, 'verrou');
    mkdirSync(locked, 0o555);
    const r = cliProcess(['check', '--out', join(locked, 'r.md'), PLAN], true);
    expect(r.stderr).toBe(
      `jalon : ${join(locked, 'r.md')} : impossible d’écrire le rapport (écriture refusée (droits insuffisants) : choisissez un dossier où vous pouvez écrire)\n`,
    );
    expect(r.status).toBe(2);
  });

  it('updates-template --out: a folder', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'suivis'));
    const r = await runCli(['updates-template', PUBLISH_PLAN, '--out', join(dir, 'suivis')], FR);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `jalon : ${join(dir, 'suivis')} : impossible d’écrire la feuille (c’est un dossier : donnez un nom de fichier, par exemple ${join(dir, 'suivis', 'suivi.csv')})\n`,
    );
  });

  it('publish: a sheet or --previous that is a folder or is not there', async () => {
    const dir = tempDir();
    const r = await runCli(
      ['publish', PUBLISH_PLAN, '--check', '--updates', dir, '--previous', join(dir, 'absent.json')],
      FR,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      [
        `jalon : ${join(dir, 'absent.json')} : fichier introuvable`,
        `jalon : ${dir} : c’est un dossier : donnez le fichier CSV lui-même`,
        'jalon : 2 problèmes dans les fichiers : rien n’a été écrit.',
        '',
      ].join('\n'),
    );
  });
});
