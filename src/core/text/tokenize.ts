// Words of a paragraph, with exact UTF-16 offsets into the original text and a folded form (`norm`: lowercase,
// no accents, ligatures expanded, soft hyphens dropped), so that "AMELIORER", "améliorer" and "amé\u00ADliorer"
// all meet the same lexicon key. What lies between two words (a comma, a full stop, a bracket) is kept as flags
// on the word after it: the checks use them to keep a match inside one expression or one sentence.
import { CharClass, charClass, foldChar } from './fold';

export interface Token {
  start: number;
  end: number;
  /** The folded word. */
  norm: string;
  /** CAP, UPPER, NUM, ELIDED, LETTERS. */
  flags: number;
  /** What the gap before this word holds: SEP_* flags. */
  sep: number;
}

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

const isWordClass = (c: CharClass) =>
  c === CharClass.Lower ||
  c === CharClass.Upper ||
  c === CharClass.Letter ||
  c === CharClass.Digit ||
  c === CharClass.Mark ||
  c === CharClass.Invisible;
const isLetterClass = (c: CharClass) => c === CharClass.Lower || c === CharClass.Upper || c === CharClass.Letter;
const classAt = (text: string, i: number) =>
  i >= 0 && i < text.length ? charClass(text.charCodeAt(i)) : CharClass.Space;

/** The words of a text, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sep = SEP_START;
  let i = 0;
  while (i < text.length) {
    const cls = charClass(text.charCodeAt(i));
    // A word starts with a letter or a digit; marks and invisible characters only continue one.
    if (!isLetterClass(cls) && cls !== CharClass.Digit) {
      sep |= gapFlag(cls, text, i);
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isWordClass(charClass(text.charCodeAt(i)))) i++;
    let end = i;
    // Trailing invisible characters are not part of the word's visible extent.
    while (end > start + 1 && charClass(text.charCodeAt(end - 1)) === CharClass.Invisible) end--;
    const token: Token = { start, end, norm: foldSlice(text, start, i), flags: wordFlags(text, start, i), sep };
    // "l'État": the apostrophe belongs to the elision when a letter follows it.
    if (classAt(text, i) === CharClass.Apostrophe && isLetterClass(classAt(text, i + 1))) {
      token.flags |= ELIDED;
      i++;
    }
    tokens.push(token);
    sep = token.flags & ELIDED ? SEP_APOSTROPHE : 0;
  }
  return tokens;
}

function foldSlice(text: string, start: number, end: number): string {
  let out = '';
  for (let k = start; k < end; k++) out += foldChar(text.charCodeAt(k));
  return out;
}

function wordFlags(text: string, start: number, end: number): number {
  let upper = 0;
  let lower = 0;
  let letters = 0;
  for (let k = start; k < end; k++) {
    const c = charClass(text.charCodeAt(k));
    if (c === CharClass.Upper) upper++;
    else if (c === CharClass.Lower) lower++;
    if (isLetterClass(c)) letters++;
  }
  const first = charClass(text.charCodeAt(start));
  let flags = 0;
  if (first === CharClass.Upper) flags |= CAP;
  if (upper >= 2 && lower === 0) flags |= UPPER;
  if (first === CharClass.Digit) flags |= NUM;
  if (letters > 0) flags |= LETTERS;
  return flags;
}

function gapFlag(cls: CharClass, text: string, i: number): number {
  switch (cls) {
    case CharClass.Space:
      return SEP_SPACE;
    case CharClass.PausePunct:
      return SEP_PAUSE;
    case CharClass.StopPunct: {
      // "3.5" and "open.canada.ca" do not end a sentence: only a stop followed by a space, a quote or the end.
      const next = classAt(text, i + 1);
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
    case CharClass.Hyphen:
      return isWordClass(classAt(text, i - 1)) && isWordClass(classAt(text, i + 1)) ? SEP_HYPHEN : SEP_OTHER;
    case CharClass.Apostrophe:
    case CharClass.Mark:
    case CharClass.Invisible:
      return 0;
    default:
      return SEP_OTHER;
  }
}

/** The hash of a folded word, as fingerprints have always used it (users keep fingerprints in their ignores). */
export function wordHash(norm: string): number {
  let h = 0;
  for (let i = 0; i < norm.length; i++) h = (Math.imul(h, 31) + norm.charCodeAt(i)) | 0;
  return h;
}

/** Sentence breaks the tokens cannot cross: a full stop between token `from` and token `to`. */
export function crossesStop(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (tokens[k].sep & SEP_STOP) return true;
  return false;
}
