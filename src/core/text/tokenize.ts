// One tokenisation per paragraph, shared by every rule. Tokens keep exact UTF-16 offsets into the
// original text while `norm` is folded (lowercase, no accents, ligatures expanded, soft hyphens dropped),
// so "AMELIORER", "améliorer" and "amé\u00ADliorer" all meet the same lexicon key.
import { CharClass as CC, charClass as charClassImported, foldChar as foldCharImported } from './normalize';

// Module-local copies: see the note in normalize.ts.
const charClass = charClassImported;
const foldChar = foldCharImported;
const CharClass = {
  Space: CC.Space,
  Lower: CC.Lower,
  Upper: CC.Upper,
  Letter: CC.Letter,
  Digit: CC.Digit,
  Mark: CC.Mark,
  Invisible: CC.Invisible,
  Apostrophe: CC.Apostrophe,
  Hyphen: CC.Hyphen,
  StopPunct: CC.StopPunct,
  PausePunct: CC.PausePunct,
  Open: CC.Open,
  Close: CC.Close,
  Other: CC.Other,
} as const;
const SPACE = CC.Space;
const LOWER = CC.Lower;
const UPPER_C = CC.Upper;
const LETTER = CC.Letter;
const DIGIT = CC.Digit;
const INVISIBLE = CC.Invisible;
const APOSTROPHE = CC.Apostrophe;

/** Token flags. */
export const CAP = 1; // first letter is a capital
export const UPPER = 2; // every letter is a capital (and there are at least two letters)
export const NUM = 4; // starts with a digit
export const ELIDED = 8; // followed by an apostrophe: l', d', qu', s'
export const LETTERS = 16; // contains at least one letter

/** What the gap before a token holds. */
export const SEP_PAUSE = 1; // , ; :
export const SEP_STOP = 2; // . ! ? … followed by a space or the end: a sentence ends
export const SEP_OPEN = 4; // ( [ {
export const SEP_CLOSE = 8; // ) ] }
export const SEP_HYPHEN = 16; // word-joining hyphen (co-construction)
export const SEP_OTHER = 32; // quotes, dashes, slashes...
export const SEP_START = 64; // first token of the paragraph
export const SEP_APOSTROPHE = 128; // after an elided word
export const SEP_SPACE = 256;

/**
 * A word. `norm` (folded) is built on first use: most words only need `hash`, checked against the lexicon
 * keys' hashes before any string is made.
 */
export class Token {
  start: number;
  end: number;
  flags: number;
  sep: number;
  /** hashFolded(norm), computed while scanning. */
  hash: number;
  private text: string;
  private scanEnd: number;
  private folded: string | undefined;

  constructor(text: string, start: number, end: number, flags: number, sep: number, hash: number, scanEnd: number) {
    // Every field assigned here, in one order: one object shape for all tokens.
    this.start = start;
    this.end = end;
    this.flags = flags;
    this.sep = sep;
    this.hash = hash;
    this.text = text;
    this.scanEnd = scanEnd;
    this.folded = undefined;
  }

  /** Reuse by the shared tokenizer (see tokenizeShared). */
  set(text: string, start: number, end: number, flags: number, sep: number, hash: number, scanEnd: number): void {
    this.start = start;
    this.end = end;
    this.flags = flags;
    this.sep = sep;
    this.hash = hash;
    this.text = text;
    this.scanEnd = scanEnd;
    this.folded = undefined;
  }

  get norm(): string {
    if (this.folded === undefined) {
      if (this.flags & PLAIN) this.folded = this.text.slice(this.start, this.scanEnd);
      else {
        let s = '';
        for (let j = this.start; j < this.scanEnd; j++) s += foldChar(this.text.charCodeAt(j));
        this.folded = s;
      }
    }
    return this.folded;
  }
}

/** The hash the tokenizer computes for a word, from its folded form: lexicons hash their keys the same way. */
export function hashFolded(folded: string): number {
  let h = 0;
  for (let i = 0; i < folded.length; i++) h = (Math.imul(h, 31) + folded.charCodeAt(i)) | 0;
  return h;
}

const PLAIN = 1 << 10; // internal flag: lowercase ASCII only, norm is a slice

/** Beyond this many words a sentence is long (plain-language guides: 20 to 25). */
export const LONG_SENTENCE_WORDS = 25;
const WWW_HASH = hashFolded('www');
const ABBREVIATION_HASHES = new Set(
  [
    'm',
    'mme',
    'mmes',
    'mm',
    'art',
    'cf',
    'p',
    'pp',
    'n',
    'no',
    'ex',
    'vol',
    'dr',
    'pr',
    'st',
    'ste',
    'av',
    'bd',
    'fig',
    'ca',
    'vs',
    'mr',
    'mrs',
    'ms',
    'e',
    'g',
    'i',
    'etc',
    'al',
  ].map(hashFolded),
);

