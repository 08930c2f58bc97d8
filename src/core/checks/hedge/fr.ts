// French data of the hedge check. Each entry may carry `examples`: sentences where it must be flagged (the flagged
// words between braces) and sentences where it must not; test/unit/checks/examples.test.ts runs them all.
import type { PhraseData } from '../lexicon/types';

export const fr: PhraseData = {
  terms: [
    { term: 'dans la mesure du possible', expected: ['dites la condition précise, ou retirez la réserve'] },
    { term: 'autant que possible' },
    { term: 'si possible' },
    { term: 'le cas échéant' },
    { term: 'au besoin' },
    { term: 'si nécessaire' },
    { term: 'si besoin' },
    { term: 'selon les besoins' },
    { term: 'selon la disponibilité|disponibilite' },
    { term: 'sous réserve de disponibilité|disponibilite' },
    { term: 'éventuellement' },
  ],
  exceptions: [],
};
