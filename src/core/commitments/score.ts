// The score: points for verifiable elements, as a checklist an author can read (what is earned, what is not,
// how to earn it), and a level on the IRM's specificity scale. The weights follow what the IRM rates
// (ogp-reference.md §2): a verifiable deliverable, dated milestones, indicators with targets, who is
// responsible. Vague verbs are not counted at all: the rated data shows they do not separate the levels (§2.4).
import { dueDate, fold, parseFoldedDates, yearWindows } from '../dates';
import type { SourceText } from '../source';
import type { ChecklistItem, FieldName, Lang, SpecificityLevel } from '../types';
import type { Fields } from './fields';
import { DELIVERABLE } from './lexicon';
import type { Segment } from './segment';

interface Check {
  id: string;
  points: number;
  label: Record<Lang, string>;
  howToEarn: Record<Lang, string>;
}

// Why each weight:
// - deliverable 3: the IRM's first question is whether the commitment names something one can verify
//   (None = "no verifiable deliverables"); it separates Low from Medium.
// - dated milestone 3: "clear, measurable, verifiable milestones" is what makes High.
// - second dated milestone 1: a path, not just an end point (the workshop's "chemin").
// - end date 1: without it nothing is ever late.
// - indicator 2, target 2: the workshop's measurable core, and what makes milestones "measurable".
// - baseline 1: a target means little without the starting value, but the IRM rarely asks for it.
// - lead 2: "who is responsible" is part of verifiability (a deliverable nobody owns cannot be checked).
// - focused 2: the IRM's Medium/High texts say what they deliver rather than why; on the rated data the share of
//   sentences naming a deliverable is the surface signal that tracks specificity best (ogp-reference.md §2.4).
// - cost 1, partners 1, accountability 1, audience 1: the workshop asked for them; the IRM does not rate them
//   under specificity, so they weigh little here.
const CHECKS: Check[] = [
  {
    id: 'deliverable',
    points: 3,
    label: {
      fr: 'Un livrable concret est nommé (texte, norme, outil, jeu de données)',
      en: 'A concrete deliverable is named (law, standard, tool, dataset)',
    },
    howToEarn: {
      fr: 'Dites ce qui existera à la fin : un décret, une plateforme, un registre, un jeu de données…',
      en: 'Say what will exist at the end: a decree, a platform, a register, a dataset…',
    },
  },
  {
    id: 'dated-milestone',
    points: 3,
    label: { fr: 'Au moins un jalon daté', en: 'At least one dated milestone' },
    howToEarn: {
      fr: 'Ajoutez un jalon : un livrable et sa date (« Publication du décret – T3 2018 »).',
      en: 'Add a milestone: a deliverable and its date ("Decree published – Q3 2018").',
    },
  },
  {
    id: 'milestone-path',
    points: 1,
    label: { fr: 'Plusieurs jalons datés jalonnent le chemin', en: 'Several dated milestones mark the way' },
    howToEarn: {
      fr: "Découpez l'engagement en au moins deux étapes datées.",
      en: 'Split the commitment into at least two dated steps.',
    },
  },
  {
    id: 'end-date',
    points: 1,
    label: { fr: 'Une date de fin', en: 'An end date' },
    howToEarn: {
      fr: "Indiquez quand l'engagement s'achève (« d'ici fin 2019 »).",
      en: 'Say when the commitment ends ("by December 2019").',
    },
  },
  {
    id: 'focused',
    points: 2,
    label: { fr: 'Le texte dit surtout ce qui sera livré', en: 'The text mostly says what will be delivered' },
    howToEarn: {
      fr: 'Au moins la moitié des phrases doivent nommer un livrable ou une action vérifiable ; resserrez le contexte.',
      en: 'At least half of the sentences should name a deliverable or a verifiable action; trim the background.',
    },
  },
  {
    id: 'indicator',
    points: 2,
    label: { fr: 'Un indicateur de résultat', en: 'A result indicator' },
    howToEarn: {
      fr: "Nommez ce que l'on comptera pour savoir si c'est réussi (« part des marchés publiés »).",
      en: 'Name what will be counted to know it worked ("share of contracts published").',
    },
  },
  {
    id: 'target',
    points: 2,
    label: { fr: 'Une cible chiffrée ou datée', en: 'A target with a value or a date' },
    howToEarn: {
      fr: "Donnez la valeur visée et sa date (« 100 % d'ici fin 2019 »).",
      en: 'Give the target value and its date ("100% by end 2019").',
    },
  },
  {
    id: 'baseline',
    points: 1,
    label: { fr: 'Une situation initiale chiffrée', en: 'A baseline with a figure' },
    howToEarn: {
      fr: 'Donnez la valeur de départ et son année (« 12 % en 2017 »).',
      en: 'Give the starting value and its year ("12% in 2017").',
    },
  },
  {
    id: 'lead',
    points: 2,
    label: { fr: 'Une administration responsable', en: 'A responsible agency' },
    howToEarn: { fr: "Nommez l'administration chef de file et un contact.", en: 'Name the lead agency and a contact.' },
  },
  {
    id: 'cost',
    points: 1,
    label: { fr: 'Un coût estimé', en: 'An estimated cost' },
    howToEarn: {
      fr: 'Donnez un montant (€, k€) ou des moyens humains (ETP).',
      en: 'Give an amount or the staff needed (FTE).',
    },
  },
  {
    id: 'partners',
    points: 1,
    label: { fr: 'Les autres acteurs, dont la société civile', en: 'Other actors, civil society included' },
    howToEarn: {
      fr: 'Nommez les partenaires associés et leur rôle.',
      en: 'Name the partners involved and their role.',
    },
  },
  {
    id: 'accountability',
    points: 1,
    label: { fr: 'Qui rend compte, à qui', en: 'Who reports, to whom' },
    howToEarn: {
      fr: 'Dites qui publie le bilan et à qui il est présenté (Parlement, société civile).',
      en: 'Say who publishes progress and to whom (Parliament, civil society).',
    },
  },
  {
    id: 'audience',
    points: 1,
    label: { fr: 'Le public visé', en: 'The audience' },
    howToEarn: {
      fr: "Dites à qui s'adresse l'engagement (grand public, entreprises, administrations).",
      en: 'Say whom it serves (the public, businesses, government bodies).',
    },
  },
];

