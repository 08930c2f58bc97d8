// The plan's period as the examples are dated for it (template/period.ts): its title's, else the span of its
// commitments' dates. Apart from period.ts so that the pane's first script, which fills the examples' placeholders,
// does not carry the date reader.
import { titlePeriod } from '../commitments/period';
import { parseDates } from '../dates';
import type { Commitment } from '../types';
import type { PlanPeriod } from './period';

/** A plan lasts a few years: a longer span is not a plan's period (« depuis 1978 », a strategy to 2040). */
const LONGEST = 6;

/**
 * The period the document states: its title's (commitments/period.ts: « Plan d'action national 2015-2017 », "2022-2024
 * National Action Plan"), with that title; else the span of the dates its commitments use (their milestones' and
 * calendars'); else none.
 */
export function planPeriod(
  text: string,
  commitments: readonly Pick<Commitment, 'fields'>[] = [],
): PlanPeriod | undefined {
  // The text's lines are its paragraphs (a source joins them with "\n"); only the first few are read.
  let at = 0;
  const lines: string[] = [];
  const line = (k: number): string | undefined => {
    while (lines.length <= k && at <= text.length) {
      const end = text.indexOf('\n', at);
      lines.push(text.slice(at, end < 0 ? text.length : end));
      at = end < 0 ? text.length + 1 : end + 1;
    }
    return lines[k];
  };
  const titled = titlePeriod(line);
  if (titled) return { start: titled.start, end: titled.end, title: lines[titled.paragraph] };
  const years: number[] = [];
  for (const c of commitments) {
    for (const j of c.fields.milestones ?? []) if (j.date) years.push(Number(j.date.slice(0, 4)));
    if (c.fields.calendar) for (const d of parseDates(c.fields.calendar.text)) years.push(Number(d.iso.slice(0, 4)));
  }
  return spanOf(years);
}

function spanOf(years: readonly number[]): PlanPeriod | undefined {
  const known = years.filter((y) => Number.isFinite(y) && y >= 1990);
  if (!known.length) return undefined;
  const start = Math.min(...known);
  const end = Math.max(...known);
  return end - start <= LONGEST ? { start, end } : undefined;
}
