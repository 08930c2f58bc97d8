// Pure helpers of the Word layer: no Office.js here, so they are unit-tested directly.
// Word's search is not offset based, so a span [start, end) of a paragraph is found again as "the k-th
// occurrence of its text in that paragraph" (Word, like indexOf, reports non-overlapping matches).
import { fnv1a } from '../core';

/** Word's search refuses longer strings. */
export const MAX_SEARCH = 255;

/** Characters that Word's (non-wildcard) search reads as codes or cannot take literally. */
const SEARCH_CODES: Record<string, string> = {
  '^': '^^',
  '\u00a0': '^s', // non-breaking space
  '\u00ad': '^-', // soft hyphen
  '\u001f': '^-', // Word's own optional hyphen
  '\u001e': '^~', // non-breaking hyphen
  '\u000b': '^l', // manual line break
  '\t': '^t',
};

export function escapeSearch(text: string): string {
  return text.replace(/[\^\u00a0\u00ad\u001f\u001e\u000b\t]/g, (c) => SEARCH_CODES[c] ?? c);
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

/** Cuts a needle to Word's search limit without splitting a surrogate pair (emoji). */
export function clipNeedle(text: string, fromEnd = false): string {
  if (text.length <= MAX_SEARCH) return text;
  if (!fromEnd) {
    let n = MAX_SEARCH;
    if (isHighSurrogate(text.charCodeAt(n - 1))) n -= 1;
    return text.slice(0, n);
  }
  let s = text.length - MAX_SEARCH;
  if (isLowSurrogate(text.charCodeAt(s))) s += 1;
  return text.slice(s);
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * How to find [start, end) of a paragraph again through search: one needle, or (past Word's limit) a head
 * and a tail needle whose ranges are joined with expandTo. Undefined when the span cannot be found
 * unambiguously (it overlaps an earlier identical match).
 */
export interface SpanPlan {
  head: { needle: string; occurrence: number };
  tail?: { needle: string; occurrence: number };
}

export function planSpan(text: string, start: number, end: number): SpanPlan | undefined {
  if (start < 0 || end > text.length || end <= start) return undefined;
  const actual = text.slice(start, end);
  const head = clipNeedle(actual);
  const headOcc = occurrenceAt(text, head, start);
  if (headOcc === undefined) return undefined;
  if (head.length === actual.length) return { head: { needle: head, occurrence: headOcc } };
  const tail = clipNeedle(actual, true);
  const tailOcc = occurrenceAt(text, tail, end - tail.length);
  if (tailOcc === undefined) return undefined;
  return { head: { needle: head, occurrence: headOcc }, tail: { needle: tail, occurrence: tailOcc } };
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

/**
 * Finds a paragraph by a fallback id: at its index if the text is unchanged, else the nearest paragraph
 * with the same text (paragraphs inserted above shift indexes). -1 when it is gone or was edited.
 */
export function resolveIndexId(id: string, fingerprints: string[]): number {
  const p = parseIndexId(id);
  if (!p) return -1;
  if (fingerprints[p.index] === p.fp) return p.index;
  let best = -1;
  for (let i = 0; i < fingerprints.length; i++) {
    if (fingerprints[i] === p.fp && (best < 0 || Math.abs(i - p.index) < Math.abs(best - p.index))) best = i;
  }
  return best;
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

/** Word reports highlight colours as "#RRGGBB", names or null; compare them in one form. */
export function sameColour(a: string | null | undefined, b: string | null | undefined): boolean {
  const norm = (c: string | null | undefined) => (c ? (NAMED[c.toLowerCase()] ?? c).toUpperCase() : '');
  return norm(a) === norm(b);
}

const NAMED: Record<string, string> = {
  yellow: '#FFFF00',
  pink: '#FF00FF',
  turquoise: '#00FFFF',
  brightgreen: '#00FF00',
  gray25: '#C0C0C0',
  lightgray: '#C0C0C0',
};
