// Recognises a labelled line ("Coût :", "**Indicateur(s) :**", "## Jalons", "Lead agency: ...") and where its label
// stands. Apart from labels.ts, which reads a source's paragraphs through the commitments' folded text: the text checks
// read labels too (scan.ts), in the pane's first script, which does not carry the date reader.
import { foldSameLength } from '../text/fold';
import type { FieldName } from '../types';
import { TEMPLATE_FIELDS } from '../template/fields';
import { columnField, FIELD_LABELS } from './label-words';

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
// After the label's words, an aside of the author's own in parentheses (« Autres acteurs (administrations, société
// civile) : », the template's « (État, société civile) » reworded): still the label, up to its colon.
const SUFFIX = String.raw`(?:[ \t\u00a0\u202f]*\(s\))?(?:[ \t\u00a0\u202f]*\([^():：\n]{1,80}\))?(?:[ \t\u00a0\u202f]*(?:n°|no|#)?[ \t\u00a0\u202f]*\d{1,2}(?:\.\d{1,2})?)?[ \t\u00a0\u202f]*(?:\*\*|__|\*|_)?`;
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

// What a label opens with. PREFIX reads only these characters and every label word starts with a letter, so a label
// word can start only at the paragraph's first character outside them; its first three letters are one of OPENINGS
// (null when a word's opening is not plain letters: then every paragraph is read whole).
const PREFIX_CHARS = new Set([...' \t\u00a0\u202f#-*•·▪◦0123456789.)_']);
const OPENING = 3;

/** The first `n` letters a label word (a regular expression's source) can start with, or null when not plain. */
function openings(word: string, n: number): string[] | null {
  const group = /^\(\?:([^()]*)\)(\??)(.*)$/.exec(word);
  if (group) {
    const words = group[1].split('|').map((w) => w + group[3]);
    if (group[2]) words.push(group[3]);
    const all = words.map((w) => openings(w, n));
    return all.some((o) => o === null) ? null : (all.flat() as string[]);
  }
  let out = '';
  for (let i = 0; out.length < n; i++) {
    let c = word[i];
    if (c === '\\' && i + 1 < word.length && !/[a-z0-9]/i.test(word[i + 1])) c = word[++i];
    else if (c === undefined || '\\^$.|?*+()[]{}'.includes(c)) return null;
    // A letter made optional or repeated by what follows it is no fixed opening.
    if (i + 1 < word.length && '?*+{'.includes(word[i + 1])) return null;
    out += c;
  }
  return PREFIX_CHARS.has(out[0]) ? null : [out];
}

export const OPENINGS: ReadonlySet<string> | null = (() => {
  const all = [...TEMPLATE_LABELS, ...FIELD_LABELS].flatMap(([, words]) => words.map((w) => openings(w, OPENING)));
  return all.some((o) => o === null) ? null : new Set(all.flat() as string[]);
})();
/** How much of a paragraph is folded to find its opening (a longer run of decorations: the whole head is read). */
const OPENING_HEAD = 40;

/**
 * False when no label can open this text: its first three letters after the decorations open no label word. Only the
 * text's start is folded (most paragraphs are prose, and a paragraph's head was folded whole for this test alone).
 */
function mayOpenALabel(text: string, folded?: string): boolean {
  if (OPENINGS === null) return true;
  const head = folded ?? foldSameLength(text.length > OPENING_HEAD ? text.slice(0, OPENING_HEAD) : text);
  let f = 0;
  while (f < head.length && PREFIX_CHARS.has(head[f])) f++;
  if (f + OPENING > head.length) return head.length < text.length;
  return OPENINGS.has(head.slice(f, f + OPENING));
}

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

/**
 * Where the label that opens a paragraph stands, with its separator ([start, end) in the text: « **Indicateur(s) :** »,
 * "Lead implementing agency/actor" alone in its table cell), or undefined: the template's words, which the author
 * cannot change, and which the text checks do not review as the author's prose (scan.ts). The value after it is the
 * author's.
 */
export function labelSpan(text: string): [number, number] | undefined {
  // A label opens its paragraph and is short: only the paragraph's start is folded and read (most paragraphs are
  // prose). A label that would end where the start is cut is no label of the whole paragraph.
  const head = text.length > LABEL_CHARS ? text.slice(0, LABEL_CHARS) : text;
  const label = matchLabel(head);
  if (label && label.valueStart > label.labelStart && (head === text || label.valueStart < head.length))
    return [label.labelStart, label.valueStart];
  // A table's column name, or a key/value table's row name (« Institution responsable », "Lead agency"): the whole cell.
  if (text.length <= COLUMN_CHARS && columnField(text)) return [text.length - text.trimStart().length, text.length];
  return undefined;
}

/** A label and its decorations are shorter than this (the longest, OGP's row of other actors, ~180 characters). */
const LABEL_CHARS = 300;
/** Longer than this, a paragraph is no column's name (columnField reads short cells only). */
const COLUMN_CHARS = 80;

/** matchLabel trying every label (what the first-letter shortcut must equal; for tests). */
export function matchLabelPlain(text: string): LabelMatch | null {
  return labelOf(text, undefined, false);
}

/** labelSpan with the whole head folded and every label tried (what its shortcuts must equal; for tests). */
export function labelSpanPlain(text: string): [number, number] | undefined {
  const head = text.length > LABEL_CHARS ? text.slice(0, LABEL_CHARS) : text;
  const label = matchLabelPlain(head);
  if (label && label.valueStart > label.labelStart && (head === text || label.valueStart < head.length))
    return [label.labelStart, label.valueStart];
  if (text.length <= COLUMN_CHARS && columnField(text)) return [text.length - text.trimStart().length, text.length];
  return undefined;
}

function labelOf(text: string, foldedText: string | undefined, shortcut: boolean): LabelMatch | null {
  if (text.length === 0) return null;
  // Most paragraphs open with no label's letters: they are not folded whole.
  if (shortcut && !mayOpenALabel(text, foldedText)) return null;
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
