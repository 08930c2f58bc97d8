import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCommitments } from '../../../src/core/commitments';
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
