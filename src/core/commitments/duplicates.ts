// Copy-paste: two commitments of the same plan that largely repeat each other, and a commitment that repeats
// one of an earlier plan. Word 3-gram shingles (accent-folded, stopwords dropped) compared with Jaccard and
// containment; the sentences whose shingles are shared are reported. Earlier plans are kept as hashes only
// (shingles sampled by hash value, sentence hashes) with a short reference: the texts themselves are not shipped.
import { fold, isSpace } from '../dates';
import type { SourceText } from '../source';
import type { Commitment, Finding, Lang } from '../types';
import shippedJson from './data/earlier-plans.json';
import type { PlanCache } from './cache';
import { fingerprintOf } from './hash';
import { foldedText, isStop } from './text';

// Function words of French and English: dropped so that "la publication des données" and "publication
// données" shingle alike, and shared grammar does not look like shared content.
const STOPWORDS = new Set(
  (
    'a au aux avec ce ces cette cet dans de des du elle en et est etre il ils je la le les leur leurs lui ma mais me meme mes ' +
    'moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sont sur ta te tes toi ton tu un une vos votre vous ' +
    'y d l j m n s t c qu ainsi afin ete sera seront ont a sont plus tres tout tous toute toutes entre dont lors ' +
    'the of and to in for on at by with from as is are be been being was were will shall would should can could may might ' +
    'an or not no this that these those it its their they them we our us you your he she his her which who whom what when ' +
    'where how also such than then there here into onto over under about through other each all any both more most some'
  ).split(/\s+/),
);

// Hashes are kept to 30 bits: V8 stores such numbers inline (small integers), so the sets and maps of shingles
// that a 150,000-word plan fills do not allocate a heap number per entry.
const HASH_MASK = 0x3fffffff;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const mix = (h: number, w: number) => Math.imul(h ^ w, FNV_PRIME);
const finish = (h: number) => (h ^ (h >>> 15)) & HASH_MASK;

/** A word's hash (FNV-1a over its UTF-16 units), as the scan below computes it. */
function wordHash(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h & HASH_MASK;
}
const STOPWORD_BY_HASH = new Map<number, string>();
for (const w of STOPWORDS) {
  const h = wordHash(w);
  // Two stopwords of one hash would hide one of them: the list is fixed, so this only guards its edits.
  if (STOPWORD_BY_HASH.has(h)) throw new Error(`stopwords ${STOPWORD_BY_HASH.get(h)} and ${w} share a hash`);
  STOPWORD_BY_HASH.set(h, w);
}

// Stopwords by hash in an open-addressing table (a Map lookup per word costs more than the word's hashing).
const STOP_SLOTS = 1024;
const stopHashes = new Int32Array(STOP_SLOTS).fill(-1);
const stopWords: string[] = new Array<string>(STOP_SLOTS);
for (const [h, w] of STOPWORD_BY_HASH) {
  let k = h & (STOP_SLOTS - 1);
  while (stopHashes[k] !== -1) k = (k + 1) & (STOP_SLOTS - 1);
  stopHashes[k] = h;
  stopWords[k] = w;
}
function isStopword(h: number, folded: string, start: number, end: number): boolean {
  for (let k = h & (STOP_SLOTS - 1); stopHashes[k] !== -1; k = (k + 1) & (STOP_SLOTS - 1)) {
    if (stopHashes[k] === h) return stopWords[k].length === end - start && folded.startsWith(stopWords[k], start);
  }
  return false;
}

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

export const SHINGLE = 3;

/**
 * Distinct shingle hashes, sorted: built at once from a commitment's shingles (a Set growing by the thousand
 * rehashes as it goes), looked up by binary search (lookups are few: only for the pairs worth comparing).
 */
export class ShingleSet implements Iterable<number> {
  private readonly hashes: Int32Array;

