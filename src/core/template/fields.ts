// The standard commitment template, as data. It maps the current OGP template (2020-2022: problem, solution,
// results, milestones) to French and adds what the 2017 workshop asked for and OGP leaves optional: indicator,
// baseline, target, cost, lead, accountability, audience (ogp-reference.md §1.5, our proposal, not an OGP text).
// Each field is a content control tagged `jalon:<id>` so reading it back is exact.
import type { FieldName, Lang } from '../types';

export type TemplateFieldId = FieldName | 'title' | 'problem' | 'contribution';

export interface Bilingual {
  fr: string;
  en: string;
}

export interface TemplateField {
  id: TemplateFieldId;
  /** The engagement field it fills, when it is one Jalon reads and scores. */
  field?: FieldName;
  label: Bilingual;
  /** The question asked when the field is missing: the author answers it. */
  question: Bilingual;
  help: Bilingual;
  example: Bilingual;
  /** The measurable core the workshop asked for: missing it is a warning, not a suggestion. */
  core: boolean;
  /** Several lines expected (milestones: one per line). */
  multiline?: boolean;
}

export const TEMPLATE_FIELDS: readonly TemplateField[] = [
  {
    id: 'title',
    label: { fr: "Titre de l'engagement", en: 'Commitment title' },
    question: {
      fr: 'Que livrera cet engagement, en une phrase ?',
      en: 'What will this commitment deliver, in one sentence?',
    },
    help: {
      fr: "Nommez le livrable plutôt qu'une intention : un verbe d'action et un objet vérifiable.",
      en: 'Name the deliverable rather than an intention: an action verb and something one can check.',
    },
    example: {
      fr: "Publier en données ouvertes les marchés publics de l'État au-dessus de 25 000 €",
      en: 'Publish central government contracts above €25,000 as open data',
    },
    core: false,
  },
  {
    id: 'problem',
    label: { fr: 'Problème public visé', en: 'Public problem addressed' },
    question: {
      fr: 'Quel problème public cet engagement règle-t-il, et pour qui ?',
      en: 'What public problem does this commitment address, and for whom?',
    },
    help: {
      fr: 'Décrivez le problème tel que le vivent les usagers, et ses causes.',
      en: 'Describe the problem as the people affected experience it, and its causes.',
    },
    example: {
      fr: "Les entreprises et les journalistes ne peuvent pas savoir quels marchés l'État attribue, ni à qui.",
      en: 'Businesses and journalists cannot find out which contracts the government awards, or to whom.',
    },
    core: false,
    multiline: true,
  },
  {
    id: 'baseline',
    field: 'baseline',
    label: { fr: 'Situation initiale', en: 'Baseline' },
    question: {
      fr: 'Quelle est la situation de départ, chiffrée et datée ?',
      en: 'What is the starting situation, with a figure and a year?',
    },
    help: {
      fr: "La valeur de l'indicateur aujourd'hui, avec l'année et la source.",
      en: "The indicator's value today, with the year and the source.",
    },
    example: {
      fr: "En 2017, 12 % des marchés de l'État sont publiés en données ouvertes (source : DAJ).",
      en: 'In 2017, 12% of central government contracts are published as open data (source: DAJ).',
    },
    core: true,
  },
  {
    id: 'actions',
    field: 'actions',
    label: { fr: 'Action concrète (texte, norme, outil)', en: 'Concrete action (law, standard, tool)' },
    question: {
      fr: 'Quelle action concrète mettez-vous en œuvre : un texte, une norme, un outil, un jeu de données ?',
      en: 'What concrete action will you take: a law or decree, a standard, a tool, a dataset?',
    },
    help: {
      fr: "Nommez l'instrument : décret, arrêté, norme, plateforme, registre, jeu de données.",
      en: 'Name the instrument: decree, regulation, standard, platform, register, dataset.',
    },
    example: {
      fr: 'Un arrêté rend obligatoire la publication des données essentielles des marchés sur data.gouv.fr.',
      en: 'A regulation makes publication of key contract data on the national open data portal mandatory.',
    },
    core: false,
    multiline: true,
  },
  {
    id: 'indicator',
    field: 'indicator',
    label: { fr: 'Indicateur(s)', en: 'Indicator(s)' },
    question: {
      fr: 'À quel indicateur, quantitatif ou qualitatif, mesurera-t-on le résultat ?',
      en: 'Which indicator, quantitative or qualitative, will measure the result?',
    },
    help: {
      fr: "Ce que l'on compte ou constate pour savoir si l'engagement est tenu.",
      en: 'What one counts or observes to know whether the commitment was kept.',
    },
    example: {
      fr: "Part des marchés de l'État publiés en données ouvertes dans le mois de leur attribution.",
      en: 'Share of central government contracts published as open data within a month of award.',
    },
    core: true,
  },
  {
    id: 'target',
    field: 'target',
    label: { fr: 'Situation cible', en: 'Target' },
    question: {
      fr: "Quelle valeur l'indicateur doit-il atteindre, et à quelle date ?",
      en: 'What value should the indicator reach, and by when?',
    },
    help: {
      fr: 'Une valeur et une date, pour que chacun puisse vérifier.',
      en: 'A value and a date, so that anyone can check.',
    },
    example: { fr: "100 % des marchés publiés d'ici fin 2019.", en: '100% of contracts published by the end of 2019.' },
    core: true,
  },
  {
    id: 'milestones',
    field: 'milestones',
    label: { fr: 'Jalons', en: 'Milestones' },
    question: {
      fr: 'Quelles sont les étapes, chacune avec un livrable et une date ?',
      en: 'What are the steps, each with a deliverable and a date?',
    },
    help: {
      fr: "Une ligne par jalon : livrable – date – responsable. Ajoutez l'état entre crochets pour le suivi : [Réalisé].",
      en: 'One line per milestone: deliverable – date – owner. Add the status in brackets to track it: [Complete].',
    },
    example: {
      fr: "Publication de l'arrêté – T3 2018 – DAJ\nOuverture du jeu de données – 31 mars 2019 – Etalab",
      en: 'Regulation published – Q3 2018 – DAJ\nDataset released – 31 March 2019 – Etalab',
    },
    core: true,
    multiline: true,
  },
  {
    id: 'calendar',
    field: 'calendar',
    label: { fr: 'Calendrier (début et fin)', en: 'Calendar (start and end)' },
    question: {
      fr: "Quand l'engagement commence-t-il et quand s'achève-t-il ?",
      en: 'When does the commitment start and end?',
    },
    help: { fr: 'Deux dates : début et fin.', en: 'Two dates: start and end.' },
    example: { fr: 'De janvier 2018 à juin 2020.', en: 'From January 2018 to June 2020.' },
    core: false,
  },
  {
    id: 'cost',
    field: 'cost',
    label: { fr: 'Coût et moyens', en: 'Cost and resources' },
    question: {
      fr: 'Quel est le coût estimé de cet engagement, et qui le finance ?',
      en: 'What is the estimated cost of this commitment, and who funds it?',
    },
    help: {
      fr: 'Un montant en euros et les moyens humains (ETP), même approximatifs.',
      en: 'An amount and the staff it needs (FTE), even approximate.',
    },
    example: {
      fr: '150 k€ sur le budget du programme 129, et 2 ETP pendant 18 mois.',
      en: "€150k from the ministry's budget, and 2 FTE for 18 months.",
    },
    core: true,
  },
  {
    id: 'lead',
    field: 'lead',
    label: { fr: 'Porteur (administration chef de file) et contact', en: 'Lead agency and contact' },
    question: {
      fr: 'Quelle administration porte cet engagement, et qui en est le contact ?',
      en: 'Which agency leads this commitment, and who is the contact?',
    },
    help: {
      fr: "Une administration et une fonction, pas seulement « l'État ».",
      en: 'An agency and a role, not just "the government".',
    },
    example: {
      fr: "Direction des affaires juridiques (ministère de l'Économie), cheffe du bureau de la commande publique.",
      en: 'Legal Affairs Directorate (Ministry of the Economy), head of the public procurement office.',
    },
    core: false,
  },
  {
    id: 'partners',
    field: 'partners',
    label: { fr: 'Autres acteurs (État, société civile)', en: 'Other actors (government, civil society)' },
    question: {
      fr: 'Quels autres acteurs, notamment de la société civile, sont associés, et comment ?',
      en: 'Which other actors, civil society in particular, are involved, and how?',
    },
    help: { fr: 'Nommez les organisations et leur rôle.', en: 'Name the organisations and their role.' },
    example: {
      fr: 'Transparency International France et Open Knowledge France relisent le format des données.',
      en: 'Transparency International and Open Knowledge review the data format.',
    },
    core: false,
  },
  {
    id: 'accountability',
    field: 'accountability',
    label: { fr: 'Modalités de compte rendu', en: 'Reporting and accountability' },
    question: {
      fr: "Qui rend compte de l'avancement, à qui (Parlement, société civile) et à quel rythme ?",
      en: 'Who reports on progress, to whom (Parliament, civil society), and how often?',
    },
    help: {
      fr: 'Le rapport, son destinataire et sa fréquence.',
      en: 'The report, who receives it, and how often.',
    },
    example: {
      fr: "Bilan semestriel publié en ligne et présenté chaque année à la commission des finances de l'Assemblée nationale.",
      en: "Progress report published online every six months and presented yearly to Parliament's finance committee.",
    },
    core: false,
  },
  {
    id: 'audience',
    field: 'audience',
    label: { fr: 'Public visé', en: 'Audience' },
    question: {
      fr: "À qui s'adresse cet engagement : grand public, entreprises, administrations ?",
      en: 'Whom does this commitment serve: the general public, businesses, government bodies?',
    },
    help: {
      fr: "Le public qui doit comprendre et utiliser le résultat : la communication s'adresse à lui.",
      en: 'The people who must understand and use the result: communication addresses them.',
    },
    example: {
      fr: "Les PME candidates aux marchés publics et les journalistes d'investigation.",
      en: 'Small businesses bidding for public contracts, and investigative journalists.',
    },
    core: false,
  },
  {
    id: 'contribution',
    label: {
      fr: 'Contribution à la transparence, à la redevabilité, à la participation',
      en: 'Contribution to transparency, accountability, participation',
    },
    question: {
      fr: "En quoi cet engagement rend-il l'action publique plus transparente, redevable ou participative ?",
      en: 'How does this commitment make government more transparent, accountable or participatory?',
    },
    help: {
      fr: "Les trois valeurs du Partenariat pour un gouvernement ouvert ; une phrase pour chacune qui s'applique.",
      en: 'The three Open Government Partnership values; one sentence for each that applies.',
    },
    example: {
      fr: 'Transparence : chacun peut savoir qui obtient les marchés et pour quel montant.',
      en: 'Transparency: anyone can see who wins contracts and for how much.',
    },
    core: false,
    multiline: true,
  },
];

export const TAG_PREFIX = 'jalon:';
export const tagOf = (id: TemplateFieldId): string => `${TAG_PREFIX}${id}`;

export function templateField(id: TemplateFieldId): TemplateField {
  const f = TEMPLATE_FIELDS.find((t) => t.id === id);
  if (!f) throw new Error(`unknown template field ${id}`);
  return f;
}

/** Label, question, help and example of a field in one language: what the pane's form shows. */
export interface FieldMeta {
  id: TemplateFieldId;
  field?: FieldName;
  tag: string;
  label: string;
  question: string;
  help: string;
  example: string;
  core: boolean;
  multiline: boolean;
}

export function fieldMeta(id: TemplateFieldId, lang: Lang): FieldMeta {
  const f = templateField(id);
  return {
    id: f.id,
    field: f.field,
    tag: tagOf(f.id),
    label: f.label[lang],
    question: f.question[lang],
    help: f.help[lang],
    example: f.example[lang],
    core: f.core,
    multiline: !!f.multiline,
  };
}

export function allFieldMeta(lang: Lang): FieldMeta[] {
  return TEMPLATE_FIELDS.map((f) => fieldMeta(f.id, lang));
}
