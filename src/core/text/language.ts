// French or English? A vote of common words over the start of the text; French when undecided.
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

export function detectLanguage(text: string): Lang {
  const votes = { fr: 0, en: 0 };
  for (const word of foldWord(text.slice(0, SAMPLE)).split(/[^a-z]+/)) {
    const lang = VOTE.get(word);
    if (lang) votes[lang]++;
  }
  return votes.en > votes.fr ? 'en' : 'fr';
}
