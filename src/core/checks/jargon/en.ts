// English data of the jargon check. Each entry may carry `examples`: sentences where it must be flagged
// (the flagged words between braces) and sentences where it must not; test/unit/checks/examples.test.ts runs them all.
import type { JargonData } from '../lexicon/types';

export const en: JargonData = {
  terms: [
    {
      term: 'open government',
      explanation: 'government that is transparent, involves citizens and answers for its results',
    },
    {
      term: 'open data',
      explanation: 'public data put online that anyone can reuse freely',
    },
    {
      term: 'civic tech',
      explanation: 'digital tools built to help people take part in public life',
    },
    {
      term: 'govtech',
      explanation: 'companies that sell digital tools to government',
    },
    {
      term: 'hackathon',
      explanation: 'a public event of a few days where teams build prototypes',
    },
    {
      term: 'datathon',
      explanation: 'a public event to work together on data',
    },
    {
      term: 'living lab',
      explanation: 'a place where users and government test a service together',
    },
    {
      term: 'multi-stakeholder forum',
      explanation: 'a group of government and civil society members that oversees the plan',
    },
    {
      term: 'stakeholders',
      explanation: 'the people and organisations concerned',
    },
    {
      term: 'interoperability',
      explanation: 'the ability of different systems to exchange information',
    },
    {
      term: 'synergy|synergies',
      explanation: 'say what each party will do together',
    },
    {
      term: 'touchpoint',
      explanation: 'name the specific system or service',
    },
    {
      term: 'utilize',
      explanation: 'use',
    },
    {
      term: 'incentivize',
      explanation: 'say what reward is offered',
    },
    {
      term: 'disincentivize',
      explanation: 'say what penalty is set',
    },
    {
      term: 'crowdsourcing',
      explanation: 'asking the public to contribute',
    },
    {
      term: 'API',
      explanation: 'application programming interface: automatic access to data for other software',
      caseSensitive: true,
    },
    {
      term: 'OGP',
      explanation: 'Open Government Partnership (OGP)',
      caseSensitive: true,
    },
    {
      term: 'NAP',
      explanation: 'national action plan (NAP)',
      caseSensitive: true,
    },
    {
      term: 'IRM',
      explanation: 'Independent Reporting Mechanism (IRM) of the OGP',
      caseSensitive: true,
    },
    {
      term: 'MSF',
      explanation: 'multi-stakeholder forum (MSF)',
      caseSensitive: true,
    },
    {
      term: 'KPI',
      explanation: 'key performance indicator (KPI)',
      caseSensitive: true,
    },
    {
      term: 'FOI',
      explanation: 'freedom of information (FOI)',
      caseSensitive: true,
    },
    {
      term: 'FOIA',
      explanation: 'Freedom of Information Act (FOIA)',
      caseSensitive: true,
    },
  ],
  exceptions: [],
  /** Words that are never acronyms, even in capitals (roman numerals, units, common capitalised words). */
  notAcronyms: [
    'COVID',
    'I',
    'II',
    'III',
    'IV',
    'V',
    'VI',
    'VII',
    'VIII',
    'IX',
    'X',
    'XI',
    'XII',
    'XIII',
    'XIV',
    'XV',
    'XX',
    'XXI',
    'US',
    'USA',
    'UK',
    'EU',
    'UN',
    'OK',
    'PDF',
    'CSV',
    'HTML',
    'URL',
    'TV',
    'AM',
    'PM',
    'ID',
    'FAQ',
    'NB',
    'PS',
  ],
  /** Headings that open a glossary section. */
  glossaryHeadings: [
    'glossary',
    'acronyms',
    'abbreviations',
    'definitions',
    'list of acronyms',
    'acronyms and abbreviations',
  ],
};
