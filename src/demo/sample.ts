// The demo's sample drafts: an invented French national action plan (PAN) and an invented English one, each with
// commitments of every kind, from a measurable one to a vague one full of jargon, so that the pane has something
// to say about each. Laid out as the OGP template asks (lead, baseline, target, indicators, milestones, cost).
// Invented for Jalon; any resemblance to a real plan's wording is the genre's.
import type { Lang } from '../core';

export interface SampleParagraph {
  text: string;
  heading?: number;
  /** Table cell: row and column inside the table that consecutive cells form. */
  cell?: { row: number; col: number };
  /** Tag of the content control holding this paragraph ("jalon:cost"). */
  tag?: string;
}

const h = (level: number, text: string): SampleParagraph => ({ text, heading: level });
const cell = (row: number, col: number, text: string): SampleParagraph => ({ text, cell: { row, col } });

export const SAMPLE_TITLE = 'Plan d’action national 2025-2027 — projet de travail';

export const SAMPLE_PLAN: SampleParagraph[] = [
  h(1, SAMPLE_TITLE),
  {
    text: 'Ce troisième plan d’action s’inscrit dans la démarche du PGO. Il a été préparé avec les ministères et la société civile lors d’ateliers tenus entre janvier et avril 2025. Version de travail : ne pas diffuser.',
  },
  h(2, 'Engagement 1 : Publier les données essentielles de la commande publique'),
  { text: 'Porteur : Direction des affaires juridiques (DAJ), ministère de l’Économie.' },
  { text: 'Partenaires : Observatoire économique de la commande publique ; association Transparence des marchés.' },
  {
    text: 'Situation initiale : en 2024, 38 % des marchés publics de plus de 40 000 € font l’objet d’une publication de leurs données essentielles, souvent incomplètes.',
  },
  {
    text: 'Situation cible : au 31 décembre 2026, 95 % des marchés de plus de 40 000 € sont publiés dans un format commun, vérifié automatiquement.',
  },
  {
    text: 'Indicateurs : part des marchés publiés (quantitatif, mesurée chaque trimestre) ; taux d’erreurs relevées par le validateur (qualitatif, revu par les partenaires).',
  },
  {
    text: 'Actions : arrêté fixant le format des données essentielles ; mise en service d’un validateur en ligne ; formation de 300 acheteurs publics.',
  },
  { text: 'Coût : 450 000 € sur deux ans, sur le budget de la DAJ, dont 120 000 € pour le validateur.' },
  { text: 'Jalons :' },
  cell(0, 0, 'Jalon'),
  cell(0, 1, 'Échéance'),
  cell(1, 0, 'Publication de l’arrêté fixant le format'),
  cell(1, 1, '31 mars 2026'),
  cell(2, 0, 'Mise en service du validateur'),
  cell(2, 1, 'juin 2026'),
  cell(3, 0, '95 % des marchés publiés'),
  cell(3, 1, '31 décembre 2026'),
  {
    text: 'Redevabilité : un bilan semestriel est publié en ligne et un rapport annuel est transmis au Parlement avec le projet de loi de finances.',
  },

  h(2, 'Engagement 2 : Renforcer la transparence de l’action publique'),
  {
    text: 'Le Gouvernement s’engage à renforcer la transparence et à promouvoir l’open data auprès de l’ensemble des administrations, dans l’esprit du gouvernement ouvert.',
  },
  {
    text: 'Il poursuivra les efforts engagés et favorisera une meilleure participation des citoyens, dans les meilleurs délais et avec des moyens adaptés.',
  },
  { text: 'Porteur : ministère de la Transformation et de la Fonction publiques.' },

  h(2, 'Engagement 3 : Associer la société civile à l’évaluation des politiques publiques'),
  {
    text: 'Porteur : Secrétariat général du Gouvernement, avec le Conseil économique, social et environnemental (CESE).',
  },
  {
    text: 'Objectif : développer la co-construction des évaluations avec les associations, afin qu’un nombre significatif d’évaluations associe la société civile.',
  },
  { text: 'Indicateurs : nombre d’évaluations conduites avec la société civile.' },
  { text: 'Coût : à déterminer.' },
  { text: 'Jalons : lancement d’un appel à volontaires ; premières évaluations conjointes ; bilan.' },

  h(2, 'Engagement 4 : Ouvrir le code source des algorithmes publics'),
  { text: 'Porteur : DINUM.', tag: 'jalon:lead' },
  {
    text: 'Indicateurs : nombre de codes sources publiés sur code.gouv.fr ; nombre d’administrations ayant publié l’inventaire de leurs algorithmes.',
    tag: 'jalon:indicator',
  },
  { text: 'Situation initiale : 12 administrations ont publié un inventaire en 2024.', tag: 'jalon:baseline' },
  { text: 'Situation cible : 40 administrations au 30 juin 2027.', tag: 'jalon:target' },
  { text: '', tag: 'jalon:cost' },
  {
    text: 'Jalons : guide de publication (T1 2026) ; 25 inventaires publiés (T4 2026) ; 40 inventaires publiés (T2 2027).',
    tag: 'jalon:milestones',
  },

  h(2, 'Engagement 5 : Déployer une API de la donnée budgétaire'),
  {
    text: 'Dans une logique d’open gov, il s’agit de mettre à disposition une API ouverte et de favoriser la réutilisation des données par l’écosystème des civic tech, via des hackathons et un datalab.',
  },
  { text: 'Calendrier : à partir de 2026.' },
];

