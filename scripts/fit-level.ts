// `npm run fit:level`: fits the level model to the IRM's ratings and writes src/core/commitments/data/level-model.json.
// Run it again after any change to how fields or the text are read (the eval fails until the shipped weights are
// what this script fits on the current code).
//
// Data (scripts/level-data.ts): the English IRM-rated commitments of ../shared/ogp-data. Levels fitted: 0 = None or
// Low, 1 = Medium, 2 = High (the IRM gave None once; Jalon's "none" is the IRM's definition as a rule, see
// model/level.ts). Plans up to 2020 give their specificity; plans since 2020 their "verifiable" only, read as an
// interval (Yes: Medium or High; No: None or Low). Model: ordinal logistic regression on the point items of
// verifiability (non-negative weights) and five counts of the text, L2 penalty chosen by cross-validation grouped
// by country. The lens: per value, the fewest mentions of its cues that best agree with the IRM's tags (kappa).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  fitOrdinal,
  LENS_VALUES,
  LEVEL_ITEMS,
  meanLoss,
  TEXT_FEATURES,
  type LevelModel,
  type Observation,
  type OrdinalModel,
} from '../src/core/commitments/model';
import type { OpenGovValue } from '../src/core/types';
import { loadRated, type Rated } from './level-data';
import { agreement, groupedFolds } from './level-stats';

export const MODEL_PATH = join(__dirname, '../src/core/commitments/data/level-model.json');
export const LAMBDAS = [1, 3, 10, 30, 100];
export const FOLDS = 5;
const LENS_THRESHOLDS = [1, 2, 3, 4, 5, 6];

export interface ShippedModel extends LevelModel {
  about: string;
  fit: { lambda: number; specificity: number; verifiable: number; lens: number; grouping: string; command: string };
}

/** A commitment's rating as an interval of the fitted levels, or none when it has neither rating. */
export function observation(r: Rated): Observation | undefined {
  if (r.specificity !== undefined) {
    const k = Math.max(0, r.specificity - 1);
    return { x: r.x, lo: k, hi: k };
  }
  if (r.verifiable === undefined) return undefined;
  return r.verifiable ? { x: r.x, lo: 1, hi: 2 } : { x: r.x, lo: 0, hi: 0 };
}

/** What folds are balanced on: the specificity, else the verifiable rating. */
export const stratum = (r: Rated) =>
  r.specificity !== undefined ? `s${r.specificity}` : r.verifiable !== undefined ? `v${r.verifiable}` : 'other';

const NON_NEGATIVE = [...LEVEL_ITEMS.map(() => true), ...TEXT_FEATURES.map(() => false)];

export function fitOn(rows: readonly Rated[], lambda: number): OrdinalModel {
  const obs = rows.map(observation).filter((o): o is Observation => !!o);
  return fitOrdinal(obs, { levels: 3, lambda, nonNegative: NON_NEGATIVE });
}

/** The penalty whose models best predict the ratings of countries they did not see (mean out-of-fold loss). */
export function chooseLambda(rows: readonly Rated[], seed: number): number {
  const folds = groupedFolds(
    rows.map((r) => r.country),
    rows.map(stratum),
    FOLDS,
    seed,
  );
  let best = LAMBDAS[0];
  let bestLoss = Infinity;
  for (const lambda of LAMBDAS) {
    let loss = 0;
    for (let k = 0; k < FOLDS; k++) {
      const train = rows.filter((_, i) => folds[i] !== k);
      const test = rows
        .filter((_, i) => folds[i] === k)
        .map(observation)
        .filter((o): o is Observation => !!o);
      if (test.length > 0) loss += meanLoss(fitOn(train, lambda), test) * test.length;
    }
    if (loss < bestLoss - 1e-9) {
      bestLoss = loss;
      best = lambda;
    }
  }
  return best;
}

/** Per value, the fewest mentions that best agree with the IRM's tags (Cohen's kappa). */
export function chooseLensThresholds(rows: readonly Rated[]): Record<OpenGovValue, number> {
  const tagged = rows.filter((r) => r.values);
  const out = { transparency: 1, participation: 1, accountability: 1 };
  for (const v of LENS_VALUES) {
    let bestKappa = -Infinity;
    for (const t of LENS_THRESHOLDS) {
      const { kappa } = agreement(
        tagged.map((r) => r.lens[v] >= t),
        tagged.map((r) => r.values![v]),
      );
      if (kappa > bestKappa + 1e-9) {
        bestKappa = kappa;
        out[v] = t;
      }
    }
  }
  return out;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4 || 0;

export function levelModel(ordinal: OrdinalModel, lens: Record<OpenGovValue, number>): LevelModel {
  const items: Record<string, number> = {};
  const features: Record<string, number> = {};
  LEVEL_ITEMS.forEach((id, j) => (items[id] = round(ordinal.weights[j])));
  TEXT_FEATURES.forEach((f, j) => (features[f] = round(ordinal.weights[LEVEL_ITEMS.length + j])));
  return { items, features, cuts: { medium: round(ordinal.cuts[0]), high: round(ordinal.cuts[1]) }, lens };
}

/** The model fitted on every rated commitment, as shipped. */
export function fitLevel(rows: readonly Rated[]): ShippedModel {
  const lambda = chooseLambda(rows, 1);
  const model = levelModel(fitOn(rows, lambda), chooseLensThresholds(rows));
  return {
    about:
      'Level model fitted by scripts/fit-level.ts to the IRM ratings of ../shared/ogp-data (English texts). Score = sum of the item weights earned + sum of feature weight x value (features: model/features.ts); low below cuts.medium, high from cuts.high; lens: fewest cue mentions per value. Do not edit: run npm run fit:level.',
    ...model,
    fit: {
      lambda,
      specificity: rows.filter((r) => r.specificity !== undefined).length,
      verifiable: rows.filter((r) => r.specificity === undefined && r.verifiable !== undefined).length,
      lens: rows.filter((r) => r.values).length,
      grouping: 'country',
      command: 'npm run fit:level',
    },
  };
}

export function modelJson(model: ShippedModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}

if (require.main === module) {
  const rows = loadRated();
  const model = fitLevel(rows);
  writeFileSync(MODEL_PATH, modelJson(model));
  console.log(
    `level model: lambda ${model.fit.lambda}, ${model.fit.specificity} rated for specificity, ${model.fit.verifiable} for verifiable only`,
  );
  for (const [k, w] of Object.entries(model.items)) console.log(`  item ${k.padEnd(16)} ${w.toFixed(4)}`);
  for (const [k, w] of Object.entries(model.features)) console.log(`  text ${k.padEnd(16)} ${w.toFixed(4)}`);
  console.log(`  cuts medium ${model.cuts.medium}, high ${model.cuts.high}; lens ${JSON.stringify(model.lens)}`);
  console.log(`written to ${MODEL_PATH}; npm run eval -- level for the cross-validated figures`);
}
