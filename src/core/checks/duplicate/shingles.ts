// A text as word 3-gram shingles, per sentence: content words (accent-folded, stopwords dropped) hashed, so that
// "la publication des données" and "publication données" shingle alike and shared grammar is not shared content.
// The hashes are those of the earlier-plans corpus (format 2): change them and `npm run build:corpus` must run.
import { sentenceSpansIn } from '../../commitments/text';
import { foldSameLength } from '../../dates';
import {
  commitmentWords,
  firstRunAfter,
  FNV_OFFSET,
  fnvMix,
  HASH_MASK,
  isWordAt,
  isWordChar,
  planWordHash,
  runsInside,
  type CommitmentWords,
} from '../plan-words';

// Function words of French and English.
export const STOPWORDS = new Set(
  (
    'a au aux avec ce ces cette cet dans de des du elle en et est etre il ils je la le les leur leurs lui ma mais me meme mes ' +
    'moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sont sur ta te tes toi ton tu un une vos votre vous ' +
    'y d l j m n s t c qu ainsi afin ete sera seront ont a sont plus tres tout tous toute toutes entre dont lors ' +
    'the of and to in for on at by with from as is are be been being was were will shall would should can could may might ' +
    'an or not no this that these those it its their they them we our us you your he she his her which who whom what when ' +
    'where how also such than then there here into onto over under about through other each all any both more most some'
  ).split(/\s+/),
);

export const SHINGLE = 3; // the shingle's words (the three-fold mix below)

// 30-bit FNV-1a hashes (../plan-words.ts hashes the words).
const finish = (h: number) => (h ^ (h >>> 15)) & HASH_MASK;

// A word whose hash's low 16 bits no stopword has is no stopword: one array read instead of a Set lookup for most
// words (shingling the 150,000-word plan's 150,000 words; filled once here, read only).
const MAYBE_STOPWORD = new Uint8Array(1 << 16);
for (const w of STOPWORDS) MAYBE_STOPWORD[planWordHash(w) & 0xffff] = 1;
// The stopwords by their whole hash: a word whose byte is set is compared with those of its hash where it stands,
// letter by letter, instead of being cut out of the text to be looked up (four words in ten are stopwords).
const STOPWORDS_BY_HASH = new Map<number, string[]>();
for (const w of STOPWORDS) {
  const h = planWordHash(w);
  STOPWORDS_BY_HASH.set(h, [...(STOPWORDS_BY_HASH.get(h) ?? []), w]);
}

const NO_WORDS: readonly string[] = [];

/** Whether folded[from, to), whose hash is `h`, is a stopword (STOPWORDS.has of its slice). */
function isStopwordAt(folded: string, from: number, to: number, h: number): boolean {
  for (const w of STOPWORDS_BY_HASH.get(h) ?? NO_WORDS) if (isWordAt(w, folded, from, to)) return true;
  return false;
}

const isContentWord = (folded: string, from: number, to: number, h: number) =>
  to - from >= 2 && (MAYBE_STOPWORD[h & 0xffff] === 0 || !isStopwordAt(folded, from, to, h));

/**
 * The hashes of the content words of folded[start, end): runs of a-z and 0-9 of two characters or more, stopwords
 * dropped, written into `words` from its start; returns how many. Hashed as they are read: a plan has a hundred
 * thousand words, and a string for each would be most of the check's time (bench: shingling the 150,000-word plan
 * 45 -> 9 ms). The buffer is written over rather than emptied, so that one buffer serves all the sentences of a text
 * (emptied, it was made again for each).
 */
function contentWords(folded: string, start: number, end: number, words: number[]): number {
  let n = 0;
  let i = start;
  while (i < end) {
    if (!isWordChar(folded.charCodeAt(i))) {
      i++;
      continue;
    }
    const first = i;
    let h = FNV_OFFSET;
    while (i < end && isWordChar(folded.charCodeAt(i))) h = fnvMix(h, folded.charCodeAt(i++));
    h &= HASH_MASK;
    if (isContentWord(folded, first, i, h)) words[n++] = h;
  }
  return n;
}

export interface SentenceShingles {
  start: number;
  end: number;
  shingles: number[];
  /** A hash of the sentence's content words: the same wording gives the same key. */
  key: number;
}

export interface Shingled {
  /** Distinct shingle hashes, in the order first met. */
  readonly distinct: readonly number[];
  /** The same as a set: made on first use (the same-plan index and the corpus read `distinct`; only pairs found
   * close are compared shingle by shingle). */
  readonly set: ReadonlySet<number>;
  sentences: SentenceShingles[];
}

