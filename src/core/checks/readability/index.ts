// Long sentences (beyond LONG_SENTENCE_WORDS words) and the text's readability indexes (Kandel-Moles for French,
// LIX for both), indicative only.
import { findings as messages } from '../../messages/findings';
import { translator } from '../../messages/translate';
import { CharClass, charClass } from '../../text/fold';
import { LETTERS, type Token } from '../../text/tokenize';
import type { Finding, Lang, TextStats } from '../../types';
import { paragraphFinding, severityOf, tokenFingerprint } from '../finding';
import type { ParagraphScan, TextCheck } from '../types';
import { kandelMoles, lix, syllables } from './formulas';

/** Beyond this many words a sentence is long (plain-language guides: 20 to 25). */
export const LONG_SENTENCE_WORDS = 25;

export const readability: TextCheck = {
  id: 'readability',
  scope: 'text',
  defaultSeverity: 'info',
  paragraph({ scan, rules }) {
    const t = translator(messages, rules.lang);
    const { text, tokens } = scan;
    const out: Finding[] = [];
    for (const s of scan.sentences) {
      if (s.words <= LONG_SENTENCE_WORDS) continue;
      const start = tokens[s.first].start;
      const end = tokens[s.last].end;
      out.push(
        paragraphFinding(text, start, end, {
          ruleId: 'readability',
          severity: severityOf(rules, 'readability', this.defaultSeverity),
          message: t('readability.longSentence', { words: s.words }),
          note: t('readability.longSentenceNote', { limit: LONG_SENTENCE_WORDS }),
          fingerprint: tokenFingerprint('readability', tokens, s.first, s.last),
          data: { words: s.words },
        }),
      );
    }
    return out;
  },
};

/** Letters of a word as written (digits, marks and invisible characters aside), for LIX's long words. */
function letters(text: string, t: Token): number {
  let n = 0;
  for (let k = t.start; k < t.end; k++) {
    const c = charClass(text.charCodeAt(k));
    if (c === CharClass.Lower || c === CharClass.Upper || c === CharClass.Letter) n++;
  }
  return n;
}

/**
 * Words, sentences and long sentences of the text, its LIX and, for French with readability on, its Kandel-Moles
 * score (syllables are counted only then).
 */
export function textStats(scans: readonly ParagraphScan[], lang: Lang, withSyllables: boolean): TextStats {
  let words = 0;
  let sentences = 0;
  let longSentences = 0;
  let longWords = 0;
  let syllableCount = 0;
  for (const scan of scans) {
    for (const t of scan.tokens) {
      if (!(t.flags & LETTERS)) continue;
      words++;
      if (letters(scan.text, t) > 6) longWords++;
      if (withSyllables) syllableCount += syllables(t.norm);
    }
    sentences += scan.sentences.length;
    longSentences += scan.sentences.filter((s) => s.words > LONG_SENTENCE_WORDS).length;
  }
  const stats: TextStats = { words, sentences, longSentences, lix: round1(lix(words, sentences, longWords)) };
  if (lang === 'fr' && withSyllables) stats.kandelMoles = round1(kandelMoles(words, sentences, syllableCount));
  return stats;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
