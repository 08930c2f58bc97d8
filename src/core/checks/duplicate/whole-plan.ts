// A document that IS an earlier plan (a published plan under review, or a new plan that takes one over whole): most
// of its commitments find their closest earlier commitment in one and the same plan. Then one finding for the
// document says so, instead of one per commitment that all say the same.
import type { EarlierRef } from './corpus';

/**
 * The rule: at least WHOLE_PLAN_MIN commitments, and at least WHOLE_PLAN_SHARE of the document's commitments long
 * enough to be compared, each closest to a commitment of the same earlier plan. Two commitments carried over from
 * the last plan are an ordinary continuation, each best told beside its own text; from three, and half the
 * document, the document is mostly that plan and a column of identical findings hides the point. Half, not more
 * than half: a plan that takes over half of an earlier one is told as a whole too.
 */
export const WHOLE_PLAN_MIN = 3;
export const WHOLE_PLAN_SHARE = 0.5;

export interface WholePlanCopy {
  country: string;
  plan: string;
  /** Indexes of the document's commitments whose closest earlier commitment is in this plan, in document order. */
  commitments: number[];
}

/**
 * The earlier plans that the document repeats whole. `best[k]` is commitment k's closest earlier commitment (none
 * when it repeats none or is too short to compare); `eligible` is how many commitments were compared.
 */
export function wholePlanCopies(
  best: ReadonlyArray<{ ref: EarlierRef } | undefined>,
  eligible: number,
): WholePlanCopy[] {
  const byPlan = new Map<string, WholePlanCopy>();
  best.forEach((m, k) => {
    if (!m) return;
    const key = `${m.ref.country}\u0000${m.ref.plan}`;
    let copy = byPlan.get(key);
    if (!copy) byPlan.set(key, (copy = { country: m.ref.country, plan: m.ref.plan, commitments: [] }));
    copy.commitments.push(k);
  });
  return [...byPlan.values()].filter(
    (c) => c.commitments.length >= WHOLE_PLAN_MIN && c.commitments.length >= WHOLE_PLAN_SHARE * eligible,
  );
}

/** Commitment numbers as a reader lists them: "1 to 5, 7, 9, 10" (runs of three or more as a range). */
export function numberList(numbers: readonly number[], range: (first: number, last: number) => string): string {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length;) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1) j++;
    if (j - i >= 2) parts.push(range(numbers[i], numbers[j]));
    else for (let k = i; k <= j; k++) parts.push(String(numbers[k]));
    i = j + 1;
  }
  return parts.join(', ');
}