class ShingledText implements Shingled {
  private made: Set<number> | undefined;
  constructor(
    readonly distinct: readonly number[],
    public sentences: SentenceShingles[],
  ) {}
  get set(): ReadonlySet<number> {
    return (this.made ??= new Set(this.distinct));
  }
}

/** A text's shingles from its distinct hashes (in the order first met) and its sentences. */
export const shingledOf = (distinct: readonly number[], sentences: SentenceShingles[]): Shingled =>
  new ShingledText(distinct, sentences);

/**
 * Shingles numbered 0, 1, 2... in the order first met, through a table of their own sized for at most `capacity` of
 * them (open addressing): a Set or a Map grown shingle by shingle cost as much as reading the words (bench plan:
 * 6.3 of 15 ms of shingling).
 */
export class ShingleNumbers {
  private readonly keys: Int32Array;
  private readonly numbers: Int32Array;
  private readonly mask: number;
  /** How many shingles are numbered. */
  size = 0;

  constructor(capacity: number) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.mask = slots - 1;
    this.keys = new Int32Array(slots).fill(-1); // shingles are 30-bit, never -1
    this.numbers = new Int32Array(slots);
  }

  /** The number of shingle `h`, the next one when it is new. */
  numberOf(h: number): number {
    for (let k = Math.imul(h, 0x9e3779b1) >>> 0; ; k++) {
      k &= this.mask;
      const v = this.keys[k];
      if (v === h) return this.numbers[k];
      if (v === -1) {
        this.keys[k] = h;
        this.numbers[k] = this.size;
        return this.size++;
      }
    }
  }
}

/** The distinct values of the sentences' shingles, in the order first met (what a Set keeps). */
function distinctOf(sentences: readonly SentenceShingles[], count: number): number[] {
  const numbers = new ShingleNumbers(count);
  const out: number[] = [];
  for (const s of sentences) for (const h of s.shingles) if (numbers.numberOf(h) === out.length) out.push(h);
  return out;
}

/** Shingles a text. Shingles do not cross sentences, so sharing is per sentence. */
export function shingle(text: string): Shingled {
  return shingleRange(text, foldSameLength(text), 0, text.length);
}

/**
 * Shingles text[start, end), offsets as they are in `text` (`folded` is foldSameLength(text)); `read` is
 * sentenceSpansIn(text, start, end) as offsets from `start`, when the caller has them; `runs` the range's words
 * (../plan-words.ts), when the caller has read them.
 */
export function shingleRange(
  text: string,
  folded: string,
  start: number,
  end: number,
  read?: ReadonlyArray<{ start: number; end: number }>,
  runs?: CommitmentWords,
): Shingled {
  const sentences: SentenceShingles[] = [];
  let count = 0;
  const words: number[] = []; // each sentence's in turn, its first n
  const base = read ? start : 0;
  const all = runs && runs.start === start && runs.end === end ? runs : commitmentWords(text, folded, start, end);
  let k = 0; // the first run that ends after the sentence's start (sentences come in order)
  for (const span of read ?? sentenceSpansIn(text, start, end)) {
    const from = span.start + base;
    const to = span.end + base;
    // The sentence's content words are its runs; a run that crosses its start or end is cut there: read afresh.
    k = firstRunAfter(all, from, k);
    const past = runsInside(all, k, from, to);
    let n = 0;
    if (past < 0) n = contentWords(folded, from, to, words);
    for (; k < past; k++) {
      const h = all.hashes[k];
      if (isContentWord(folded, all.starts[k], all.ends[k], h)) words[n++] = h;
    }
    if (n === 0) continue;
    let key = 0x9e3779b9;
    for (let i = 0; i < n; i++) key = fnvMix(key, words[i]);
    // A sentence has as many shingles as content words less two (one when fewer): its list is made at that size.
    const shingles = new Array<number>(n < SHINGLE ? 1 : n - SHINGLE + 1);
    if (n < SHINGLE) shingles[0] = finish(key);
    for (let i = 0; i + SHINGLE <= n; i++)
      shingles[i] = finish(fnvMix(fnvMix(fnvMix(FNV_OFFSET, words[i]), words[i + 1]), words[i + 2]));
    count += shingles.length;
    sentences.push({ start: span.start + base, end: span.end + base, shingles, key: finish(fnvMix(key, SHINGLE)) });
  }
  return shingledOf(distinctOf(sentences, count), sentences);
}
