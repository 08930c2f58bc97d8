// How much two commitments share: Jaccard and containment of their shingles, and the sentences that carry the
// shared shingles (what a reader compares). Within a plan, each commitment is compared with the earlier ones
// through an index of who has which shingle, and keeps its closest matches.
import type { Shingled } from './shingles';

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

export function overlapOf(a: Shingled, b: Shingled): Omit<Overlap, 'shared'> {
  let inter = 0;
  for (const h of a.set) if (b.set.has(h)) inter++;
  return ratios(inter, a.set.size, b.set.size);
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
  const holders = new Map<number, number[]>(); // shingle -> earlier commitments that have it
  const shared = new Int32Array(shingled.length); // shingles in common with each earlier commitment
  const out: PlanMatch[] = [];
  shingled.forEach((sh, j) => {
    if (!eligible[j]) return;
    shared.fill(0, 0, j);
    for (const h of sh.set) for (const i of holders.get(h) ?? []) shared[i]++;
    const found: PlanMatch[] = [];
    for (let i = 0; i < j; i++) {
      if (shared[i] === 0) continue;
      const r = ratios(shared[i], sh.set.size, shingled[i].set.size);
      if (passes(r, thresholds)) found.push({ later: j, earlier: i, ratios: r });
    }
    const closeness = (m: PlanMatch) => Math.max(m.ratios.jaccard, m.ratios.containment);
    found.sort((x, y) => closeness(y) - closeness(x) || x.earlier - y.earlier);
    out.push(...found.slice(0, limit).sort((x, y) => x.earlier - y.earlier));
    for (const h of sh.set) {
      const list = holders.get(h);
      if (list) list.push(j);
      else holders.set(h, [j]);
    }
  });
  return out;
}
