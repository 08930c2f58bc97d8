// The blank template Jalon writes, checked as it is: each missing field's remark is placed under the commitment's
// heading without an empty quote (audit 14, finding 23: « to add under its heading: » and nothing).
import { join } from 'node:path';
import { runCli, tempDir } from './helpers';

jest.setTimeout(60_000);

test.each([
  ['en', 'en_US.UTF-8', 'commitment 1, to add under its heading (still to write)  '],
  ['fr', 'fr_FR.UTF-8', 'engagement 1, à ajouter sous son titre (encore à écrire)  '],
])('%s', async (lang, LANG, said) => {
  const file = join(tempDir(), 'blank.docx');
  expect((await runCli(['template', '--lang', lang, '--out', file], { LANG })).code).toBe(0);
  const r = await runCli(['check', file], { LANG });
  const lines = r.stdout.split('\n').filter((l) => /^ {4}(commitment|engagement) 1,/.test(l));
  expect(lines.length).toBeGreaterThan(3);
  for (const line of lines) expect(line).toContain(said);
  expect(r.stdout).not.toMatch(/(heading|titre) ?: {2}/);
});
