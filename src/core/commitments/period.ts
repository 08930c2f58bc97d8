// The plan's period, as its title states it (« Plan d'action national du Canada pour un gouvernement ouvert
// 2022-2024 », "Fifth U.S. Open Government National Action Plan 2022–2024"): what a value "before the plan" and a
// milestone "after the plan" are measured against.
import type { SourceText } from '../source';

export interface PlanPeriod {
  start: number;
  end: number;
  /** The title paragraph that states it. */
  paragraph: number;
}

const RANGE = /\b((?:19|20)\d\d)\s*(?:[-–—/]|\s(?:a|à|au|to|through)\s)\s*((?:19|20)\d\d|\d\d)\b/;

/**
 * The years the plan runs, from its title: one of the document's first two paragraphs with words, a short line naming
 * a plan (not a commitment) and holding a range of years. Undefined when the title says none.
 */
export function planPeriod(source: SourceText): PlanPeriod | undefined {
  // Read afresh each time (the first paragraphs: at once): a document's text changes under the pane.
  return titlePeriod((k) => source.paragraphs[k]?.text);
}

/** planPeriod of paragraphs given one by one (`paragraph(k)`, undefined past the last): a source's, or a text's lines. */
export function titlePeriod(paragraph: (k: number) => string | undefined): PlanPeriod | undefined {
  // The first two paragraphs with words: a converted document may open on its file's name (« fr-canada-pan-2022-2024 »).
  let seen = 0;
  for (let k = 0, raw = paragraph(0); raw !== undefined && seen < 2; raw = paragraph(++k)) {
    if (!/\p{L}/u.test(raw)) continue;
    seen++;
    const text = raw.replace(/^[\s#*_]+|[\s*_]+$/g, '');
    const m = RANGE.exec(text);
    const named = /\b(?:plan|PAN|NAP)\b/i.test(text) && !/^(?:engagement|commitment|jalon|milestone)s?\b/i.test(text);
    const words = text.split(/\s+/).length;
    if (m && named && words >= 3 && words <= 30) {
      const start = Number(m[1]);
      const end = m[2].length === 2 ? Math.floor(start / 100) * 100 + Number(m[2]) : Number(m[2]);
      if (end >= start && end - start <= 6) return { start, end, paragraph: k };
    }
  }
  return undefined;
}