export const SAMPLE_TITLE_EN = 'National Action Plan 2025-2027 — working draft';

/** The English sample: the same kinds of commitments as the French one, written as an English-speaking plan is. */
export const SAMPLE_PLAN_EN: SampleParagraph[] = [
  h(1, SAMPLE_TITLE_EN),
  {
    text: 'This third action plan is part of our Open Government Partnership membership. It was drafted with ministries and civil society in workshops held between January and April 2025. Working draft: not for circulation.',
  },
  h(2, 'Commitment 1: Publish the key data of public contracts'),
  { text: 'Lead agency: Public Procurement Office, Ministry of Finance.' },
  { text: 'Partners: National Audit Office; Open Contracts Coalition (civil society).' },
  {
    text: 'Baseline: in 2024, 38% of public contracts above £40,000 had their key data published, often incomplete.',
  },
  {
    text: 'Target: by 31 December 2026, 95% of contracts above £40,000 are published in a common format, checked automatically.',
  },
  {
    text: 'Indicators: share of contracts published (quantitative, measured every quarter); error rate found by the validator (qualitative, reviewed with the partners).',
  },
  {
    text: 'Actions: a regulation setting the data format; an online validator put into service; training for 300 public buyers.',
  },
  { text: 'Cost: £450,000 over two years from the Procurement Office budget, including £120,000 for the validator.' },
  { text: 'Milestones:' },
  cell(0, 0, 'Milestone'),
  cell(0, 1, 'Due date'),
  cell(1, 0, 'Regulation setting the data format published'),
  cell(1, 1, '31 March 2026'),
  cell(2, 0, 'Online validator in service'),
  cell(2, 1, 'June 2026'),
  cell(3, 0, '95% of contracts published'),
  cell(3, 1, '31 December 2026'),
  {
    text: 'Reporting: a progress report is published online every six months, and an annual report is laid before Parliament with the budget.',
  },

  h(2, 'Commitment 2: Strengthen the transparency of public action'),
  {
    text: 'The Government commits to strengthen transparency and to promote open data across all departments, in the spirit of open government.',
  },
  {
    text: 'It will continue its efforts and foster greater citizen participation, as soon as possible and with appropriate resources.',
  },
  { text: 'Lead agency: Cabinet Office.' },

  h(2, 'Commitment 3: Involve civil society in evaluating public policies'),
  { text: 'Lead agency: Evaluation Task Force, with the National Economic and Social Council.' },
  {
    text: 'Objective: develop the co-design of evaluations with charities, so that a significant number of evaluations involve civil society.',
  },
  { text: 'Indicators: number of evaluations carried out with civil society.' },
  { text: 'Cost: to be determined.' },
  { text: 'Milestones: call for volunteers launched; first joint evaluations; review.' },

  h(2, 'Commitment 4: Open the source code of public algorithms'),
  { text: 'Lead agency: Government Digital Service.', tag: 'jalon:lead' },
  {
    text: 'Indicators: number of source codes published on the government code repository; number of departments that have published an inventory of their algorithms.',
    tag: 'jalon:indicator',
  },
  { text: 'Baseline: 12 departments published an inventory in 2024.', tag: 'jalon:baseline' },
  { text: 'Target: 40 departments by 30 June 2027.', tag: 'jalon:target' },
  { text: '', tag: 'jalon:cost' },
  {
    text: 'Milestones: publication guide (Q1 2026); 25 inventories published (Q4 2026); 40 inventories published (Q2 2027).',
    tag: 'jalon:milestones',
  },

  h(2, 'Commitment 5: Roll out an API for budget data'),
  {
    text: 'As part of an open gov approach, the aim is to make an open API available and to foster the reuse of data by the civic tech ecosystem, through hackathons and a datalab.',
  },
  { text: 'Timeline: from 2026.' },
];

/** The sample in the demo page's language. */
export function samplePlan(lang: Lang): SampleParagraph[] {
  return lang === 'en' ? SAMPLE_PLAN_EN : SAMPLE_PLAN;
}
