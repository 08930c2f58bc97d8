// The level model's parts: the ordinal regression, the text counts, the rules that keep the level consistent with
// the points, the lens; and the folds the fit is cross-validated on.
import fc from 'fast-check';
import {
  fitOrdinal,
  LEVEL_MODEL,
  lensCounts,
  lensCountsUpTo,
  LENS_VALUES,
  lensOf,
  levelFrom,
  levelOfModelScore,
  levelOfScore,
  meanLoss,
  modelScore,
  textCounts,
  type LevelModel,
  type Observation,
  type TextCounts,
} from '../../../src/core/commitments/model';
import { foldSameLength } from '../../../src/core/dates';
import { auc, groupedFolds, random, spearman } from '../../../scripts/level-stats';
import {
  chooseLowShare,
  levelModel,
  LOW_SHARES,
  observation,
  quantileCuts,
  shippedLevel,
} from '../../../scripts/fit-level';
import type { Rated } from '../../../scripts/level-data';

describe('ordinal regression', () => {
  // Data drawn from a known model: the fit should find its signs, its order of magnitude and its cuts.
  function sample(n: number, seed: number): Observation[] {
    const rand = random(seed);
    const truth = { weights: [1.5, -1, 0], cuts: [-1, 1] };
    const obs: Observation[] = [];
    for (let i = 0; i < n; i++) {
      const x = [rand() * 2 - 1, rand() * 2 - 1, rand() * 2 - 1].map((v) => v * 2);
      const u = Math.min(Math.max(rand(), 1e-9), 1 - 1e-9);
      const eta = x.reduce((s, v, j) => s + v * truth.weights[j], 0) + Math.log(u / (1 - u)); // logistic noise
      const level = levelOfScore(truth, eta);
      obs.push({ x, lo: level, hi: level });
    }
    return obs;
  }

  it('recovers the weights and cuts of the model that made the data', () => {
    const m = fitOrdinal(sample(800, 1), { levels: 3, lambda: 0.1 });
    expect(m.weights[0]).toBeGreaterThan(1);
    expect(m.weights[1]).toBeLessThan(-0.6);
    expect(Math.abs(m.weights[2])).toBeLessThan(0.2);
    expect(m.cuts[0]).toBeLessThan(m.cuts[1]);
  });

  it('keeps non-negative weights at or above zero, and shrinks weights as the penalty grows', () => {
    const obs = sample(500, 2);
    const held = fitOrdinal(obs, { levels: 3, lambda: 0.1, nonNegative: [false, true, false] });
    expect(held.weights[1]).toBe(0);
    const loose = fitOrdinal(obs, { levels: 3, lambda: 0.1 });
    const tight = fitOrdinal(obs, { levels: 3, lambda: 1000 });
    expect(Math.abs(tight.weights[0])).toBeLessThan(Math.abs(loose.weights[0]));
    // The penalised fit explains the data less well than the loose one.
    expect(meanLoss(tight, obs)).toBeGreaterThan(meanLoss(loose, obs));
  });

  it('reads an interval as "one of these levels" (verifiable: medium or high)', () => {
    const rand = random(3);
    const obs: Observation[] = [];
    for (let i = 0; i < 400; i++) {
      const x = [rand() * 4 - 2];
      // Mostly "medium or high" above 0, "low" below, with some noise.
      const up = x[0] + (rand() - 0.5) > 0;
      obs.push(up ? { x, lo: 1, hi: 2 } : { x, lo: 0, hi: 0 });
    }
    obs.push({ x: [1.5], lo: 2, hi: 2 }, { x: [0.5], lo: 1, hi: 1 });
    const m = fitOrdinal(obs, { levels: 3, lambda: 1 });
    expect(m.weights[0]).toBeGreaterThan(0);
    expect(levelOfScore(m, m.weights[0] * -1.5)).toBe(0);
    expect(levelOfScore(m, m.weights[0] * 1.5)).toBeGreaterThanOrEqual(1);
  });

  it('is deterministic: the same data gives the same model', () => {
    const obs = sample(300, 4);
    expect(fitOrdinal(obs, { levels: 3, lambda: 3 })).toEqual(fitOrdinal(obs, { levels: 3, lambda: 3 }));
  });
});

