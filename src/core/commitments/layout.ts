// Fields as real plans lay them out around milestones: a table whose header row names the columns
// (« Indicateur | Échéance | Ministère responsable »), labels inside a sentence (« … Échéance : Automne 2027.
// Responsable : Gendarmerie royale du Canada (GRC). », « ; situation initiale 40 % en 2024 ; cible 100 % »), and
// the lead named in parentheses after a milestone (« (SCT) », « (FIN/ISDE) »).
import { dateSpan, foldSameLength, parseFoldedDates, planDates, slotDue, type DateMention } from '../dates';
import type { SourceParagraph, SourceText } from '../source';
import type { FieldName, FieldValue, Milestone } from '../types';
import { columnField, type RowField } from './label-words';
import { statesCost } from './lexicon';
import { readStatus } from './status';
import { foldedText } from './text';

// The column words (a table's header, a key/value table's first column) live with the labels' words (label-words.ts):
// the text checks read them too.
export { columnField, type RowField };

export interface TableRow {
  cells: Map<RowField, FieldValue>;
}

/**
 * The rows of a table whose header row names at least two fields, or one of milestone, deliverable and
 * indicator: each later row gives its cells under those names. Undefined when the header does not name fields.
 */
export function fieldTable(source: SourceText, ps: readonly SourceParagraph[]): TableRow[] | undefined {
  const header = new Map<number, RowField>();
  for (const p of ps) {
    if (p.cell?.row !== 0) continue;
    const field = columnField(p.text);
    if (field && ![...header.values()].includes(field)) header.set(p.cell.column, field);
  }
  const named = [...header.values()];
  if (named.length < 2 && !named.some((f) => f === 'milestone' || f === 'deliverable' || f === 'indicator'))
    return undefined;
  const rows = new Map<number, TableRow>();
  for (const p of ps) {
    if (!p.cell || p.cell.row === 0) continue;
    const field = header.get(p.cell.column);
    if (!field || p.text.trim() === '') continue;
    let row = rows.get(p.cell.row);
    if (!row) rows.set(p.cell.row, (row = { cells: new Map() }));
    const value = trimmed(source, p.start, p.end);
    const prev = row.cells.get(field);
    // A cell of several paragraphs: one value from its first to its last.
    row.cells.set(field, prev ? { ...prev, end: value.end, text: source.text.slice(prev.start, value.end) } : value);
  }
  return [...rows.keys()].sort((a, b) => a - b).map((k) => rows.get(k)!);
}

function trimmed(source: SourceText, start: number, end: number): FieldValue {
  while (start < end && /\s/.test(source.text[start])) start++;
  while (end > start && /\s/.test(source.text[end - 1])) end--;
  return { text: source.text.slice(start, end), start, end, source: 'label' };
}

/** A milestone from a table row: its text the milestone (or deliverable, or indicator) cell, with date and lead. */
export function rowMilestone(source: SourceText, row: TableRow): Milestone | undefined {
  const main = row.cells.get('milestone') ?? row.cells.get('deliverable') ?? row.cells.get('indicator');
  if (!main) return undefined;
  const m: Milestone = { text: main.text, start: main.start, end: main.end };
  const deliverable = row.cells.get('deliverable');
  const indicator = row.cells.get('indicator');
  const lead = row.cells.get('lead');
  if (deliverable) m.deliverable = deliverable;
  if (indicator) m.indicator = indicator;
  if (lead) m.lead = lead;
  const date = row.cells.get('date');
  const due = dueOf(source, date ?? main);
  if (due) m.date = due;
  const status = readStatus(main.text);
  if (status) m.status = status;
  return m;
}

/** The due date written in a value (the end of a range, or its last date). */
export function dueOf(source: SourceText, v: { start: number; end: number }): string | undefined {
  const text = source.text.slice(v.start, v.end);
  const folded = foldSameLength(text);
  const c = planDates(source); // the plan's numeric order, financial year, hemisphere
  const ds = parseFoldedDates(text, folded, c).filter((d) => d.role !== 'start' && !isNameDate(text, d.start));
  // A line that states its own deadline (a date slot, « … (Février 2020) ») is due then, not on a year of its words.
  if (ds.length > 0) {
    const slotted: DateMention[] = [];
    let at = 0;
    let all = true;
    for (const line of text.split('\n')) {
      const own = slotDue(line, folded.slice(at, at + line.length), c);
      if (own) slotted.push(own);
      else if (parseFoldedDates(line, folded.slice(at, at + line.length), c).length > 0) all = false;
      at += line.length + 1;
    }
    if (slotted.length > 0 && all) return dateSpan(slotted).end?.iso;
  }
  return (dateSpan(ds).end ?? ds[ds.length - 1])?.iso;
}

/** « la loi du 29 janvier 1993 », "Act of 2010": the date names a text, it is no deadline. */
export function isNameDate(text: string, at: number): boolean {
  return /\b(?:loi|decret|arrete|ordonnance|circulaire|directive|reglement|convention|accord|traite|act|law|order|regulation|directive)s?(?: (?:organique|n[°o]\.? ?[\d-]+))?(?: du| de| of)? ?$/i.test(
    foldSameLength(text.slice(Math.max(0, at - 40), at)),
  );
}

