// Long sentences (beyond LONG_SENTENCE_WORDS words) and the text's readability indexes (Kandel-Moles for French,
// LIX for both), indicative only.
import { findings } from '../../messages/findings';
import { translators } from '../../messages/translate';
import { LETTERS, LONG } from '../../text/tokenize';
import type { Finding, Lang, TextStats } from '../../types';
import { paragraphFinding, severityOf, tokenFingerprint } from '../finding';
import type { ParagraphScan, TextCheck } from '../types';
import { kandelMoles, lix } from './formulas';

const messages = translators(findings);

/** Beyond this many words a sentence is long (plain-language guides: 20 to 25). */
export const LONG_SENTENCE_WORDS = 25;

export const readability: TextCheck = {
  id: 'readability',
  scope: 'text',
  defaultSeverity: 'info',
  paragraph({ scan, rules }) {
    const t = messages[rules.lang];
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

/** What the text's statistics need of one paragraph. */
export interface ParagraphStats {
  words: number;
  sentences: number;
  longSentences: number;
  /** Words of more than six letters (LIX). */
  longWords: number;
  /** Counted only when asked (Kandel-Moles, French, readability on). */
  syllables: number;
}

export function paragraphStats(scan: ParagraphScan, withSyllables: boolean): ParagraphStats {
  const stats = { words: 0, sentences: scan.sentences.length, longSentences: 0, longWords: 0, syllables: 0 };
  for (const t of scan.tokens) {
    if (!(t.flags & LETTERS)) continue;
    stats.words++;
    if (t.flags & LONG) stats.longWords++;
    if (withSyllables) stats.syllables += t.syllables;
  }
  stats.longSentences = scan.sentences.filter((s) => s.words > LONG_SENTENCE_WORDS).length;
  return stats;
}

/** The text's words, sentences and long sentences, its LIX and, for French when syllables were counted, its Kandel-Moles. */
export function textStats(paragraphs: readonly ParagraphStats[], lang: Lang, withSyllables: boolean): TextStats {
  const sum = (k: keyof ParagraphStats) => paragraphs.reduce((n, p) => n + p[k], 0);
  const [words, sentences] = [sum('words'), sum('sentences')];
  const stats: TextStats = {
    words,
    sentences,
    longSentences: sum('longSentences'),
    lix: round1(lix(words, sentences, sum('longWords'))),
  };
  if (lang === 'fr' && withSyllables) stats.kandelMoles = round1(kandelMoles(words, sentences, sum('syllables')));
  return stats;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
