// A locale that names no language (LANG=C.UTF-8, POSIX, unset: servers, CI) gives messages in the drafts' language,
// English when they are of both or none (audit 14, finding 20: French reports on English drafts).
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../../../src/core/messages';
import { runCli, tempDir } from './helpers';

jest.setTimeout(60_000);

const FIXTURES = join(__dirname, '../../fixtures/cli');
const EN = join(FIXTURES, 'plan-en.md');
const FR = join(FIXTURES, 'plan-fr.md');

describe.each([{ LANG: 'C.UTF-8' }, { LANG: 'POSIX' }, { LC_ALL: 'C' }, {}])('locale %j', (env) => {
  test('English drafts: English messages', async () => {
    const r = await runCli(['check', EN], env);
    expect(r.stdout).toMatch(/^plan-en\.md \(en\) — 2 commitments, \d+ findings/);
    expect(r.stderr + r.stdout).not.toMatch(/\bremarques?\b|Engagement \d/);
  });

  test('French drafts: French messages', async () => {
    const r = await runCli(['check', FR], env);
    expect(r.stdout).toMatch(/remarques?\b/);
  });

  test('a folder of French drafts: French; drafts of both languages: English', async () => {
    const dir = tempDir();
    copyFileSync(FR, join(dir, 'a.md'));
    expect((await runCli(['check', dir], env)).stdout).toMatch(/remarques?\b/);
    copyFileSync(EN, join(dir, 'b.md'));
    const both = await runCli(['check', dir], env);
    expect(both.stdout).toMatch(/findings?\b/);
    expect(both.stdout).not.toMatch(/remarques?\b/);
  });

  test('no draft (--help): English', async () => {
    const r = await runCli(['--help'], env);
    expect(r.stdout).toContain(cli.en.help.program);
  });
});

test('a locale of another language than French or English stays French; --lang wins over the drafts', async () => {
  expect((await runCli(['--help'], { LANG: 'de_DE.UTF-8' })).stdout).toContain(cli.fr.help.program);
  expect((await runCli(['check', '--lang', 'fr', EN], { LANG: 'C.UTF-8' })).stdout).toMatch(/remarques?\b/);
});
