// A CSV file as the command line (or the pane) parsed it, and what is wrong with it: each problem names the
// file, the row as a spreadsheet numbers it (the header is row 1), the column, and a message key of the
// `publish` namespace with its values.

export interface CsvRow {
  /** The spreadsheet's row number: the header is 1, a cell holding line breaks still makes one row. */
  row: number;
  cells: string[];
}

export interface CsvTable {
  file: string;
  header: string[];
  rows: CsvRow[];
}

export interface Problem {
  file: string;
  row?: number;
  /** 0-based index of the column. */
  column?: number;
  /** The column's name, when the problem is about one (also for a column that is missing). */
  columnName?: string;
  /** Key under `problems` in the `publish` messages. */
  code: string;
  vars?: Record<string, string | number>;
}

/** A header as written, folded to be looked up: no case, accents or surrounding spaces. */
export const headerKey = (h: string): string => h.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();

/**
 * Column lookup by name (case, accents and surrounding spaces ignored). `aliases` maps other names of a column
 * (folded: a French sheet's « période ») to the name the code asks for; `named` gives the name a message says for
 * a column the sheet lacks, in the sheet's language (French when the header is).
 */
export class Columns {
  private readonly index = new Map<string, number>();
  /** Whether the header names its columns by their aliases (a French sheet). */
  aliased = false;
  constructor(
    readonly table: CsvTable,
    aliases?: ReadonlyMap<string, string>,
    private readonly named?: (name: string, aliased: boolean) => string,
  ) {
    table.header.forEach((h, i) => {
      const folded = headerKey(h);
      const alias = aliases?.get(folded);
      if (alias && alias !== folded) this.aliased = true;
      const key = alias ?? folded;
      if (!this.index.has(key)) this.index.set(key, i);
    });
  }

  /** The column's name as the sheet writes it, else as its language would. */
  private shown(name: string): string {
    const i = this.index.get(name);
    if (i !== undefined) return this.table.header[i].trim();
    return this.named ? this.named(name, this.aliased) : name;
  }

  has(name: string): boolean {
    return this.index.has(name);
  }

  at(name: string): number | undefined {
    return this.index.get(name);
  }

  /** The trimmed cell of `name` in a row, '' when the column or the cell is absent. */
  get(row: CsvRow, name: string): string {
    const i = this.index.get(name);
    return i === undefined ? '' : (row.cells[i] ?? '').trim();
  }

  /** Problems of the header: required columns missing, a column named twice. */
  check(required: readonly string[]): Problem[] {
    const { file, header } = this.table;
    const problems: Problem[] = [];
    const seen = new Set<string>();
    header.forEach((h, i) => {
      const key = h.trim().toLowerCase();
      if (key !== '' && seen.has(key))
        problems.push({ file, row: 1, column: i, columnName: h.trim(), code: 'duplicateColumn' });
      seen.add(key);
    });
    for (const name of required)
      if (!this.has(name))
        problems.push({
          file,
          row: 1,
          columnName: this.shown(name),
          code: 'missingColumn',
          vars: { name: this.shown(name), expected: required.map((n) => this.shown(n)).join(', ') },
        });
    return problems;
  }

  /** A problem about one cell. */
  problem(row: CsvRow, name: string, code: string, vars?: Problem['vars']): Problem {
    return {
      file: this.table.file,
      row: row.row,
      column: this.index.get(name),
      columnName: this.shown(name),
      code,
      vars,
    };
  }
}

/** A row with nothing in it (Excel writes empty lines as rows of empty cells). */
export function isBlank(row: CsvRow): boolean {
  return row.cells.every((c) => c.trim() === '');
}

/** Spreadsheet column letters: 0 is A, 25 is Z, 26 is AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
