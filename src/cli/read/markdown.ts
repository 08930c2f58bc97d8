// A Markdown draft as the paragraphs a word processor would show: headings with their level, list items without
// their bullet or number (with their list level), table cells with their table, row and column, and the text
// without its emphasis marks or link targets. Parsed with markdown-it (CommonMark and GFM tables), so
// "1. Engagement 1 : …" is a list item here as it is in a .docx. Each paragraph keeps where its words lie in the
// file, so reports still give the file's lines and columns.
//
// One liberty with CommonMark: the lines of a Markdown paragraph stay apart unless a line is a wrapped one (it
// goes on mid-sentence), because authors write "Coût : 50 k€" and "Indicateur : …" on lines of their own and
// read them so in their editor.
import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { continues } from '../../core';
import { lineStartsOf, type DraftParagraph } from './paragraph';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

const parser = new MarkdownIt('commonmark', { html: true }).enable('table').enable('strikethrough').use(footnote);

/** A line of text as shown, with [offset in the line, offset in the file] pairs. */
interface Line {
  text: string;
  at: number[];
  /** Footnotes cited in the line ("[^1]"), by markdown-it's note number. */
  notes?: number[];
}

interface Block {
  headingLevel?: number;
  listLevel?: number;
  cell?: { table: number; row: number; column: number };
}

export function readMarkdown(text: string): DraftParagraph[] {
  const tokens = parser.parse(text, {});
  const starts = lineStartsOf(text);
  const body: DraftParagraph[] = [];
  // Footnotes: their paragraphs, and the paragraphs that cite them. They go after the citing paragraph, as the
  // .docx and .odt readers place a note.
  const notes = new Map<number, DraftParagraph[]>();
  const cites = new Map<DraftParagraph, number[]>();
  let note: number | undefined;
  let out = body;
  let listDepth = 0;
  let itemStarted = false; // the current list item's first paragraph is still to come
  let table = -1;
  let row = -1;
  let column = -1;
  let headingLevel = 0;
  let rowLine = 0;
  let cellCursor = 0; // where the next cell's text is searched for, in the row's line

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    switch (t.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        listDepth++;
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        listDepth--;
        break;
      case 'list_item_open':
        itemStarted = true;
        break;
      case 'footnote_open':
        note = Number(t.meta?.id ?? 0);
        out = [];
        notes.set(note, out);
        break;
      case 'footnote_close':
        note = undefined;
        out = body;
        break;
      case 'heading_open':
        headingLevel = Number(t.tag.slice(1));
        break;
      case 'heading_close':
        headingLevel = 0;
        break;
      case 'table_open':
        table++;
        row = -1;
        break;
      case 'tr_open':
        row++;
        column = -1;
        rowLine = t.map?.[0] ?? rowLine;
        cellCursor = starts[rowLine] ?? 0;
        break;
      case 'th_open':
      case 'td_open':
        column++;
        break;
      case 'inline': {
        const block: Block = {};
        const inCell = tokens[i - 1]?.type === 'th_open' || tokens[i - 1]?.type === 'td_open';
        if (headingLevel > 0) block.headingLevel = headingLevel;
        else if (inCell) block.cell = { table, row, column };
        else if (listDepth > 0 && itemStarted) block.listLevel = listDepth - 1;
        // A heading inside a list item ("- ### Title") is a heading, as a word processor shows it.
        if (listDepth > 0) itemStarted = false;
        const from = inCell ? cellCursor : (starts[t.map?.[0] ?? 0] ?? 0);
        const lines = linesOf(t, text, from, starts);
        if (inCell) cellCursor = Math.max(cellCursor, lastOffset(lines));
        const from0 = out.length;
        emit(out, lines, block);
        const cited = lines.flatMap((l) => l.notes ?? []);
        if (cited.length > 0 && out.length > from0) cites.set(out[out.length - 1], cited);
        break;
      }
      case 'fence':
      case 'code_block':
      case 'html_block': {
        // A comment is a note to oneself, not text. Code and other HTML are kept as written, a paragraph a line.
        if (t.type === 'html_block' && t.content.trimStart().startsWith('<!--')) break;
        const first = (t.map?.[0] ?? 0) + (t.type === 'fence' ? 1 : 0);
        t.content
          .replace(/\n$/, '')
          .split('\n')
          .forEach((l, k) => {
            const lineStart = starts[first + k] ?? 0;
            const at = text.indexOf(l, lineStart);
            emit(out, [{ text: l, at: [0, at >= 0 ? at : lineStart] }], {});
          });
        break;
      }
      // hr, blockquote and paragraph marks: nothing of their own to read.
    }
  }
  if (notes.size === 0) return body;
  const all: DraftParagraph[] = [];
  for (const p of body) {
    all.push(p);
    for (const id of cites.get(p) ?? []) {
      for (const np of notes.get(id) ?? []) {
        delete np.listLevel;
        delete np.headingLevel;
        all.push({ ...np, note: { kind: 'footnote', id: String(id + 1) } });
      }
    }
  }
  return all;
}

