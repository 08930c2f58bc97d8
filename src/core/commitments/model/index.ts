// The level model's surface: what readOne sets on a commitment (level, verifiable and why, lens) and the
// explanation the card and reports show.
import { foldSameLength } from '../../dates';
import type { ChecklistItem, Commitment, Lang, OpenGovValue, SpecificityLevel } from '../../types';
import { blankLabels, matchLabel } from '../labels';
import { textCounts, type TextCounts } from './features';
import {
  explainLevel,
  LEVEL_MODEL,
  lensFrom,
  levelFrom,
  levelInput,
  verifiableReason,
  type LevelExplanation,
} from './level';
import { lensCounts, lensCountsUpTo, type LensCounts } from './lens';

export { FEATURE_NAMES, TEXT_FEATURES, featureVector, textCounts, type TextCounts } from './features';
export { LENS_VALUES, lensCounts, lensCountsUpTo, lensOf, type LensCounts } from './lens';
export {
  LEVEL_MODEL,
  explainLevel,
  levelFrom,
  levelInput,
  levelOfModelScore,
  modelScore,
  type LevelExplanation,
  type LevelModel,
  type LevelReason,
} from './level';
export {
  fitOrdinal,
  meanLoss,
  levelOfScore,
  score as ordinalScore,
  type Observation,
  type OrdinalModel,
} from './ordinal';

export interface Judgement {
  level: SpecificityLevel;
  verifiable: boolean;
  verifiableReason: string;
  lens: OpenGovValue[];
  counts: TextCounts;
  /** Each value's mentions, counted up to the model's threshold (what decides the lens). */
  lensCounts: LensCounts;
}

// What judge read in each commitment's text, for its explanation: every report explains every commitment, and
// reading the text again doubled the level's cost in a batch review (speed shortcut, see DEVELOPERS.md). A
// commitment not found here (moved by the plan cache, cloned from a worker) is read again.
const read = new WeakMap<Commitment, { counts: TextCounts; lensCounts: LensCounts }>();

/** Keeps what judge read for this commitment's explanation. */
export function rememberJudgement(commitment: Commitment, j: Judgement): void {
  read.set(commitment, { counts: j.counts, lensCounts: j.lensCounts });
}

/**
 * The level, verifiable and why, and the lens of a commitment from its checklist and its text (title and body);
 * `sentences` are sentenceSpans(folded) when the caller has them.
 */
export function judge(
  checklist: readonly ChecklistItem[],
  text: string,
  folded: string,
  lang: Lang,
  sentences?: ReadonlyArray<{ start: number; end: number }>,
  /** The folded text without its field labels (blankLabels), which the lens reads: the folded text by default. */
  unlabelled = folded,
): Judgement {
  const counts = textCounts(text, folded, sentences);
  const input = levelInput(checklist, counts);
  const result = levelFrom(input);
  const lens = lensCountsUpTo(unlabelled, LEVEL_MODEL.lens);
  return {
    level: result.level,
    verifiable: result.verifiable,
    verifiableReason: verifiableReason(input, result, lang),
    lens: lensFrom(lens),
    counts,
    lensCounts: lens,
  };
}

/** Why a commitment read from `source` has its level, item by item, in the language asked for. */
export function explainCommitment(
  source: { text: string; paragraphs: readonly { start: number; end: number }[] },
  commitment: Commitment,
  lang: Lang,
): LevelExplanation {
  const known = read.get(commitment);
  if (known) return explainLevel(commitment.checklist, known.counts, known.lensCounts, lang);
  const { firstParagraph: first, lastParagraph: last } = commitment;
  const start = source.paragraphs[first].start;
  const end = source.paragraphs[last].end;
  const text = source.text.slice(start, end);
  const folded = foldSameLength(text);
  const unlabelled = blankLabels(folded, source.paragraphs, first, last, start, (i) => {
    const p = source.paragraphs[i];
    return matchLabel(source.text.slice(p.start, p.end), folded.slice(p.start - start, p.end - start));
  });
  return explainLevel(commitment.checklist, textCounts(text, folded), lensCounts(unlabelled), lang);
}
