// Measures and folds for the level model's cross-validation: Spearman's rank correlation, the AUC, Cohen's kappa,
// and repeated stratified k-fold grouped by country (a country's commitments are all in training or all in test).

/** A small seeded generator (mulberry32): the same seed gives the same folds on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * k folds of whole groups, each fold holding about the same share of every stratum: groups in a seeded random
 * order, the largest first, each to the fold where it least piles up its strata (then the smallest fold).
 * Returns each item's fold.
 */
export function groupedFolds(groups: readonly string[], strata: readonly string[], k: number, seed: number): number[] {
  const rand = random(seed);
  const byGroup = new Map<string, Map<string, number>>();
  groups.forEach((g, i) => {
    const m = byGroup.get(g) ?? new Map<string, number>();
    m.set(strata[i], (m.get(strata[i]) ?? 0) + 1);
    byGroup.set(g, m);
  });
  const names = [...byGroup.keys()].sort();
  for (let i = names.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [names[i], names[j]] = [names[j], names[i]];
  }
  const size = (g: string) => [...byGroup.get(g)!.values()].reduce((a, b) => a + b, 0);
  const order = names.map((g, i) => ({ g, i, n: size(g) })).sort((a, b) => b.n - a.n || a.i - b.i);
  const load = Array.from({ length: k }, () => new Map<string, number>());
  const total = new Array<number>(k).fill(0);
  const foldOf = new Map<string, number>();
  for (const { g, n } of order) {
    let best = 0;
    let bestCost = Infinity;
    for (let f = 0; f < k; f++) {
      let cost = 0;
      for (const [s, c] of byGroup.get(g)!) cost += ((load[f].get(s) ?? 0) + c) ** 2;
      cost += total[f] * 1e-3;
      if (cost < bestCost) {
        bestCost = cost;
        best = f;
      }
    }
    foldOf.set(g, best);
    total[best] += n;
    for (const [s, c] of byGroup.get(g)!) load[best].set(s, (load[best].get(s) ?? 0) + c);
  }
  return groups.map((g) => foldOf.get(g)!);
}

export function ranks(a: readonly number[]): number[] {
  const idx = a.map((v, i) => [v, i] as const).sort((x, y) => x[0] - y[0]);
  const r = new Array<number>(a.length);
  let i = 0;
  while (i < idx.length) {
    let j = i;
    while (j + 1 < idx.length && idx[j + 1][0] === idx[i][0]) j++;
    for (let k = i; k <= j; k++) r[idx[k][1]] = (i + j) / 2;
    i = j + 1;
  }
  return r;
}

function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sx += (x[i] - mx) ** 2;
    sy += (y[i] - my) ** 2;
  }
  return sx === 0 || sy === 0 ? 0 : sxy / Math.sqrt(sx * sy);
}

export const spearman = (x: readonly number[], y: readonly number[]) => pearson(ranks(x), ranks(y));

/** Area under the ROC curve: the chance that a positive scores above a negative (ties count half). */
export function auc(scores: readonly number[], positive: readonly boolean[]): number {
  const r = ranks(scores);
  let sum = 0;
  let pos = 0;
  for (let i = 0; i < r.length; i++)
    if (positive[i]) {
      sum += r[i] + 1;
      pos++;
    }
  const neg = r.length - pos;
  return pos === 0 || neg === 0 ? NaN : (sum - (pos * (pos + 1)) / 2) / (pos * neg);
}

export interface Agreement {
  n: number;
  accuracy: number;
  kappa: number;
  precision: number;
  recall: number;
  /** How often the IRM says yes, and how often we do. */
  irmYes: number;
  oursYes: number;
}

export function agreement(ours: readonly boolean[], irm: readonly boolean[]): Agreement {
  const n = ours.length;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < n; i++) {
    if (ours[i] && irm[i]) tp++;
    else if (ours[i]) fp++;
    else if (irm[i]) fn++;
  }
  const tn = n - tp - fp - fn;
  const accuracy = (tp + tn) / n;
  const pYes = ((tp + fp) / n) * ((tp + fn) / n);
  const pNo = ((tn + fn) / n) * ((tn + fp) / n);
  const expected = pYes + pNo;
  return {
    n,
    accuracy,
    kappa: expected === 1 ? 0 : (accuracy - expected) / (1 - expected),
    precision: tp + fp === 0 ? NaN : tp / (tp + fp),
    recall: tp + fn === 0 ? NaN : tp / (tp + fn),
    irmYes: (tp + fn) / n,
    oursYes: (tp + fp) / n,
  };
}

export const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
export const sd = (xs: readonly number[]) => {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / Math.max(1, xs.length - 1));
};
