// English data of the vague-quantity check. Each entry may carry `examples`: sentences where it must be flagged
// (the flagged words between braces) and sentences where it must not; test/unit/checks/examples.test.ts runs them all.
import type { PhraseData } from '../lexicon/types';

export const en: PhraseData = {
  terms: [
    {
      term: 'more',
    },
    {
      term: 'several',
    },
    {
      term: 'many',
    },
    {
      term: 'numerous',
    },
    {
      term: 'significantly',
    },
    {
      term: 'substantially',
    },
    {
      term: 'considerably',
    },
    {
      term: 'a number of',
    },
    {
      term: 'a wide range of',
    },
    {
      term: 'various',
    },
    {
      term: 'a lot of',
    },
    {
      term: 'lots of',
    },
    {
      term: 'greater',
    },
    {
      term: 'increased',
    },
    {
      term: 'further',
    },
    {
      term: 'better',
    },
    {
      term: 'some',
    },
  ],
  exceptions: [
    {
      term: 'more',
      pattern: '_ than #',
      why: 'more than 20: a bound',
    },
    {
      term: 'more',
      pattern: '_ than one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a|half|hundred|thousand|100',
      why: 'more than half: a bound',
    },
    {
      term: 'more',
      pattern: '# _',
      why: 'two more',
    },
    {
      term: 'more',
      pattern: 'once|any|no _',
      why: 'idioms',
    },
    {
      term: 'more',
      pattern: '_ information|info|details',
      why: 'more information (a link)',
    },
    {
      term: 'more',
      pattern: 'or _',
      why: 'N or more: a bound',
    },
  ],
};
