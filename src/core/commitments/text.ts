// Sentences, as offsets. One definition for the field reader and the duplicate check.
import { foldSameLength, isSpace } from '../dates';
import type { SourceText } from '../source';
import type { Commitment } from '../types';

const foldedSources = new WeakMap<SourceText, { text: string; folded: string }>();
/**
 * The source's text accent-folded, made once per source: folding maps each UTF-16 unit to one unit, so the
 * folded form of any part is the same slice of it (the passes over labels, sentences, dates and shingles
 * share it instead of folding the same text again). Folded whole even on a re-check: joining kept folds of
 * its paragraphs took twice as long (150,000-word plan: 13 against 7 ms).
 */
export function foldedText(source: SourceText): string {
  const cached = foldedSources.get(source);
  if (cached && cached.text === source.text) return cached.folded;
  const folded = foldSameLength(source.text);
  foldedSources.set(source, { text: source.text, folded });
  return folded;
}

/**
 * A paragraph's folded text: a slice of the folded source (a source's paragraph texts are the slices of its text
 * at their offsets, as fromParagraphs and fromPlainText make them), or folded anew for a hand-made paragraph.
 */
export function foldedParagraph(source: SourceText, p: { text: string; start: number; end: number }): string {
  return p.end - p.start === p.text.length && source.text.length >= p.end
    ? foldedText(source).slice(p.start, p.end)
    : foldSameLength(p.text);
}

/** Only spaces, or nothing (without making a trimmed copy). */
export function isBlank(text: string): boolean {
  return !NON_SPACE.test(text);
}
const NON_SPACE = /\S/;

/**
 * Splits on line ends and on . ! ? ; when followed by a space or the end: "1.5 M€", "data.gouv.fr" and
 * "ouvert.canada.ca" stay whole. Offsets are relative to `text`; surrounding spaces are trimmed. A parenthesis
 * after a stop on the same line belongs to the sentence before it: French plans write a milestone's date or lead
 * after its full stop (« … est publié. (Juin 2019) », « … actions au porteur. (FIN/ISDE) »), English ones before.
 */
export function sentenceSpans(text: string): Array<{ start: number; end: number }> {
  return sentenceSpansIn(text, 0, text.length);
}

/** . ! ? ; (what ends a sentence before a space). */
export const isStop = (c: number) => c === 46 || c === 33 || c === 63 || c === 59;

/**
 * sentenceSpans of text[from, to), as offsets into `text`, read in one pass (what the regular expression of
 * sentenceSpansPlain matches, without a slice and a match object per sentence); added to `out` when given.
 */
export function sentenceSpansIn(
  text: string,
  from: number,
  to: number,
  out: Array<{ start: number; end: number }> = [],
): Array<{ start: number; end: number }> {
  const part = text.slice(from, to); // what the search for breaks may read (not past `to`)
  const first = out.length;
  // The first "(" at or after the place last asked about, found forward as the reading goes: a sentence leaves no
  // parenthesis open (isOpen) when none opens in its last ASIDE characters, and most sentences hold none.
  let paren = from - 1;
  let i = from;
  while (i < to) {
    if (!goesOn(text, i, to)) {
      i++;
      continue;
    }
    let s = i;
    i = runEnd(text, part, from, i, to);
    while (i < to && isStop(text.charCodeAt(i))) i++;
    let e = i;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e <= s) continue;
    // pushSentence, with isOpen asked only where a "(" lies in the part of the sentence before that it reads.
    const prev = out.length > first ? out[out.length - 1] : undefined;
    let joins = false;
    if (prev && !hasLineEnd(text, prev.end, s)) {
      if (isAside(text, s, e)) joins = true;
      else {
        const lo = Math.max(prev.start, prev.end - ASIDE);
        if (paren < lo) {
          const k = part.indexOf('(', lo - from);
          paren = k < 0 ? to : k + from;
        }
        joins = paren < prev.end && isOpen(text, prev.start, prev.end);
      }
    }
    if (joins) prev!.end = e;
    else out.push({ start: s, end: e });
  }
  return out;
}

/**
 * Adds text[s, e) to the sentences `out`, joined to the one before when it is an aside on its line (the plain reading;
 * sentenceSpansIn does the same inline).
 */
function pushSentence(text: string, out: Array<{ start: number; end: number }>, s: number, e: number) {
  const prev = out.length > 0 ? out[out.length - 1] : undefined;
  const joins = prev && !hasLineEnd(text, prev.end, s) && (isAside(text, s, e) || isOpen(text, prev.start, prev.end));
  if (prev && joins) prev.end = e;
  else out.push({ start: s, end: e });
}

/**
 * Does text[s, e) leave a parenthesis open ("(5 by June 2021; 10 by June 2022)" is one aside)? An aside is short: a
 * parenthesis opened more than ASIDE characters back is a stray one, and does not hold the sentences after it.
 */
function isOpen(text: string, s: number, e: number): boolean {
  let depth = 0;
  for (let i = e - 1; i >= Math.max(s, e - ASIDE); i--) {
    const c = text.charCodeAt(i);
    if (c === 41) depth++;
    else if (c === 40 && depth-- === 0) return true;
  }
  return false;
}

const ASIDE = 300;

/** A sentence that is only a parenthesis: it opens one and does not close it before its last stop. */
function isAside(text: string, s: number, e: number): boolean {
  if (text.charCodeAt(s) !== 40) return false;
  for (let i = s + 1; i < e - 2; i++) if (text.charCodeAt(i) === 41) return false;
  return true;
}