export interface Tokenized {
  tokens: Token[];
  /** Gap flags after the last token (does the paragraph end with a full stop...). */
  trailingSep: number;
  /** French syllables of the words (vowel groups minus a mute final -e/-es/-ent), for Kandel-Moles. */
  syllables: number;
  /** Words longer than six letters, for LIX. */
  longWords: number;
  /** Words in capitals (acronym candidates). */
  upperWords: number;
  /** Words with at least one letter. */
  words: number;
  sentences: number;
  /**
   * Sentences longer than LONG_SENTENCE_WORDS, three numbers each: first token, last token, words. Shared
   * like `candidates` when the tokens are: valid until the next call.
   */
  longSentences: readonly number[];
  /** A "/", "@" or "www" was seen: web addresses and e-mails may be present. */
  maybeUrl: boolean;
  /** With a prefilter: tokens that may start a term, in order (shared, valid until the next call). */
  candidates?: number[];
}

function isWordClass(c: number): boolean {
  return c >= LOWER && c <= INVISIBLE; // Lower, Upper, Letter, Digit, Mark, Invisible are contiguous
}

/** Tokens of a text: fresh objects the caller may keep. */
export function tokenize(text: string): Tokenized {
  return scan(text, [], null);
}

const pool: Token[] = [];
const shared: Token[] = [];

/**
 * The same, into reused token objects: valid only until the next call. The engine tokenises one paragraph
 * at a time and keeps no token, so a long plan allocates no token at all after the first paragraphs.
 */
export function tokenizeShared(text: string, prefilter?: Prefilter): Tokenized {
  return scan(text, shared, pool, prefilter);
}

/** Bitmaps of lexicon keys: words (and word pairs) that may start a term. See keyBit. */
export interface Prefilter {
  keyBits: Uint32Array;
  pairBits: Uint32Array;
  /** false when no rule reads syllables (readability off): the scan does not count them. */
  syllables?: boolean;
}

export const KEY_BITS = 1 << 20;

/** Bit of a word hash in a KEY_BITS bitmap. */
export function keyBit(hash: number): number {
  return (hash ^ (hash >>> 15)) & (KEY_BITS - 1);
}

/** Hash of a word followed by another. */
export function pairHash(h: number, next: number): number {
  return (Math.imul(h, 0x01000193) ^ next) | 0;
}

const sharedCandidates: number[] = [];
// Flat numbers, not an array of triples: an array that stays of one kind (small integers) keeps the scan from
// being deoptimised when a new array of triples meets its first and then its second triple.
const sharedLongSentences: number[] = [];