// Labels written inside a sentence: the label word after the start, a stop, a semicolon or a comma, then a colon
// (« Échéance : Automne 2027 ») or, for figures, the figure itself (« cible 100 % en décembre 2026 »).
const INLINE: Array<[RowField, string]> = [
  ['date', "echeances?|date(?: d'echeance| de fin)?|deadline|due(?: date)?|calendrier|timeline"],
  [
    'lead',
    'responsables?|porteurs?|pilotes?|chef de file|(?:ministeres?|administrations?) (?:responsables?|porteu(?:r|se)s?|pilotes?)|lead(?: agency| department| ministry)?|responsible(?: agency| department)?',
  ],
  ['indicator', 'indicateurs?(?: de (?:suivi|resultats?))?|indicators?|mesure du succes|measured by'],
  ['baseline', 'situation initiale|valeur initiale|situation de depart|point de depart|baseline'],
  ['target', 'cibles?|valeurs? cibles?|objectif chiffre|targets?'],
  ['cost', 'couts?|budgets?|cout estime|financement|costs?|estimated cost|funding'],
  ['deliverable', 'livrables?|deliverables?'],
];
const INLINE_RE = new RegExp(
  `(?:^|[.;,!?]\\s+|\\(\\s*)(?:${INLINE.map(([, w]) => `(${w})`).join('|')})(\\s*[:：]\\s*|\\s+(?=[-+~≈<>]?\\s?\\d))`,
  'g',
);

export interface InlineLabel {
  field: RowField;
  /** Offsets of the value inside the text. */
  start: number;
  end: number;
}

/** Labels inside a sentence or a list item, with their values (up to the next stop, semicolon or label). */
export function inlineLabels(text: string, folded = foldSameLength(text)): InlineLabel[] {
  const out: InlineLabel[] = [];
  INLINE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INLINE_RE.exec(folded))) {
    const k = m.slice(1, 1 + INLINE.length).findIndex((g) => g !== undefined);
    if (k < 0) continue;
    const start = m.index + m[0].length;
    // The value ends at a semicolon, or a stop before a space (not "1.5" nor "ouvert.canada.ca"), or the end.
    let end = start;
    while (end < text.length) {
      const c = text[end];
      if (c === ';' || c === '\n' || c === '\u000b') break;
      if ((c === '.' || c === '!' || c === '?') && (end + 1 >= text.length || /\s/.test(text[end + 1]))) break;
      end++;
    }
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ field: INLINE[k][0], start, end });
    INLINE_RE.lastIndex = Math.max(INLINE_RE.lastIndex, end);
  }
  return out;
}

// A lead in parentheses after a milestone: acronyms (« SCT », « RNCan », « ÉFPC ») or names of organisations,
// joined by "/" or ",", possibly with a partner credit (« avec l'appui des MOVS »).
const ORG_WORD =
  /^(?:bureau|ministere|secretariat|direction|office|agence|conseil|centre|commission|departement|service|institut|delegation|department|agency|ministry|council|center|centre|board|institute|division|gouvernement|government)\b/;
function isOrgPart(part: string): boolean {
  const p = part.trim().replace(/\.$/, '');
  if (p === '') return false;
  if (/^(?:avec|with)\b/i.test(p)) return true; // a partner credit, kept with the lead
  // An acronym: a capital, then letters with at least one more capital ("RNCan", "StatCan", "ÉFPC", "FIN").
  if (/^[A-ZÀ-Ý][A-Za-zÀ-ÿ&+]{0,9}$/.test(p) && /^.[^A-ZÀ-Ý]*[A-ZÀ-Ý]/.test(p) && p.length >= 2) return true;
  return ORG_WORD.test(foldSameLength(p));
}

/** The parenthesised lead at the end of a milestone's text, as offsets inside it (the parentheses excluded). */
export function parenthesisedLead(
  text: string,
): { start: number; end: number; partners?: { start: number; end: number } } | undefined {
  const m = /\(([^()]{2,160})\)[\s.;:]*$/.exec(text);
  if (!m) return undefined;
  const parts = m[1].split(/[/,]/);
  if (!parts.every(isOrgPart) || parts.every((p) => /^\s*(?:avec|with)\b/i.test(p))) return undefined;
  // Words like "(IA)" or "(ACS+)" that name a thing rather than an organisation end a sentence rarely; a date or
  // a figure in the parentheses is no lead.
  if (/\d/.test(m[1])) return undefined;
  const start = m.index + 1;
  // A partner credit (« /avec l'appui des MOVS ») names partners, not the lead.
  const credit = /\b(?:avec|with)\b/i.exec(m[1]);
  if (!credit) return { start, end: start + m[1].length };
  const before = m[1].slice(0, credit.index).replace(/[\s,/]+$/, '');
  return { start, end: start + before.length, partners: { start: start + credit.index, end: start + m[1].length } };
}

