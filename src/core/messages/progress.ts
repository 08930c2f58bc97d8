// The progress mark Jalon writes at the end of a milestone's text when asked to set its status (setMilestoneStatus,
// src/core/commitments/status.ts): "[Réalisé]", "[Complete]", as Canada's tracker labels them. The keys are the
// statuses of the IRM's completion scale. Jalon reads these marks back: each must stay a word that status.ts reads
// as its status (test/unit/commitments/status.test.ts checks every one).
import type { Shape } from './shape';

const fr = {
  status: {
    'not-started': 'Non commencé',
    limited: 'Progrès limité',
    substantial: 'Progrès important',
    complete: 'Réalisé',
  },
};

const en: Shape<typeof fr> = {
  status: {
    'not-started': 'Not started',
    limited: 'Limited',
    substantial: 'Substantial',
    complete: 'Complete',
  },
};

export const progress = { fr, en };
