// The fake Word's document: paragraphs with their text (tracked deletions kept and flagged), colours, temporary
// highlights, annotations, content controls and table cells; comments, footnotes, revisions and the selection.
// Pure data and the edits Word makes to it; what a host shows of it depends on the host's profile (profiles.ts).
import type { HostProfile } from './profiles';

export interface FakeControl {
  id: number;
  tag: string;
  title?: string;
  placeholder?: string;
}

export interface FakeTable {
  id: number;
}

export interface FakeCell {
  table: FakeTable;
  row: number;
  column: number;
}

/** What holds a paragraph, outermost first: content controls and table cells, in any order of nesting. */
export type Container = { control: FakeControl } | { cell: FakeCell };

export interface FakeAnnotation {
  id: string;
  start: number;
  length: number;
  colorScheme: string;
  popupOptions?: {
    brandingTextResourceId: string;
    subtitleResourceId: string;
    titleResourceId: string;
    suggestions: string[];
  };
  /** Who inserted it: another add-in's annotations must survive Jalon's clear. */
  owner: string;
}

export interface FakeParagraphData {
  /** Every character, tracked deletions included. */
  text: string;
  /** Which characters are tracked deletions. */
  deleted: boolean[];
  style: string;
  styleBuiltIn: string;
  outlineLevel: number;
  uid: string | null;
  containers: Container[];
  /** List level when the paragraph is a list item. */
  list?: number;
  /** Persistent highlight colour of each UTF-16 unit (null: none). */
  colours: (string | null)[];
  /** Temporary (WordApi 1.8) highlight of each unit. */
  temp: boolean[];
  bold?: boolean;
  /** Word annotations (critiques): in memory, never part of the text or its colours. */
  annotations: FakeAnnotation[];
}

export interface FakeInit {
  text: string;
  heading?: number;
  /** Content-control tags, outermost first (each paragraph gets its own controls); or shared controls. */
  tags?: string[];
  controls?: FakeControl[];
  /** Legacy shorthand: one control tagged `tag`, inside one tagged `parentTag`. */
  tag?: string;
  parentTag?: string;
  /** A table cell; cells of one table share the table object. `inTable` makes consecutive one-column rows. */
  cell?: FakeCell;
  /** The cell's place among the containers: after the controls (default) or before them. */
  cellOutside?: boolean;
  inTable?: boolean;
  list?: number;
  /** Tracked deletions, as [start, end) of `text`. */
  deleted?: [number, number][];
  colour?: string | null;
}

let uidCounter = 0;
let controlCounter = 100;
let tableCounter = 0;
let annotationCounter = 0;

export const newUid = () => `${(++uidCounter).toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`;
export const control = (tag: string): FakeControl => ({ id: ++controlCounter, tag });
export const table = (): FakeTable => ({ id: ++tableCounter });
export const annotationId = (owner: string) => `{${owner}-${++annotationCounter}}`;

export function makePara(i: FakeInit, uid: string | null = newUid()): FakeParagraphData {
  const controls =
    i.controls ?? (i.tags ?? (i.tag ? (i.parentTag ? [i.parentTag, i.tag] : [i.tag]) : [])).map((t) => control(t));
  const cc: Container[] = controls.map((c) => ({ control: c }));
  const containers = i.cell ? (i.cellOutside ? [{ cell: i.cell }, ...cc] : [...cc, { cell: i.cell }]) : cc;
  const deleted = Array.from({ length: i.text.length }, () => false);
  for (const [s, e] of i.deleted ?? []) deleted.fill(true, s, e);
  return {
    text: i.text,
    deleted,
    style: i.heading ? `Titre ${i.heading}` : 'Normal',
    styleBuiltIn: i.heading ? `Heading${i.heading}` : 'Normal',
    outlineLevel: i.heading ?? 10,
    uid,
    containers,
    list: i.list,
    colours: Array.from({ length: i.text.length }, () => i.colour ?? null),
    temp: Array.from({ length: i.text.length }, () => false),
    annotations: [],
  };
}

