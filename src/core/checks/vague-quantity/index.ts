// Quantities without a figure ("davantage", "plusieurs", "significantly"). Data: ./fr.ts and ./en.ts.
// Once the commitments are known, « mieux » in a sentence that counts (« Au moins 300 fonctionnaires … disent mieux
// comprendre … »: a survey's result, the indicator's figure given before it) is information only (audit13, finding 7).
import type { Finding } from '../../types';
import { phraseCheck } from '../lexicon/phrase-check';
import type { TextCheck } from '../types';

const phrases = phraseCheck('vague-quantity', 'suggestion');

// A count before the word in its sentence: a figure that is not a year (« 300 », « 15 % »), or « au moins N ».
const COUNT = /(?<![\d/.,-])(?!(?:19|20)\d{2}(?!\d))\d+(?:[ \u00a0\u202f]\d{3})*(?![\d/]|[.,]\d)/;

export const vagueQuantity: TextCheck = {
  ...phrases,
  assemble(found, a) {
    const out = phrases.assemble ? phrases.assemble(found, a) : found;
    return out.map((f): Finding => {
      if (f.ruleId !== 'vague-quantity' || f.severity === 'info' || f.data?.term !== 'mieux') return f;
      const p = a.source.paragraphs[f.paragraph];
      if (!p) return f;
      const at = f.start - p.start;
      // The sentence before the word (no text check imports the commitments' reader: the pane's first script).
      const before = p.text.slice(0, at);
      const start = Math.max(...['. ', '! ', '? '].map((stop) => before.lastIndexOf(stop)));
      return COUNT.test(before.slice(start + 1)) ? { ...f, severity: 'info', data: { ...f.data, role: 'counted' } } : f;
    });
  },
};
