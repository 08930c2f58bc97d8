// Reading a sheet as Excel, LibreOffice or a text editor saved it. csv-parse does the parsing; before it, what
// Excel gets wrong is named with where it is and what to do: a workbook instead of a CSV, UTF-16, Windows-1252.
// Columns may be separated by commas, semicolons (Excel in French saves so) or tabs: the header line says which.
// Rows are numbered as a spreadsheet shows them (a cell with line breaks is still one row).
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { CsvTable, Problem } from '../../core';

export interface ReadTable {
  table?: CsvTable;
  problems: Problem[];
}

/** Offset of the first byte that is not UTF-8, or -1. */
export function firstNonUtf8(data: Uint8Array): number {
  let i = 0;
  while (i < data.length) {
    const b = data[i];
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= data.length || (data[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

/** Row and column (both 0-based) of a position in CSV text, counting quoted line breaks and delimiters as text. */
export function cellAt(text: string, offset: number, delimiter = ','): { row: number; column: number } {
  let row = 0;
  let column = 0;
  let quoted = false;
  for (let i = 0; i < offset && i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === delimiter) column++;
    else if (!quoted && ch === '\n') {
      row++;
      column = 0;
    }
  }
  return { row, column };
}

/** Where the quote that is never closed was opened, or -1. */
function unclosedQuote(text: string): number {
  let open = -1;
  for (let i = 0; i < text.length; i++) if (text[i] === '"') open = open < 0 ? i : -1;
  return open;
}

// Windows-1252's characters 0x80-0x9F (Node without full ICU decodes them as control characters, as Latin-1 does):
// Excel's typographic quotes, dashes, ellipsis and euro sign.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Bytes read as Windows-1252, one character a byte. */
function cp1252(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return s;
}

/**
 * The start of the cell holding byte `at`, read as Windows-1252 (one character a byte), without its quotes: what
 * the person sees in Excel, so that they find the cell (the bad character alone may be a dash or nothing visible).
 */
function cellStartText(bytes: Uint8Array, at: number, delimiter: string): string {
  const text = cp1252(bytes);
  let start = 0;
  let quoted = false;
  for (let i = 0; i < at; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === delimiter || ch === '\n')) start = i + 1;
  }
  let end = start;
  quoted = false;
  for (; end < text.length; end++) {
    const ch = text[end];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === delimiter || ch === '\n' || ch === '\r')) break;
  }
  const cell = text.slice(start, end).trim().replace(/^"|"$/g, '').replace(/""/g, '"').replace(/\s+/g, ' ');
  return cell.length > 40 ? `${cell.slice(0, 40).trimEnd()}…` : cell;
}

