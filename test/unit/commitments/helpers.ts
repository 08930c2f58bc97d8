import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCommitments } from '../../../src/core/commitments';
import { sentenceSpansPlain } from '../../../src/core/commitments/text';
import { fromParagraphs, fromPlainText, type SourceText } from '../../../src/core/source';
import type { Commitment, Lang, ParagraphInput } from '../../../src/core/types';

export const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');

export function md(text: string): SourceText {
  return fromPlainText(text, { markdown: true });
}

export function read(source: SourceText, lang: Lang = 'fr'): Commitment[] {
  return readCommitments(source, { lang, earlierPlans: null });
}

export function readMd(text: string, lang: Lang = 'fr'): Commitment[] {
  return read(md(text), lang);
}

export function readParas(ps: ParagraphInput[], lang: Lang = 'fr'): { source: SourceText; commitments: Commitment[] } {
  const source = fromParagraphs(ps);
  return { source, commitments: read(source, lang) };
}

/**
 * A range [from, to) of `t` made of two arbitrary numbers, and its sentences as the plain reading finds them
 * (sentenceSpansPlain of the slice), as offsets of `t`: what sentenceSpansIn(t, from, to) must give.
 */
export function plainSentencesOfRange(t: string, a: number, b: number) {
  const from = t.length ? a % (t.length + 1) : 0;
  const to = from + (t.length - from ? b % (t.length - from + 1) : 0);
  const want = sentenceSpansPlain(t.slice(from, to)).map((sp) => ({ start: sp.start + from, end: sp.end + from }));
  return { from, to, want };
}
