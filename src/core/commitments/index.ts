// A plan as a list of commitments ("engagements"): segmentation, fields, the score and its IRM level, milestone
// progress. The checks on commitments (missing fields, copies) are in src/core/checks.
import { buildCorpus, type EarlierCorpus } from '../checks/duplicate/corpus';
import type { PlanOptions } from '../checks/types';
import { planDates } from '../dates/conventions';
import type { SourceText } from '../source';
import type { Commitment, Lang } from '../types';
import type { PlanCache } from './cache';
import { FIELD_NAMES, readFields } from './fields';
import { blankLabels, paragraphLabel } from './labels';
import { judge, rememberJudgement } from './model';
import { checklist, commitmentText, MAX_SCORE, scoreOf } from './score';
import { segment, wholeAsOne, type Segment } from './segment';
import { planPeriod } from './period';
import { foldedText, rememberSentences, sentenceSpansCut } from './text';

export { parseDates, dateSpan, dueDate, type DateMention } from '../dates';
export { findStatus, readStatus, setMilestoneStatus, STATUS_LABELS, STATUS_PROGRESS } from './status';
export { MAX_SCORE, checklistIn } from './score';
export { explainCommitment, explainLevel, type LevelExplanation, type LevelReason } from './model';
export { FIELD_NAMES, calendarOf } from './fields';
export { countedValue } from './counted';
export { PlanCache } from './cache';

// planCache (commitments kept from the last check of this plan, the pane's re-checks) is a PlanOptions' member:
// the copy check keeps its shingles there too.
export type CommitmentOptions = PlanOptions;

function build(source: SourceText, segments: Segment[], lang: Lang, cache?: PlanCache): Commitment[] {
  // A cache hands out copies of the commitments it keeps: sentences kept with the originals would never be used.
  const plan = cache ? planFacts(source) : '';
  return segments.map((seg, index) =>
    cache
      ? cache.commitment(source, seg, index, lang, () => readOne(source, seg, index, lang, false), plan)
      : readOne(source, seg, index, lang, true),
  );
}

/** What a commitment's reading takes from the whole plan: the period its top states and its date conventions. */
function planFacts(source: SourceText): string {
  const period = planPeriod(source);
  return JSON.stringify([period?.start, period?.end, planDates(source)]);
}

function readOne(source: SourceText, seg: Segment, index: number, lang: Lang, keepSentences: boolean): Commitment {
  const textStart = source.paragraphs[seg.first].start;
  const textEnd = source.paragraphs[seg.last].end;
  const text = commitmentText(source, seg);
  const folded = foldedText(source).slice(textStart, textEnd);
  // The text's sentences, read once for the fields' prose, the level's counts and the copy check's shingles. The
  // copy check reads from the title's start: cut where the title's line ends, the sentences after the cut are the
  // same for both. A Greek question mark (« ; » once folded) ends a sentence in the folded text only: the fields
  // and the copy check, which read the text itself, read their own then (see TextReading).
  const lineEnd = source.text.indexOf('\n', seg.titleStart);
  const cut = lineEnd >= textStart && lineEnd < textEnd ? lineEnd : textEnd;
  const sentences = sentenceSpansCut(folded, cut - textStart);
  const reading = text.includes('\u037e') ? undefined : { start: textStart, end: textEnd, sentences };
  const { fields, weak, prose, proseFolded, context } = readFields(source, seg, reading);
  const missing = FIELD_NAMES.filter((f) => {
    if (weak.includes(f)) return true;
    if (f === 'milestones') return !fields.milestones || fields.milestones.length === 0;
    return !fields[f];
  });
  // The end date is read outside the context's sections (« Enjeux »), and not before the plan's first year.
  const inText = (context ?? []).filter((c) => c.end > textStart && c.start < textEnd);
  const blank = (t: string) => {
    let out = t;
    for (const c of inText) {
      const a = Math.max(c.start, textStart) - textStart;
      const b = Math.min(c.end, textEnd) - textStart;
      out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
    }
    return out;
  };
  const dated = inText.length > 0 ? { text: blank(text), folded: blank(folded) } : undefined;
  const planStart = planPeriod(source)?.start;
  const items = checklist({ fields, weak, prose, proseFolded, text, folded, dated, planStart }, lang);
  // A calendar is implied by dated milestones, or by the end date the checklist earns: ask for it only when neither
  // is there (never "calendar missing" beside "✓ an end date").
  const calendarIdx = missing.indexOf('calendar');
  const ended = fields.milestones?.some((j) => j.date) || items.some((i) => i.id === 'end-date' && i.earned);
  if (calendarIdx >= 0 && ended) missing.splice(calendarIdx, 1);
  const unlabelled = blankLabels(folded, source.paragraphs, seg.first, seg.last, textStart, (i) =>
    paragraphLabel(source, i),
  );
  const judged = judge(items, text, folded, lang, sentences, unlabelled);
  const commitment: Commitment = {
    index,
    title: seg.title,
    start: seg.titleStart,
    end: Math.max(textEnd, seg.titleEnd),
    firstParagraph: seg.first,
    lastParagraph: seg.last,
    fields,
    missing,
    score: scoreOf(items),
    maxScore: MAX_SCORE,
    level: judged.level,
    checklist: items,
    verifiable: judged.verifiable,
    verifiableReason: judged.verifiableReason,
    lens: judged.lens,
  };
  if (weak.length > 0) commitment.weak = [...weak];
  rememberJudgement(commitment, judged);
  if (keepSentences && reading) rememberSentences(commitment, reading, cut);
  return commitment;
}

// A commitment's reading does not depend on the language (its labels are read in both): `lang` here is the one its
// checklist and the reason for its level are written in, the messages' language.
export function readCommitments(source: SourceText, options: CommitmentOptions): Commitment[] {
  return build(source, segment(source), options.messages ?? options.lang, options.planCache);
}

/**
 * An earlier plan of the organisation, as a corpus for the duplicate check: its commitments are found as in
 * any plan and hashed (nothing of the text is kept but each commitment's short title). Combine it with the
 * shipped corpus with mergeCorpora(shippedCorpus(), ...).
 */
export function corpusFromPlan(
  source: SourceText,
  plan: { country: string; plan: string },
  options: { sampleMod?: number } = {},
): EarlierCorpus {
  const entries = segment(source).map((seg, k) => ({
    ...plan,
    id: `${k + 1}`,
    title: seg.title,
    text: commitmentText(source, seg).slice(seg.title.length),
  }));
  return buildCorpus(entries, options);
}

/** The whole text as one commitment (its first line the title): to score a lone commitment's text. */
export function readSingleCommitment(source: SourceText, options: CommitmentOptions): Commitment | undefined {
  return build(source, wholeAsOne(source), options.messages ?? options.lang)[0];
}
