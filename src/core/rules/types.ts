// Shapes of the rule data. Rules are data (lexicons, exceptions, messages, suggestions); the few kinds of
// check that run them live in src/core/lint.
import type { Lang, Severity } from '../types';

export type RuleId = 'vague-term' | 'jargon' | 'vague-time' | 'vague-quantity' | 'readability';
export const RULE_IDS: readonly RuleId[] = ['vague-term', 'jargon', 'vague-time', 'vague-quantity', 'readability'];

export type FormKind = 'verb' | 'participle' | 'noun';

/**
 * Token pattern syntax (used by `after` and exception patterns), space separated:
 *   word      the folded word (accents and case ignored)       a|b|c   any of these
 *   word*     a word starting with this                        #       a number
 *   Aa        a capitalised word (a proper name)               ?       any one word
 *   ~         an optional adverb (-ment, -ly)                  _       the matched term (exceptions only)
 * Apostrophes split words as in the text: "d'" is the word "d", "l' _" is "l" then the term.
 */
export type TokenPattern = string;

export interface VagueTermEntry {
  /** The dictionary form shown to users: "renforcer", "mettre en place", "s'efforcer de". */
  lemma: string;
  /** Verb to conjugate (defaults to the lemma when it is a single word). */
  verb?: string;
  /** Words that must follow the verb ("en place", "à|au|aux"). */
  after?: TokenPattern;
  /** The verb needs a reflexive pronoun before it (s'efforcer: "nous nous efforcerons", "se sont efforcés"). */
  reflexive?: boolean;
  /** Nominalizations; a multiword one ("mise en place") requires its continuation. */
  nouns?: string[];
  /** Extra surface forms when the conjugator cannot produce them (English irregular pasts). */
  forms?: { form: string; kind: FormKind }[];
  /** Concrete alternatives offered as suggestions. */
  expected?: string[];
}

export interface PhraseEntry {
  /** Folded or not, space separated; may use the token pattern syntax. */
  term: string;
  /** Plain-language explanation (jargon) or a precise alternative (time, quantity). */
  explanation?: string;
  expected?: string[];
  /** Matched with case: acronyms ("PAN" but not "pan"). */
  caseSensitive?: boolean;
}

export interface ExceptionEntry {
  rule: RuleId;
  /** Lemma or term it applies to; all of the rule's terms when absent. */
  term?: string;
  pattern: TokenPattern;
  /** Only when the match is of these kinds ("accompagné de" is an exception, "accompagne des" is not). */
  kinds?: FormKind[];
  /** Why it is legitimate (documentation and tests). */
  why?: string;
}

export interface RuleData {
  lang: Lang;
  vagueTerms: VagueTermEntry[];
  jargon: PhraseEntry[];
  vagueTime: PhraseEntry[];
  vagueQuantity: PhraseEntry[];
  exceptions: ExceptionEntry[];
  /** Words that are never acronyms, even in capitals (roman numerals, units, common capitalised words). */
  notAcronyms: string[];
  /** Headings that open a glossary section. */
  glossaryHeadings: string[];
  /** Default concrete verb families. */
  defaultExpected: string[];
}

export interface RuleInfo {
  id: RuleId;
  defaultSeverity: Severity;
  name: Record<Lang, string>;
  description: Record<Lang, string>;
}
