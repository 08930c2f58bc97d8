// The plan's period as the examples are dated for it (template/period.ts): as commitments/period.ts reads it (its
// title's, else a period stated near the top, else the span of its commitments' own dates: their milestones', and the
// calendars they state under a label). Apart from period.ts so that the pane's first script, which fills the examples'
// placeholders, does not carry the date reader.
import { milestoneYears, statedPeriod, titlePeriod } from '../commitments/period';
import { parseDates } from '../dates';
import type { Commitment } from '../types';
import type { PlanPeriod } from './period';

/**
 * The period the document states: its title's (« Plan d'action national 2015-2017 », "2022-2024 National Action
 * Plan"), with that title; else its top's (« December 2022 »: the plan's date), or the span of the dates its
 * commitments use; else none.
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
  if (titled) return { start: titled.start, end: titled.end, title: lines[titled.paragraph!] };
  const stated = statedPeriod(line, () => {
    const years = milestoneYears(commitments);
    // A calendar the commitment states under its label (« Calendrier : 2023-2025 »), not a sentence of its context
    // read as one ("…released their 2020 and 2021 tax returns").
    for (const c of commitments)
      if (c.fields.calendar && c.fields.calendar.source !== 'prose')
        for (const d of parseDates(c.fields.calendar.text)) years.push(Number(d.iso.slice(0, 4)));
    return years;
  });
  return stated && { start: stated.start, end: stated.end };
}
