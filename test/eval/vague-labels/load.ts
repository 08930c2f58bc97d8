// Loads the labelled set of vague-term occurrences (see README.md): reads the labelled texts from ../shared,
// resolves every record to offsets in the analysed text of its document, checks that the stored word is there, and
// hands each split over as {document, text, passages, occurrences}.
//
// A Markdown document's analysed text is the file as readFileSync(path, 'utf8') gives it (Jalon's fromPlainText
// keeps those offsets). A CSV document's analysed text is its cells joined with "\n", in file order, as
// fromParagraphs(document.paragraphs) joins them; a cell's value is the string csv-parse returns.
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchTerms, readInventory, type InventoryEntry, type Lang, type TermKind } from './inventory';

export { matchTerms, readInventory, type InventoryEntry, type Lang, type TermKind } from './inventory';

export type Split = 'tune' | 'test' | 'fresh' | 'unseen' | 'blind' | 'blind2' | 'blind3' | 'blind4' | 'blind5';
export const SPLITS: readonly Split[] = [
  'tune',
  'test',
  'fresh',
  'unseen',
  'blind',
  'blind2',
  'blind3',
  'blind4',
  'blind5',
];
export const ROLES = [
  'title',
  'main-action',
  'milestone-action',
  'purpose',
  'participle',
  'deliverable-name',
  'organisation-name',
  'partner-credit',
  'after-quantified',
  'context',
  'legal',
  'hedge',
  'frequency',
  'other',
] as const;
export type Role = (typeof ROLES)[number];
export const VERDICTS = ['warn', 'info', 'none'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** A CSV cell: its row, named by the file's id columns, and its column. */
export interface CellRef {
  row: Record<string, string>;
  column: string;
}

export interface Paragraph {
  start: number;
  end: number;
  text: string;
  cell: CellRef;
  /** For the tracker: which level of the plan the cell holds. */
  field?: 'commitment' | 'milestone' | 'indicator';
  /** For the tracker: the commitment the cell belongs to. */
  commitment?: string;
}

export interface LabelledDocument {
  id: string;
  lang: Lang;
  /** Path under ../shared/ogp-data. */
  file: string;
  /** true for a Markdown file (analyse with fromPlainText(text, { markdown: true })). */
  markdown: boolean;
  text: string;
  /** CSV documents only: the cells, as paragraphs of text (analyse with fromParagraphs). */
  paragraphs?: Paragraph[];
}

export interface Passage {
  id: string;
  document: string;
  label: string;
  /** Where the passage lies in the document's text; a tracker commitment has one range per cell. */
  ranges: Array<{ start: number; end: number }>;
}

export interface Occurrence {
  id: string;
  document: string;
  passage: string;
  /** Offsets in the document's text (UTF-16 code units). */
  start: number;
  end: number;
  word: string;
  term: string;
  kind: TermKind;
  role: Role;
  verdict: Verdict;
  note?: string;
  /** CSV documents: the cell and the offsets inside its value, as stored. */
  cell?: CellRef & { start: number; end: number };
}

export interface SplitDocument {
  document: LabelledDocument;
  text: string;
  passages: Passage[];
  occurrences: Occurrence[];
}

export interface VagueLabels {
  tune: SplitDocument[];
  test: SplitDocument[];
  /** Held out from the rule writers: labelled after the rules were written, without running Jalon (README.md). */
  fresh: SplitDocument[];
  /** Held out like fresh, by a second annotator, from IRM commitments drawn by a written rule (README.md). */
  unseen: SplitDocument[];
  /** Held out like unseen, by a third annotator, from IRM commitments drawn by a rule written before reading. */
  blind: SplitDocument[];
  /** Held out like blind, by a fourth annotator, from IRM commitments drawn by a rule written before reading. */
  blind2: SplitDocument[];
  /** Held out like blind2, by a fifth annotator, from IRM commitments drawn by a rule written before reading. */
  blind3: SplitDocument[];
  /** Held out like blind3, by a sixth annotator, from IRM commitments drawn by a rule written before reading. */
  blind4: SplitDocument[];
  /** Held out like blind4, by a seventh annotator: the last 36 eligible IRM commitments, drawn by a rule written before reading. */
  blind5: SplitDocument[];
  inventory: InventoryEntry[];
  /** Every record or passage that does not resolve; empty when the data is sound. */
  problems: string[];
}

// ---- the stored data ----

interface DocumentSpec {
  id: string;
  lang: Lang;
  file: string;
  idColumns?: string[];
  /** Tracker: the rows that belong to the document, and the column of each level. */
  rows?: Record<string, string>;
  columns?: { commitment: string; milestone: string; indicator: string };
  /** A single cell. */
  row?: Record<string, string>;
  column?: string;
}

interface PassageSpec {
  id: string;
  document: string;
  label: string;
  start?: number;
  end?: number;
  /** The passage's first characters (a heading mark and word), to check its offsets still fit the file. */
  head?: string;
  commitment?: string;
  whole?: boolean;
}

interface OccurrenceSpec {
  id: string;
  passage: string;
  document: string;
  start: number;
  end: number;
  word: string;
  term: string;
  role: string;
  verdict: string;
  note?: string;
  cell?: CellRef;
}

interface SplitUnit {
  document: string;
  from?: number;
  to?: number | null;
  part?: string;
}

const HERE = __dirname;
const readJson = <T>(name: string): T => JSON.parse(readFileSync(join(HERE, name), 'utf8')) as T;

function readCsv(path: string): Array<Record<string, string>> {
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, relax_column_count: true });
}

