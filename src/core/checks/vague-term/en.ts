// Over 400 lines: data, not code: each term with its forms, roles and example sentences, kept in one file per
// language so a linguist reviews the whole lexicon at once.
// English data of the vague-term check. Each entry may carry `examples`: sentences where it must be flagged
// (the flagged words between braces) and sentences where it must not; test/unit/checks/examples.test.ts runs them all.
import type { VagueTermData } from '../lexicon/types';

export const en: VagueTermData = {
  defaultExpected: ['publish', 'adopt', 'open', 'create', 'train N staff'],
  terms: [
    {
      lemma: 'strengthen',
      nouns: ['strengthening'],
      expected: ['hire N staff', 'raise the budget from X to Y', 'adopt a regulation', 'publish'],
      examples: {
        flag: [
          'Commitment 3 – {Strengthen} oversight of federal grants to nonprofit organizations.',
          'The {strengthening} of whistleblower protections across federal agencies.',
          // A date's day counts nothing.
          'The Ministry will {strengthen} the decree of 28 December on audits.',
          // What the commitment is, or is aimed at, is its action, adverbs aside.
          'What is the commitment? The commitment is mainly to {strengthen} citizen participation in local budgets.',
          'Brief description of the commitment: The commitment is aimed at {strengthening} the capacity of the service.',
          // "including" before a gerund lists a part of the action, as "includes" does.
          'The Ministry will carry out the eGovernment strategy, including {strengthening} the governance of digital projects.',
        ],
        info: [
          'The Department will publish a data inventory in order to {strengthen} public trust.',
          // What a thing is aimed at is its purpose.
          'The new register of lobbyists is aimed at {strengthening} public trust.',
          'All agencies will apply the {strengthened} ethics rules adopted in 2023.',
          // Coordinated with a verb of purpose (here a thing's effect), it shares its role.
          'The amended bylaw will increase transparency and {strengthen} public trust.',
          // A result reported done, in the perfect or the past passive: background, not the action.
          'Much has already been achieved: the legal framework has been {strengthened}.',
          'Public consultation on budgets was {strengthened} in 2019.',
          // The means' noun of action and "of", then what it makes: a deliverable one can check.
          '2. {Strengthen} civil society through the development of a national database of nonprofit organisations.',
        ],
      },
    },
    {
      lemma: 'promote',
      nouns: ['promotion'],
      expected: ['publish a guide', 'run N workshops', 'train N staff', 'make mandatory'],
      examples: {
        flag: [
          // A means that names no thing.
          'The Parliament will {promote} citizen engagement by creating a new approach.',
          'The Department of State will {promote} open contracting in partner countries.',
          '{Promotion} of plain language in benefit letters.',
          // An adjective of manner says how the action is done (not a kind of thing, as "decision support" is).
          'The Commission and civil society will carry out a joint {promotion} of the right of access to information.',
          // The answer to the template's question on the objectives lists the actions.
          'What are the objectives of the commitment? 1) {Promote} the transparency of government action.',
          'The Knesset will act to {promote} the presentation of the legislative process.',
          // A verb that takes "to" and the action, opening the line, chains it (no adverb between).
          'Continue to {promote} open contracting with provincial governments (FIN)',
          // A flattened table: the start and end dates close a row, the next cell opens.
          'Milestone Start End To continue indefinitely Install Wi-Fi in 1,300 villages 2020 2022 {Promote} the Digital Inclusion Act 2020 2021',
        ],
        // A name's words after "of" are capitalised.
        pass: ['The Office for the Promotion of Human Rights will publish its annual report in May 2025.'],
        info: [
          // A step one can check as the means ("through the approval of").
          'Objectives of the commitment: To {promote} transparency through the approval of a law on lobbying.',
          // The means makes a thing it names (an article, then capitalised words).
          'Main Objective: {Promoting} citizen engagement in parliamentary activities by creating a Citizen Engagement Center.',
          'The Office will publish a guide to {promote} the reuse of open data.',
          // In the clause a verb of purpose governs, chained by "to": one warning per vague phrase, none here.
          'The new plan will ensure that the United States continues to prominently {promote} open contracting.',
          // A list of gerunds after "thereby" states what the action brings.
          'The Ministry will form a coalition with civil society, thereby coming up with policies, {improving} laws and systematically {promoting} nationwide campaigns.',
        ],
      },
    },
    {
      lemma: 'foster',
      nouns: ['fostering'],
      expected: ['create', 'fund N projects', 'open'],
      examples: {
        flag: [
          'We will {foster} a culture of openness across the public service.',
          'Commitment 7 – {Foster} public participation in rulemaking.',
        ],
      },
    },
    {
      lemma: 'enhance',
      nouns: ['enhancement'],
      expected: ['reduce the delay from X to Y days', 'add', 'publish'],
      examples: {
        flag: [
          'The Treasury will {enhance} the transparency of beneficial ownership information.',
          '{Enhancement} of the public comment process for federal regulations.',
          // Run into its label, a capitalised noun with its object in small letters after "of" is no name.
          'Main objective: Increase participation. Commitment short description {Enhancement} of transparency over bills.',
        ],
        // What the commitment ("it") brings, or what it or a thing is meant to bring.
        info: [
          'The register will open in 2025. It will {enhance} the transparency of lobbying.',
          'The commitment aims to {enhance} citizen engagement in decision-making.',
          'The new strategic framework aims to {enhance} existing solutions against corruption.',
          'The guidelines will be adopted by 2020. It will thereby {enhance} action against discrimination.',
          // A possibility weighed, not a change committed to.
          'The Ministry will review how the existing legislation could be further {enhanced} by 2025.',
        ],
      },
    },
    {
      lemma: 'improve',
      nouns: ['improvement'],
      expected: ['reduce the delay from X to Y days', 'fix', 'publish', 'redesign'],
      examples: {
        flag: [
          'Commitment 2 – {Improve} access to court records for the public.',
          'Agencies will {improve} the quality of spending data reported on USAspending.gov.',
          // "is to": the aim itself, not a purpose of something else.
          'The main objective is to {improve} public access to court decisions.',
          // What the commitment "refers to" is what it is.
          'The commitment refers to {improve} budgetary transparency and the transparency of public procurement.',
          // A figure before the comma counts the listed action before it.
          'The objective is to publish the budgets of communities of 3,000 or more, {improve} the quality of services.',
          'The aim of this commitment is to {improve} public access to court decisions.',
          // An IRM text laid out in the template, its commitment not found: its short first line is the title.
          '“Open data” in declarations: {Improving} the electronic system of declarations\nLead implementing agency Commission on Ethics\nIssues subject to regulation The registry of declarations is kept on paper.',
          // The means belongs to the verb right before it, not to the hit before another vague verb.
          'The Ministry will {improve} the rules on petitions and strengthen the platforms by launching a new portal.',
          // "and will" after a main clause: a second action.
          'The Ministry will publish the guide and will {improve} the portal.',
          // Items in the imperative under the template's question list what will be done.
          'How would the commitment help to solve the public problem? The ministry will: • Prevent fraud; • {Improve} the handling of corruption cases.',
        ],
        // A template's question is not what the plan commits to.
        pass: [
          'How will the commitment improve access to the budget?: Citizens cannot find it today.',
          // The name of one of the OGP's grand challenges, as a translated template gives it.
          'The commitment works on every challenge. Improvement of public services More efficient management of public resources',
        ],
        info: [
          // "With a view to", "in view of": a purpose, as « en vue de ».
          'The ministry will amend the decree on electronic resources with a view to {improving} their accessibility.',
          // Items after a lead-in ending in "to" complete its infinitive: what the commitment brings, not its actions.
          'How would the commitment help to solve the public problem? The commitment will contribute to: • Prevent fraud; • {Improve} the handling of corruption cases.',
          // The second verb of a relative clause, its modal repeated after "and": describes the services.
          'The city will open services that will facilitate access and will somewhat {improve} the quality of life.',
          // "Will" after a possessive, a determiner or an adjective is the noun: "to" after it opens a purpose.
          "The commitment is closely related to Slovakia's will to {improve} the quality of education.",
          'There is strong political will to {improve} the oversight of procurement.',
          'Ten agencies will {improve} their response times to records requests by 20 percent.',
          // A thing's aim: the purpose of the act, not the author's action.
          'A law on the register will be enacted. The purpose of the act is to {improve} the transparency of lobbying.',
          // The template's objective, made concrete by its means.
          'Objective: To {improve} access to legislation by publishing all regulations on a single website.',
          // A purpose after the hit leaves the means to the hit ("improve … to facilitate … by launching").
          'The Ministry will {improve} the petitions site to facilitate access by launching a new portal.',
          // A noun after a preposition and a degree word names the topic.
          'There is room for further {improvements} in the legal framework for lobbying.',
        ],
      },
    },
    {
      lemma: 'support',
      // Done, support is still no result one can check ("projects are supported").
      process: true,
      nouns: ['support'],
      expected: ['fund with X', 'assign N staff', 'grant'],
      examples: {
        flag: [
          'The government will {support} community organizations that monitor public spending.',
          'Projects and initiatives are {supported} with a focus on civic literacy.',
          // After "and", the subject of a clause of its own, not a second object of "to".
          'Simplify the rules for grants to associations and the {support} will reach more volunteers.',
        ],
        info: [
          // The object of a verb of purpose ("to attract"): a word between "to" and a determiner is a verb.
          'The Ministry will present the draft law to the public to attract their {support}.',
          'With {support} from the Hewlett Foundation, the Department will publish a toolkit for local officials.',
          // Opening the sentence, before "from" and who gives it: a noun that credits, not the imperative.
          '{Support} from the European Union will fund the new procurement portal.',
          'The Archives and Records Management Bill will {support} the right of access to information.',
          // A gerund coordinated with one after a preposition names the noun's content, as that one does.
          'The Council will serve as a statutory body with the responsibility of tracking and {supporting} quality service delivery.',
        ],
      },
    },
    {
      lemma: 'continue',
      repeats: true,
      effort: true,
      nouns: ['continuation'],
      expected: ['complete by [date]', 'extend to N services', 'publish'],
      examples: {
        flag: [
          'We will {continue} the publication of agency ethics waivers.',
          'The {continuation} of open dialogue with civil society on the plan.',
          // A number after a capitalised word names a text; it does not count the action.
          'The Federal Government commits to {continuing} implementation of Executive Order 14058.',
          // A figure before the action counts it only in the action's own phrase.
          'Under Pillars 2 and 4 of the Strategy, the Department commits to {continuing} its dialogue with partners.',
          'We will {continue} to be open about the results of the pilot.',
        ],
        info: [
          'Senior officials file their disclosure reports, and they will {continue} to do so every year.',
          // Nothing continued is named: the sentence says that something goes on; the action is stated elsewhere.
          'The commitment will {continue} even after the implementation of the plan ends in 2024.',
        ],
        // "Continue to be" and no participle: a state lasts ("remains"); no action of the plan. With a participle,
        // or said by the plan itself ("we"), it is the action going on.
        pass: [
          'Since 2015 access to court records has continued to be a problem for rural citizens.',
          'The involvement of donors will continue to be an important factor for the new registry.',
        ],
      },
    },
    {
      lemma: 'facilitate',
      nouns: ['facilitation'],
      expected: ['remove the step', 'open a help desk', 'publish a guide'],
      examples: {
        flag: [
          'The Department will {facilitate} access to archived federal records.',
          'Commitment 9 – {Facilitate} public input on federal budget priorities.',
          // "that" a relative pronoun, not an article: the verb after it takes the means ("by amending"), not the hit.
          '{Facilitate} consultation with the media and establish a legal environment that ensures media freedom by amending the Law on Media.',
          // A flattened table: a numbered row opens a clause of its own (the "to" of the row before is not its purpose).
          'No. Milestone Start End 1.3.1 Amend the Rules to allow MPs to use digital signatures July 2021 December 2023 1.3.2 {Facilitate} the use of digital signatures July 2021 December 2023',
          // A headline: names only, the first an acronym, then "to": what those bodies are to do, no purpose.
          '4. NAO and the Audit Office to {facilitate} access to audit reports for journalists.',
          // A line or a list item that opens with a body, then "to" and no verb of its own: the same headline.
          'd) Ministry in charge of the subject of mass media to {facilitate} training of information commissioners.',
          // A body as the subject states its actions, each verb coordinated with the first.
          'The Ministry will significantly reform the legal framework and {facilitate} integration into the Union.',
          'Milestones:\nGovernment to {facilitate} access to audit reports for journalists.',
        ],
        // A publication named as the means makes the action checkable.
        info: [
          'The Senate will {facilitate} access to its records through the publication of a weekly bulletin.',
          // A capitalised first word may be a verb: a purpose after its object.
          'Use the Open Data Portal (ODP) to {facilitate} access to audit reports.',
          // An activity as the subject, in the present: what it brings.
          'Publishing the budget on a single gateway {facilitates} access to information.',
          // Coordinated with the verb of such a subject across its object: the same effect.
          'Implementing the Program will significantly reform the legal framework and {facilitate} integration into the Union.',
          // A verb of its own after it: "to" says what the staff are for, a purpose.
          'Staff to {facilitate} the public sessions will be recruited in 2024.',
          // Amendments, a deliverable one can check, as the subject: what they bring.
          'The regulations of the agencies have been adopted. Amendments {facilitate} public access to archival documents dated from 1918.',
        ],
      },
    },
    {
      lemma: 'encourage',
      nouns: ['encouragement'],
      expected: ['fund', 'make mandatory', 'publish'],
      examples: {
        flag: [
          'The government will {encourage} provinces to publish their contracting data.',
          '{Encouragement} of open licensing for publicly funded research.',
          // Chained to a verb of effort by "to": each warns.
          'The agencies will also work to {encourage} civil society to use the disclosed data.',
          // A gathering is held, not made: as what is developed it makes nothing concrete.
          'The Parliament will {encourage} the development of mechanisms, including regular meetings with civil society.',
        ],
        // A gathering as the means names the action's format: one can check it was held.
        info: ['{Encourage} citizen participation through public hearings on the budget.'],
      },
    },
    {
      lemma: 'reinforce',
      nouns: ['reinforcement'],
      expected: ['hire N staff', 'adopt a regulation', 'publish'],
      examples: {
        flag: [
          'Canada will {reinforce} its leadership on open government internationally.',
          'The {reinforcement} of ethics training for senior officials.',
        ],
      },
    },
    {
      lemma: 'advance',
      nouns: ['advancement'],
      expected: ['adopt', 'publish', 'launch'],
      examples: {
        flag: [
          'The Administration will {advance} equity in federal procurement.',
          'Commitment 12 – {Advance} open science across federal research agencies.',
          // "to" before a gerund is a preposition, not a purpose.
          'The Administration commits to publishing the inventory and to {advancing} program evaluation.',
          // With an object (after the noun coordinated with it), "advancement" is advancing something.
          'The {advancement} of open science across federal research agencies.',
        ],
        info: [
          // A superlative ("the most"): an adjective that describes the countries, no action.
          'The Office will share practice with the most {advanced} countries in open data.',
        ],
        pass: [
          // With no object (a stop or a comma after it), the verb says that a thing progresses: another sense.
          'Since 2021 the e-procurement platform is steadily advancing.',
          'The divide will grow as long as technology continues to advance, so the plan funds training.',
          'The Canadian Institute for Advanced Research will publish its grant data.',
          // With no object, "advancement" is a person's progress in a career or a grade: another sense.
          'The Office will publish the criteria for admittance and advancement in the civil service.',
          'Merit-based recruitment will have a direct impact on advancement.',
        ],
      },
    },
    {
      lemma: 'boost',
      expected: ['raise from X to Y', 'fund N projects'],
      examples: {
        flag: ['The Department will {boost} public participation in environmental reviews.'],
        // In capitals after a word in small letters: an acronym, the name of a tool.
        pass: ['Spending data will be published through the BOOST database of the Ministry of Finance.'],
      },
    },
    {
      lemma: 'bolster',
      expected: ['hire N staff', 'fund with X'],
      examples: { flag: ['We will {bolster} the capacity of inspectors general to investigate fraud.'] },
    },
    {
      lemma: 'empower',
      nouns: ['empowerment'],
      expected: ['give the legal right to', 'fund', 'train N people'],
      examples: {
        flag: [
          'Commitment 4 – {Empower} communities to shape local budgets.',
          'The {empowerment} of young people in public decision-making.',
          // Where the template asks what the commitment is, the commitment's aim, coordinated verbs and all, is its action.
          'Brief Description of the commitment: The commitment aims to establish and {empower} the Information Commission.',
        ],
        info: [
          'The program will be redesigned to {empower} communities to shape local budgets.',
          // Elsewhere, what the commitment aims to do is what it is meant to bring.
          'The commitment aims to establish and {empower} the Information Commission.',
        ],
      },
    },
    {
      lemma: 'streamline',
      expected: ['remove', 'merge', 'cut to N steps'],
      examples: { flag: ['Commitment 5 – {Streamline} the process for requesting federal records.'] },
    },
    {
      lemma: 'leverage',
      expected: ['use'],
      examples: { flag: ['Agencies will {leverage} digital tools to engage the public.'] },
    },
    {
      lemma: 'optimize',
      nouns: ['optimization', 'optimisation'],
      expected: ['reduce by X %', 'automate', 'remove'],
      examples: {
        flag: [
          'The Office will {optimize} the handling of complaints from the public.',
          'The {optimization} of records management in federal agencies.',
        ],
      },
    },
    {
      lemma: 'modernize',
      nouns: ['modernization', 'modernisation'],
      expected: ['replace', 'migrate to', 'digitise'],
      examples: {
        flag: [
          'The National Archives will {modernize} the management of electronic records.',
          '{Modernization} of the access to information system.',
        ],
        info: ['The Office will publish a guide on the {modernization} of records management.'],
        // A capitalised noun coordinated with the capitalised noun a name's "of" governs: the name's.
        pass: ['Contact point: Head of Division of Innovation and Modernisation Programmes, Ministry of Reform.'],
      },
    },
    {
      lemma: 'consolidate',
      nouns: ['consolidation'],
      expected: ['make permanent by law', 'publish', 'adopt'],
      examples: {
        flag: [
          'The government will {consolidate} its open data efforts.',
          'The {consolidation} of transparency reporting requirements.',
        ],
      },
    },
    {
      lemma: 'mobilize',
      nouns: ['mobilization', 'mobilisation'],
      expected: ['allocate X', 'bring together N partners', 'hire'],
      examples: {
        flag: [
          'We will {mobilize} civil society around the fight against corruption.',
          'The {mobilization} of local governments around open contracting.',
        ],
      },
    },
    {
      lemma: 'raise awareness',
      verb: 'raise',
      after: '~ awareness',
      expected: ['train N staff', 'run N sessions', 'publish a guide'],
      examples: {
        flag: [
          'The Department will {raise awareness} of the right to request government records.',
          'Commitment 10 – {Raise awareness} of whistleblower protections among federal employees.',
        ],
      },
    },
    {
      // Whose awareness, said between the two words: the same vague aim.
      lemma: 'raise public awareness',
      verb: 'raise',
      after: '~ public|citizen|citizens|general|stakeholder|stakeholders awareness',
      expected: ['train N staff', 'run N sessions', 'publish a guide'],
      examples: {
        flag: ['Seminars are held and have {raised public awareness} about the portal.'],
        pass: ['The portal raised public funds for local newsrooms.'],
      },
    },
    {
      lemma: 'put in place',
      makes: true,
      verb: 'put',
      after: '~ in place',
      forms: [
        {
          form: 'put',
          kind: 'participle',
        },
      ],
      expected: ['create', 'set up', 'adopt'],
      examples: {
        flag: [
          'The government will {put in place} measures to protect journalists.',
          'In 2025, the Government will {put in place} measures to protect journalists.',
        ],
        info: [
          'The Department will {put in place} a public registry of lobbyists.',
          // A year opens the sentence, a verb in the past after its subject: what was done then (background).
          'In 2012, the Government {put in place} measures to protect journalists.',
        ],
      },
    },
    {
      // "We will work together to improve participation": who works with whom, and to do what, is left unsaid.
      lemma: 'work together',
      process: true,
      effort: true,
      verb: 'work',
      after: '~ together',
      expected: ['sign an agreement with', 'meet N times'],
      examples: {
        flag: [
          'We will {work together} to improve public participation in development decisions.',
          'Ministries will {work together} with civil society on the new portal.',
          // "is about": what the commitment consists of, not its topic.
          'What is the commitment? This commitment is about {working together} with all relevant agencies.',
        ],
        info: ['To ensure that agencies {work together}, the Office will publish a charter by June 2025.'],
      },
    },
    {
      lemma: 'work towards',
      effort: true,
      verb: 'work',
      after: '~ towards|toward',
      expected: ['deliver … by [date]'],
      examples: {
        flag: ['We will {work towards} greater transparency in political financing.'],
        // The noun, after an adjective.
        pass: ['The parties met in 2019 on the legislative work towards an open Congress.'],
      },
    },
    {
      lemma: 'work to',
      process: true,
      effort: true,
      verb: 'work',
      after: '~ to',
      expected: ['deliver … by [date]'],
      examples: {
        flag: ['The Knesset is {working to} develop a presentation of the laws in force.'],
        // The means of a counted action shares its count.
        info: ['Raise the use of climate services by 10% by 2023, by {working to} publish climate data.'],
        // The noun: work that is to be done; work an adjective qualifies.
        pass: [
          'The work to be done will be listed in the plan by June 2024.',
          'Industries such as online education and digital work to prepare for the era after the pandemic grew fast.',
        ],
      },
    },
    {
      lemma: 'lay the foundation',
      verb: 'lay',
      after: 'the|a foundation|foundations|groundwork',
      forms: [{ form: 'laid', kind: 'verb' }],
      expected: ['adopt', 'publish', 'create'],
      examples: {
        flag: ['The government will {lay the foundation} to boost citizen participation.'],
      },
    },
    {
      lemma: 'strive to',
      effort: true,
      verb: 'strive',
      after: '~ to',
      forms: [
        {
          form: 'strove',
          kind: 'verb',
        },
        {
          form: 'striven',
          kind: 'participle',
        },
      ],
      expected: ['commit to … by [date]'],
      examples: { flag: ['Agencies will {strive to} answer records requests within the statutory deadline.'] },
    },
    {
      // The English of « poursuivre »: pursuing reform or support states an effort, not what will be done.
      lemma: 'pursue',
      effort: true,
      expected: ['introduce a bill by [date]', 'hold N meetings', 'publish'],
      examples: {
        flag: ['The Government will {pursue} reform of political donations.'],
        pass: ['Prosecutors will publish data on the cases they decide not to prosecute.'],
      },
    },
    {
      lemma: 'seek to',
      effort: true,
      verb: 'seek',
      after: '~ to',
      forms: [
        {
          form: 'sought',
          kind: 'verb',
        },
        {
          form: 'sought',
          kind: 'participle',
        },
      ],
      expected: ['commit to … by [date]'],
      examples: {
        flag: [
          'The Department will {seek to} expand access to federal court data.',
          // An effort, not a result: said of the commitment, it is still what the commitment does.
          'The commitment {seeks to} open up the budget process to citizens.',
          // What it tries, however concrete or counted, is not committed to.
          'The initiative {seeks to} standardize agency websites by establishing a uniform accessibility standard.',
          'The Ministry will {seek to} publish 50 datasets a year.',
        ],
      },
    },
    {
      lemma: 'endeavour to',
      effort: true,
      verb: 'endeavour',
      after: '~ to',
      expected: ['commit to … by [date]'],
      examples: {
        flag: ['The Government of Canada will {endeavour to} publish all briefing notes for new ministers.'],
      },
    },
    {
      lemma: 'endeavor to',
      effort: true,
      verb: 'endeavor',
      after: '~ to',
      expected: ['commit to … by [date]'],
      examples: { flag: ['The Administration will {endeavor to} release its ethics pledge waivers.'] },
    },
    {
      lemma: 'contribute to',
      verb: 'contribute',
      after: '~ to',
      expected: ['state the action and its measured effect'],
      examples: {
        flag: [
          'The initiative will {contribute to} the fight against disinformation.',
          // In the present, a body that acts still states an action.
          'Each agency {contributes to} the fight against corruption.',
          // A body named by a noun in "-ment" is still a body that acts.
          'The Government of the province will {contribute to} the fight against corruption.',
        ],
        info: [
          // In the present, a thing as the subject: what it brings, whoever wrote it.
          'The new register also {contributes to} the transparency of lobbying.',
          // An action named by its noun as the subject ("Elimination of …"): what doing it brings.
          'Elimination of duplication, gaps and conflicts between the Administrative Code and other laws will {contribute to} a consistent reading of them.',
        ],
      },
    },

    // Vague actions seen in real plans (issue 13): the verb stands for the action without saying it.
    {
      lemma: 'work with',
      process: true,
      effort: true,
      verb: 'work',
      after: '~ with|alongside',
      expected: ['sign an agreement with', 'meet N times'],
      examples: {
        flag: [
          'The Department will {work with} civil society to identify datasets for release.',
          'Commitment 8 – {Work alongside} Indigenous communities on data governance.',
          // A purpose that opens the sentence ends at its comma.
          'To increase access to procurement data, the Department will {work with} agencies on a common list.',
          // Without its comma, at the main clause's subject and modal.
          'To build an open government movement in Scotland we will {work closely with} civil society.',
          // The figure belongs to the next numbered item, run into the same sentence.
          'Milestones: 2. {Work with} relevant groups on draft bills 2.1 Organize at least 2 rounds of consultations.',
          // Named bodies that "will" act state the action, even where the template asks how the commitment helps.
          'How will the commitment contribute to solve the public problem? SLEITI and OGP will {work with} all agencies.',
        ],
        info: ['To ensure that agencies will {work with} civil society, the Office will publish a charter.'],
        // What bodies or people do, said of them after a plural noun: a description, not the plan's action.
        pass: [
          'Since 2003, organizations that work with volunteers have asked for a law on volunteering.',
          'The law sets the obligations of the institutions working with volunteers.',
        ],
      },
    },
    {
      lemma: 'collaborate',
      process: true,
      effort: true,
      nouns: ['collaboration'],
      expected: ['sign an agreement with', 'meet N times'],
      examples: {
        flag: [
          'Statistics Canada will {collaborate} with provinces on housing data.',
          '{Collaboration} with the Council of Administrative Tribunals on plain-language decisions.',
        ],
        info: [
          'The guide was written in {collaboration} with the Treasury Board.',
          // A question introduced by "how" or "whether", its modal of possibility: what is studied.
          'The Office will publish a report on how agencies can better {collaborate} with the public.',
        ],
      },
    },
    {
      lemma: 'engage',
      expected: ['consult N organisations', 'hold N public meetings'],
      examples: {
        flag: [
          'The Department will {engage} stakeholders on the design of the new portal.',
          // The number opening the milestone numbers it; it counts nothing.
          'Milestones: 7.1 Publish the draft bill. 7.2 {Engage} Parliament on the draft bill.',
          // "by" after a past participle names its agent: no means.
          'The Office will {engage} with the head of each agency that has a program as defined by the Act to report on its actions.',
          // With a partner, "engage in" is engaging people.
          'The Working Group will {engage} in meaningful ways with the public on its work.',
        ],
        info: [
          'The Department will {engage} 40 organisations on the design of the new portal.',
          // A gathering as the means names the engagement's format, one can check it was held.
          'The Ministry will {engage} the companies involved through regular meetings with their boards.',
        ],
        // "Engaged in" a thing, with no partner: taking part in it or doing it (another sense).
        pass: ['Companies engaged in extractive projects will publish their beneficial owners by June 2025.'],
      },
    },
    {
      lemma: 'explore',
      process: true,
      effort: true,
      nouns: ['exploration'],
      expected: ['pilot in N sites by [date]', 'publish an analysis'],
      examples: {
        flag: [
          'We will {explore} options for publishing contract amendments.',
          'Options for a public beneficial ownership registry are {explored} with provinces.',
          // A process done still delivers nothing, in the perfect passive too.
          'Options for a public register have been {explored}.',
        ],
        // Mineral exploration (no object after the noun): another sense.
        pass: ['Companies that hold exploration, production and export licenses will publish their payments.'],
      },
    },
    {
      lemma: 'consider',
      process: true,
      effort: true,
      nouns: ['consideration'],
      expected: ['decide by [date]', 'adopt'],
      examples: {
        flag: [
          'The Office will {consider} the creation of an open algorithms register.',
          'This will include {consideration} of how budget information could complement local data.',
          'Agencies are {considering} options for an open register.',
          // "As" that lists is not "as" that judges.
          'The Office will {consider} options such as a public register of lobbyists.',
          // A body, then "may": its action, hedged (audit14: « may consider, where appropriate »).
          'The Treasury may {consider}, where appropriate, further engagement with civil society.',
        ],
        info: [
          // A passive infinitive after a noun: what is to become of the amendments (drafting them is the action).
          'The Government will draft amendments to the Law on Grants to be {considered} with stakeholders.',
        ],
        pass: [
          // "Considering" as a preposition (taking into account): after a noun or a comma, or opening a phrase that
          // ends at a comma before the main clause.
          'The Ministry will publish the register, considering the experience of the European Union.',
          'Considering the complexity of the procedure, the Ministry will publish a guide by 2025.',
          // A body's examination of a text, coordinated with its decision: a step of the procedure.
          'In 2014 the draft law was considered and rejected by the Cabinet.',
          'The Assembly will consider and adopt the amendment by June 2025.',
          // Considering something as or to be something: judging it.
          'The Assembly considers the parliamentary channel as a resource for public information.',
        ],
      },
    },
    {
      lemma: 'study',
      process: true,
      effort: true,
      expected: ['publish a study by [date]', 'decide by [date]'],
      examples: {
        flag: [
          'The Commission will {study} the feasibility of publishing lobbying meeting records.',
          'Agencies will {study} how to publish their procurement data.',
          // Coordinated with the verb's object, not a preposition's: the action.
          'Launch the design and {study} of the training programs.',
        ],
        // The noun: a study is a document one can check (after a noun, an adjective or a verb, or as a subject).
        info: [
          'The {study} will be published by June 2025.',
          'Publish comprehensive versions of environmental impact {studies} on the websites of the ministries.',
          'An international comparative {study} on lobby registers was carried out in 2019.',
          'Much has already been achieved: a feasibility {study} on the register has been conducted.',
          'Conduct {studies} on beneficial ownership in the extractive sector.',
          // Coordinated with a preposition's object, it is that preposition's object too: what the models serve.
          'Publish the models used for the design and {study} of government programs.',
        ],
      },
    },
    {
      lemma: 'ensure',
      expected: ['check every quarter', 'require'],
      examples: {
        flag: [
          'Agencies will {ensure} that datasets are published in machine-readable formats.',
          // Equitable access is a quality, not a thing opened to the public.
          'Commitment 6 – {Ensure} equitable access to public services online.',
          // "that" opening a clause the verb governs, with no modal: not a relative clause.
          'The Ministry will publish the data that agencies hold and {ensure} its quality.',
          // Where the template asks what the commitment is, the commitment's own verb states the action.
          'What is the commitment? This commitment will {ensure} that citizens take part in budget hearings.',
          // Items run together, their numbers glued to them: "4." numbers the item, it counts nothing.
          'Solutions: 3.Define the functions of each body; 4.{Ensure} the transparency of beneficial ownership.',
          'Solutions: 3. Define the functions of each body; 4. {Ensure} the transparency of beneficial ownership.',
          // Implementing is no single step one can check.
          'The Ministry of Justice will {ensure} the effective implementation of the new law.',
          // After a verb of asking and the body asked, "to" states the action asked, no purpose.
          'Invite the group in charge of the evaluation to {ensure} good communication with the target groups.',
          // "commit" binds a body as "require" does: "to" states what it is bound to do.
          'The new law will commit public authorities to {ensure} good management of their contracts.',
        ],
        info: [
          // Its object a step one can check was taken: only asks that it be taken.
          'What is the commitment? {Ensuring} regular publication of the mining data at the licence level.',
          // "to have": an infinitive, the purpose's first verb, which the verbs after "and" share.
          'The Ministry will amend the law for inspectors to have the power to sanction offenders and {ensure} that rules are observed.',
          'The Ministry will {ensure} the adoption of the bill on lobbying by Parliament.',
          // A bill's passage (or enactment) is its adoption by Parliament: a step one can check.
          '{Ensure} the passage of the Code of Conduct for Public Officers.',
          // The public's access to a thing: opening it to the public, checkable as a publication is.
          'Activity 1: {Ensuring} public access to archival documents dated from 1918 to 1953.',
          // A thing, not a body, as the object of a verb of asking: "to" opens a purpose.
          'The reform requires harmonisation of the legislation to {ensure} a thorough preparation for membership.',
          // "this work to": a noun, not the verb of effort that chains its action ("will work to ensure").
          'The Government commits to continue this work to {ensure} that reentering citizens have the resources.',
          // Coordinated with the verb of a relative clause ("that would"), it describes the thing the clause is about.
          'The Ministry will draft a bill that would aid asset recovery and {ensure} proper management of assets.',
          // A gerund after the comma that closes a clause with a finite verb: what that clause brings.
          'A code of conduct for lobbyists is planned, {ensuring} transparency in their work.',
          // A thing's effect in the present: what exists or will exist, not what someone does.
          'Proper structuring of the data {ensures} interoperability with other systems.',
          // "the gradual increase": after an article and an adjective, a noun (the object), not a verb with means of its own.
          '{Ensure} the gradual increase of women in local councils by passing the Gender Equality Bill into law.',
          // A law as the subject ("The new Act must"): what it brings, not what someone does.
          'The new Act must {ensure} the protection of those who report irregularities.',
        ],
      },
    },
    {
      lemma: 'help',
      expected: ['train N staff', 'fund', 'publish a guide'],
      examples: {
        flag: [
          'The Department will {help} local governments publish their budgets.',
          // A gerund's phrase, then a comma and a subject of its own: that subject acts.
          'Building on the new framework, the Ministry will {help} local councils publish their budgets.',
        ],
        info: [
          'The {help} desk will answer questions from the public within two days.',
          // A gerund's phrase as the subject: what doing it brings.
          'Making this practice the norm will, given the experience to date, {help} further the transparency of law.',
          'Involving citizens, the media and civil society in monitoring public policies {helps} public authorities to work more openly.',
          // A thing's effects, listed: each shares the role of the first.
          'The curriculum will support the data analyst community, raise awareness of open data, and {help} to reach a common nomenclature.',
          'The second Summit for Democracy in 2023 will {help} us take stock of progress.',
        ],
      },
    },
    {
      lemma: 'assist',
      nouns: ['assistance'],
      expected: ['train N staff', 'fund'],
      examples: {
        flag: ['The Office will {assist} agencies with the release of their data inventories.'],
        // A thing's effect, not someone's action: the subject names no one who acts.
        info: [
          'The amended bylaw will also {assist} in combating administrative corruption.',
          // "can": what a body is able to do, not what the plan commits it to.
          'The Bar Association can {assist} agencies with the release of their data inventories.',
        ],
      },
    },
    {
      lemma: 'expand',
      nouns: ['expansion'],
      expected: ['extend to N services by [date]'],
      examples: {
        flag: [
          'We will {expand} public access to federally funded research.',
          'The {expansion} of the open data portal to provincial datasets.',
          // After a passive relative, a verb in the base form goes on the main clause's ("will build … and expand").
          'The government will build infrastructure that can be used nationwide and {expand} public Wi-Fi service.',
        ],
        // Coordinated with the verb right after "to", an adverb between: one purpose.
        info: [
          'To sustain and further {expand} the reach of the order, the Office will publish a guide.',
          // The subject of "will allow": what the sentence reasons about, not an action the plan states.
          "{Expanding} the online platform's functionality will allow citizens to comment on draft laws.",
          // Coordinated with the verb of an active relative: what the thing does.
          'The government will build infrastructure that can reach every village and {expand} public Wi-Fi service.',
        ],
      },
    },
    {
      lemma: 'broaden',
      expected: ['open to N services', 'raise from X to Y'],
      examples: { flag: ['The government will {broaden} the scope of the access to information law.'] },
    },
    {
      lemma: 'extend',
      expected: ['extend to N services by [date]'],
      examples: {
        flag: ['The Department will {extend} proactive disclosure to Crown corporations.'],
        info: ['The Department will {extend} proactive disclosure to 12 Crown corporations by 2026.'],
      },
    },
    {
      lemma: 'increase',
      expected: ['raise from X to Y', 'increase by N%'],
      examples: {
        flag: [
          'Agencies will {increase} the number of datasets available to the public.',
          // Items run together in one sentence: "1.2" numbers the item, it counts nothing.
          '1.1 Publish budget documents online; and 1.2 {Increase} citizen participation in budget hearings.',
          // The figures of the items around it, behind their bullets, count their own actions.
          'Outputs: 200 officers trained on the law • {Increase} awareness of the law • 20 agencies disclose their data',
          // "Pledge" for "commitment": the template's question of what the commitment is, its answer the action.
          'What is the problem addressed by this pledge? Lack of control of party finances. What is the pledge? {Increasing} transparency of party finances.',
        ],
        info: [
          // Before a noun that a modal follows: an adjective of the sentence's subject.
          'Online services and {increased} awareness will create grounds for civic feedback.',
          // "by working to": the means of a counted action, not a verb of effort chained to it.
          'Raise the use of climate services by 10% by 2023, by working to {increase} climate data.',
          '{Increase} by 25 percent the number of records requests answered within 20 days.',
          // The commitment itself as the subject of a verb of result: what it brings.
          'The commitment will {increase} participation by opening committee hearings to the public.',
        ],
        // The name of one of the OGP's grand challenges, as a verb or as a noun.
        pass: [
          'OGP challenge: Increasing public integrity.',
          'The commitment works on every challenge. Increase in public integrity Increase in corporate responsibility',
        ],
      },
    },
    {
      lemma: 'develop',
      nouns: ['development'],
      makes: true,
      expected: ['publish', 'launch', 'adopt'],
      examples: {
        flag: [
          'We will {develop} a culture of openness among federal employees.',
          // An ordinal ranks; it does not count.
          'We will {develop}, with partners, ways to share procurement data with the 3rd sector.',
          // The noun as the head of an action: it opens the answer, its object after "of".
          'What is the commitment? {Development} of parliamentary big data.',
          '2. Further {development} of the API.',
          // What is made is the verb's object, not a deliverable named in its means.
          'The Ministry will {develop} a mechanism for dialogue through the use of digital tools.',
        ],
        info: [
          // What is made is named, its short name in brackets after it.
          '6. {Development} of Budget Information System Modeling (Singgar) for the House.',
          'The Department will {develop} a dashboard of grant spending by county.',
          // A system, like a dashboard, is a thing one can check exists.
          'Commitment 8: {Development} of a monitoring and analysis system for legislative decisions.',
          '1.3 Drafting instruction: {Develop} the drafting instruction for the new bill by June 2022.',
          // Coordinated with a step one can check: the pair is checkable.
          '{Develop} and publish content showing how citizens start petitions.',
          'Milestones: 1.1. {Develop} and introduce changes to the legislation on elections.',
          'Activity 2: A concept of the citizens’ centre has been {developed} and approved.',
          // What is made is named, its acronym in brackets after it; procedures are deliverables one can check.
          '2.1. {Develop} terms of reference (TOR) for the stakeholder engagement platform.',
          'Procedures for electronic tendering will be {developed} by the Ministry of Finance.',
          'Task 3: {Development} of procedures of access for visitors.',
          'The Ministry will {develop} a compliance checklist for agencies.',
          'The Ministry will {develop} a new portal through the use of digital tools.',
        ],
        // The noun elsewhere: a name's word, a source of funds, the course of a process.
        pass: [
          'The plan is linked to the Sustainable Development Goals.',
          'Development partners’ funds, within the national budget.',
          'Civil society takes part in policy development.',
          'The Strategy for the Development of the Public Information System was adopted.',
        ],
      },
    },
    {
      lemma: 'deliver',
      makes: true,
      expected: ['publish', 'launch', 'adopt'],
      examples: {
        flag: ['The government will {deliver} better outcomes for Canadians through open data.'],
        info: ['The Office will {deliver} a public report on the use of algorithms.'],
      },
    },
    {
      lemma: 'address',
      expected: ['reduce by X%', 'adopt'],
      examples: {
        flag: ['The Department will {address} barriers to accessing government information.'],
        // A deliverable as the subject: what the thing will bring, not what someone does.
        info: ['The Access to Information Legislation will {address} the barriers that limit the flow of information.'],
        // Alone between a list's marks, the word is the noun: a postal address.
        pass: ['Each site will be listed with its details (address, pictures, brief description) by June 2025.'],
      },
    },
    {
      lemma: 'tackle',
      expected: ['reduce by X%', 'adopt'],
      examples: { flag: ['We will {tackle} corruption in public procurement.'] },
    },
    {
      lemma: 'combat',
      expected: ['reduce by X%', 'sanction'],
      examples: {
        flag: ['The government will {combat} disinformation during elections.'],
        // A gerund after a preposition (an adverb between) names the topic.
        info: ['Citizens are aware of corruption and of the necessity of effectively {combating} it.'],
        // A capitalised verb after "to" and a body's name, in running text: the body's name.
        pass: [
          'The draft texts were examined by the Tripartite Committee to Combat the Impact of Covid-19 on the World of Work in 2021 and then published.',
          // A capitalised gerund between capitalised words of one phrase: a word of the body's name.
          'In 2007 the first version of the bill was drafted by the Corruption Prevention and Combating Bureau, which published it for comments from the public.',
        ],
      },
    },
    {
      lemma: 'drive',
      expected: ['adopt', 'publish'],
      examples: { flag: ['The Office will {drive} innovation in public service delivery.'] },
    },
    {
      lemma: 'transform',
      nouns: ['transformation'],
      expected: ['replace', 'redesign'],
      examples: {
        flag: [
          'Agencies will {transform} the way they engage with the public.',
          'The {transformation} of federal permitting.',
        ],
        // A capitalised noun after other capitalised words of a name: "Ministry of Digital Transformation".
        // With no object after it, the noun names a field or the course of things, not an action.
        pass: [
          'The open data rules were amended by the Ministry of Digital Transformation in April 2021.',
          'Policies will reduce the inequalities that may arise with digital transformation by 2025.',
        ],
      },
    },
    {
      lemma: 'revitalize',
      expected: ['fund', 'reopen'],
      examples: { flag: ['The Department will {revitalize} public participation in local planning.'] },
    },
    {
      lemma: 'prioritize',
      nouns: ['prioritization'],
      expected: ['require', 'reserve X% for'],
      examples: {
        flag: [
          'Agencies will {prioritize} the release of high-value datasets.',
          'The {prioritization} of datasets requested by the public.',
          // A law in force as the means is no deliverable made ("the Act" is a thing only as a subject).
          '{Prioritize} the reduction of paperwork through the Paperwork Reduction Act.',
        ],
      },
    },
    {
      lemma: 'champion',
      expected: ['defend at [forum] by [date]'],
      examples: { flag: ['Canada will {champion} beneficial ownership transparency at the G20.'] },
    },
    {
      lemma: 'advocate for',
      verb: 'advocate',
      after: '~ for',
      expected: ['propose at [forum] by [date]'],
      examples: {
        flag: [
          'The United States will {advocate for} open contracting in multilateral forums.',
          // A table's row: a cell that holds a figure alone is its budget column, no count of the action.
          '3. {Advocate for} the adoption of the whistleblower law | January 2024 - December 2025 | 40,000,000 | Anti-Corruption Office',
          // A date's day and a law's number count nothing.
          '{Advocate for} the revision of Law n°2012-30 of 28 December 2012 on the anti-corruption office.',
          '{Advocate for} the revision of Decree 2014-17 on assets.',
          // A flattened table: the next row's number after the dates of the one before, not a count.
          '{Advocate for} the adoption of the anti-corruption law January 2022 December 2023 3. Publish the revised law on assets.',
          // The template's milestone label in another translation ("Important activity with a verifiable deliverable")
          // ends the "Relevance" before it: what follows are milestones, not context.
          'Relevance The adoption of the law would be a major asset. Important activity with a verifiable deliverable Start Closure {Advocate for} the adoption of the Access to Information Act.',
        ],
        // A count in the row's indicator cell counts the action.
        info: [
          '2.3 {Advocate for} open data in ministries | Open data portals are launched in 4 ministries | 2024 | 2025',
        ],
      },
    },
    {
      lemma: 'build on',
      effort: true,
      verb: 'build',
      after: '~ on|upon',
      forms: [{ form: 'built', kind: 'verb' }],
      expected: ['reuse', 'extend to'],
      examples: {
        flag: ['This commitment will {build on} the achievements of the previous plan.'],
        // A gerund opening the sentence, before the main clause's "will": how, not what.
        info: ['{Building upon} existing frameworks, the new plan will set rules for public reporting.'],
      },
    },
    {
      lemma: 'build capacity',
      verb: 'build',
      nouns: ['capacity building'],
      after: '~ capacity',
      forms: [{ form: 'built', kind: 'verb' }],
      expected: ['train N staff', 'fund'],
      examples: {
        flag: [
          'The Department will {build capacity} among local officials to publish open data.',
          'Three approaches will be used: 1. {Capacity building} of critical parliamentary committees.',
        ],
      },
    },
    {
      lemma: 'focus on',
      verb: 'focus',
      after: '~ on',
      expected: ['reserve X% for', 'start with'],
      examples: {
        flag: ['The Office will {focus on} the accessibility of public consultations.'],
        // An "-ed" form right after a comma that follows a noun describes the noun.
        info: ['The Senate will publish guides on the legislative process, {focused on} clear language.'],
      },
    },
    {
      lemma: 'take steps',
      verb: 'take',
      after: '~ steps|action|actions|measures',
      expected: ['adopt', 'publish'],
      examples: {
        flag: [
          'The government will {take steps} to reduce delays in answering records requests.',
          'Agencies will {take action} against the misuse of federal grants.',
        ],
      },
    },
    {
      // "take concrete action to strengthen…": an adjective does not say which action.
      lemma: 'take concrete action',
      verb: 'take',
      after:
        'concrete|further|additional|new|proactive|positive|appropriate|necessary|effective|meaningful action|actions',
      expected: ['adopt', 'publish'],
      examples: {
        flag: [
          'The Government will, within two years, {take concrete action} to strengthen public expenditure management.',
        ],
        pass: ['The Ministry will publish the list of measures taken by June 2024.'],
      },
    },
    {
      lemma: 'take further steps',
      verb: 'take',
      after: '~ ? steps|measures',
      expected: ['adopt', 'publish'],
      examples: { flag: ['The Administration will continue to {take proactive steps} to reduce improper payments.'] },
    },
    {
      lemma: 'make more',
      verb: 'make',
      after: '~ more|easier',
      forms: [{ form: 'made', kind: 'verb' }],
      expected: ['publish', 'reduce the steps from X to Y'],
      examples: { flag: ['The Department will {make more} data on federal lands available to the public.'] },
    },
    {
      // "Make budget information more accessible": the verb, a few words, then the comparative.
      lemma: 'make … more',
      verb: 'make',
      then: '… more|easier|better|simpler',
      forms: [{ form: 'made', kind: 'verb' }],
      expected: ['publish', 'reduce the steps from X to Y'],
      examples: {
        flag: [
          '2. {Make} budget information user friendly and more accessible to citizens.',
          '{Making} climate change science more open and accessible.',
        ],
        // A gerund that is the subject of the sentence's verb: a claim about the action, not the action (context).
        info: ['{Making} data underpinning research publications more readily available improves transparency.'],
      },
    },
    {
      lemma: 'invest in',
      verb: 'invest',
      after: '~ in',
      expected: ['fund with X'],
      examples: { flag: ['The government will {invest in} tools that help citizens follow public spending.'] },
    },
    {
      lemma: 'create conditions',
      verb: 'create',
      after: '~ conditions',
      expected: ['adopt', 'fund'],
      examples: { flag: ['The Office will {create conditions} for meaningful public participation.'] },
    },
    {
      lemma: 'make it easier',
      verb: 'make',
      after: '~ it easier|simpler',
      forms: [{ form: 'made', kind: 'verb' }],
      expected: ['publish', 'reduce the steps from X to Y'],
      examples: { flag: ['The Department will {make it easier} for the public to comment on proposed rules.'] },
    },
    {
      lemma: 'create the conditions',
      verb: 'create',
      after: '~ the conditions',
      expected: ['adopt', 'fund'],
      examples: {
        flag: ['The government will {create the conditions} for citizens to take part in budget decisions.'],
      },
    },
    // Whitehall and Washington verbs that name an aim, not a deed (audit14, finding 9); the -ise spelling of each
    // -ize verb is conjugated with it, at the same severity. Not yet "harmonize", "operationalize", "mainstream": the
    // labelled set (test/eval/vague-labels) has no record for them, so each would be counted a false warning there.
    {
      lemma: 'maximize',
      nouns: ['maximization', 'maximisation'],
      expected: ['raise from X to Y', 'reach N'],
      examples: {
        flag: [
          'The department will {maximise} reuse of public data.',
          'Agencies will {maximize} public participation in rulemaking.',
        ],
      },
    },
    {
      lemma: 'look to',
      effort: true,
      verb: 'look',
      after: '~ to',
      expected: ['commit to … by [date]'],
      examples: {
        flag: ['We will {look to} publish the data.', 'The Government is {looking to} extend the register.'],
        pass: ['The department will look to other countries for examples of good practice.'],
      },
    },
    {
      lemma: 'take forward',
      verb: 'take',
      after: 'forward',
      expected: ['adopt', 'publish', 'complete by [date]'],
      examples: {
        flag: [
          'The department will {take forward} the recommendations of the review.',
          'Work on the register will be {taken forward} in 2024.',
          'The Cabinet Office is {taking forward} a review of the code.',
        ],
      },
    },
  ],
  exceptions: [
    {
      // "ever-advancing technology", "ever-increasing demand": "ever" makes the participle an adjective describing a
      // noun, not an action of the plan.
      pattern: 'ever _',
      why: 'an adjective compound with "ever" (a description)',
      examples: { pass: ['Ever-advancing digital technology may deepen the divide between regions.'] },
    },
    {
      // "decision making", "policy-making": the compound noun of the field, not "make … better".
      term: 'make … more',
      pattern: 'decision|policy|law|rule _',
      why: 'decision making (a compound noun)',
      examples: { pass: ['Citizens will take part in local decision making for better service delivery.'] },
    },
    {
      // The OGP template's role of a body ("Supporting institutions:"), named in prose: "as a supporting institution".
      term: 'support',
      pattern: 'a|the _ institution|institutions',
      why: 'a supporting institution (the template’s role of a body)',
      examples: {
        pass: ['The Ministry leads activities 6.1 and 6.2, with the Electoral Commission as a supporting institution.'],
      },
    },
    {
      term: 'build capacity',
      kinds: ['noun'],
      pattern:
        '_ activities|initiatives|programme|programmes|program|programs|workshops|sessions|events|project|projects|plan|plans|strategy|needs|efforts|materials',
      why: 'capacity-building activities, programmes, needs: what they are, named (the action is the verb before)',
      examples: {
        pass: [
          'The Ministry will run 12 capacity building workshops for local officials by June 2025.',
          'The School will publish its capacity-building plan for public servants by March 2019.',
        ],
      },
    },
    {
      term: 'make … more',
      pattern: '_ sure|certain',
      why: 'make sure: ensure (the term "ensure" is read on its own)',
      examples: { pass: ['We will make sure that more datasets are published every year.'] },
    },
    {
      term: 'study',
      kinds: ['noun'],
      pattern: 'case _',
      why: 'case studies (a deliverable)',
      examples: { pass: ['The Office will publish three case studies on participatory budgeting by June 2025.'] },
    },
    {
      term: 'study',
      kinds: ['verb'],
      pattern: 'case _',
      why: 'case studies (a deliverable)',
      examples: { pass: ['The report will include a case study on open contracting in Ukraine.'] },
    },
    {
      term: 'focus on',
      pattern: 'a|the|its|their|with _',
      why: 'a focus on (the noun)',
      examples: {
        flag: ['The Department will {focus on} local budgets.'],
        pass: ['The new data portal will be launched with a focus on local budgets.'],
      },
    },
    {
      term: 'develop',
      pattern: '_ world|countries|country|economies|economy|nations|nation',
      why: 'the developed world, developing countries: another sense',
      examples: { pass: ['Corrupt actors use deficiencies in the developed world to hide their assets.'] },
    },
    {
      // The OGP templates' own labels ("Status quo or problem/issue to be addressed", "OGP challenge addressed by the
      // commitment"): the template's words, not the author's.
      term: 'address',
      pattern: 'problem|issue|issues|problems to be _',
      why: 'a template label (OGP commitment template, 2014-2016)',
      examples: {
        pass: [
          'Budget data is not published. Status quo or problem/issue to be addressed: budget data is hard to find.',
        ],
      },
    },
    {
      term: 'address',
      pattern: '_ by the commitment',
      why: 'a template label (OGP commitment template, 2014-2016)',
      examples: {
        pass: [
          'Our target is 60 points by December 2017. OGP challenge addressed by the commitment: more effectively managing public resources.',
        ],
      },
    },
    {
      term: 'address',
      pattern: 'contribution to _ public|the problem|public',
      why: 'a template label (the OGP template\'s "How will the commitment contribute to solving the public problem?" as a heading)',
      examples: {
        pass: ['Contribution to addressing public problem: the registry will list every medicine and its price.'],
      },
    },
    {
      term: 'address',
      pattern: '_ by commitment',
      why: 'a template label (OGP commitment template, 2014-2016), its article dropped',
      examples: {
        pass: ['Specific OGP challenge addressed by commitment: more effectively managing public resources.'],
      },
    },
    {
      // Political backing sought from others: the vague action is the seeking ("pursue", "seek"), not the support.
      term: 'support',
      pattern: 'partisan|bipartisan|party|parliamentary|political|electoral _',
      why: 'political backing (another sense)',
      examples: {
        pass: ['With multi-partisan support, the Government will introduce legislation to Parliament in 2024.'],
      },
    },
    {
      // "Work with open data": handle it, another sense than working with partners.
      term: 'work with',
      pattern: '_ data|datasets|open',
      why: 'handling data (another sense)',
      examples: { pass: ['Forty civil servants will be trained to work with open data by June 2025.'] },
    },
    {
      term: 'engage',
      pattern: '_ in outside|secondary|private|paid employment|activities|work',
      why: 'to engage in outside employment (another sense)',
      examples: { pass: ['Officials who engage in outside employment will declare it in the register.'] },
    },
    {
      term: 'engage',
      pattern: '_ in employment',
      why: 'to engage in employment (another sense)',
      examples: { pass: ['Officials who engage in employment abroad will declare it in the register.'] },
    },
    {
      // Addressing a request or a complaint is handling it: a concrete, checkable task.
      term: 'address',
      pattern:
        '_ the|these|their|all applications|application|requests|request|complaints|complaint|comments|petitions|petition|queries|query|appeals|grievances|enquiries|inquiries',
      why: 'handling requests (another sense)',
      examples: {
        pass: ['Officers tasked with addressing the requests for information will report every quarter.'],
      },
    },
    {
      // Whatever the word's reading (noun or verb): "decision support" is a kind of tool.
      term: 'support',
      pattern: 'decision _',
      why: 'decision support systems (a kind of tool)',
      examples: { pass: ['The Treasury Board will publish a directive on decision support systems.'] },
    },
    {
      term: 'assist',
      kinds: ['noun'],
      pattern: 'financial|technical|legal _',
      why: 'financial assistance (grants: a named thing)',
      examples: {
        pass: ['Data on federal financial assistance awards will be published every month on USAspending.gov.'],
      },
    },

    {
      term: 'foster',
      pattern: '_ care|parent*|famil*|child*|children|home*|carer*|mother*|father*|placement*',
      why: 'foster care',
      examples: { pass: ['States will publish outcome data on children in foster care.'] },
    },
    {
      term: 'promote',
      kinds: ['noun'],
      pattern: '_ #|Aa',
      why: 'a class or a named promotion',
      examples: { pass: ['The Promotion 2024 fellows will publish a report on digital services.'] },
    },
    {
      term: 'promote',
      kinds: ['noun'],
      pattern: 'sales|career|job _',
      why: 'sales or career promotion',
      examples: { pass: ['Agencies will publish the criteria for career promotion in the senior executive service.'] },
    },
    {
      term: 'promote',
      kinds: ['noun'],
      pattern: 'got|get|gets|getting|received|receive|earned|earn|denied|deserved|deserve a|her|his|their|my _',
      why: 'a career promotion',
      examples: { pass: ['An employee who was denied a promotion after reporting fraud may file a complaint.'] },
    },
    {
      term: 'promote',
      kinds: ['noun'],
      pattern: '_ and tenure',
      why: 'career promotion',
      examples: { pass: ['Universities will publish their promotion and tenure criteria for open science.'] },
    },
    {
      term: 'promote',
      kinds: ['participle', 'verb'],
      pattern: '_ to director|manager|chief|head|senior|lead|captain|colonel|general|sergeant',
      why: 'promoted to director',
      examples: { pass: ['Officials promoted to director will file a financial disclosure report.'] },
    },
    {
      term: 'support',
      kinds: ['noun'],
      pattern: 'technical|customer|user|it|child|income|life|tech _',
      why: 'a named service',
      examples: { pass: ['Municipalities can request technical support through the portal.'] },
    },
    {
      term: 'support',
      pattern: '_ staff|team|desk|line|ticket*|center|centre',
      why: 'a support desk',
      examples: {
        pass: [
          'Users of the portal can reach the support desk by phone or email.',
          'Questions go to the Canadian Centre for Climate Services support desk.',
        ],
      },
    },
    {
      term: 'support',
      pattern: '_ document*|documentation|evidence|material*|information|data|file*|letter*',
      why: 'supporting documents: accompanying',
      examples: { pass: ['Each proposed rule will be published with its support documents.'] },
    },
    {
      term: 'support',
      kinds: ['noun'],
      pattern: 'decision|life|income|technical _',
      why: 'decision support systems (a compound noun)',
      examples: { pass: ['Technical support for the new portal will be provided by the Office.'] },
    },
    {
      term: 'advance',
      pattern: 'in _',
      why: 'in advance: beforehand',
      examples: { pass: ['Meeting agendas will be published two weeks in advance.'] },
    },
    {
      term: 'support',
      kinds: ['noun'],
      pattern: 'in _ of',
      why: 'in support of: for, as evidence',
    },
    {
      term: 'advance',
      kinds: ['noun', 'verb'],
      pattern: '_ notice|payment*|copy|copies|booking|registration',
      why: 'advance notice',
      examples: { pass: ['The public will receive advance notice of each consultation.'] },
    },
    {
      term: 'advance',
      kinds: ['participle'],
      pattern: '_ search|level|degree|course*|economies|economy|countries',
      why: 'advanced (adjective)',
      examples: { pass: ['The portal will offer an advanced search of federal contracts.'] },
    },
    {
      term: 'consolidate',
      kinds: ['participle'],
      pattern: '_ accounts|statements|financial|revenue|fund',
      why: 'consolidated accounts',
      examples: {
        pass: ['The consolidated financial statements of the government will be published in open formats.'],
      },
    },
    {
      // Delivering services is providing them; "service delivery" is a plain noun of the field.
      term: 'deliver',
      pattern: '_ public|municipal|health|social|government|state services|service',
      why: 'delivering public services: providing them (another sense)',
      examples: { pass: ['Staff in charge of delivering public services will be trained on the new standards.'] },
    },
    {
      term: 'deliver',
      pattern: 'service|services _',
      why: 'services delivered: provided (another sense)',
      examples: { pass: ['Citizens will rate the public services delivered by each agency.'] },
    },
    {
      term: 'deliver',
      pattern: 'service|services they|we|it _',
      why: 'the services they deliver: provide (another sense)',
      examples: { pass: ['Providers will be accountable for the quality of the services they deliver.'] },
    },
    {
      term: 'deliver',
      pattern: '_ their|its|our|your input|inputs|feedback|comments|views|opinions|proposals',
      why: "delivering one's input: submitting it (another sense)",
      examples: { pass: ['The public can access the application and deliver their input on each bill.'] },
    },
    {
      term: 'address',
      pattern: '_ to',
      why: 'addressed to someone: meant for them (another sense)',
      examples: { pass: ['The Office will publish practical guides addressed to young people.'] },
    },
    {
      // Contributing to a harm is causing it: said of the problem, never an action the plan commits to.
      term: 'contribute to',
      pattern:
        '_ corruption|violence|fraud|abuse|unlawful|illegal|illicit|inefficiency|inefficiencies|mistrust|distrust|poverty|exclusion|impunity|conflict|conflicts|problem|problems',
      why: 'contributing to a harm: causing it (another sense)',
      examples: { pass: ['The lack of transparency in procurement may contribute to corruption and waste.'] },
    },
    {
      term: 'contribute to',
      pattern: '_ the|this|these problem|problems',
      why: 'contributing to the problem: causing it (another sense)',
      examples: { pass: ['Weak legal frameworks for access to information may contribute to the problem.'] },
    },
    {
      term: 'engage',
      pattern:
        '_ in corrupt|corruption|rent|unethical|illegal|illicit|fraudulent|criminal|misconduct|wrongdoing|bribery',
      why: 'to engage in misconduct: commit it (another sense)',
      examples: { pass: ['The register will make it difficult for officials to engage in rent seeking practices.'] },
    },
    {
      // "Considering that…": given that, a reason; considering a claim true is judging it.
      term: 'consider',
      pattern: '_ that',
      why: 'considering that: given that (another sense)',
      examples: { pass: ['The portal will be open to all, considering that the proposal is participatory.'] },
    },
    {
      // Considering a complaint or a request is examining it, as addressing one is handling it: a concrete task.
      term: 'consider',
      pattern:
        '_ the|these|their|all|consumer|citizens|citizen complaints|complaint|requests|request|appeals|petitions',
      why: 'examining complaints (another sense)',
      examples: { pass: ['The Commission will no longer consider consumer complaints against traders.'] },
    },
    {
      term: 'consider',
      pattern: '_ complaints|complaint|requests|request|appeals|petitions',
      why: 'examining complaints (another sense)',
      examples: { pass: ['The Ombudsman will consider requests for review within 30 days of receipt.'] },
    },
    {
      term: 'consider',
      kinds: ['noun'],
      pattern:
        '_ of the|these|their|all|consumer|citizens|citizen complaints|complaint|requests|request|appeals|petitions',
      why: 'the examination of complaints (another sense)',
      examples: {
        pass: ['A procedure for assigning the consideration of consumer complaints to NGOs will be adopted.'],
      },
    },
    {
      term: 'consider',
      kinds: ['noun'],
      pattern: '_ of complaints|complaint|requests|request|appeals|petitions',
      why: 'the examination of complaints (another sense)',
      examples: { pass: ['The consideration of complaints will take no more than 30 days.'] },
    },
    {
      // "Positions of increased responsibility", "an increased risk": a level, not an action.
      term: 'increase',
      pattern: '_ risk|risks|responsibility|responsibilities|likelihood|probability',
      why: 'an increased risk: a level (another sense)',
      examples: { pass: ['Entities that show an increased risk will be screened before registration.'] },
    },
    {
      // A study carried out is a report one can check: a deliverable.
      term: 'study',
      kinds: ['noun', 'verb'],
      pattern: 'conduct|conducts|conducting|commission|commissions|undertake|undertakes|out a|an _',
      why: 'conducting a study: a deliverable',
      examples: { pass: ['The Ministry will conduct a study on the inclusion of political parties in the law.'] },
    },
    {
      term: 'study',
      kinds: ['noun', 'verb'],
      pattern: 'out _',
      why: 'carrying out a study: a deliverable',
      examples: { pass: ['Milestones: 1. Carry out study on the inclusion of parties in the law.'] },
    },
    {
      // Continuing in a process or a post is staying in it.
      term: 'continue',
      kinds: ['verb'],
      pattern: '_ in the|their|its|his|her|office|post|service',
      why: 'continue in the process: remain in it (another sense)',
      examples: { pass: ['Entities that show no risk would continue in the registration process as before.'] },
    },
    {
      term: 'work to',
      pattern: 'the|this|that|its|their|our|much|more|further|of|in|at _',
      why: 'the noun: work to be done (another sense)',
      examples: { pass: ['Much work to publish the register remains, as the audit found.'] },
    },
    {
      term: 'work to',
      pattern: '_ be',
      why: 'work to be done: the noun (another sense)',
    },
    {
      term: 'consider',
      kinds: ['noun'],
      pattern: 'into|under|due|for|government|cabinet|parliamentary|ministerial|council|board|committee _',
      why: "taken into consideration, under consideration, with due consideration, Government consideration: fixed phrases and a body's review",
      examples: { pass: ['The comments received will be taken into consideration in the final text.'] },
    },
    {
      // Addressing what someone submitted (an application, a request, a comment) is answering it: a step one can
      // check, another sense than tackling a problem.
      term: 'address',
      pattern:
        '_ ~ applications|application|requests|request|complaints|complaint|comments|petitions|petition|queries|query|appeals|grievances|enquiries|inquiries',
      why: 'addressing applications, requests or comments: answering them (another sense)',
      examples: {
        pass: ['Offices often fail to address applications for access within the legal deadline of 20 days.'],
        flag: ['The Ministry will {address} the problems of access to information.'],
      },
    },
    {
      term: 'address',
      pattern:
        'applications|application|requests|request|complaints|complaint|comments|petitions|petition|queries|query|appeals|grievances|enquiries|inquiries were|are|is|was|be|been|being _',
      why: 'comments addressed: answered (another sense)',
      examples: {
        pass: ['The decision will say whether the public comments were addressed or not.'],
      },
    },
    {
      // The public's right to study a report and comment on it, a parliament's study of bills: examining a text,
      // another sense than a study the plan would carry out.
      term: 'study',
      kinds: ['verb', 'noun'],
      pattern: '_ and comment|comments',
      why: 'to study and comment on a text: examining it (another sense)',
      examples: { pass: ['The amendment restores the right of the public to study and comment on impact reports.'] },
    },
    {
      term: 'study',
      kinds: ['verb', 'noun'],
      pattern: 'the _ of bills|bill|draft|drafts',
      why: "a parliament's study of bills: their examination (another sense)",
      examples: { pass: ['Citizens will take part in the study of bills in committee from 2024.'] },
    },
    {
      // The noun: a postal or electronic address, after a determiner or an adjective ("the address of the station").
      term: 'address',
      pattern: 'the|an|their|his|her|its|registered|email|postal|home|web|mailing|physical|street|residential|legal _',
      why: 'an address (the noun: another sense)',
      examples: {
        pass: [
          'Whistleblowers may give the address of the police station as their own.',
          'Applicants will give their registered addresses and an email address.',
        ],
      },
    },
    {
      term: 'continue',
      kinds: ['noun'],
      pattern: '_ of care',
      why: 'continuation of care',
      examples: { pass: ['Data on the continuation of care for veterans will be published by region.'] },
    },
    {
      // "look to other countries", "look to the future": where one looks, not an effort to act.
      term: 'look to',
      pattern: '_ the|a|an|other|its|their|our|his|her|these|those|this|that|partners|civil|international|Aa',
      why: 'look to someone or something (for an example): not "look to publish"',
      examples: { pass: ['We look to the Open Government Partnership for peer learning.'] },
    },
  ],
};
