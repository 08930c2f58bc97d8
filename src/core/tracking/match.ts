// Two versions of a plan, commitment by commitment: which one of the new version is which one of the old.
// Matched by title first, then by the words they share, since authors retitle and reorder. `jalon check
// --compare` reports what changed between the pairs; the public tracking site keeps each matched commitment's id.

/** A title without its "Engagement 3 :" marker, accents, case and punctuation. */
export function normalizeTitle(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^\s*(engagement|commitment)\s*(n[°o]\s*)?\d*\s*[:.\-–—]?\s*/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words that carry meaning (longer than three letters), normalised as titles are. */
export function contentWords(text: string): Set<string> {
  return new Set(
    normalizeTitle(text)
      .split(' ')
      .filter((w) => w.length > 3),
  );
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Share of words two versions must have in common to be the same commitment when their titles differ. */
export const CONTENT_MATCH = 0.3;

export interface Version {
  title: string;
  /** Its whole text (or what stands for it): compared word by word when the titles differ. */
  text: string;
}

export interface VersionMatch {
  /** Index of the matching item of the new version. */
  index: number;
  by: 'title' | 'content';
}

/**
 * For each item of `before` that has a counterpart in `after`, that counterpart. Same normalised title first (in
 * order, each new item taken once), then the most similar remaining pairs whose words overlap enough.
 */
export function matchVersions(before: readonly Version[], after: readonly Version[]): Map<number, VersionMatch> {
  const pairs = new Map<number, VersionMatch>();
  const taken = new Set<number>();
  // New items by title, in order: the first not yet taken is the one an old item of that title gets.
  const byTitle = new Map<string, number[]>();
  after.forEach((n, j) => {
    const key = normalizeTitle(n.title);
    if (key === '') return;
    const list = byTitle.get(key);
    if (list) list.push(j);
    else byTitle.set(key, [j]);
  });
  before.forEach((o, i) => {
    const key = normalizeTitle(o.title);
    const j = key === '' ? undefined : byTitle.get(key)?.find((k) => !taken.has(k));
    if (j !== undefined) {
      pairs.set(i, { index: j, by: 'title' });
      taken.add(j);
    }
  });
  const oldWords = before.map((o, i) => (pairs.has(i) ? undefined : contentWords(o.text)));
  const newWords = after.map((n, j) => (taken.has(j) ? undefined : contentWords(n.text)));
  const candidates: { i: number; j: number; s: number }[] = [];
  oldWords.forEach((ow, i) => {
    if (!ow) return;
    newWords.forEach((nw, j) => {
      if (!nw) return;
      const s = jaccard(ow, nw);
      if (s >= CONTENT_MATCH) candidates.push({ i, j, s });
    });
  });
  candidates.sort((a, b) => b.s - a.s);
  for (const c of candidates) {
    if (pairs.has(c.i) || taken.has(c.j)) continue;
    pairs.set(c.i, { index: c.j, by: 'content' });
    taken.add(c.j);
  }
  return pairs;
}
