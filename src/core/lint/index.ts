// PLACEHOLDER until the engine lands (issue 3): the text rules (vague-term, jargon, vague-time,
// vague-quantity, readability) over a SourceText.
import type { SourceText } from '../source';
import type { Finding, Lang, TextStats } from '../types';

export interface LintOptions {
  lang: Lang;
}

export function lint(_source: SourceText, _options: LintOptions): { findings: Finding[]; stats: TextStats } {
  return { findings: [], stats: { words: 0, sentences: 0, longSentences: 0, lix: 0 } };
}

export function detectLanguage(_text: string): Lang {
  return 'fr';
}
