// Over 400 lines: one reading of a commitment's parts, kept whole so its order of precedence reads at once.
// Reads a commitment's fields: Jalon's content controls first (exact), then labelled lines and the sections
// they open, then cues in running prose. A field that is present but says nothing ("Coût : non chiffré",
// milestones without a date) is "weak": it is kept, and listed as missing.
import {
  dateSpan,
  dueDate,
  foldSameLength,
  isSpace,
  namesDocument,
  parseDates,
  parseFoldedDates,
  planDates,
  slotDue,
  type DateConventions,
  type DateMention,
} from '../dates';
import type { SourceParagraph, SourceText } from '../source';
import type { FieldName, FieldValue, Milestone } from '../types';
import { matchLabel, paragraphLabel, type LabelMatch } from './labels';
import { dueOf, fieldTable, inlineFields, isNameDate, milestoneLabels, tableFields, type TableRow } from './layout';
import {
  AMOUNT,
  CHANGE_BY,
  CHANGE_FROM_TO,
  DATED_VALUE,
  DAY_MONTH,
  DELIVERABLE,
  FIGURE_CUED,
  leadBySubject,
  namesPartner,
  PLACEHOLDER_VALUE,
  PROSE_CUES,
  RECURRING,
  statesCost,
  ZERO_COST,
} from './lexicon';
import { CONCRETE_ACTION, DELIVERABLE_NOUN, VAGUE_ACTION } from './model/cues';
import { figureCount } from './model/features';
import { planPeriod, type PlanPeriod } from './period';
import type { Segment } from './segment';
import { readStatus } from './status';
import { foldedParagraph, foldedText, isBlank, sentenceSpansIn, sentencesOfRange, type TextReading } from './text';

export const FIELD_NAMES: readonly FieldName[] = [
  'indicator',
  'baseline',
  'target',
  'milestones',
  'calendar',
  'cost',
  'lead',
  'partners',
  'actions',
  'accountability',
  'audience',
];
const FIELD_SET = new Set<string>(FIELD_NAMES);

type Scalar = Exclude<FieldName, 'milestones'>;
export type Fields = Partial<Record<Scalar, FieldValue>> & { milestones?: Milestone[] };

export interface ReadFields {
  fields: Fields;
  weak: FieldName[];
  /**
   * The sentences of running prose (not inside another field's section, nor the problem or the values the template
   * asks for): what the "focused" check reads.
   */
  prose: string[];
  /** The same sentences accent-folded (the score reads them so, and they are folded here already). */
  proseFolded?: string[];
  /** The sections of context (« Enjeux »): their dates are the situation's, not the commitment's end. */
  context?: Span[];
}

interface Span {
  start: number;
  end: number;
}

/** A run of paragraphs (or a part of one) that belongs to a field. */
interface Part {
  field: FieldName | null;
  source: FieldValue['source'];
  spans: Span[]; // one per paragraph (value part only)
  table: boolean[];
  /** A table whose header row names its columns: its rows (the part has no field of its own then). */
  rows?: TableRow[];
  /** A section of context (« Enjeux », "Background"): its figures and dates are not this commitment's. */
  context?: boolean;
  /**
   * A section the OGP template asks for that is none of Jalon's fields (the public problem, the contribution to
   * OGP values): not background to trim, so not read for the "focused" point (audit16, finding 8: the template
   * filled in whole could not earn it).
   */
  asked?: boolean;
  /** A key/value table's row (its label in the first cell): the part ends with the row. */
  row?: { table: number; row: number };
}

// Sections that tell the situation, not the commitment: a statistic or a law cited there is no field.
const CONTEXT_LABEL =
  /^[\s*_#]*(?:contexte|enjeux|background|rationale|problem|public problem|status quo|what is the (?:public )?problem|ce qui existe|what has been done|causes?|probleme)/;
// The template's problem question written before its answer on the same line ("What is the problem that the
// commitment will address? Despite…"): the paragraph is the problem statement, context as under a label.
// The template's own sections among them, and its question on values (see Part.asked).
const ASKED_LABEL =
  /^[\s*_#]*(?:problem|public problem|what is the (?:public )?problem|probleme|contribution|apport|why is this commitment relevant|relevance|pertinence)/;
const PROBLEM_QUESTION =
  /^[\s*_#]*(?:what is the (?:public )?problem|quel est le probleme(?: public)?)\b[^?\n]{0,120}\?/;

const isBulletText = (t: string) => /^\s*(?:[-*•·▪◦–]|\d{1,2}[.)])\s+/.test(t);
/** A list item: its bullet written in the text (a text file) or given by the host (a document's list). */
const isBullet = (p: SourceParagraph) => p.listLevel !== undefined || isBulletText(p.text);
const isComment = (t: string) => /^\s*<!--/.test(t);

const TRIMMED = /[\s*_]/;

function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && TRIMMED.test(text[start])) start++;
  while (end > start && TRIMMED.test(text[end - 1])) end--;
  return { start, end };
}

const LINE_END = /\r\n|[\n\r\v\f\u2028\u2029]/g;
/** A span's lines, trimmed; the blank ones left out (the span itself when it is one line). */
function lineSpans(text: string, s: Span): Span[] {
  const out: Span[] = [];
  LINE_END.lastIndex = s.start;
  let start = s.start;
  for (let m = LINE_END.exec(text); m && m.index < s.end; m = LINE_END.exec(text)) {
    const line = trimSpan(text, { start, end: m.index });
    if (line.end > line.start) out.push(line);
    start = m.index + m[0].length;
  }
  if (start === s.start) return [s];
  const line = trimSpan(text, { start, end: s.end });
  if (line.end > line.start) out.push(line);
  return out;
}

function controlField(p: SourceParagraph): string | undefined {
  const tags = p.tags ?? [];
  for (let k = tags.length - 1; k >= 0; k--) {
    const t = tags[k];
    if (t.startsWith('jalon:')) return t.slice(6);
  }
  return undefined;
}

/**
 * A paragraph that names a deliverable, a change of a figure (« Réduire le délai de 30 à 15 jours ») or a share, and
 * a date that is not only a start: a milestone or a target written as a sentence.
 */
