// An earlier plan is named in the report's language (words audit, point 3): « Ce document reprend le plan antérieur
// « Canada 2018-2020 (4e plan) » », not the corpus's English label « Canada 2018-2020 (4th NAP) (FR) ».
import { buildCorpus, shippedCorpus, type Finding, type Lang } from '../../../src/core';
import { duplicate } from '../../../src/core/checks/duplicate';
import { earlierPlanName, namesPlan } from '../../../src/core/checks/duplicate/plan-names';
import { md, read } from '../commitments/helpers';
import { EARLIER_PLAN } from './earlier-plans';

const COMMITMENTS = EARLIER_PLAN.slice(0, 3);

/** The duplicate check's findings on a draft made of the commitments of an earlier plan labelled `plan`. */
function repeating(country: string, plan: string, lang: Lang, count = COMMITMENTS.length): Finding[] {
  const corpus = buildCorpus(COMMITMENTS.map(([title, text], i) => ({ country, plan, id: `${i + 1}`, title, text })));
  const body = COMMITMENTS.slice(0, count).flatMap(([title, text], i) => [`## Engagement ${i + 1} : ${title}`, text]);
  const source = md(['# Plan', ...body].join('\n'));
  return duplicate.run({ source, commitments: read(source, lang), options: { lang, earlierPlans: corpus } });
}

describe('an earlier plan named in the report’s language', () => {
  it('names the whole plan a document repeats in French and in English', () => {
    const [fr] = repeating('Canada', 'Canada 2018-2020 (4th NAP) (FR)', 'fr');
    expect(fr.message).toContain('le plan antérieur « Canada 2018-2020 (4e plan) »');
    const [en] = repeating('Canada', 'Canada 2018-2020 (4th NAP) (FR)', 'en');
    expect(en.message).toContain('the earlier plan "Canada 2018-2020 (4th plan)"');
    // The corpus's label stays the finding's data and fingerprint: the same in both languages.
    expect(fr.data).toMatchObject({ plan: 'Canada 2018-2020 (4th NAP) (FR)' });
    expect(fr.fingerprint).toBe(en.fingerprint);
  });

  it('names the plan of a commitment repeated alone, its country in French', () => {
    const [f] = repeating('Kyrgyz Republic', 'Kyrgyz Republic 2018-2020', 'fr', 1);
    expect(f.data!.kind).toBe('earlier-plan');
    expect(f.message).toContain('d’un plan antérieur : Kirghizistan 2018-2020, 1 (');
    const [en] = repeating('Kyrgyz Republic', 'Kyrgyz Republic 2018-2020', 'en', 1);
    expect(en.message).toContain('of an earlier plan: Kyrgyz Republic 2018-2020, 1 (');
  });

  it('keeps the label of a plan it does not know (an organisation’s own corpus)', () => {
    expect(earlierPlanName({ country: 'France', plan: 'PAN 2015-2017' }, 'fr')).toBe('PAN 2015-2017');
    expect(earlierPlanName({ country: 'Atlantis', plan: 'Atlantis 2020-2022' }, 'fr')).toBe('Atlantis 2020-2022');
  });

  it('knows every plan of the shipped corpus, in French without English words', () => {
    const plans = new Map(shippedCorpus().items.map((it) => [it.ref.plan, it.ref]));
    expect(plans.size).toBeGreaterThan(50);
    for (const ref of plans.values()) {
      expect([ref.plan, namesPlan(ref)]).toEqual([ref.plan, true]);
      expect(earlierPlanName(ref, 'fr')).not.toMatch(/\bNAP\b|\(FR\)|Republic|Fifth|United|Kingdom|Cote\b/);
      expect(earlierPlanName(ref, 'en')).not.toMatch(/\bNAP\b|\(FR\)/);
    }
  });
});
