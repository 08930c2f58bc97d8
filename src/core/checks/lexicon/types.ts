// Shapes of the rule data the lexicon-based checks run (vague-term, vague-time, vague-quantity, jargon): terms,
// their exceptions, and the examples that document them. The data lives beside each check (checks/<id>/fr.ts,
// en.ts); this folder compiles it into one lexicon, looked up once per word for all of them.

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

/**
 * Sentences that document an entry, LanguageTool style, run by test/unit/checks/examples.test.ts.
 * `flag`: the entry's check flags the words between braces ("Nous allons {renforcer} le contrôle.").
 * `pass`: the entry's check flags nothing in the sentence (the trap the entry or exception avoids).
 */
export interface Examples {
  flag?: string[];
  pass?: string[];
}

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
  examples?: Examples;
}

export interface PhraseEntry {
  /** Folded or not, space separated; may use the token pattern syntax. */
  term: string;
  /** Plain-language explanation (jargon) or a precise alternative (time, quantity). */
  explanation?: string;
  expected?: string[];
  /** Matched with case: acronyms ("PAN" but not "pan"). */
  caseSensitive?: boolean;
  examples?: Examples;
}

export interface ExceptionEntry {
  /** Lemma or term it applies to; all of the check's terms when absent. */
  term?: string;
  pattern: TokenPattern;
  /** Only when the match is of these kinds ("accompagné de" is an exception, "accompagne des" is not). */
  kinds?: FormKind[];
  /** Why it is legitimate (documentation and tests). */
  why?: string;
  examples?: Examples;
}

/** One language's data of the vague-term check. */
export interface VagueTermData {
  /** Concrete verbs suggested when a term has none of its own. */
  defaultExpected: string[];
  terms: VagueTermEntry[];
  exceptions: ExceptionEntry[];
}

/** One language's data of a phrase check (vague-time, vague-quantity). */
export interface PhraseData {
  terms: PhraseEntry[];
  exceptions: ExceptionEntry[];
}

/** One language's data of the jargon check. */
export interface JargonData extends PhraseData {
  /** Words that are never acronyms, even in capitals (roman numerals, units, common capitalised words). */
  notAcronyms: string[];
  /** Headings that open a glossary section. */
  glossaryHeadings: string[];
}

/** The lexicon's input for one language: every lexicon check's data. */
export interface LexiconData {
  vagueTerm: VagueTermData;
  vagueTime: PhraseData;
  vagueQuantity: PhraseData;
  jargon: JargonData;
}
