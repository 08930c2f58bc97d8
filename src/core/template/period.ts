// The plan's period, and the examples' years fitted to it. The examples are data: their years are written as
// placeholders, `{{start|2025}}` (the plan's first year), `{{end|2026}}` (its last), `{{start-1|2024}}` (the year
// before it starts: a baseline's), `{{end+1|2027}}`, each with the year it reads when the plan says no period (the
// examples as they were written). A 2015-2017 plan is shown a baseline of 2014 and milestones in 2015-2017. The
// period is read by plan-period.ts, apart: this file goes with the template's fields into the pane's first script,
// which need not carry the date reader.

export interface PlanPeriod {
  start: number;
  end: number;
  /** The line that names the plan with its years (its title), when the period was read from one. */
  title?: string;
}

const PLACEHOLDER = /\{\{(start|end)([+-]\d)?\|((?:19|20)\d\d)\}\}/g;

/** An example with its years placed in `period`, or with the years it was written with when there is none. */
export function datedFor(example: string, period: PlanPeriod | undefined): string {
  return example.replace(PLACEHOLDER, (_, anchor: string, shift: string | undefined, year: string) =>
    period ? String((anchor === 'start' ? period.start : period.end) + Number(shift ?? 0)) : year,
  );
}
