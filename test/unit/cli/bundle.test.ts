// The shipped executable: built with webpack.cli.config.js into a temporary folder, run as a process.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startReader } from '../../../src/cli/threads';
import { docxFromXml, FIXTURES, p, runCli, tempDir } from './helpers';

jest.setTimeout(120_000);
const out = tempDir('jalon-bundle-');
const bin = join(out, 'jalon.cjs');

beforeAll(() => {
  const root = join(__dirname, '../../..');
  execFileSync(
    process.execPath,
    [require.resolve('webpack-cli/bin/cli.js'), '--config', 'webpack.cli.config.js', '--output-path', out],
    {
      cwd: root,
      stdio: 'pipe',
    },
  );
});

const jalon = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(bin, args, { encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'fr_FR.UTF-8', ...env } });

it('is an executable node script with a shebang', () => {
  expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  expect(statSync(bin).mode & 0o111).not.toBe(0);
});

it('exits 0, 1 or 2 as a process, with errors on stderr only', () => {
  const dir = tempDir();
  const clean = join(dir, 'propre.txt');
  writeFileSync(clean, 'Le ministère publie le décret en mars 2018.\n');
  const ok = jalon(['check', clean]);
  expect(ok.status).toBe(0);
  expect(ok.stderr).toBe('');
  const rules = join(dir, 'r.json');
  writeFileSync(rules, JSON.stringify({ rules: { 'vague-term': { severity: 'error' } } }));
  expect(jalon(['check', '--rules', rules, join(FIXTURES, 'plan-fr.md')]).status).toBe(1);
  const broken = join(dir, 'casse.docx');
  writeFileSync(broken, 'PK\u0003\u0004tronqué');
  const bad = jalon(['check', '--format', 'json', broken, join(FIXTURES, 'plan-en.md')], { LANG: 'en_US.UTF-8' });
  expect(bad.status).toBe(2);
  expect(bad.stderr.trim()).toBe(
    `jalon: ${broken}: the .docx document is truncated or damaged (incomplete copy or download?)`,
  );
  expect(JSON.parse(bad.stdout).files).toHaveLength(1);
});

it('writes the template', () => {
  const file = join(tempDir(), 'modele.docx');
  const r = jalon(['template', '--out', file]);
  expect(r.status).toBe(0);
  expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
});