function datedDeliverable(source: SourceText, p: SourceParagraph): boolean {
  const folded = foldedParagraph(source, p);
  return (
    (DELIVERABLE.test(folded) || CHANGE_FROM_TO.test(folded) || /\d\s?%/.test(folded)) &&
    parseFoldedDates(p.text, folded, planDates(source)).some((d) => d.role !== 'start')
  );
}
/** Labels whose list may hold dated values of their own (« Indicateur : » then « - 50 % d'ici 2020 »). */
const DATED_ITEMS = new Set<FieldName | null>(['milestones', 'calendar', 'indicator', 'baseline', 'target']);

/**
 * Several « Label: value. » on one line (« Lead agency: Parliamentary Counsel Office. Start: 1 October 2016. End: 30
 * June 2018. »): each label's value, up to the next label's sentence (offsets in the paragraph's text). A later
 * label counts when its sentence opens on it with a colon and it names a field.
 */
const SHORT_VALUE = 120;
function labelPieces(text: string, label: LabelMatch): Array<{ field: FieldName | null; start: number; end: number }> {
  const pieces: Array<{ field: FieldName | null; start: number; end: number }> = [];
  let field = label.field;
  let start = label.valueStart;
  const end = label.valueEnd;
  const stop = /[.;]\s+(?=\S)/g;
  stop.lastIndex = start;
  let m: RegExpExecArray | null;
  while (start < end && (m = stop.exec(text)) && m.index < end) {
    const at = m.index + m[0].length;
    const next = matchLabel(text.slice(at, end));
    if (!next?.field || next.valueEnd <= next.valueStart || next.labelStart !== 0) continue;
    // Short values only (a name, a date): a paragraph pasted whole from an IRM report ("Status quo…: <a page>. Main
    // objective: …") stays one part, as it ranked the IRM's ratings better so.
    if (m.index - start > SHORT_VALUE) break;
    if (!/[:：]/.test(text.slice(at + next.labelEnd - 3, at + next.valueStart))) continue;
    pieces.push({ field, start, end: m.index });
    field = next.field;
    start = at + next.valueStart;
    stop.lastIndex = start;
  }
  pieces.push({ field, start, end });
  return pieces;
}

/** Splits the commitment body into labelled parts, control parts and free text. */
function parts(source: SourceText, seg: Segment): { parts: Part[]; free: Span[] } {
  const out: Part[] = [];
  const free: Span[] = [];
  let current: (Part & { mode: 'section' | 'inline' }) | null = null;
  const close = () => {
    if (current && current.spans.length > 0) out.push(current);
    current = null;
  };
  for (let i = seg.titleLast + 1; i <= seg.last; i++) {
    const p = source.paragraphs[i];
    if (isBlank(p.text) || isComment(p.text)) continue;
    const control = controlField(p);
    if (control !== undefined) {
      close();
      const field = FIELD_SET.has(control) ? (control as FieldName) : null;
      const prev = out[out.length - 1];
      // A control that holds its own label (« Porteur : DINUM. ») gives the value after it, as a labelled line does.
      const label = field ? paragraphLabel(source, i) : null;
      const span = trimSpan(
        source.text,
        label?.field === field && label.valueStart < p.text.length
          ? { start: p.start + label.valueStart, end: p.end }
          : p,
      );
      // Milestones a line each in one paragraph (Shift+Enter in Word, the form of an older Jalon) are read
      // as the paragraphs of their control would be: one milestone a line.
      const spans = field === 'milestones' ? lineSpans(source.text, span) : [span];
      if (prev && prev.source === 'control' && prev.field === field && prev.spans.length > 0) {
        for (const s of spans) {
          prev.spans.push(s);
          prev.table.push(!!p.inTable);
        }
      } else out.push({ field, source: 'control', spans, table: spans.map(() => !!p.inTable) });
      if (!field) free.push(p);
      continue;
    }
    // A table whose header names its columns is read row by row, whatever section it stands in.
    if (p.cell && p.cell.row === 0 && p.cell.column === 0) {
      let j = i;
      while (j + 1 <= seg.last && source.paragraphs[j + 1].cell?.table === p.cell.table) j++;
      const rows = fieldTable(source, source.paragraphs.slice(i, j + 1));
      if (rows) {
        const keep = current as (Part & { mode: 'section' | 'inline' }) | null;
        if (keep && keep.spans.length > 0) out.push(keep);
        current = null;
        out.push({ field: null, source: 'label', spans: [], table: [], rows });
        i = j;
        continue;
      }
    }
    const inMilestoneTable: boolean = (current as Part | null)?.field === 'milestones' && !!p.inTable;
    const label: LabelMatch | null = inMilestoneTable ? null : paragraphLabel(source, i);
    if (label) {
      close();
      const pieces = labelPieces(p.text, label);
      for (let k = 0; k < pieces.length - 1; k++) {
        const v = trimSpan(source.text, { start: p.start + pieces[k].start, end: p.start + pieces[k].end });
        if (v.end > v.start) out.push({ field: pieces[k].field, source: 'label', spans: [v], table: [!!p.inTable] });
      }
      const last = pieces[pieces.length - 1];
      const value = trimSpan(source.text, { start: p.start + last.start, end: p.start + last.end });
      current = {
        field: last.field,
        source: 'label',
        spans: [],
        table: [],
        mode: value.end > value.start ? 'inline' : 'section',
      };
      if (pieces.length === 1 && label.field === null) {
        const named = foldedParagraph(source, p).slice(label.labelStart);
        if (CONTEXT_LABEL.test(named)) current.context = true;
        if (ASKED_LABEL.test(named)) current.asked = true;
      }
      if (value.end > value.start) {
        current.spans.push(value);
        current.table.push(!!p.inTable);
      }
      // A heading opens a section even with text after the label ("## Jalons 2018-2019").
      if ((p.headingLevel ?? 0) > 0) current.mode = 'section';
      const next = source.paragraphs[i + 1];
      if (
        p.cell?.column === 0 &&
        next?.cell?.table === p.cell.table &&
        next.cell.row === p.cell.row &&
        next.cell.column > 0 &&
        i + 1 <= seg.last
      )
        current.row = { table: p.cell.table, row: p.cell.row };
      continue;
    }
    if ((p.headingLevel ?? 0) > 0) {
      close();
      free.push(p);
      continue;
    }
    const question = PROBLEM_QUESTION.exec(foldedParagraph(source, p));
    if (question) {
      // The question is the label: its "will address" says nothing of the answer's tense.
      close();
      const span = trimSpan(source.text, { start: p.start + question[0].length, end: p.end });
      if (span.end > span.start)
        out.push({ field: null, source: 'label', spans: [span], table: [!!p.inTable], context: true, asked: true });
      continue;
    }
    let cur = current as (Part & { mode: 'section' | 'inline' }) | null;
    // A key/value table (OGP's template: « Lead implementing agency/actor | Cabinet Office »): a row's label holds
    // that row's cells only; the next row's unlabelled key (« Relevance ») and its value are not that field's.
    if (cur?.row && (p.cell?.table !== cur.row.table || p.cell.row !== cur.row.row)) {
      close();
      cur = null;
    }
    // A list of dated deliverables after a one-line label (« Porteur : SCT. » then « - Former 300 agents d'ici mars
    // 2020. ») is the commitment's, not that label's: its milestones, read from prose.
    if (
      cur?.mode === 'inline' &&
      isBullet(p) &&
      !p.inTable &&
      !DATED_ITEMS.has(cur.field) &&
      datedDeliverable(source, p)
    ) {
      close();
      free.push(p);
      continue;
    }
    if (cur && (cur.mode === 'section' || isBullet(p) || p.inTable)) {
      cur.spans.push(trimSpan(source.text, p));
      cur.table.push(!!p.inTable);
      continue;
    }
    close();
    free.push(p);
  }
  close();
  return { parts: out, free };
}

