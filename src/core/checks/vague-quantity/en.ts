// English data of the vague-quantity check. Each entry may carry `examples`: sentences where it must be flagged
// (the flagged words between braces) and sentences where it must not; test/unit/checks/examples.test.ts runs them all.
import type { PhraseData } from '../lexicon/types';

export const en: PhraseData = {
  terms: [
    {
      term: 'more',
      examples: { flag: ['Agencies will publish {more} datasets on federal lands.'] },
    },
    {
      term: 'several',
      examples: { flag: ['The Department will open {several} datasets on water quality.'] },
    },
    {
      term: 'many',
      examples: { flag: ['{Many} federal agencies will publish their FOIA logs.'] },
    },
    {
      term: 'numerous',
      examples: { flag: ['The portal will host {numerous} datasets on public health.'] },
    },
    {
      term: 'significantly',
      examples: { flag: ['The backlog of records requests will be {significantly} reduced.'] },
    },
    {
      term: 'substantially',
      examples: { flag: ['The number of comments received online will increase {substantially}.'] },
    },
    {
      term: 'considerably',
      examples: { flag: ['The time needed to file a complaint will fall {considerably}.'] },
    },
    {
      // Means said without their amount ("with adequate resources"): how much, left unsaid, as a vague quantity
      // is; not a hedge, which makes the action conditional.
      term: 'adequate|appropriate|sufficient resources|means|funding',
      expected: ['the amount ($120,000) and the full-time posts'],
      examples: {
        flag: [
          'The Office will support civic participation with {adequate resources}.',
          'The portal will be maintained with {appropriate resources}.',
          'Agencies will be given {sufficient means} to answer requests.',
        ],
        pass: [
          'The Office will allocate $120,000 and 2 FTE to the portal.',
          'Appropriate use of public resources will be audited every year.',
        ],
      },
    },
    {
      term: 'a number of',
      examples: { flag: ['{A number of} agencies will pilot participatory budgeting.'] },
    },
    {
      term: 'a wide range of',
      examples: { flag: ['The consultation will reach {a wide range of} stakeholders.'] },
    },
    {
      term: 'various',
      examples: { flag: ['The Department will hold {various} events on open data.'] },
    },
    {
      term: 'a lot of',
      examples: { flag: ['The new portal will give the public access to {a lot of} spending data.'] },
    },
    {
      term: 'lots of',
      examples: { flag: ['The guide will include {lots of} examples of open contracting.'] },
    },
    {
      term: 'greater',
      examples: { flag: ['The reform will give Parliament {greater} access to audit reports.'] },
    },
    {
      term: 'increased',
      examples: { flag: ['The Office will provide {increased} funding to local watchdog groups.'] },
    },
    {
      term: 'further',
      examples: { flag: ['The Department will publish {further} guidance on proactive disclosure.'] },
    },
    {
      term: 'better',
      examples: { flag: ['Citizens will have {better} access to court records.'] },
    },
    {
      term: 'some',
      examples: { flag: ['{Some} agencies will publish their contracts in open formats.'] },
    },
  ],
  exceptions: [
    {
      term: 'more',
      pattern: '_ than #',
      why: 'more than 20: a bound',
      examples: { pass: ['The portal will list the agencies that received more than 500 records requests in 2024.'] },
    },
    {
      term: 'more',
      pattern: '_ than one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a|half|hundred|thousand|100',
      why: 'more than half: a bound',
      examples: {
        flag: ['Agencies will publish {more} datasets than in 2024.'],
        pass: ['More than half of federal agencies will publish their data inventories by June 2025.'],
      },
    },
    {
      term: 'more',
      pattern: '# _',
      why: 'two more',
      examples: { pass: ['The open contracting pilot will add 5 more agencies in 2025.'] },
    },
    {
      term: 'more',
      pattern: 'once|any|no _',
      why: 'idioms',
      examples: {
        pass: [
          'No more paper forms will be required for records requests.',
          'Once more, the plan was drafted with civil society.',
        ],
      },
    },
    {
      term: 'more',
      pattern: '_ information|info|details',
      why: 'more information (a link)',
      examples: { pass: ['For more information, see the commitment tracker on open.gov.'] },
    },
    {
      term: 'more',
      pattern: 'or _',
      why: 'N or more: a bound',
      examples: { pass: ['Grants of 25,000 dollars or more will be published within 30 days.'] },
    },
  ],
};
