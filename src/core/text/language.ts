// French or English? A vote of common words over the start of the text; the reader's language (French unless said)
// when the text is too short or too even to tell. And whether the
// text is in neither (a Spanish or German plan handed to Jalon), which the `language` check says.
import { foldWord } from './fold';
import type { Lang } from '../types';

/** The common words the language guess counts, by language (French wins a word both have). */
export const STOP_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  fr: [
    'le', 'la', 'les', 'des', 'et', 'est', 'du', 'de', 'une', 'pour', 'dans', 'que', 'qui', 'sur', 'au', 'aux', 'par',
    'avec', 'ce', 'cette', 'sont', 'nous', 'plus', 'l', 'd',
  ],
  en: [
    'the', 'and', 'of', 'to', 'is', 'in', 'for', 'that', 'with', 'on', 'by', 'are', 'this', 'be', 'it', 'as', 'will',
    'an', 'from', 'we', 'or', 'which', 'have',
  ],
}; // prettier-ignore

const VOTE = new Map<string, Lang>([
  ...STOP_WORDS.en.map((w): [string, Lang] => [w, 'en']),
  ...STOP_WORDS.fr.map((w): [string, Lang] => [w, 'fr']),
]);
const SAMPLE = 20000;

/**
 * A lead of fewer common words than this says nothing: « Lead: Treasury Board Secretariat. » has none, « Banque de
 * France » one French word in an English skeleton. A plan's sentence has several (« The department will publish the
 * data »: four).
 */
const MIN_MARGIN = 2;

/** The draft's language as its words tell it, and whether they were enough to tell (see MIN_MARGIN). */
export interface LanguageGuess {
  lang: Lang;
  /** False when the text was too short or too even to tell: `lang` is then the reader's language (`fallback`). */
  sure: boolean;
}

/**
 * `fallback`: the reader's language (the command line's messages, the pane's), taken when the text is too short or
 * too even to tell: a skeleton of labels written in English by an English user is read as English.
 */
export function languageGuess(text: string, fallback: Lang = 'fr'): LanguageGuess {
  const votes = languageVotes(text);
  if (Math.abs(votes.en - votes.fr) < MIN_MARGIN) return { lang: fallback, sure: false };
  return { lang: votes.en > votes.fr ? 'en' : 'fr', sure: true };
}

/** The draft's language (see languageGuess; `fallback`, the reader's language, when its words cannot tell). */
export function detectLanguage(text: string, fallback: Lang = 'fr'): Lang {
  return languageGuess(text, fallback).lang;
}

/** Languages Jalon does not read but can recognise, to say so rather than review a text it cannot read. */
export type OtherLanguage = 'es' | 'pt' | 'it' | 'de';

/**
 * Common words of each other language that are rare in French and English prose (a word both French and one of these
 * use, « la », « de », « que », votes French as above; « y », « il », « mais » are left out, French uses them often).
 * A word may vote for two of them (« para »: es and pt).
 */
export const OTHER_WORDS: Readonly<Record<OtherLanguage, readonly string[]>> = {
  es: ['el', 'los', 'las', 'por', 'con', 'para', 'del', 'una', 'lo', 'su', 'sus', 'como', 'pero', 'este', 'esta', 'estos', 'sobre', 'mas'],
  pt: ['os', 'um', 'uma', 'com', 'nao', 'em', 'da', 'dos', 'das', 'ao', 'pelo', 'pela', 'para', 'seu', 'sua'],
  it: ['di', 'che', 'della', 'delle', 'degli', 'dei', 'per', 'sono', 'gli', 'nel', 'nella', 'alla', 'anche', 'questo', 'questa'],
  de: ['der', 'die', 'und', 'ist', 'nicht', 'mit', 'von', 'den', 'dem', 'zu', 'fur', 'auf', 'das', 'eine', 'einer', 'werden', 'wird', 'sich'],
}; // prettier-ignore

const OTHER_VOTES = new Map<string, OtherLanguage[]>();
for (const [lang, words] of Object.entries(OTHER_WORDS) as [OtherLanguage, readonly string[]][])
  for (const w of words) OTHER_VOTES.set(w, [...(OTHER_VOTES.get(w) ?? []), lang]);

/** Fewer votes than this say nothing: a title or a list of names is too short to tell. */
const MIN_OTHER_VOTES = 4;
/**
 * Spanish, Portuguese and Italian share their commonest words with French (« de », « la », « que »), so an other
 * language never outvotes French; it wins when its own words are at least this share of French's and English's
 * votes together. Measured on the IRM's commitments (../shared/ogp-data): Spanish texts 0.29 to 2.2, French and
 * English plans and the test drafts 0.00 (no such word at all in their first 20,000 characters).
 */
const OTHER_SHARE = 0.2;

/** The votes of the start of the text for each language (common words counted; see VOTE and OTHER_WORDS). */
export function languageVotes(text: string): Record<Lang | OtherLanguage, number> {
  const votes = { fr: 0, en: 0, es: 0, pt: 0, it: 0, de: 0 };
  for (const word of foldWord(text.slice(0, SAMPLE)).split(/[^a-z]+/)) {
    const lang = VOTE.get(word);
    if (lang) votes[lang]++;
    else for (const other of OTHER_VOTES.get(word) ?? []) votes[other]++;
  }
  return votes;
}

/**
 * The other language the start of the text is written in (see OTHER_SHARE); undefined for French, English, or a
 * text too short to tell.
 */
export function otherLanguage(text: string): OtherLanguage | undefined {
  const votes = languageVotes(text);
  let best: OtherLanguage | undefined;
  for (const other of Object.keys(OTHER_WORDS) as OtherLanguage[])
    if (votes[other] >= MIN_OTHER_VOTES && (best === undefined || votes[other] > votes[best])) best = other;
  return best !== undefined && votes[best] >= OTHER_SHARE * (votes.fr + votes.en) ? best : undefined;
}