function valueOf(source: SourceText, part: Part): FieldValue {
  const start = part.spans[0].start;
  const end = part.spans[part.spans.length - 1].end;
  return { text: source.text.slice(start, end), start, end, source: part.source };
}

// A calendar written among the milestones (« Calendrier : janvier 2021 à septembre 2022 », "Start and end: 1 January
// 2021 to 30 September 2022"): a label of the commitment's period, then its start and its end. Not a milestone.
const CALENDAR_LINE =
  /^[\s*_]*(?:calendrier|calendar|timeline|timeframe|duree|duration|periode|period|implementation period|dates?|start|debut|begin(?:ning)?)\b[^:：\n]{0,40}[:：]/;
// The line's dates are read only when its label is a calendar's (`dates` is called then).
const isCalendarLine = (folded: string, dates: () => readonly DateMention[]) => {
  if (!CALENDAR_LINE.test(folded)) return false;
  const ds = dates();
  return ds.some((d) => d.role === 'start') && ds.some((d) => d.role === 'end');
};

/** `calendars`: the calendar lines met among the milestones (see CALENDAR_LINE), for the calendar field. */
function milestonesFrom(source: SourceText, part: Part, calendars: Span[] = []): Milestone[] {
  const milestones: Milestone[] = [];
  const foldedSource = foldedText(source);
  const c = planDates(source);
  part.spans.forEach((span, k) => {
    const text = source.text.slice(span.start, span.end);
    if (text.trim() === '') return;
    const folded = foldedSource.slice(span.start, span.end);
    const prev = milestones[milestones.length - 1];
    // Table header cells ("Livrable", "Date", "Responsable") are labels, not milestones.
    if (part.table[k]) {
      const label = matchLabel(text, folded);
      if (label && label.valueStart >= text.trimEnd().length) return;
    }
    // Table cells: a date-only or status-only cell belongs to the milestone on its left.
    if (part.table[k] && prev) {
      const dates = parseFoldedDates(text, folded, c);
      const onlyDate =
        dates.length > 0 &&
        text.replace(/[\s.,]/g, '').length <= dates.map((d) => d.text.replace(/\s/g, '')).join('').length + 12;
      const status = readStatus(`[${text}]`);
      if (onlyDate) {
        prev.date ??= dateSpan(dates).end?.iso ?? dates[dates.length - 1].iso;
        prev.end = span.end;
        prev.text = source.text.slice(prev.start, prev.end);
        return;
      }
      if (status && text.length < 40) {
        prev.status = status;
        return;
      }
      if (!/\d/.test(text) && text.length < 60 && !DELIVERABLE.test(folded)) return; // an owner cell
    }
    if (!part.table[k] && PLACEHOLDER_VALUE.test(folded)) return;
    if (!part.table[k] && isCalendarLine(folded, () => parseFoldedDates(text, folded, c))) {
      // Its value, after the label (as a labelled line's).
      calendars.push(
        trimSpan(source.text, { start: span.start + CALENDAR_LINE.exec(folded)![0].length, end: span.end }),
      );
      return;
    }
    // One line may hold several milestones separated by ";" when each has its own date.
    const pieces = text.split(/;\s*/);
    const many = pieces.length > 1 && pieces.every((pc) => parseDates(pc, c).length > 0);
    let offset = span.start;
    for (const piece of many ? pieces : [text]) {
      const at = source.text.indexOf(piece, offset);
      const s = trimSpan(source.text, { start: at, end: at + piece.length });
      offset = s.end;
      const body = source.text.slice(s.start, s.end).replace(/^\s*(?:[-*•·▪◦–]|\d{1,2}[.)])\s+/, '');
      const bodyStart = s.end - body.length;
      const bodyFolded = foldedSource.slice(bodyStart, s.end);
      // A year that names a document (« le rapport 2021 ») is no due date.
      const ds = parseFoldedDates(body, bodyFolded, c).filter((d) => !namesDocument(body, d, bodyFolded));
      // « livrable – date – responsable »: the date slot's date, not a year the deliverable's words hold.
      const end = (ds.length > 0 ? slotDue(body, bodyFolded, c) : undefined) ?? dateSpan(ds).end;
      const due = end ?? ds[ds.length - 1];
      const milestone: Milestone = { text: body, start: bodyStart, end: s.end };
      dueRead.set(milestone, { text: body, due: end });
      if (due) milestone.date = due.iso;
      const status = readStatus(body, bodyFolded);
      if (status) milestone.status = status;
      milestones.push(milestone);
    }
  });
  return milestones;
}

