// English data of the vague-time check. Each entry may carry `examples`: sentences where it must be flagged
// (the flagged words between braces) and sentences where it must not; test/unit/checks/examples.test.ts runs them all.
import type { PhraseData } from '../lexicon/types';

export const en: PhraseData = {
  terms: [
    {
      term: 'in due course',
    },
    {
      term: 'as soon as possible|practicable|feasible',
    },
    {
      term: 'asap',
    },
    {
      term: 'soon',
    },
    {
      term: 'shortly',
    },
    {
      term: 'eventually',
    },
    {
      term: 'in the near future',
    },
    {
      term: 'in the future',
    },
    {
      term: 'in the short term',
    },
    {
      term: 'in the medium term',
    },
    {
      term: 'in the long term',
    },
    {
      term: 'over time',
    },
    {
      term: 'at a later stage|date',
    },
    {
      term: 'in the coming months|years|weeks',
    },
    {
      term: 'in the next few months|years|weeks',
    },
    {
      term: 'over the coming months|years',
    },
    {
      term: 'going forward',
    },
    {
      term: 'gradually',
    },
    {
      term: 'progressively',
    },
    {
      term: 'when possible',
    },
    {
      term: 'timely',
    },

    // Vague frequencies and timings (issue 13): a "regular" report is never late.
    { term: 'regularly', expected: ['every quarter', 'every 6 months'] },
    { term: 'regular', expected: ['quarterly', 'every 6 months'] },
    { term: 'periodically' },
    { term: 'periodic' },
    { term: 'routinely' },
    { term: 'in a timely manner|fashion', expected: ['within 30 days', 'by [date]'] },
    { term: 'on an ongoing basis' },
    { term: 'on a regular|periodic|continuing basis' },
    { term: 'ongoing', expected: ['by [date]'] },
  ],
  exceptions: [
    { term: 'ongoing', pattern: '_ through|until|till|to', why: 'ongoing through June 2020: bounded by a date' },

    {
      term: 'soon',
      pattern: 'as _ as',
      why: 'as soon as (an event): a condition',
    },
  ],
};
