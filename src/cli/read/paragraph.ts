// A paragraph as a file reader gives it: what the core reads (ParagraphInput) plus where it came from, so that
// reports can point a person to it. Every reader (.docx, .odt, .md, .txt) gives these, so the same text reads the
// same whatever the format: headings, list items without their bullet or number, table cells with their place.
import type { ParagraphInput } from '../../core';

export interface DraftParagraph extends ParagraphInput {
  /** Set on paragraphs that come from a footnote or an endnote. */
  note?: { kind: 'footnote' | 'endnote'; id: string };
  /** Set on paragraphs that come from a text box. */
  textBox?: boolean;
  /**
   * Text files: where the paragraph's text lies in the file, as [offset in the paragraph, offset in the file] pairs
   * in order, one where the two stop running side by side (a line's start, the text after a dropped mark).
   */
  at?: number[];
}

/** The file offset of a paragraph's offset, for a text file's paragraph (undefined for other formats). */
export function fileOffset(p: Pick<DraftParagraph, 'at'>, offset: number): number | undefined {
  const at = p.at;
  if (!at || at.length < 2) return undefined;
  let k = 0;
  while (k + 2 < at.length && at[k + 2] <= offset) k += 2;
  return at[k + 1] + Math.max(0, offset - at[k]);
}

/** Offsets where the lines of a text start (after \n, \r\n or \r). */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  const re = /\r\n|\n|\r/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) starts.push(m.index + m[0].length);
  return starts;
}
