// The one pass over a paragraph that every text check reads: its words, the lexicon's hits and its sentences.
import { sentences } from '../text/sentences';
import { tokenize } from '../text/tokenize';
import type { CompiledRules } from './lexicon/compile';
import { lexiconHits, urlRanges } from './lexicon/match';
import type { LabelSpans, ParagraphScan } from './types';

/**
 * `labels`: where a template's label opens the paragraph (LintOptions.labels), whose words are not the author's prose.
 */
export function scanParagraph(text: string, rules: CompiledRules, labels?: LabelSpans): ParagraphScan {
  // Syllables are counted only for the French readability score.
  const tokens = tokenize(text, { syllables: rules.lang === 'fr' && rules.enabled.readability });
  // What is not the author's prose: web addresses, and a template's label (its value after it is the author's).
  const urls = urlRanges(text);
  const label = labels?.(text);
  const notProse = label ? [label, ...urls] : urls;
  return { text, tokens, notProse, hits: lexiconHits(text, tokens, rules, notProse), sentences: sentences(tokens) };
}
