// Over 400 lines: the English example bank is data, one block per subject, easier to review in one file than cut up.
//
// Written for Jalon after real, well-rated commitments (Canadian and US plans and trackers, IRM-rated commitments in
// ../shared/ogp-data): not their sentences, but each names the one it follows so a facilitator can look it up.
// Figures and dates are illustrative. Same subjects (ids) as fr.ts, written for an English reader, not translated.
import type { Bank } from './types';

export const en: Bank = {
  stopwords: [
    'a',
    'an',
    'the',
    'of',
    'to',
    'and',
    'or',
    'for',
    'in',
    'on',
    'by',
    'with',
    'at',
    'from',
    'its',
    'their',
    'this',
    'that',
    'these',
    'is',
    'are',
    'be',
  ],
  subjects: [
    {
      id: 'open-data',
      keywords: [
        'open data',
        'opendata',
        'dataset*',
        'data portal*',
        'open.canada*',
        'data.gov',
        'metadata',
        'open licen*',
        'machine-readable',
        'machine readable',
        'data quality',
      ],
      source: 'Canada 2018-2020, commitment 1, milestone 1.3 (quality of open data)',
      examples: {
        indicator:
          'Number of the 200 most-downloaded datasets reviewed against the data quality criteria (complete metadata, plain-language description).',
        baseline:
          'At the end of 2024, 35 of the 200 most-downloaded datasets have complete metadata (source: portal audit, December 2024).',
        target: 'All 200 reviewed and meeting the published quality criteria by June 2026.',
        milestones:
          'Quality criteria published – March 2025 – chief data officer\n100 datasets reviewed – December 2025 – publishing departments\nAll 200 reviewed and rated on the portal – June 2026 – chief data officer',
        cost: '$150,000 over two years for reviews and workshops, plus 1.5 FTE on the portal team.',
        lead: 'Office of the Chief Data Officer, open data portal manager.',
        partners: 'Regular portal users test the quality rating; a data users’ network sits on the steering group.',
        audience: 'Data users: developers, researchers and data journalists.',
      },
    },
    {
      id: 'procurement',
      keywords: [
        'procurement*',
        'contracting',
        'public contract*',
        'government contract*',
        'tender*',
        'contract award*',
        'contract data',
        'ocds',
        'acquisition*',
        'supplier*',
        'vendor*',
      ],
      source: 'Canada 2018-2020, commitment 2, milestone 2.3 (open data on government procurement)',
      sources: { partners: 'IRM, United Kingdom 2021-2023, UK0098 (open contracting)' },
      examples: {
        indicator:
          'Share of federal contracts published in the Open Contracting Data Standard (tender, award, contract) within 30 days of award.',
        baseline:
          'In 2024, 40% of awarded contracts are published with their key data (source: annual procurement report).',
        target: 'All contracts above $25,000 published in OCDS by the end of 2026.',
        milestones:
          'Pilot release of 300 contract records in OCDS – June 2025 – procurement department\nThree workshops with data users on gaps and barriers – October 2025 – procurement department\nAll contracts for fiscal years 2024 and 2025 published – June 2026 – procurement department',
        cost: '$250,000 to adapt the e-procurement system, plus 2 FTE for 18 months.',
        lead: 'Public Services and Procurement, director of procurement data.',
        partners: 'An anti-corruption NGO and data journalists check each quarter’s release for completeness.',
        audience: 'Businesses bidding for contracts, journalists and watchdogs following public spending.',
      },
    },
    {
      id: 'open-source',
      keywords: [
        'open source',
        'open-source',
        'source code',
        'free software',
        'software',
        'github',
        'gitlab',
        'code repositor*',
        'reusable code',
      ],
      source: 'Canada 2018-2020, commitment 4, milestone 4.6 (open source code)',
      examples: {
        indicator:
          'Share of new government software projects whose code is released under an open licence within 6 months of launch, or whose exemption is published.',
        baseline:
          'In 2024, code is public for 9 of the 40 projects reviewed by the architecture board (source: board register).',
        target:
          'All new projects released or justified, and a public register of government code online, by the end of 2026.',
        milestones:
          'Guidance on publishing code under open licences issued to departments – March 2025 – digital office\nPublic register of government open source code launched – September 2025 – digital office\nCode of the crowdsourcing tool released for reuse – March 2026 – owning agency',
        cost: '$100,000 for the register and one open source lead (1 FTE), from the digital office’s budget.',
        lead: 'Chief Information Officer’s office, open source program lead.',
        partners: 'Open source communities review the guidance; other governments reusing the code report their needs.',
        audience: 'Developers in departments and local governments, and open source companies.',
      },
    },
    {
      id: 'beneficial-ownership',
      keywords: [
        'beneficial owner*',
        'corporate transparency',
        'company register*',
        'corporate register*',
        'shell compan*',
        'anonymous compan*',
        'money laundering',
        'business corporations',
        'registered compan*',
      ],
      source: 'Canada 2022-2024, commitment 3, milestone 3.1 (public beneficial ownership registry)',
      sources: { baseline: 'IRM, Slovakia 2022-2024, SK0143 (quality of beneficial ownership data)' },
      examples: {
        indicator:
          'Share of registered companies whose beneficial owners are declared, verified and searchable free of charge online.',
        baseline:
          'In 2024, 58% of companies have filed beneficial owners, with no consistency checks (source: registrar’s annual report).',
        target:
          'A free, searchable public registry online by the end of 2025; 90% of companies filed and checked by the end of 2026.',
        milestones:
          'Consultation on the registry’s design – March 2025 – economy ministry\nLegislation making the registry public – September 2025 – justice ministry\nRegistry searchable online free of charge – December 2025 – corporate registrar',
        cost: '$1.5 million for the registry and verification, plus 4 FTE at the registrar.',
        lead: 'Ministry of Industry, corporations directorate.',
        partners:
          'Financial transparency NGOs test the search and flag inconsistencies; provincial registrars share their data.',
      },
    },
    {
      id: 'budget',
      keywords: [
        'budget transparency',
        'fiscal transparency',
        'budget data',
        'spending',
        'expenditure*',
        'appropriation*',
        'main estimates',
        'public finance*',
        'grants and contributions',
        'federal funding',
        'budgetary',
        'budget program*',
        'actual spending',
      ],
      source: 'Canada 2018-2020, commitment 2, milestone 2.1 (budget and spending information easier to find)',
      sources: { indicator: 'IRM, Ukraine 2020-2022, UA0087 (indicators of local budget programmes)' },
      examples: {
        indicator:
          'Share of budget programmes whose allocations, actual spending and results can be followed online, programme by programme, as open data.',
        baseline: 'In 2024, actual spending is published for 30% of programmes, as PDF only (source: budget annexes).',
        target:
          'Every programme traceable from announcement to spending in an online tool, as open data, by March 2026.',
        milestones:
          'Engagement with parliamentarians and the public on how readable the budget is – October 2025 – finance ministry\nRecommendations published – February 2026 – finance ministry\nOnline tracking tool covering all programmes – March 2026 – treasury board',
        cost: '$300,000 for the tracking tool, plus 2 FTE for two years.',
        lead: 'Department of Finance, budget policy division.',
        partners: 'A budget-analysis NGO and public finance researchers test the tool before launch.',
        accountability: 'Progress reported yearly to Parliament’s finance committee and published online.',
      },
    },
    {
      id: 'access-to-information',
      keywords: [
        'access to information',
        'freedom of information',
        'foia',
        'foi',
        'ati',
        'atip',
        'information request*',
        'records request*',
        'right to information',
        'rti',
        'proactive disclosure',
      ],
      source: 'Canada 2018-2020, commitment 7, milestone 7.3 (summaries of completed access requests)',
      sources: { milestones: 'United States 2022-2024, commitment US0139 (strengthening FOIA implementation)' },
      examples: {
        indicator:
          'Share of institutions publishing online summaries of completed access-to-information requests, with the records released.',
        baseline:
          'In 2024, 20% of federal institutions publish these summaries (source: information commissioner’s annual report).',
        target: '50% of institutions by June 2025, 75% by June 2026.',
        milestones:
          'Plain-language guide to exemptions published – June 2025 – access to information office\nOnline request service extended to 50 more institutions – December 2025 – digital office\nFOIA performance metrics released as open data – June 2026 – justice department',
        cost: '$80,000 for the online request service; access coordinators already in post do the rest.',
        lead: 'Treasury Board Secretariat, access to information and privacy policy division.',
        partners: 'Journalists’ and users’ associations test the request form and the guide (at least two rounds).',
        audience: 'Requesters: the public, journalists, researchers and advocacy groups.',
      },
    },
    {
      id: 'participation',
      keywords: [
        'public engagement',
        'public participation',
        'consultation*',
        'participatory',
        'civic engagement',
        'civic space',
        'engage the public',
        'co-creat*',
        'inclusive dialogue',
        'citizen assembl*',
        'public comment*',
        'community engagement',
        'listening session*',
        'engagement session*',
      ],
      source: 'Canada 2018-2020, commitment 8, milestone 8.1 (inclusive dialogue practices)',
      sources: { milestones: 'United States 2022-2024, commitment US0121 (public engagement on regulatory actions)' },
      examples: {
        indicator:
          'Number of public consultations that publish, when they close, a summary of input received and the government’s reasoned response.',
        baseline:
          'In 2024, 6 of 25 consultations published a summary; none responded to the input (source: central agency survey).',
        target:
          'Every national consultation publishes its summary and responses within 3 months by the end of 2026; 10 sessions held with groups rarely heard.',
        milestones:
          'Rule requiring a consultation report with every draft regulation – June 2025 – cabinet office\nSingle online consultation platform – December 2025 – digital office\nGuide to inclusive engagement practices published – June 2026 – public engagement office',
        cost: '$200,000 for the platform and regional sessions, plus one facilitator (1 FTE).',
        lead: 'Privy Council Office, public engagement unit.',
        partners:
          'Community organisations representing equity-seeking groups co-host the sessions and review the guide.',
        accountability:
          'Yearly report on consultations (number, participants, follow-up) published and presented to the multi-stakeholder forum.',
      },
    },
    {
      id: 'justice',
      keywords: [
        'justice',
        'court',
        'courts',
        'judicial',
        'judiciary',
        'legal aid',
        'prosecutor*',
        'policing',
        'police',
        'sentenc*',
        'incarcerat*',
        'criminal',
        'legal literacy',
      ],
      source: 'Canada 2022-2024, commitment 4, milestone 4.1 (justice data, including disaggregated data)',
      sources: { indicator: 'United States 2022-2024, commitment US0147 (data on policing)' },
      examples: {
        indicator: 'Yearly publication of legal aid and case-processing data, broken down by court, gender and age.',
        baseline:
          'In 2024, case-processing times are published by broad category only, with no breakdown (source: justice statistics yearbook).',
        target: 'A disaggregated report released as open data every May, from 2026.',
        milestones:
          'Breakdowns agreed with the courts – March 2025 – justice statistics unit\nFirst disaggregated legal aid report published – May 2026 – justice department\nLegal literacy pages updated with plain-language guides – December 2026 – justice department',
        cost: '$120,000 for data extraction, plus one statistician (1 FTE).',
        lead: 'Department of Justice, research and statistics division.',
        partners: 'Legal aid clinics and legal researchers say which breakdowns are useful.',
      },
    },
    {
      id: 'integrity',
      keywords: [
        'corruption',
        'anti-corruption',
        'lobbying',
        'lobbyist*',
        'integrity',
        'whistleblower*',
        'conflict* of interest',
        'ethics',
        'asset declaration*',
        'inspector* general',
        'payment integrity',
      ],
      source: 'IRM, Ireland 2021-2023, IE0051 (review of the Regulation of Lobbying Act)',
      sources: { milestones: 'United States 2022-2024, commitment US0138 (whistleblower protections)' },
      examples: {
        indicator:
          'Share of meetings between lobbyists and designated public officials filed in the lobbying register on time.',
        baseline: 'In 2024, 1,200 returns filed, 30% of them late (source: lobbying regulator’s annual report).',
        target: '90% of returns filed on time, and ministers’ diaries published monthly, by the end of 2026.',
        milestones:
          'Public review of the lobbying act – June 2025 – lobbying regulator\nDraft regulation adding ministers’ diaries to the register – December 2025 – cabinet office\nSingle reporting channel for whistleblowers opened – June 2026 – public service commission',
        cost: '$350,000 for the register and reporting channel, plus 3 FTE of investigators.',
        lead: 'Standards in Public Office Commission, head of lobbying regulation.',
        partners: 'Anti-corruption NGOs review the act and publish their own assessment of the register.',
        accountability: 'The regulator’s annual report to Parliament, published online.',
      },
    },
    {
      id: 'health',
      keywords: [
        'health',
        'hospital*',
        'patient*',
        'medicine*',
        'medical',
        'mental health',
        'crisis line',
        'substance use',
        'public health',
        'healthcare',
        'vaccin*',
        'epidemi*',
        'pandemic*',
      ],
      source: 'United States 2022-2024, commitment US0143, milestone US0143.2 (988 crisis line)',
      sources: { partners: 'Canada 2022-2024, commitment 5, milestone 5.2 (citizen science in health research)' },
      examples: {
        indicator: 'Answer rate and average wait of the mental health crisis line, published quarterly by state.',
        baseline: 'In 2024, 78% of calls answered, average wait 4 minutes (source: health agency activity report).',
        target: '95% of calls answered within 2 minutes, in every state, by the end of 2026.',
        milestones:
          'Quarterly public dashboard – June 2025 – public health agency\nFunding for 10 more regional call centres – December 2025 – health department\nPublic evaluation of the service – September 2026 – public health agency',
        cost: '$5 million a year for call centres, from the public health budget.',
        lead: 'Department of Health, mental health services administration.',
        partners: 'Patient and user associations take part in the service’s evaluation.',
        audience: 'People in crisis, their families, and the professionals who refer them.',
      },
    },
    {
      id: 'environment',
      keywords: [
        'climate',
        'environment',
        'environmental',
        'greenhouse gas*',
        'emissions',
        'energy',
        'biodiversity',
        'pollution',
        'carbon',
        'sustainability',
        'environmental justice',
        'impact assessment*',
      ],
      source: 'Canada 2022-2024, commitment 1, milestone 1.4 (climate data for adaptation decisions)',
      sources: { milestones: 'IRM, Sri Lanka 2016-2018, LK0007 (public comment on environmental assessments)' },
      examples: {
        indicator: 'Number of people and organisations using the climate data services each year.',
        baseline: 'In 2024, 42,000 users of the climate services portal (source: portal analytics).',
        target:
          '10% more users by 2026 than in 2024, and greenhouse gas emissions by sector published yearly as open data.',
        milestones:
          'Survey of climate data users’ needs – June 2025 – climate services centre\nEnvironmental assessments open to 30 days of online public comment – December 2025 – environment ministry\nNew local climate projections published – June 2026 – climate services centre',
        cost: '$600,000 over two years for the portal and local projections.',
        lead: 'Environment and Climate Change department, climate services centre.',
        partners: 'Environmental groups and local governments test the portal and suggest data to add.',
        audience: 'Local governments and businesses planning their adaptation to climate change.',
      },
    },
    {
      id: 'digital-services',
      keywords: [
        'algorithm*',
        'artificial intelligence',
        'ai',
        'automated decision*',
        'digital service*',
        'online service*',
        'customer experience',
        'service delivery',
        'digital government',
        'administrative burden*',
        'service standard*',
        'paperwork',
      ],
      source: 'Canada 2018-2020, commitment 4, milestone 4.7 (transparency of AI in public services)',
      sources: {
        indicator: 'Canada 2018-2020, commitment 4, milestone 4.4 (service performance dashboard)',
        target: 'IRM, Australia 2023-2025, AU0024 (transparency in automated decision-making and AI)',
      },
      examples: {
        indicator:
          'Share of automated decision systems used on individuals that are listed publicly with their algorithmic impact assessment.',
        baseline:
          'In 2024, 12 government algorithms are described online, none with an impact assessment (source: digital office inventory).',
        target: 'Every automated decision system listed with a published impact assessment by the end of 2026.',
        milestones:
          'Directive on automated decision-making – January 2025 – digital office\nAlgorithmic impact assessment tool online – July 2025 – digital office\nComplete public inventory – December 2026 – departments',
        cost: '$200,000 for the assessment tool, plus 2 FTE of data specialists.',
        lead: 'Office of the Chief Information Officer, responsible data and AI team.',
        partners: 'Researchers and digital rights groups review the directive and test the assessment tool.',
        audience: 'People affected by automated decisions, and the staff who build these systems.',
      },
    },
    {
      id: 'parliament',
      keywords: [
        'parliament*',
        'congress*',
        'legislature*',
        'legislative',
        'lawmaking',
        'senate',
        'mps',
        'bills',
        'committee hearing*',
        'plenary',
        'legislation',
        'clerk*',
      ],
      source: 'IRM, Uruguay 2022-2024, UY0160 (digital citizen participation in Parliament)',
      sources: { indicator: 'IRM, New Zealand 2016-2018, NZ0010 (improving access to legislation)' },
      examples: {
        indicator:
          'Share of bills before Parliament whose amendments, votes and committee hearings are published as open data within 24 hours.',
        baseline:
          'In 2024, votes are published as PDF within 5 days; amendments are not machine-readable (source: parliamentary services).',
        target:
          'Votes and amendments published as open data within 24 hours, and a platform for public comment on bills, by the end of 2026.',
        milestones:
          'Open format for votes and amendments adopted by the bureau – March 2025 – clerk’s office\nCitizen input platform opened – January 2026 – clerk’s office\nPublic report on input received – December 2026 – committee on participation',
        cost: '$200,000 from Parliament’s budget, plus one developer (1 FTE).',
        lead: 'Office of the Clerk of Parliament, information and communication directorate.',
        partners: 'Parliamentary monitoring organisations reuse the data and report gaps.',
        accountability: 'Yearly report to the bureau of Parliament, published online.',
      },
    },
    {
      id: 'local-government',
      keywords: [
        'local government*',
        'municipal*',
        'subnational',
        'local authorit*',
        'city council*',
        'cities',
        'county',
        'counties',
        'local budget*',
        'community websites',
        'provinces and territories',
      ],
      source: 'IRM, Armenia 2018-2020, AM0038 (modernising community websites)',
      sources: { indicator: 'IRM, Ukraine 2020-2022, UA0087 (indicators of local budget programmes)' },
      examples: {
        indicator:
          'Number of municipalities above 5,000 inhabitants publishing their budget, council decisions and contracts online in a common format.',
        baseline:
          'In 2024, 30% of these municipalities publish council decisions and 10% their budget as open data (source: local data observatory).',
        target: '60% publishing all three in the common format by the end of 2026.',
        milestones:
          'Website template and common format for council decisions published – June 2025 – local government ministry\nSupport for 200 pilot municipalities – December 2025 – association of municipalities\nProgress by region published – October 2026 – local government ministry',
        cost: '$500,000 in grants for support, plus 3 FTE in regional offices.',
        lead: 'Ministry of Local Government, local self-government policy department.',
        partners: 'The association of municipalities relays the programme; a civic tech group tests the format.',
        audience: 'Residents and opposition councillors following their council’s decisions.',
      },
    },
    {
      id: 'youth-education',
      keywords: [
        'youth',
        'young people',
        'student*',
        'school*',
        'teacher*',
        'educator*',
        'education',
        'pupil*',
        'classroom*',
        'curricul*',
        'civic literacy',
      ],
      source: 'Canada 2018-2020, commitment 1, milestone 1.2 (open government materials for teachers)',
      examples: {
        indicator:
          'Number of teachers using the open government learning materials, and their satisfaction measured by survey.',
        baseline:
          'In 2024, no learning materials on open government exist for schools (source: education department review).',
        target: 'At least 500 teachers using them and 70% satisfied, by March 2026.',
        milestones:
          'Learning materials drafted and published – June 2025 – education department\nOutreach to 50 teacher trainers – November 2025 – school boards\nSatisfaction survey and report published – March 2026 – education department',
        cost: '$75,000 for writing and distribution, from the civic education budget.',
        lead: 'Department of Education, civic education branch.',
        partners: 'Civic education NGOs and youth councils test the materials in class.',
        audience: 'Secondary school teachers and their students.',
      },
    },
    {
      id: 'gender',
      keywords: [
        'gender*',
        'women',
        'sex-disaggregated',
        'gender-disaggregated',
        'gba',
        'feminist',
        'lgbtq*',
        'sexual orientation',
      ],
      source: 'Canada 2018-2020, commitment 8, milestone 8.6 (gender and inclusion data)',
      sources: { indicator: 'IRM, Ukraine 2020-2022, UA0100 (open gender-disaggregated data)' },
      examples: {
        indicator:
          'Number of official statistics released broken down by sex, and share of new budget measures published with a gender impact analysis.',
        baseline:
          'In 2024, 20 sex-disaggregated indicators released; no budget measure analysed (source: statistics office).',
        target: 'More than 50 disaggregated indicators by June 2025; every measure in the 2027 budget analysed.',
        milestones:
          '50 sex-disaggregated indicators released – June 2025 – statistics office\nGender budgeting guide issued – December 2025 – finance department\nAnnual report on gender-based violence published – June 2026 – women and gender equality department',
        cost: '$120,000 and 1 FTE at the statistics office, over two years.',
        lead: 'Department for Women and Gender Equality, research and data directorate.',
        partners: 'Women’s organisations and gender researchers say which data are missing and review the report.',
      },
    },
    {
      id: 'media',
      keywords: [
        'disinformation',
        'misinformation',
        'media',
        'journalist*',
        'journalism',
        'news',
        'press freedom',
        'media literacy',
        'digital literacy',
        'online harms',
        'fact-check*',
      ],
      source: 'Canada 2022-2024, commitment 2, milestone 2.1 (addressing the spread of disinformation)',
      sources: { indicator: 'IRM, Croatia 2014-2016, HR0017 (media transparency)' },
      examples: {
        indicator: 'Number of media literacy projects funded and people reached; media ownership published.',
        baseline:
          'In 2024, 15 projects funded reaching 20,000 people; media ownership is not public (source: heritage department).',
        target:
          '40 projects reaching 100,000 people by the end of 2026, and a public register of news media owners online.',
        milestones:
          'Call for media literacy projects – March 2025 – heritage department\nPublic register of media ownership – December 2025 – broadcasting regulator\nAnnual disinformation conference and report – June 2026 – heritage department',
        cost: '$2.5 million a year for projects, from the digital citizen programme.',
        lead: 'Department of Canadian Heritage, digital citizen initiative.',
        partners: 'Newsrooms, fact-checking organisations and researchers select projects with the government.',
        audience: 'Young people, teachers and the groups most exposed to disinformation.',
      },
    },
    {
      id: 'science',
      keywords: [
        'open science',
        'research',
        'researcher*',
        'scientific',
        'scientist*',
        'publication*',
        'open access',
        'federally funded',
        'citizen science',
        'universit*',
        'peer review',
      ],
      source: 'Canada 2018-2020, commitment 5, milestone 5.1 (open science roadmap)',
      sources: { target: 'United States 2022-2024, commitment US0116 (public access to federally funded research)' },
      examples: {
        indicator:
          'Share of publications from publicly funded research freely available on the day they are published.',
        baseline: 'In 2024, 55% of publicly funded publications are open access (source: open science monitor).',
        target: 'All publicly funded publications, with their data, open access on publication from the end of 2026.',
        milestones:
          'National open science roadmap published – June 2025 – chief science advisor\nAgencies’ open science action plans released – March 2026 – science-based agencies\nTen engagement sessions with scientists and the public – June 2026 – chief science advisor',
        cost: '$2 million for the repository and publication fees, plus 2 FTE.',
        lead: 'Office of the Chief Science Advisor, open science lead.',
        partners: 'Universities, libraries and citizen science groups review the roadmap.',
      },
    },
  ],
};
