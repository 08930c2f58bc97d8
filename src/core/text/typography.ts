// Punctuation that differs by language, as a function of it rather than a catalogue text: French puts a space
// before « : » and « ; », English does not.
import type { Lang } from '../types';

/** A label's colon: « Coût : … » in French, "Cost: …" in English. */
export function colon(lang: Lang): string {
  return lang === 'fr' ? ' :' : ':';
}

/** Between the items of a list on one line: « a ; b » in French, "a; b" in English. */
export function listSeparator(lang: Lang): string {
  return lang === 'fr' ? ' ; ' : '; ';
}
