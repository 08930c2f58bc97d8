// Where a finding is, as a report says it: the paragraph's first words and, in a text file, its line; in a table, its
// row and column; a remark on the whole commitment after the field that comes before it in the template.
import { firstWords, TEMPLATE_FIELDS, type Commitment, type FieldName, type Finding, type Lang } from '../../core';
import { fieldLabel, t } from '../i18n';
import { place, type FileReview } from '../review';
import { commitmentNumber, quote, tn, WHOLE_COMMITMENT } from './common';

/**
 * Where a finding is, for the people who read the report: the first words of its paragraph (« Le ministère publiera
 * les… »), which Word's search finds, whether it is in a note or a text box, and in a text file (.md, .txt) its line
 * (« ligne 12 »); the column is for tools (json, sarif). A remark on the whole commitment (a missing field, a copy)
 * says its commitment and where: a missing field after the field that comes before it in the template, else under
 * the heading; a copy at the heading.
 */
export function whereOf(
  fr: FileReview,
  f: Finding,
  lang: Lang,
  q: (s: string) => string = (s) => quote(s, lang),
): string {
  if (WHOLE_COMMITMENT.includes(f.ruleId) && f.commitment !== undefined) return wholeWhere(fr, f, lang, q);
  const at = place(fr, f, { note: t('note', lang), textBox: t('textBox', lang), quote: (s) => (s ? q(s) : '') });
  const cell = cellOf(fr, f.paragraph, lang, q);
  if (fr.draft.fileText === undefined) return [at.replace(/^ · /, '').trim(), cell].filter((s) => s).join(', ');
  const span = fr.analysis.paragraphs[f.paragraph];
  const words = span ? firstWords(fr.analysis.text.slice(span.start, span.end)) : '';
  const line = /^:(\d+):/.exec(at)?.[1];
  return [words ? q(words) : '', line ? `(${t('line', lang)} ${line}${cell ? `, ${cell}` : ''})` : cell]
    .filter((s) => s !== '')
    .join(' ');
}

/**
 * Where a paragraph of a table cell lies, as a reader finds it again: the table's number, its row named by its first
 * cell (« Achieve 95%… ») and its column by its header cell (« New or ongoing »), since five identical cells
 * (« Ongoing ») are found by no search. A table with no header row (OGP's template of row names and values) names no
 * column, and a first cell by its row's number. Empty for a paragraph outside tables.
 */
function cellOf(fr: FileReview, paragraph: number, lang: Lang, q: (s: string) => string): string {
  const cell = fr.draft.paragraphs?.[paragraph]?.cell;
  if (!cell) return '';
  let cells = cellsOf.get(fr);
  if (!cells) {
    cells = new Map();
    fr.draft.paragraphs?.forEach((p, i) => {
      const c = p?.cell;
      const key = c && `${c.table}|${c.row}|${c.column}`;
      if (key && !cells!.has(key)) cells!.set(key, i);
    });
    cellsOf.set(fr, cells);
  }
  const whole = (row: number, column: number): string => {
    const i = cells!.get(`${cell.table}|${row}|${column}`);
    const span = i === undefined ? undefined : fr.analysis.paragraphs[i];
    return span ? fr.analysis.text.slice(span.start, span.end) : '';
  };
  const textOf = (row: number, column: number): string => firstWords(whole(row, column), 4);
  const headed = hasHeader((column) => whole(0, column));
  const row = cell.row >= (headed ? 1 : 0) && cell.column > 0 ? textOf(cell.row, 0) : '';
  const column = headed && cell.row > 0 ? textOf(0, cell.column) : '';
  const vars = { table: cell.table + 1, row: row && q(row), column: column && q(column), number: cell.row + 1 };
  if (row && column) return tn('cellPlace', lang, vars);
  if (row) return tn('cellRow', lang, vars);
  if (column) return tn('cellColumn', lang, vars);
  if (!headed) return tn('cellRowNumber', lang, vars);
  return '';
}

/**
 * Whether a table's first row names its columns (Word and pandoc mark none; a Markdown table always has one): yes
 * unless a cell reads as a value, a figure or date, a sentence (over six words, or ending « . ; ! ? »), a « Label: ».
 */
function hasHeader(firstRow: (column: number) => string): boolean {
  const value = (s: string) => /\p{N}/u.test(s) || /[.;:!?]$/.test(s) || s.split(/\s+/).length > 6;
  return !Array.from({ length: 64 }, (_, column) => firstRow(column).trim()).some(value);
}

const cellsOf = new WeakMap<FileReview, Map<string, number>>();

/**
 * Where a remark on a whole commitment goes: « engagement 2, à ajouter après « Porteur » : « Ministère de… » (ligne
 * 11) » for a missing field (the last paragraph of the nearest field before it in the template's order, where its
 * section is to be written), under the heading when none comes before it; a copy at the heading.
 */
function wholeWhere(fr: FileReview, f: Finding, lang: Lang, q: (s: string) => string): string {
  const e = fr.analysis.commitments[f.commitment!];
  const heading = whereOf(fr, { ...f, ruleId: '' }, lang, q);
  if (!e) return heading;
  const n = commitmentNumber(e);
  if (f.ruleId !== 'missing-field') return tn('wholeCommitment', lang, { n, at: heading });
  const order = TEMPLATE_FIELDS.flatMap((x) => (x.field ? [x.field] : []));
  const missing = order.indexOf(f.data?.field as FieldName);
  const before = order
    .slice(0, Math.max(missing, 0))
    .filter((name) => !e.missing.includes(name))
    .map((name) => ({ name, end: fieldEnd(e, name) }))
    .filter((x): x is { name: FieldName; end: number } => x.end !== undefined && x.end > e.start)
    .pop();
  const paragraph = before === undefined ? -1 : paragraphAt(fr, before.end - 1);
  if (before === undefined || paragraph < 0)
    return heading.trim() === ''
      ? tn('missingUnderUntitled', lang, { n })
      : tn('missingUnder', lang, { n, at: heading });
  const span = fr.analysis.paragraphs[paragraph];
  const at = whereOf(fr, { ...f, ruleId: '', paragraph, paragraphOffset: 0, start: span.start }, lang, q);
  return tn('missingAfter', lang, { n, field: fieldLabel(before.name, lang), at });
}

/** Where a field's text ends in the analysis (its last milestone's, for the milestones). */
function fieldEnd(e: Commitment, name: FieldName): number | undefined {
  const v = e.fields[name];
  if (v === undefined) return undefined;
  if (Array.isArray(v)) return v.length ? Math.max(...v.map((m) => m.end)) : undefined;
  return (v as { end: number }).end;
}

/** The paragraph holding an offset of the analysis, or -1. */
function paragraphAt(fr: FileReview, offset: number): number {
  const ps = fr.analysis.paragraphs;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ps[mid].end < offset) lo = mid + 1;
    else if (ps[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}