describe('text counts', () => {
  it('counts concrete actions, vague-only sentences and figures that measure', () => {
    const c = textCounts(
      [
        'Engagement 2 : Registre',
        "Un décret créera le registre d'ici juin 2019.",
        'Renforcer le dialogue et promouvoir la transparence.',
        '1. Publier 40 jeux de données (articles 85, 131 et 133 du code).',
      ].join('\n'),
    );
    expect(c).toEqual({ sentences: 4, actions: 2, vague: 1, figures: 1 });
  });

  it('reads French and English alike', () => {
    const pairs = [
      ['La HATVP publiera le registre en ligne.', 'The HATVP will publish the register online.'],
      ['Renforcer et promouvoir la participation.', 'Strengthen and promote participation.'],
      [
        'Trois ateliers ont lieu ; 40 % des projets de décret sont soumis.',
        'Three workshops are held; 40% of draft decrees are submitted.',
      ],
    ];
    for (const [fr, en] of pairs) expect(textCounts(fr)).toEqual(textCounts(en));
  });

  it('does not take "open government" or "open data" for an action', () => {
    expect(textCounts('Support open government and open data.')).toMatchObject({ actions: 0, vague: 1 });
  });
});

describe('level rules', () => {
  const counts = (c: Partial<TextCounts>): TextCounts => ({ sentences: 1, actions: 0, vague: 0, figures: 0, ...c });
  const model: LevelModel = LEVEL_MODEL;
  const ITEMS = ['deliverable', 'dated-milestone', 'target', 'indicator', 'lead', 'cost'];
  const inputArb = fc.record({
    earned: fc.subarray(ITEMS),
    points: fc.integer({ min: 0, max: 21 }),
    actions: fc.integer({ min: 0, max: 30 }),
    vague: fc.integer({ min: 0, max: 10 }),
    figures: fc.integer({ min: 0, max: 30 }),
  });
  const input = (r: { earned: string[]; points: number; actions: number; vague: number; figures: number }) => ({
    earned: (id: string) => r.earned.includes(id),
    points: r.points,
    counts: counts({ sentences: r.actions + r.vague + 1, actions: r.actions, vague: r.vague, figures: r.figures }),
  });
  const RANK = { none: 0, low: 1, medium: 2, high: 3 };

  it('is never high without a target and a dated milestone, and none without deliverable, milestone or action', () => {
    fc.assert(
      fc.property(inputArb, (r) => {
        const { level, verifiable } = levelFrom(input(r), model);
        if (level === 'high') expect(r.earned.includes('target') && r.earned.includes('dated-milestone')).toBe(true);
        const nothing = !r.earned.includes('deliverable') && !r.earned.includes('dated-milestone') && r.actions === 0;
        expect(level === 'none').toBe(nothing);
        expect(verifiable).toBe(level === 'medium' || level === 'high');
      }),
    );
  });

  it('never lowers the level when an item is earned (its points added)', () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom(...ITEMS), fc.integer({ min: 1, max: 3 }), (r, item, points) => {
        fc.pre(!r.earned.includes(item));
        const before = levelFrom(input(r), model).level;
        const after = levelFrom(input({ ...r, earned: [...r.earned, item], points: r.points + points }), model).level;
        expect(RANK[after]).toBeGreaterThanOrEqual(RANK[before]);
      }),
    );
  });

  it('gives from the model score the same level as levelFrom (levelOfModelScore: what the fit asks)', () => {
    fc.assert(
      fc.property(inputArb, (r) => {
        expect(levelOfModelScore(input(r), modelScore(input(r), model), model)).toEqual(levelFrom(input(r), model));
      }),
    );
  });

  it('ships a fitted model: the points weigh for, vague-only sentences against', () => {
    expect(model.perPoint).toBeGreaterThan(0);
    expect(model.features.actions).toBeGreaterThan(0);
    expect(model.features.vagueShare).toBeLessThan(0);
    expect(model.cuts.medium).toBeLessThan(model.cuts.high);
  });
});