// Each milestone's due date (dueDate of its text) as the reading of its line found it: the score asks whether any
// milestone is due on a date, and the line's dates are read already. Kept with the text it was read from, so a
// milestone that grew since (a table's date cell joined to it) is read again.
const dueRead = new WeakMap<Milestone, { text: string; due: DateMention | undefined }>();

/** dueDate(m.text), from the reading of the milestone's line where it is known. */
export function milestoneDue(m: Milestone): DateMention | undefined {
  const known = dueRead.get(m);
  return known && known.text === m.text ? known.due : dueDate(m.text);
}

/** Ends with "?" (spaces after it aside). */
function endsWithQuestion(t: string): boolean {
  let i = t.length - 1;
  while (i >= 0 && isSpace(t.charCodeAt(i))) i--;
  return i >= 0 && t.charCodeAt(i) === 63;
}

const DIGIT = /\d/;
const YEARS = /(?:19|20)\d\d/g;
/** Years written in a folded text, at most 2 (non-overlapping, as date mentions are). */
function yearCount(folded: string): number {
  YEARS.lastIndex = 0;
  let n = 0;
  while (n < 2 && YEARS.exec(folded)) n++;
  return n;
}

/** Is a present value usable? Returns false for placeholders, costs without an amount, and the like. */
function usable(field: FieldName, text: string, folded?: string, labelled = false): boolean {
  const f = folded ?? foldSameLength(text);
  if (PLACEHOLDER_VALUE.test(f) || f.trim().length < 2) return false;
  if (/^\s*(?:non chiffre|a chiffrer|pas de cout|not costed|no cost estimate)/.test(f)) return false;
  switch (field) {
    case 'cost':
      return statesCost(f, labelled) || ZERO_COST.test(f);
    case 'actions':
      // « Description : la DITP s'engage à promouvoir … » names no action Jalon could check (audit15, finding 4).
      return !allVague(f);
    case 'baseline':
      return /\d/.test(f) || /\b(?:aucun|aucune|inexistant|pas de|none|no |zero)\b/.test(f);
    case 'target':
      return (
        /\d/.test(f) ||
        parseFoldedDates(text, f).length > 0 ||
        /\b(?:tous|toutes|ensemble|chaque|all|every|each)\b/.test(f)
      );
    case 'calendar':
      // US fiscal years ("fiscal year 2023 to fiscal year 2024", "FY2023 – FY2024") are a calendar too.
      return parseFoldedDates(text, f).length > 0 || /\b(?:fiscal years?|fy) ?(?:19|20)?\d\d\b/.test(f);
    default:
      return true;
  }
}

/** Context, not plans: "créé en 2011", "has been adopted in 2013". A milestone is still to come. */
const PAST =
  /\b(?:a ete|ont ete|avait ete|avaient ete|a deja|ont deja|depuis|etait|etaient|fut|has been|have been|had been|was|were|has already|have already|since|established in|adopted in|launched in|created in|in the past|previously|already)\b/;

/**
 * What was done, told in the simple past ("In April 2022, OMB released guidance", « le ministère a publié ») is
 * context too, unless the sentence also says what will be done. A participle after "is", "are" or "to be", or
 * before its date or agent, is the passive a milestone is written in ("a report is published", "Report published
 * (June 2020)", "Standard issued – March 2025 – national archives", « un rapport est publié »), not the past.
 */
const DONE =
  /\b(?<!\b(?:is|are|be|being)\s+(?:\w+,?\s+(?:and|or)\s+)?)(?:issued|released|signed|announced|launched|published|established|created|adopted|enacted|held|began|completed|granted|awarded|convened|hosted|finalized|finalised|introduced|passed|(?:a|ont|avait|avaient) (?:publie|lance|adopte|cree|mis|signe|annonce|organise|realise|engage|remis|presente))\b(?!\s*(?:\(|$|by\b|[–—-]\s))/;
/**
 * A result stated with its due date in closing brackets, as Canada's French tracker translates "is established
 * (November 2018)": « l'unité … a été établie. (Novembre 2018) ». The passé composé there is the expected result, not
 * the past.
 */
const RESULT_DATED = /\b(?:a|ont) ete \p{L}+?(?:e|i|u|t)e?s?\b[^()]*\(\s*[^()]*\b(?:19|20)\d\d\s*\)\s*\.?\s*$/u;
/** A date told as when something was done (« released in December 2020 »): not a deadline. */
const DONE_AT = new RegExp(`${DONE.source}(?:\\s+\\w+){0,3}\\s+(?:in|on|en|le)\\s*$`);
const AHEAD =
  /\b(?:will|shall|commits? to|plans? to|intends? to|is to|are to|d'ici|sera|seront|va|vont|prevoit|s'engage)\b/;

const YEAR = /\b(?:19|20)\d\d\b/g;

/**
 * A value with its year told as where things stand (« 100 % des marchés … d'ici décembre 2016 (0 % en 2015) »): the
 * value and its year, when the year is not after the plan's start (the plan's period unknown: before another year
 * of the sentence).
 */
function datedBaseline(source: SourceText, sentences: readonly Span[], folded: readonly string[]): Span | undefined {
  const period = periodOnce(source);
  for (let k = 0; k < sentences.length; k++) {
    const t = folded[k];
    if (!/\b(?:en|in) (?:19|20)\d\d\b/.test(t)) continue;
    DATED_VALUE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DATED_VALUE.exec(t))) {
      const value = m[1] ?? m[3];
      const year = Number(m[2] ?? m[4]);
      const latest = Math.max(...(t.match(YEAR) ?? []).map(Number));
      const p = period();
      if (p ? year > p.start : year >= latest) continue;
      const start = sentences[k].start + m.index + m[0].indexOf(value);
      return { start, end: start + value.length };
    }
  }
  return undefined;
}

/** The plan's period (planPeriod), read when a sentence first asks for it: most commitments' sentences never do. */
function periodOnce(source: SourceText): () => PlanPeriod | undefined {
  let read = false;
  let period: PlanPeriod | undefined;
  return () => {
    if (!read) {
      read = true;
      period = planPeriod(source);
    }
    return period;
  };
}

