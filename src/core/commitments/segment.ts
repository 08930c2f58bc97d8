// Splits a plan into its commitments. Starts are, by priority: Jalon's own template titles (tag
// "jalon:title"), marker lines ("Engagement 3 :", "ENGAGEMENT N°3", "Commitment 3:"), else the heading level
// that looks like commitments, else plain lines numbered as titles (« Mesure 3 : », "Measure 3:"). Text before the
// first start is the preamble.
import type { SourceParagraph, SourceText } from '../source';
import { markerRest, matchMarker, paragraphLabel } from './labels';
import { foldedParagraph, isBlank } from './text';

export interface Segment {
  first: number; // title paragraph
  titleLast: number; // last paragraph of the title (the next one when a marker line stands alone)
  last: number; // last non-empty paragraph
  titleStart: number;
  titleEnd: number;
  title: string;
}

const TITLE_TAG = 'jalon:title';

// Markdown headings inside list items ("- ### Title", as in the US plan) are headings too: fromPlainText
// marks them in .md files; this also finds them in plain text and pasted paragraphs.
const LIST_HEADING = /^[ \t]{0,3}[-*+][ \t]+(#{1,6})[ \t]+\S/;
const level = (p: SourceParagraph) => {
  if (p.headingLevel && p.headingLevel > 0) return p.headingLevel;
  const m = p.text.startsWith('#') ? null : LIST_HEADING.exec(p.text);
  return m ? m[1].length : 0;
};
const hasTitleTag = (p: SourceParagraph) => !!p.tags?.includes(TITLE_TAG);
const isLabelLine = (source: SourceText, i: number) => {
  const m = paragraphLabel(source, i);
  return !!m && m.valueStart >= source.paragraphs[i].text.trimEnd().length;
};

/** Headings that are a field's own section ("## Indicateurs", "### Jalons") are not commitments. */
function isSectionHeading(source: SourceText, i: number): boolean {
  return level(source.paragraphs[i]) > 0 && isLabelLine(source, i);
}

function countLabels(source: SourceText, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const p = source.paragraphs[i];
    if (p.tags?.some((t) => t.startsWith('jalon:'))) n += 1;
    else if (paragraphLabel(source, i)) n += 1;
  }
  return n;
}

// A heading's lead (Markdown marks, bold) then a numbered title: « Mesure 3 : », "Action 3 –", "Objective 3."…
const HEADING_LEAD = String.raw`^[ \t\u00a0\u202f]*(?:#{1,6}[ \t\u00a0\u202f]+)?(?:\*\*|__)?[ \t\u00a0\u202f]*`;
const NAMED_TITLE = new RegExp(
  HEADING_LEAD +
    String.raw`(?:mesure|measure|action|objectif|objective)[ \t\u00a0\u202f]*(?:n[°o]\.?[ \t\u00a0\u202f]*)?\d{1,3}[ \t\u00a0\u202f]*(?:[:.)–—-]|\*\*|__|$)`,
  'iu',
);
// The same title on a plain line (a .txt, a .docx without heading styles), with its word and number: « Mesure 3 :
// Titre », « Action 2 – … », « Objectif 1. … », "Measure 3:". A label names no number (« Mesure de l'impact : … »).
const NAMED_LINE = new RegExp(
  HEADING_LEAD +
    String.raw`(mesure|measure|action|objectif|objective)s?[ \t\u00a0\u202f]*(?:n[°o]\.?[ \t\u00a0\u202f]*)?(\d{1,3}(?:\.\d{1,2})?)[ \t\u00a0\u202f]*(?:[:.)–—-]|\*\*|__|$)`,
  'iu',
);
// « 3. Ouvrir les données », « 3) … »: a number then a title (« 3.1 … » is a sub-section, « 2019 » no number).
const NUMBERED_TITLE = new RegExp(HEADING_LEAD + String.raw`\d{1,3}[.)][ \t\u00a0\u202f]+\p{L}`, 'u');

/**
 * Plain lines that open commitments as « Engagement 3 : » lines do, in a plan without headings (a .txt, a .docx
 * without heading styles; or its title alone, above them): « Mesure 1 : … », « Mesure 2 : … ». Of the words that
 * number such lines, the first the plan uses on two lines or more, each with its own number: « Objectif 1 », then
 * « Action 1 », « Action 2 » under it, then « Objectif 2 » splits by objective (the actions' numbers start again
 * under each), and a plan's one « Action 1 : … » line splits nothing. A line is a title: a list's item (« - Action 1
 * : publier … ») or a sentence (« Action 1 : publier le décret d'ici juin 2025. ») is a step of its commitment.
 */