describe('lens', () => {
  it('counts each value from its cues, and keeps those at their threshold', () => {
    const c = lensCounts(
      foldSameLength("Publier en données ouvertes les avis ; consulter la société civile sur l'accès à l'information."),
    );
    expect(c.transparency).toBeGreaterThanOrEqual(2);
    expect(c.participation).toBeGreaterThanOrEqual(1);
    expect(c.accountability).toBe(0);
    expect(lensOf(c, { transparency: 2, participation: 3, accountability: 1 })).toEqual(['transparency']);
  });

  it('counted up to each threshold, gives the counts so capped and the same values served', () => {
    const cue = fc.constantFrom(
      'publier',
      'publication',
      'données ouvertes',
      'consulter',
      'société civile',
      'co-construire',
      'rendre compte',
      'redevabilité',
      'audit',
      'contrôle',
      'parlement',
      'transparence',
      'accountability',
      'public hearings',
    );
    const word = fc.oneof(cue, fc.constantFrom('le', 'de', 'plan', 'et', 'x', '.', '\n'), fc.string({ maxLength: 6 }));
    const threshold = fc.integer({ min: 0, max: 6 });
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 60 }),
        fc.record({ transparency: threshold, participation: threshold, accountability: threshold }),
        (words, thresholds) => {
          const folded = foldSameLength(words.join(' '));
          const all = lensCounts(folded);
          const upTo = lensCountsUpTo(folded, thresholds);
          for (const v of LENS_VALUES) expect(upTo[v]).toBe(Math.min(all[v], thresholds[v]));
          expect(lensOf(upTo, thresholds)).toEqual(lensOf(all, thresholds));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the lens reads what a commitment says, not its template’s questions', () => {
  const plan = (answer: string) =>
    [
      '# Engagement 1 : Un registre des subventions',
      'Action concrète (texte, norme, outil) : un arrêté crée le registre des subventions.',
      `Contribution à la transparence, à la redevabilité, à la participation : ${answer}`,
    ].join('\n\n');
  const read = async (md: string) => {
    const { analyze, fromPlainText, explainCommitment } = await import('../../../src/core');
    const analysis = analyze(fromPlainText(md, { markdown: true }), { lang: 'fr' });
    const c = analysis.commitments[0];
    // A commitment the reading did not keep (cloned back from the pane's worker) is read again for its explanation.
    return { lens: c.lens, explained: explainCommitment(analysis, structuredClone(c), 'fr').lens };
  };

  it('a label naming the values claims none of them; the answer does', async () => {
    expect(await read(plan('à préciser.'))).toEqual({ lens: [], explained: [] });
    const published = await read(plan('le registre est publié chaque mois en données ouvertes.'));
    expect(published.lens).toContain('transparency');
    expect(published.explained).toEqual(published.lens);
  });
});

describe('cross-validation helpers', () => {
  it('keeps every group in one fold, and spreads the strata over the folds', () => {
    const rand = random(5);
    const groups = Array.from({ length: 300 }, () => `g${Math.floor(rand() * 60)}`);
    const strata = groups.map((_, i) => (i % 4 === 0 ? 'rare' : 'common'));
    const folds = groupedFolds(groups, strata, 5, 1);
    const foldOf = new Map<string, number>();
    groups.forEach((g, i) => {
      expect(foldOf.get(g) ?? folds[i]).toBe(folds[i]);
      foldOf.set(g, folds[i]);
    });
    for (let k = 0; k < 5; k++) {
      const rare = strata.filter((s, i) => s === 'rare' && folds[i] === k).length;
      expect(rare).toBeGreaterThan(5);
    }
    expect(groupedFolds(groups, strata, 5, 1)).toEqual(folds);
  });

  it('measures rank agreement and the AUC', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1);
    expect(auc([0.9, 0.8, 0.2, 0.1], [true, true, false, false])).toBe(1);
    expect(auc([0.5, 0.5], [true, false])).toBe(0.5);
  });
});