function hasLineEnd(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

// Only a line end or a stop can end a sentence: the scan jumps from one to the next with a regular expression's
// search rather than testing every character (three times faster: 3.2 -> 1.1 ms over the bench plan's commitments).
const BREAK = /[\n.!?;]/g;

/** The first offset from `i` (in a sentence) where the sentence does not go on, or `to`. */
function runEnd(text: string, part: string, from: number, i: number, to: number): number {
  for (;;) {
    BREAK.lastIndex = i - from;
    if (!BREAK.test(part)) return to;
    i = BREAK.lastIndex - 1 + from;
    if (!goesOn(text, i, to)) return i;
    i++;
  }
}

/** Does the sentence go on through text[i]: any character but a line end, and a stop only before a word? */
function goesOn(text: string, i: number, to: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 10) return false;
  if (!isStop(c)) return true;
  if (i + 1 >= to) return false;
  const d = text.charCodeAt(i + 1);
  return !isSpace(d) && !isStop(d);
}

type Sentences = ReadonlyArray<{ start: number; end: number }>;

/**
 * sentenceSpans(text), read as the sentences of text[0, cut) then those of text[cut, end): the same, as no sentence
 * crosses a line end (text[cut] is one, or `cut` is the end). The second part is what a reading of the text from a
 * later start before `cut` shares with this one (a Markdown heading's title starts after its marks).
 */
export function sentenceSpansCut(text: string, cut: number): Array<{ start: number; end: number }> {
  return sentenceSpansIn(text, cut, text.length, sentenceSpansIn(text, 0, cut));
}

/**
 * A commitment's text read once (readOne): its range of the source and its sentences, as sentenceSpansCut of its
 * folded form found them (offsets from `start`). The fields' prose and the copy check read the same sentences. Made
 * only where those are the sentences of the text itself: a Greek question mark is folded to « ; », which ends a
 * sentence, and is no stop in the text.
 */
export interface TextReading {
  start: number;
  end: number;
  sentences: Sentences;
}

/**
 * sentenceSpansIn(text, from, to, out) (text is the source's) for a range inside the text `reading` read: when the
 * range holds its line whole but for spaces, the reading's sentences of that line (no sentence crosses a line end,
 * and the spaces around a sentence are no part of it); read afresh otherwise (a label's value, a milestone after its
 * bullet, a paragraph trimmed of its emphasis marks). The reading is given only where the text's sentences are those
 * of its folded form (no Greek question mark, see TextReading).
 */
export function sentencesOfRange(
  text: string,
  reading: TextReading | undefined,
  from: number,
  to: number,
  out: Array<{ start: number; end: number }>,
): void {
  if (!reading || !isWholeLine(text, reading, from, to)) {
    sentenceSpansIn(text, from, to, out);
    return;
  }
  const { sentences, start } = reading;
  // The first sentence that starts in the range: sentences are in order.
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start + start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < sentences.length && sentences[k].start + start < to; k++)
    out.push({ start: sentences[k].start + start, end: sentences[k].end + start });
}

/**
 * Is text[from, to) its line of the reading's range, but for spaces around it? Not when it starts with a stop after
 * spaces: read alone, a stop opens no sentence; read with its line, it ends one (of spaces, and itself).
 */
function isWholeLine(text: string, reading: TextReading, from: number, to: number): boolean {
  if (from < reading.start || to > reading.end || from > to) return false;
  for (let i = from - 1; i >= reading.start; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) break;
    if (!isSpace(c) || isStop(text.charCodeAt(from))) return false;
  }
  for (let i = to; i < reading.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) break;
    if (!isSpace(c)) return false;
  }
  return true;
}

interface Kept extends TextReading {
  /** Where the reading was cut (see sentenceSpansCut), as an offset of the source. */
  cut: number;
  /** The first `head` sentences lie before the cut. */
  head: number;
}

// Each commitment's sentences as the reading of its text found them, for the copy check, which shingles the same
// sentences: kept with the range they were read in, until taken.
const readSentences = new WeakMap<Commitment, Kept>();

/**
 * Keeps for a commitment the sentences of its text's reading, cut at `cut` (an offset of the source: a line end, or
 * the reading's end).
 */
export function rememberSentences(c: Commitment, reading: TextReading, cut: number) {
  const { start, sentences } = reading;
  let head = 0;
  while (head < sentences.length && sentences[head].start < cut - start) head++;
  readSentences.set(c, { ...reading, cut, head });
}

/**
 * sentenceSpansIn(text, start, end), as offsets from `start`, from what the reading of commitment `c` (whose source's
 * text is `text`) kept: all of them for the range it read; for a range that starts later on its first line (a title
 * after its paragraph's start), that line read again and the rest kept; undefined for any other range, or when it kept
 * none. Given once: the copy check is the one reader, and the commitment, which a host keeps, does not hold them after.
 */
export function takeSentences(c: Commitment, text: string, start: number, end: number): Sentences | undefined {
  const read = readSentences.get(c);
  readSentences.delete(c);
  if (!read || read.end !== end || start < read.start || start > read.cut) return undefined;
  if (read.start === start) return read.sentences;
  const out: Array<{ start: number; end: number }> = [];
  for (const s of sentenceSpansIn(text, start, read.cut)) out.push({ start: s.start - start, end: s.end - start });
  const shift = read.start - start;
  for (let k = read.head; k < read.sentences.length; k++) {
    const s = read.sentences[k];
    out.push({ start: s.start + shift, end: s.end + shift });
  }
  return out;
}

/** sentenceSpans as a regular expression reads it (what the one-pass reading must equal; for tests). */
export function sentenceSpansPlain(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  // A stop ends a sentence only before a space or the end ("ouvert.canada.ca" is one word).
  const re = /(?:[^.!?;\n]|[.!?;](?=[^\s.!?;]))+[.!?;]*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let s = m.index;
    let e = s + m[0].length;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) pushSentence(text, out, s, e);
  }
  return out;
}
