// The open-government lens (the IRM's current question, irm-indicators.json): does the commitment make a policy
// area, institution or decision more transparent, participatory or accountable to the public? Each value is
// served when the text mentions it often enough: how often is fitted to the IRM's own tags of the rated
// commitments (ogp_value_* columns) by scripts/fit-level.ts, and shipped in ../data/level-model.json.
import type { OpenGovValue } from '../../types';
import { LENS_CUES } from './cues';

export const LENS_VALUES: readonly OpenGovValue[] = ['transparency', 'participation', 'accountability'];

export type LensCounts = Record<OpenGovValue, number>;

const ALL: Record<OpenGovValue, number> = { transparency: Infinity, participation: Infinity, accountability: Infinity };

/** How many times the folded text mentions each value's cues. */
export function lensCounts(folded: string): LensCounts {
  return lensCountsUpTo(folded, ALL);
}

/**
 * lensCounts, each value counted up to its threshold only: whether a value is served (lensOf) is settled by its
 * first mentions, and the rest of the text need not be read for it (most commitments mention transparency early).
 */
export function lensCountsUpTo(folded: string, thresholds: Record<OpenGovValue, number>): LensCounts {
  const counts = { transparency: 0, participation: 0, accountability: 0 };
  for (const v of LENS_VALUES) {
    // A search of its own (a global expression keeps its place between calls: no shared one at module level).
    const re = new RegExp(LENS_CUES[v].source, 'g');
    while (counts[v] < thresholds[v] && re.test(folded)) counts[v]++;
  }
  return counts;
}

/** The values served: those mentioned at least their threshold's number of times. */
export function lensOf(counts: LensCounts, thresholds: Record<OpenGovValue, number>): OpenGovValue[] {
  return LENS_VALUES.filter((v) => counts[v] >= thresholds[v]);
}
