// English data of the hedge check. Each entry may carry `examples`: sentences where it must be flagged (the flagged
// words between braces) and sentences where it must not; test/unit/checks/examples.test.ts runs them all.
import type { PhraseData } from '../lexicon/types';

export const en: PhraseData = {
  terms: [
    {
      term: 'as appropriate',
      expected: ['state the exact condition, or drop the reservation'],
      examples: { flag: ['Agencies will publish their evaluation reports {as appropriate}.'] },
    },
    {
      term: 'where|when|if appropriate',
      examples: { flag: ['The Department will consult tribal nations {where appropriate}.'] },
    },
    {
      term: 'where|when|if possible',
      examples: { flag: ['Datasets will be released in machine-readable formats {where possible}.'] },
    },
    {
      term: 'to the extent possible|practicable|feasible',
      examples: { flag: ['{To the extent practicable}, agencies will post meeting minutes online.'] },
    },
    {
      term: 'as needed|necessary|required',
      examples: {
        flag: ['The guidance will be updated {as needed}.'],
        pass: ['Agencies will publish their ethics waivers as required by law.'],
      },
    },
    {
      term: 'if needed|necessary|required',
      examples: {
        flag: [
          'Additional listening sessions will be held {if necessary}.',
          'The Office will open new channels {if required}.',
        ],
        pass: ['Agencies will publish their contracts if required by the regulation.'],
      },
    },
    {
      term: 'where needed|necessary|required',
      examples: {
        flag: ['Guidance will be translated {where necessary}.'],
        pass: ['Data will be anonymised where required under the Privacy Act.'],
      },
    },
    { term: 'when needed|required', examples: { flag: ['Training will be offered to staff {when needed}.'] } },
    {
      term: 'subject to availability',
      examples: { flag: ['Translations of the plan will be provided {subject to availability}.'] },
    },
    {
      term: 'subject to the availability',
      examples: { flag: ['The pilot will be extended to all regions {subject to the availability} of funds.'] },
    },
    {
      term: 'contingent on availability',
      examples: { flag: ['Grants to local newsrooms will continue, {contingent on availability} of appropriations.'] },
    },
    {
      // "It will be established whether it will be possible to…": the plan commits to finding out, not to doing.
      term: 'whether it will|would be possible|feasible',
      examples: {
        flag: ['It will be established {whether it will be possible} to include data on outside employment.'],
      },
    },
    {
      term: 'whether it is possible|feasible',
      examples: { flag: ['The Office will determine {whether it is possible} to publish the register.'] },
    },
    { term: 'potentially', examples: { flag: ['The registry will {potentially} include data on subcontractors.'] } },
    // The escape clauses of UK and US drafting (audit14, finding 8): each lets the commitment lapse unseen.
    {
      term: 'subject to resources|funding|funds|budget|appropriations',
      expected: ['state the amount and its source, or drop the condition'],
      examples: { flag: ['{Subject to funding}, the agency will publish award notices.'] },
    },
    {
      term: 'subject to available resources|funding|funds|budget|appropriations',
      expected: ['state the amount and its source, or drop the condition'],
      examples: {
        flag: ['The Cabinet Office will publish all contract awards, {subject to available resources}.'],
      },
    },
    {
      term: 'as|if|when resources|funding|funds|budget allow|allows|permit|permits',
      expected: ['state the amount and its source, or drop the condition'],
      examples: {
        flag: [
          'The agency will publish award notices {as resources allow}.',
          'A mobile version will be developed {if funding permits}.',
        ],
      },
    },
    {
      term: 'as far as possible|practicable|feasible',
      examples: { flag: ['The Cabinet Office will, {as far as practicable}, publish award notices.'] },
    },
    {
      term: 'as far as reasonably possible|practicable|feasible',
      examples: { flag: ['Departments will publish their spend data {as far as reasonably practicable}.'] },
    },
    {
      term: 'where|if|when feasible',
      examples: { flag: ['The Cabinet Office will publish award notices, {if feasible}.'] },
    },
    {
      term: 'wherever possible|feasible|practicable|appropriate',
      examples: {
        flag: ['The Government will procure goods and services from small businesses {wherever possible}.'],
      },
    },
    {
      // "We aim to publish…", "The department will aim to…": the author's own aim, not an undertaking. Not "The
      // commitment aims to…", the IRM's description of a commitment's content.
      term: 'we|will aim to',
      expected: ['will … by [date]'],
      examples: {
        flag: ['{We aim to} open the register by 2025.', 'The Cabinet Office {will aim to} publish award notices.'],
        pass: ['The commitment aims to establish a legal framework for public consultation.'],
      },
    },
  ],
  exceptions: [
    // "as required by law", "if required under the Act": a legal obligation, not a hedge.
    ...['if needed', 'where needed', 'when needed'].map((term) => ({
      term,
      pattern: '_ by|under',
      why: 'required by law (a legal obligation)',
    })),
    {
      term: 'as needed',
      pattern: '_ by|under',
      why: 'as required by law (a legal obligation)',
      examples: {
        pass: ['Each agency will publish its FOIA report as required under the Freedom of Information Act.'],
      },
    },
  ],
};
