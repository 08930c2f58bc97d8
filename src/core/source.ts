// A text under analysis and where its paragraphs sit in it. Hosts hand paragraphs (Word, .docx) or a
// whole file (.txt, .md); either way findings carry offsets into `text`, so they can be mapped back.

import type { ParagraphInput, ParagraphSpan } from './types';

export type SourceParagraph = ParagraphInput & ParagraphSpan;

export interface SourceText {
  text: string;
  paragraphs: SourceParagraph[];
}

/** Paragraphs joined with "\n": the offset of paragraph i is the sum of the earlier lengths plus i. */
export function fromParagraphs(inputs: readonly ParagraphInput[]): SourceText {
  const paragraphs: SourceParagraph[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (const p of inputs) {
    paragraphs.push({ ...p, start: offset, end: offset + p.text.length });
    parts.push(p.text);
    offset += p.text.length + 1;
  }
  return { text: parts.join('\n'), paragraphs };
}

const MARKDOWN_HEADING = /^ {0,3}(#{1,6})[ \t]+/;
// A heading as a list item's content ("- ### Title", "1. ## Title"): CommonMark reads a heading inside the
// item, and plans are written so (the US 2022 plan lists its commitments as "- ### ..." under "##" themes).
export const MARKDOWN_LIST_HEADING = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+(#{1,6})[ \t]+\S/;

/**
 * A file's text as read (BOM already removed): one paragraph per line, so offsets stay those of the
 * file even with CRLF line ends. Markdown "#" headings, also inside list items, become heading levels; the
 * paragraph keeps the whole line (marks included) so that offsets are the file's.
 */
export function fromPlainText(text: string, options: { markdown?: boolean } = {}): SourceText {
  const paragraphs: SourceParagraph[] = [];
  const lineBreak = /\r\n|\n|\r/g;
  let start = 0;
  for (;;) {
    const m = lineBreak.exec(text);
    const end = m ? m.index : text.length;
    const line = text.slice(start, end);
    const heading = options.markdown ? (MARKDOWN_HEADING.exec(line) ?? MARKDOWN_LIST_HEADING.exec(line)) : null;
    paragraphs.push({ text: line, start, end, headingLevel: heading ? heading[1].length : 0 });
    if (!m) break;
    start = m.index + m[0].length;
  }
  return { text, paragraphs };
}

/** Index of the paragraph that holds `offset` (binary search: findings are mapped by the thousand). */
export function paragraphAt(source: SourceText, offset: number): number {
  const ps = source.paragraphs;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ps[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}