  constructor(values: ArrayLike<number>) {
    const sorted = new Int32Array(values.length);
    for (let i = 0; i < values.length; i++) sorted[i] = values[i];
    sorted.sort();
    let n = 0;
    for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i];
    this.hashes = sorted.subarray(0, n);
  }

  get size(): number {
    return this.hashes.length;
  }

  /** The hashes, sorted (read-only: the set's own storage). */
  values(): Int32Array {
    return this.hashes;
  }

  has(h: number): boolean {
    const a = this.hashes;
    let lo = 0;
    let hi = a.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (a[mid] < h) lo = mid + 1;
      else if (a[mid] > h) hi = mid - 1;
      else return true;
    }
    return false;
  }

  [Symbol.iterator](): Iterator<number> {
    return this.hashes[Symbol.iterator]();
  }
}

export interface Shingled {
  /** Distinct shingle hashes. */
  set: ShingleSet;
  /** Per sentence: its span and its shingle hashes, plus a hash of its content words. */
  readonly sentences: Array<{ start: number; end: number; shingles: number[]; key: number }>;
}

/** Shingles a text. Shingles do not cross sentences, so sharing is per sentence. */
export function shingle(text: string): Shingled {
  return shingleRange(text, fold(text), 0, text.length);
}

// The current sentence's word hashes while shingling (shingleRange is not re-entered).
const sentenceWords: number[] = [];

/**
 * Shingles text[start, end), offsets kept as they are in `text` (`folded` is fold(text)). One pass over the
 * folded characters finds sentences (as sentenceSpans does: a line end, or . ! ? ; before a space, a stop or the
 * end) and content words ([a-z0-9] runs of 2 or more, stopwords dropped), hashed as they are read.
 */
export function shingleRange(text: string, folded: string, start: number, end: number): Shingled {
  // Every shingle in sentence order, and per sentence: start, end, first shingle, key. The sentence objects
  // are made only when asked for (for the few pairs worth reporting): a plan has tens of thousands.
  const all: number[] = [];
  const bounds: number[] = [];
  // The current sentence's word hashes: words[0, count). Emptied by its count, not by `length = 0`, which would
  // drop the array's storage at every sentence.
  const words = sentenceWords;
  let count = 0;
  const close = (s: number, e: number) => {
    if (count > 0) {
      while (s < e && isSpace(text.charCodeAt(s))) s++;
      while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
      const first = all.length;
      let key = 0x9e3779b9;
      for (let i = 0; i < count; i++) key = mix(key, words[i]);
      if (count < SHINGLE) all.push(finish(key));
      for (let i = 0; i + SHINGLE <= count; i++) {
        let h = FNV_OFFSET;
        for (let k = 0; k < SHINGLE; k++) h = mix(h, words[i + k]);
        all.push(finish(h));
      }
      bounds.push(s, e, first, finish(mix(key, SHINGLE)));
    }
    count = 0;
  };
  // As the sentence regex reads: outside a sentence, a stop not followed by a letter is passed over; inside,
  // the run of stops that ends it belongs to it.
  let sentenceStart = start;
  let inSentence = false;
  let i = start;
  while (i < end) {
    const c = folded.charCodeAt(i);
    if (c === 10) {
      if (inSentence) close(sentenceStart, i);
      inSentence = false;
      i++;
      continue;
    }
    if (isStop(c)) {
      const goesOn = i + 1 < end && !isStop(folded.charCodeAt(i + 1)) && !isSpace(folded.charCodeAt(i + 1));
      if (goesOn) {
        if (!inSentence) sentenceStart = i;
        inSentence = true;
      } else if (inSentence) {
        let j = i + 1;
        while (j < end && isStop(folded.charCodeAt(j))) j++;
        close(sentenceStart, j);
        inSentence = false;
        i = j;
        continue;
      }
      i++;
      continue;
    }
    if (!inSentence) {
      sentenceStart = i;
      inSentence = true;
    }
    if (isWordChar(c)) {
      const s = i;
      let h = FNV_OFFSET;
      while (i < end) {
        const d = folded.charCodeAt(i);
        if (!isWordChar(d)) break;
        h = Math.imul(h ^ d, FNV_PRIME);
        i++;
      }
      if (i - s < 2) continue;
      h &= HASH_MASK;
      if (isStopword(h, folded, s, i)) continue;
      words[count++] = h;
      continue;
    }
    i++;
  }
  if (inSentence) close(sentenceStart, end);
  return new RangeShingles(new ShingleSet(all), all, bounds);
}