/** Builds a document's text; problems go to `problems`. */
function buildDocument(spec: DocumentSpec, dataDir: string, csvCache: Map<string, Array<Record<string, string>>>) {
  const path = join(dataDir, spec.file);
  if (spec.file.endsWith('.md')) {
    const text = readFileSync(path, 'utf8');
    return { id: spec.id, lang: spec.lang, file: spec.file, markdown: true, text } satisfies LabelledDocument;
  }
  let rows = csvCache.get(path);
  if (!rows) {
    rows = readCsv(path);
    csvCache.set(path, rows);
  }
  const idColumns = spec.idColumns ?? [];
  const cells: Array<Omit<Paragraph, 'start' | 'end'>> = [];
  const cellOf = (r: Record<string, string>, column: string): CellRef => ({
    row: Object.fromEntries(idColumns.map((c) => [c, r[c]])),
    column,
  });
  if (spec.rows && spec.columns) {
    // The tracker repeats a commitment's and a milestone's text on each indicator row: each is taken once, from
    // the first row that carries it.
    const seen = new Set<string>();
    for (const r of rows) {
      if (!Object.entries(spec.rows).every(([k, v]) => r[k] === v)) continue;
      const levels: Array<[Paragraph['field'], string, string]> = [
        ['commitment', spec.columns.commitment, `c ${r.commitment_id}`],
        ['milestone', spec.columns.milestone, `m ${r.milestone_id}`],
        ['indicator', spec.columns.indicator, `i ${r.indicator_id}`],
      ];
      for (const [field, column, key] of levels) {
        if (seen.has(key)) continue;
        seen.add(key);
        cells.push({ text: r[column] ?? '', cell: cellOf(r, column), field, commitment: r.commitment_id });
      }
    }
  } else if (spec.row && spec.column) {
    const found = rows.filter((r) => Object.entries(spec.row ?? {}).every(([k, v]) => r[k] === v));
    if (found.length !== 1) throw new Error(`${spec.id}: ${found.length} rows match ${JSON.stringify(spec.row)}`);
    cells.push({ text: found[0][spec.column] ?? '', cell: cellOf(found[0], spec.column) });
  }
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  for (const c of cells) {
    paragraphs.push({ ...c, start: offset, end: offset + c.text.length });
    offset += c.text.length + 1;
  }
  const text = paragraphs.map((p) => p.text).join('\n');
  return {
    id: spec.id,
    lang: spec.lang,
    file: spec.file,
    markdown: false,
    text,
    paragraphs,
  } satisfies LabelledDocument;
}

