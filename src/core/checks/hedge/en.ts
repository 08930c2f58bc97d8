// English data of the hedge check. Each entry may carry `examples`: sentences where it must be flagged (the flagged
// words between braces) and sentences where it must not; test/unit/checks/examples.test.ts runs them all.
import type { PhraseData } from '../lexicon/types';

export const en: PhraseData = {
  terms: [
    { term: 'as appropriate', expected: ['state the exact condition, or drop the reservation'] },
    { term: 'where|when|if appropriate' },
    { term: 'where|when|if possible' },
    { term: 'to the extent possible|practicable|feasible' },
    { term: 'as needed|necessary|required' },
    { term: 'if needed|necessary' },
    { term: 'subject to availability' },
    { term: 'subject to the availability' },
    { term: 'contingent on availability' },
    { term: 'potentially' },
  ],
  exceptions: [{ term: 'as needed', pattern: '_ by|under', why: 'as required by law (a legal obligation)' }],
};
