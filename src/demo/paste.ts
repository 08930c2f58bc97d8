// Pasted text as paragraphs, read as the command line reads a .txt draft (src/cli/read/text.ts): a run of lines of
// cells separated by tabs is a table, each cell a paragraph of its own (a table copied from Word or a spreadsheet
// comes so), so that the same text gets the same review in the pane and from `jalon check`. Every other line is a
// paragraph, kept as written (the page has no list, so a bullet stays text: nothing pasted is lost).
import { readText } from '../cli/read/text';
import type { SampleParagraph } from './sample';

export function pastedParagraphs(text: string): SampleParagraph[] {
  const lines = text.split(/\r\n?|\n/);
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) {
    starts.push(at);
    at += l.length + 1;
  }
  const plain = lines.join('\n');
  // Where each table row starts: the line holding its first cell.
  const cells = new Map<number, SampleParagraph[]>();
  let line = 0;
  for (const p of readText(plain)) {
    if (!p.cell || !p.at) continue;
    const offset = p.at[1];
    while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
    const row = cells.get(line) ?? [];
    row.push({ text: p.text, cell: { row: p.cell.row, col: p.cell.column } });
    cells.set(line, row);
  }
  return lines.flatMap((l, i) => cells.get(i) ?? [{ text: l }]);
}
