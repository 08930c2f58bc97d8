// Copy-paste: a commitment that largely repeats another of the same plan, or one of an earlier plan. Word 3-gram
// shingles (./shingles.ts) compared with Jaccard and containment (./matching.ts); earlier plans are kept as
// hashes (./corpus.ts). Each commitment reports its closest copies only, so a report grows with the plan and
// not with its square; a document that is mostly one earlier plan gets one finding for it (./whole-plan.ts).
import { foldedText, takeSentences } from '../../commitments/text';
import { foldSameLength } from '../../dates';
import type { Commitment, Finding } from '../../types';
import { commitmentFinding, planTexts } from '../finding';
import type { PlanCheck } from '../types';
import { findInCorpus, shippedCorpus } from './corpus';
import { compareShingled, samePlanMatches, type Thresholds } from './matching';
import { shingleRange } from './shingles';
import { wordsOfCommitments } from '../plan-words';
import { planPeriod } from '../../template/plan-period';
import { numberList, wholePlanCopies, type WholePlanCopy } from './whole-plan';
import { earlierPlanName } from './plan-names';

const DEFAULT_JACCARD = 0.4;
const DEFAULT_CONTAINMENT = 0.6;
/** Below this many distinct shingles a commitment is too short to call a copy. */
const MIN_SHINGLES = 8;
/** Copies reported per commitment, closest first. */
export const MAX_COPIES = 3;

export const duplicate: PlanCheck = {
  id: 'duplicate',
  scope: 'plan',
  defaultSeverity: 'warning',
  run(context) {
    const { source, commitments, options, words } = context;
    const t = planTexts(context);
    const thresholds: Thresholds = {
      jaccard: options.duplicateJaccard ?? DEFAULT_JACCARD,
      containment: options.duplicateContainment ?? DEFAULT_CONTAINMENT,
    };
    const folded = foldedText(source);
    const read = words ?? wordsOfCommitments(source);
    // The sentences the reading of the commitments found (past the title's line, where the title starts after its
    // paragraph's start), and the words the plan checks share.
    const make = (c: Commitment) => () =>
      shingleRange(source.text, folded, c.start, c.end, takeSentences(c, source.text, c.start, c.end), read.of(c));
    // A re-check shingles again only the commitments it read again.
    const cache = options.planCache;
    const shingled = commitments.map((c) => (cache ? cache.shingled(c, make(c)) : make(c)()));
    const eligible = shingled.map((s) => s.distinct.length >= MIN_SHINGLES);
    const finding = (c: Commitment, message: string, note: string, data: Record<string, unknown>, key: string) =>
      commitmentFinding(source, c, {
        ruleId: 'duplicate',
        severity: options.severity?.duplicate ?? this.defaultSeverity,
        message,
        note,
        data,
        key,
      });
    const out: Finding[] = [];
    for (const m of samePlanMatches(shingled, eligible, thresholds, MAX_COPIES)) {
      const later = commitments[m.later];
      const other = commitments[m.earlier];
      const o = compareShingled(source.text, shingled[m.later], shingled[m.earlier]);
      out.push(
        finding(
          later,
          t('duplicate.samePlan', { n: m.earlier + 1, title: other.title }),
          t('duplicate.note'),
          {
            kind: 'same-plan',
            other: m.earlier,
            otherTitle: other.title,
            jaccard: round(o.jaccard),
            containment: round(o.containment),
            sharedSentences: o.shared,
            otherSentences: compareShingled(source.text, shingled[m.earlier], shingled[m.later]).shared,
          },
          `same:${foldSameLength(other.title)}`,
        ),
      );
    }
    const corpus = options.earlierPlans === null ? undefined : (options.earlierPlans ?? shippedCorpus());
    if (!corpus) return out;
    const best = commitments.map((c, k) =>
      eligible[k] ? findInCorpus(source.text, shingled[k], corpus, thresholds)[0] : undefined,
    );
    // A document that is mostly one earlier plan gets one finding for it, on the first commitment that repeats it
    // (a finding always has a place, and one outside the commitments reads as the preamble's); the others of that
    // plan get none of their own. Those that repeat another plan keep theirs.
    const wholes = wholePlanCopies(best, eligible.filter(Boolean).length);
    const wholeAt = new Map<number, WholePlanCopy>(wholes.map((w) => [w.commitments[0], w]));
    const inWhole = new Set(wholes.flatMap((w) => w.commitments));
    // The years the draft's title gives (« … 2021-2023 »): an earlier plan of those years may be the draft itself.
    const titled = best.some(Boolean) ? planPeriod(source.text) : undefined;
    const period = titled?.title ? `${titled.start}-${titled.end}` : undefined;
    commitments.forEach((c, k) => {
      const whole = wholeAt.get(k);
      if (whole) {
        out.push(
          finding(
            c,
            t('duplicate.earlierPlan', {
              plan: earlierPlanName(whole, options.lang),
              n: whole.commitments.length,
              m: commitments.length,
              list: numberList(
                whole.commitments.map((i) => i + 1),
                (first, last) => t('duplicate.range', { first, last }),
              ),
            }),
            t('duplicate.noteEarlierPlan'),
            {
              kind: 'earlier-plan-whole',
              country: whole.country,
              plan: whole.plan,
              commitments: whole.commitments.length,
              of: commitments.length,
              matches: whole.commitments.map((i) => {
                const m = best[i]!;
                return {
                  commitment: i,
                  ref: m.ref,
                  jaccard: round(m.jaccard),
                  containment: round(m.containment),
                };
              }),
            },
            `earlier-plan:${whole.country}|${whole.plan}`,
          ),
        );
        return;
      }
      const m = best[k];
      if (!m || inWhole.has(k)) return;
      const samePeriod = period !== undefined && PLAN_YEARS.exec(m.ref.plan)?.slice(1).join('-') === period;
      out.push(
        finding(
          c,
          t(samePeriod ? 'duplicate.samePeriod' : 'duplicate.earlier', {
            ...m.ref,
            plan: earlierPlanName(m.ref, options.lang),
          }),
          t('duplicate.noteEarlier'),
          {
            kind: 'earlier-plan',
            ref: m.ref,
            jaccard: round(m.jaccard),
            containment: round(m.containment),
            sharedSentences: m.shared,
            ...(samePeriod ? { samePeriod } : {}),
          },
          `earlier:${m.ref.id}`,
        ),
      );
    });
    return out;
  },
};

/** The years in an earlier plan's name (« United Kingdom 2021-2023 »). */
const PLAN_YEARS = /\b((?:19|20)\d\d)-((?:19|20)\d\d)\b/;

const round = (x: number) => Math.round(x * 1000) / 1000;
