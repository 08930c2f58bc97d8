// The same commitment in French and English should get the same level: Canada's tracker gives each milestone and
// its indicators in both official languages. Each milestone, with its indicators, is read as a commitment in each
// language and scored by the shipped model.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { readSingleCommitment } from '../src/core/commitments';
import { fromPlainText } from '../src/core/source';
import type { Commitment, Lang } from '../src/core/types';

export const TRACKER_CSV = join(__dirname, '../../shared/ogp-data/canada-nap-tracker-2018-2024.csv');

interface Row {
  milestone_id: string;
  milestone_en: string;
  milestone_fr: string;
  milestone_full_en: string;
  milestone_full_fr: string;
  indicator_full_en: string;
  indicator_full_fr: string;
}

export interface Pair {
  id: string;
  en: Commitment;
  fr: Commitment;
}

export function bilingualPairs(path = TRACKER_CSV): Pair[] {
  const rows = parse(readFileSync(path), { columns: true, skip_empty_lines: true }) as Row[];
  const byMilestone = new Map<string, Row[]>();
  for (const r of rows) byMilestone.set(r.milestone_id, [...(byMilestone.get(r.milestone_id) ?? []), r]);
  const read = (text: string, lang: Lang) => {
    const e = readSingleCommitment(fromPlainText(text), { lang, earlierPlans: null });
    if (!e) throw new Error(`no commitment read in ${text.slice(0, 40)}`);
    return e;
  };
  const out: Pair[] = [];
  for (const [id, rs] of byMilestone) {
    const text = (lang: 'en' | 'fr') =>
      [
        rs[0][`milestone_${lang}`],
        rs[0][`milestone_full_${lang}`],
        ...rs.map((r) => r[`indicator_full_${lang}`]).filter((t) => t.trim()),
      ].join('\n');
    out.push({ id, en: read(text('en'), 'en'), fr: read(text('fr'), 'fr') });
  }
  return out;
}
