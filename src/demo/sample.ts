// The demo's sample draft: an invented French national action plan (PAN) with commitments of every kind,
// from a measurable one to a vague one full of jargon, so that the pane has something to say about each.
// Invented for Jalon; any resemblance to a real plan's wording is the genre's.

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