function scan(text: string, tokens: Token[], reuse: Token[] | null, prefilter?: Prefilter): Tokenized {
  // Indexes of tokens that may start a term, found while scanning (the engine then visits only those).
  // The shared arrays are written by index and cut to length at the end: emptied with `length = 0`, V8 would drop
  // their storage and grow it again for every paragraph.
  const candidates = prefilter ? sharedCandidates : undefined;
  let nc = 0;
  let nt = 0; // tokens so far
  const keyBits = prefilter?.keyBits;
  const pairBits = prefilter?.pairBits;
  let lastCandidate = -1;
  let totalSyllables = 0;
  let longWords = 0;
  let upperWords = 0;
  let words = 0;
  let sentences = 0;
  let sentenceWords = 0;
  let sFirst = -1; // first and last word tokens of the current sentence
  let sLast = -1;
  const longSentences = reuse ? sharedLongSentences : [];
  let nl = 0;
  let prevShort = false;
  let maybeUrl = false;
  let prevHash = 0;
  const counting = prefilter?.syllables !== false;
  const n = text.length;
  let sep = SEP_START;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      sep |= SEP_SPACE;
      i++;
      continue;
    }
    const cls = code < 128 ? asciiClass[code] : charClass(code);
    if (cls < LOWER || cls > DIGIT) {
      if (code === 47 || code === 64) maybeUrl = true; // "/" or "@": perhaps a web address or an e-mail
      sep |= gapFlag(cls, text, i);
      i++;
      continue;
    }
    // A word: letters, digits, marks and invisible characters, until anything else. The folded form is
    // hashed on the fly; syllables count vowel groups of the folded letters.
    const start = i;
    let plain = true; // lowercase ASCII letters and digits only: norm is a plain slice
    let upper = 0;
    let lower = 0;
    let letters = 0;
    let h = 0;
    let groups = 0;
    let inVowel = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c >= 97 && c <= 122) {
        // Fast path: a lowercase ASCII letter, most of any text.
        lower++;
        letters++;
        h = (Math.imul(h, 31) + c) | 0;
        if (counting) {
          const v = VOWEL[c] === 1;
          if (v && !inVowel) groups++;
          inVowel = v;
        }
        i++;
        continue;
      }
      const k = c < 128 ? asciiClass[c] : charClass(c);
      if (k < LOWER || k > INVISIBLE) break;
      if (c < 128) {
        const fc = c >= 65 && c <= 90 ? c + 32 : c;
        if (fc !== c) {
          upper++;
          plain = false;
        } else if (k === LOWER) lower++;
        if (k !== DIGIT) letters++;
        h = (Math.imul(h, 31) + fc) | 0;
        const v = VOWEL[fc] === 1;
        if (v && !inVowel) groups++;
        inVowel = v;
      } else {
        plain = false;
        if (k === UPPER_C) {
          upper++;
          letters++;
        } else if (k === LOWER) {
          lower++;
          letters++;
        } else if (k === LETTER) letters++;
        const f = foldChar(c);
        for (let q = 0; q < f.length; q++) {
          const fc = f.charCodeAt(q);
          h = (Math.imul(h, 31) + fc) | 0;
          const v = fc < 128 && VOWEL[fc] === 1;
          if (v && !inVowel) groups++;
          inVowel = v;
        }
      }
      i++;
    }
    const scanEnd = i;
    // Mute final -e, -es, -ent after a consonant does not make a syllable.
    let syllables = groups;
    if (groups > 1) {
      let before = -1;
      // The last three folded letters, read back from the end (once per word, not tracked per letter); a plain
      // word's are its own last three characters.
      const f1 = plain ? text.charCodeAt(scanEnd - 1) : foldedFromEnd(text, start, scanEnd, 0);
      const f2 = plain ? text.charCodeAt(scanEnd - 2) : foldedFromEnd(text, start, scanEnd, 1);
      const f3 = plain
        ? scanEnd - 3 >= start
          ? text.charCodeAt(scanEnd - 3)
          : 0
        : foldedFromEnd(text, start, scanEnd, 2);
      if (f1 === 101)
        before = f2; // -e
      else if (f1 === 115 && f2 === 101)
        before = f3; // -es
      else if (f1 === 116 && f2 === 110 && f3 === 101) before = -2; // -ent: checked below
      if (before === -2 || (before > 0 && !(before < 128 && VOWEL[before] === 1))) syllables--;
    }
    if (syllables < 1) syllables = 1;
    let end = i;
    // Trailing invisible characters are not part of the word's visible extent.
    if (!plain) while (end > start + 1 && charClass(text.charCodeAt(end - 1)) === INVISIBLE) end--;
    let flags = 0;
    const first = text.charCodeAt(start);
    const firstClass = first < 128 ? asciiClass[first] : charClass(first);
    if (firstClass === UPPER_C) flags |= CAP;
    if (upper >= 2 && lower === 0) {
      flags |= UPPER;
      upperWords++;
    }
    if (firstClass === DIGIT) flags |= NUM;
    if (letters > 0) flags |= LETTERS;
    if (i < n && charClass(text.charCodeAt(i)) === APOSTROPHE && i + 1 < n) {
      const next = text.charCodeAt(i + 1);
      const nk = next < 128 ? asciiClass[next] : charClass(next);
      if (nk === LOWER || nk === UPPER_C || nk === LETTER) flags |= ELIDED;
    }
    if (plain) flags |= PLAIN;
    // Sentences, counted here rather than in another pass: a full stop ends one, except after a short
    // abbreviation followed by a lowercase word ("M. Dupont" and "art. 3" go on; "etc. Le" ends).
    if (sep & SEP_STOP && nt > 0 && !(prevShort && ABBREVIATION_HASHES.has(prevHash) && !(flags & CAP))) {
      if (sentenceWords > 0) {
        sentences++;
        // Written for every sentence, kept by moving on past it: no branch that runs first on the first long
        // sentence (V8 deoptimises the scan on such a branch).
        longSentences[nl] = sFirst;
        longSentences[nl + 1] = sLast;
        longSentences[nl + 2] = sentenceWords;
        nl += sentenceWords > LONG_SENTENCE_WORDS ? 3 : 0;
      }
      sentenceWords = 0;
    }
    if (letters > 0) {
      if (sentenceWords === 0) sFirst = nt;
      sLast = nt;
      sentenceWords++;
      words++;
    }
    if (candidates !== undefined && keyBits !== undefined && pairBits !== undefined) {
      const k = nt;
      if (k > 0 && lastCandidate !== k - 1) {
        const pb = keyBit(pairHash(prevHash, h));
        if (pairBits[pb >>> 5] & (1 << (pb & 31))) candidates[nc++] = k - 1;
      }
      const kb = keyBit(h);
      if (keyBits[kb >>> 5] & (1 << (kb & 31))) {
        candidates[nc++] = k;
        lastCandidate = k;
      }
    }
    prevShort = end - start <= 4;
    if (h === WWW_HASH) maybeUrl = true;
    prevHash = h;
    if (reuse === null) tokens[nt++] = new Token(text, start, end, flags, sep, h, scanEnd);
    else {
      const k = nt;
      let tok = reuse[k];
      if (tok === undefined) {
        tok = new Token(text, start, end, flags, sep, h, scanEnd);
        reuse.push(tok);
      } else tok.set(text, start, end, flags, sep, h, scanEnd);
      tokens[nt++] = tok;
    }
    if (letters > 0) {
      totalSyllables += syllables;
      if (letters > 6) longWords++;
    }
    sep = flags & ELIDED ? SEP_APOSTROPHE : 0;
    if (flags & ELIDED) i++; // the apostrophe belongs to the elision
  }
  if (sentenceWords > 0) {
    sentences++;
    longSentences[nl] = sFirst;
    longSentences[nl + 1] = sLast;
    longSentences[nl + 2] = sentenceWords;
    nl += sentenceWords > LONG_SENTENCE_WORDS ? 3 : 0;
  }
  tokens.length = nt;
  longSentences.length = nl;
  if (candidates) candidates.length = nc;
  return {
    tokens,
    trailingSep: sep,
    syllables: totalSyllables,
    longWords,
    upperWords,
    words,
    sentences,
    longSentences,
    maybeUrl,
    candidates,
  };
}

