// Long sentences (beyond LONG_SENTENCE_WORDS words) and the text's readability indexes (Kandel-Moles for French,
// LIX for both), indicative only.
import type { Finding, Lang, TextStats } from '../../types';
import { fingerprintOf } from '../../commitments/hash';
import { foldSameLength } from '../../text/fold';
import { paragraphFinding, severityOf, tokenFingerprint } from '../finding';
import type { ParagraphScan, TextCheck } from '../types';
import { kandelMoles, lix } from './formulas';

/** Beyond this many words a sentence is long (plain-language guides: 20 to 25). */
export const LONG_SENTENCE_WORDS = 25;

export const readability: TextCheck = {
  id: 'readability',
  scope: 'text',
  defaultSeverity: 'info',
  paragraph({ scan, rules, t }) {
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
  // One line per commitment (and one for the text outside them), at its longest sentence, rather than one per
  // sentence: a report is read for its questions, and long sentences are a habit to change, not a list to tick.
  assemble(findings, a) {
    const { t } = a;
    const groups = new Map<number, Finding[]>(); // commitment index, -1 outside
    for (const f of findings) {
      const c = a.commitments.find((x) => x.start <= f.start && f.start < x.end);
      const key = c ? c.index : -1;
      const group = groups.get(key);
      if (group) group.push(f);
      else groups.set(key, [f]);
    }
    const out: Finding[] = [];
    for (const [key, group] of groups) {
      const longest = group.reduce((a, b) => ((b.data?.words as number) > (a.data?.words as number) ? b : a));
      const words = longest.data?.words as number;
      const where = a.commitments.length === 0 ? 'document' : key < 0 ? 'outside' : 'commitment';
      const quotes = group
        .slice(0, 5)
        .map((f) => t('readability.quote', { start: firstWords(f.actual), words: f.data?.words as number }));
      const title = key < 0 ? '' : a.commitments[key].title;
      out.push({
        ...longest,
        message: t(`readability.${where}`, { count: group.length, words }),
        note: `${t('readability.longSentenceNote', { limit: LONG_SENTENCE_WORDS })} ${quotes.join(' ')}`,
        fingerprint: fingerprintOf('readability', where, foldSameLength(title).replace(/\s+/g, ' ').trim()),
        data: {
          words,
          count: group.length,
          sentences: group.map((f) => ({ start: f.start, end: f.end, words: f.data?.words })),
        },
      });
    }
    return out;
  },
};

/** A sentence's first words, to find it again ("Elles figurent dans la loi du 29 janvier…"). */
function firstWords(sentence: string): string {
  const words = sentence.split(/\s+/);
  return words.length <= 8 ? sentence : `${words.slice(0, 8).join(' ')}…`;
}

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
  // Every word belongs to a sentence: the sentences' counts are the paragraph's.
  const stats = { words: 0, sentences: scan.sentences.length, longSentences: 0, longWords: 0, syllables: 0 };
  for (const s of scan.sentences) {
    stats.words += s.words;
    stats.longWords += s.longWords;
    if (withSyllables) stats.syllables += s.syllables;
    if (s.words > LONG_SENTENCE_WORDS) stats.longSentences++;
  }
  return stats;
}

/** The text's words, sentences and long sentences, its LIX and, for French when syllables were counted, its Kandel-Moles. */
export function textStats(paragraphs: readonly ParagraphStats[], lang: Lang, withSyllables: boolean): TextStats {
  const total: ParagraphStats = { words: 0, sentences: 0, longSentences: 0, longWords: 0, syllables: 0 };
  for (const p of paragraphs) {
    total.words += p.words;
    total.sentences += p.sentences;
    total.longSentences += p.longSentences;
    total.longWords += p.longWords;
    total.syllables += p.syllables;
  }
  const { words, sentences } = total;
  const stats: TextStats = {
    words,
    sentences,
    longSentences: total.longSentences,
    lix: round1(lix(words, sentences, total.longWords)),
  };
  if (lang === 'fr' && withSyllables) stats.kandelMoles = round1(kandelMoles(words, sentences, total.syllables));
  return stats;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
