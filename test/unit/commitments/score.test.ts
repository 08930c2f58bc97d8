import { MAX_SCORE, planSummary, formatPlanSummary } from '../../../src/core/commitments';
import { fixture, md, read, readMd } from './helpers';

describe('score and level', () => {
  const es = read(md(fixture('plan-fr.md')));

  it('gives every checklist item to a complete engagement, and level high', () => {
    expect(es[0].score).toBe(MAX_SCORE);
    expect(es[0].maxScore).toBe(MAX_SCORE);
    expect(es[0].checklist.every((c) => c.earned)).toBe(true);
    expect(es[0].level).toBe('high');
  });

  it('explains each point: label, points, how to earn it, in the language', () => {
    const e = es[1];
    expect(e.score).toBe(e.checklist.filter((c) => c.earned).reduce((s, c) => s + c.points, 0));
    const cost = e.checklist.find((c) => c.id === 'cost')!;
    expect(cost).toMatchObject({ earned: false, points: 1, label: 'Un coût estimé' });
    expect(cost.howToEarn).toMatch(/ETP/);
    const [en] = readMd('## Commitment 1: Data\nText.', 'en');
    expect(en.checklist.find((c) => c.id === 'cost')!.label).toBe('An estimated cost');
  });

  it('orders levels as the IRM does: none < low < medium < high', () => {
    const [none, low, medium, high] = readMd(
      [
        '## Engagement 1 : Culture du dialogue',
        "Favoriser l'esprit d'ouverture.",
        '## Engagement 2 : Transparence de la vie publique',
        "L'esprit d'ouverture sera développé d'ici fin 2019.",
        "## Engagement 3 : Registre des représentants d'intérêts",
        "Un décret créera un registre des représentants d'intérêts.",
        "## Engagement 4 : Registre des représentants d'intérêts",
        "Un décret créera un registre des représentants d'intérêts.",
        'Jalons : publication du décret – mars 2019 ; ouverture du registre – 1er juillet 2019',
        'Porteur : HATVP',
      ].join('\n'),
    );
    expect([none.level, low.level, medium.level, high.level]).toEqual(['none', 'low', 'medium', 'high']);
    expect(none.score).toBeLessThan(low.score);
    expect(low.score).toBeLessThan(medium.score);
    expect(medium.score).toBeLessThan(high.score);
  });

  it('vague verbs alone do not lower the score', () => {
    const plain = readMd("## Engagement 1 : Registre\nLa HATVP publiera le registre en ligne d'ici juin 2019.")[0];
    const vague = readMd(
      "## Engagement 1 : Registre\nAfin de renforcer et promouvoir la transparence, la HATVP publiera le registre en ligne d'ici juin 2019.",
    )[0];
    expect(vague.score).toBe(plain.score);
    expect(vague.level).toBe(plain.level);
  });
});

describe('plan summary', () => {
  it('sums points per engagement and overall, counts levels, missing fields and milestone progress', () => {
    const es = read(md(fixture('plan-fr.md')));
    const s = planSummary(es);
    expect(s.commitments.map((r) => r.score)).toEqual(es.map((e) => e.score));
    expect(s.score).toBe(es.reduce((a, e) => a + e.score, 0));
    expect(s.maxScore).toBe(3 * MAX_SCORE);
    expect(s.levels.high + s.levels.medium + s.levels.low + s.levels.none).toBe(3);
    expect(s.missing[0].count).toBeGreaterThanOrEqual(s.missing[s.missing.length - 1].count);
    expect(s.milestones.total).toBe(3);
    expect(s.milestones.byStatus).toMatchObject({ complete: 1, limited: 1, unknown: 1 });
    // complete (1) and limited (1/3) over the two tracked milestones
    expect(s.progress).toBeCloseTo(2 / 3);
    expect(s.commitments[0].progress).toBeCloseTo(2 / 3);
    const text = formatPlanSummary(s, 'fr');
    expect(text).toContain(
      `Engagement 1 : Publier les données essentielles de la commande publique — ${MAX_SCORE}/${MAX_SCORE} points, précision élevée`,
    );
    expect(text).toMatch(/À ajouter : .*Coût et moyens/);
    expect(formatPlanSummary(s, 'en')).toMatch(/^Total: \d+\/\d+ points/m);
  });
});