/** A sentence that opens on its year (« En 2024, 40 % … », "At the end of 2024, 35 of …"): where things stood. */
const YEAR_FIRST = /^\W*(?:en|in|fin|fin de|at the end of|end of) (?:19|20)\d\d,/;
const YEAR_RANGE_TAIL = /\b((?:19|20)\d\d)(\s*[-–/]\s*(?:(?:19|20)?\d\d))\b/g;
const FIRST_YEAR = /\b(?:19|20)\d\d\b/;

/**
 * A figure with its year in the problem or status-quo statement ("In 2020-21, 78% of above-threshold tenders were
 * published on Contracts Finder.", « En 2021, 12 % des réunions étaient déclarées »): where things stood, the
 * baseline, when its year is not after the plan's start and the sentence does not say what will be. The figure is
 * a number that is not a year, a date or a reference (figureCount); the tail of a year range ("2020-21") is no figure.
 */
function contextBaseline(
  source: SourceText,
  sentences: readonly Span[],
  texts: readonly string[],
  folded: readonly string[],
  inContext: (at: number) => boolean,
  indicator: string | undefined,
): Span | undefined {
  const period = periodOnce(source);
  for (let k = 0; k < sentences.length; k++) {
    const t = folded[k];
    if (!(inContext(sentences[k].start) || YEAR_FIRST.test(t)) || !DIGIT.test(t) || AHEAD.test(t)) continue;
    const year = FIRST_YEAR.exec(t);
    const p = year && period();
    if (!year || (p && Number(year[0]) > p.start)) continue;
    const blank = (x: string) =>
      x.replace(YEAR_RANGE_TAIL, (_, y: string, tail: string) => y + ' '.repeat(tail.length));
    if (figureCount(blank(texts[k]), blank(t)) > 0 && measuresAlike(t, indicator)) return sentences[k];
  }
  return undefined;
}

const SHARE = /%|\bpour ?cent\b|\bper ?cent\b/;
const SHARE_MEASURE = /\b(?:part|taux|pourcentage|proportion|share|rate|percentage)\b|%/;
const COUNT_MEASURE = /\b(?:nombre|number)\b/;

/**
 * Whether a figure of the context measures what the indicator measures (folded texts): a share for a share, a count
 * for a count, an amount for an amount. Without an indicator, an amount (the size of the market the commitment acts
 * on: « 71,5 milliards d'euros en 2013 ») is the situation's size, not a value to move.
 */
function measuresAlike(sentence: string, indicator: string | undefined): boolean {
  const share = SHARE.test(sentence);
  const amount = !share && AMOUNT.test(sentence);
  if (indicator === undefined) return !amount;
  if (SHARE_MEASURE.test(indicator)) return share;
  if (COUNT_MEASURE.test(indicator)) return !share && !amount;
  if (AMOUNT.test(indicator)) return amount;
  return true;
}

/** The lead as a name (a label's or a control's value), not a sentence of prose that names it among other words. */
const namedLead = (fields: Fields) => (fields.lead && fields.lead.source !== 'prose' ? fields.lead.text : undefined);

// A sentence that describes or defines in the present tense; one that says what will be, or when, is no fact.
/**
 * A sentence (folded) whose only actions are directions (« promouvoir la participation », « favoriser le dialogue »):
 * vague as the level counts it (a vague verb, and no concrete action naming what it delivers). It never earns the
 * concrete action (audit15, finding 4).
 */
export function vagueSentence(folded: string): boolean {
  return VAGUE_ACTION.test(folded) && !(CONCRETE_ACTION.test(folded) && DELIVERABLE_NOUN.test(folded));
}
/** Every sentence of a folded value is vague. */
function allVague(folded: string): boolean {
  const sentences = folded.split(/[.;!?](?:\s+|$)/).filter((x) => /[a-z]{3}/.test(x));
  return sentences.length > 0 && sentences.every(vagueSentence);
}

