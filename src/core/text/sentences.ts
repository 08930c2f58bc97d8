// Sentences of a paragraph, as runs of its tokens: a full stop ends one, except after a short abbreviation followed
// by a word in lower case ("M. Dupont" and "art. 3" go on; "etc. Le" ends).
import { CAP, LETTERS, LONG, SEP_STOP, type Token } from './tokenize';

export interface Sentence {
  /** First and last word (tokens with a letter) of the sentence. */
  first: number;
  last: number;
  /** Words: tokens with at least one letter. */
  words: number;
  /** Words of more than six letters (LIX's long words). */
  longWords: number;
  /** French syllables of its words, when the tokenizer counted them; else 0. */
  syllables: number;
}

const ABBREVIATIONS = new Set([
  'm', 'mme', 'mmes', 'mm', 'art', 'cf', 'p', 'pp', 'n', 'no', 'ex', 'vol', 'dr', 'pr', 'st', 'ste', 'av', 'bd', 'fig',
  'ca', 'vs', 'mr', 'mrs', 'ms', 'e', 'g', 'i', 'etc', 'al',
]); // prettier-ignore

/** "M. Dupont", "art. 3": a short abbreviation before the stop, and a word in lower case after it. */
function afterAbbreviation(tokens: readonly Token[], k: number): boolean {
  const previous = tokens[k - 1];
  return previous.end - previous.start <= 4 && !(tokens[k].flags & CAP) && ABBREVIATIONS.has(previous.norm);
}

export function sentences(tokens: readonly Token[]): Sentence[] {
  const out: Sentence[] = [];
  let current: Sentence | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    if (k > 0 && token.sep & SEP_STOP && !afterAbbreviation(tokens, k)) current = undefined;
    if (!(token.flags & LETTERS)) continue;
    if (current === undefined) {
      current = { first: k, last: k, words: 0, longWords: 0, syllables: 0 };
      out.push(current);
    }
    current.last = k;
    current.words++;
    if (token.flags & LONG) current.longWords++;
    current.syllables += token.syllables;
  }
  return out;
}