const sameCell = (a: CellRef, b: CellRef): boolean =>
  a.column === b.column &&
  Object.keys(a.row).length === Object.keys(b.row).length &&
  Object.entries(a.row).every(([k, v]) => b.row[k] === v);

/**
 * Loads the set from ../shared (or `shared`). With `strict` (the default) it throws on the first broken record;
 * otherwise it returns every problem in `problems`.
 */
export function loadVagueLabels(options: { shared?: string; strict?: boolean } = {}): VagueLabels {
  const dataDir = join(options.shared ?? join(HERE, '../../../../shared'), 'ogp-data');
  const problems: string[] = [];
  const inventory = readInventory(HERE);
  const terms = new Map(inventory.map((e) => [e.id, e]));
  const csvCache = new Map<string, Array<Record<string, string>>>();

  const documents = new Map<string, LabelledDocument>();
  for (const spec of readJson<DocumentSpec[]>('documents.json')) {
    try {
      documents.set(spec.id, buildDocument(spec, dataDir, csvCache));
    } catch (e) {
      problems.push(`document ${spec.id}: ${(e as Error).message}`);
    }
  }

  const passages = new Map<string, Passage>();
  for (const p of readJson<PassageSpec[]>('passages.json')) {
    const doc = documents.get(p.document);
    if (!doc) {
      problems.push(`passage ${p.id}: unknown document ${p.document}`);
      continue;
    }
    let ranges: Passage['ranges'] = [];
    if (p.start !== undefined && p.end !== undefined) {
      if (p.end > doc.text.length || p.start >= p.end) problems.push(`passage ${p.id}: offsets out of the text`);
      else if (p.head !== undefined && !doc.text.startsWith(p.head, p.start))
        problems.push(`passage ${p.id}: does not start with "${p.head}"`);
      ranges = [{ start: p.start, end: p.end }];
    } else if (p.commitment) {
      ranges = (doc.paragraphs ?? [])
        .filter((c) => c.commitment === p.commitment)
        .map((c) => ({ start: c.start, end: c.end }));
    } else if (p.whole) {
      ranges = [{ start: 0, end: doc.text.length }];
    }
    if (ranges.length === 0) problems.push(`passage ${p.id}: empty`);
    if (passages.has(p.id)) problems.push(`passage ${p.id}: listed twice`);
    passages.set(p.id, { id: p.id, document: p.document, label: p.label, ranges });
  }
  // Passages of a document do not overlap: a finding is scored against one passage.
  const byDocument = new Map<string, Passage[]>();
  for (const p of passages.values()) byDocument.set(p.document, [...(byDocument.get(p.document) ?? []), p]);
  for (const [doc, ps] of byDocument) {
    const ranges = ps.flatMap((p) => p.ranges.map((r) => ({ ...r, id: p.id }))).sort((a, b) => a.start - b.start);
    for (let i = 1; i < ranges.length; i++)
      if (ranges[i].start < ranges[i - 1].end)
        problems.push(`${doc}: passages ${ranges[i - 1].id} and ${ranges[i].id} overlap`);
  }

  const occurrences: Occurrence[] = [];
  const ids = new Set<string>();
  for (const o of readJson<OccurrenceSpec[]>('occurrences.json')) {
    const where = `occurrence ${o.id}`;
    if (ids.has(o.id)) problems.push(`${where}: id listed twice`);
    ids.add(o.id);
    const doc = documents.get(o.document);
    const passage = passages.get(o.passage);
    const entry = terms.get(o.term);
    if (!doc || !passage || passage.document !== o.document) {
      problems.push(`${where}: unknown document or passage`);
      continue;
    }
    if (!entry || entry.lang !== doc.lang)
      problems.push(`${where}: term ${o.term} is not in the ${doc.lang} inventory`);
    if (!(ROLES as readonly string[]).includes(o.role)) problems.push(`${where}: unknown role ${o.role}`);
    if (!(VERDICTS as readonly string[]).includes(o.verdict)) problems.push(`${where}: unknown verdict ${o.verdict}`);
    if (o.end - o.start !== o.word.length) problems.push(`${where}: offsets do not span the word`);
    let base = 0;
    if (o.cell) {
      const cell = o.cell;
      const paragraph = doc.paragraphs?.find((c) => sameCell(c.cell, cell));
      if (!paragraph) {
        problems.push(`${where}: cell ${JSON.stringify(o.cell)} is not in ${doc.id}`);
        continue;
      }
      if (o.end > paragraph.text.length) problems.push(`${where}: offsets beyond the cell`);
      base = paragraph.start;
    }
    const start = base + o.start;
    const end = base + o.end;
    const actual = doc.text.slice(start, end);
    if (actual !== o.word) problems.push(`${where}: "${o.word}" expected at ${o.start}, found "${actual}"`);
    if (!passage.ranges.some((r) => r.start <= start && end <= r.end))
      problems.push(`${where}: outside passage ${o.passage}`);
    occurrences.push({
      id: o.id,
      document: o.document,
      passage: o.passage,
      start,
      end,
      word: o.word,
      term: o.term,
      kind: entry?.kind ?? 'action',
      role: o.role as Role,
      verdict: o.verdict as Verdict,
      ...(o.note ? { note: o.note } : {}),
      ...(o.cell ? { cell: { ...o.cell, start: o.start, end: o.end } } : {}),
    });
  }
  // Two records never cover the same characters: one finding is scored once.
  const sorted = [...occurrences].sort((a, b) => a.document.localeCompare(b.document) || a.start - b.start);
  for (let i = 1; i < sorted.length; i++)
    if (sorted[i].document === sorted[i - 1].document && sorted[i].start < sorted[i - 1].end)
      problems.push(`occurrences ${sorted[i - 1].id} and ${sorted[i].id} overlap`);

  // The split, by document (the US plan by its two halves).
  const units = readJson<Record<Split, SplitUnit[]>>('split.json');
  const splitOf = (p: Passage): Split[] =>
    SPLITS.filter((s) =>
      units[s].some(
        (u) =>
          u.document === p.document &&
          p.ranges.every((r) => r.start >= (u.from ?? 0) && (u.to === undefined || u.to === null || r.end <= u.to)),
      ),
    );
  const result: Record<Split, SplitDocument[]> = {
    tune: [],
    test: [],
    fresh: [],
    unseen: [],
    blind: [],
    blind2: [],
    blind3: [],
    blind4: [],
    blind5: [],
  };
  for (const s of SPLITS) {
    for (const doc of documents.values()) {
      const ps = [...passages.values()].filter((p) => p.document === doc.id && splitOf(p).includes(s));
      if (ps.length === 0) continue;
      const pids = new Set(ps.map((p) => p.id));
      const os = occurrences.filter((o) => pids.has(o.passage)).sort((a, b) => a.start - b.start);
      result[s].push({ document: doc, text: doc.text, passages: ps, occurrences: os });
    }
  }
  for (const p of passages.values()) {
    const n = splitOf(p).length;
    if (n !== 1) problems.push(`passage ${p.id}: in ${n} splits`);
  }

  if ((options.strict ?? true) && problems.length > 0)
    throw new Error(`vague labels: ${problems.length} problems, first: ${problems[0]}`);
  return { ...result, inventory, problems };
}

/**
 * Inventory matches inside a split's passages that no record covers, and records that are not exactly a match of
 * their term: the set is exhaustive when both lists are empty.
 */
export function checkExhaustive(docs: readonly SplitDocument[], inventory: readonly InventoryEntry[]): string[] {
  const out: string[] = [];
  for (const { document, passages, occurrences } of docs) {
    const matches = passages.flatMap((p) =>
      p.ranges.flatMap((r) => matchTerms(inventory, document.text, document.lang, r.start, r.end)),
    );
    for (const m of matches)
      if (!occurrences.some((o) => o.start < m.end && m.start < o.end))
        out.push(`${document.id}: "${m.word}" (${m.term}) at ${m.start} has no label`);
    for (const o of occurrences)
      if (!matches.some((m) => m.term === o.term && m.start === o.start && m.end === o.end))
        out.push(`${o.id}: "${o.word}" is not a match of ${o.term}`);
  }
  return out;
}
