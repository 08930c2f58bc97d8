// The score: the workshop's points for verifiable elements, as a checklist an author can read (what is earned,
// what is not, how to earn it). The points follow what the IRM rates (ogp-reference.md §2): a verifiable
// deliverable, dated milestones, indicators with targets, who is responsible. The level on the IRM's scale is
// model/level.ts's: these items weighed as fitted to the IRM's ratings, with a few counts of the text.
import { foldSameLength, parseDates, parseFoldedDates, yearWindows, type DateMention } from '../dates';
import type { SourceText } from '../source';
import type { CountryCode } from '../countries';
import { fields as fieldWords } from '../messages/fields';
import { score as messages, translator, type Translate } from '../messages';
import type { ChecklistItem, FieldName, Lang } from '../types';
import { countedValue } from './counted';
import { FIELD_NAMES, milestoneDue, type Fields } from './fields';
import { DELIVERABLE } from './lexicon';
import type { Segment } from './segment';
import { datedFor } from '../template/period';

interface Check {
  id: string;
  points: number;
}

// The workshop's points (its label and how to earn it are in messages/score.ts). Why each:
// - deliverable 3: the IRM's first question is whether the commitment names something one can verify
//   (None = "no verifiable deliverables").
// - dated milestone 3: "clear, measurable, verifiable milestones" is what makes High.
// - second dated milestone 1: a path, not just an end point (the workshop's "chemin").
// - end date 1: without it nothing is ever late.
// - indicator 2, target 2: the workshop's measurable core, and what makes milestones "measurable".
// - baseline 1: a target means little without the starting value, but the IRM rarely asks for it.
// - lead 2: "who is responsible" is part of verifiability (a deliverable nobody owns cannot be checked).
// - focused 2: the text says what it delivers rather than why.
// - cost 1, partners 1, accountability 1, audience 1: the workshop asked for them; the IRM does not rate them
//   under specificity, so they weigh little here.
// The level does not add these points: it weighs the items by a model fitted to the IRM's ratings (model/level.ts).
const CHECKS: Check[] = [
  { id: 'deliverable', points: 3 },
  { id: 'dated-milestone', points: 3 },
  { id: 'milestone-path', points: 1 },
  { id: 'end-date', points: 1 },
  { id: 'focused', points: 2 },
  { id: 'indicator', points: 2 },
  { id: 'target', points: 2 },
  { id: 'baseline', points: 1 },
  { id: 'lead', points: 2 },
  { id: 'cost', points: 1 },
  { id: 'partners', points: 1 },
  { id: 'accountability', points: 1 },
  { id: 'audience', points: 1 },
];

export const MAX_SCORE = CHECKS.reduce((s, c) => s + c.points, 0);
type ItemTexts = Pick<ChecklistItem, 'label' | 'howToEarn'>;

/** Each item's label and how to earn it, in the language of `t`. */
function itemTextsIn(t: Translate): Map<string, ItemTexts> {
  return new Map(
    CHECKS.map((c) => [
      c.id,
      { label: t(`items.${c.id}.label`), howToEarn: datedFor(t(`items.${c.id}.howToEarn`), undefined) },
    ]),
  );
}

// Every commitment's checklist says the same items: their texts are written once per language.
const ITEM_TEXTS: Record<Lang, Map<string, ItemTexts>> = {
  fr: itemTextsIn(translator(messages, 'fr')),
  en: itemTextsIn(translator(messages, 'en')),
};

export interface ScoreInput {
  fields: Fields;
  weak: readonly FieldName[];
  /** Title and body text, to find a deliverable the fields do not hold. */
  text: string;
  /** Sentences of running prose; a commitment written only as fields is focused by construction. */
  prose: readonly string[];
  /** `text` and `prose` accent-folded, when the caller has them already. */
  folded?: string;
  proseFolded?: readonly string[];
  /**
   * For the end date: `text` and `folded` with the context's sections blanked (same length), and the plan's first
   * year; a date of the context, or before the plan, is no end date.
   */
  dated?: { text: string; folded: string };
  planStart?: number;
}

const WORDS = /[a-z]{3}/;
/** A field written and not weak (a placeholder, a cost without an amount). */
const usableField = (input: ScoreInput, f: FieldName) =>
  f === 'milestones'
    ? (input.fields.milestones?.length ?? 0) > 0 && !input.weak.includes(f)
    : input.fields[f] !== undefined && !input.weak.includes(f);

