// The plan's period, and the examples' years fitted to it. The examples are data: their years are written as
// placeholders, `{{start|2025}}` (the plan's first year), `{{end|2026}}` (its last), `{{start-1|2024}}` (the year
// before it starts: a baseline's), `{{end+1|2027}}`, each with the year it reads when the plan says no period (the
// examples as they were written). A 2015-2017 plan is shown a baseline of 2014 and milestones in 2015-2017.
import { titlePeriod } from '../commitments/period';
import { parseDates } from '../dates';
import type { Commitment } from '../types';

export interface PlanPeriod {
  start: number;
  end: number;
  /** The line that names the plan with its years (its title), when the period was read from one. */
  title?: string;
}

/** A plan lasts a few years: a longer span is not a plan's period (« depuis 1978 », a strategy to 2040). */
const LONGEST = 6;
const PLACEHOLDER = /\{\{(start|end)([+-]\d)?\|((?:19|20)\d\d)\}\}/g;

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

/** An example with its years placed in `period`, or with the years it was written with when there is none. */
export function datedFor(example: string, period: PlanPeriod | undefined): string {
  return example.replace(PLACEHOLDER, (_, anchor: string, shift: string | undefined, year: string) =>
    period ? String((anchor === 'start' ? period.start : period.end) + Number(shift ?? 0)) : year,
  );
}
