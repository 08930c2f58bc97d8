// The rules Jalon's engine runs, with their descriptions in both languages (for the pane's settings and for
// SARIF tool.driver.rules), and the message templates the findings are written from.
import type { Lang, Severity } from '../types';
import { en } from './en';
import { fr } from './fr';
import type { RuleData, RuleId, RuleInfo } from './types';

export const RULE_DATA: Record<Lang, RuleData> = { fr, en };

export const RULES: readonly RuleInfo[] = [
  {
    id: 'vague-term',
    defaultSeverity: 'warning',
    name: { fr: 'Verbe flou', en: 'Vague verb' },
    description: {
      fr: 'Verbes et nominalisations qui ne disent pas ce qui sera fait (renforcer, promouvoir, favoriser, poursuivre, mettre en place…), dans toutes leurs formes.',
      en: 'Verbs and nominalizations that do not say what will be done (strengthen, promote, foster, enhance, support…), in every form.',
    },
  },
  {
    id: 'jargon',
    defaultSeverity: 'suggestion',
    name: { fr: 'Jargon et sigles', en: 'Jargon and acronyms' },
    description: {
      fr: 'Mots de l’écosystème et sigles qu’un lecteur non spécialiste ne comprend pas, s’ils ne sont pas expliqués à la première occurrence ou dans un glossaire.',
      en: 'Ecosystem words and acronyms a member of the public would not understand, unless explained at first use or in a glossary.',
    },
  },
  {
    id: 'vague-time',
    defaultSeverity: 'warning',
    name: { fr: 'Échéance floue', en: 'Vague deadline' },
    description: {
      fr: 'Expressions de temps sans date (à terme, prochainement, dès que possible, à moyen terme).',
      en: 'Time expressions without a date (in due course, soon, as soon as possible, in the medium term).',
    },
  },
  {
    id: 'vague-quantity',
    defaultSeverity: 'suggestion',
    name: { fr: 'Quantité floue', en: 'Vague quantity' },
    description: {
      fr: 'Quantités sans chiffre (davantage, plusieurs, de nombreux, significativement).',
      en: 'Quantities without a figure (more, several, many, significantly).',
    },
  },
  {
    id: 'readability',
    defaultSeverity: 'info',
    name: { fr: 'Lisibilité', en: 'Readability' },
    description: {
      fr: 'Phrases longues ; indices de lisibilité Kandel-Moles et LIX (indicatifs).',
      en: 'Long sentences; LIX readability index (indicative).',
    },
  },
];

export function ruleInfo(id: string): RuleInfo | undefined {
  return RULES.find((r) => r.id === id);
}

type Vars = Record<string, string | number>;
type Template = (v: Vars) => string;

interface MessageSet {
  verb: Template;
  noun: Template;
  participle: Template;
  note: Template;
  jargon: Template;
  jargonNote: Template;
  acronym: Template;
  acronymNote: Template;
  time: Template;
  timeNote: Template;
  quantity: Template;
  quantityNote: Template;
  longSentence: Template;
  longSentenceNote: Template;
}

export const MESSAGES: Record<Lang, MessageSet> = {
  fr: {
    verb: (v) => `« ${v.actual} » est flou : que fera-t-on concrètement, comment le mesurera-t-on, et pour quand ?`,
    noun: (v) => `« ${v.actual} » (${v.lemma}) cache l’action : qui fera quoi, mesuré comment, pour quand ?`,
    participle: (v) =>
      `« ${v.actual} » (${v.lemma}) ne dit pas de combien ni comment : précisez ce qui change et comment on le vérifie.`,
    note: (v) =>
      `« ${v.lemma} » décrit une intention, pas une action : on peut « ${v.lemma} » à l’infini sans que rien ne change de façon vérifiable. Dites ce qui sera fait concrètement (un texte adopté, un outil ouvert, des données publiées, N agents formés), quel indicateur le mesurera et à quelle date.`,
    jargon: (v) => `« ${v.actual} » est du jargon : un lecteur non spécialiste ne le comprendra pas.`,
    jargonNote: (v) =>
      `Expliquez-le à la première occurrence, entre parenthèses juste après, ou dans un glossaire${v.example ? ` ; par exemple : « ${v.example} »` : ''}.`,
    acronym: (v) => `Le sigle « ${v.actual} » n’est pas développé à sa première occurrence.`,
    acronymNote: (v) =>
      `Écrivez le nom en toutes lettres à la première occurrence, puis le sigle entre parenthèses${v.explanation ? ` : « ${v.explanation} »` : ''}, ou ajoutez-le au glossaire.`,
    time: (v) => `« ${v.actual} » n’est pas une échéance : donnez une date.`,
    timeNote: () =>
      'Une échéance se vérifie : « d’ici le 31 décembre 2026 », « au 2e trimestre 2026 ». Sans date, personne ne peut dire si l’engagement est tenu.',
    quantity: (v) => `« ${v.actual} » n’est pas une quantité : donnez un chiffre.`,
    quantityNote: () =>
      'Une quantité se mesure : « de 35 % à 60 % », « 40 collectivités », « 3 jeux de données ». Sans chiffre, ni point de départ ni cible.',
    longSentence: (v) => `Phrase longue (${v.words} mots) : difficile à lire pour le grand public.`,
    longSentenceNote: (v) =>
      `Au-delà de ${v.limit} mots, coupez la phrase en deux. Les indices de lisibilité sont indicatifs.`,
  },
  en: {
    verb: (v) => `"${v.actual}" is vague: what exactly will be done, how will it be measured, and by when?`,
    noun: (v) => `"${v.actual}" (${v.lemma}) hides the action: who will do what, measured how, by when?`,
    participle: (v) =>
      `"${v.actual}" (${v.lemma}) does not say by how much or how: state what changes and how it is checked.`,
    note: (v) =>
      `"${v.lemma}" states an intention, not an action: one can ${v.lemma} forever without any verifiable change. Say what will concretely be done (a rule adopted, a tool opened, data published, N staff trained), which indicator measures it, and by what date.`,
    jargon: (v) => `"${v.actual}" is jargon: a member of the public will not understand it.`,
    jargonNote: (v) =>
      `Explain it at first use, in parentheses right after, or in a glossary${v.example ? `; for example: "${v.example}"` : ''}.`,
    acronym: (v) => `The acronym "${v.actual}" is not spelled out at first use.`,
    acronymNote: (v) =>
      `Write the full name at first use, then the acronym in parentheses${v.explanation ? `: "${v.explanation}"` : ''}, or add it to the glossary.`,
    time: (v) => `"${v.actual}" is not a deadline: give a date.`,
    timeNote: () =>
      'A deadline can be checked: "by 31 December 2026", "in Q2 2026". Without a date nobody can tell whether the commitment was kept.',
    quantity: (v) => `"${v.actual}" is not a quantity: give a figure.`,
    quantityNote: () =>
      'A quantity can be measured: "from 35% to 60%", "40 municipalities", "3 datasets". Without a figure there is no baseline and no target.',
    longSentence: (v) => `Long sentence (${v.words} words): hard to read for the public.`,
    longSentenceNote: (v) => `Beyond ${v.limit} words, split the sentence. Readability indexes are indicative.`,
  },
};

export function defaultSeverity(id: RuleId): Severity {
  return ruleInfo(id)?.defaultSeverity ?? 'warning';
}
