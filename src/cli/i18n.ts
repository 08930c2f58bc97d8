// Every message the command line prints, in French and English. Facilitators are French first.
import { reading, type FieldName, type Lang, type Severity, type SpecificityLevel } from '../core';

/** Why a file could not be read: the keys of the reading namespace's errors. */
export type ReadErrorCode = keyof (typeof reading)['fr']['errors'];

export function reason(code: ReadErrorCode, lang: Lang): string {
  return reading[lang].errors[code];
}

/** One line on stderr: "jalon: FILE: reason". */
export function errorLine(
  file: string,
  code: ReadErrorCode,
  lang: Lang,
  detail?: string,
  where?: { part: string; line: number },
): string {
  if (where) detail = `${where.part}, ${lang === 'fr' ? 'ligne' : 'line'} ${where.line}`;
  return `jalon: ${file}: ${reason(code, lang)}${detail ? ` (${detail})` : ''}`;
}

export const fieldLabels: Record<FieldName, Record<Lang, string>> = {
  indicator: { fr: 'indicateur', en: 'indicator' },
  baseline: { fr: 'situation initiale', en: 'baseline' },
  target: { fr: 'situation cible', en: 'target' },
  milestones: { fr: 'jalons', en: 'milestones' },
  calendar: { fr: 'calendrier', en: 'calendar' },
  cost: { fr: 'coût', en: 'cost' },
  lead: { fr: 'porteur', en: 'lead institution' },
  partners: { fr: 'partenaires', en: 'partners' },
  actions: { fr: 'actions de mise en œuvre', en: 'implementing actions' },
  accountability: { fr: 'redevabilité', en: 'accountability' },
  audience: { fr: 'public visé', en: 'audience' },
};

/** The question a facilitator asks the author when a field is missing. */
export const fieldQuestions: Record<FieldName, Record<Lang, string>> = {
  indicator: {
    fr: 'Quel indicateur (quantitatif ou qualitatif) permettra de mesurer l’atteinte de l’engagement ?',
    en: 'Which indicator (quantitative or qualitative) will show that the commitment is met?',
  },
  baseline: {
    fr: 'Quelle est la situation de départ, chiffrée si possible ?',
    en: 'What is the starting situation, in figures where possible?',
  },
  target: {
    fr: 'Quelle situation cible, mesurable, visez-vous à l’échéance ?',
    en: 'What measurable target do you aim for by the deadline?',
  },
  milestones: {
    fr: 'Quels jalons datés marquent le chemin entre la situation initiale et la cible ?',
    en: 'Which dated milestones lead from the baseline to the target?',
  },
  calendar: {
    fr: 'Quelles sont les dates de début et de fin de l’engagement ?',
    en: 'When does the commitment start and end?',
  },
  cost: {
    fr: 'Combien coûte l’engagement et sur quel budget est-il financé ?',
    en: 'What does the commitment cost and which budget funds it?',
  },
  lead: {
    fr: 'Quelle administration porte l’engagement et qui en est responsable ?',
    en: 'Which body leads the commitment and who is responsible?',
  },
  partners: {
    fr: 'Quels partenaires, dont la société civile, sont associés et comment ?',
    en: 'Which partners, including civil society, take part and how?',
  },
  actions: {
    fr: 'Quelles actions concrètes (texte, norme, outil, jeu de données) mettent l’engagement en œuvre ?',
    en: 'Which concrete actions (law, standard, tool, dataset) implement the commitment?',
  },
  accountability: {
    fr: 'À qui rendez-vous compte de l’avancement (jusqu’au Parlement) et comment ?',
    en: 'To whom do you report progress (up to Parliament), and how?',
  },
  audience: {
    fr: 'À quel public la communication sur l’engagement s’adresse-t-elle ?',
    en: 'Which audience does the communication about the commitment address?',
  },
};

export const levelLabels: Record<SpecificityLevel, Record<Lang, string>> = {
  none: { fr: 'aucune précision', en: 'none' },
  low: { fr: 'faible', en: 'low' },
  medium: { fr: 'moyen', en: 'medium' },
  high: { fr: 'élevé', en: 'high' },
};

