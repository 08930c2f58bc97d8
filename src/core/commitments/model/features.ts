// What the level model reads of a commitment: the workshop's points (the checklist's total) and a few counts of
// the text. Each is there for a reason the IRM gives (ogp-reference.md §2): a commitment is specific when it names
// verifiable activities and deliverables, dated milestones, measurable values; it is not when its actions are
// only directions ("strengthen", "promote").
//
// The points enter as their total, so every item weighs its points times one fitted factor: the level can never
// disagree with the checklist (more points never lower it). Weights fitted per item were tried: cross-validation
// shrank them to nothing and they ranked the IRM's ratings no better (see the report of issue 13).
import { foldSameLength, mentionPlacesInWindows, parseFoldedDates, yearWindows } from '../../dates';
import { sentenceSpans } from '../text';
import { CONCRETE_ACTION, DELIVERABLE_NOUN, FIGURE, REFERENCE_BEFORE, VAGUE_ACTION } from './cues';

/**
 * Counts of the text, each on a scale where one more matters less than the first (log) or as a share:
 * - actions: sentences naming a concrete action, a precise verb and a deliverable ("adopt the decree");
 * - vagueShare: the share of sentences with a vague verb and no concrete action ("strengthen the framework");
 * - figures: numbers that are not dates (values, targets, amounts, how many).
 * Dates are the point items' (dated milestone, end date); counting them again here did not help (see the report
 * of issue 13 for what was tried).
 */
export const TEXT_FEATURES = ['actions', 'vagueShare', 'figures'] as const;
export type TextFeature = (typeof TEXT_FEATURES)[number];

export interface TextCounts {
  sentences: number;
  actions: number;
  vague: number;
  figures: number;
}

const WORDS = /[a-z]{3}/;
const YEAR = /^(?:19|20)\d\d$/;

/**
 * The counts of a commitment's text (title and body); `folded` is fold(text) and `spans` sentenceSpans(folded) when
 * the caller has them.
 */
export function textCounts(
  text: string,
  folded: string = foldSameLength(text),
  spans: ReadonlyArray<{ start: number; end: number }> = sentenceSpans(folded),
): TextCounts {
  let sentences = 0;
  let actions = 0;
  let vague = 0;
  for (const s of spans) {
    const f = folded.slice(s.start, s.end);
    if (!WORDS.test(f)) continue;
    sentences++;
    // A vague verb counts where the sentence names no concrete action: "développer une culture de l'open data"
    // is vague, "afin de renforcer la transparence, la HATVP publiera le registre" is not.
    if (CONCRETE_ACTION.test(f) && DELIVERABLE_NOUN.test(f)) actions++;
    else if (VAGUE_ACTION.test(f)) vague++;
  }
  const figures = figureCount(text, folded);
  return { sentences, actions, vague, figures };
}

/**
 * Numbers of the text that are not dates, years or references. Date mentions lie in the windows around years
 * (yearWindows), and a window's mentions are read from it alone: only the windows that hold such a number are read
 * for dates, all in one pass, not the whole text (speed shortcut, see DEVELOPERS.md; figureCountPlain is what it must
 * equal).
 */
export function figureCount(text: string, folded: string): number {
  const windows = yearWindows(folded);
  const inWindows: number[] = []; // the numbers that lie in a window: figures unless inside a date
  const held: number[] = []; // the windows that hold one (start, end pairs)
  let figures = 0;
  let w = 0;
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(folded); m; m = FIGURE.exec(folded)) {
    if (YEAR.test(m[0]) || REFERENCE_BEFORE.test(folded.slice(Math.max(0, m.index - 40), m.index))) continue;
    while (w < windows.length && windows[w + 1] <= m.index) w += 2;
    if (w < windows.length && windows[w] <= m.index) {
      inWindows.push(m.index);
      if (held[held.length - 2] !== windows[w]) held.push(windows[w], windows[w + 1]);
    } else figures++;
  }
  if (inWindows.length === 0) return figures;
  const dates = mentionPlacesInWindows(folded, held); // ordered, apart
  let k = 0;
  for (const at of inWindows) {
    while (k < dates.length && dates[k].end <= at) k++;
    if (!(k < dates.length && dates[k].start <= at)) figures++;
  }
  return figures;
}

/** figureCount with the whole text read for dates. */
export function figureCountPlain(text: string, folded: string): number {
  const dates = parseFoldedDates(text, folded);
  let figures = 0;
  let k = 0;
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(folded); m; m = FIGURE.exec(folded)) {
    while (k < dates.length && dates[k].end <= m.index) k++;
    const inDate = k < dates.length && dates[k].start <= m.index;
    if (inDate || YEAR.test(m[0])) continue;
    if (REFERENCE_BEFORE.test(folded.slice(Math.max(0, m.index - 40), m.index))) continue;
    figures++;
  }
  return figures;
}

export function textFeatures(c: TextCounts): Record<TextFeature, number> {
  return {
    actions: Math.log1p(c.actions),
    vagueShare: c.vague / Math.max(1, c.sentences),
    figures: Math.log1p(c.figures),
  };
}

/** The model's inputs in a fixed order: the points earned, then TEXT_FEATURES. */
export function featureVector(points: number, counts: TextCounts): number[] {
  const t = textFeatures(counts);
  return [points, ...TEXT_FEATURES.map((f) => t[f])];
}

export const FEATURE_NAMES: readonly string[] = ['points', ...TEXT_FEATURES];
