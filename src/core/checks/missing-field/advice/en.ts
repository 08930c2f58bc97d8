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
        'data policy',
        'data governance',
        'public sector information',
        'psi directive',
      ],
      source: 'Canada 2018-2020, commitment 1, milestone 1.3 (quality of open data)',
      examples: {
        indicator:
          'Number of the 200 most-downloaded datasets reviewed against the data quality criteria (complete metadata, plain-language description).',
        baseline:
          'At the end of {{start-1|2024}}, 35 of the 200 most-downloaded datasets have complete metadata (source: portal audit, December {{start-1|2024}}).',
        target: 'All 200 reviewed and meeting the published quality criteria by June {{end|2026}}.',
        milestones:
          'Quality criteria published – March {{start|2025}} – chief data officer\n100 datasets reviewed – December {{start|2025}} – publishing departments\nAll 200 reviewed and rated on the portal – June {{end|2026}} – chief data officer',
        cost: '$120,000 over two years for reviews and workshops, plus 1.5 full-time equivalent posts on the portal team.',
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
      sources: {
        partners:
          'United Kingdom 2021-2023, UK0098 (open contracting), assessed by the Independent Reporting Mechanism (IRM)',
      },
      examples: {
        indicator:
          'Share of government contracts published in the Open Contracting Data Standard (tender, award, contract) within a month of award.',
        baseline:
          'In {{start-1|2024}}, 40% of awarded contracts are published with their key data (source: annual procurement report).',
        target:
          'All contracts above $40,000 published in the Open Contracting Data Standard by the end of {{end|2026}}.',
        milestones:
          'Pilot release of 300 contract records in the Open Contracting Data Standard – June {{start|2025}} – procurement department\nThree workshops with data users on gaps and barriers – October {{start|2025}} – procurement department\nAll contracts for fiscal years {{start-1|2024}} and {{start|2025}} published – June {{end|2026}} – procurement department',
        cost: '$200,000 to adapt the e-procurement system, plus 2 full-time posts for 18 months.',
        lead: 'Public Services and Procurement, director of procurement data.',
        partners: 'An anti-corruption group and data journalists check each quarter’s release for completeness.',
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
          'In {{start-1|2024}}, code is public for 9 of the 40 projects reviewed by the architecture board (source: board register).',
        target:
          'All new projects released or justified, and a public register of government code online, by the end of {{end|2026}}.',
        milestones:
          'Guidance on publishing code under open licences issued to departments – March {{start|2025}} – digital office\nPublic register of government open source code launched – September {{start|2025}} – digital office\nCode of the crowdsourcing tool released for reuse – March {{end|2026}} – owning agency',
        cost: '$80,000 for the register and one full-time open source lead, from the digital office’s budget.',
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
      sources: {
        baseline:
          'Slovakia 2022-2024, SK0143 (quality of beneficial ownership data), assessed by the Independent Reporting Mechanism (IRM)',
      },
      examples: {
        indicator:
          'Share of registered companies whose beneficial owners are declared, verified and searchable free of charge online.',
        baseline:
          'In {{start-1|2024}}, 58% of companies have filed beneficial owners, with no consistency checks (source: registrar’s annual report).',
        target:
          'A free, searchable public registry online by the end of {{start|2025}}; 90% of companies filed and checked by the end of {{end|2026}}.',
        milestones:
          'Consultation on the registry’s design – March {{start|2025}} – economy ministry\nLegislation making the registry public – September {{start|2025}} – justice ministry\nRegistry searchable online free of charge – December {{start|2025}} – corporate registrar',
        cost: '$1.2 million for the registry and verification, plus 4 full-time posts at the registrar.',
        lead: 'Ministry of Industry, corporations directorate.',
        partners:
          'Financial transparency groups test the search and flag inconsistencies; provincial registrars share their data.',
      },
    },
    {
      id: 'extractives',
      keywords: [
        'extractive*',
        'eiti',
        'mining',
        'mineral*',
        'oil',
        'petroleum',
        'natural resource*',
        'subsoil',
        'underground resource*',
        'royalt*',
        'fisher*',
        'hydrocarbon*',
        'publish what you pay',
      ],
      source:
        'Ukraine 2016-2018, UA0065 (Extractive Industries Transparency Initiative), assessed by the Independent Reporting Mechanism (IRM)',
      sources: {
        partners:
          'Ghana 2013-2015, GH0005 (public interest committee on oil revenues), assessed by the Independent Reporting Mechanism (IRM)',
      },
      examples: {
        indicator:
          'Share of extractive companies above the reporting threshold whose payments to government are published by project and reconciled with government receipts.',
        baseline:
          'In {{start-1|2024}}, the national extractive industries transparency report covers 60% of payments, two years after the fact, company by company only (source: latest national report).',
        target:
          'Payments of every company above the threshold published by project within 12 months of the year’s end, from the {{end|2026}} report.',
        milestones:
          'Law on disclosure in the extractive industries adopted – June {{start|2025}} – ministry of energy\nNational extractive industries transparency report published with its payment data – December {{start|2025}} – national secretariat of the initiative\nPayments by mining, oil and gas project published – December {{end|2026}} – national secretariat of the initiative',
        cost: '$200,000 a year for the independent administrator and the secretariat, half from the budget, half from development partners.',
        lead: 'Ministry of energy and mines, national secretariat of the Extractive Industries Transparency Initiative.',
        partners:
          'The multi-stakeholder group (government, companies, civil society) approves each report; a civil society committee follows how oil revenues are spent.',
        audience: 'Communities near mines and oil fields, journalists, members of parliament.',
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
        'public debt',
        'state-owned',
        'state enterprise*',
        'public investment*',
        'open budget*',
        'budget process*',
        'fiscal openness',
        'citizens budget',
        'fiscal responsibility',
        'fiscal data',
      ],
      source: 'Canada 2018-2020, commitment 2, milestone 2.1 (budget and spending information easier to find)',
      sources: {
        indicator:
          'Ukraine 2020-2022, UA0087 (indicators of local budget programmes), assessed by the Independent Reporting Mechanism (IRM)',
      },
      examples: {
        indicator:
          'Share of budget programmes whose allocations, actual spending and results can be followed online, programme by programme, as open data.',
        baseline:
          'In {{start-1|2024}}, actual spending is published for 30% of programmes, as PDF only (source: budget annexes).',
        target:
          'Every programme traceable from announcement to spending in an online tool, as open data, by March {{end|2026}}.',
        milestones:
          'Engagement with parliamentarians and the public on how readable the budget is – October {{start|2025}} – finance ministry\nRecommendations published – February {{end|2026}} – finance ministry\nOnline tracking tool covering all programmes – March {{end|2026}} – treasury board',
        cost: '$250,000 for the tracking tool, plus 2 full-time posts for two years.',
        lead: 'Department of Finance, budget policy division.',
        partners: 'A budget-analysis group and public finance researchers test the tool before launch.',
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
        'access to public information',
        'request* for information',
        'information commission*',
        'right of access',
      ],
      source: 'Canada 2018-2020, commitment 7, milestone 7.3 (summaries of completed access requests)',
      examples: {
        indicator:
          'Share of institutions publishing online summaries of completed access-to-information requests, with the records released.',
        baseline:
          'In {{start-1|2024}}, 20% of federal institutions publish these summaries (source: information commissioner’s annual report).',
        target: '50% of institutions by June {{start|2025}}, 75% by June {{end|2026}}.',
        milestones:
          'Plain-language guide to exemptions published – June {{start|2025}} – access to information office\nOnline request service extended to 50 more institutions – December {{start|2025}} – digital office\nSummaries published by 75% of institutions – June {{end|2026}} – access to information office',
        cost: '$60,000 for the online request service; access coordinators already in post do the rest.',
        lead: 'Treasury Board Secretariat, access to information and privacy policy division.',
        partners: 'Journalists’ and users’ associations test the request form and the guide (at least two rounds).',
        audience: 'Requesters: the public, journalists, researchers and advocacy groups.',
      },
    },
    {
      id: 'proactive-publication',
      keywords: [
        'proactive disclosure',
        'proactive publication',
        'proactive transparency',
        'active transparency',
        'proactively publish*',
        'proactively disclos*',
        'publication scheme*',
        'transparency portal*',
        'openness index',
        'mandatory publication',
        'access to legislation',
        'publish* legislation',
        'publication of legislation',
        'legal information',
        'official gazette',
      ],
      source:
        'Montenegro 2018-2021, ME0059 (proactive publication of information), assessed by the Independent Reporting Mechanism (IRM)',
      examples: {
        indicator:
          'Share of ministries that proactively publish on their website every category of information the law lists (organisation, budget, contracts, decisions), checked every six months.',
        baseline:
          'In {{start-1|2024}}, 11 of 17 ministries publish every listed category and 4 keep them up to date (source: openness index of a civil society monitor).',
        target: 'All 17 ministries publish every listed category, updated within 30 days, by June {{end|2026}}.',
        milestones:
          'Decree listing the categories of mandatory publication and their update delay – March {{start|2025}} – government secretariat\nCommon publication template for ministries’ websites – September {{start|2025}} – public administration ministry\nFirst half-yearly compliance review published – January {{end|2026}} – government secretariat',
        cost: '$35,000 for the template and the reviews, from the secretariat’s budget; each ministry’s information officer already in post.',
        lead: 'Government secretariat, transparency and access to information unit.',
        partners:
          'The civil society group that measures openness scores each ministry; its scores and the government’s review are published together.',
        audience: 'Citizens, journalists and businesses looking for official information without filing a request.',
      },
    },
    {
      id: 'archives',
      keywords: [
        'archive',
        'archives',
        'archival',
        'archivist*',
        'records management',
        'record management',
        'recordkeeping',
        'record keeping',
        'retention schedule*',
        'digital preservation',
      ],
      source:
        'Guatemala 2016-2018, GT0066 (institutional archives alongside the access to information law), assessed by the Independent Reporting Mechanism (IRM)',
      sources: {
        accountability:
          'United Kingdom 2013-2015, UK0051 (legislation.gov.uk kept up to date), assessed by the Independent Reporting Mechanism (IRM)',
      },
      examples: {
        indicator:
          'Share of ministries with an approved records retention schedule whose records reach the archives on time.',
        baseline:
          'In {{start-1|2024}}, 6 of 20 ministries have an approved retention schedule; transfers are 8 years late on average (source: archives inspection report).',
        target:
          'Every ministry with an approved schedule, and transfers no more than 2 years late, by the end of {{end|2026}}.',
        milestones:
          'Records management standard issued – March {{start|2025}} – national archives\nRetention schedules approved for 10 ministries – December {{start|2025}} – ministries’ records officers\nOnline catalogue of transferred archives opened – September {{end|2026}} – national archives',
        cost: '$250,000 over two years for the catalogue and training, and one records officer per ministry.',
        lead: 'National archives, records management department.',
        partners:
          'Archivists’ and historians’ associations and frequent requesters review the standard and test the catalogue.',
        accountability: 'Progress reported as a key indicator in the national archives’ annual report to parliament.',
        audience: 'Records officers in ministries, researchers, and people looking for records about themselves.',
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
        'citizen* assembl*',
        'public comment*',
        'community engagement',
        'listening session*',
        'engagement session*',
        'petition*',
        'e-democracy',
        'non-profit*',
        'not-for-profit',
        'consulting',
      ],
      source: 'Canada 2018-2020, commitment 8, milestone 8.1 (inclusive dialogue practices)',
      sources: {
        milestones:
          'Croatia 2012-2014, HR0009 (public consultation on draft laws), assessed by the Independent Reporting Mechanism (IRM)',
      },
      examples: {
        indicator:
          'Number of public consultations that publish, when they close, a summary of input received and the government’s reasoned response.',
        baseline:
          'In {{start-1|2024}}, 6 of 25 consultations published a summary; none responded to the input (source: central agency survey).',
        target:
          'Every national consultation publishes its summary and responses within 3 months by the end of {{end|2026}}; 10 sessions held with groups rarely heard.',
        milestones:
          'Rule requiring a consultation report with every draft regulation – June {{start|2025}} – cabinet office\nSingle online consultation platform – December {{start|2025}} – digital office\nGuide to inclusive engagement practices published – June {{end|2026}} – public engagement office',
        cost: '$150,000 for the platform and regional sessions, plus one full-time facilitator.',
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
      sources: {
        indicator: 'United States 2022-2024, commitment US0147 (data on policing)',
        target:
          'Slovakia 2015-2017, SK0055 (publishing the names of prosecutors), assessed by the Independent Reporting Mechanism (IRM)',
      },
      examples: {
        indicator: 'Yearly publication of legal aid and case-processing data, broken down by court, gender and age.',
        baseline:
          'In {{start-1|2024}}, case-processing times are published by broad category only, with no breakdown (source: justice statistics yearbook).',
        target: 'A disaggregated report released as open data every May, from {{end|2026}}.',
        milestones:
          'Breakdowns agreed with the courts – March {{start|2025}} – justice statistics unit\nFirst disaggregated legal aid report published – May {{end|2026}} – justice department\nLegal literacy pages updated with plain-language guides – December {{end|2026}} – justice department',
        cost: '$90,000 for data extraction, plus one full-time statistician.',
        lead: 'Department of Justice, research and statistics division.',
        partners: 'Legal aid clinics and legal researchers say which breakdowns are useful.',
      },
    },
    {
      id: 'integrity',
      keywords: [
        'corruption',
        'anti-corruption',
        'integrity',
        'conflict* of interest',
        'ethics',
        'asset declaration*',
        'inspector* general',
        'payment integrity',
        'whistleblow*',
        'whistle-blow*',
        'lobby*',
        'transparency register*',
        'declaration* of interest*',
        'interest declaration*',
        'political financ*',
        'party financ*',
        'campaign financ*',
        'political donation*',
        'financing election*',
        'election campaign*',
        'electoral campaign*',
        'funding political part*',
        'financing political part*',
        'code* of conduct',
      ],
      source:
        'Ireland 2021-2023, IE0051 (review of the Regulation of Lobbying Act), assessed by the Independent Reporting Mechanism (IRM)',
      sources: { milestones: 'United States 2022-2024, commitment US0138 (whistleblower protections)' },
      examples: {
        indicator:
          'Share of meetings between lobbyists and designated public officials filed in the lobbying register on time.',
        baseline:
          'In {{start-1|2024}}, 1,200 returns filed, 30% of them late (source: lobbying regulator’s annual report).',
        target: '90% of returns filed on time, and ministers’ diaries published monthly, by the end of {{end|2026}}.',
        milestones:
          'Public review of the lobbying act – June {{start|2025}} – lobbying regulator\nDraft regulation adding ministers’ diaries to the register – December {{start|2025}} – cabinet office\nSingle reporting channel for whistleblowers opened – June {{end|2026}} – public service commission',
        cost: '$300,000 for the register and reporting channel, plus 3 full-time investigators.',
        lead: 'Standards in Public Office Commission, head of lobbying regulation.',
        partners: 'Anti-corruption groups review the act and publish their own assessment of the register.',
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
        indicator: 'Answer rate and average wait of the mental health crisis line, published quarterly by region.',
        baseline:
          'In {{start-1|2024}}, 78% of calls answered, average wait 4 minutes (source: health agency activity report).',
        target: '95% of calls answered within 2 minutes, in every region, by the end of {{end|2026}}.',
        milestones:
          'Quarterly public dashboard – June {{start|2025}} – public health agency\nFunding for 10 more regional call centres – December {{start|2025}} – health department\nPublic evaluation of the service – September {{end|2026}} – public health agency',
        cost: '$4 million a year for call centres, from the public health budget.',
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
      sources: {
        milestones:
          'Sri Lanka 2016-2018, LK0007 (public comment on environmental assessments), assessed by the Independent Reporting Mechanism (IRM)',
      },
      examples: {
        indicator: 'Number of people and organisations using the climate data services each year.',
        baseline: 'In {{start-1|2024}}, 42,000 users of the climate services portal (source: portal analytics).',
        target:
          '10% more users by {{end|2026}} than in {{start-1|2024}}, and greenhouse gas emissions by sector published yearly as open data.',
        milestones:
          'Survey of climate data users’ needs – June {{start|2025}} – climate services centre\nEnvironmental assessments open to 30 days of online public comment – December {{start|2025}} – environment ministry\nNew local climate projections published – June {{end|2026}} – climate services centre',
        cost: '$500,000 over two years for the portal and local projections.',
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
        'digital government',
        'administrative burden*',
        'paperwork',
        'e-government',
        'egovernment',
        'administrative service*',
        'one-stop shop*',
        'digital inclusi*',
        'digital divide',
        'web accessibility',
        'digitali*',
      ],
      source:
        'Canada 2018-2020, commitment 4, milestone 4.7 (transparency of artificial intelligence in public services)',
      sources: {
        indicator: 'Canada 2018-2020, commitment 4, milestone 4.4 (service performance dashboard)',
        target:
          'Australia 2023-2025, AU0024 (transparency in automated decision-making and artificial intelligence), assessed by the Independent Reporting Mechanism (IRM)',
      },
      examples: {
        indicator:
          'Share of automated decision systems used on individuals that are listed publicly with their algorithmic impact assessment.',
        baseline:
          'In {{start-1|2024}}, 12 government algorithms are described online, none with an impact assessment (source: digital office inventory).',
        target: 'Every automated decision system listed with a published impact assessment by the end of {{end|2026}}.',
        milestones:
          'Directive on automated decision-making – January {{start|2025}} – digital office\nAlgorithmic impact assessment tool online – July {{start|2025}} – digital office\nComplete public inventory – December {{end|2026}} – departments',
        cost: '$150,000 for the assessment tool, plus 2 full-time data specialists.',
        lead: 'Office of the Chief Information Officer, responsible data and artificial intelligence team.',
        partners: 'Researchers and digital rights groups review the directive and test the assessment tool.',
        audience: 'People affected by automated decisions, and the staff who build these systems.',
      },
    },
    {
      id: 'parliament',
      keywords: [
        'legislative',
        'lawmaking',
        'mps',
        'bills',
        'committee hearing*',
        'plenary',
        'clerk*',
        'lawmaker*',
        'deputies',
      ],
      // Parliaments by the names real plans give them (the Assembly, the Knesset, the Sejm...).
      names: [
        'parliament*',
        'congress*',
        'legislature*',
        'senate',
        'house of representatives',
        'house of commons',
        'chamber of deputies',
        'chamber of councillors',
        'house of councillors',
        'assembly',
        'assemblies',
        'knesset',
        'majlis',
        'sejm',
        'storting*',
        'riigikogu',
        'jogorku kenesh',
        'saeima',
        'seimas',
        'sabor',
        'verkhovna rada',
        'althingi',
        'folketing*',
        'bundestag',
        'oireachtas',
        'parlemen',
      ],
      source:
        'Uruguay 2022-2024, UY0160 (digital citizen participation in Parliament), assessed by the Independent Reporting Mechanism (IRM)',
      sources: {
        indicator:
          'New Zealand 2016-2018, NZ0010 (improving access to legislation), assessed by the Independent Reporting Mechanism (IRM)',
      },
      examples: {
        indicator:
          'Share of bills before Parliament whose amendments, votes and committee hearings are published as open data within 24 hours.',
        baseline:
          'In {{start-1|2024}}, votes are published as PDF within 5 days; amendments are not machine-readable (source: parliamentary services).',
        target:
          'Votes and amendments published as open data within 24 hours, and a platform for public comment on bills, by the end of {{end|2026}}.',
        milestones:
          'Open format for votes and amendments adopted by the bureau – March {{start|2025}} – clerk’s office\nCitizen input platform opened – January {{end|2026}} – clerk’s office\nPublic report on input received – December {{end|2026}} – committee on participation',
        cost: '$180,000 from Parliament’s budget, plus one full-time developer.',
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
        'municipal assembl*',
        'county assembl*',
        'regional assembl*',
        'local assembl*',
      ],
      source:
        'Armenia 2018-2020, AM0038 (modernising community websites), assessed by the Independent Reporting Mechanism (IRM)',
      sources: {
        indicator:
          'Ukraine 2020-2022, UA0087 (indicators of local budget programmes), assessed by the Independent Reporting Mechanism (IRM)',
      },
      examples: {
        indicator:
          'Number of municipalities above 3,500 inhabitants publishing their budget, council decisions and contracts online in a common format.',
        baseline:
          'In {{start-1|2024}}, 30% of these municipalities publish council decisions and 10% their budget as open data (source: local data observatory).',
        target: '60% publishing all three in the common format by the end of {{end|2026}}.',
        milestones:
          'Website template and common format for council decisions published – June {{start|2025}} – local government ministry\nSupport for 200 pilot municipalities – December {{start|2025}} – association of municipalities\nProgress by region published – October {{end|2026}} – local government ministry',
        cost: '$400,000 in grants for support, plus 3 full-time posts in regional offices.',
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
          'In {{start-1|2024}}, no learning materials on open government exist for schools (source: education department review).',
        target: 'At least 500 teachers using them and 70% satisfied, by March {{end|2026}}.',
        milestones:
          'Learning materials drafted and published – June {{start|2025}} – education department\nOutreach to 50 teacher trainers – November {{start|2025}} – school boards\nSatisfaction survey and report published – March {{end|2026}} – education department',
        cost: '$60,000 for writing and distribution, from the civic education budget.',
        lead: 'Department of Education, civic education branch.',
        partners: 'Civic education groups and youth councils test the materials in class.',
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
      sources: {
        indicator:
          'Ukraine 2020-2022, UA0100 (open gender-disaggregated data), assessed by the Independent Reporting Mechanism (IRM)',
      },
      examples: {
        indicator:
          'Number of official statistics released broken down by sex, and share of new budget measures published with a gender impact analysis.',
        baseline:
          'In {{start-1|2024}}, 20 sex-disaggregated indicators released; no budget measure analysed (source: statistics office).',
        target:
          'More than 50 disaggregated indicators by June {{start|2025}}; every measure in the {{end+1|2027}} budget analysed.',
        milestones:
          '50 sex-disaggregated indicators released – June {{start|2025}} – statistics office\nGender budgeting guide issued – December {{start|2025}} – finance department\nAnnual report on gender-based violence published – June {{end|2026}} – women and gender equality department',
        cost: '$100,000 and one full-time post at the statistics office, over two years.',
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
        'broadcast*',
      ],
      source: 'Canada 2022-2024, commitment 2, milestone 2.1 (addressing the spread of disinformation)',
      sources: {
        indicator:
          'Croatia 2014-2016, HR0017 (media transparency), assessed by the Independent Reporting Mechanism (IRM)',
      },
      examples: {
        indicator: 'Number of media literacy projects funded and people reached; media ownership published.',
        baseline:
          'In {{start-1|2024}}, 15 projects funded reaching 20,000 people; media ownership is not public (source: heritage department).',
        target:
          '40 projects reaching 100,000 people by the end of {{end|2026}}, and a public register of news media owners online.',
        milestones:
          'Call for media literacy projects – March {{start|2025}} – heritage department\nPublic register of media ownership – December {{start|2025}} – broadcasting regulator\nAnnual disinformation conference and report – June {{end|2026}} – heritage department',
        cost: '$2 million a year for projects, from the press and media programme.',
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
        baseline:
          'In {{start-1|2024}}, 55% of publicly funded publications are open access (source: open science monitor).',
        target:
          'All publicly funded publications, with their data, open access on publication from the end of {{end|2026}}.',
        milestones:
          'National open science roadmap published – June {{start|2025}} – chief science advisor\nAgencies’ open science action plans released – March {{end|2026}} – science-based agencies\nTen engagement sessions with scientists and the public – June {{end|2026}} – chief science advisor',
        cost: '$1.5 million for the repository and publication fees, plus 2 full-time posts.',
        lead: 'Office of the Chief Science Advisor, open science lead.',
        partners: 'Universities, libraries and citizen science groups review the roadmap.',
      },
    },
    {
      id: 'service-charters',
      keywords: [
        'service standard*',
        'service charter*',
        'citizen* charter*',
        'customer experience',
        'user satisfaction',
        'customer satisfaction',
        'satisfaction survey*',
        'quality of public service*',
        'service quality',
        'servicom',
        'delivery of public service*',
        'service delivery',
        'service recipient*',
        'recipients of service*',
        'waiting time*',
        'mystery shopp*',
      ],
      source: 'United States 2022-2024, commitment US0125 (customer experience and service delivery)',
      sources: {
        partners:
          'Indonesia 2016-2018, ID0083 (public monitoring of the quality of city services), assessed by the Independent Reporting Mechanism (IRM)',
      },
      examples: {
        indicator:
          'Share of the most used public services that publish their service standards and, every quarter, their results against them (waiting times, user satisfaction).',
        baseline:
          'In {{start-1|2024}}, 12 of the 40 most used services publish results, each in its own way (source: public service quality survey).',
        target:
          'All 40 services publish quarterly results against a common service charter, and average waiting times fall by a quarter, by the end of {{end|2026}}.',
        milestones:
          'Common service charter and standards published – March {{start|2025}} – public service transformation office\nFirst quarterly results published by 20 services – September {{start|2025}} – service owners\nResults of all 40 services online, with answers to user feedback – June {{end|2026}} – public service transformation office',
        cost: '$250,000 for satisfaction surveys and publication, plus 2 full-time posts.',
        lead: 'Public service transformation office, service quality team.',
        partners: 'User associations choose the services followed and comment on the results each quarter.',
        accountability: 'Quarterly results published online; a yearly report to Parliament.',
        audience: 'People using the most frequent services: families, retirees, jobseekers.',
      },
    },
    {
      id: 'human-rights',
      keywords: [
        'human right*',
        'concluding observation*',
        'universal periodic review',
        'upr',
        'treaty bod*',
        'human rights institution*',
        'nhri',
        'cedaw',
        'rights of the child',
        'child rights',
        'disability rights',
        'discrimination',
        'freedom* of assembly',
        'freedom* of association',
        'civic freedom*',
        'torture',
      ],
      source:
        'Sri Lanka 2019-2021, LK0035 (follow-up of the concluding observations of the Committee on the Elimination of Discrimination against Women), assessed by the Independent Reporting Mechanism (IRM)',
      sources: {
        partners:
          'Jordan 2016-2018, JO0062 (national human rights complaints mechanism), assessed by the Independent Reporting Mechanism (IRM)',
      },
      examples: {
        indicator:
          'Share of the recommendations from UN treaty bodies and the universal periodic review whose follow-up is published (measure, owner, deadline, progress).',
        baseline:
          'In {{start-1|2024}}, 180 open recommendations; 25% have a published follow-up, none with a deadline (source: interministerial human rights tracking table).',
        target:
          'Every recommendation with a published follow-up, updated every six months, by the end of {{end|2026}}.',
        milestones:
          'Public tracker of human rights recommendations online – June {{start|2025}} – human rights delegation\nEach ministry concerned puts its measures in its work plan – December {{start|2025}} – ministries’ secretaries-general\nProgress report discussed with the national human rights institution – June {{end|2026}} – human rights delegation',
        cost: '€90,000 for the tracker and consultations, plus one full-time post.',
        lead: 'Interministerial delegation for human rights, under the Prime Minister’s office.',
        partners:
          'The national human rights institution and rights organisations comment on each progress report and can file cases through a single complaints channel.',
        accountability: 'Yearly follow-up report to Parliament, published.',
      },
    },
    {
      id: 'volunteering',
      keywords: [
        'volunteer*',
        'voluntary work',
        'voluntary service*',
        'voluntary sector',
        'charit*',
        'third sector',
        'ngo fund*',
        'ngo database*',
        'ngo register*',
        'civic activism',
        'philanthrop*',
        'volunteer work',
        'act* on volunteering',
        'law* on volunteering',
        'volunteer cent*',
      ],
      source:
        'Bulgaria 2022-2024, BG0089 (legal framework for volunteering), assessed by the Independent Reporting Mechanism (IRM)',
      sources: {
        indicator:
          'Czech Republic 2016-2018, CZ0020 (supporting volunteering), assessed by the Independent Reporting Mechanism (IRM)',
      },
      examples: {
        indicator:
          'Number of volunteers registered on the public volunteering platform, and share of charities and associations posting their needs for volunteers there.',
        baseline:
          'In {{start-1|2024}}, 10% of adults volunteer regularly; the platform has 30,000 volunteers registered (source: yearly survey on civic life).',
        target:
          'An act on volunteering adopted, 80,000 volunteers registered and the skills volunteers gain recognised by a certificate, by the end of {{end|2026}}.',
        milestones:
          'Draft act on volunteering put to public consultation – March {{start|2025}} – ministry in charge of civil society\nVolunteering platform open to every association – October {{start|2025}} – civic service agency\nFirst certificates of volunteer skills issued – June {{end|2026}} – ministry in charge of civil society',
        cost: '$400,000 for the platform and certification, plus 2 full-time posts.',
        lead: 'Ministry in charge of civil society, volunteering unit.',
        partners: 'The civil society council and volunteer networks draft the act with the ministry.',
      },
    },
    {
      id: 'civil-service',
      keywords: [
        'civil service*',
        'civil servant*',
        'public servant*',
        'public employ*',
        'merit-based',
        'merit based',
        'recruitment',
        'public sector job*',
        'vacanc*',
        'depoliticis*',
        'depoliticiz*',
        'competitive exam*',
        'open competition*',
        'post* in the public sector',
        'public sector post*',
        'human resource* management',
      ],
      source:
        'Czech Republic 2014-2016, CZ0007 (new act on the civil service), assessed by the Independent Reporting Mechanism (IRM)',
      examples: {
        indicator:
          'Share of civil service posts filled after a public call for candidates published online with its selection criteria.',
        baseline:
          'In {{start-1|2024}}, 55% of vacancies are published online; none with its selection criteria (source: yearly report on the civil service).',
        target:
          'Every vacancy published with its criteria, and selection boards for senior posts half made of outside members, by the end of {{end|2026}}.',
        milestones:
          'Regulation on publishing vacancies and selection criteria adopted – April {{start|2025}} – civil service directorate\nAll vacancies published on the public jobs portal – December {{start|2025}} – employing ministries\nFirst public report on the year’s recruitment – June {{end|2026}} – civil service directorate',
        cost: '$150,000 for the jobs portal and selection boards, plus 2 full-time posts.',
        lead: 'Civil service directorate, recruitment and careers office.',
        partners: 'Civil service unions sit on the committee that follows the regulation.',
        accountability: 'Yearly report on the civil service to Parliament.',
      },
    },
  ],
};
