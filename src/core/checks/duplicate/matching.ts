// How much two commitments share: Jaccard and containment of their shingles, and the sentences that carry the
// shared shingles (what a reader compares). Within a plan, each commitment is compared with the earlier ones
// through an index of who has which shingle, and keeps its closest matches.
import { ShingleNumbers, type Shingled } from './shingles';

export interface Thresholds {
  jaccard: number;
  containment: number;
}

export interface SharedSentence {
  start: number;
  end: number;
  text: string;
}

export interface Overlap {
  jaccard: number;
  /** Share of this commitment's shingles found in the other one. */
  containment: number;
  /** Share of the other's shingles found in this one. */
  reverseContainment: number;
  shared: SharedSentence[];
}

export function ratios(inter: number, sizeA: number, sizeB: number): Omit<Overlap, 'shared'> {
  const union = sizeA + sizeB - inter;
  return {
    jaccard: union > 0 ? inter / union : 0,
    containment: sizeA > 0 ? inter / sizeA : 0,
    reverseContainment: sizeB > 0 ? inter / sizeB : 0,
  };
}

export function passes(r: Omit<Overlap, 'shared'>, t: Thresholds): boolean {
  return r.jaccard >= t.jaccard || r.containment >= t.containment || r.reverseContainment >= t.containment;
}

/** passes(ratios(inter, sizeA, sizeB), t), without making the ratios. */
export function passesCounts(inter: number, sizeA: number, sizeB: number, t: Thresholds): boolean {
  const union = sizeA + sizeB - inter;
  return (
    (union > 0 ? inter / union : 0) >= t.jaccard ||
    (sizeA > 0 ? inter / sizeA : 0) >= t.containment ||
    (sizeB > 0 ? inter / sizeB : 0) >= t.containment
  );
}

export function overlapOf(a: Shingled, b: Shingled): Omit<Overlap, 'shared'> {
  let inter = 0;
  const other = b.set;
  for (const h of a.distinct) if (other.has(h)) inter++;
  return ratios(inter, a.distinct.length, b.distinct.length);
}

/**
 * A sentence is shared when most of its shingles (or its whole wording) appear in the other text. `inOther` says
 * whether a shingle is there, or undefined when it cannot tell (a sampled corpus keeps one shingle in four).
 */
export function sharedSentences(
  text: string,
  a: Shingled,
  inOther: (h: number) => boolean | undefined,
  sentenceKeys?: (k: number) => boolean,
): SharedSentence[] {
  const out: SharedSentence[] = [];
  for (const s of a.sentences) {
    const known = s.shingles.map(inOther).filter((x) => x !== undefined);
    const hits = known.filter(Boolean).length;
    const exact = sentenceKeys?.(s.key) ?? false;
    if (
      exact ||
      (known.length >= 2 && hits / known.length >= 0.6) ||
      (known.length === 1 && hits === 1 && s.shingles.length >= 3)
    )
      out.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });
  }
  return out;
}

export function compareShingled(text: string, a: Shingled, b: Shingled): Overlap {
  return { ...overlapOf(a, b), shared: sharedSentences(text, a, (h) => b.set.has(h)) };
}

export interface PlanMatch {
  /** The later commitment (the one reported) and the earlier one it repeats. */
  later: number;
  earlier: number;
  ratios: Omit<Overlap, 'shared'>;
}

/**
 * Pairs of commitments of one plan that pass the thresholds, each later commitment with at most `limit` earlier
 * ones, closest first. `eligible[j]` is false for commitments too short to call copies.
 */
export function samePlanMatches(
  shingled: readonly Shingled[],
  eligible: readonly boolean[],
  thresholds: Thresholds,
  limit: number,
): PlanMatch[] {
  // Each distinct shingle of the eligible commitments is numbered once (one look-up per shingle held), and who holds
  // it is listed by that number: the commitments that hold shingle n are holders[first[n], first[n + 1]), in plan
  // order.
  let held = 0;
  shingled.forEach((sh, j) => (held += eligible[j] ? sh.distinct.length : 0));
  const numberOf = new ShingleNumbers(held);
  const rows: Int32Array[] = shingled.map((sh, j) => {
    if (!eligible[j]) return NO_SHINGLES;
    const row = new Int32Array(sh.distinct.length);
    let k = 0;
    for (const h of sh.distinct) row[k++] = numberOf.numberOf(h);
    return row;
  });
  const first = new Int32Array(numberOf.size + 1);
  for (const row of rows) for (const n of row) first[n + 1]++;
  for (let n = 0; n < numberOf.size; n++) first[n + 1] += first[n];
  const holders = new Int32Array(first[numberOf.size]);
  const filled = first.slice(0, numberOf.size);
  rows.forEach((row, j) => {
    for (const n of row) holders[filled[n]++] = j;
  });
  // A plan's house phrases (shingles held by many commitments) are counted as bits, a word of 32 per pair: counted
  // holder by holder they made the pass quadratic (150,000-word plan: 12 -> 2 ms).
  // (A bit costs every pair a 32nd of a word; a holder list costs the square of its length: bits pay from an
  // eighth of the plan, measured.)
  const many = Math.max(FREQUENT, eligible.filter(Boolean).length / 8);
  const bitOf = new Int32Array(numberOf.size).fill(-1); // a frequent shingle's bit
  let frequent = 0;
  for (let n = 0; n < numberOf.size; n++) if (first[n + 1] - first[n] >= many) bitOf[n] = frequent++;
  const words = (frequent + 31) >>> 5;
  const bits = new Int32Array(shingled.length * words);
  const shared = new Int32Array(shingled.length); // shingles in common with each earlier commitment
  const out: PlanMatch[] = [];
  shingled.forEach((sh, j) => {
    if (!eligible[j]) return;
    shared.fill(0, 0, j);
    const row = j * words;
    for (const n of rows[j]) {
      const bit = bitOf[n];
      if (bit >= 0) bits[row + (bit >>> 5)] |= 1 << (bit & 31);
      else
        for (let k = first[n]; k < first[n + 1]; k++) {
          const i = holders[k];
          if (i >= j) break; // the list is in plan order: the earlier commitments first
          shared[i]++;
        }
    }
    for (let i = 0; i < j && words > 0; i++) {
      let n = 0;
      for (let w = 0, theirs = i * words; w < words; w++) n += popcount(bits[row + w] & bits[theirs + w]);
      shared[i] += n;
    }
    const found: PlanMatch[] = [];
    for (let i = 0; i < j; i++) {
      // Most pairs share a house phrase or two and pass no threshold: their ratios are kept only when they pass.
      const mine = sh.distinct.length;
      const theirs = shingled[i].distinct.length;
      if (shared[i] === 0 || !passesCounts(shared[i], mine, theirs, thresholds)) continue;
      found.push({ later: j, earlier: i, ratios: ratios(shared[i], mine, theirs) });
    }
    const closeness = (m: PlanMatch) => Math.max(m.ratios.jaccard, m.ratios.containment);
    found.sort((x, y) => closeness(y) - closeness(x) || x.earlier - y.earlier);
    out.push(...found.slice(0, limit).sort((x, y) => x.earlier - y.earlier));
  });
  return out;
}

const NO_SHINGLES = new Int32Array(0);

/** The fewest commitments holding a shingle for it to be counted as a bit (see samePlanMatches). */
export const FREQUENT = 8;

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}