describe('fit script', () => {
  const rated = (x: number, r: Partial<Rated>): Rated => ({ x: [x, 0, 0, 0], ...r }) as Rated;

  it('reads specificity as an exact level and "verifiable" as an interval', () => {
    expect(observation(rated(1, { specificity: 0 }))).toMatchObject({ lo: 0, hi: 0 });
    expect(observation(rated(1, { specificity: 1 }))).toMatchObject({ lo: 0, hi: 0 });
    expect(observation(rated(1, { specificity: 3 }))).toMatchObject({ lo: 2, hi: 2 });
    expect(observation(rated(1, { verifiable: true }))).toMatchObject({ lo: 1, hi: 2 });
    expect(observation(rated(1, { verifiable: false }))).toMatchObject({ lo: 0, hi: 0 });
    expect(observation(rated(1, {}))).toBeUndefined();
  });

  it('places the cuts so that the levels come out in the IRM proportions, then scales them to 1 and 2', () => {
    // 10 rated commitments: 2 Low, 3 Medium, 5 High, scored 0..9 by the first feature.
    const rows = [1, 1, 2, 2, 2, 3, 3, 3, 3, 3].map((s, i) => rated(i, { specificity: s }));
    const cuts = quantileCuts(rows, [1, 0, 0, 0]);
    expect(cuts).toEqual({ medium: 1.5, high: 4.5 });
    const m = levelModel(
      rows,
      { weights: [1, 0, 0, 0], cuts: [0, 1] },
      { transparency: 1, participation: 1, accountability: 1 },
    );
    const score = (x: number) => m.offset + m.perPoint * x;
    expect(rows.map((r) => (score(r.x[0]) >= 2 ? 3 : score(r.x[0]) >= 1 ? 2 : 1))).toEqual(
      rows.map((r) => r.specificity),
    );
  });

  const lens = { transparency: 1, participation: 1, accountability: 1 };

  it('puts a chosen share below medium on the same scale as the IRM proportions', () => {
    // 20 rated commitments scored 0..19: 2 Low, 8 Medium, 10 High.
    const rows = Array.from({ length: 20 }, (_, i) => rated(i, { specificity: i < 2 ? 1 : i < 10 ? 2 : 3 }));
    const ordinal = { weights: [1, 0, 0, 0], cuts: [0, 1] };
    const irm = levelModel(rows, ordinal, lens);
    const wider = levelModel(rows, ordinal, lens, 0.25);
    // The score's scale is the IRM's either way; only the low cut moves, to where a quarter of them ends.
    expect([wider.perPoint, wider.offset, wider.cuts.high]).toEqual([irm.perPoint, irm.offset, irm.cuts.high]);
    const score = (x: number) => wider.offset + wider.perPoint * x;
    expect(rows.filter((r) => score(r.x[0]) < wider.cuts.medium)).toHaveLength(5);
    expect(rows.filter((r) => score(r.x[0]) < irm.cuts.medium)).toHaveLength(2);
  });

  // Commitments read as Jalon reads them: a deliverable (so never "none"), no target (so never "high"), and
  // `points` points; the text counts add nothing.
  const drafted = (points: number, r: Partial<Rated>): Rated =>
    ({
      x: [points, 0, 0, 0],
      checklist: [
        { id: 'deliverable', earned: true, points },
        { id: 'target', earned: false, points: 2 },
      ],
      counts: { sentences: 1, actions: 0, vague: 0, figures: 0 },
      ...r,
    }) as unknown as Rated;

  it('chooses the share of low levels whose shipped levels rank unseen countries best', () => {
    // 60 countries of one commitment each; the IRM rates by the points: the lowest tenth Low, the next 40 % Medium,
    // the rest High. The cap keeps them all below high, so the level can only tell the low from the others: the
    // IRM's own share (10 %) separates Low from the rest, a wider share also some Medium from High.
    const rows = Array.from({ length: 60 }, (_, i) =>
      drafted(i % 20, { country: `c${i}`, specificity: i % 20 < 2 ? 1 : i % 20 < 10 ? 2 : 3 }),
    );
    const share = chooseLowShare(rows, 10, 1);
    expect(share).toBe(Math.max(...LOW_SHARES));
    const model = levelModel(rows, { weights: [1, 0, 0, 0], cuts: [0, 1] }, lens, share);
    const irm = levelModel(rows, { weights: [1, 0, 0, 0], cuts: [0, 1] }, lens);
    const rho = (m: LevelModel) =>
      spearman(
        rows.map((r) => shippedLevel(r, m)),
        rows.map((r) => r.specificity!),
      );
    expect(rows.every((r) => shippedLevel(r, model) <= 2)).toBe(true);
    expect(rho(model)).toBeGreaterThan(rho(irm) + 0.1);
  });
});