/** Where the last piece of the lines ends in the file: the next cell of the row is looked for from there. */
function lastOffset(lines: Line[]): number {
  const last = lines[lines.length - 1];
  const at = last?.at ?? [];
  // A cell longer than the search window (a milestone of several sentences) must not leave the next cell unfound.
  return at.length >= 2 ? at[at.length - 1] + Math.max(1, last.text.length - at[at.length - 2]) : 0;
}

/**
 * The inline token's text as lines (soft and hard breaks, and <br>, end a line), marks gone; each piece of text
 * is found in the file from `cursor` on, so its place is known.
 */
function linesOf(t: Token, file: string, cursor: number, starts: number[]): Line[] {
  const lines: Line[] = [];
  let line: Line = { text: '', at: [] };
  const piece = (s: string) => {
    const found = file.indexOf(s, cursor);
    // Escapes and entities differ from the file: such a piece keeps the place after the previous one.
    const at = found >= 0 && found - cursor < 400 ? found : cursor;
    line.at.push(line.text.length, at);
    line.text += s;
    cursor = at + (found === at ? s.length : 0);
  };
  const flush = () => {
    lines.push(line);
    line = { text: '', at: [] };
  };
  for (const c of t.children ?? []) {
    switch (c.type) {
      case 'text':
      case 'code_inline':
        if (c.content) piece(c.content);
        break;
      case 'softbreak':
      case 'hardbreak': {
        flush();
        // The next line starts after the line end.
        const k = nextLine(starts, cursor);
        if (k < starts.length) cursor = starts[k];
        break;
      }
      case 'html_inline':
        // <br> breaks a line (tables are written so); a comment is not text; other tags are the author's words.
        if (/^<br\s*\/?>$/i.test(c.content)) flush();
        else if (!c.content.startsWith('<!--')) piece(c.content);
        break;
      case 'image':
        if (c.content) piece(c.content); // its alternative text: nothing of the author's is lost
        break;
      case 'footnote_ref':
        (line.notes ??= []).push(Number(c.meta?.id ?? 0));
        break;
      // emphasis, strong, strikethrough and link marks: the words stay, the marks go.
    }
  }
  flush();
  return lines;
}

/**
 * The first line that starts after `offset` (starts.length when none), by halving: a wrapped paragraph breaks at
 * every line, and counting lines from the file's start at each break grew with the square of a long plan's length.
 */
export function nextLine(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The line without its outer spaces, its places shifted to match. */
function trimmed(l: Line): Line {
  const lead = l.text.length - l.text.trimStart().length;
  const text = l.text.trim();
  const at: number[] = [];
  for (let k = 0; k < l.at.length; k += 2) {
    const offset = l.at[k] - lead;
    if (offset < 0) {
      // This piece starts in the trimmed spaces: its text starts `-offset` further in the file.
      if (l.at[k + 2] === undefined || l.at[k + 2] - lead > 0) at.push(0, l.at[k + 1] - offset);
    } else if (offset < text.length || at.length === 0) at.push(offset, l.at[k + 1]);
  }
  return { text, at: at.length > 0 ? at : [0, 0] };
}

/** Lines become paragraphs: a wrapped line joins the one before it (with a space, as a word processor shows it). */
function emit(out: DraftParagraph[], lines: Line[], block: Block): void {
  let current: (DraftParagraph & { at: number[] }) | undefined;
  for (const raw of lines) {
    const l = trimmed(raw);
    if (current && !block.headingLevel && continues(current.text, l.text)) {
      const base = current.text.length + 1;
      for (let k = 0; k < l.at.length; k += 2) current.at.push(base + l.at[k], l.at[k + 1]);
      current.text += ` ${l.text}`;
      continue;
    }
    // An empty cell is still a cell: a word processor keeps its (empty) paragraph.
    if (l.text === '' && !block.cell) continue;
    current = { text: l.text, at: l.at };
    if (block.headingLevel) current.headingLevel = block.headingLevel;
    if (block.listLevel !== undefined) current.listLevel = block.listLevel;
    if (block.cell) {
      current.inTable = true;
      current.cell = { ...block.cell };
    }
    out.push(current);
    // Only the item's first paragraph carries its bullet or number.
    block = { ...block, listLevel: undefined };
  }
}