/**
 * A range's shingles; its sentence objects made only when asked for. A class, not an object literal with a
 * getter: V8 keeps such literals in dictionary mode, and the code reading their `set` was deoptimised again and
 * again.
 */
class RangeShingles implements Shingled {
  private made: Shingled['sentences'] | undefined;

  constructor(
    readonly set: ShingleSet,
    private readonly all: number[],
    /** Per sentence: start, end, first shingle, key. */
    private readonly bounds: number[],
  ) {}

  get sentences(): Shingled['sentences'] {
    if (!this.made) {
      const { all, bounds } = this;
      const sentences: Shingled['sentences'] = [];
      for (let k = 0; k < bounds.length; k += 4) {
        const next = k + 4 < bounds.length ? bounds[k + 6] : all.length;
        sentences.push({
          start: bounds[k],
          end: bounds[k + 1],
          shingles: all.slice(bounds[k + 2], next),
          key: bounds[k + 3],
        });
      }
      this.made = sentences;
    }
    return this.made;
  }
}

// ---------------------------------------------------------------------------------------------------------
// The earlier-plans corpus.

export interface EarlierRef {
  country: string;
  plan: string;
  id: string;
  /** At most about 80 characters. */
  title: string;
}

export interface EarlierCommitment {
  ref: EarlierRef;
  /** One shingle kept in `sampleMod` (by hash value): the shipped corpus samples, an organisation's own plan need not. */
  sampleMod: number;
  /** Sampled shingle hashes (those with hash % sampleMod === 0), sorted. */
  shingles: Uint32Array;
  /** Hashes of its sentences with at least MIN_SENTENCE_WORDS content words. */
  sentences: Uint32Array;
  /** Number of distinct shingles before sampling. */
  size: number;
}

export interface EarlierCorpus {
  /**
   * Keep one shingle in `sampleMod` (by hash value): the same sample on both sides keeps ratios unbiased. In a
   * merged corpus each item keeps its own sampling and this is the coarsest.
   */
  sampleMod: number;
  items: EarlierCommitment[];
  /** shingle -> item indexes, built on first use. */
  index?: Map<number, number[]>;
}

export const MIN_SENTENCE_WORDS = 5;
export const TITLE_MAX = 80;

export function shortTitle(title: string): string {
  const t = title.replace(/\s+/g, ' ').trim();
  return t.length <= TITLE_MAX ? t : `${t.slice(0, TITLE_MAX - 1).replace(/\s+\S*$/, '')}…`;
}

const sampled = (h: number, mod: number) => h % mod === 0;

/** Hashes one earlier commitment's text (nothing of the text is kept but its reference). */
export function earlierCommitment(ref: EarlierRef, text: string, sampleMod: number): EarlierCommitment {
  const sh = shingle(text);
  const shingles = Uint32Array.from([...sh.set].filter((h) => sampled(h, sampleMod))).sort();
  const sentences = Uint32Array.from([
    ...new Set(sh.sentences.filter((s) => s.shingles.length >= MIN_SENTENCE_WORDS - SHINGLE + 1).map((s) => s.key)),
  ]).sort();
  return { ref: { ...ref, title: shortTitle(ref.title) }, sampleMod, shingles, sentences, size: sh.set.size };
}

/** The organisation's own earlier plans, from plain texts: one entry per commitment. */
export function buildCorpus(
  entries: ReadonlyArray<EarlierRef & { text: string }>,
  options: { sampleMod?: number } = {},
): EarlierCorpus {
  const sampleMod = options.sampleMod ?? 1;
  return {
    sampleMod,
    items: entries.map(({ text, ...ref }) => earlierCommitment(ref, `${ref.title}.\n${text}`, sampleMod)),
  };
}

/**
 * Several corpora as one. Each commitment keeps its own sampling: an organisation's own earlier plan, hashed in
 * full, still finds a short commitment that the shipped corpus's one-in-four sample would miss.
 */
export function mergeCorpora(...corpora: EarlierCorpus[]): EarlierCorpus {
  const sampleMod = Math.max(1, ...corpora.map((c) => c.sampleMod));
  return { sampleMod, items: corpora.flatMap((c) => c.items) };
}

