// A plain-text draft (.txt) as the paragraphs a word processor would show, read as Word and LibreOffice write a
// document "as text": one paragraph a line, a list item's bullet or number before it (dropped here, its list level
// kept), a table's rows as lines of cells separated by tabs. Lines cut mid-sentence (an e-mail, a fixed-width
// export) are joined again.
import { continues } from '../../core';
import { lineStartsOf, type DraftParagraph } from './paragraph';

// "- ", "• ", "1. ", "1) ", "a) ", "o<tab>" (Word's second-level bullet): the marker and the space or tab after it.
const LIST_MARKER = /^([ \t]*)(?:[-*+•·▪◦–‣○■□➢✓]|\d{1,3}[.)]|[a-z][.)]|[ivx]{1,4}[.)]|o(?=\t))[ \t]+(?=\S)/;

interface Line {
  text: string;
  line: number;
  column: number;
}

export function readText(text: string): DraftParagraph[] {
  const lines = text.split(/\r\n|\n|\r/);
  const starts = lineStartsOf(text);
  const out: DraftParagraph[] = [];
  let table = -1;
  let row = 0;
  let inTable = false;
  let previous: (DraftParagraph & { at: number[] }) | undefined;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    if (raw.trim() === '') {
      previous = undefined;
      inTable = false;
      continue;
    }
    const cells = tableCells(raw, lines[i - 1], lines[i + 1], inTable);
    if (cells) {
      if (!inTable) {
        table++;
        row = 0;
        inTable = true;
      } else row++;
      cells.forEach((c, column) =>
        out.push({ text: c.text, inTable: true, cell: { table, row, column }, at: [0, starts[i] + c.column] }),
      );
      previous = undefined;
      continue;
    }
    inTable = false;
    const l = lineOf(raw, i);
    if (previous && continues(previous.text, l.text)) {
      previous.at.push(previous.text.length + 1, starts[i] + l.column);
      previous.text += ` ${l.text}`;
      continue;
    }
    const m = LIST_MARKER.exec(raw);
    const p: DraftParagraph & { at: number[] } = { text: l.text, at: [0, starts[i] + l.column] };
    if (m) {
      const indent = m[1].replace(/\t/g, '    ').length;
      p.listLevel = Math.min(8, Math.floor(indent / 2));
      p.text = raw.slice(m[0].length).trim();
      p.at = [0, starts[i] + m[0].length];
    }
    out.push(p);
    previous = p;
  }
  return out;
}

function lineOf(raw: string, line: number): Line {
  const column = raw.length - raw.trimStart().length;
  return { text: raw.trim(), line, column };
}

/**
 * A table row: cells separated by tabs, in a run of at least two such lines with the same number of cells (a
 * lone "Coût :<tab>50 k€" is a labelled line, not a table).
 */
function tableCells(raw: string, before: string | undefined, after: string | undefined, inTable: boolean) {
  const n = cellCount(raw);
  if (n < 2) return undefined;
  if (!inTable && cellCount(after) !== n) return undefined;
  // "Coût :<tab>50 k€" is a labelled line: a header cell does not end with a colon.
  if (!inTable && /[:：]\s*$/.test(raw.split('\t')[0])) return undefined;
  if (inTable && cellCount(before) !== n) return undefined;
  const cells: Array<{ text: string; column: number }> = [];
  let at = 0;
  for (const part of raw.split('\t')) {
    const lead = part.length - part.trimStart().length;
    cells.push({ text: part.trim(), column: at + lead });
    at += part.length + 1;
  }
  return cells;
}

function cellCount(raw: string | undefined): number {
  if (!raw || raw.trim() === '' || LIST_MARKER.test(raw) || !raw.includes('\t')) return 0;
  return raw.split('\t').length;
}
