// A draft too short to tell its language from (audit14 #2): the text, Markdown and HTML reports say, under the draft,
// that its language was guessed and how to set it, in the report's language; with --text-lang, or on a draft whose
// words tell, they say nothing of it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, runCli, tempDir } from './helpers';

const SKELETON =
  '# Plan\n\n## Commitment 1: Open data\n\nLead: Treasury Board Secretariat.\n\nMilestones: 50 datasets published – June 2024.\n';

function skeleton(): string {
  const file = join(tempDir(), 'tiny.md');
  writeFileSync(file, SKELETON);
  return file;
}

const EN_LINE = 'Language of the text guessed from few words: English. If it is in French, give --text-lang fr.';
const FR_LINE = 'Langue du texte devinée sur peu de mots : français. S’il est en anglais, indiquez --text-lang en.';

test.each(['text', 'md', 'html'])(
  'the %s report says the language was guessed, in its own language',
  async (format) => {
    const file = skeleton();
    const en = await runCli(['check', '--format', format, file], { LANG: 'en_US.UTF-8' });
    expect(en.code).not.toBe(2);
    expect(en.stdout).toContain(EN_LINE);
    const fr = await runCli(['check', '--format', format, file], { LANG: 'fr_FR.UTF-8' });
    // HTML and Markdown keep French typography's no-break spaces before « : » and « ? »: compared without them.
    expect(fr.stdout.replace(/[\u00a0\u202f]|&nbsp;/g, ' ')).toContain(FR_LINE);
  },
);

test('with --text-lang, or on a draft whose words tell, the reports say nothing of a guess', async () => {
  const forced = await runCli(['check', '--text-lang', 'en', skeleton()], { LANG: 'en_US.UTF-8' });
  expect(forced.stdout).toContain('tiny.md (en)');
  expect(forced.stdout).not.toContain('guessed from few words');
  const told = await runCli(['check', '--format', 'md', join(FIXTURES, 'plan-en.md')], { LANG: 'en_US.UTF-8' });
  expect(told.stdout).not.toContain('guessed from few words');
});
