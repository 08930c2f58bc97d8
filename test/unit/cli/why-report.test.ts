// What the reports say about a commitment's level and what they ask its author: the why in plain words (no score,
// no cut), and each question asked once (the milestones as the commitment stands).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, fields, score } from '../../../src/core/messages';
import { runCli, tempDir } from './helpers';

const REGISTER = 'La HATVP publiera le registre des représentants d’intérêts.';
const PLAN_FR = [
  '# Plan',
  '## Engagement 1 : Sans jalon',
  REGISTER,
  '## Engagement 2 : Jalons sans date',
  REGISTER,
  'Jalons :\n\n- Consultation des associations\n- Publication du registre',
  '## Engagement 3 : Un jalon daté',
  REGISTER,
  'Jalons :\n\n- Registre publié – juin 2019',
].join('\n\n');
const PLAN_EN = [
  '# Plan',
  '## Commitment 1: No milestone',
  'The agency will publish the lobbying register.',
  '## Commitment 2: Undated milestones',
  'The agency will publish the lobbying register.',
  'Milestones:\n\n- Consultation with associations\n- Register published',
  '## Commitment 3: One dated milestone',
  'The agency will publish the lobbying register.',
  'Milestones:\n\n- Register published – June 2019',
].join('\n\n');

async function mdReport(text: string, lang: 'fr' | 'en', format = 'md'): Promise<string> {
  const file = join(tempDir(), `plan-${lang}.md`);
  writeFileSync(file, text);
  const r = await runCli(['check', '--format', format, '--lang', lang, file]);
  expect(r.code).not.toBe(2);
  return r.stdout;
}

/** The md report's full list, commitment by commitment (after the digest and the examples). */
const fullList = (md: string, lang: 'fr' | 'en'): string => md.slice(md.indexOf(`### ${cli[lang].allRemarks}`));

/** Each commitment's questions for the author, in order (the md report's lists). */
function questionsOf(md: string, lang: 'fr' | 'en'): string[][] {
  const heading = `#### ${cli[lang].questions}`;
  return fullList(md, lang)
    .split(/\n### /)
    .slice(1)
    .map((section) => {
      const at = section.indexOf(heading);
      if (at < 0) return [];
      return section
        .slice(at + heading.length)
        .split('\n')
        .filter((l) => l.startsWith('- '))
        .map((l) => l.slice(2));
    });
}

describe('questions for the author', () => {
  it.each(['fr', 'en'] as const)('asks about the milestones once, as the commitment stands (%s)', async (lang) => {
    const md = await mdReport(lang === 'fr' ? PLAN_FR : PLAN_EN, lang);
    const none = fields[lang].milestones.question;
    const undated = cli[lang].undatedMilestones;
    const first = score[lang].items['dated-milestone'].howToEarn;
    const second = score[lang].items['milestone-path'].howToEarn;
    const prompts = [none, undated, first, second];
    const asked = questionsOf(md, lang).map((qs) => qs.filter((q) => prompts.includes(q)));
    // The missing milestones' question is the remark above the questions (with its example), not asked twice.
    expect(asked).toEqual([[], [undated], [second]]);
    expect(
      fullList(md, lang)
        .split(/\n### /)[1]
        .split(`#### ${cli[lang].questions}`)[0],
    ).toContain(none);
    // And nothing else twice: the end date is the calendar's question when the calendar is missing.
    for (const qs of questionsOf(md, lang)) {
      expect(new Set(qs).size).toBe(qs.length);
      if (qs.includes(fields[lang].calendar.question))
        expect(qs).not.toContain(score[lang].items['end-date'].howToEarn);
    }
  });
});

describe('why this level', () => {
  it.each(['fr', 'en'] as const)('says it in words, without the model’s score or cuts (%s)', async (lang) => {
    const md = await mdReport(lang === 'fr' ? PLAN_FR : PLAN_EN, lang);
    const json = JSON.parse(await mdReport(lang === 'fr' ? PLAN_FR : PLAN_EN, lang, 'json')) as {
      files: {
        commitments: { level: string; why: { summary: string; score: number; cuts: Record<string, number> } }[];
      }[];
    };
    const why = md.split('\n').filter((l) => l.startsWith(`${cli[lang].why}`));
    const commitments = json.files[0].commitments;
    expect(why).toHaveLength(commitments.length);
    for (const [k, c] of commitments.entries()) {
      // The numbers stay in the JSON report, for tools; people read words.
      expect(typeof c.why.score).toBe('number');
      for (const x of [c.why.score, c.why.cuts.medium, c.why.cuts.high]) {
        expect(why[k]).not.toContain(x.toFixed(2));
        expect(why[k]).not.toContain(x.toFixed(2).replace('.', ','));
      }
      expect(why[k]).toContain(c.why.summary);
      expect(c.why.summary).toContain(score[lang].level[c.level as 'medium']);
    }
  });
});
