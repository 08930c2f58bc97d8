// « medium specificity (verifiable), 3/21 points » beside « low (not verifiable), 7/21 points » (issue 13, audit 14
// finding 16): a ministry read the points as the level and trusted neither. The reports people read say the level
// first, then the points named as what they are, the workshop's checklist (« grille de l’atelier : 3/21 »), in
// every line, table and legend that shows both.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../../../src/core';
import { plainSpaces, runCli, tempDir } from './helpers';

jest.setTimeout(60_000);

const PLAN = [
  '# Plan d’action national pour un gouvernement ouvert 2024-2026',
  '## Engagement 1 : Publier les données des marchés publics',
  'Porteur : direction des achats de l’État. Indicateur : part des marchés publiés. Cible : 100 % d’ici 2026.',
  'Jalons : schéma publié – juin 2025 ; portail ouvert – décembre 2026.',
  '## Engagement 2 : Renforcer la participation citoyenne',
  'Nous renforcerons la participation des citoyens.',
].join('\n\n');

describe.each(['fr', 'en'] as const)('the level, then the workshop checklist (%s)', (lang) => {
  const file = join(tempDir(), `plan-${lang}.md`);
  writeFileSync(file, PLAN);
  const words = cli[lang];
  const run = async (format: string) =>
    plainSpaces((await runCli(['check', '--lang', lang, '--format', format, file])).stdout);
  const checklist = (score: number, max: number) =>
    plainSpaces(words.checklistScore.replace('{{score}}', String(score)).replace('{{max}}', String(max)));

  it.each(['text', 'md', 'html'])('in the %s report', async (format) => {
    const json = JSON.parse(await run('json')) as {
      files: { commitments: { score: number; maxScore: number; level: string }[] }[];
    };
    const out = await run(format);
    const lines = out.split('\n');
    for (const c of json.files[0].commitments) {
      const said = checklist(c.score, c.maxScore);
      const level = plainSpaces(
        format === 'text' ? words.levelPhrase[c.level as 'low'] : words.levels[c.level as 'low'],
      );
      const withLevel = lines.filter((l) => l.includes(said));
      // The digest and the full list (html: both on the commitment's lines).
      expect(withLevel.length).toBeGreaterThanOrEqual(format === 'html' ? 1 : 2);
      for (const l of withLevel) {
        const at = l.indexOf(said);
        expect(l.lastIndexOf(level, at)).toBeGreaterThanOrEqual(0);
      }
    }
    // Never the bare « 3/21 points » beside a level.
    expect(out).not.toMatch(/\d+\/\d+ points/);
    if (format !== 'text') {
      // The summary's column and the legend name the checklist, not « Points ».
      expect(out).toContain(plainSpaces(words.checklist));
      expect(out).not.toMatch(/<th scope="col">Points<\/th>|\| Points \|/);
    }
  });
});
