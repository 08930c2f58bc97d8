// The shipped executable: built with webpack.cli.config.js into a temporary folder, run as a process.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, tempDir } from './helpers';

jest.setTimeout(120_000);
const out = tempDir('jalon-bundle-');
const bin = join(out, 'jalon.cjs');

beforeAll(() => {
  const root = join(__dirname, '../../..');
  execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--config', 'webpack.cli.config.js', '--output-path', out], {
    cwd: root,
    stdio: 'pipe',
  });
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
  expect(bad.stderr.trim()).toBe(`jalon: ${broken}: the .docx document is truncated or damaged (incomplete copy or download?)`);
  expect(JSON.parse(bad.stdout).files).toHaveLength(1);
});

it('writes the template', () => {
  const file = join(tempDir(), 'modele.docx');
  const r = jalon(['template', '--out', file]);
  expect(r.status).toBe(0);
  expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
});