const PRESENT_VERB =
  /\b(?:is|are) (?:the|a|an|one of|our|its|their)\b|\b(?:describes|provides|holds|covers|offers|represents|helps|gives|lists)\b|\b(?:est|sont) (?:le|la|les|l'|un|une|des)\b|\b(?:decrit|recense|contient|couvre|represente|offre|fournit)\b/;
// A title that states an aim (« Commitment 2: Improving access to legislation », « Renforcer l'accès au droit »):
// the deliverable it names is the aim's object, not the action.
const TITLE_AIM =
  /^[\s#*_]*(?:(?:commitment|engagement|compromiso)[^:.]{0,12}[:.–—-]\s*)?(?:(?:improv|strengthen|enhanc|promot|increas|expand|support|foster|advanc|ensur)(?:e|es|ing)?|ameliorer|renforcer|promouvoir|favoriser|developper|accroitre)\b/;
const FUTURE_OR_AIM =
  /\b(?:will|shall|commits? to|plans? to|intends? to|aims? to|to reach|to be|by (?:the end of )?(?:19|20)\d\d|target|goal|at least|a minimum of|d'ici|sera|seront|s'engage|vise|objectif|cible|atteindre|au moins|au minimum)\b/;
function presentFact(text: string, folded: string): boolean {
  return PRESENT_VERB.test(folded) && !FUTURE_OR_AIM.test(folded) && parseFoldedDates(text, folded).length === 0;
}

/** "Aujourd'hui, 40 % ..." states where things stand, not where they should go. */
function isBaselineSentence(folded: string): boolean {
  const baseline = PROSE_CUES.baseline ?? [];
  return (
    !CHANGE_FROM_TO.test(folded) &&
    baseline.some((re) => re.test(folded)) &&
    !/\b(?:cible|objectif|atteindre|d'ici|target|goal|reach|by (?:19|20)\d\d)/.test(folded)
  );
}

/**
 * A commitment's fields; `reading` is its text's sentences when the caller read them (readOne), which the prose's
 * lines share.
 */
export function readFields(source: SourceText, seg: Segment, reading?: TextReading): ReadFields {
  const { parts: ps, free } = parts(source, seg);
  const fields: Fields = {};
  const weak = new Set<FieldName>();
  // Controls beat labels, labels beat prose; the first labelled occurrence of a field is its value.
  let fromControl = false;
  const calendarLines: Span[] = [];
  for (const wanted of ['control', 'label'] as const) {
    ps.forEach((part, k) => {
      if (part.source !== wanted) return;
      if (part.rows) {
        tableFields(source, part.rows, fields, fromControl, ps[k - 1]);
        return;
      }
      if (!part.field) return;
      if (part.field === 'milestones') {
        // Content controls are exact: they alone give the milestones. Labels add up: "Jalon 1.1", "Jalon 1.2"...
        if (wanted === 'control') {
          if (fields.milestones) return;
          fromControl = true;
          fields.milestones = milestonesFrom(source, part, calendarLines);
        } else if (!fromControl) (fields.milestones ??= []).push(...milestonesFrom(source, part, calendarLines));
        return;
      }
      const value = valueOf(source, part);
      // An indicator section right under a milestone is that milestone's (Canada's « Jalon 1.1 » then « Indicateurs : »).
      const prev = ps[k - 1];
      const last = fields.milestones?.[fields.milestones.length - 1];
      if (part.field === 'indicator' && wanted === 'label' && prev?.field === 'milestones' && last && !fromControl) {
        last.indicator ??= value;
        last.date ??= dueOf(source, value);
      }
      const f = part.field as Scalar;
      // "Start: 1 October 2016." then "End: 30 June 2018.": one calendar, from the first label to the last.
      const had = fields[f];
      if (f === 'calendar' && had?.source === 'label' && prev?.field === 'calendar' && prev.source === wanted) {
        const joined = { ...had, end: value.end, text: source.text.slice(had.start, value.end) };
        if (joined.start < joined.end && had.end <= value.start) fields.calendar = joined;
        return;
      }
      if (fields[f]) return;
      fields[f] = value;
      if (!usable(f, value.text, foldedText(source).slice(value.start, value.end), true)) weak.add(f);
      else weak.delete(f);
    });
  }
  // A calendar line written among the milestones is the commitment's calendar when it has none.
  if (calendarLines.length > 0 && (!fields.calendar || weak.has('calendar'))) {
    const { start, end } = calendarLines[0];
    fields.calendar = { text: source.text.slice(start, end), start, end, source: 'label' };
    weak.delete('calendar');
  }
  // Inline labels and parenthesised leads: a milestone's own date, lead, indicator and deliverable.
  for (const m of fields.milestones ?? []) if (!fromControl) milestoneLabels(source, m, fields);
  if (fields.milestones && fields.milestones.length === 0) weak.add('milestones');
  const running = [...free];
  for (const part of ps)
    if ((part.field === null || part.field === 'actions') && !part.context) running.push(...part.spans);
  inlineFields(source, running, fields, weak, fromControl);
  // The commitment's lead and indicator, when only its milestones name them.
  const led = fields.milestones?.find((m) => m.lead);
  if (led?.lead && (!fields.lead || weak.has('lead'))) {
    fields.lead = { ...led.lead };
    weak.delete('lead');
  }
  const measured = fields.milestones?.find((m) => m.indicator);
  if (measured?.indicator && (!fields.indicator || weak.has('indicator'))) {
    fields.indicator = { ...measured.indicator };
    weak.delete('indicator');
  }
  // A target stated in a milestone's indicator (« Au moins 50 récits … d'ici juin 2019 ») is the commitment's target.
  if (!fields.target || weak.has('target')) {
    const cues = PROSE_CUES.target ?? [];
    for (const m of fields.milestones ?? []) {
      const v = m.indicator;
      if (!v) continue;
      const hit = sentenceSpansIn(source.text, v.start, v.end).find((sp) => {
        const t = foldedText(source).slice(sp.start, sp.end);
        return cues.some((re) => re.test(t)) && !isBaselineSentence(t);
      });
      if (hit) {
        fields.target = {
          text: source.text.slice(hit.start, hit.end),
          start: hit.start,
          end: hit.end,
          source: 'label',
        };
        weak.delete('target');
        break;
      }
    }
  }
  // A dated milestone that states a share (IRM milestone tables: « Achieve 95% of 'above threshold' tenders … | March
  // 2023 ») is a target.
  if (!fields.target || weak.has('target')) {
    const share = fields.milestones?.find(
      (m) => m.date && /\d\s?(?:%|per ?cent|pour ?cent)/.test(foldedText(source).slice(m.start, m.end)),
    );
    if (share) {
      fields.target = { text: share.text, start: share.start, end: share.end, source: 'label' };
      weak.delete('target');
    }
  }
  // A milestone that names its instrument (« Publier un guide », "Launch a portal") is a concrete action.
  if (!fields.actions || weak.has('actions')) {
    const cues = PROSE_CUES.actions ?? [];
    // Its indicator too, as Canada writes what a milestone delivers (« Un projet-pilote est lancé … »); never a vague
    // one (« Apporter des améliorations au site »).
    const names = (v: { start: number; end: number } | undefined) => {
      if (!v) return false;
      const t = foldedText(source).slice(v.start, v.end);
      return !allVague(t) && cues.some((re) => re.test(t));
    };
    // The milestones first, then their indicators.
    const ms = fields.milestones ?? [];
    const m = ms.find((x) => names(x));
    const i = m ? undefined : ms.find((x) => names(x.indicator))?.indicator;
    const named: FieldValue | undefined = m
      ? { text: m.text, start: m.start, end: m.end, source: 'label' }
      : i && { ...i, source: 'label' };
    if (named) {
      fields.actions = named;
      weak.delete('actions');
    }
  }
  const contextSpans = ps.filter((p) => p.context).flatMap((p) => p.spans);
  const inContext = (at: number) => contextSpans.some((c) => c.start <= at && at < c.end);
  // Prose: free text, plus the sections that are not another field's (description, context, actions).
  const proseSpans: Span[] = [...free];
  for (const part of ps) if (part.field === null || part.field === 'actions') proseSpans.push(...part.spans);
  proseSpans.sort((a, b) => a.start - b.start);
  const proseSentences: Span[] = [];
  for (const s of proseSpans) sentencesOfRange(source.text, reading, s.start, s.end, proseSentences);
  const title: Span = { start: seg.titleStart, end: seg.titleEnd };
  // Each sentence is read by several passes below (cues per field, milestones, calendar): its text, folded
  // form and dates are made once.
  // Arrays built by push, not map: V8's optimised map makes arrays of another kind than its unoptimised one, and
  // the code reading them was deoptimised on the change.
  const foldedSource = foldedText(source);
  const proseTexts: string[] = [];
  const proseFolded: string[] = [];
  for (const s of proseSentences) {
    proseTexts.push(source.text.slice(s.start, s.end));
    proseFolded.push(foldedSource.slice(s.start, s.end));
  }
  const proseDates: Array<ReturnType<typeof parseDates> | undefined> = new Array(proseSentences.length).fill(undefined);
  const conventions: DateConventions = planDates(source);
  const datesOf = (k: number) => (proseDates[k] ??= parseFoldedDates(proseTexts[k], proseFolded[k], conventions));
  const questions = new Int8Array(proseSentences.length); // 0 not read yet, 1 a question, -1 not one
  const isQuestion = (k: number) => (questions[k] ||= endsWithQuestion(proseFolded[k]) ? 1 : -1) === 1;
  const digits = new Int8Array(proseSentences.length); // 0 not read yet, 1 has a digit, -1 has none
  const hasDigit = (k: number) => (digits[k] ||= DIGIT.test(proseFolded[k]) ? 1 : -1) === 1;
  const titleText = source.text.slice(title.start, title.end);
  const titleFolded = foldedSource.slice(title.start, title.end);

  for (const field of FIELD_NAMES) {
    if (field === 'milestones' || field === 'calendar') continue;
    const f = field as Scalar;
    if (fields[f] && !weak.has(f)) continue;
    const cues = PROSE_CUES[field];
    if (!cues) continue;
    const figureCued = FIGURE_CUED.has(field);
    const accept = (text: string, t: string, question: boolean) => {
      if (question) return false; // a template's question, not the author's answer
      let cued = false;
      for (let c = 0; c < cues.length && !cued; c++) cued = cues[c].test(t);
      if (!cued && field === 'lead') cued = leadBySubject(text);
      // "improving the Index from a score of 48 to 60 points": the measured thing is the indicator.
      if (!cued && field === 'indicator') cued = CHANGE_FROM_TO.test(t);
      if (!cued) return false;
      if (field === 'target' && isBaselineSentence(t)) return false;
      // Where things stand today (« The Catalog describes over 95% of the records »), what a thing is (« The Catalog
      // is the Federal Government's online portal »): neither a value to reach nor an action.
      if ((field === 'target' || field === 'actions') && presentFact(text, t)) return false;
      if (field === 'actions' && vagueSentence(t)) return false;
      // A figure told as the situation (« était de 71,5 milliards d'euros en 2013 ») is not this commitment's cost.
      if (field === 'cost' && PAST.test(t)) return false;
      return usable(f, text, t);
    };
    let hit: Span | undefined;
    if (
      field === 'actions' &&
      !TITLE_AIM.test(titleFolded) &&
      accept(titleText, titleFolded, endsWithQuestion(titleFolded))
    )
      hit = title;
    else {
      for (let k = 0; k < proseSentences.length && !hit; k++) {
        // The problem statement tells the situation: its amounts and figures are neither the cost nor the target.
        if ((field === 'cost' || field === 'target') && inContext(proseSentences[k].start)) continue;
        if (figureCued && !hasDigit(k)) continue;
        if (accept(proseTexts[k], proseFolded[k], isQuestion(k))) hit = proseSentences[k];
      }
    }
    if (!hit && field === 'baseline') hit = datedBaseline(source, proseSentences, proseFolded);
    // A stated zero cost (« Sans coût supplémentaire : moyens existants ») answers the question, with no figure.
    if (!hit && field === 'cost')
      hit = proseSentences.find(
        (sp, k) =>
          !isQuestion(k) && !inContext(sp.start) && ZERO_COST.test(proseFolded[k]) && !PAST.test(proseFolded[k]),
      );
    if (!hit && field === 'baseline')
      hit = contextBaseline(
        source,
        proseSentences,
        proseTexts,
        proseFolded,
        inContext,
        fields.indicator && !weak.has('indicator')
          ? foldedSource.slice(fields.indicator.start, fields.indicator.end)
          : undefined,
      );
    if (hit && !fields[f]) {
      fields[f] = { text: source.text.slice(hit.start, hit.end), start: hit.start, end: hit.end, source: 'prose' };
    } else if (hit && weak.has(f)) {
      // A weak label ("Coût : non chiffré") stays the field's text; prose elsewhere gives the figure.
      fields[f] = { text: source.text.slice(hit.start, hit.end), start: hit.start, end: hit.end, source: 'prose' };
      weak.delete(f);
    }
  }

  // Who takes part, who is served and who reports are said wherever the commitment says them: in its milestones
  // and their indicators too (« en consultation avec les utilisateurs », « Rapports trimestriels sur les progrès »).
  const labelled: Span[] = [];
  for (const m of fields.milestones ?? []) {
    sentenceSpansIn(source.text, m.start, m.end, labelled);
    if (m.indicator) sentenceSpansIn(source.text, m.indicator.start, m.indicator.end, labelled);
  }
  // A milestone written in the form Jalon suggests (« Porter de 40 à 80 le nombre de jeux de données publiés d'ici
  // juin 2020 », « Augmenter de 20 % … d'ici juin 2020 ») states the commitment's baseline, target and what it counts;
  // a share with its date (« Réserver 20 % … d'ici juin 2020 ») a target.
  for (const field of ['indicator', 'baseline', 'target'] as const) {
    if (fields[field] && !weak.has(field)) continue;
    const hit = labelled.find((sp) => {
      const t = foldedSource.slice(sp.start, sp.end);
      const change = CHANGE_FROM_TO.test(t);
      if (field === 'baseline') return change;
      if (field === 'target')
        return (
          (change || CHANGE_BY.test(t) || /\d\s?%/.test(t)) &&
          parseFoldedDates(source.text.slice(sp.start, sp.end), t, conventions).length > 0
        );
      return (change || CHANGE_BY.test(t)) && (PROSE_CUES.indicator ?? []).some((re) => re.test(t));
    });
    if (hit) {
      fields[field] = { text: source.text.slice(hit.start, hit.end), start: hit.start, end: hit.end, source: 'prose' };
      weak.delete(field);
    }
  }
  for (const field of ['partners', 'audience', 'accountability'] as const) {
    if (fields[field] && !weak.has(field)) continue;
    const cues = PROSE_CUES[field] ?? [];
    const hit = labelled.find((sp) => {
      const t = foldedSource.slice(sp.start, sp.end);
      if (cues.some((re) => re.test(t))) return true;
      return field === 'partners' && namesPartner(source.text.slice(sp.start, sp.end), namedLead(fields));
    });
    if (hit) {
      fields[field] = { text: source.text.slice(hit.start, hit.end), start: hit.start, end: hit.end, source: 'prose' };
      weak.delete(field);
    }
  }

  // Milestones in prose: sentences that name a deliverable and a date that is not only a start.
  if (!fields.milestones || fields.milestones.length === 0) {
    const period = periodOnce(source);
    const found: Milestone[] = [];
    for (let k = 0; k < proseSentences.length; k++) {
      const s = proseSentences[k];
      const text = proseTexts[k];
      // A law's date (« la loi du 29 janvier 1993 ») and a report's year ("OMB's 2021 report") are names, not
      // deadlines; context is not a plan.
      const folded = proseFolded[k];
      // « Le SGG publiera chaque année, avant le 30 juin, un tableau de suivi »: due each year, first in the plan's.
      const every = datesOf(k).length === 0 ? recurringDue(folded, period()) : undefined;
      const ds = every
        ? [every]
        : datesOf(k).filter(
            (d) =>
              d.role !== 'start' &&
              !isNameDate(text, d.start) &&
              !DONE_AT.test(folded.slice(0, d.start)) &&
              !namesDocument(text, d, folded),
          );
      if (ds.length === 0 || !DELIVERABLE.test(folded) || inContext(s.start)) continue;
      if (PAST.test(folded) && !RESULT_DATED.test(folded)) continue;
      // Where things stand (« Aujourd'hui, 38 % … (chiffres 2015) »), or only dates before the plan: no milestone.
      if (isBaselineSentence(folded)) continue;
      const p = period();
      if (p && !every && ds.every((d) => Number(d.iso.slice(0, 4)) < p.start)) continue;
      if (DONE.test(folded) && !AHEAD.test(folded)) continue;
      const slot = every ?? slotDue(text, folded, conventions);
      const milestone: Milestone = {
        text,
        start: s.start,
        end: s.end,
        date: (slot ?? dateSpan(ds).end ?? ds[ds.length - 1]).iso,
      };
      dueRead.set(milestone, { text, due: slot ?? dateSpan(datesOf(k)).end });
      const status = readStatus(text, folded);
      if (status) milestone.status = status;
      found.push(milestone);
    }
    if (found.length > 0) {
      fields.milestones = found;
      weak.delete('milestones');
    }
  }
  if (fields.milestones && fields.milestones.length > 0 && !fields.milestones.some((j) => j.date))
    weak.add('milestones');

  // Calendar: a labelled one, else the span of dates written in the commitment.
  if (!fields.calendar || weak.has('calendar')) {
    const k = proseSentences.findIndex((_, i) => {
      // A start and an end are two mentions, and every mention holds a year of its own.
      if (yearCount(proseFolded[i]) < 2) return false;
      const ds = datesOf(i);
      return ds.some((d) => d.role === 'start') && ds.some((d) => d.role === 'end');
    });
    const hit = k >= 0 ? proseSentences[k] : undefined;
    if (hit) {
      fields.calendar = {
        text: source.text.slice(hit.start, hit.end),
        start: hit.start,
        end: hit.end,
        source: 'prose',
      };
      weak.delete('calendar');
    }
  }
  // What the "focused" point reads: the prose but for the sections the template asks for (see Part.asked).
  const askedSpans = ps.filter((p) => p.asked).flatMap((p) => p.spans);
  if (askedSpans.length === 0)
    return { fields, weak: [...weak], prose: proseTexts, proseFolded, context: contextSpans };
  const kept = proseSentences.flatMap((s, k) =>
    askedSpans.some((a) => a.start <= s.start && s.start < a.end) ? [] : [k],
  );
  return {
    fields,
    weak: [...weak],
    prose: kept.map((k) => proseTexts[k]),
    proseFolded: kept.map((k) => proseFolded[k]),
    context: contextSpans,
  };
}

const MONTH_NAMES =
  'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre january february march april may june july august september october november december'.split(
    ' ',
  );
const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * A recurring deadline's first occurrence in the plan's period (« chaque année, avant le 30 juin » in a plan 2025-2027:
 * 30 June 2025; « chaque trimestre »: 2025-Q1), as a date mention; none without the plan's period, which says the year,
 * nor for a yearly rhythm without its day.
 */
function recurringDue(folded: string, period: PlanPeriod | undefined): DateMention | undefined {
  const r = period && RECURRING.exec(folded);
  if (!period || !r) return undefined;
  const y = period.start;
  const word = r[1] ?? r[2];
  const day = DAY_MONTH.exec(folded);
  let iso: string;
  let until: string;
  let from = `${y}-01-01`;
  if (day) {
    const month = (MONTH_NAMES.indexOf(day[2] ?? day[3]) % 12) + 1;
    const d = Number(day[1] ?? day[4]);
    if (d < 1 || d > 31) return undefined;
    iso = until = from = `${y}-${pad2(month)}-${pad2(d)}`;
  } else if (/^(?:semestr|six|twice)/.test(word)) [iso, until] = [`${y}-H1`, `${y}-06-30`];
  else if (/^(?:trimestr|quarter)/.test(word)) [iso, until] = [`${y}-Q1`, `${y}-03-31`];
  else if (/^(?:mois|mensu|month)/.test(word)) [iso, until] = [`${y}-01`, `${y}-01-31`];
  // « chaque année » with no day says a rhythm, not when (« un panel évalue chaque année deux politiques »): no date.
  else return undefined;
  return { text: r[0], start: r.index, end: r.index + r[0].length, iso, role: 'end', until, from };
}

/** A commitment's calendar as ISO-like dates: its calendar field, else the span of its milestones' dates. */
export function calendarOf(fields: Fields): { start?: string; end?: string } {
  const texts = [fields.calendar?.text ?? '', ...(fields.milestones ?? []).map((j) => j.text)];
  const { start, end } = dateSpan(texts.flatMap((t) => parseDates(t)));
  return { start: start?.iso, end: end?.iso };
}
