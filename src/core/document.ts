// The one interface through which the task pane talks to a document. Word (src/word) and the
// demo's in-browser document (src/demo) implement it; the pane knows nothing else.
// Types only: the core stays free of DOM and Office.

import type { Lang, ParagraphInput } from './types';

export interface DocParagraph extends ParagraphInput {
  /** Stable across reads while the paragraph exists (Word: paragraph uniqueLocalId where available). */
  id: string;
  index: number;
  text: string;
  style: string;
  headingLevel: number;
  inTable: boolean;
  tags: string[];
}

/** A span inside one paragraph, in UTF-16 offsets of that paragraph's text. */
export interface DocRange {
  paragraphId: string;
  start: number;
  end: number;
}

export type HighlightKind = 'error' | 'warning' | 'suggestion' | 'info' | 'focus';

export interface HighlightRequest extends DocRange {
  kind: HighlightKind;
  /** Shown in Word's annotation popup where the host has annotations. */
  message?: string;
  suggestions?: string[];
  /**
   * True when each suggestion is a replacement for the span's text (a concrete verb for a vague one). Only then
   * does Word's annotation pop-up offer them, because accepting one there replaces the span; examples and
   * advice stay in the pane.
   */
  suggestionsReplace?: boolean;
}

/** The author acted on one of Jalon's annotations in Word (WordApi 1.7 click, 1.8 pop-up actions). */
export interface AnnotationEvent {
  /** The span as Jalon underlined it; after 'accept' Word has already put the suggestion there. */
  range: DocRange;
  action: 'click' | 'accept' | 'reject';
  /** The suggestion the author picked, on 'accept'. */
  suggestion?: string;
}

export interface HostCapabilities {
  /** WordApi 1.8 non-persistent highlights: nothing written into the file. */
  tempHighlight: boolean;
  /** WordApi 1.7 annotations (underline + popup with suggestions). */
  annotations: boolean;
  comments: boolean; // WordApi 1.4
  footnotes: boolean; // WordApi 1.5
  paragraphEvents: boolean; // WordApi 1.6
  settings: boolean; // document settings survive save/reopen
}

/** The tag of the content control around each paragraph of Jalon's own words (InsertBlock.own): never read back,
 * by the Word layer as by the command line's .docx reader. */
export const NOTE_TAG = 'jalon-note';

/** One block of inserted content: a heading, a label line, or a field held in a tagged content control. */
export interface InsertBlock {
  kind: 'heading' | 'label' | 'field' | 'text';
  text: string;
  level?: number; // for headings
  tag?: string; // for fields: "jalon:<field>"
  placeholder?: string; // for fields: grey prompt shown while empty
  /**
   * Jalon's own words (a review summary): the host marks them (Word: a content control tagged `jalon-note`) and
   * leaves them out of readParagraphs, so that Jalon never reviews or counts what it wrote.
   */
  own?: boolean;
}

export interface ControlContent {
  id: string;
  tag: string;
  text: string;
  paragraphId?: string;
}

export interface FieldWrite {
  tag: string; // "jalon:cost"
  label: string; // shown before the control when the structure must be created
  text: string;
}

export interface CommentInfo {
  id: string;
  text: string;
  paragraphId?: string;
}

/**
 * Something the host could not do as asked, and what it did instead (comments written as a summary, highlights
 * left out under Track Changes...), already worded in both languages so the pane shows it in its own.
 */
export interface HostNotice {
  code: string;
  text: Record<Lang, string>;
}

export interface DocumentHost {
  readonly kind: 'word' | 'demo';
  capabilities(): HostCapabilities;
  /** The whole document as paragraphs, in a fixed number of round trips. */
  readParagraphs(): Promise<DocParagraph[]>;
  select(range: DocRange): Promise<void>;
  /** Adds highlights; remembers what was there so clearHighlights can restore it. */
  highlight(requests: HighlightRequest[]): Promise<void>;
  /** Removes exactly the highlights Jalon added (all, or those of the given paragraphs), restoring prior colours. */
  clearHighlights(paragraphIds?: string[]): Promise<void>;
  /** Inserts after the cursor/selection without replacing the author's selection. */
  insertAtCursor(blocks: InsertBlock[]): Promise<void>;
  /** Inserts after the given paragraph (used for definitions, review summaries, missing template fields). */
  insertAfter(paragraphId: string, blocks: InsertBlock[]): Promise<void>;
  /** Inserts text at a position inside a paragraph (a definition in parentheses, at the author's request). */
  insertText(at: DocRange, text: string): Promise<void>;
  addFootnote?(at: DocRange, text: string): Promise<void>;
  readControls(tagPrefix: string): Promise<ControlContent[]>;
  /** Writes answers into the tagged controls between two paragraphs; creates missing ones after `lastParagraphId`. */
  writeFields(firstParagraphId: string, lastParagraphId: string, fields: FieldWrite[]): Promise<void>;
  addComments(items: { range: DocRange; text: string }[]): Promise<number>;
  listComments(): Promise<CommentInfo[]>; // Jalon's own comments only
  removeComments(): Promise<number>; // Jalon's own comments only
  loadSetting<T>(key: string): Promise<T | undefined>;
  saveSetting<T>(key: string, value: T): Promise<void>;
  /** Where the cursor is (start of the selection), so the pane can show the engagement under it. Optional. */
  getSelection?(): Promise<DocRange | undefined>;
  /** Called (debounced by the caller) when paragraphs change; returns an unsubscribe function. */
  onChange?(listener: () => void): () => void;
  /**
   * Where findings are Word annotations: the author clicked one, or accepted or dismissed it in Word's pop-up
   * (Word makes that edit itself). Lets the pane show the finding's explanation. Returns an unsubscribe function.
   */
  onAnnotation?(listener: (event: AnnotationEvent) => void): () => void;
  /** The notices gathered since the last call (the pane shows them after each call it makes). Optional. */
  takeNotices?(): HostNotice[];
}