// Compact storage: little-endian uint32 arrays in base64 (core has no Buffer nor atob in its types).
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function encodeHashes(a: Uint32Array): string {
  const bytes = new Uint8Array(a.length * 4);
  a.forEach((v, i) => {
    bytes[i * 4] = v & 255;
    bytes[i * 4 + 1] = (v >>> 8) & 255;
    bytes[i * 4 + 2] = (v >>> 16) & 255;
    bytes[i * 4 + 3] = (v >>> 24) & 255;
  });
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? B64[n & 63] : '=';
  }
  return out;
}

// Each base64 letter's 6-bit value, by char code (the shipped corpus is decoded once per process: 280 KB).
const B64_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_VALUE[B64.charCodeAt(i)] = i;

export function decodeHashes(s: string): Uint32Array {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 61) end--; // '=' padding
  const bytes = new Uint8Array(Math.floor((end * 3) / 4));
  let j = 0;
  for (let i = 0; i < end; i += 4) {
    const n =
      (B64_VALUE[s.charCodeAt(i)] << 18) |
      (B64_VALUE[s.charCodeAt(i + 1)] << 12) |
      ((i + 2 < end ? B64_VALUE[s.charCodeAt(i + 2)] : 0) << 6) |
      (i + 3 < end ? B64_VALUE[s.charCodeAt(i + 3)] : 0);
    if (j < bytes.length) bytes[j++] = (n >> 16) & 255;
    if (j < bytes.length) bytes[j++] = (n >> 8) & 255;
    if (j < bytes.length) bytes[j++] = n & 255;
  }
  const out = new Uint32Array(bytes.length >> 2);
  for (let i = 0; i < out.length; i++) {
    out[i] = (bytes[i * 4] | (bytes[i * 4 + 1] << 8) | (bytes[i * 4 + 2] << 16) | (bytes[i * 4 + 3] << 24)) >>> 0;
  }
  return out;
}

/** The corpus as JSON-able data (what scripts/build-earlier-corpus.ts writes). */
export interface CorpusData {
  /** 2: 30-bit shingle hashes over word hashes (version 1 hashed the joined words). */
  version: 2;
  sampleMod: number;
  shingle: number;
  sources: string[];
  /** `m`: the item's own sampling when it is not the corpus's. */
  items: Array<{ c: string; p: string; i: string; t: string; n: number; s: string; h: string; m?: number }>;
}

export function corpusToData(corpus: EarlierCorpus, sources: string[]): CorpusData {
  return {
    version: 2,
    sampleMod: corpus.sampleMod,
    shingle: SHINGLE,
    sources,
    items: corpus.items.map((it) => ({
      c: it.ref.country,
      p: it.ref.plan,
      i: it.ref.id,
      t: it.ref.title,
      n: it.size,
      s: encodeHashes(it.shingles),
      h: encodeHashes(it.sentences),
      ...(it.sampleMod !== corpus.sampleMod ? { m: it.sampleMod } : {}),
    })),
  };
}

export function corpusFromData(data: CorpusData): EarlierCorpus {
  // Hashes of another version would never match: say so rather than find no copies.
  if (data.version !== 2 || data.shingle !== SHINGLE)
    throw new Error(
      `earlier-plans corpus: version ${data.version} (shingle ${data.shingle}) is not readable here; rebuild it (npm run build:corpus)`,
    );
  return {
    sampleMod: data.sampleMod,
    items: data.items.map((d) => ({
      ref: { country: d.c, plan: d.p, id: d.i, title: d.t },
      sampleMod: d.m ?? data.sampleMod,
      size: d.n,
      shingles: decodeHashes(d.s),
      sentences: decodeHashes(d.h),
    })),
  };
}

function indexOf(corpus: EarlierCorpus): Map<number, number[]> {
  if (corpus.index) return corpus.index;
  const index = new Map<number, number[]>();
  corpus.items.forEach((it, k) => {
    for (const h of it.shingles) {
      const list = index.get(h);
      if (list) list.push(k);
      else index.set(h, [k]);
    }
  });
  corpus.index = index;
  return index;
}

