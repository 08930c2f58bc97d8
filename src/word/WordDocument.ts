// DocumentHost over Office.js: one object the pane holds, handing each job to its module (reading in paragraphs.ts,
// finding spans in spans.ts, highlights, critiques, inserting and fields, comments, events). Every operation queues
// its work for the whole document and syncs a fixed number of times (SYNCS): round trips to Word are slow (tens of
// ms each, seconds on the web), so their count must not grow with the number of paragraphs or findings.
import type {
  AnnotationEvent,
  CommentInfo,
  ControlContent,
  DocParagraph,
  DocRange,
  DocumentHost,
  FieldWrite,
  HighlightRequest,
  HostCapabilities,
  HostNotice,
  InsertBlock,
  Lang,
} from '../core';
import { addComments, listComments, removeComments } from './comments';
import { annotate, clearAnnotations } from './critiques';
import { WordHostError } from './errors';
import { onAnnotation, onChange, SelfWrites } from './events';
import { readControls, writeFields } from './fields';
import { clearSpans, highlightSpans } from './highlights';
import { addFootnote, insertAfter, insertAtCursor, insertText } from './insert';
import { langFromOffice, saveSettings, settingsOf, supported } from './office';
import { getSelection, readParagraphs } from './paragraphs';
import { Session } from './session';
import { locate } from './spans';

/**
 * Round trips per operation, whatever the document's size (checked by the unit tests and test/bench/word-sync).
 * Add one to each where the document has tracked changes (its current text), and one per extra part where a batch
 * passes the payload bound (spans.ts: Word on the web only, for thousands of spans at once or a read it refuses).
 */
export const SYNCS = {
  read: 1,
  select: 3, // paragraphs, search, select (insertText and addFootnote alike)
  highlight: 3, // paragraphs, searches (+ prior colours), apply; a 4th only for spans past 255 characters
  annotate: 2, // paragraphs, insert every critique
  clear: 3, // paragraphs, searches + prior colours, restore
  clearAnnotations: 3, // paragraphs, annotation ids of the touched paragraphs, delete
  insertAtCursor: 2, // selection and its containers, insert (a 3rd once, when a desktop Word refuses the grey prompt)
  insertAfter: 2, // paragraphs, insert (3 when the paragraph is in a table or a content control)
  writeFields: 2, // paragraphs, write (3 when fields are missing after a paragraph in a table or a control)
  readControls: 2, // paragraphs with control tags, each control's text
  addComments: 3, // paragraphs, searches, insert
  listComments: 1,
  removeComments: 2,
  getSelection: 1,
} as const;

const SETTINGS_PREFIX = 'jalon.';

export interface WordDocumentOptions {
  lang?: Lang;
}

export class WordDocument implements DocumentHost {
  readonly kind = 'word' as const;
  private readonly session: Session;

  constructor(options: WordDocumentOptions = {}) {
    this.session = new Session(options.lang ?? langFromOffice(), new SelfWrites());
  }

  capabilities(): HostCapabilities {
    const s = this.session;
    s.caps ??= {
      tempHighlight: supported('WordApi', '1.8') && !s.annotationsRefused,
      annotations: !s.annotationsRefused && supported('WordApi', '1.7'),
      comments: supported('WordApi', '1.4'),
      footnotes: supported('WordApi', '1.5'),
      paragraphEvents: supported('WordApi', '1.6'),
      settings: Boolean(settingsOf()),
    };
    return s.caps;
  }

  private need(flag: keyof HostCapabilities, api: string): void {
    if (!this.capabilities()[flag]) throw new WordHostError('unsupported', api, this.session.lang);
  }

  takeNotices(): HostNotice[] {
    return this.session.takeNotices();
  }

  readParagraphs(): Promise<DocParagraph[]> {
    return readParagraphs(this.session);
  }

  getSelection(): Promise<DocRange | undefined> {
    return getSelection(this.session);
  }

  async select(range: DocRange): Promise<void> {
    await Word.run(async (context) => {
      const { range: r } = await locate(context, this.session, range);
      r.select();
      await this.session.selfWrites.around([], false, () => context.sync());
    });
  }

  /**
   * Where Word has annotations, findings become critiques (underline + pop-up, nothing written into the file);
   * 'focus' keeps the highlight, which is what selection feedback needs, and what Word would not take as a critique
   * is highlighted too. Otherwise everything is highlighted.
   */
  async highlight(requests: HighlightRequest[]): Promise<void> {
    if (requests.length === 0) return;
    if (!this.capabilities().annotations) return highlightSpans(this.session, requests);
    const marks = requests.filter((r) => r.kind !== 'focus');
    const focus = requests.filter((r) => r.kind === 'focus');
    const left = marks.length ? await annotate(this.session, marks) : [];
    if (left.length || focus.length) await highlightSpans(this.session, [...left, ...focus]);
  }

  async clearHighlights(paragraphIds?: string[]): Promise<void> {
    await clearAnnotations(this.session, paragraphIds, this.capabilities().annotations);
    await clearSpans(this.session, paragraphIds);
  }

  insertAtCursor(blocks: InsertBlock[]): Promise<void> {
    return insertAtCursor(this.session, blocks);
  }

  insertAfter(paragraphId: string, blocks: InsertBlock[]): Promise<void> {
    return insertAfter(this.session, paragraphId, blocks);
  }

  insertText(at: DocRange, text: string): Promise<void> {
    return insertText(this.session, at, text);
  }

  async addFootnote(at: DocRange, text: string): Promise<void> {
    this.need('footnotes', 'WordApi 1.5');
    await addFootnote(this.session, at, text);
  }

  readControls(tagPrefix: string): Promise<ControlContent[]> {
    return readControls(this.session, tagPrefix);
  }

  writeFields(firstParagraphId: string, lastParagraphId: string, fields: FieldWrite[]): Promise<void> {
    return writeFields(this.session, firstParagraphId, lastParagraphId, fields);
  }

  async addComments(items: { range: DocRange; text: string }[]): Promise<number> {
    this.need('comments', 'WordApi 1.4');
    return addComments(this.session, items);
  }

  async listComments(): Promise<CommentInfo[]> {
    this.need('comments', 'WordApi 1.4');
    return listComments();
  }

  async removeComments(): Promise<number> {
    this.need('comments', 'WordApi 1.4');
    return removeComments();
  }

  async loadSetting<T>(key: string): Promise<T | undefined> {
    const value = settingsOf()?.get(SETTINGS_PREFIX + key);
    return value === null || value === undefined ? undefined : (value as T);
  }

  async saveSetting<T>(key: string, value: T): Promise<void> {
    const s = settingsOf();
    if (!s) throw new WordHostError('unsupported', 'Office.context.document.settings', this.session.lang);
    s.set(SETTINGS_PREFIX + key, value);
    await saveSettings(s);
  }

  onChange(listener: () => void): () => void {
    return onChange(this.session, listener);
  }

  onAnnotation(listener: (event: AnnotationEvent) => void): () => void {
    if (!this.capabilities().annotations) return () => undefined;
    return onAnnotation(this.session, listener);
  }
}