export type Delimiter = ',' | ';' | '\t';
const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/**
 * The delimiter of CSV text: of comma, semicolon and tab, the one its header line holds most often outside quotes
 * (a comma on a tie, or when the header has one column).
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = [0, 0, 0];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '\n' || ch === '\r') break;
    else {
      const k = DELIMITERS.indexOf(ch as Delimiter);
      if (k >= 0) counts[k]++;
    }
  }
  let best = 0;
  for (let k = 1; k < counts.length; k++) if (counts[k] > counts[best]) best = k;
  return DELIMITERS[best];
}

/** The header's cells as its first line shows them, for naming a column before the text is parsed. */
function headerNames(text: string, delimiter: Delimiter): string[] {
  const end = text.search(/\r?\n/);
  return (end < 0 ? text : text.slice(0, end)).split(delimiter).map((h) => h.replace(/"/g, '').trim());
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const APOSTROPHE = 39;

/**
 * The records of CSV text as csv-parse reads them, for the text every sheet Jalon wrote and most spreadsheets save:
 * one kind of line end (CRLF or LF), quotes only around whole cells, the given delimiter between them. Anything else (a quote inside a cell left
 * unquoted, text after a closing quote, a quote never closed, a lone CR, line ends of two kinds) gives undefined,
 * and csv-parse reads the text and says what is wrong. A national repository's sheets hold a million cells, which
 * csv-parse's general reader took a second and a half to read (DEVELOPERS.md, speed; tested against csv-parse).
 */
export function plainRecords(text: string, delimiter: Delimiter = ','): string[][] | undefined {
  const DELIM = delimiter.charCodeAt(0); // the delimiter, whichever it is
  const records: string[][] = [];
  if (text === '') return records;
  const n = text.length;
  let row: string[] = [];
  let eol = 0; // the line end's length, once one is met
  let i = 0;
  for (;;) {
    if (text.charCodeAt(i) === QUOTE) {
      let value = '';
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) return undefined;
        if (text.charCodeAt(q + 1) !== QUOTE) {
          row.push(value + text.slice(from, q));
          i = q + 1;
          break;
        }
        value += text.slice(from, q + 1); // a doubled quote is one quote
        from = q + 2;
      }
      const c = text.charCodeAt(i);
      if (i < n && c !== DELIM && c !== LF && c !== CR) return undefined;
    } else {
      let j = i;
      for (; j < n; j++) {
        const c = text.charCodeAt(j);
        if (c === DELIM || c === LF || c === CR) break;
        if (c === QUOTE) return undefined;
      }
      row.push(text.slice(i, j));
      i = j;
    }
    if (i >= n) break;
    if (text.charCodeAt(i) === DELIM) {
      i += 1;
      continue;
    }
    const end = text.charCodeAt(i) === CR ? (text.charCodeAt(i + 1) === LF ? 2 : 0) : 1;
    if (end === 0 || (eol !== 0 && end !== eol)) return undefined;
    eol = end;
    records.push(row);
    row = [];
    i += end;
    if (i >= n) return records; // the last line's end starts no record
  }
  records.push(row);
  return records;
}

/** The message of a row with more cells than the header: it names the delimiter the text must not hold unquoted. */
const COLUMN_COUNT: Record<Delimiter, string> = {
  ',': 'columnCount',
  ';': 'columnCountSemicolon',
  '\t': 'columnCountTab',
};

export function parseTable(file: string, data: Uint8Array): ReadTable {
  const fail = (code: string, at?: { row: number; column?: number; columnName?: string }, vars?: Problem['vars']) => ({
    problems: [{ file, code, vars, row: at?.row, column: at?.column, columnName: at?.columnName }],
  });
  if (data.length === 0) return fail('empty');
  if (data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04) return fail('xlsx');
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) return fail('utf16');
  const body = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? data.subarray(3) : data;
  // Node's own check first (a national repository's sheets are 20 MB); where it fails, ours says where.
  const bad = isUtf8(body) ? -1 : firstNonUtf8(body);
  if (bad >= 0) {
    const before = new TextDecoder('utf-8').decode(body.subarray(0, bad));
    const delimiter = detectDelimiter(before);
    const at = cellAt(before, before.length, delimiter);
    return fail(
      'cp1252',
      { row: at.row + 1, column: at.column, columnName: headerNames(before, delimiter)[at.column] },
      { char: cellStartText(body, bad, delimiter) },
    );
  }
  const text = new TextDecoder('utf-8').decode(body);
  if (text.trim() === '') return fail('empty');
  const delimiter = detectDelimiter(text);
  let records: string[][];
  try {
    records =
      plainRecords(text, delimiter) ??
      (parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][]);
  } catch (e) {
    const err = e as { code?: string; message: string };
    if (
      err.code === 'CSV_QUOTE_NOT_CLOSED' ||
      err.code === 'CSV_INVALID_CLOSING_QUOTE' ||
      err.code === 'INVALID_OPENING_QUOTE'
    ) {
      const open = err.code === 'CSV_QUOTE_NOT_CLOSED' ? unclosedQuote(text) : -1;
      const info = (e as { lines?: number; column?: number; records?: number }).records;
      const at =
        open >= 0 ? cellAt(text, open, delimiter) : { row: info ?? 0, column: (e as { column?: number }).column ?? 0 };
      return fail(err.code === 'CSV_QUOTE_NOT_CLOSED' ? 'quoteNotClosed' : 'badQuote', {
        row: at.row + 1,
        column: at.column,
        columnName: headerNames(text, delimiter)[at.column],
      });
    }
    return fail('unreadable', undefined, { detail: err.message });
  }
  const head = records[0] ?? [];
  const table: CsvTable = { file, header: head.map((h) => h.trim()), rows: [] };
  const problems: Problem[] = [];
  for (let k = 1; k < records.length; k++) {
    const cells = records[k];
    const row = k + 1;
    // Extra cells that hold nothing are Excel's; extra text means a delimiter outside quotes.
    if (cells.length > head.length && cells.slice(head.length).some((c) => c.trim() !== '')) {
      problems.push({
        file,
        row,
        column: head.length,
        code: COLUMN_COUNT[delimiter],
        vars: { count: cells.length, expected: head.length },
      });
      continue;
    }
    // What Jalon wrote as '=... so that no spreadsheet runs it reads back as it was (the records are this
    // reading's own: changed in place). Only a cell that starts with an apostrophe is tried (a million cells).
    for (let i = 0; i < cells.length; i++)
      if (cells[i].charCodeAt(0) === APOSTROPHE && /^'[=+\-@\t\r]/.test(cells[i])) cells[i] = cells[i].slice(1);
    table.rows.push({ row, cells });
  }
  return problems.length ? { problems } : { table, problems };
}

export function readTable(file: string): ReadTable {
  let data: Uint8Array;
  try {
    data = readFileSync(file);
  } catch (e) {
    const code = fsProblem(e);
    if (code) return { problems: [{ file, code }] };
    return { problems: [{ file, code: 'unreadable', vars: { detail: (e as Error).message } }] };
  }
  return parseTable(file, data);
}

/** The problem (a key of the publish messages) a system error reading a file is, if it is a usual one. */
export function fsProblem(e: unknown): string | undefined {
  switch ((e as NodeJS.ErrnoException).code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'notFound';
    case 'EISDIR':
      return 'isDirectory';
    case 'EACCES':
    case 'EPERM':
      return 'permission';
    case 'EBUSY':
      return 'busy';
    default:
      return undefined;
  }
}
