// Recognises a labelled line ("Coût :", "**Indicateur(s) :**", "## Jalons", "Lead agency: ...") and the
// commitment markers ("Engagement 3 :", "ENGAGEMENT N°3", "Commitment 3:").
import { foldSameLength } from '../dates';
import type { SourceText } from '../source';
import type { FieldName } from '../types';
import { TEMPLATE_FIELDS } from '../template/fields';
import { FIELD_LABELS } from './lexicon';
import { foldedParagraph } from './text';

export interface LabelMatch {
  field: FieldName | null;
  /** Offsets inside the paragraph text. */
  labelStart: number;
  labelEnd: number;
  valueStart: number;
  valueEnd: number;
}

// Decorations around a label: bullets, numbering, Markdown emphasis and heading marks.
const PREFIX = String.raw`^[ \t\u00a0\u202f]*(?:#{1,6}[ \t\u00a0\u202f]+)?(?:[-*•·▪◦][ \t\u00a0\u202f]+)?(?:\d{1,2}[.)][ \t\u00a0\u202f]+)?(?:\*\*|__|\*|_)?[ \t\u00a0\u202f]*`;
const SUFFIX = String.raw`(?:[ \t\u00a0\u202f]*\(s\))?(?:[ \t\u00a0\u202f]*(?:n°|no|#)?[ \t\u00a0\u202f]*\d{1,2}(?:\.\d{1,2})?)?[ \t\u00a0\u202f]*(?:\*\*|__|\*|_)?`;
// A label ends with a colon (or a dash or a tab) before its value, or it is the whole line.
const SEP = String.raw`(?:[ \t\u00a0\u202f]*(?:[:：]|[ \t\u00a0\u202f][-–—][ \t\u00a0\u202f]|\t)[ \t\u00a0\u202f]*(?:\*\*|__|\*|_)?[ \t\u00a0\u202f]*|[ \t\u00a0\u202f]*$)`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Jalon's own template labels, in both languages, so that a rendered template always reads back.
const TEMPLATE_LABELS: Array<[FieldName | null, string[]]> = TEMPLATE_FIELDS.filter((f) => f.id !== 'title').map(
  (f) => [f.field ?? null, [escape(foldSameLength(f.label.fr)), escape(foldSameLength(f.label.en))]],
);

/** The letters a label word can start with ("(?:commitment )?start..." -> c, s), or null when not plain. */
function firstLetters(word: string): string[] | null {
  const optional = /^\(\?:([^()]*)\)\?(.*)$/.exec(word);
  if (optional) {
    const inner = optional[1].split('|').map(firstLetters);
    const rest = firstLetters(optional[2]);
    if (rest === null || inner.some((x) => x === null)) return null;
    return [...(inner.flat() as string[]), ...rest];
  }
  return /^[a-zœ]/.test(word) ? [word[0]] : null;
}

// Each label with the letters its words start with: a paragraph is tried only against the labels that can
// start with its first letter (after bullets and emphasis).
const LABEL_RES: Array<[FieldName | null, RegExp, Set<string> | null]> = [...TEMPLATE_LABELS, ...FIELD_LABELS].map(
  ([field, words]) => {
    const letters = words.map(firstLetters);
    return [
      field,
      new RegExp(`${PREFIX}(?:${words.join('|')})${SUFFIX}${SEP}`, 'u'),
      letters.some((l) => l === null) ? null : new Set(letters.flat() as string[]),
    ];
  },
);
const PREFIX_RE = new RegExp(PREFIX, 'u');

// Every label's regex starts with PREFIX and one of its words: a paragraph that opens with none of the words
// cannot match any of them, and most paragraphs are prose (one test instead of one per label).
const ANY_LABEL = new RegExp(
  `${PREFIX}(?:${[...TEMPLATE_LABELS, ...FIELD_LABELS].flatMap(([, words]) => words).join('|')})`,
  'u',
);

/** The label that opens this paragraph, if any: the longest one wins ("Situation cible" over "Cible"). */
export function matchLabel(text: string, foldedText?: string): LabelMatch | null {
  return labelOf(text, foldedText, true);
}

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

/** matchLabel trying every label (what the first-letter shortcut must equal; for tests). */
export function matchLabelPlain(text: string): LabelMatch | null {
  return labelOf(text, undefined, false);
}

function labelOf(text: string, foldedText: string | undefined, shortcut: boolean): LabelMatch | null {
  if (text.length === 0) return null;
  const folded = foldedText ?? foldSameLength(text);
  if (!ANY_LABEL.test(folded)) return null;
  let best: { field: FieldName | null; m: RegExpExecArray } | null = null;
  const letter = folded[PREFIX_RE.exec(folded)?.[0].length ?? 0];
  for (const [field, re, letters] of LABEL_RES) {
    if (shortcut && letters !== null && !letters.has(letter)) continue;
    const m = re.exec(folded);
    if (m && (!best || m[0].length > best.m[0].length)) best = { field, m };
  }
  if (!best) return null;
  const end = best.m[0].length;
  let valueEnd = text.length;
  // Trailing Markdown emphasis closing a bold value line ("**Coût :** 50 k€**") is not part of the value.
  while (valueEnd > end && /[\s*_]/.test(text[valueEnd - 1])) valueEnd -= 1;
  const labelStart = text.length - text.trimStart().length;
  return { field: best.field, labelStart, labelEnd: end, valueStart: end, valueEnd: Math.max(end, valueEnd) };
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
