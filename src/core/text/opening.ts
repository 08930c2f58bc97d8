// Where a finding is, for people: the first words of its paragraph, which Word's search finds (Word numbers no
// paragraph). The reports, the pane's review summary and its Markdown export say it so.
import type { ParagraphSpan } from '../types';

/** A text's first `count` words, then "…" when it has more (« Le ministère publiera les données des… »). */
export function firstWords(text: string, count = 6): string {
  const words = text.trim().split(/\s+/);
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')}…`;
}

/** The first words of paragraph `index` of an analysed text ('' when there is no such paragraph). */
export function paragraphOpening(
  a: { text: string; paragraphs: readonly ParagraphSpan[] },
  index: number,
  count = 6,
): string {
  const span = a.paragraphs[index];
  return span ? firstWords(a.text.slice(span.start, span.end), count) : '';
}
