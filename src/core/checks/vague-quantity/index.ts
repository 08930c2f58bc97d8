// Quantities without a figure ("davantage", "plusieurs", "significantly"). Data: ./fr.ts and ./en.ts.
// Once the commitments are known, « mieux » in a sentence that counts (« Au moins 300 fonctionnaires … disent mieux
// comprendre … »: a survey's result, the indicator's figure given before it) is information only (audit13, finding 7).
import type { Finding } from '../../types';
import { phraseCheck } from '../lexicon/phrase-check';
import type { TextCheck } from '../types';

const phrases = phraseCheck('vague-quantity', 'suggestion');

// A count before the word in its sentence: a figure that is not a year (« 300 », « 15 % »), or « au moins N ».
const COUNT = /(?<![\d/.,-])(?!(?:19|20)\d{2}(?!\d))\d+(?:[ \u00a0\u202f]\d{3})*(?![\d/]|[.,]\d)/;

/**
 * Words that count nothing where they stand (audit14, finding 14): "Further," opening a sentence is "moreover", a
 * sentence adverb; a word inside a short quotation (the slogan "‘build back better’", a programme's name) is the quoted
 * text's, not a quantity the plan promises.
 */
export function countsNothing(text: string, start: number, end: number, term: string | undefined): boolean {
  if (
    term === 'further' &&
    /(?:^|[.!?:;]\s+|^\s*[-*•–]\s*)$/.test(text.slice(0, start)) &&
    /^\s*,/.test(text.slice(end))
  )
    return true;
  return inShortQuotation(text, start, end);
}

const OPENING = '‘“«';
const CLOSING = '’”»';
/** A quotation of at most this many characters is a slogan or a name; a longer one may quote a whole commitment. */
const QUOTE_CHARS = 60;

/** Whether [start, end) lies inside a short quotation: ‘…’, “…”, « … » or straight double quotes. */
function inShortQuotation(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - QUOTE_CHARS);
  const before = text.slice(from, start);
  let open = -1;
  for (let k = before.length - 1; k >= 0; k--) {
    const c = before[k];
    if (OPENING.includes(c) || c === '"') {
      open = k;
      break;
    }
    // A closing mark before the word ends an earlier quotation, unless it is an apostrophe (a letter follows it).
    if (CLOSING.includes(c) && !/\p{L}/u.test(before[k + 1] ?? text[start] ?? '')) return false;
  }
  if (open < 0) return false;
  const mark = before[open];
  // A straight quote opens only where an even number of them came before it in the paragraph.
  if (mark === '"' && (text.slice(0, from + open).split('"').length - 1) % 2 === 1) return false;
  const close = mark === '"' ? '"' : CLOSING[OPENING.indexOf(mark)];
  for (let k = end; k < Math.min(text.length, from + open + QUOTE_CHARS + 2); k++) {
    const c = text[k];
    // A closing mark followed by a letter is an apostrophe (« people’s »).
    if (c === close && !/\p{L}/u.test(text[k + 1] ?? '')) return true;
  }
  return false;
}

export const vagueQuantity: TextCheck = {
  ...phrases,
  paragraph(context) {
    const text = context.scan.text;
    return phrases
      .paragraph(context)
      .filter((f) => !countsNothing(text, f.start, f.end, f.data?.term as string | undefined));
  },
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
