// The one pass over a paragraph that every text check reads: its words, the lexicon's hits and its sentences.
import { sentences } from '../text/sentences';
import { tokenize } from '../text/tokenize';
import type { CompiledRules } from './lexicon/compile';
import { lexiconHits, urlRanges } from './lexicon/match';
import type { ParagraphScan } from './types';

export function scanParagraph(text: string, rules: CompiledRules): ParagraphScan {
  // Syllables are counted only for the French readability score.
  const tokens = tokenize(text, { syllables: rules.lang === 'fr' && rules.enabled.readability });
  const urls = urlRanges(text);
  return { text, tokens, urls, hits: lexiconHits(text, tokens, rules, urls), sentences: sentences(tokens) };
}
