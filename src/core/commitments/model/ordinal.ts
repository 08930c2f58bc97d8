// Ordinal logistic regression (the cumulative-logit, or "proportional odds", model): one score per commitment,
// η = Σ weightⱼ·xⱼ, and ordered cuts; P(level ≤ k) = σ(cutₖ₊₁ − η). An observation may be an interval of
// levels ("verifiable" says only: medium or above). Fitted by accelerated projected gradient on the negative
// log-likelihood plus an L2 penalty on the weights (features standardised for the fit, weights given back on the
// features' own scale); weights may be held non-negative. Plain code: a few dozen features and a few hundred
// observations, where a library would bring more than it saves. Deterministic: the same data gives the same model.

export interface Observation {
  x: readonly number[];
  /** Lowest and highest level it may have (equal for an exact rating), 0-based. */
  lo: number;
  hi: number;
}

export interface OrdinalModel {
  /** Per feature, on the feature's own scale: what one unit adds to η. */
  weights: number[];
  /** K − 1 increasing cuts: level k when cutₖ ≤ η < cutₖ₊₁. */
  cuts: number[];
}

export interface FitOptions {
  levels: number;
  /** L2 penalty on the standardised weights (sum of the negative log-likelihood + lambda·Σw²). */
  lambda: number;
  /** Per feature, a multiplier of lambda (1 when absent): a group of features trusted less is penalised more. */
  penalty?: readonly number[];
  /** Features whose weight may not go below 0. */
  nonNegative?: readonly boolean[];
  maxIterations?: number;
}

const sigmoid = (t: number) => (t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t)));

export function score(model: OrdinalModel, x: readonly number[]): number {
  let eta = 0;
  for (let j = 0; j < x.length; j++) eta += model.weights[j] * x[j];
  return eta;
}

export function levelOfScore(model: OrdinalModel, eta: number): number {
  let k = 0;
  while (k < model.cuts.length && eta >= model.cuts[k]) k++;
  return k;
}

/** P(level ≥ k) for k = 1..K−1. */
export function atLeast(model: OrdinalModel, eta: number, k: number): number {
  return sigmoid(eta - model.cuts[k - 1]);
}

/** Negative log-likelihood of the observations and its gradient in η and in the cuts (standardised space). */
function nll(
  obs: readonly Observation[],
  etas: Float64Array,
  cuts: readonly number[],
  gEta: Float64Array,
  gCut: number[],
) {
  let total = 0;
  gCut.fill(0);
  for (let i = 0; i < obs.length; i++) {
    const { lo, hi } = obs[i];
    const hasA = lo > 0;
    const hasB = hi < cuts.length;
    const a = hasA ? cuts[lo - 1] - etas[i] : -Infinity;
    const b = hasB ? cuts[hi] - etas[i] : Infinity;
    const sa = hasA ? sigmoid(a) : 0;
    const sb = hasB ? sigmoid(b) : 1;
    // p = σ(b) − σ(a), written from the side that keeps its precision.
    const p = Math.max(hasA && hasB ? sb - sa : hasA ? sigmoid(-a) : sb, 1e-300);
    total -= Math.log(p);
    const da = hasA ? (sa * (1 - sa)) / p : 0; // ∂log p / ∂(−a)
    const db = hasB ? (sb * (1 - sb)) / p : 0; // ∂log p / ∂b
    gEta[i] = db - da; // ∂(−log p)/∂η
    if (hasA) gCut[lo - 1] += da;
    if (hasB) gCut[hi] -= db;
  }
  return total;
}

function standardise(obs: readonly Observation[]) {
  const p = obs[0].x.length;
  const mean = new Array<number>(p).fill(0);
  const sd = new Array<number>(p).fill(0);
  for (const o of obs) for (let j = 0; j < p; j++) mean[j] += o.x[j] / obs.length;
  for (const o of obs) for (let j = 0; j < p; j++) sd[j] += (o.x[j] - mean[j]) ** 2 / obs.length;
  for (let j = 0; j < p; j++) sd[j] = Math.sqrt(sd[j]) || 1;
  const z = obs.map((o) => o.x.map((v, j) => (v - mean[j]) / sd[j]));
  return { mean, sd, z };
}

