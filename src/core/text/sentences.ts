// Sentences of a paragraph, as runs of its tokens: a full stop ends one, except after a short abbreviation followed
// by a word in lower case ("M. Dupont" and "art. 3" go on; "etc. Le" ends).
import { CAP, LETTERS, SEP_STOP, type Token } from './tokenize';

export interface Sentence {
  /** First and last word (tokens with a letter) of the sentence. */
  first: number;
  last: number;
  /** Words: tokens with at least one letter. */
  words: number;
}

const ABBREVIATIONS = new Set([
  'm', 'mme', 'mmes', 'mm', 'art', 'cf', 'p', 'pp', 'n', 'no', 'ex', 'vol', 'dr', 'pr', 'st', 'ste', 'av', 'bd', 'fig',
  'ca', 'vs', 'mr', 'mrs', 'ms', 'e', 'g', 'i', 'etc', 'al',
]); // prettier-ignore

export function sentences(tokens: readonly Token[]): Sentence[] {
  const out: Sentence[] = [];
  let current: Sentence | undefined;
  tokens.forEach((token, k) => {
    const previous = tokens[k - 1];
    const abbreviation =
      previous !== undefined &&
      previous.end - previous.start <= 4 &&
      ABBREVIATIONS.has(previous.norm) &&
      !(token.flags & CAP);
    if (k > 0 && token.sep & SEP_STOP && !abbreviation) current = undefined;
    if (!(token.flags & LETTERS)) return;
    if (current === undefined) {
      current = { first: k, last: k, words: 0 };
      out.push(current);
    }
    current.last = k;
    current.words++;
  });
  return out;
}
