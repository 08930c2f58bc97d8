// A draft too short to tell its language from (audit14 #2): read in the messages' language, and said so on stderr
// with the option that reads it otherwise; a draft whose words tell is read in its own language, nothing said.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, runCli, tempDir } from './helpers';

const SKELETON =
  '# Plan\n\n## Commitment 1: Open data\n\nLead: Treasury Board Secretariat.\n\nMilestones: 50 datasets published – June 2024.\n';

test('a skeleton of labels under an English LANG is read as English, and the guess is said', async () => {
  const file = join(tempDir(), 'tiny.md');
  writeFileSync(file, SKELETON);
  const en = await runCli(['check', file], { LANG: 'en_US.UTF-8' });
  expect(en.stdout).toContain('tiny.md (en)');
  expect(en.stdout).not.toContain('données');
  expect(en.stderr).toContain(
    `${file}: language guessed from too little text: it is read as English, the language of the messages; if it is in French, run again with --text-lang fr`,
  );
  // A French reader of the same skeleton: read as French, said in French.
  const fr = await runCli(['check', file], { LANG: 'fr_FR.UTF-8' });
  expect(fr.stdout).toContain('tiny.md (fr)');
  expect(fr.stderr).toContain('langue devinée sur trop peu de texte');
  // --text-lang settles it: nothing to say.
  const forced = await runCli(['check', '--text-lang', 'fr', file], { LANG: 'en_US.UTF-8' });
  expect(forced.stdout).toContain('tiny.md (fr)');
  expect(forced.stderr).not.toContain('too little text');
});

test('a draft whose words tell its language is read in it, nothing said', async () => {
  const r = await runCli(['check', join(FIXTURES, 'plan-fr.md')], { LANG: 'en_GB.UTF-8' });
  expect(r.stdout).toContain('plan-fr.md (fr)');
  expect(r.stderr).not.toContain('too little text');
});
