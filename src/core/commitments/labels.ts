// Recognises a labelled line ("Coût :", "**Indicateur(s) :**", "## Jalons", "Lead agency: ...") and the
// commitment markers ("Engagement 3 :", "ENGAGEMENT N°3", "Commitment 3:"). The label matcher is label-match.ts.
import { foldSameLength } from '../text/fold';
import type { SourceText } from '../source';
import { matchLabel, type LabelMatch } from './label-match';
import { foldedParagraph } from './text';

export { labelSpan, matchLabel, matchLabelPlain, type LabelMatch } from './label-match';

// Each paragraph's label, read once per source: segmentation, the field reader, sections and the vague-word checks
// all ask for it (four label readings of every paragraph were a fifth of the plan pass on a long plan).
const labelsOf = new WeakMap<SourceText, { text: string; labels: Array<LabelMatch | null | undefined> }>();

/** matchLabel of the source's paragraph `i` (the match is shared: read it, do not change it). */
export function paragraphLabel(source: SourceText, i: number): LabelMatch | null {
  let known = labelsOf.get(source);
  if (!known || known.text !== source.text || known.labels.length !== source.paragraphs.length)
    labelsOf.set(source, (known = { text: source.text, labels: new Array(source.paragraphs.length) }));
  let label = known.labels[i];
  if (label === undefined) {
    const p = source.paragraphs[i];
    label = known.labels[i] = matchLabel(p.text, foldedParagraph(source, p));
  }
  return label;
}

const MARKER =
  /^[ \t\u00a0\u202f]*(?:#{1,6}[ \t\u00a0\u202f]+)?(?:\*\*|__)?[ \t\u00a0\u202f]*(?:engagement|commitment|compromiso)s?[ \t\u00a0\u202f]*(?:n[°o]\.?|no\.|#|numero|number)?[ \t\u00a0\u202f]*(\d{1,3}(?:\.\d{1,2})?[a-z]?|[ivxlc]{1,6})(?=[ \t\u00a0\u202f]*(?:[:.)–—-]|\*\*|$))/;

/** "Engagement 3 : ...", "ENGAGEMENT N°3", "Commitment 3:" -> "3". */
export function matchMarker(text: string, foldedText?: string): string | null {
  if (text.length > 300) return null;
  const m = MARKER.exec(foldedText ?? foldSameLength(text));
  return m ? m[1] : null;
}

/** What follows the marker on its line ("Engagement 3 : Ouvrir..." -> "Ouvrir..."), or null if no marker. */
export function markerRest(text: string): string | null {
  if (text.length > 300) return null;
  const m = MARKER.exec(foldSameLength(text));
  if (!m) return null;
  return text
    .slice(m[0].length)
    .replace(/^[\s:.)–—*_-]+/u, '')
    .replace(/[\s*_#]+$/u, '');
}

/**
 * The folded text of paragraphs `first` to `last` (from `base`, the first one's start) with each paragraph's label
 * blanked (same length): « Contribution à la transparence, à la redevabilité, à la participation : » is the
 * template's question, not what the commitment says, and a commitment written in Jalon's template would otherwise
 * claim every value the question names. `labelAt` is paragraphLabel or matchLabel of the paragraph.
 */
export function blankLabels(
  folded: string,
  paragraphs: readonly { start: number; end: number }[],
  first: number,
  last: number,
  base: number,
  labelAt: (i: number) => LabelMatch | null,
): string {
  let out = '';
  let at = 0;
  for (let i = first; i <= last; i++) {
    const label = labelAt(i);
    if (!label || label.valueStart <= label.labelStart) continue;
    const from = paragraphs[i].start - base + label.labelStart;
    const to = paragraphs[i].start - base + label.valueStart;
    out += folded.slice(at, from) + ' '.repeat(to - from);
    at = to;
  }
  return at === 0 ? folded : out + folded.slice(at);
}
