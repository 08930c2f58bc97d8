// Character classes and the folding that lexicons are keyed on. Both are worked out once per UTF-16 code unit
// (with Unicode regular expressions) and remembered.
//
// Two foldings exist in Jalon, one per purpose:
// - foldWord (here): lowercase, no accents, ligatures expanded ("Œuvre" -> "oeuvre"): what a word is looked up as;
//   the length may change.
// - foldSameLength (below): one code unit for one, so that offsets found in the folded text are offsets
//   in the original (regular expressions over whole paragraphs).
export enum CharClass {
  Unknown = 0,
  Space = 1,
  Lower = 2,
  Upper = 3,
  Letter = 4, // a letter without case (CJK, Arabic...)
  Digit = 5,
  Mark = 6, // combining mark: part of the word, dropped from the folded form
  Invisible = 7, // soft hyphen, zero-width joiners: inside a word, dropped from the folded form
  Apostrophe = 8,
  Hyphen = 9,
  StopPunct = 10, // . ! ? …
  PausePunct = 11, // , ; :
  Open = 12, // ( [ {
  Close = 13, // ) ] }
  Other = 14,
}

const classes = new Uint8Array(65536);
const folds: (string | undefined)[] = new Array(65536);

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const DIGIT = /\p{Nd}/u;
const SPACE = /[\s\u00A0\u202F\u2007\u2060\uFEFF]/u;
const COMBINING = /\p{M}/gu;

// Letters NFKD leaves alone but readers treat as two or plain letters.
const SPECIAL_FOLDS: Record<string, string> = {
  œ: 'oe',
  Œ: 'oe',
  æ: 'ae',
  Æ: 'ae',
  ß: 'ss',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ı: 'i',
};

function computeClass(code: number): CharClass {
  if (code >= 0xd800 && code <= 0xdfff) return CharClass.Other; // surrogate halves never join a word
  const ch = String.fromCharCode(code);
  switch (code) {
    case 0x00ad: // soft hyphen
    case 0x200b: // zero width space inside words (pasted from the web)
    case 0x200c:
    case 0x200d:
    case 0x2060:
      return code === 0x2060 ? CharClass.Space : CharClass.Invisible;
    case 0x27: // '
    case 0x2019: // ’
    case 0x2bc: // ʼ
    case 0x2018: // ‘ (used as an apostrophe by some keyboards)
      return CharClass.Apostrophe;
    case 0x2d: // -
    case 0x2010:
    case 0x2011:
      return CharClass.Hyphen;
    case 0x2e:
    case 0x21:
    case 0x3f:
    case 0x2026:
      return CharClass.StopPunct;
    case 0x2c:
    case 0x3b:
    case 0x3a:
      return CharClass.PausePunct;
    case 0x28:
    case 0x5b:
    case 0x7b:
      return CharClass.Open;
    case 0x29:
    case 0x5d:
    case 0x7d:
      return CharClass.Close;
    default:
  }
  if (SPACE.test(ch)) return CharClass.Space;
  if (DIGIT.test(ch)) return CharClass.Digit;
  if (MARK.test(ch)) return CharClass.Mark;
  if (LETTER.test(ch)) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if (lower !== ch) return CharClass.Upper;
    if (upper !== ch) return CharClass.Lower;
    return CharClass.Letter;
  }
  return CharClass.Other;
}

export function charClass(code: number): CharClass {
  let c = classes[code];
  if (c === 0) {
    c = computeClass(code);
    classes[code] = c;
  }
  return c as CharClass;
}

/** Lowercase, accent-free, ligature-free form of one code unit ('' for marks and invisible characters). */
export function foldChar(code: number): string {
  let f = folds[code];
  if (f === undefined) {
    const cls = charClass(code);
    const ch = String.fromCharCode(code);
    if (cls === CharClass.Mark || cls === CharClass.Invisible) f = '';
    else if (SPECIAL_FOLDS[ch] !== undefined) f = SPECIAL_FOLDS[ch];
    else if (
      cls === CharClass.Upper ||
      cls === CharClass.Lower ||
      cls === CharClass.Letter ||
      cls === CharClass.Digit
    ) {
      f = ch.normalize('NFKD').toLowerCase().replace(COMBINING, '');
      f = f.replace(/[œæß]/g, (m) => SPECIAL_FOLDS[m]);
      if (f === '') f = ch.toLowerCase();
    } else f = ch.toLowerCase();
    folds[code] = f;
  }
  return f;
}