// ---------------------------------------------------------------------------------------------------------
// Comparison.

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

/** A sentence is shared when most of its shingles (or its whole wording) appear in the other text. */
function sharedSentences(
  text: string,
  a: Shingled,
  inOther: (h: number) => boolean | undefined,
  sentenceKeys?: (k: number) => boolean,
): SharedSentence[] {
  const out: SharedSentence[] = [];
  for (const s of a.sentences) {
    const known = s.shingles.map(inOther).filter((x) => x !== undefined) as boolean[];
    const hits = known.filter(Boolean).length;
    const exact = sentenceKeys?.(s.key) ?? false;
    if (
      exact ||
      (known.length >= 2 && hits / known.length >= 0.6) ||
      (known.length === 1 && hits === 1 && s.shingles.length >= 3)
    ) {
      out.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });
    }
  }
  return out;
}

export function overlapOf(a: Shingled, b: Shingled): Omit<Overlap, 'shared'> {
  const [small, large] = a.set.size <= b.set.size ? [a.set, b.set] : [b.set, a.set];
  let inter = 0;
  for (const h of small) if (large.has(h)) inter++;
  return ratios(inter, a.set.size, b.set.size);
}

/** ratios(inter, sizeA, sizeB) passes a threshold (without making the object: it runs for every pair). */
function passes(inter: number, sizeA: number, sizeB: number, t: { jaccard: number; containment: number }): boolean {
  const union = sizeA + sizeB - inter;
  return (
    (union > 0 ? inter / union : 0) >= t.jaccard ||
    (sizeA > 0 ? inter / sizeA : 0) >= t.containment ||
    (sizeB > 0 ? inter / sizeB : 0) >= t.containment
  );
}

function ratios(inter: number, sizeA: number, sizeB: number): Omit<Overlap, 'shared'> {
  const union = sizeA + sizeB - inter;
  return {
    jaccard: union > 0 ? inter / union : 0,
    containment: sizeA > 0 ? inter / sizeA : 0,
    reverseContainment: sizeB > 0 ? inter / sizeB : 0,
  };
}

export function compareShingled(text: string, a: Shingled, b: Shingled): Overlap {
  return { ...overlapOf(a, b), shared: sharedSentences(text, a, (h) => b.set.has(h)) };
}

export interface EarlierMatch extends Overlap {
  ref: EarlierRef;
}

