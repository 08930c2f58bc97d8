import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEngagements } from '../../../src/core/engagements';
import { fromParagraphs, fromPlainText, type SourceText } from '../../../src/core/source';
import type { Engagement, Lang, ParagraphInput } from '../../../src/core/types';

export const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');

export function md(text: string): SourceText {
  return fromPlainText(text, { markdown: true });
}

export function read(source: SourceText, lang: Lang = 'fr'): Engagement[] {
  return readEngagements(source, { lang, earlierPlans: null });
}

export function readMd(text: string, lang: Lang = 'fr'): Engagement[] {
  return read(md(text), lang);
}

export function readParas(ps: ParagraphInput[], lang: Lang = 'fr'): { source: SourceText; engagements: Engagement[] } {
  const source = fromParagraphs(ps);
  return { source, engagements: read(source, lang) };
}