/** Lowercase, accent-free, ligature-free: what the lexicons are keyed on ("Œuvre" -> "oeuvre"). */
export function foldWord(s: string): string {
  // Each character folded (foldChar); a run of a to z and digits, which fold to themselves, is copied whole.
  let out = '';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) continue;
    out += s.slice(run, i) + foldChar(code);
    run = i + 1;
  }
  return run === 0 ? s : out + s.slice(run);
}

/** Lowercase with accents kept (ligatures expanded, invisible characters dropped): tells "renforcé" from "renforce". */
export function lowerKeepAccents(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const cls = charClass(code);
    if (cls === CharClass.Invisible) continue;
    const ch = s[i];
    out += SPECIAL_FOLDS[ch] ?? ch.toLowerCase();
  }
  return out.normalize('NFC');
}

// The fold that keeps offsets. It lives here, not in the date grammar that uses it most, so that the text rules (which
// fold a commitment's title for its fingerprint) need not load the date patterns.
/** Lower case without accents, same length as the input (so offsets stay valid). */
export function foldSameLength(s: string): string {
  const n = s.length;
  let i = 0;
  while (i < n && s.charCodeAt(i) < 128) i++;
  if (i === n) return s.toLowerCase();
  if (n >= LONG) return foldLong(s);
  // Plans are folded many times over (labels, cues, dates): unit by unit into an array made a string at once, which
  // also gives the regular expressions that read it a flat string (ASCII runs lower-cased as slices and joined cost
  // half as much again, and left a rope to flatten).
  const units: number[] = new Array(n);
  for (let k = 0; k < n; k++) units[k] = foldUnit(s.charCodeAt(k));
  return String.fromCharCode.apply(null, units);
}

// A whole plan (a million characters, an accented letter every twenty) is folded unit by unit into a buffer,
// made a string at once by a UTF-16 decoder: piecing it together from slices builds a rope of some 50,000 parts
// (twice the time). The decoder is in every host of the core (browsers, workers, Node), though in no ES typing.
declare const TextDecoder: (new (label: string) => { decode(units: Uint16Array): string }) | undefined;
const LONG = 2048;
const CHUNK = 8192;
/** foldUnit's table, filled as units are met; 0 is "not yet" (U+0000 folds to itself anyway). */
const FOLDED_UNITS = new Uint16Array(65536);
for (let c = 0; c < 128; c++) FOLDED_UNITS[c] = c >= 65 && c <= 90 ? c + 32 : c;
// Typographic apostrophes (Word and pandoc write ’) read as the straight one: « D’ici 2023 » is « d'ici 2023 ».
for (const c of [0x2019, 0x2018, 0x2bc]) FOLDED_UNITS[c] = 0x27;
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const utf16 = typeof TextDecoder === 'function' && littleEndian ? new TextDecoder('utf-16le') : undefined;
let buffer = new Uint16Array(0);

function foldLong(s: string): string {
  const n = s.length;
  if (buffer.length < n) buffer = new Uint16Array(Math.max(n, buffer.length * 2));
  const units = buffer;
  let surrogates = false;
  for (let i = 0; i < n; i++) {
    const f = foldUnit(s.charCodeAt(i));
    if (f >= 0xd800 && f <= 0xdfff) surrogates = true; // surrogates fold to themselves
    units[i] = f;
  }
  // A decoder would make a lone surrogate U+FFFD: text with surrogates is made by chunks instead.
  if (utf16 && !surrogates) return utf16.decode(units.subarray(0, n));
  const parts: string[] = [];
  for (let k = 0; k < n; k += CHUNK)
    parts.push(String.fromCharCode.apply(null, units.subarray(k, Math.min(n, k + CHUNK)) as unknown as number[]));
  return parts.join('');
}

/** One UTF-16 unit in, one out: accents dropped, case lowered, apostrophes straight; ligatures and odd letters stay as they are. */
function foldUnit(c: number): number {
  let f = FOLDED_UNITS[c];
  if (f === 0 && c !== 0) {
    const ch = String.fromCharCode(c);
    const base = ch
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    FOLDED_UNITS[c] = f = (base.length === 1 ? base : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch).charCodeAt(
      0,
    );
  }
  return f;
}