function earnedMap(input: ScoreInput): Record<string, boolean> {
  const { fields } = input;
  const has = (f: Exclude<FieldName, 'milestones'>) => countedValue(input, f) !== undefined;
  const dated = (fields.milestones ?? []).filter((j) => j.date);
  const sentences = (input.proseFolded ?? input.prose.map((x) => foldSameLength(x))).filter((x) => WORDS.test(x));
  // The whole text's deliverables and dates are read only when the fields do not settle the point already.
  let folded = input.folded;
  const wholeFolded = () => (folded ??= foldSameLength(input.text));
  return {
    // Written only as fields, a commitment is focused by construction; an empty one (the blank template) is not.
    focused: isFocused(sentences) && (sentences.length > 0 || FIELD_NAMES.some((f) => usableField(input, f))),
    deliverable: has('actions') || (dated.length > 0 && DELIVERABLE.test(wholeFolded())),
    'dated-milestone': dated.length >= 1,
    'milestone-path': dated.length >= 2,
    // A milestone due on a date is an end date already; the whole text is read only when none is.
    // A calendar that only opens a period (« à partir de 2026 », "starting 2026") gives no end date.
    'end-date':
      (has('calendar') && !onlyStarts(fields.calendar!.text)) ||
      dated.some((j) => milestoneDue(j) !== undefined) ||
      (input.dated
        ? hasEndOrPoint(input.dated.text, input.dated.folded, input.planStart)
        : hasEndOrPoint(input.text, wholeFolded(), input.planStart)),
    indicator: has('indicator'),
    target: has('target'),
    baseline: has('baseline'),
    lead: has('lead'),
    cost: has('cost'),
    partners: has('partners'),
    accountability: has('accountability'),
    audience: has('audience'),
  };
}

/**
 * Whether at least half the sentences (folded) name a deliverable: read until that is settled either way, not to the
 * end (a commitment's prose is mostly one or the other).
 */
export function isFocused(sentences: readonly string[]): boolean {
  const half = sentences.length / 2;
  let delivering = 0;
  for (let k = 0; k < sentences.length; k++) {
    if (delivering >= half || delivering + sentences.length - k < half) break;
    if (DELIVERABLE.test(sentences[k])) delivering++;
  }
  return delivering >= half;
}

/** Whether every date of a calendar opens a period: « à partir de 2026 », « dès 2026 », "starting in 2026". */
function onlyStarts(calendar: string): boolean {
  const dates = parseDates(calendar);
  return dates.length > 0 && dates.every((d) => d.role === 'start');
}

/**
 * Whether the text has a date that is not only a start, as parseDates(text).some(role !== 'start') says.
 * Mentions lie inside the windows around years (see parseFoldedDates), so a head of the text cut where a window
 * ends reads its mentions as the whole text does, except that its last one may open a range with a mention
 * after the cut; but then that mention is an end, so a non-start mention in the head still settles it. Heads of
 * 2, 4, 8... windows are tried; most texts settle in the first.
 */
export function hasEndOrPoint(text: string, folded: string, from?: number): boolean {
  // A date before the plan's first year (`from`) is the situation's, no end date.
  const ends = (d: DateMention) => d.role !== 'start' && (from === undefined || Number(d.iso.slice(0, 4)) >= from);
  const windows = yearWindows(folded);
  for (let k = 2; k < windows.length / 2; k *= 2) {
    const cut = windows[k * 2 - 1];
    const head = parseFoldedDates(text.slice(0, cut), folded.slice(0, cut));
    if (head.some(ends)) return true;
  }
  return parseFoldedDates(text, folded).some(ends);
}

export function checklist(input: ScoreInput, lang: Lang): ChecklistItem[] {
  const earned = earnedMap(input);
  const texts = ITEM_TEXTS[lang];
  const items: ChecklistItem[] = [];
  for (const c of CHECKS) {
    const { label, howToEarn } = texts.get(c.id)!;
    items.push({ id: c.id, label, earned: earned[c.id], points: c.points, howToEarn });
  }
  return items;
}

/**
 * The same items in another language (a French plan's checklist in an English pane), and in the words of the plan's
 * `country` (planCountry): the accountability item names its legislature, as the field's question does (Congress for a
 * US plan), where the catalogue has its words.
 */
export function checklistIn(items: readonly ChecklistItem[], lang: Lang, country?: CountryCode): ChecklistItem[] {
  const texts = ITEM_TEXTS[lang];
  const legislature = country
    ? (fieldWords[lang].legislatures as Partial<Record<CountryCode, { howToEarn?: string }>>)[country]
    : undefined;
  return items.map((c) => {
    const item = { ...c, ...texts.get(c.id) };
    return c.id === 'accountability' && legislature?.howToEarn ? { ...item, howToEarn: legislature.howToEarn } : item;
  });
}

export function scoreOf(items: readonly ChecklistItem[]): number {
  return items.reduce((s, i) => s + (i.earned ? i.points : 0), 0);
}

export function commitmentText(source: SourceText, seg: Segment): string {
  return source.text.slice(source.paragraphs[seg.first].start, source.paragraphs[seg.last].end);
}
