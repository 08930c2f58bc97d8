// English data of the jargon check. Each entry may carry `examples`: sentences where it must be flagged
// (the flagged words between braces) and sentences where it must not; test/unit/checks/examples.test.ts runs them all.
import type { JargonData } from '../lexicon/types';
import { CURRENCY_CODES } from './currency-codes';

/**
 * Words that make a capitalised name a body's ("Open Government Forum", "Council on Open Data"): the jargon such a
 * name holds is the body's name, not a term to explain there (./index.ts, inBodyName). Folded, lower case.
 */
export const BODY_WORDS_EN =
  'forum council committee commission agency office bureau board partnership network secretariat alliance ' +
  'coalition center centre institute department ministry administration authority assembly senate court ' +
  'tribunal group conference summit foundation association federation fund panel caucus taskforce force';

export const en: JargonData = {
  terms: [
    {
      term: 'open government',
      explanation: 'government that is transparent, involves citizens and answers for its results',
      examples: {
        flag: ['The Department will appoint an {open government} lead in each bureau.'],
        pass: [
          // A capitalised name of a body or a document: it is named, not the idea explained (issue 16, audit13).
          'The Open Government Forum will meet every quarter.',
          'Agencies will follow the Open Government Guidelines by June 2025.',
          'The Council on Open Government will review the plan in 2025.',
          'Each bureau will appoint a lead for open government (transparency, participation and accountability) by June 2025.',
          // The plan's title names the programme; the body's first use is explained.
          'Fifth Open Government National Action Plan of the United States 2022-2024',
        ],
      },
    },
    {
      term: 'open gov',
      explanation: 'open government: government that is transparent, involves citizens and answers for its results',
      examples: {
        flag: ['In the spirit of {open gov}, the Ministry will open a portal.'],
        pass: [
          'In the spirit of open gov (transparent and participatory government), the Ministry will open a portal.',
        ],
      },
    },
    {
      term: 'open data',
      explanation: 'public data put online that anyone can reuse freely',
      examples: {
        flag: ['Cities will publish their budgets as {open data}.'],
        // A repository's name is a place, not prose.
        pass: ['Official text (source: open-data/ckanext-canada, tables/nap5.yaml).'],
      },
    },
    {
      term: 'civic tech',
      explanation: 'digital tools built to help people take part in public life',
      examples: { flag: ['The Office will fund {civic tech} projects that track public spending.'] },
    },
    {
      term: 'govtech',
      explanation: 'companies that sell digital tools to government',
      examples: { flag: ['A procurement program for {govtech} startups will be launched in 2025.'] },
    },
    {
      term: 'hackathon',
      explanation: 'a public event of a few days where teams build prototypes',
      examples: { flag: ['The Department will host a {hackathon} on federal spending data.'] },
    },
    {
      term: 'datathon',
      explanation: 'a public event to work together on data',
      examples: { flag: ['A {datathon} on housing data will bring together agencies and researchers.'] },
    },
    {
      term: 'living lab',
      explanation: 'a place where users and government test a service together',
      examples: { flag: ['A {living lab} will test the new benefits form with users.'] },
    },
    {
      term: 'multi-stakeholder forum',
      explanation: 'a group of government and civil society members that oversees the plan',
      examples: { flag: ['The {multi-stakeholder forum} will meet every quarter.'] },
    },
    {
      term: 'stakeholders',
      explanation: 'the people and organisations concerned',
      examples: { flag: ['The Department will consult {stakeholders} on the draft guidance.'] },
    },
    {
      term: 'interoperability',
      explanation: 'the ability of different systems to exchange information',
      examples: { flag: ['The Office will ensure the {interoperability} of state court data systems.'] },
    },
    {
      term: 'synergy|synergies',
      explanation: 'say what each party will do together',
      examples: { flag: ['The plan will create {synergies} between federal and local open data programs.'] },
    },
    {
      term: 'touchpoint',
      explanation: 'name the specific system or service',
      examples: { flag: ['Every {touchpoint} with the public will offer a feedback form.'] },
    },
    {
      term: 'utilize',
      explanation: 'use',
      examples: { flag: ['Agencies will {utilize} plain language in all benefit notices.'] },
    },
    {
      term: 'incentivize',
      explanation: 'say what reward is offered',
      examples: { flag: ['The program will {incentivize} cities to publish their contracts.'] },
    },
    {
      term: 'disincentivize',
      explanation: 'say what penalty is set',
      examples: { flag: ['New fees will {disincentivize} late filing of disclosure reports.'] },
    },
    {
      term: 'crowdsourcing',
      explanation: 'asking the public to contribute',
      examples: { flag: ['A {crowdsourcing} campaign will help correct addresses in the national register.'] },
    },
    {
      term: 'API',
      explanation: 'application programming interface: automatic access to data for other software',
      caseSensitive: true,
      examples: {
        flag: ['An {API} will give access to federal grant data.'],
        pass: ['An application programming interface (API) will give access to federal grant data.'],
      },
    },
    {
      term: 'OGP',
      explanation: 'Open Government Partnership (OGP)',
      caseSensitive: true,
      examples: { flag: ['The United States will report on its progress at the {OGP} Global Summit.'] },
    },
    {
      term: 'NAP',
      explanation: 'national action plan (NAP)',
      caseSensitive: true,
      examples: { flag: ['The {NAP} will be open for public comment for 30 days.'] },
    },
    {
      term: 'IRM',
      explanation: 'Independent Reporting Mechanism (IRM) of the Open Government Partnership',
      caseSensitive: true,
      examples: {
        flag: ['The {IRM} report will be published on the agency website.'],
        // The name, then both its acronyms in parentheses: each is explained.
        pass: ['The Independent Reporting Mechanism (IRM, in French MEI) will review the plan.'],
      },
    },
    {
      term: 'MSF',
      explanation: 'multi-stakeholder forum (MSF)',
      caseSensitive: true,
      examples: { flag: ['The {MSF} will review the draft commitments.'] },
    },
    {
      term: 'KPI',
      explanation: 'key performance indicator (KPI)',
      caseSensitive: true,
      examples: { flag: ['Each {KPI} will be published on the public dashboard.'] },
    },
    {
      term: 'FOI',
      explanation: 'freedom of information (FOI)',
      caseSensitive: true,
      examples: { flag: ['The {FOI} coordinator of each department will publish a yearly report.'] },
    },
    {
      term: 'FOIA',
      explanation: 'Freedom of Information Act (FOIA)',
      caseSensitive: true,
      examples: {
        flag: ['Agencies will publish their {FOIA} logs every month.'],
        pass: ['Agencies will publish their Freedom of Information Act (FOIA) logs every month.'],
      },
    },
  ],
  exceptions: [],
  /** Words that are never acronyms, even in capitals (currency codes, roman numerals, units, common capitalised words). */
  notAcronyms: [
    ...CURRENCY_CODES,
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
    // Household acronyms a reviewer would not ask to spell out (audit15, finding 17).
    'OECD',
    'AI',
    'NGO',
    'NGOs',
    'LGBT',
    'LGBTQ',
    'LGBTQI',
    'LGBTQ2',
    'LGBTQ2S',
    'LGBTQIA',
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
    // The CFA franc's name, as Jalon writes it in an amount ("200,000 CFA francs").
    'CFA',
    // His or Her Majesty's, in the names of British bodies ("HM Treasury", "HM Revenue and Customs").
    'HM',
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