/** Earlier commitments that this text repeats, best first. */
export function findInCorpus(
  text: string,
  a: Shingled,
  corpus: EarlierCorpus,
  thresholds: { jaccard: number; containment: number },
): EarlierMatch[] {
  // My shingles as each sampling keeps them (a corpus has one or two samplings).
  const mineCount = new Map<number, number>();
  const countFor = (mod: number): number => {
    let n = mineCount.get(mod);
    if (n === undefined) {
      n = 0;
      for (const h of a.set) if (sampled(h, mod)) n++;
      mineCount.set(mod, n);
    }
    return n;
  };
  const mods = modsOf(corpus);
  const only = mods.length === 1 ? mods[0] : 1;
  if (mods.every((m) => countFor(m) < 4)) return [];
  const index = indexOf(corpus);
  const counts = new Map<number, number>();
  // An item holds only shingles of its own sample, so a hit is always in both samples.
  for (const h of a.set) {
    if (!sampled(h, only)) continue;
    const list = index.get(h);
    if (list) for (const k of list) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const out: EarlierMatch[] = [];
  for (const [k, inter] of counts) {
    if (inter < 3) continue; // one or two shared phrases are chance, not a copy
    const it = corpus.items[k];
    const mine = countFor(it.sampleMod);
    if (mine < 4) continue;
    const union = mine + it.shingles.length - inter;
    const jaccard = inter / union;
    const containment = inter / mine;
    const reverseContainment = it.shingles.length > 0 ? inter / it.shingles.length : 0;
    if (!(
      jaccard >= thresholds.jaccard ||
      containment >= thresholds.containment ||
      (reverseContainment >= thresholds.containment && it.shingles.length >= 5)
    ))
      continue;
    const set = new Set(it.shingles);
    const keys = new Set(it.sentences);
    const shared = sharedSentences(
      text,
      a,
      (h) => (sampled(h, it.sampleMod) ? set.has(h) : undefined),
      (key) => keys.has(key),
    );
    out.push({ ref: it.ref, jaccard, containment, reverseContainment, shared });
  }
  return out.sort((x, y) => Math.max(y.jaccard, y.containment) - Math.max(x.jaccard, x.containment));
}

const corpusMods = new WeakMap<EarlierCorpus, number[]>();
function modsOf(corpus: EarlierCorpus): number[] {
  let mods = corpusMods.get(corpus);
  if (!mods) {
    mods = [...new Set(corpus.items.map((it) => it.sampleMod))];
    if (mods.length === 0) mods = [corpus.sampleMod];
    corpusMods.set(corpus, mods);
  }
  return mods;
}

// The shipped corpus (built by scripts/build-earlier-corpus.ts), decoded on first use.
let shipped: EarlierCorpus | undefined;

export function shippedCorpus(): EarlierCorpus {
  shipped ??= corpusFromData(shippedJson as CorpusData);
  return shipped;
}

const MESSAGES = {
  samePlan: {
    fr: (n: number, title: string) => `Cet engagement reprend en grande partie l'engagement ${n} (« ${title} »).`,
    en: (n: number, title: string) => `This commitment largely repeats commitment ${n} ("${title}").`,
  },
  earlier: {
    fr: (r: EarlierRef) =>
      `Cet engagement reprend un engagement d'un plan antérieur : ${r.plan}, ${r.id} (« ${r.title} »).`,
    en: (r: EarlierRef) =>
      `This commitment repeats a commitment of an earlier plan: ${r.plan}, ${r.id} ("${r.title}").`,
  },
  note: {
    fr: 'Fusionnez les deux engagements, ou dites ce que celui-ci apporte de nouveau : un livrable, une cible, une date.',
    en: 'Merge the two commitments, or say what this one adds: a deliverable, a target, a date.',
  },
  noteEarlier: {
    fr: "Un engagement repris d'un plan antérieur doit dire ce qui a été fait depuis et ce qui reste à livrer, ou être retiré.",
    en: 'A commitment taken from an earlier plan should say what was done since and what remains to deliver, or be dropped.',
  },
};

const DEFAULT_JACCARD = 0.4;
const DEFAULT_CONTAINMENT = 0.6;
/** Below this many distinct shingles a commitment is too short to call a copy. */
const MIN_SHINGLES = 8;

export function duplicateFindings(
  source: SourceText,
  commitments: readonly Commitment[],
  options: {
    lang: Lang;
    earlierPlans?: EarlierCorpus | null;
    duplicateJaccard?: number;
    duplicateContainment?: number;
    planCache?: PlanCache;
  },
): Finding[] {
  const lang = options.lang;
  const thresholds = {
    jaccard: options.duplicateJaccard ?? DEFAULT_JACCARD,
    containment: options.duplicateContainment ?? DEFAULT_CONTAINMENT,
  };
  const folded = foldedText(source);
  const cache = options.planCache;
  // Arrays built by push, not map: V8's optimised map makes arrays of another kind than its unoptimised one, and
  // the functions reading them were deoptimised on the change (measured: postingsOf compiled six times per run).
  const sh: Shingled[] = [];
  for (const e of commitments)
    sh.push(
      cache
        ? cache.shingled(e, () => shingleRange(source.text, folded, e.start, e.end))
        : shingleRange(source.text, folded, e.start, e.end),
    );
  const out: Finding[] = [];
  const finding = (
    e: Commitment,
    message: string,
    note: string,
    data: Record<string, unknown>,
    key: string,
  ): Finding => {
    const end = e.start + e.title.length;
    return {
      ruleId: 'duplicate',
      source: 'jalon',
      severity: 'warning',
      message,
      note,
      actual: source.text.slice(e.start, end),
      expected: [],
      start: e.start,
      end,
      paragraph: e.firstParagraph,
      paragraphOffset: e.start - source.paragraphs[e.firstParagraph].start,
      commitment: e.index,
      fingerprint: fingerprintOf('duplicate', key, fold(e.title).replace(/\s+/g, ' ').trim()),
      data,
    };
  };
  // Same plan: the later commitment is the one flagged. Shared shingles are counted through an index
  // (shingle -> earlier commitments that have it) rather than by intersecting every pair of sets. Phrases that
  // run through much of the plan ("le ministère publiera") would make that index quadratic: they are counted
  // with one bit each per commitment instead, and a pair's count is the index's plus its common bits.
  const n = commitments.length;
  const eligible = new Uint8Array(n);
  for (let j = 0; j < n; j++) eligible[j] = sh[j].set.size >= MIN_SHINGLES ? 1 : 0;
  // The index first (it gives each shingle's count of commitments), then the common shingles' bits.
  const index = postingsOf(sh, eligible);
  const { slotOf, first, members } = index;
  const common = commonShingles(index);
  const bitOf = common.bitOf;
  const words = (common.size + 31) >>> 5;
  const bits = new Uint32Array(n * words);
  // A pair sharing nothing scores 0 everywhere: it can only pass thresholds of 0.
  const zeroPasses = thresholds.jaccard <= 0 || thresholds.containment <= 0;
  const shared = new Int32Array(n);
  const commonCount = new Int32Array(n);
  const sizes = Int32Array.from(sh, (x) => x.set.size);
  for (let j = 0; j < n; j++) {
    if (!eligible[j]) continue;
    shared.fill(0, 0, j);
    for (let e = index.entryStart[j], end = e + sizes[j]; e < end; e++) {
      const slot = slotOf[e];
      const bit = bitOf[slot];
      if (bit >= 0) {
        bits[j * words + (bit >>> 5)] |= 1 << (bit & 31);
        continue;
      }
      // Commitments before this one that have the shingle (a slot's members are in commitment order).
      for (let k = first[slot], stop = first[slot + 1]; k < stop && members[k] < j; k++) shared[members[k]]++;
    }
    for (let w = 0; w < words; w++) commonCount[j] += popcount(bits[j * words + w]);
    const sizeJ = sh[j].set.size;
    for (let i = 0; i < j; i++) {
      if (!eligible[i] || commonCount[i] === 0 || commonCount[j] === 0) continue;
      // The ratios only grow with the count: the common bits are counted when all of them could tip the pair.
      if (!passes(shared[i] + Math.min(commonCount[i], commonCount[j]), sizeJ, sizes[i], thresholds)) continue;
      let inter = shared[i];
      for (let w = 0, a = i * words, b = j * words; w < words; w++) inter += popcount(bits[a + w] & bits[b + w]);
      shared[i] = inter;
    }
    for (let i = 0; i < j; i++) {
      if (!eligible[i] || (shared[i] === 0 && !zeroPasses)) continue;
      if (!passes(shared[i], sizeJ, sizes[i], thresholds)) continue;
      const o = compareShingled(source.text, sh[j], sh[i]);
      const other = commitments[i];
      out.push(
        finding(
          commitments[j],
          MESSAGES.samePlan[lang](i + 1, other.title),
          MESSAGES.note[lang],
          {
            kind: 'same-plan',
            other: i,
            otherTitle: other.title,
            jaccard: round(o.jaccard),
            containment: round(o.containment),
            sharedSentences: o.shared,
            otherSentences: compareShingled(source.text, sh[i], sh[j]).shared,
          },
          `same:${fold(other.title)}`,
        ),
      );
    }
  }
  const corpus = options.earlierPlans === null ? undefined : (options.earlierPlans ?? shippedCorpus());
  if (corpus) {
    commitments.forEach((e, k) => {
      if (sh[k].set.size < MIN_SHINGLES) return;
      const find = () => findInCorpus(source.text, sh[k], corpus, thresholds)[0];
      const best = cache ? cache.earlier(e, corpus, `${thresholds.jaccard}/${thresholds.containment}`, find) : find();
      if (!best) return;
      out.push(
        finding(
          e,
          MESSAGES.earlier[lang](best.ref),
          MESSAGES.noteEarlier[lang],
          {
            kind: 'earlier-plan',
            ref: best.ref,
            jaccard: round(best.jaccard),
            containment: round(best.containment),
            sharedSentences: best.shared,
          },
          `earlier:${best.ref.id}`,
        ),
      );
    });
  }
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Shingles found in more than COMMON_SHARE of the commitments (and at least COMMON_MIN), at most COMMON_MAX:
 * shingle -> bit. Counting a shingle in d commitments through the index costs about d²/2 steps, as a bit n²/64
 * (one 32-bit word per pair for 32 shingles): the bit is cheaper from d ≈ n/√32.
 */
const COMMON_SHARE = 0.18;
const COMMON_MIN = 8;
const COMMON_MAX = 1024;
/** Per slot, its common shingle's bit, or -1; and how many bits. */
function commonShingles(index: Postings): { bitOf: Int32Array; size: number } {
  const { hashOf, first, slots } = index;
  const floor = Math.max(COMMON_MIN, index.eligible * COMMON_SHARE);
  const frequent: number[] = [];
  for (let s = 0; s < slots; s++) if (first[s + 1] - first[s] > floor) frequent.push(s);
  const count = (s: number) => first[s + 1] - first[s];
  frequent.sort((a, b) => count(b) - count(a) || hashOf[a] - hashOf[b]);
  const bitOf = new Int32Array(slots).fill(-1);
  const size = Math.min(COMMON_MAX, frequent.length);
  for (let bit = 0; bit < size; bit++) bitOf[frequent[bit]] = bit;
  return { bitOf, size };
}

/**
 * The same-plan index in typed arrays: each distinct shingle of the eligible commitments gets a slot (in order
 * of first appearance), each commitment's shingles their slots (`slotOf`, from `entryStart[j]`), and each slot
 * the commitments that have it, in commitment order (`members[first[s] .. first[s + 1])`). A Map of arrays did
 * the same with an allocation per shingle and a hash lookup per use.
 */
interface Postings {
  slots: number;
  hashOf: Int32Array;
  entryStart: Int32Array;
  slotOf: Int32Array;
  first: Int32Array;
  members: Int32Array;
  eligible: number;
}

function postingsOf(sh: readonly Shingled[], eligible: Uint8Array): Postings {
  const n = sh.length;
  const entryStart = new Int32Array(n + 1);
  for (let j = 0; j < n; j++) entryStart[j + 1] = entryStart[j] + (eligible[j] ? sh[j].set.size : 0);
  const total = entryStart[n];
  let size = 16;
  while (size < total * 2) size *= 2;
  const mask = size - 1;
  const table = new Int32Array(size).fill(-1); // hash -> slot, open addressing (hashes are 30-bit, never -1)
  const keys = new Int32Array(size);
  const slotOf = new Int32Array(total);
  const hashOf = new Int32Array(total);
  const counts = new Int32Array(total + 1);
  let slots = 0;
  let eligibleCount = 0;
  for (let j = 0; j < n; j++) {
    if (!eligible[j]) continue;
    eligibleCount++;
    const hs = sh[j].set.values();
    for (let q = 0, e = entryStart[j]; q < hs.length; q++, e++) {
      const h = hs[q];
      let k = (Math.imul(h, 0x9e3779b1) >>> 0) & mask;
      while (table[k] !== -1 && keys[k] !== h) k = (k + 1) & mask;
      if (table[k] === -1) {
        table[k] = slots;
        keys[k] = h;
        hashOf[slots++] = h;
      }
      const slot = table[k];
      slotOf[e] = slot;
      counts[slot]++;
    }
  }
  const first = new Int32Array(slots + 1);
  for (let s = 0; s < slots; s++) first[s + 1] = first[s] + counts[s];
  const fill = first.slice(0, slots);
  const members = new Int32Array(total);
  for (let j = 0; j < n; j++) {
    if (!eligible[j]) continue;
    for (let e = entryStart[j]; e < entryStart[j + 1]; e++) members[fill[slotOf[e]]++] = j;
  }
  return { slots, hashOf, entryStart, slotOf, first, members, eligible: eligibleCount };
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
