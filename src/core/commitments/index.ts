// A plan as a list of commitments ("engagements"): segmentation, fields, missing-field questions, the
// score and its IRM level, milestone progress, and copy-paste (duplicate) findings.
import { fold } from '../dates';
import type { SourceText } from '../source';
import { fieldMeta, TEMPLATE_FIELDS } from '../template/fields';
import type { Commitment, FieldName, Finding, Lang } from '../types';
import type { PlanCache } from './cache';
import { buildCorpus, duplicateFindings, type EarlierCorpus } from './duplicates';
import { FIELD_NAMES, readFields } from './fields';
import { fingerprintOf } from './hash';
import { judge } from './model';
import { checklist, commitmentText, MAX_SCORE, scoreOf } from './score';
import { segment, wholeAsOne, type Segment } from './segment';
import { foldedText } from './text';

export { parseDates, dateSpan, dueDate, type DateMention } from '../dates';
export { findStatus, readStatus, setMilestoneStatus, STATUS_LABELS, STATUS_PROGRESS } from './status';
export { MAX_SCORE } from './score';
export { explainCommitment, explainLevel, type LevelExplanation, type LevelReason } from './model';
export { FIELD_NAMES, calendarOf } from './fields';
export { planSummary, formatPlanSummary, type PlanSummary } from './summary';
export * from './duplicates';
export { PlanCache } from './cache';

export interface CommitmentOptions {
  lang: Lang;
  /** Earlier plans to compare against for copy-paste; defaults to the corpus Jalon ships. `null`: none. */
  earlierPlans?: EarlierCorpus | null;
  /** Thresholds of the duplicate check (0-1). */
  duplicateJaccard?: number;
  duplicateContainment?: number;
  /** Commitments kept from the last check of this plan (the pane's re-checks); see PlanCache. */
  planCache?: PlanCache;
}

/** The measurable core the workshop asked for: missing one is a warning; the others are suggestions. */
export const CORE_FIELDS: readonly FieldName[] = ['indicator', 'baseline', 'target', 'milestones', 'cost'];

function build(source: SourceText, segments: Segment[], lang: Lang, cache?: PlanCache): Commitment[] {
  return segments.map((seg, index) =>
    cache
      ? cache.commitment(source, seg, index, lang, () => readOne(source, seg, index, lang))
      : readOne(source, seg, index, lang),
  );
}

function readOne(source: SourceText, seg: Segment, index: number, lang: Lang): Commitment {
  const { fields, weak, prose, proseFolded } = readFields(source, seg);
  const missing = FIELD_NAMES.filter((f) => {
    if (weak.includes(f)) return true;
    if (f === 'milestones') return !fields.milestones || fields.milestones.length === 0;
    return !fields[f];
  });
  // A calendar is implied by dated milestones: ask for it only when nothing is dated.
  const calendarIdx = missing.indexOf('calendar');
  if (calendarIdx >= 0 && fields.milestones?.some((j) => j.date)) missing.splice(calendarIdx, 1);
  const textStart = source.paragraphs[seg.first].start;
  const textEnd = source.paragraphs[seg.last].end;
  const text = commitmentText(source, seg);
  const folded = foldedText(source).slice(textStart, textEnd);
  const items = checklist({ fields, weak, prose, proseFolded, text, folded }, lang);
  const start = seg.titleStart;
  const end = source.paragraphs[seg.last].end;
  const judged = judge(items, text, folded, lang);
  const commitment: Commitment = {
    index,
    title: seg.title,
    start,
    end: Math.max(end, seg.titleEnd),
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
  return commitment;
}

export function readCommitments(source: SourceText, options: CommitmentOptions): Commitment[] {
  return build(source, segment(source), options.lang, options.planCache);
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
  return build(source, wholeAsOne(source), options.lang)[0];
}

const WEAK_NOTE: Partial<Record<FieldName, Record<Lang, string>>> = {
  cost: { fr: "Le coût indiqué n'est pas un montant.", en: 'The cost given is not an amount.' },
  milestones: { fr: "Les jalons n'ont pas de date.", en: 'The milestones have no date.' },
  baseline: { fr: "La situation initiale n'a pas de valeur chiffrée.", en: 'The baseline has no figure.' },
  target: { fr: "La cible n'a ni valeur ni date.", en: 'The target has no value and no date.' },
  calendar: { fr: "Le calendrier n'a pas de date.", en: 'The calendar has no date.' },
};

interface Question {
  severity: Finding['severity'];
  message: string;
  note: string;
  example: string;
  label: string;
  tag: string;
}
const questions = new Map<string, Question | null>();

/** The question for a missing (or weak) field, made once per field, language and weakness. */
function questionFor(field: FieldName, weak: boolean, lang: Lang): Question | null {
  const key = `${lang}|${field}|${weak ? 1 : 0}`;
  let q = questions.get(key);
  if (q === undefined) {
    const t = TEMPLATE_FIELDS.find((f) => f.field === field);
    if (!t) q = null;
    else {
      const meta = fieldMeta(t.id, lang);
      const example = meta.example.split('\n')[0];
      const weakNote = weak ? `${WEAK_NOTE[field]?.[lang] ?? ''} ` : '';
      q = {
        severity: CORE_FIELDS.includes(field) ? 'warning' : 'suggestion',
        message: meta.question,
        note: `${weakNote}${meta.help} ${lang === 'fr' ? `Exemple : « ${example} »` : `Example: "${example}"`}`,
        example: meta.example,
        label: meta.label,
        tag: meta.tag,
      };
    }
    questions.set(key, q);
  }
  return q;
}

/** One question per missing or weak field, attached to the commitment's title. */
export function missingFieldFindings(source: SourceText, commitments: readonly Commitment[], lang: Lang): Finding[] {
  const out: Finding[] = [];
  for (const e of commitments) {
    const titleEnd = e.start + e.title.length;
    const titleKey = e.missing.length > 0 ? fold(e.title).replace(/\s+/g, ' ').trim() : '';
    for (const field of e.missing) {
      const isWeak = e.weak?.includes(field) ?? false;
      const q = questionFor(field, isWeak, lang);
      if (!q) continue;
      out.push({
        ruleId: 'missing-field',
        source: 'jalon',
        severity: q.severity,
        message: q.message,
        note: q.note,
        actual: source.text.slice(e.start, titleEnd),
        expected: [q.example],
        start: e.start,
        end: titleEnd,
        paragraph: e.firstParagraph,
        paragraphOffset: e.start - source.paragraphs[e.firstParagraph].start,
        commitment: e.index,
        fingerprint: fingerprintOf('missing-field', field, titleKey),
        data: { field, weak: isWeak, label: q.label, tag: q.tag },
      });
    }
  }
  return out;
}

export function commitmentFindings(
  source: SourceText,
  commitments: Commitment[],
  options: CommitmentOptions,
): Finding[] {
  return [
    ...missingFieldFindings(source, commitments, options.lang),
    ...duplicateFindings(source, commitments, options),
  ];
}