function namedLines(source: SourceText, after: number): number[] {
  const families = new Map<string, { lines: number[]; numbers: Set<string> }>();
  source.paragraphs.forEach((p, i) => {
    if (i <= after || p.text.length > 300 || level(p) > 0 || p.listLevel !== undefined) return;
    if (/[.;]$/.test(p.text.trimEnd().replace(/[*_]+$/, ''))) return;
    const m = NAMED_LINE.exec(p.text);
    if (!m) return;
    const word = m[1].toLowerCase();
    let family = families.get(word);
    if (!family) families.set(word, (family = { lines: [], numbers: new Set() }));
    family.lines.push(i);
    family.numbers.add(m[2]);
  });
  for (const { lines, numbers } of families.values())
    if (lines.length >= 2 && numbers.size === lines.length) return lines;
  return [];
}

/** Which heading level holds the commitments (1-3), or 0 when headings do not split commitments. */
function chooseLevel(source: SourceText): number {
  const ps = source.paragraphs;
  const headings = ps
    .map((p, i) => ({ p, i }))
    .filter(({ p, i }) => level(p) >= 1 && level(p) <= 3 && !isSectionHeading(source, i));
  if (headings.length === 0) return 0;
  const levels = [...new Set(headings.map(({ p }) => level(p)))].sort((a, b) => a - b);
  // A level whose headings say "Engagement"/"Commitment" is the answer.
  for (const l of levels) {
    const named = headings.filter(({ p }) => level(p) === l && /\b(?:engagement|commitment)s?\b/i.test(p.text));
    if (named.length >= 2 || (named.length === 1 && headings.filter(({ p }) => level(p) === l).length === 1)) return l;
  }
  // Else a level of numbered titles: « Mesure 3 : … », « Action 3 : … », « Objectif 3 : … », "Measure 3: …"
  // (the shallowest such level), then « 3. Titre » (the deepest). Such a heading is also read as a label
  // (« Mesure : » is the actions field), so the labelled-fields test below would pick the level above it and
  // read the whole plan as one commitment. A bare « Objectif : » heading names no number and stays a field.
  for (const named of [NAMED_TITLE, NUMBERED_TITLE]) {
    const ls = levels.filter((l) => headings.filter(({ p }) => level(p) === l && named.test(p.text)).length >= 2);
    if (ls.length > 0) return named === NAMED_TITLE ? ls[0] : ls[ls.length - 1];
  }
  // Else the deepest level whose sections carry labelled fields; else the deepest level with body text.
  const bodyOf = (l: number, i: number) => {
    let j = i + 1;
    while (j < ps.length && !(level(ps[j]) >= 1 && level(ps[j]) <= l && !isSectionHeading(source, j))) j++;
    return [i + 1, j] as const;
  };
  for (const l of [...levels].reverse()) {
    const hs = headings.filter(({ p }) => level(p) === l);
    if (hs.some(({ i }) => countLabels(source, ...bodyOf(l, i)) >= 2)) return l;
  }
  for (const l of [...levels].reverse()) {
    const hs = headings.filter(({ p }) => level(p) === l);
    const withBody = hs.filter(({ i }) => {
      const [a, b] = bodyOf(l, i);
      for (let k = a; k < b; k++) if (level(ps[k]) === 0 && ps[k].text.trim().length > 0) return true;
      return false;
    });
    if (withBody.length > 0) return l;
  }
  return levels[levels.length - 1];
}

