// The shape of the example bank: subjects of real action plans, each recognised by a few word stems and giving,
// for the fields a commitment most often lacks, one example written after a real, well-rated commitment.
import type { FieldName } from '../../../types';

/** The fields the bank has examples for. */
export type AdviceField = Extract<
  FieldName,
  'indicator' | 'baseline' | 'target' | 'milestones' | 'cost' | 'lead' | 'partners' | 'accountability' | 'audience'
>;

/** Every subject has these; the others are given where the model commitment says them. */
export const REQUIRED_FIELDS: readonly AdviceField[] = [
  'indicator',
  'baseline',
  'target',
  'milestones',
  'cost',
  'lead',
];

export interface Subject {
  /** The same in both languages: the bank is matched in either and answers in the report's. */
  id: string;
  /**
   * Words that recognise it, accents and case free, whole words unless they end with "*": "donnée* ouverte*"
   * matches "données ouvertes" (the words in that order; articles and prepositions skipped).
   */
  keywords: string[];
  /**
   * The institution the subject is about, by its names, written as keywords (a parliament: "assemblée nationale",
   * "Knesset", "Sejm"). Named in the title, it decides the subject whatever else the text speaks of: a parliament that
   * invites schools or films its sessions is still about parliament. In the text they count as keywords.
   */
  names?: string[];
  /** The real commitment the examples are modelled on, as a facilitator would look it up. */
  source: string;
  examples: Partial<Record<AdviceField, string>>;
  /** Where one field was modelled on another commitment than `source`. */
  sources?: Partial<Record<AdviceField, string>>;
}

export interface Bank {
  subjects: Subject[];
  /** Words that never count (articles, prepositions): "accès à l'information" is "accès information". */
  stopwords: string[];
}