/** Fits the model; the weights come back on the features' own scale, the cuts shifted to match. */
export function fitOrdinal(obs: readonly Observation[], options: FitOptions): OrdinalModel {
  const { mean, sd, z } = standardise(obs);
  const p = z[0].length;
  const K = options.levels;
  const nonNeg = options.nonNegative ?? [];
  const n = obs.length;
  const lambdas = Array.from({ length: p }, (_, j) => options.lambda * (options.penalty?.[j] ?? 1));
  // Parameters: p weights then K − 1 cuts, spread at the start so that every level is possible.
  const theta = new Float64Array(p + K - 1);
  for (let k = 0; k < K - 1; k++) theta[p + k] = k - (K - 2) / 2;
  const project = (t: Float64Array) => {
    for (let j = 0; j < p; j++) if (nonNeg[j] && t[j] < 0) t[j] = 0;
    for (let k = 1; k < K - 1; k++) if (t[p + k] < t[p + k - 1] + 1e-6) t[p + k] = t[p + k - 1] + 1e-6;
  };
  const etas = new Float64Array(n);
  const gEta = new Float64Array(n);
  const gCut = new Array<number>(K - 1).fill(0);
  const grad = new Float64Array(p + K - 1);
  const objective = (t: Float64Array, withGrad: boolean): number => {
    for (let i = 0; i < n; i++) {
      let e = 0;
      for (let j = 0; j < p; j++) e += t[j] * z[i][j];
      etas[i] = e;
    }
    const cuts = Array.from(t.subarray(p));
    let f = nll(obs, etas, cuts, gEta, gCut);
    for (let j = 0; j < p; j++) f += lambdas[j] * t[j] * t[j];
    if (withGrad) {
      grad.fill(0);
      for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) grad[j] += gEta[i] * z[i][j];
      for (let j = 0; j < p; j++) grad[j] += 2 * lambdas[j] * t[j];
      for (let k = 0; k < K - 1; k++) grad[p + k] = gCut[k];
    }
    return f;
  };
  // FISTA with backtracking: y is the extrapolated point, theta the iterate.
  let step = 1 / n;
  let tk = 1;
  const y = Float64Array.from(theta);
  const next = new Float64Array(theta.length);
  const max = options.maxIterations ?? 5000;
  let fPrev = Infinity;
  for (let it = 0; it < max; it++) {
    const fy = objective(y, true);
    const g = Float64Array.from(grad);
    for (;;) {
      for (let j = 0; j < next.length; j++) next[j] = y[j] - step * g[j];
      project(next);
      let lin = 0;
      let sq = 0;
      for (let j = 0; j < next.length; j++) {
        const d = next[j] - y[j];
        lin += g[j] * d;
        sq += d * d;
      }
      if (objective(next, false) <= fy + lin + sq / (2 * step) + 1e-12) break;
      step /= 2;
    }
    const fNext = objective(next, false);
    const tNext = (1 + Math.sqrt(1 + 4 * tk * tk)) / 2;
    // Restart the momentum when the objective goes up (keeps FISTA monotone in practice).
    const restart = fNext > fPrev;
    for (let j = 0; j < theta.length; j++) {
      const moved = next[j] + (restart ? 0 : ((tk - 1) / tNext) * (next[j] - theta[j]));
      theta[j] = next[j];
      y[j] = moved;
    }
    project(y);
    tk = restart ? 1 : tNext;
    if (Math.abs(fPrev - fNext) < 1e-10 * Math.max(1, Math.abs(fNext))) break;
    fPrev = fNext;
  }
  // Back to the features' own scale: η = Σ (w/sd)·x − Σ w·mean/sd.
  const weights = Array.from(theta.subarray(0, p), (w, j) => w / sd[j]);
  const shift = weights.reduce((s, w, j) => s + w * mean[j], 0);
  const cuts = Array.from(theta.subarray(p), (c) => c + shift);
  return { weights, cuts };
}

/** The mean negative log-likelihood of observations under a model (to compare penalties out of sample). */
export function meanLoss(model: OrdinalModel, obs: readonly Observation[]): number {
  const etas = Float64Array.from(obs, (o) => score(model, o.x));
  const gEta = new Float64Array(obs.length);
  const gCut = new Array<number>(model.cuts.length).fill(0);
  return nll(obs, etas, model.cuts, gEta, gCut) / obs.length;
}