describe('worker threads (--jobs)', () => {
  // A folder of drafts with every kind of outcome: read, unreadable in several ways, with and without findings.
  const dir = tempDir('jalon-jobs-');
  beforeAll(() => {
    mkdirSync(join(dir, 'sous-dossier'));
    for (const f of ['plan-fr.md', 'plan-en.md', 'notes.txt', 'plan-fr-v2.md'])
      copyFileSync(join(FIXTURES, f), join(dir, f));
    copyFileSync(join(FIXTURES, 'plan-fr.md'), join(dir, 'sous-dossier', 'copie.md'));
    const body = (n: number) =>
      p(`Engagement ${n} : publier les données`, '<w:pStyle w:val="Heading2"/>') +
      p('Le ministère va renforcer la transparence.') +
      p('Coût : 10 000 €');
    for (let i = 1; i <= 4; i++) writeFileSync(join(dir, `projet-${i}.docx`), docxFromXml({ body: body(i) }));
    writeFileSync(join(dir, 'casse.docx'), 'PK\u0003\u0004tronqué');
    writeFileSync(join(dir, 'xml-abime.docx'), docxFromXml({ body: '<w:p><w:r><w:t>ouvert</w:p>' }));
    writeFileSync(join(dir, 'vide.txt'), '');
  });

  it('reports are the same with one job or several, in every format; unreadable files said once, in order', () => {
    for (const format of ['text', 'json', 'md', 'html', 'csv', 'sarif']) {
      const one = jalon(['check', '--jobs', '1', '--format', format, dir]);
      const two = jalon(['check', '--jobs', '2', '--format', format, dir]);
      const auto = jalon(['check', '--format', format, dir]); // one per CPU
      expect(one.status).toBe(2);
      for (const other of [two, auto]) {
        expect(other.stdout).toBe(one.stdout);
        expect(other.stderr).toBe(one.stderr);
        expect(other.status).toBe(one.status);
      }
      // --out: the same report, unreadable files listed in it, nothing else left beside it.
      const outDir = tempDir('jalon-out-');
      const written = jalon([
        'check',
        '--jobs',
        '2',
        '--format',
        format,
        '--out',
        join(outDir, `revue.${format}`),
        dir,
      ]);
      expect(written.status).toBe(2);
      expect(readdirSync(outDir)).toEqual([`revue.${format}`]);
      const report = readFileSync(join(outDir, `revue.${format}`), 'utf8');
      if (format === 'text') expect(report.startsWith(one.stdout.trimEnd())).toBe(true);
      else expect(report).toBe(one.stdout);
      if (!['csv', 'sarif'].includes(format)) expect(report).toContain('casse.docx'); // one row per commitment; results only
    }
    const json = JSON.parse(jalon(['check', '--jobs', '3', '--format', 'json', dir]).stdout) as {
      files: { file: string }[];
      errors: { file: string }[];
    };
    expect(json.files.map((f) => f.file.slice(dir.length + 1))).toEqual([
      'notes.txt',
      'plan-en.md',
      'plan-fr-v2.md',
      'plan-fr.md',
      'projet-1.docx',
      'projet-2.docx',
      'projet-3.docx',
      'projet-4.docx',
      'sous-dossier/copie.md',
    ]);
    expect(json.errors.map((e) => e.file.slice(dir.length + 1))).toEqual(['casse.docx', 'vide.txt', 'xml-abime.docx']);
    const stderr = jalon(['check', '--jobs', '2', dir], { LANG: 'en_US.UTF-8' }).stderr;
    expect(stderr.trim().split('\n')).toEqual([
      `jalon: ${join(dir, 'casse.docx')}: the .docx document is truncated or damaged (incomplete copy or download?)`,
      `jalon: ${join(dir, 'vide.txt')}: the file is empty`,
      `jalon: ${join(dir, 'xml-abime.docx')}: the document's XML cannot be read (word/document.xml, line 2)`,
    ]);
  });

  it('the progress bar counts files as the workers finish them, on a terminal', async () => {
    const r = await runCli(['check', '--jobs', '2', '--format', 'json', dir], { LANG: 'fr_FR' }, true, {
      file: join(out, 'reader.cjs'),
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Lecture .*12\/12/);
    expect(r.stderr.match(/xml-abime\.docx : le XML/g)).toHaveLength(1);
    // Nothing of the bar is left after the last line: cleared, or an error line was written over it.
    expect(r.stderr.slice(r.stderr.lastIndexOf('\n') + 1)).toMatch(/^(|.*\r\x1b\[2K)$/s);
    expect(JSON.parse(r.stdout).files).toHaveLength(9);
  });

  it('house rules and a forced language reach the reader threads, which run the text checks: the same report', () => {
    const rules = join(__dirname, '../../../examples/house-rules.json');
    for (const extra of [
      ['--rules', rules],
      ['--lang', 'en'],
    ]) {
      const one = jalon(['check', '--jobs', '1', '--format', 'json', ...extra, dir]);
      const two = jalon(['check', '--jobs', '2', '--format', 'json', ...extra, dir]);
      expect(two.stdout).toBe(one.stdout);
      expect(two.status).toBe(one.status);
    }
  });

  it('a reader started ahead (as the executable does) that is gone before it is needed is replaced: no file is lost', async () => {
    const gone = join(tempDir(), 'gone.cjs');
    writeFileSync(gone, 'process.exit(4);\n');
    const early = startReader({ file: gone });
    await new Promise((resolve) => early.worker.once('exit', resolve));
    expect(early.ended).toBe('worker exited (4)');
    const r = await runCli(['check', '--jobs', '2', '--format', 'json', dir], { LANG: 'en_US' }, false, {
      file: join(out, 'reader.cjs'),
      started: [early],
    });
    expect(JSON.parse(r.stdout).files).toHaveLength(9);
    expect(r.stderr).not.toContain('worker exited');
  });
});