export const MAX_SCORE = CHECKS.reduce((s, c) => s + c.points, 0);

export interface ScoreInput {
  fields: Fields;
  weak: readonly FieldName[];
  /** Title and body text, to find a deliverable the fields do not hold. */
  text: string;
  /** Sentences of running prose; a commitment written only as fields is focused by construction. */
  prose: readonly string[];
  /** `text` and `prose` accent-folded, when the caller has them already. */
  folded?: string;
  proseFolded?: readonly string[];
}

function earnedMap(input: ScoreInput): Record<string, boolean> {
  const { fields, weak } = input;
  const has = (f: Exclude<FieldName, 'milestones'>) => !!fields[f] && !weak.includes(f);
  const dated = (fields.milestones ?? []).filter((j) => j.date);
  const sentences = (input.proseFolded ?? input.prose.map((x) => fold(x))).filter((x) => /[a-z]{3}/.test(x));
  const delivering = sentences.filter((x) => DELIVERABLE.test(x)).length;
  // The whole text's deliverables and dates are read only when the fields do not settle the point already.
  let folded = input.folded;
  const wholeFolded = () => (folded ??= fold(input.text));
  return {
    focused: delivering * 2 >= sentences.length,
    deliverable: has('actions') || (dated.length > 0 && DELIVERABLE.test(wholeFolded())),
    'dated-milestone': dated.length >= 1,
    'milestone-path': dated.length >= 2,
    // A milestone due on a date is an end date already; the whole text is read only when none is.
    'end-date':
      has('calendar') || dated.some((j) => dueDate(j.text) !== undefined) || hasEndOrPoint(input.text, wholeFolded()),
    indicator: has('indicator'),
    target: has('target'),
    baseline: has('baseline'),
    lead: has('lead'),
    cost: has('cost'),
    partners: has('partners'),
    accountability: has('accountability'),
    audience: has('audience'),
  };
}

/**
 * Whether the text has a date that is not only a start, as parseDates(text).some(role !== 'start') says.
 * Mentions lie inside the windows around years (see parseFoldedDates), so a head of the text cut where a window
 * ends reads its mentions as the whole text does, except that its last one may open a range with a mention
 * after the cut; but then that mention is an end, so a non-start mention in the head still settles it. Heads of
 * 2, 4, 8... windows are tried; most texts settle in the first.
 */
export function hasEndOrPoint(text: string, folded: string): boolean {
  const windows = yearWindows(folded);
  for (let k = 2; k < windows.length / 2; k *= 2) {
    const cut = windows[k * 2 - 1];
    const head = parseFoldedDates(text.slice(0, cut), folded.slice(0, cut));
    if (head.some((d) => d.role !== 'start')) return true;
  }
  return parseFoldedDates(text, folded).some((d) => d.role !== 'start');
}

export function checklist(input: ScoreInput, lang: Lang): ChecklistItem[] {
  const earned = earnedMap(input);
  // A loop, not map: V8's optimised map makes arrays of another kind, and code reading them was deoptimised.
  const items: ChecklistItem[] = [];
  for (const c of CHECKS)
    items.push({
      id: c.id,
      label: c.label[lang],
      earned: earned[c.id],
      points: c.points,
      howToEarn: c.howToEarn[lang],
    });
  return items;
}

/**
 * The IRM specificity level from the checklist, following the definitions:
 * none: "no verifiable deliverables or milestones"; low: "measurable with some interpretation" (a date, an
 * indicator or an owner, but no named deliverable); medium: "objectively verifiable, but does not contain
 * clearly measurable milestones" (a deliverable only); high: "clear, measurable, verifiable milestones": a
 * deliverable with a dated milestone, or a deliverable stated clearly (a focused text) with its owner and an
 * end date (the IRM rated such one-line commitments High; without a date Jalon would call them High with
 * "milestones" still to add, which an author would read as a contradiction).
 */
export function levelOf(items: readonly ChecklistItem[]): SpecificityLevel {
  const e = (id: string) => !!items.find((i) => i.id === id)?.earned;
  if (e('deliverable') && (e('dated-milestone') || (e('focused') && e('lead') && e('end-date')))) return 'high';
  if (e('deliverable')) return 'medium';
  if (e('dated-milestone') || e('end-date') || e('indicator') || e('target') || e('lead')) return 'low';
  return 'none';
}

export function scoreOf(items: readonly ChecklistItem[]): number {
  return items.reduce((s, i) => s + (i.earned ? i.points : 0), 0);
}

export function commitmentText(source: SourceText, seg: Segment): string {
  return source.text.slice(source.paragraphs[seg.first].start, source.paragraphs[seg.last].end);
}
