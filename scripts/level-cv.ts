// Cross-validation of the level model, as the eval reports it: repeated stratified 5-fold grouped by country
// (no country's commitments are both in training and in test), nested (the penalty and the lens thresholds are
// chosen inside each training part). Every figure is on commitments the fit never saw.
import {
  levelInput,
  levelOfModelScore,
  modelScore,
  lensOf,
  LENS_VALUES,
  type LevelModel,
} from '../src/core/commitments/model';
import type { OpenGovValue, SpecificityLevel } from '../src/core/types';
import {
  chooseLowShare,
  choosePenalty,
  chooseLensThresholds,
  fitOn,
  FOLDS,
  lexiconFactor,
  levelModel,
  stratum,
  withLexicon,
} from './fit-level';
import { fitLexicon, lexiconScore } from './level-lexicon';
import type { Rated } from './level-data';
import { agreement, auc, groupedFolds, mean, sd, spearman, type Agreement } from './level-stats';

const LEVEL_NUMBER: Record<SpecificityLevel, number> = { none: 0, low: 1, medium: 2, high: 3 };

export interface Prediction {
  score: number;
  /** As shipped: rules 1 and 2 of model/level.ts applied. */
  level: number;
  /** The model's own level (low/medium/high from the cuts, none by rule 1), without the workshop's cap. */
  modelLevel: number;
  verifiable: boolean;
  lens: OpenGovValue[];
}

/** `extra`: added to the model's score (the lexicon's part, when measured). */
export function predict(r: Rated, model: LevelModel, extra = 0): Prediction {
  const input = levelInput(r.checklist, r.counts);
  const score = modelScore(input, model) + extra;
  const result = levelOfModelScore(input, score, model);
  const modelLevel = result.rule === 'none' ? 0 : score >= model.cuts.high ? 3 : score >= model.cuts.medium ? 2 : 1;
  return {
    score,
    level: LEVEL_NUMBER[result.level],
    modelLevel,
    verifiable: result.verifiable,
    lens: lensOf(r.lens, model.lens),
  };
}

export interface Figures {
  spearmanScore: number;
  spearmanLevel: number;
  spearmanModelLevel: number;
  exact: number;
  withinOne: number;
  exactModel: number;
  withinOneModel: number;
  aucVerifiable: number;
  aucVerifiableNewer: number;
  verifiableAgreement: Agreement;
  spearmanPotential: number;
  lens: Record<OpenGovValue, Agreement>;
}

/** Figures of one set of out-of-fold predictions. */
export function figures(rows: readonly Rated[], preds: readonly Prediction[]): Figures {
  const spec = rows.map((r, i) => [r, preds[i]] as const).filter(([r]) => r.specificity !== undefined);
  const irm = spec.map(([r]) => r.specificity!);
  const level = spec.map(([, p]) => p.level);
  const modelLevel = spec.map(([, p]) => p.modelLevel);
  const share = (ok: (i: number) => boolean) => irm.filter((_, i) => ok(i)).length / irm.length;
  const ver = rows.map((r, i) => [r, preds[i]] as const).filter(([r]) => r.verifiable !== undefined);
  const newer = ver.filter(([r]) => r.specificity === undefined);
  const pot = rows.map((r, i) => [r, preds[i]] as const).filter(([r]) => r.potential !== undefined);
  const tagged = rows.map((r, i) => [r, preds[i]] as const).filter(([r]) => r.values);
  const lens = {} as Record<OpenGovValue, Agreement>;
  for (const v of LENS_VALUES)
    lens[v] = agreement(
      tagged.map(([, p]) => p.lens.includes(v)),
      tagged.map(([r]) => r.values![v]),
    );
  return {
    spearmanScore: spearman(
      spec.map(([, p]) => p.score),
      irm,
    ),
    spearmanLevel: spearman(level, irm),
    spearmanModelLevel: spearman(modelLevel, irm),
    exact: share((i) => level[i] === irm[i]),
    withinOne: share((i) => Math.abs(level[i] - irm[i]) <= 1),
    exactModel: share((i) => modelLevel[i] === irm[i]),
    withinOneModel: share((i) => Math.abs(modelLevel[i] - irm[i]) <= 1),
    aucVerifiable: auc(
      ver.map(([, p]) => p.score),
      ver.map(([r]) => r.verifiable!),
    ),
    aucVerifiableNewer: auc(
      newer.map(([, p]) => p.score),
      newer.map(([r]) => r.verifiable!),
    ),
    verifiableAgreement: agreement(
      ver.map(([, p]) => p.verifiable),
      ver.map(([r]) => r.verifiable!),
    ),
    spearmanPotential: spearman(
      pot.map(([, p]) => p.score),
      pot.map(([r]) => r.potential!),
    ),
    lens,
  };
}

export interface CvReport {
  repeats: Figures[];
  /** IRM level (0-3) x Jalon level (0-3), summed over the repeats. */
  confusion: number[][];
  confusionModel: number[][];
}

/**
 * Out-of-fold predictions for every commitment, one repeat (seed) of the grouped folds; with `lexicon`, a lexicon
 * fitted on each training part adds its score (level-lexicon.ts: measured, not shipped).
 */
export function outOfFold(rows: readonly Rated[], seed: number, lexicon = false): Prediction[] {
  const folds = groupedFolds(
    rows.map((r) => r.country),
    rows.map(stratum),
    FOLDS,
    seed,
  );
  const preds = new Array<Prediction>(rows.length);
  for (let k = 0; k < FOLDS; k++) {
    const plain = rows.filter((_, i) => folds[i] !== k);
    const train = lexicon ? withLexicon(plain, seed * 100 + k) : plain;
    const lambda = choosePenalty(train, seed * 100 + k);
    const lowShare = chooseLowShare(train, lambda, seed * 100 + k);
    const ordinal = fitOn(train, lambda);
    const model = levelModel(train, ordinal, chooseLensThresholds(train), lowShare);
    const words = lexicon ? fitLexicon(plain) : new Map<string, number>();
    const factor = lexiconFactor(train, ordinal);
    rows.forEach((r, i) => {
      if (folds[i] === k) preds[i] = predict(r, model, factor * lexiconScore(words, r.words));
    });
  }
  return preds;
}

export function crossValidate(rows: readonly Rated[], repeats: number, lexicon = false): CvReport {
  const confusion = [0, 1, 2, 3].map(() => [0, 0, 0, 0]);
  const confusionModel = [0, 1, 2, 3].map(() => [0, 0, 0, 0]);
  const out: Figures[] = [];
  for (let rep = 0; rep < repeats; rep++) {
    const preds = outOfFold(rows, 1000 + rep, lexicon);
    out.push(figures(rows, preds));
    rows.forEach((r, i) => {
      if (r.specificity === undefined) return;
      confusion[r.specificity][preds[i].level]++;
      confusionModel[r.specificity][preds[i].modelLevel]++;
    });
  }
  return { repeats: out, confusion, confusionModel };
}

/** Mean and standard deviation over the repeats of one figure. */
export function summary(report: CvReport, pick: (f: Figures) => number): { mean: number; sd: number } {
  const xs = report.repeats.map(pick).filter((x) => !Number.isNaN(x));
  return { mean: mean(xs), sd: sd(xs) };
}
