// English data of the vague-time check. Each entry may carry `examples`: sentences where it must be flagged
// (the flagged words between braces) and sentences where it must not; test/unit/checks/examples.test.ts runs them all.
import type { VagueTimeData } from '../lexicon/types';

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';

export const en: VagueTimeData = {
  frequencyExpected: ['every quarter', 'every 6 months'],
  terms: [
    {
      term: 'in due course',
      examples: { flag: ['The results of the consultation will be published {in due course}.'] },
    },
    {
      term: 'as soon as possible|practicable|feasible',
      examples: { flag: ['Agencies will release the remaining datasets {as soon as practicable}.'] },
    },
    {
      term: 'asap',
      examples: { flag: ['The new contact form will go live {ASAP}.'] },
    },
    {
      term: 'soon',
      examples: { flag: ['A public dashboard of grant spending will {soon} be available.'] },
    },
    {
      term: 'shortly',
      examples: { flag: ['The Department will {shortly} publish guidance on proactive disclosure.'] },
    },
    {
      term: 'eventually',
      examples: { flag: ['All federal courts will {eventually} publish their opinions online.'] },
    },
    {
      term: 'in the near future',
      examples: { flag: ['The registry will be opened to the public {in the near future}.'] },
    },
    {
      term: 'in the future',
      examples: { flag: ['{In the future}, all agencies will publish their FOIA logs.'] },
    },
    {
      term: 'in the short term',
      examples: { flag: ['{In the short term}, the Office will publish a list of high-value datasets.'] },
    },
    {
      term: 'in the medium term',
      examples: { flag: ['The portal will cover provincial contracts {in the medium term}.'] },
    },
    {
      term: 'in the long|longer term',
      examples: {
        flag: [
          '{In the long term}, every federal grant will be traceable to its results.',
          'Footage will be searchable {in the longer term}.',
        ],
      },
    },
    {
      term: 'over time',
      examples: {
        flag: ['More agencies will join the platform {over time}.'],
        // In the gerund of result after "thereby": what the action brings, described.
        info: ['The site will publish every revised Act, thereby showing changes to legislation {over time}.'],
      },
    },
    {
      term: 'at a later stage|date',
      examples: { flag: ['Data on subcontracts will be added {at a later stage}.'] },
    },
    {
      term: 'in the coming months|years|weeks',
      examples: { flag: ['The Department will launch a public consultation {in the coming months}.'] },
    },
    {
      term: 'in the next few months|years|weeks',
      examples: { flag: ['The guidance will be finalized {in the next few weeks}.'] },
    },
    {
      term: 'over the coming months|years',
      examples: { flag: ['Agencies will review their disclosure practices {over the coming years}.'] },
    },
    // "during the life of the plan": the plan's span, not a deadline within it (audit16 #11).
    {
      term: 'during the life of the plan',
      examples: {
        flag: ['The department will publish the data {during the life of the plan}.'],
        pass: ['The department will publish the data during the life of the project, by June 2026.'],
      },
    },
    {
      term: 'over the course of the plan',
      examples: { flag: ['The agency will hold workshops {over the course of the plan}.'] },
    },
    {
      term: 'going forward',
      examples: { flag: ['{Going forward}, all advisory committee minutes will be posted online.'] },
    },
    {
      term: 'gradually',
      examples: {
        flag: [
          'The service will be {gradually} extended to all provinces.',
          // A relative clause with a modal: what the plan will do.
          'The Ministry will adopt standards that will be {gradually} applied by every agency.',
        ],
        // A relative clause with no modal: what exists, described.
        info: ['The Ministry will adopt the international standards which are {gradually} being applied in Europe.'],
      },
    },
    {
      term: 'progressively',
      examples: { flag: ['Agencies will {progressively} publish their contracts in open formats.'] },
    },
    {
      term: 'timely',
      examples: { flag: ['The Office will ensure {timely} responses to records requests.'] },
    },

    // Vague frequencies and timings (issue 13): a "regular" report is never late.
    {
      term: 'regularly',
      expected: ['every quarter', 'every 6 months'],
      examples: { flag: ['The commitment tracker will be updated {regularly}.'] },
    },
    {
      term: 'regular',
      expected: ['quarterly', 'every 6 months'],
      examples: {
        flag: [
          'The Department will hold {regular} meetings with civil society.',
          'The new law will commit public authorities to publish {regular} reports on their spending.',
          // The rhythm belongs to another verb's phrase.
          'The Ministry will publish quarterly reports and share {regular} updates with civil society.',
        ],
        info: [
          // In a purpose (roles.ts, timingRole): when the aim would come about, not when the action is due.
          'The Bill enables Congress to review proposed spending against {regular} reports on performance.',
          // The clause gives the rhythm itself.
          '{Regular} dialogue between civil society and Parliament by holding a forum every year.',
        ],
      },
    },
    {
      term: 'periodically',
      examples: { flag: ['The list of open datasets will be reviewed {periodically} with users.'] },
    },
    {
      term: 'periodic',
      examples: { flag: ['Agencies will submit {periodic} reports to the multi-stakeholder forum.'] },
    },
    {
      term: 'routinely',
      examples: {
        flag: ['Inspection reports will be {routinely} published on the agency website.'],
        info: ['The ideal result would be to have institutions {routinely} publish sector data on their websites.'],
      },
    },
    {
      term: 'in a timely manner|fashion',
      expected: ['within 30 days', 'by [date]'],
      examples: {
        flag: [
          'The government will respond to public comments {in a timely manner}.',
          'The commitment aims to raise awareness of the service and to publish its results {in a timely manner}.',
        ],
        info: ['Training will build the capacity of the team to respond to complaints {in a timely manner}.'],
      },
    },
    { term: 'on an ongoing basis', examples: { flag: ['The dataset will be updated {on an ongoing basis}.'] } },
    {
      term: 'on a regular|periodic|continuing basis',
      examples: { flag: ['The forum will meet {on a regular basis} to review progress.'] },
    },
    {
      term: 'continuously|continually',
      expected: ['every month', 'within N days of each change'],
      examples: { flag: ['This commitment will be implemented long term and {continuously}.'] },
    },
    // A season dates the step, but to three months, and reads several ways (the calendar season or a fiscal quarter,
    // its start or its end): for information, ask for the month.
    {
      term: 'by spring',
      loose: true,
      expected: ['by June 2026'],
      examples: {
        info: ['Join the OGP Coalition for Justice | {By spring} 2022 | Department of Justice'],
        pass: ['The report will be published by June 2025.'],
      },
    },
    {
      term: 'by summer',
      loose: true,
      expected: ['by September 2026'],
      examples: { info: ['Release five online courses | {By summer} 2023 | Department of Justice'] },
    },
    {
      term: 'by fall|autumn',
      loose: true,
      expected: ['by December 2026'],
      examples: { info: ['The report will be published {by fall} 2022.', 'The portal will open {by autumn} 2024.'] },
    },
    {
      term: 'by winter',
      loose: true,
      expected: ['by March 2026'],
      examples: { info: ['The platform will open {by winter} 2023.'] },
    },
    {
      term: 'ongoing',
      expected: ['by [date]'],
      examples: { flag: ['Launch of the public beneficial ownership registry ({ongoing})', 'June 2023 and {ongoing}'] },
    },
    // Whitehall's "as soon as we can" (audit14, finding 9).
    {
      term: 'at the earliest opportunity',
      expected: ['by [date]'],
      examples: { flag: ['The department will publish the data {at the earliest opportunity}.'] },
    },
    {
      term: 'at the earliest possible opportunity|date',
      expected: ['by [date]'],
      examples: { flag: ['The Bill will be introduced {at the earliest possible opportunity}.'] },
    },
  ],
  exceptions: [
    {
      term: 'periodic',
      pattern: 'universal _ review*',
      why: 'the universal periodic review: the UN Human Rights Council’s review, a name',
      examples: {
        pass: ['Share of the universal periodic review’s recommendations whose follow-up is published by June 2026.'],
      },
    },
    {
      // "regular quarterly reporting": the frequency is stated right after it.
      term: 'regular',
      pattern: '_ quarterly|monthly|weekly|annual|yearly|daily|biannual|biennial',
      why: 'a stated frequency follows',
      examples: { pass: ['Officers will submit regular quarterly reports to the Commissioner.'] },
    },
    {
      term: 'ongoing',
      pattern: '_ through|until|till|to',
      why: 'ongoing through June 2020: bounded by a date',
      examples: { pass: ['Public consultation (ongoing through June 2025)'] },
    },
    {
      // The IRM milestone table's column "New or ongoing commitment" and its values.
      term: 'ongoing',
      pattern: 'new or _',
      why: 'the column "New or ongoing commitment" (template text)',
      examples: { pass: ['Milestones New or ongoing commitment Start date End date'] },
    },
    {
      term: 'ongoing',
      pattern: '_ or new',
      why: 'the column "Ongoing or new commitment" (template text)',
      examples: { pass: ['Milestones Ongoing or new commitment Start date End date'] },
    },
    {
      // "Ongoing March 2018 October 2018": the status column's value before the milestone's start and end dates (both
      // dates: "Ongoing March 2024" alone leaves the end open).
      term: 'ongoing',
      pattern: `_ ${MONTHS} # ${MONTHS} #`,
      why: 'a status in the milestone table, its start and end dates after it',
      examples: {
        flag: ['4.2 Publish the register of lobbyists. {Ongoing} March 2024'],
        pass: ['4.4 Selection of the office premises. Ongoing March 2018 October 2018'],
      },
    },
    {
      // "ongoing conflicts", "ongoing legislative activities": what is under way now, not when the plan acts.
      term: 'ongoing',
      pattern:
        '_ conflict|conflicts|dispute|disputes|war|wars|crisis|crises|legislative|proceedings|investigation|investigations|litigation|negotiations|trial|trials|tasks|activities|actions|processes|projects',
      why: 'under way now (another sense)',
      examples: {
        pass: [
          'Weak oversight is one of the reasons for the ongoing conflicts over mining land.',
          // A heading of the tasks under way, not a timing of one.
          'Responsible: Government Plenipotentiary. Ongoing tasks in the topic of open education are listed in Annex 2.',
        ],
      },
    },
    {
      // "an ongoing need", "the ongoing process", "still ongoing": a description of what is under way, not when the plan
      // acts; "commits to ongoing implementation" (no determiner) times the action.
      term: 'ongoing',
      pattern: 'the|an|this|these|that|those|its|their|our|still _',
      why: 'what is under way (a description, not a timing)',
      examples: {
        flag: ['The Ministry commits to {ongoing} implementation of the guidance.'],
        pass: ['There is an ongoing need for the government to publish its records.'],
      },
    },
    {
      // The ordinary procedure, not a frequency.
      term: 'regular',
      pattern:
        '_ legislative|parliamentary|administrative|judicial|budget|budgetary process|procedure|processes|procedures',
      why: 'the regular legislative process: the ordinary procedure (another sense)',
      examples: { pass: ['The draft law will then be submitted to the regular legislative process.'] },
    },
    {
      // The ordinary kind of a thing that has no rhythm of its own: a body's work and funding, the post.
      term: 'regular',
      pattern: '_ work|financing|funding|mail|post',
      why: 'regular mail, the regular work of a ministry: the ordinary one (another sense)',
      examples: {
        pass: [
          'Requests may be sent by regular mail or in person.',
          'The costs are covered within the regular work of the Ministry of Justice.',
          'The register will list every donor, including those of regular financing of political parties.',
        ],
      },
    },
    {
      term: 'soon',
      pattern: 'as _ as',
      why: 'as soon as (an event): a condition',
      examples: {
        flag: ['Each audit report will be published {as soon as possible}.'],
        pass: ['Each audit report will be published as soon as it is sent to Congress.'],
      },
    },
  ],
};
