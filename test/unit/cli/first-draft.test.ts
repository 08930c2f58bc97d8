// The reader thread the executable starts ahead reads the batch's first draft while the main thread is still
// loading the command line (issue 16, the .docx batch: the main thread's first plan half waits for that draft).
// It guesses the draft from the raw arguments: the guess must be the draft the pool hands out first, and a draft
// read ahead must give the reader's answer a draft read when asked gives.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftPaths, VALUED_OPTIONS } from '../../../src/cli/threads';
import { firstDraft, readEarly, readForWire } from '../../../src/cli/worker';
import { docxFromXml, FIXTURES, p, runCli, tempDir } from './helpers';

const dir = tempDir('jalon-first-');
const sub = join(dir, 'a-sous-dossier');
mkdirSync(sub);
writeFileSync(join(dir, 'b-projet.docx'), docxFromXml({ body: p('Engagement 1 : publier les données.') }));
writeFileSync(join(dir, 'c-plan.md'), '# Engagement 1 : ouvrir le registre\n\nLe ministère publiera le registre.\n');
writeFileSync(join(sub, 'projet.txt'), 'Le ministère va renforcer la transparence.\n');
writeFileSync(join(dir, 'casse.docx'), 'PK\u0003\u0004 tronqué');
writeFileSync(join(dir, 'vide.txt'), '');
const rules = join(__dirname, '../../../examples/house-rules.json');

/** The files of a JSON report, in the order the command reviewed them. */
async function reviewed(args: string[]): Promise<string[]> {
  const r = await runCli(['check', '--format', 'json', '--jobs', '1', ...args]);
  return (JSON.parse(r.stdout) as { files: { file: string }[] }).files.map((f) => f.file);
}

describe('the first draft, guessed from the arguments', () => {
  it.each([
    [[dir]],
    [['--lang', 'en', dir]],
    [['--text-lang', 'fr', '--rules', rules, dir]],
    [[join(dir, 'c-plan.md'), dir]],
    [['--all', '--lang=en', join(dir, 'b-projet.docx'), '--rules', rules, sub]],
    [['--', join(dir, 'c-plan.md')]],
  ])('is the first the command reviews: check %p', async (args) => {
    expect(firstDraft(['check', '--format', 'json', '--jobs', '1', ...args])).toBe((await reviewed(args))[0]);
  });

  it('takes no option value for a path, whichever option of check takes one', async () => {
    const help = (await runCli(['check', '--help'])).stdout;
    const valued = [...help.matchAll(/^\s+(--[a-z-]+) </gm)].map((m) => m[1]);
    expect(valued.length).toBeGreaterThan(5);
    expect([...VALUED_OPTIONS].sort()).toEqual(valued.sort());
    for (const option of valued) expect(draftPaths(['check', option, 'x.md', 'projet.docx'])).toEqual(['projet.docx']);
  });

  it('is none for other commands, or without a path', () => {
    expect(firstDraft(['template', '--out', join(dir, 'c-plan.md')])).toBeUndefined();
    expect(firstDraft(['check', '--format', 'md'])).toBeUndefined();
    expect(firstDraft(['check', join(dir, 'absent')])).toBeUndefined();
  });
});

describe('a draft read ahead', () => {
  const files = [
    join(dir, 'b-projet.docx'),
    join(dir, 'c-plan.md'),
    join(sub, 'projet.txt'),
    join(dir, 'casse.docx'),
    join(dir, 'vide.txt'),
    join(dir, 'absent.docx'),
    join(FIXTURES, 'plan-fr.md'),
  ];
  it.each(files)('gives the answer a draft read when asked gives, errors included: %s', (file) => {
    for (const options of [{}, { lang: 'en' as const }]) {
      const early = readEarly(file);
      expect(readForWire(file, options, early)).toEqual(readForWire(file, options));
    }
  });
});
