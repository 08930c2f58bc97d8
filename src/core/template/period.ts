// The plan's period, and the examples' years fitted to it. The examples are data: their years are written as
// placeholders, `{{start|2025}}` (the plan's first year), `{{end|2026}}` (its last), `{{start-1|2024}}` (the year
// before it starts: a baseline's), `{{end+1|2027}}`, each with the year it was written for (its reader's guide).
// When the plan says no period, the examples are dated from the current year on, start this year and end the next
// (audit15, finding 9: milestones of 2025 beside a calendar of 2027 read as past and incoherent). A 2015-2017 plan is shown a baseline of 2014 and milestones in 2015-2017. The
// period is read by plan-period.ts, apart: this file goes with the template's fields into the pane's first script,
// which need not carry the date reader.

export interface PlanPeriod {
  start: number;
  end: number;
  /** The line that names the plan with its years (its title), when the period was read from one. */
  title?: string;
}

const PLACEHOLDER = /\{\{(start|end)([+-]\d)?\|((?:19|20)\d\d)\}\}/g;

/** The period examples are dated for when the plan states none: this year and the next. */
export function currentPeriod(year = new Date().getFullYear()): PlanPeriod {
  return { start: year, end: year + 1 };
}

/** An example with its years placed in `period`, or from the current year on when there is none. */
export function datedFor(example: string, period: PlanPeriod | undefined): string {
  if (!example.includes('{{')) return example;
  const p = period ?? currentPeriod();
  return example.replace(PLACEHOLDER, (_, anchor: string, shift: string | undefined) =>
    String((anchor === 'start' ? p.start : p.end) + Number(shift ?? 0)),
  );
}
