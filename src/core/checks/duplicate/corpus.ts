// The earlier-plans corpus: commitments of earlier plans kept as hashes only (sampled shingle hashes, sentence
// hashes) with a short reference, so that a copy is found without shipping the texts. Jalon ships one built from
// real plans (scripts/build-earlier-corpus.ts); an organisation may add its own (corpusFromPlan).
import shippedJson from './earlier-plans.json';
import { sharedSentences, type Overlap } from './matching';
import { shingle, SHINGLE, type Shingled } from './shingles';

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
  const shingles = Uint32Array.from(sh.distinct.filter((h) => sampled(h, sampleMod))).sort();
  const sentences = Uint32Array.from([
    ...new Set(sh.sentences.filter((s) => s.shingles.length >= MIN_SENTENCE_WORDS - SHINGLE + 1).map((s) => s.key)),
  ]).sort();
  return { ref: { ...ref, title: shortTitle(ref.title) }, sampleMod, shingles, sentences, size: sh.distinct.length };
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
      for (const h of a.distinct) if (sampled(h, mod)) n++;
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
  for (const h of a.distinct) {
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

/**
 * The shipped corpus decoded and indexed now rather than when the first commitment is compared with it (about
 * 50 ms on a cold start): the command line asks for it while its thread waits for the first draft to be read.
 */
export function prepareShippedCorpus(): EarlierCorpus {
  const corpus = shippedCorpus();
  indexOf(corpus);
  return corpus;
}
