// Pure helpers of the Word layer: no Office.js here, so they are unit-tested directly.
// Word's search is not offset based, so a span [start, end) of a paragraph is found again as "the k-th exact
// occurrence of its text in that paragraph" (Word, like indexOf, reports non-overlapping matches).
import { fnv1a } from '../core';

/**
 * Word refuses a search string over 255 characters (Body/Paragraph.search: "Can be a maximum of 255 characters",
 * error SearchStringInvalidOrTooLong), counted after escaping: office-js#1726 fails under 255 raw characters once
 * the escapes are counted. One refused search fails the whole batch, so needles are clipped on the escaped length.
 */
export const MAX_SEARCH = 255;

/**
 * Characters that Word's (non-wildcard) search reads as codes or cannot take literally, and their search codes
 * ("Use search options in your Word add-in to find text", learn.microsoft.com: ^^ caret, ^s non-breaking space,
 * ^- optional hyphen, ^~ non-breaking hyphen, ^l manual line break, ^t tab). French doubles them: a
 * non-breaking space before « : ; % » is two characters once escaped.
 */
const SEARCH_CODES: Record<string, string> = {
  '^': '^^',
  '\u00a0': '^s',
  '\u00ad': '^-',
  '\u001f': '^-', // Word's own optional hyphen in paragraph.text
  '\u001e': '^~', // Word's non-breaking hyphen in paragraph.text
  '\u000b': '^l',
  '\t': '^t',
};

export function escapeSearch(text: string): string {
  return text.replace(/[\^\u00a0\u00ad\u001f\u001e\u000b\t]/g, (c) => SEARCH_CODES[c] ?? c);
}

function escapedLength(c: string): number {
  return SEARCH_CODES[c] ? 2 : 1;
}

/**
 * Control characters a literal search cannot find (note and comment marks, field and object anchors, breaks):
 * a needle never contains them; a span that does is found as the searchable runs around them.
 */
export function searchable(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code >= 0x20 || SEARCH_CODES[c]) return true;
  return false;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
export function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * Index, among the non-overlapping occurrences of `needle` in `text`, of the one starting at `start`.
 * Undefined when no occurrence starts there (the span overlaps an earlier match, or the text changed).
 */
export function occurrenceAt(text: string, needle: string, start: number): number | undefined {
  if (!needle) return undefined;
  let k = 0;
  for (let i = text.indexOf(needle); i >= 0 && i <= start; i = text.indexOf(needle, i + needle.length)) {
    if (i === start) return k;
    k += 1;
  }
  return undefined;
}

/** The end of the longest searchable run from `start` (at most `end`) whose escaped length fits Word's limit. */
function runForward(text: string, start: number, end: number): number {
  let i = start;
  let len = 0;
  while (i < end && searchable(text[i])) {
    const add = escapedLength(text[i]);
    if (len + add > MAX_SEARCH) break;
    len += add;
    i += 1;
  }
  // Never end between the halves of an emoji.
  if (i < end && i > start && isHighSurrogate(text.charCodeAt(i - 1))) i -= 1;
  return i;
}

/** The start of the longest searchable run ending at `end` (not before `start`) that fits Word's limit. */
function runBackward(text: string, start: number, end: number): number {
  let i = end;
  let len = 0;
  while (i > start && searchable(text[i - 1])) {
    const add = escapedLength(text[i - 1]);
    if (len + add > MAX_SEARCH) break;
    len += add;
    i -= 1;
  }
  if (i > start && i < end && isLowSurrogate(text.charCodeAt(i))) i += 1;
  return i;
}

/** Cuts a needle to Word's search limit (escaped) without splitting a surrogate pair. */
export function clipNeedle(text: string, fromEnd = false): string {
  return fromEnd ? text.slice(runBackward(text, 0, text.length)) : text.slice(0, runForward(text, 0, text.length));
}

/**
 * How to find [start, end) of a paragraph's text again through search: one needle, or (past Word's limit, or
 * around characters search cannot find) a head and a tail needle whose ranges are joined with expandTo.
 * `covered` is the part of the text the found range will cover: unsearchable characters at either end of the span
 * are left out. Undefined when the span cannot be found unambiguously.
 */
export interface SpanPlan {
  head: { needle: string; occurrence: number };
  tail?: { needle: string; occurrence: number };
  covered: [number, number];
  /** How many ranges Word's searches will return (every match of each needle): the size of the response. */
  matches: number;
}

function count(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n += 1;
  return n;
}

