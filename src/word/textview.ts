// A paragraph's text as Jalon reads it, and where each of its characters is in the text Word gives and searches.
// Word's paragraph.text is not what the author sees, nor what the .docx reader of the command line reads:
// - on the web it includes tracked-deleted text (office-js#1267, #5286); Jalon reads the current text
//   (Paragraph.getReviewedText('Current'), WordApi 1.4), as the .docx reader drops w:del;
// - footnote and endnote reference marks are a \x02 in the text (office-js#4997), and object and field anchors
//   other control characters; the .docx reader writes none of them;
// - Word's own optional hyphen and non-breaking hyphen are \x1f and \x1e, which the .docx reader writes as U+00AD
//   and U+2011; page and column breaks become the manual line break (\v) the reader writes for every w:br.
// So the same document gives the same paragraphs in Word and on the command line, and every offset Jalon computes
// on its text is mapped back to Word's text (for search) or to Word's critique offsets (for annotations).
import { isLowSurrogate } from './text';

export interface TextView {
  /** What Jalon analyses. */
  text: string;
  /** paragraph.text as the host gives it: what Word's search sees. */
  raw: string;
  /** For each offset of `text` (and its end), the offset in `raw`; absent when they are the same. */
  toRawMap?: Int32Array;
  /**
   * For each offset of `text` (and its end), the offset Word's insertAnnotations counts: the current text without
   * tracked deletions (office-js#5672: critiques shift past deleted text) nor note marks (office-js#4997: the
   * critique offsets do not count the \x02 a paragraph's text starts with). Absent when equal to the text's offsets.
   */
  critiqueMap?: Int32Array;
}

/** Characters Jalon leaves out: C0 controls other than tab, line break and Word's two hyphen codes. */
function dropped(code: number): boolean {
  return (
    code < 0x20 && code !== 0x09 && code !== 0x0b && code !== 0x0c && code !== 0x0e && code !== 0x1e && code !== 0x1f
  );
}

function normalised(c: string): string {
  switch (c) {
    case '\u001e':
      return '\u2011';
    case '\u001f':
      return '\u00ad';
    case '\u000c':
    case '\u000e':
      return '\u000b';
    default:
      return c;
  }
}

/**
 * Where each character of `current` is in `raw`, when `raw` is `current` with other text (tracked deletions)
 * inserted; undefined when it is not. The common start and end are matched first, then the rest from the left:
 * where a deleted passage repeats the text beside it, the two cannot be told apart from the text alone.
 */
export function embed(current: string, raw: string): Int32Array | undefined {
  const pos = new Int32Array(current.length);
  let p = 0;
  while (p < current.length && p < raw.length && current[p] === raw[p]) {
    pos[p] = p;
    p += 1;
  }
  let s = 0;
  while (s < current.length - p && s < raw.length - p && current[current.length - 1 - s] === raw[raw.length - 1 - s]) {
    pos[current.length - 1 - s] = raw.length - 1 - s;
    s += 1;
  }
  let r = p;
  const rawEnd = raw.length - s;
  for (let i = p; i < current.length - s; i++) {
    while (r < rawEnd && raw[r] !== current[i]) r += 1;
    if (r >= rawEnd) return undefined;
    pos[i] = r;
    r += 1;
  }
  return pos;
}

/** The view of one paragraph: `raw` is paragraph.text, `current` its reviewed text where it has tracked changes. */
export function textView(raw: string, current?: string): TextView {
  let base = raw;
  let basePos: Int32Array | undefined;
  if (current !== undefined && current !== raw) {
    basePos = embed(current, raw);
    if (basePos) base = current;
  }
  let clean = true;
  for (let i = 0; i < base.length && clean; i++) {
    const code = base.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0b) clean = false;
  }
  if (clean && !basePos) return { text: raw, raw };
  const toRaw: number[] = [];
  const crit: number[] = [];
  let text = '';
  let marks = 0;
  for (let i = 0; i < base.length; i++) {
    const c = base[i];
    const code = c.charCodeAt(0);
    if (code === 0x02) marks += 1;
    if (dropped(code)) continue;
    text += normalised(c);
    toRaw.push(basePos ? basePos[i] : i);
    crit.push(i - marks);
  }
  toRaw.push(raw.length);
  crit.push(base.length - marks);
  return { text, raw, toRawMap: Int32Array.from(toRaw), critiqueMap: Int32Array.from(crit) };
}

/** The raw span of [start, end) of the view's text: from its first character to just after its last. */
export function rawSpan(view: TextView, start: number, end: number): [number, number] {
  const m = view.toRawMap;
  if (!m) return [start, end];
  if (end <= start) return [m[start], m[start]];
  return [m[start], m[end - 1] + 1];
}

/** The view offset of a raw offset: the first character of the view at or after it. */
export function fromRaw(view: TextView, rawOffset: number): number {
  const m = view.toRawMap;
  if (!m) return Math.min(rawOffset, view.text.length);
  let lo = 0;
  let hi = view.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (m[mid] < rawOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** [start, end) of the view's text in Word's critique offsets. */
export function critiqueSpan(view: TextView, start: number, end: number): [number, number] {
  const m = view.critiqueMap;
  if (!m) return [start, end];
  if (end <= start) return [m[start], m[start]];
  return [m[start], m[end - 1] + 1];
}

/** The number of UTF-16 units Word's critiques count in the paragraph. */
export function critiqueLength(view: TextView): number {
  const m = view.critiqueMap;
  return m ? m[m.length - 1] : view.text.length;
}

/** The start of the character that ends at `offset` (a whole emoji, never half a surrogate pair). */
export function charBefore(text: string, offset: number): number {
  return offset >= 2 && isLowSurrogate(text.charCodeAt(offset - 1)) ? offset - 2 : offset - 1;
}
