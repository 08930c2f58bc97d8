// What the level model reads of a commitment: some of the workshop's point items (earned or not) and a few counts
// of the text. Each is there for a reason the IRM gives (ogp-reference.md §2): a commitment is specific when it
// names verifiable activities and deliverables, dated milestones, measurable values; it is not when its actions
// are only directions ("strengthen", "promote").
import { fold, parseFoldedDates } from '../../dates';
import { sentenceSpans } from '../text';
import { CONCRETE_ACTION, DELIVERABLE_NOUN, FIGURE, VAGUE_ACTION } from './cues';

/**
 * The point items the level weighs: those of verifiability (a deliverable, dates, a measure, an owner). The
 * others (focused, cost, partners, accountability, audience) are the workshop's asks that the IRM does not rate
 * under specificity; they keep their points and do not move the level. Weights are fitted non-negative: earning
 * an item never lowers the level.
 */
export const LEVEL_ITEMS = [
  'deliverable',
  'dated-milestone',
  'milestone-path',
  'end-date',
  'indicator',
  'target',
  'baseline',
  'lead',
] as const;
export type LevelItem = (typeof LEVEL_ITEMS)[number];

/**
 * Counts of the text, each on a scale where one more matters less than the first (log) or as a share:
 * - actions: sentences naming a concrete action, a precise verb and a deliverable ("adopt the decree");
 * - actionShare: their share of the sentences (a text that mostly says what it delivers);
 * - vagueShare: the share of sentences whose only action is a vague verb;
 * - deadlines: dates that close something (not "from 2018");
 * - figures: numbers that are not dates (values, targets, amounts, how many).
 */
export const TEXT_FEATURES = ['actions', 'actionShare', 'vagueShare', 'deadlines', 'figures'] as const;
export type TextFeature = (typeof TEXT_FEATURES)[number];

export interface TextCounts {
  sentences: number;
  actions: number;
  vague: number;
  deadlines: number;
  figures: number;
}

const WORDS = /[a-z]{3}/;
const YEAR = /^(?:19|20)\d\d$/;

/** The counts of a commitment's text (title and body); `folded` is fold(text) when the caller has it. */
export function textCounts(text: string, folded: string = fold(text)): TextCounts {
  let sentences = 0;
  let actions = 0;
  let vague = 0;
  for (const s of sentenceSpans(folded)) {
    const f = folded.slice(s.start, s.end);
    if (!WORDS.test(f)) continue;
    sentences++;
    const concrete = CONCRETE_ACTION.test(f);
    if (concrete && DELIVERABLE_NOUN.test(f)) actions++;
    else if (!concrete && VAGUE_ACTION.test(f)) vague++;
  }
  const dates = parseFoldedDates(text, folded);
  let deadlines = 0;
  for (const d of dates) if (d.role !== 'start') deadlines++;
  let figures = 0;
  let k = 0;
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(folded); m; m = FIGURE.exec(folded)) {
    while (k < dates.length && dates[k].end <= m.index) k++;
    const inDate = k < dates.length && dates[k].start <= m.index;
    if (!inDate && !YEAR.test(m[0])) figures++;
  }
  return { sentences, actions, vague, deadlines, figures };
}

export function textFeatures(c: TextCounts): Record<TextFeature, number> {
  const n = Math.max(1, c.sentences);
  return {
    actions: Math.log1p(c.actions),
    actionShare: c.actions / n,
    vagueShare: c.vague / n,
    deadlines: Math.log1p(c.deadlines),
    figures: Math.log1p(c.figures),
  };
}

/** The model's inputs in a fixed order: LEVEL_ITEMS (1 earned, 0 not), then TEXT_FEATURES. */
export function featureVector(earned: (id: string) => boolean, counts: TextCounts): number[] {
  const t = textFeatures(counts);
  return [...LEVEL_ITEMS.map((id) => (earned(id) ? 1 : 0)), ...TEXT_FEATURES.map((f) => t[f])];
}

export const FEATURE_NAMES: readonly string[] = [...LEVEL_ITEMS, ...TEXT_FEATURES];