export function planSpan(text: string, start: number, end: number): SpanPlan | undefined {
  if (start < 0 || end > text.length || end <= start) return undefined;
  let s = start;
  let e = end;
  while (s < e && !searchable(text[s])) s += 1;
  while (e > s && !searchable(text[e - 1])) e -= 1;
  if (e <= s) return undefined;
  const h = runForward(text, s, e);
  if (h <= s) return undefined;
  const head = text.slice(s, h);
  const headOcc = occurrenceAt(text, head, s);
  if (headOcc === undefined) return undefined;
  if (h === e) return { head: { needle: head, occurrence: headOcc }, covered: [s, e], matches: count(text, head) };
  const t = runBackward(text, s, e);
  if (t >= e) return undefined;
  const tail = text.slice(t, e);
  const tailOcc = occurrenceAt(text, tail, t);
  if (tailOcc === undefined) return undefined;
  return {
    head: { needle: head, occurrence: headOcc },
    tail: { needle: tail, occurrence: tailOcc },
    covered: [s, e],
    matches: count(text, head) + count(text, tail),
  };
}

/** Fallback paragraph id where uniqueLocalId is missing: position plus a fingerprint of the text. */
export function indexId(index: number, text: string): string {
  return `${index}.${fnv1a(text).toString(36)}`;
}

export function parseIndexId(id: string): { index: number; fp: string } | undefined {
  const m = /^(\d+)\.([0-9a-z]+)$/.exec(id);
  return m ? { index: Number(m[1]), fp: m[2] } : undefined;
}

export function textFingerprint(text: string): string {
  return fnv1a(text).toString(36);
}

/** The paragraph with this fingerprint nearest to `index` (paragraphs inserted above shift indexes); -1 if none. */
export function nearestWith(fingerprints: string[], fp: string, index: number): number {
  if (fingerprints[index] === fp) return index;
  let best = -1;
  for (let i = 0; i < fingerprints.length; i++) {
    if (fingerprints[i] === fp && (best < 0 || Math.abs(i - index) < Math.abs(best - index))) best = i;
  }
  return best;
}

/** Finds a paragraph by a fallback id: at its index if the text is unchanged, else the nearest with that text. */
export function resolveIndexId(id: string, fingerprints: string[]): number {
  const p = parseIndexId(id);
  return p ? nearestWith(fingerprints, p.fp, p.index) : -1;
}

const HEADING_STYLE = /^Heading([1-9])$/;

/** Heading level from the built-in style, else the outline level (custom heading styles), else 0. */
export function headingLevelOf(styleBuiltIn: string | undefined, outlineLevel: unknown): number {
  const m = HEADING_STYLE.exec(styleBuiltIn ?? '');
  if (m) return Number(m[1]);
  if (typeof outlineLevel === 'number' && outlineLevel >= 1 && outlineLevel <= 9) return outlineLevel;
  const o = typeof outlineLevel === 'string' ? /^OutlineLevel([1-9])$/.exec(outlineLevel) : null;
  return o ? Number(o[1]) : 0;
}

/** Word's highlight palette, by the names Word also reports, as "#RRGGBB". */
const NAMED: Record<string, string> = {
  yellow: '#FFFF00',
  brightgreen: '#00FF00',
  lime: '#00FF00',
  red: '#FF0000',
  teal: '#008080',
  gray: '#808080',
  gray50: '#808080',
  blue: '#0000FF',
  green: '#008000',
  olive: '#808000',
  purple: '#800080',
  black: '#000000',
  pink: '#FF00FF',
  turquoise: '#00FFFF',
  lightgray: '#C0C0C0',
  gray25: '#C0C0C0',
  darkblue: '#000080',
  darkred: '#800000',
};

export function normColour(c: string | null | undefined): string {
  return c ? (NAMED[c.toLowerCase()] ?? c).toUpperCase() : '';
}

/** Word reports highlight colours as "#RRGGBB", names or null; compare them in one form. */
export function sameColour(a: string | null | undefined, b: string | null | undefined): boolean {
  return normColour(a) === normColour(b);
}

/**
 * Highlight colours that Word shows when set through the API but does not keep in the saved file
 * (office-js#3950: DarkBlue, DarkRed, LightGray, Pink and Turquoise are lost on reload). Jalon never uses them, and
 * leaves alone a span the author highlighted in one: restoring it would not survive a save.
 */
export const UNSAVED_COLOURS = new Set(['#000080', '#800000', '#C0C0C0', '#FF00FF', '#00FFFF']);

export function restorable(c: string | null | undefined): boolean {
  return !UNSAVED_COLOURS.has(normColour(c));
}
