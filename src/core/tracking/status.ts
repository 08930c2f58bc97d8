// A milestone's status in the follow-up sheet: the IRM completion scale (not started, limited, substantial,
// complete) plus withdrawn, written as a code or as its French or English label.
import { foldSameLength } from '../dates';
import { STATUS_PROGRESS } from '../commitments/status';
import type { ProgressStatus } from '../types';

export type TrackStatus = ProgressStatus | 'withdrawn';

export const TRACK_STATUSES: readonly TrackStatus[] = [
  'not-started',
  'limited',
  'substantial',
  'complete',
  'withdrawn',
];

// What people type for each status, folded (no accents, lower case, hyphens as spaces). The codes first, then
// the labels of the sheet's instructions in both languages, then the IRM's and Canada's own wordings.
const SPELLINGS: Record<TrackStatus, readonly string[]> = {
  'not-started': ['not started', 'non commence', 'non commencee', 'pas commence'],
  limited: ['limited', 'limite', 'limitee', 'progres limite', 'limited progress'],
  substantial: ['substantial', 'substantiel', 'substantielle', 'progres important', 'substantial progress'],
  complete: ['complete', 'completed', 'acheve', 'achevee', 'realise', 'realisee'],
  withdrawn: ['withdrawn', 'retire', 'retiree'],
};

const BY_SPELLING = new Map<string, TrackStatus>();
for (const s of TRACK_STATUSES) for (const w of SPELLINGS[s]) BY_SPELLING.set(w, s);

/** The status a cell holds, or undefined when it is not one of the scale's words. */
export function parseStatus(cell: string): TrackStatus | undefined {
  const key = foldSameLength(cell)
    .replace(/[-_\s]+/g, ' ')
    .replace(/[.!]+$/, '')
    .trim();
  return BY_SPELLING.get(key);
}

/** Points a milestone earns: 0 to 3 along the completion scale (3 times its share of the way done). */
export function statusPoints(status: ProgressStatus): number {
  return Math.round(STATUS_PROGRESS[status] * 3);
}

export const MAX_POINTS = 3;