export const severityLabels: Record<Severity, Record<Lang, string>> = {
  error: { fr: 'erreur', en: 'error' },
  warning: { fr: 'avertissement', en: 'warning' },
  suggestion: { fr: 'suggestion', en: 'suggestion' },
  info: { fr: 'info', en: 'info' },
};

const ui = {
  title: { fr: 'Revue des projets d’engagements', en: 'Review of draft commitments' },
  summary: { fr: 'Synthèse', en: 'Summary' },
  file: { fr: 'Fichier', en: 'File' },
  language: { fr: 'Langue', en: 'Language' },
  commitment: { fr: 'Engagement', en: 'Commitment' },
  level: { fr: 'Niveau', en: 'Level' },
  points: { fr: 'Points', en: 'Points' },
  missing: { fr: 'Champs manquants', en: 'Missing fields' },
  vagueTerms: { fr: 'Termes vagues', en: 'Vague terms' },
  findings: { fr: 'Remarques', en: 'Findings' },
  questions: { fr: 'Questions pour l’auteur', en: 'Questions for the author' },
  noCommitment: { fr: 'Aucun engagement reconnu dans ce document.', en: 'No commitment found in this document.' },
  untitled: { fr: '(sans titre)', en: '(untitled)' },
  noFinding: { fr: 'Aucune remarque.', en: 'No findings.' },
  outsideCommitments: { fr: 'Hors engagements', en: 'Outside commitments' },
  unreadable: { fr: 'Fichiers illisibles', en: 'Unreadable files' },
  toAdd: { fr: 'à ajouter', en: 'to add' },
  nothingToAdd: { fr: 'rien à ajouter', en: 'nothing to add' },
  paragraph: { fr: '§', en: '¶' },
  note: { fr: 'note', en: 'note' },
  textBox: { fr: 'zone de texte', en: 'text box' },
  suggestions: { fr: 'suggestions', en: 'suggestions' },
  generated: { fr: 'Produit par Jalon', en: 'Produced by Jalon' },
  drafts: { fr: 'projets', en: 'drafts' },
  compareTitle: { fr: 'Comparaison de deux versions', en: 'Comparison of two versions' },
  before: { fr: 'avant', en: 'before' },
  after: { fr: 'après', en: 'after' },
  improved: { fr: 'amélioré', en: 'improved' },
  regressed: { fr: 'en recul', en: 'regressed' },
  unchanged: { fr: 'inchangé', en: 'unchanged' },
  added: { fr: 'nouveau', en: 'new' },
  removed: { fr: 'supprimé', en: 'removed' },
  fieldsAdded: { fr: 'champs ajoutés', en: 'fields added' },
  fieldsLost: { fr: 'champs perdus', en: 'fields lost' },
  findingsDelta: { fr: 'remarques', en: 'findings' },
  templateWritten: { fr: 'Modèle écrit dans', en: 'Template written to' },
  outWritten: { fr: 'Rapport écrit dans', en: 'Report written to' },
  noPath: {
    fr: 'indiquez au moins un fichier ou un dossier à relire',
    en: 'give at least one file or folder to review',
  },
  outFailed: { fr: 'impossible d’écrire le rapport', en: 'cannot write the report' },
  rulesFailed: { fr: 'fichier de règles illisible', en: 'cannot read the rules file' },
  compareArgs: {
    fr: '--compare attend deux fichiers : ANCIEN NOUVEAU',
    en: '--compare expects two files: OLD NEW',
  },
  templateOut: { fr: 'indiquez --out FICHIER.docx', en: 'give --out FILE.docx' },
  badFormat: { fr: 'format inconnu', en: 'unknown format' },
  reading: { fr: 'Lecture', en: 'Reading' },
} as const;

export type UiKey = keyof typeof ui;

export function t(key: UiKey, lang: Lang): string {
  return ui[key][lang];
}

/** The user's language: --lang, then LANG/LC_ALL/LC_MESSAGES, French by default. */
export function userLang(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  if (explicit === 'fr' || explicit === 'en') return explicit;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en\b|^en_/i.test(locale) ? 'en' : 'fr';
}
