// The words of a commitment as the plan checks read them: the runs of a to z and 0 to 9 of its folded text, where
// each starts and ends and a hash of it, read once per commitment and handed to both checks that read words through
// their context (`PlanContext.words`): the copy check makes its shingles of them (duplicate/shingles.ts), the advice finds
// its subject's keywords in them (missing-field/advice). A plan's million characters were scanned by each
// (speed shortcut, see DEVELOPERS.md).
//
// The runs are the advice's words only where no character folds to several letters (« œ »), to nothing (a combining
// accent) or to a letter or digit outside a to z and 0 to 9 (Greek, Cyrillic): `plain` says so, and a commitment
// that is not plain keeps the advice's own reading.
import { fnv1a } from '../commitments/hash';
import { foldedText } from '../commitments/text';
import type { SourceText } from '../source';
import { foldChar } from '../text/fold';
import type { Commitment } from '../types';

/** The runs of a to z and 0 to 9 of the folded text of source.text[start, end). */
export interface CommitmentWords {
  readonly start: number;
  readonly end: number;
  /** How many runs. */
  readonly count: number;
  /** Run k is folded[starts[k], ends[k]) (offsets in the source), its hash hashes[k] (planWordHash of it). */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly hashes: Int32Array;
  /**
   * Every character of the range that is not ASCII folds (foldChar) to the one letter a to z or digit the folded text
   * holds at its place, or to one character that is no letter nor digit: the runs are then the range's words as the
   * advice reads them (letters and digits of any script, foldWord).
   */
  readonly plain: boolean;
}

/** The first run from run `k` on that ends after `at` (ranges asked in order go on from the last one's). */
export function firstRunAfter(w: CommitmentWords, at: number, k = 0): number {
  while (k < w.count && w.ends[k] <= at) k++;
  return k;
}

/**
 * The runs wholly inside [from, to), from run `k` (firstRunAfter `from`) to the one this returns, excluded; -1 when a
 * run crosses `from` or `to` (cut there, it is another word: the range is read afresh).
 */
export function runsInside(w: CommitmentWords, k: number, from: number, to: number): number {
  if (k < w.count && w.starts[k] < from) return -1;
  let j = k;
  while (j < w.count && w.ends[j] <= to) j++;
  return j < w.count && w.starts[j] < to ? -1 : j;
}

/** The words of each commitment of one source, each read on first use, then given again. */
export interface WordsOfCommitments {
  of(c: Commitment): CommitmentWords;
}

export function wordsOfCommitments(source: SourceText): WordsOfCommitments {
  const folded = foldedText(source);
  const read = new Map<Commitment, CommitmentWords>();
  const scan = new Scan();
  return {
    of(c) {
      let words = read.get(c);
      if (!words || words.start !== c.start || words.end !== c.end) {
        words = scan.read(source.text, folded, c.start, c.end);
        read.set(c, words);
      }
      return words;
    },
  };
}

/** The words of text[start, end) alone (`folded` is foldSameLength of the text). */
export const commitmentWords = (text: string, folded: string, start: number, end: number): CommitmentWords =>
  new Scan().read(text, folded, start, end);

// 30-bit FNV-1a hashes (those of the shingles, and of the earlier-plans corpus), made a unit at a time where a
// scan reads the units.
export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
export const HASH_MASK = 0x3fffffff;
export const fnvMix = (h: number, w: number) => Math.imul(h ^ w, FNV_PRIME);

/** The hash of a folded word as the plan checks read it (not tokenize's wordHash, which the lexicon uses). */
export const planWordHash = (word: string): number => fnv1a(word) & HASH_MASK;

export const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** Whether folded[from, to) is `word`, read where it stands (no string cut out for it). */
export function isWordAt(word: string, folded: string, from: number, to: number): boolean {
  if (word.length !== to - from) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== folded.charCodeAt(from + i)) return false;
  return true;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether the character `c` (not ASCII), folded to `f` in the folded text, keeps the runs the advice's words. */
function plainUnit(c: number, f: number): boolean {
  const folded = foldChar(c);
  if (folded.length !== 1) return false; // several letters, or nothing
  const d = folded.charCodeAt(0);
  if (isWordChar(d)) return d === f; // « é » -> « e »
  if (d >= 0xd800 && d <= 0xdfff) return false; // half of a character outside the basic plane
  return !isWordChar(f) && !LETTER_OR_DIGIT.test(folded); // a sign ends a word in both readings
}

/** What an ASCII character makes of the runs: its fold (itself in lower case) if a letter or digit, else 0. */
const ASCII_RUN = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const f = c >= 65 && c <= 90 ? c + 32 : c;
  ASCII_RUN[c] = isWordChar(f) ? f : 0;
}

const KNOWN = 0x3000;

/** One scan's buffers, written over for each range and copied out at its size. */
class Scan {
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  private hashes = new Int32Array(1024);
  /**
   * plainUnit of each character met below KNOWN (the alphabets of Europe and their signs), its fold being the same
   * wherever it stands: 0 not known yet, 1 plain, 2 not.
   */
  private readonly known = new Uint8Array(KNOWN);

  read(text: string, folded: string, start: number, end: number): CommitmentWords {
    let plain = true;
    let n = 0;
    let first = -1; // the current run's start, -1 between runs
    let h = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      let f = c < 128 ? ASCII_RUN[c] : folded.charCodeAt(i);
      if (c >= 128) {
        if (plain) plain = this.plainAt(c, f);
        if (!isWordChar(f)) f = 0;
      }
      if (f !== 0) {
        if (first < 0) {
          first = i;
          h = FNV_OFFSET;
        }
        h = fnvMix(h, f);
      } else if (first >= 0) {
        n = this.push(n, first, i, h);
        first = -1;
      }
    }
    if (first >= 0) n = this.push(n, first, end, h);
    return {
      start,
      end,
      count: n,
      starts: this.starts.slice(0, n),
      ends: this.ends.slice(0, n),
      hashes: this.hashes.slice(0, n),
      plain,
    };
  }

  private push(n: number, first: number, end: number, h: number): number {
    if (n === this.starts.length) this.grow();
    this.starts[n] = first;
    this.ends[n] = end;
    this.hashes[n] = h & HASH_MASK;
    return n + 1;
  }

  private plainAt(c: number, f: number): boolean {
    if (c >= KNOWN) return plainUnit(c, f);
    let p = this.known[c];
    if (p === 0) this.known[c] = p = plainUnit(c, f) ? 1 : 2;
    return p === 1;
  }

  private grow() {
    const more = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.starts = more(this.starts);
    this.ends = more(this.ends);
    this.hashes = more(this.hashes);
  }
}