function titleSpan(p: SourceParagraph): { start: number; end: number } {
  const lead =
    /^[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?=#))?(?:#{1,6}[ \t]+)?(?:\*\*|__)?[ \t]*/.exec(p.text)?.[0].length ?? 0;
  let end = p.text.length;
  while (end > lead && /[\s*_#]/.test(p.text[end - 1])) end--;
  return { start: p.start + lead, end: p.start + Math.max(lead, end) };
}

export function segment(source: SourceText): Segment[] {
  const ps = source.paragraphs;
  const starts = new Set<number>();
  ps.forEach((p, i) => {
    if (hasTitleTag(p)) starts.add(i);
  });
  const markers: number[] = [];
  ps.forEach((p, i) => {
    if (p.text.length <= 300 && matchMarker(p.text, foldedParagraph(source, p)) !== null) markers.push(i);
  });
  let headingLevel = 0;
  if (markers.length > 0) {
    markers.forEach((i) => starts.add(i));
  } else {
    headingLevel = chooseLevel(source);
    const headings: number[] = [];
    if (headingLevel > 0)
      ps.forEach((p, i) => {
        if (level(p) === headingLevel && !isSectionHeading(source, i)) headings.push(i);
      });
    // No headings, or the plan's title alone: plain « Mesure 3 : » lines may split it.
    const title = headings.length === 1 && headings[0] === ps.findIndex((p) => !isBlank(p.text));
    const named = (headings.length === 0 || title) && starts.size === 0 ? namedLines(source, headings[0] ?? -1) : [];
    (named.length > 0 ? named : headings).forEach((i) => starts.add(i));
  }
  const sorted = [...starts].sort((a, b) => a - b);
  if (sorted.length === 0) return singleDraft(source);

  const segments: Segment[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const first = sorted[k];
    const next = k + 1 < sorted.length ? sorted[k + 1] : ps.length;
    const startLevel = level(ps[first]);
    const titleLast = titleContinues(source, first, next) ? first + 1 : first;
    let stop = next;
    for (let j = titleLast + 1; j < next; j++) {
      const l = level(ps[j]);
      if (l === 0 || isSectionHeading(source, j) || ps[j].tags?.some((t) => t.startsWith('jalon:'))) continue;
      // A heading at or above the commitment's own level (a new axis, an annex) closes it; under a plain
      // marker line, any heading of level 1-2 does (level 3 may still be a sub-section of the commitment).
      if (l <= (startLevel > 0 ? startLevel : 2)) {
        stop = j;
        break;
      }
    }
    let last = stop - 1;
    while (last > titleLast && isBlank(ps[last].text)) last--;
    const span = titleSpan(ps[first]);
    const titleEnd = titleLast > first ? titleSpan(ps[titleLast]).end : span.end;
    // A two-line title reads with a space where the line break is (same length, so offsets still hold).
    const title = source.text.slice(span.start, titleEnd).replace(/\n/g, ' ');
    segments.push({ first, titleLast, last, titleStart: span.start, titleEnd, title });
  }
  return segments;
}

/**
 * "ENGAGEMENT 3" alone on its line, its title on the next: the next line is part of the title when it is
 * short, directly below (no blank line), and neither a label, a marker nor a sentence.
 */
function titleContinues(source: SourceText, first: number, next: number): boolean {
  const ps = source.paragraphs;
  const p = ps[first];
  const named = markerRest(p.text) === null ? NAMED_LINE.exec(p.text) : null;
  const rest = named ? p.text.slice(named[0].length).replace(/[\s*_#]+/gu, '') : markerRest(p.text);
  if (rest !== '' || first + 1 >= next) return false;
  const q = ps[first + 1];
  const t = q.text.trim();
  return (
    t.length > 0 &&
    t.length <= 200 &&
    q.start === p.end + 1 &&
    source.text[p.end] === '\n' &&
    !paragraphLabel(source, first + 1) &&
    matchMarker(q.text) === null &&
    !/[.:;]$/.test(t.replace(/[*_]+$/, '')) &&
    !(q.tags ?? []).some((tag) => tag.startsWith('jalon:') && tag !== 'jalon:title')
  );
}

/**
 * No heading, marker or template title: if the text carries at least two labelled fields it is one
 * commitment being drafted (its first line is the title); otherwise it has no commitment.
 */
function singleDraft(source: SourceText): Segment[] {
  const ps = source.paragraphs;
  if (countLabels(source, 0, ps.length) < 2) return [];
  const first = ps.findIndex((p) => !isBlank(p.text));
  if (first < 0) return [];
  let last = ps.length - 1;
  while (last > first && isBlank(ps[last].text)) last--;
  const span = titleSpan(ps[first]);
  return [
    {
      first,
      titleLast: first,
      last,
      titleStart: span.start,
      titleEnd: span.end,
      title: source.text.slice(span.start, span.end),
    },
  ];
}

/** The whole text as one commitment whose title is its first non-empty line (used to score lone texts). */
export function wholeAsOne(source: SourceText): Segment[] {
  const ps = source.paragraphs;
  const first = ps.findIndex((p) => !isBlank(p.text));
  if (first < 0) return [];
  let last = ps.length - 1;
  while (last > first && isBlank(ps[last].text)) last--;
  const span = titleSpan(ps[first]);
  return [
    {
      first,
      titleLast: first,
      last,
      titleStart: span.start,
      titleEnd: span.end,
      title: source.text.slice(span.start, span.end),
    },
  ];
}
