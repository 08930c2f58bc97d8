// The field examples written beside the cues' data (commitments/lexicon.ts): an amount compared with is a threshold,
// not a cost; a value with its year before the plan is a baseline (audit11, finding 3); partners named in the actions
// (« Collaborer avec Lacuna Fund ») are the partners (finding 17).
import { BASELINE_EXAMPLES, COST_EXAMPLES, PARTNER_EXAMPLES } from '../../../src/core/commitments/lexicon';
import { readMd } from './helpers';

const lang = (s: string) => (/[éèàçù’]|\b(?:le|la|les|des|du)\b/i.test(s) ? 'fr' : 'en');
const fieldsOf = (sentence: string, title = '') =>
  readMd(`${title}\n\n## Engagement 1 : Commande publique\n\n${sentence}\n`, lang(sentence))[0];

describe('cost examples', () => {
  it.each(COST_EXAMPLES.cost)('gives a cost: %s', (s) => {
    const e = fieldsOf(s);
    expect(e.fields.cost?.text).toBeDefined();
    expect(e.missing).not.toContain('cost');
  });
  it.each(COST_EXAMPLES.pass)('gives no cost: %s', (s) => {
    const e = fieldsOf(s);
    expect(e.fields.cost).toBeUndefined();
    expect(e.missing).toContain('cost');
  });
  it('a labelled amount is a cost, « plus de » or not', () => {
    expect(fieldsOf('Publier les marchés.\n\nCoût : plus de 90 000 €').missing).not.toContain('cost');
    expect(fieldsOf('Publish the contracts.\n\nCost: over $90,000').missing).not.toContain('cost');
    // People or posts under a label of means are the cost, without a word of means in their sentence.
    expect(fieldsOf('Publier les marchés.\n\nMoyens : 2 agents.').missing).not.toContain('cost');
  });
});

describe('baseline examples', () => {
  it.each(BASELINE_EXAMPLES.baseline)('gives a baseline: %s', (s) => {
    const e = fieldsOf(s);
    expect(e.fields.baseline?.text).toMatch(/^(?:de |from )?\d.*(?:en|in) 20\d\d$/);
    expect(e.missing).not.toContain('baseline');
  });
  it.each(BASELINE_EXAMPLES.pass)('gives no baseline: %s', (s) => {
    expect(fieldsOf(s).fields.baseline).toBeUndefined();
  });
  it('measures the year against the plan’s period when the title states it', () => {
    const title = '# Plan d’action national pour la France 2015-2017';
    const line = (v: string) => `Publier 100 % des marchés d’ici décembre 2017 (${v}).`;
    expect(fieldsOf(line('0 % en 2015'), title).fields.baseline?.text).toBe('0 % en 2015');
    // After the plan's start: an intermediate target, not where things stood.
    expect(fieldsOf(line('50 % en 2016'), title).fields.baseline).toBeUndefined();
  });
});

describe('partner examples', () => {
  const milestone = (s: string) => `${lang(s) === 'fr' ? 'Jalons' : 'Milestones'} :\n\n- ${s}`;
  it.each(PARTNER_EXAMPLES.partners)('names partners, as a milestone: %s', (s) => {
    expect(fieldsOf(milestone(s)).missing).not.toContain('partners');
  });
  it.each(PARTNER_EXAMPLES.pass)('names none: %s', (s) => {
    expect(fieldsOf(milestone(s)).missing).toContain('partners');
  });
  it('the commitment’s lead is not its own partner', () => {
    const lead = 'Porteur : Statistique Canada\n\n';
    const working = (name: string) =>
      `${lead}${milestone(`Collaborer avec ${name} pour publier les données d’ici 2025.`)}`;
    expect(fieldsOf(working('Statistique Canada')).missing).toContain('partners');
    expect(fieldsOf(working('Lacuna Fund')).missing).not.toContain('partners');
  });
});
