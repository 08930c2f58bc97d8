// The command line's lines on stderr in the typography of their language (words audit, point 4): a space before the
// colon in French, as the reports write it (the template's `colon`); the English form, the one tools parse, as it was.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { colon } from '../../../src/core';
import { runCli, tempDir } from './helpers';

describe('a line on stderr', () => {
  const dir = tempDir();
  const missing = join(dir, 'absent.md');

  it('puts the French colon after « jalon » and after the file, the English one in English', async () => {
    const fr = await runCli(['check', missing], { LANG: 'fr_FR.UTF-8' });
    expect(fr.stderr).toBe(`jalon${colon('fr')} ${missing}${colon('fr')} fichier introuvable\n`);
    expect(fr.stderr).toBe(`jalon : ${missing} : fichier introuvable\n`);
    // English: the form tools parse, as it was.
    const en = await runCli(['check', missing], { LANG: 'en_GB.UTF-8' });
    expect(en.stderr).toBe(`jalon: ${missing}: file not found\n`);
  });

  it('after a house rule’s place, its line and column kept as they are written', async () => {
    const rules = join(dir, 'regles.json');
    writeFileSync(rules, '{ "rules": { "inconnue": "off" } }');
    const draft = join(dir, 'plan.md');
    writeFileSync(draft, '# Engagement 1 : Publier les données\n\nLe ministère publiera les données.\n');
    const fr = await runCli(['check', '--rules', rules, draft], { LANG: 'fr_FR.UTF-8' });
    expect(fr.stderr).toMatch(new RegExp(`^jalon : ${rules}:1:\\d+ : \\S`));
    const en = await runCli(['check', '--rules', rules, draft], { LANG: 'en_GB.UTF-8' });
    expect(en.stderr).toMatch(new RegExp(`^jalon: ${rules}:1:\\d+: \\S`));
  });
});