export const controlsOf = (p: FakeParagraphData): FakeControl[] =>
  p.containers.flatMap((c) => ('control' in c ? [c.control] : []));
export const cellsOf = (p: FakeParagraphData): FakeCell[] => p.containers.flatMap((c) => ('cell' in c ? [c.cell] : []));

/** A text a host gives, and the raw offset (in the paragraph's full text) of each of its characters. */
export interface View {
  text: string;
  raw: (i: number) => number;
}

/** paragraph.text on this host: the web includes tracked deletions (office-js#1267), desktops do not. */
export function hostView(p: FakeParagraphData, profile: HostProfile): View {
  if (profile.textIncludesDeleted) return { text: p.text, raw: (i) => i };
  return currentView(p);
}

/** The current text (getReviewedText('Current')): tracked deletions out. */
export function currentView(p: FakeParagraphData): View {
  if (!p.deleted.includes(true)) return { text: p.text, raw: (i) => i };
  const raw: number[] = [];
  let text = '';
  for (let i = 0; i < p.text.length; i++) {
    if (p.deleted[i]) continue;
    raw.push(i);
    text += p.text[i];
  }
  return { text, raw: (i) => raw[i] };
}

/**
 * Critique offsets: the current text without footnote marks (office-js#5672: critiques shift past tracked
 * deletions; #4997: the \x02 a note's text starts with is not counted). Returns the raw offset of each.
 */
export function critiqueView(p: FakeParagraphData): number[] {
  const out: number[] = [];
  for (let i = 0; i < p.text.length; i++) if (!p.deleted[i] && p.text[i] !== '\u0002') out.push(i);
  return out;
}

/** Replaces raw [start, end) with text, as Word does: annotations over the edit are dropped, later ones move. */
export function replaceText(p: FakeParagraphData, start: number, end: number, text: string): void {
  const crit = critiqueView(p);
  const cs = crit.findIndex((r) => r >= start);
  const before = cs < 0 ? crit.length : cs;
  const removed = crit.filter((r) => r >= start && r < end).length;
  p.annotations = p.annotations
    .filter((a) => a.start + a.length <= before || a.start >= before + removed)
    .map((a) => (a.start >= before + removed ? { ...a, start: a.start + text.length - removed } : a));
  p.text = p.text.slice(0, start) + text + p.text.slice(end);
  const fill = <T>(v: T) => Array.from({ length: text.length }, () => v);
  p.colours.splice(start, end - start, ...fill<string | null>(null));
  p.temp.splice(start, end - start, ...fill(false));
  p.deleted.splice(start, end - start, ...fill(false));
}

/**
 * Word's search: straight and curly apostrophes and quotes match each other (Find treats them alike), and ^- finds
 * Word's optional hyphen whichever way it is stored.
 */
const FOLD: Record<string, string> = { '\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u001f': '\u00ad' };
const fold = (s: string) => s.replace(/[\u2018\u2019\u201c\u201d\u001f]/g, (c) => FOLD[c]);

/** Characters a literal search cannot find: control characters other than those with a search code. */
export function unsearchable(needle: string): boolean {
  return /[\u0000-\u0008\u000a\u000c-\u001d]/.test(needle);
}

/** Non-overlapping matches of an unescaped needle in a host's text, as [start, end) of that text. */
export function matches(text: string, needle: string): [number, number][] {
  if (!needle || unsearchable(needle)) return [];
  const t = fold(text);
  const n = fold(needle);
  const out: [number, number][] = [];
  for (let i = t.indexOf(n); i >= 0; i = t.indexOf(n, i + n.length)) out.push([i, i + n.length]);
  return out;
}

export const SEARCH_CODES: Record<string, string> = {
  '^^': '^',
  '^s': '\u00a0',
  '^-': '\u00ad',
  '^~': '\u001e',
  '^l': '\u000b',
  '^t': '\t',
};
export const unescapeSearch = (s: string) => s.replace(/\^[\^s\-~lt]/g, (c) => SEARCH_CODES[c]);
