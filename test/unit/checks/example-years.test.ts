// The years of the vague phrases' advice are the plan's (issue 13): the hedge's condition (« si le budget 2026 est
// voté ») and the vague quantity's suggestion (« N de plus qu’en 2024 ») are dated from the plan's title, as the vague
// deadline's note is; a plan that states no period keeps the example's years.
import { analyze } from '../../../src/core/analyze';
import { EXAMPLE_YEAR } from '../../../src/core/checks/lexicon/phrase-check';
import { fromPlainText } from '../../../src/core/source';
import type { RuleId } from '../../../src/core/checks/ids';
import type { Lang } from '../../../src/core/types';

const PLAN = {
  fr: (title: string) =>
    `${title}\n\n## Engagement 1 : Données ouvertes\n\n` +
    'Le ministère publiera, dans la mesure du possible, davantage de jeux de données sur les subventions.\n',
  en: (title: string) =>
    `${title}\n\n## Commitment 1: Open data\n\n` +
    'The ministry will publish, where possible, the register of grants.\n',
};
const finding = (text: string, id: RuleId, lang: Lang) =>
  analyze(fromPlainText(text, { markdown: true }), { lang, earlierPlans: null }).findings.find((f) => f.ruleId === id)!;

describe('the vague phrases’ example years', () => {
  it('the hedge’s condition names the plan’s last year', () => {
    const fr = finding(PLAN.fr('# Plan d’action national 2018-2020'), 'hedge', 'fr');
    expect(fr.note).toContain('« si le budget 2020 est voté »');
    const en = finding(PLAN.en('# National Action Plan 2019-2021'), 'hedge', 'en');
    expect(en.note).toContain('"if the 2021 budget passes"');
  });

  it('« N de plus qu’en … » names the year before the plan', () => {
    const f = finding(PLAN.fr('# Plan d’action national 2018-2020'), 'vague-quantity', 'fr');
    expect(f.actual).toBe('davantage');
    expect(f.expected).toContain('N de plus qu’en 2017');
    expect(f.expected.join(' ')).not.toMatch(/2024|2026/);
  });

  it('the plan’s period, not the reader’s language, dates an English reader’s report of a French plan', () => {
    const text = PLAN.fr('# Plan d’action national 2015-2017');
    const hedge = analyze(fromPlainText(text, { markdown: true }), {
      lang: 'fr',
      messages: 'en',
      earlierPlans: null,
    }).findings.find((f) => f.ruleId === 'hedge')!;
    expect(hedge.note).toContain('"if the 2017 budget passes"');
  });

  it('a plan without a period keeps the example’s years', () => {
    const text = PLAN.fr('# Plan d’action national');
    expect(finding(text, 'hedge', 'fr').note).toContain(`« si le budget ${EXAMPLE_YEAR} est voté »`);
    expect(finding(text, 'vague-quantity', 'fr').expected).toContain(`N de plus qu’en ${EXAMPLE_YEAR - 2}`);
  });
});
