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
 *   …         one to five words of the phrase (after the term: "make … more", « rendre … plus »)
 * Apostrophes split words as in the text: "d'" is the word "d", "l' _" is "l" then the term.
 */
export type TokenPattern = string;

/**
 * Sentences that document an entry, LanguageTool style, run by test/unit/checks/examples.test.ts. Each is analysed
 * alone, in the data's language.
 * `flag`: the entry's check flags the words between braces at its own severity ("Nous allons {renforcer} le
 * contrôle.").
 * `info`: the check notes the words between braces for information only (a purpose, a participle, a name of a
 * deliverable: "Un atelier est organisé afin de {renforcer} la qualité des données.").
 * `pass`: the check flags nothing in the sentence (the trap the entry or exception avoids).
 */
export interface Examples {
  flag?: string[];
  info?: string[];
  pass?: string[];
}

export interface VagueTermEntry {
  /** The dictionary form shown to users: "renforcer", "mettre en place", "s'efforcer de". */
  lemma: string;
  /** Verb to conjugate (defaults to the lemma when it is a single word). */
  verb?: string;
  /** Words that must follow the verb ("en place", "à|au|aux"). */
  after?: TokenPattern;
  /**
   * Words that must come next without being part of the term: what it is quoted and flagged as stops before them
   * (« travailler à » before an article, the sign of a noun: « travailler à l’élaboration »).
   */
  then?: TokenPattern;
  /** The verb needs a reflexive pronoun before it (s'efforcer: "nous nous efforcerons", "se sont efforcés"). */
  reflexive?: boolean;
  /** Nominalizations; a multiword one ("mise en place") requires its continuation. */
  nouns?: string[];
  /** Extra surface forms when the conjugator cannot produce them (English irregular pasts). */
  forms?: { form: string; kind: FormKind }[];
  /** Concrete alternatives offered as suggestions. */
  expected?: string[];
  /** A verb of making ("développer", "mettre en place"): with a deliverable in its sentence it is concrete. */
  makes?: boolean;
  /** A verb of process ("étudier", "explorer"): done ("les options sont étudiées"), it still delivers nothing. */
  process?: boolean;
  /**
   * A verb of continuing ("continue", « continuer à »): with a definite frequency in its clause ("every year",
   * « chaque trimestre »), the continued action is checkable each time.
   */
  repeats?: boolean;
  /**
   * A verb of effort ("seek to", "work with", "continue"), not of result ("increase", "help"): said of the commitment
   * itself ("The commitment seeks to open the budget"), it still states what the commitment does, where a verb of
   * result says what it brings.
   */
  effort?: boolean;
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
  /**
   * Vague only where a date is expected: alone in brackets or in a table cell, or after a date ("Mai 2023 et en
   * cours"); "travaux en cours" is not a deadline. Bounded ("en cours jusqu'en juin 2020") it says when, and passes.
   */
  deadline?: boolean;
  /**
   * A date given loosely (vague-time: a season, « d'ici le printemps 2022 »): information only, with the check's
   * `loose` message and note instead of its own. Jargon: an official term the public may not know (« données
   * ouvertes »): information only, with the check's `official` message.
   */
  loose?: boolean;
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

/** One language's data of a phrase check (vague-time, vague-quantity, hedge). */
export interface PhraseData {
  terms: PhraseEntry[];
  exceptions: ExceptionEntry[];
}

/** One language's data of the vague-time check. */
export interface VagueTimeData extends PhraseData {
  /** What a frequency word in an item that carries its date is answered with (« chaque trimestre »). */
  frequencyExpected: string[];
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
  vagueTime: VagueTimeData;
  vagueQuantity: PhraseData;
  hedge: PhraseData;
  jargon: JargonData;
}