function gapFlag(cls: number, text: string, i: number): number {
  switch (cls) {
    case SPACE:
      return SEP_SPACE;
    case CharClass.PausePunct:
      return SEP_PAUSE;
    case CharClass.StopPunct: {
      // "3.5" and "open.canada.ca" do not end a sentence: only a stop followed by a space, a quote or the end.
      const next = i + 1 < text.length ? charClass(text.charCodeAt(i + 1)) : CharClass.Space;
      return next === CharClass.Space ||
        next === CharClass.StopPunct ||
        next === CharClass.Close ||
        next === CharClass.Other
        ? SEP_STOP
        : SEP_OTHER;
    }
    case CharClass.Open:
      return SEP_OPEN;
    case CharClass.Close:
      return SEP_CLOSE;
    case CharClass.Hyphen: {
      const prev = i > 0 ? charClass(text.charCodeAt(i - 1)) : CharClass.Space;
      const next = i + 1 < text.length ? charClass(text.charCodeAt(i + 1)) : CharClass.Space;
      return isWordClass(prev) && isWordClass(next) ? SEP_HYPHEN : SEP_OTHER;
    }
    case CharClass.Apostrophe:
    case CharClass.Mark:
    case CharClass.Invisible:
      return 0;
    default:
      return SEP_OTHER;
  }
}

const VOWEL = new Uint8Array(128);
for (const ch of 'aeiouy') VOWEL[ch.charCodeAt(0)] = 1;
/** The k-th folded code unit from the end of a word (0 = last), or 0. */
function foldedFromEnd(text: string, start: number, end: number, k: number): number {
  let seen = 0;
  for (let j = end - 1; j >= start; j--) {
    const c = text.charCodeAt(j);
    if (c < 128) {
      if (seen === k) return c >= 65 && c <= 90 ? c + 32 : c;
      seen++;
      continue;
    }
    const f = foldChar(c);
    for (let q = f.length - 1; q >= 0; q--) {
      if (seen === k) return f.charCodeAt(q);
      seen++;
    }
  }
  return 0;
}

const asciiClass = new Uint8Array(128);
for (let c = 0; c < 128; c++) asciiClass[c] = charClass(c);

/** Sentence breaks the tokens cannot cross: a full stop, or a paragraph start. */
export function crossesStop(tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (tokens[k].sep & SEP_STOP) return true;
  return false;
}
