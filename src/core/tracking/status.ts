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
  return BY_SPELLING.get(folded(cell));
}

// Words of real trackers that are not on the scale but say which statuses they mean (the US tracker's "In
// Progress", the French « en cours », « terminé »), folded as parseStatus folds: the person is told what to write.
const MEANT: readonly [string, readonly string[]][] = [
  [
    'progress',
    [
      'in progress',
      'ongoing',
      'on going',
      'underway',
      'under way',
      'started',
      'in process',
      'partially complete',
      'partially completed',
      'partial',
      'en cours',
      'commence',
      'commencee',
      'demarre',
      'en progres',
      'partiel',
      'partiellement realise',
      'partiellement acheve',
      'delayed',
      'behind schedule',
      'en retard',
    ],
  ],
  [
    'complete',
    ['termine', 'terminee', 'done', 'finished', 'fini', 'finie', 'accompli', 'closed', 'achieved', 'met', 'fait'],
  ],
  ['notStarted', ['not yet started', 'pending', 'planned', 'a venir', 'prevu', 'pas encore commence', 'en attente']],
  ['withdrawn', ['cancelled', 'canceled', 'dropped', 'annule', 'annulee', 'abandonne', 'abandonnee']],
];
const MEANT_BY_SPELLING = new Map<string, string>();
for (const [meant, words] of MEANT) for (const w of words) MEANT_BY_SPELLING.set(w, meant);

const folded = (cell: string) =>
  foldSameLength(cell)
    .replace(/[-_\s]+/g, ' ')
    .replace(/[.!]+$/, '')
    .trim();

/**
 * For a cell that is not a status, which statuses its word means, as the key of a message (`progress`: limited or
 * substantial according to how far it is; `complete`, `notStarted`, `withdrawn`), or undefined.
 */
export function meantStatus(cell: string): string | undefined {
  return MEANT_BY_SPELLING.get(folded(cell));
}

/** Points a milestone earns: 0 to 3 along the completion scale (3 times its share of the way done). */
export function statusPoints(status: ProgressStatus): number {
  return Math.round(STATUS_PROGRESS[status] * 3);
}

export const MAX_POINTS = 3;