type Scalar = Exclude<FieldName, 'milestones'>;
type Fields = Partial<Record<Scalar, FieldValue>> & { milestones?: Milestone[] };

function valueAt(source: SourceText, start: number, end: number): FieldValue {
  return trimmed(source, start, end);
}

/**
 * A field table's rows as milestones (each with its date, lead, indicator, deliverable), and the target, baseline
 * and cost columns as the commitment's. Right under a milestone label (« Jalon 1.1 : … » and its table of
 * indicators), the table also dates that milestone and names its lead.
 */
export function tableFields(
  source: SourceText,
  rows: TableRow[],
  fields: Fields,
  fromControl: boolean,
  previous?: { field: FieldName | null },
): void {
  const ms: Milestone[] = [];
  for (const r of rows) {
    const m = rowMilestone(source, r);
    if (m) ms.push(m);
  }
  if (!fromControl && ms.length > 0) {
    const list = (fields.milestones ??= []);
    const above = previous?.field === 'milestones' ? list[list.length - 1] : undefined;
    if (above) {
      const dates = ms.map((m) => m.date).filter((d): d is string => !!d);
      if (dates.length > 0) above.date ??= dates.sort()[dates.length - 1];
      above.lead ??= ms.find((m) => m.lead)?.lead;
      above.indicator ??= ms.find((m) => m.indicator)?.indicator;
    }
    list.push(...ms);
  }
  for (const f of ['target', 'baseline', 'cost'] as const) {
    const v = rows.find((r) => r.cells.has(f))?.cells.get(f);
    if (v && !fields[f]) fields[f] = { ...v };
  }
}

/**
 * A milestone's own labels: its lead in parentheses (a partner credit there gives the commitment's partners), and
 * « Échéance : … », « Responsable : … » inside its text.
 */
export function milestoneLabels(source: SourceText, m: Milestone, fields: Fields): void {
  const text = source.text.slice(m.start, m.end);
  const lead = parenthesisedLead(text);
  if (lead && !m.lead) m.lead = valueAt(source, m.start + lead.start, m.start + lead.end);
  if (lead?.partners && !fields.partners)
    fields.partners = valueAt(source, m.start + lead.partners.start, m.start + lead.partners.end);
  for (const l of inlineLabels(text, foldedText(source).slice(m.start, m.end))) {
    const v = valueAt(source, m.start + l.start, m.start + l.end);
    if (l.field === 'date') m.date = dueOf(source, v) ?? m.date;
    else if (l.field === 'lead') m.lead ??= v;
    else if (l.field === 'indicator') m.indicator ??= v;
    else if (l.field === 'deliverable') m.deliverable ??= v;
  }
}

/**
 * Labels inside the sentences of the commitment's running text and list items: its baseline, target, cost, lead
 * and indicator when no labelled line gives them, and a milestone for a sentence that states its own deadline
 * (« Publier le guide. Échéance : automne 2027. Responsable : GRC. »).
 */
export function inlineFields(
  source: SourceText,
  spans: ReadonlyArray<{ start: number; end: number }>,
  fields: Fields,
  weak: Set<FieldName>,
  fromControl: boolean,
): void {
  const found: Milestone[] = [];
  for (const span of spans) {
    const text = source.text.slice(span.start, span.end);
    const labels = inlineLabels(text, foldedText(source).slice(span.start, span.end));
    if (labels.length === 0) continue;
    let milestone: Milestone | undefined;
    for (const l of labels) {
      const v = valueAt(source, span.start + l.start, span.start + l.end);
      const f = foldSameLength(v.text);
      if (l.field === 'date') {
        const due = dueOf(source, v);
        if (!due || fromControl) continue;
        // The milestone is what the sentence says before its labels.
        const first = labels[0];
        const head = text.slice(0, first.start).replace(/[\s.;,:]*[^\s.;,:]+\s*[:：]?\s*$/, '');
        const end = span.start + (head.trim() ? head.length : l.end);
        const start = span.start + (/^\s*(?:[-*•·▪◦–]|\d{1,2}[.)])\s+/.exec(text)?.[0].length ?? 0);
        milestone = { text: source.text.slice(start, end), start, end, date: due };
        continue;
      }
      if (l.field === 'lead') {
        if (milestone) milestone.lead ??= v;
      } else if (l.field === 'indicator' && milestone) milestone.indicator ??= v;
      else if (l.field === 'deliverable') {
        if (milestone) milestone.deliverable ??= v;
        continue;
      }
      const field = l.field as Scalar;
      if (fields[field] && !weak.has(field)) continue;
      if (field === 'cost' && !statesCost(f, true)) continue;
      if ((field === 'baseline' || field === 'target') && !/\d/.test(f)) continue;
      fields[field] = v;
      weak.delete(field);
    }
    if (milestone) found.push(milestone);
  }
  if (found.length > 0) {
    fields.milestones = [...(fields.milestones ?? []), ...found].sort((a, b) => a.start - b.start);
    weak.delete('milestones');
  }
}
