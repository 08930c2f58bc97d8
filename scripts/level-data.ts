// The IRM-rated commitments the level model is fitted to and measured on, read as Jalon reads a commitment: the
// point items of its checklist and the counts of its text. Shared by scripts/fit-level.ts and
// test/eval/level.eval.ts, so that both see the same data the same way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { readSingleCommitment } from '../src/core/commitments';
import { featureVector, lensCounts, textCounts, type LensCounts, type TextCounts } from '../src/core/commitments/model';
import { foldSameLength } from '../src/core/dates';
import { fromPlainText } from '../src/core/source';
import type { ChecklistItem } from '../src/core/types';
import { candidateWords, textWords } from './level-lexicon';

export const RATED_CSV = join(__dirname, '../../shared/ogp-data/ogp-irm-rated-commitments-open-parliament-subset.csv');

interface Row {
  country: string;
  plan: string;
  commitment_id: string;
  title: string;
  text: string;
  specificity: string;
  verifiable: string;
  potential_for_results: string;
  ogp_value_access_to_information: string;
  ogp_value_civic_participation: string;
  ogp_value_public_accountability: string;
}

/** The IRM's specificity as 0-3 (None, Low, Medium, High). */
export const SPECIFICITY: Record<string, number> = { None: 0, Low: 1, Medium: 2, High: 3 };
const POTENTIAL: Record<string, number> = { Unclear: 0, Modest: 1, Substantial: 2 };
const TAG: Record<string, boolean> = { '1': true, '0': false };

export interface Rated {
  id: string;
  country: string;
  plan: string;
  /** Title and text, as read. */
  text: string;
  /** 0-3, plans up to 2020. */
  specificity?: number;
  /** Yes/No: the refreshed method's, or (older plans) the IRM's reading of Medium/High specificity. */
  verifiable?: boolean;
  /** 0-2, plans since 2020. */
  potential?: number;
  /** The IRM's tags of the three values, where it gave them. */
  values?: { transparency: boolean; participation: boolean; accountability: boolean };
  checklist: ChecklistItem[];
  counts: TextCounts;
  /** The lexicon's candidate words the text uses (level-lexicon.ts: measured, not shipped). */
  words: ReadonlySet<string>;
  lens: LensCounts;
  /** The model's inputs (points, then TEXT_FEATURES). */
  x: number[];
  /** Workshop points, for comparison. */
  points: number;
  /** The level Jalon gives it with the shipped model, as any user would see it. */
  level: string;
}

/** Jalon reads French and English; a quarter of the rated texts are in Spanish (or other languages). */
export function isEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/[a-záéíóúñ]+/g) ?? [];
  const en = words.filter((w) => /^(?:the|of|and|to|will|be|is|for|with)$/.test(w)).length;
  const other = words.filter((w) =>
    /^(?:el|los|las|del|para|con|se|una|por|les|des|und|der|die|da|na|do)$/.test(w),
  ).length;
  return en > other;
}

/** Every English commitment with at least one rating the model or the lens is measured on. */
export function loadRated(path = RATED_CSV): Rated[] {
  const rows = parse(readFileSync(path), { columns: true, skip_empty_lines: true }) as Row[];
  const out: Rated[] = [];
  const candidates = candidateWords();
  for (const r of rows) {
    const whole = `${r.title}\n${r.text}`;
    if (!isEnglish(whole)) continue;
    const specificity = SPECIFICITY[r.specificity];
    const verifiable =
      r.verifiable === 'Yes'
        ? true
        : r.verifiable === 'No'
          ? false
          : specificity !== undefined
            ? specificity >= 2
            : undefined;
    const potential = POTENTIAL[r.potential_for_results];
    const t = TAG[r.ogp_value_access_to_information];
    const p = TAG[r.ogp_value_civic_participation];
    const a = TAG[r.ogp_value_public_accountability];
    const values =
      t !== undefined && p !== undefined && a !== undefined
        ? { transparency: t, participation: p, accountability: a }
        : undefined;
    if (specificity === undefined && verifiable === undefined && potential === undefined && !values) continue;
    const e = readSingleCommitment(fromPlainText(whole), { lang: 'en', earlierPlans: null });
    if (!e) throw new Error(`no commitment read in ${r.commitment_id}`);
    const folded = foldSameLength(whole);
    const counts = textCounts(whole, folded);
    out.push({
      id: r.commitment_id,
      country: r.country,
      plan: r.plan,
      text: whole,
      specificity,
      verifiable,
      potential,
      values,
      checklist: e.checklist,
      counts,
      words: new Set(textWords(folded).filter((w) => candidates.has(w))),
      lens: lensCounts(folded),
      x: featureVector(e.score, counts),
      points: e.score,
      level: e.level,
    });
  }
  return out;
}
