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

/**
 * French spacing that keeps a punctuation mark on its word's line (Imprimerie nationale): the space before « : »
 * and inside « » made a no-break space, the one before ; ? ! a narrow no-break space. Only spaces already
 * written are changed; English text is returned as it is.
 */
export function frenchSpaces(text: string, lang: Lang): string {
  if (lang !== 'fr') return text;
  return text
    .replace(/ (?=[;?!])/g, '\u202f')
    .replace(/ (?=[:»])/g, '\u00a0')
    .replace(/« /g, '«\u00a0');
}
