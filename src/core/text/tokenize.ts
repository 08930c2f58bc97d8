// One tokenisation per paragraph, shared by every rule. Tokens keep exact UTF-16 offsets into the
// original text while `norm` is folded (lowercase, no accents, ligatures expanded, soft hyphens dropped),
// so "AMELIORER", "améliorer" and "amé\u00ADliorer" all meet the same lexicon key.
import { CharClass, charClass, foldChar } from './normalize';

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

export interface Token {
  start: number;
  end: number;
  norm: string;
  flags: number;
  sep: number;
}

export interface Tokenized {
  tokens: Token[];
  /** Gap flags after the last token (does the paragraph end with a full stop...). */
  trailingSep: number;
}

function isWordClass(c: CharClass): boolean {
  return (
    c === CharClass.Lower ||
    c === CharClass.Upper ||
    c === CharClass.Letter ||
    c === CharClass.Digit ||
    c === CharClass.Mark ||
    c === CharClass.Invisible
  );
}

export function tokenize(text: string): Tokenized {
  const tokens: Token[] = [];
  const n = text.length;
  let sep = SEP_START;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = code < 128 ? asciiClass[code] : charClass(code);
    if (!isWordClass(cls) || cls === CharClass.Invisible || cls === CharClass.Mark) {
      sep |= gapFlag(cls, text, i);
      i++;
      continue;
    }
    // A word: letters, digits, marks and invisible characters, until anything else.
    const start = i;
    let plain = true; // lowercase ASCII letters and digits only: norm is a plain slice
    let upper = 0;
    let lower = 0;
    let letters = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      const k = c < 128 ? asciiClass[c] : charClass(c);
      if (!isWordClass(k)) break;
      if (k === CharClass.Upper) {
        upper++;
        letters++;
        plain = false;
      } else if (k === CharClass.Lower) {
        lower++;
        letters++;
        if (c >= 128) plain = false;
      } else if (k === CharClass.Letter) {
        letters++;
        plain = false;
      } else if (k !== CharClass.Digit || c >= 128) plain = false;
      i++;
    }
    let norm: string;
    if (plain) norm = text.slice(start, i);
    else {
      norm = '';
      for (let j = start; j < i; j++) norm += foldChar(text.charCodeAt(j));
    }
    let end = i;
    // Trailing invisible characters are not part of the word's visible extent.
    while (end > start + 1 && charClass(text.charCodeAt(end - 1)) === CharClass.Invisible) end--;
    let flags = 0;
    const first = text.charCodeAt(start);
    const firstClass = first < 128 ? asciiClass[first] : charClass(first);
    if (firstClass === CharClass.Upper) flags |= CAP;
    if (upper >= 2 && lower === 0) flags |= UPPER;
    if (firstClass === CharClass.Digit) flags |= NUM;
    if (letters > 0) flags |= LETTERS;
    if (i < n && charClass(text.charCodeAt(i)) === CharClass.Apostrophe && i + 1 < n) {
      const next = text.charCodeAt(i + 1);
      const nk = next < 128 ? asciiClass[next] : charClass(next);
      if (nk === CharClass.Lower || nk === CharClass.Upper || nk === CharClass.Letter) flags |= ELIDED;
    }
    if (norm.length > 0) tokens.push({ start, end, norm, flags, sep });
    sep = flags & ELIDED ? SEP_APOSTROPHE : 0;
    if (flags & ELIDED) i++; // the apostrophe belongs to the elision
  }
  return { tokens, trailingSep: sep };
}

function gapFlag(cls: CharClass, text: string, i: number): number {
  switch (cls) {
    case CharClass.Space:
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

const asciiClass = new Uint8Array(128);
for (let c = 0; c < 128; c++) asciiClass[c] = charClass(c);

/** Sentence breaks the tokens cannot cross: a full stop, or a paragraph start. */
export function crossesStop(tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (tokens[k].sep & SEP_STOP) return true;
  return false;
}
