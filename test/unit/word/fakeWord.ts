// A small Word object model for tests and the bench: the subset of Word.* that src/word uses, with Word's
// rule that a property can be read only after load() and a context.sync(), and a count of syncs.
// The `Office` global is an office-addin-mock OfficeMockObject (settings, requirement sets, language).
import { OfficeMockObject } from 'office-addin-mock';

const CODES: Record<string, string> = {
  '^^': '^',
  '^s': '\u00a0',
  '^-': '\u00ad',
  '^~': '\u001e',
  '^l': '\u000b',
  '^t': '\t',
};
const unescape = (s: string) => s.replace(/\^[\^s\-~lt]/g, (c) => CODES[c]);

export interface FakeControl {
  id: number;
  tag: string;
  parentTag?: string;
  placeholder?: string;
}

export interface FakeParagraphData {
  text: string;
  style: string;
  styleBuiltIn: string;
  outlineLevel: number;
  tableNestingLevel: number;
  uid: string;
  control?: FakeControl;
  /** Persistent highlight colour of each UTF-16 unit (null: none). */
  colours: (string | null)[];
  /** Temporary (WordApi 1.8) highlight of each unit. */
  temp: boolean[];
  bold?: boolean;
  /** Word annotations (critiques) on this paragraph: in memory, never part of the text or its colours. */
  annotations: FakeAnnotation[];
}

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

export interface FakeInit {
  text: string;
  heading?: number;
  inTable?: boolean;
  tag?: string;
  parentTag?: string;
  colour?: string | null;
}

let uidCounter = 0;
let controlCounter = 100;

export class FakeWordDocument {
  paragraphs: FakeParagraphData[];
  comments: { id: string; content: string; para: FakeParagraphData; deleted?: boolean }[] = [];
  footnotes: { para: FakeParagraphData; offset: number; text: string }[] = [];
  selection: { para: number; start: number; end: number } = { para: 0, start: 0, end: 0 };
  selected?: { para: FakeParagraphData; start: number; end: number };
  syncs = 0;
  /** Set to make the host refuse uniqueLocalId (an Office that lists WordApi 1.6 without a Microsoft 365 licence). */
  refuseUid = false;
  /** Set to make the host refuse critiques at sync (an Office that lists WordApi 1.7 without the Microsoft 365 service). */
  refuseAnnotations = false;
  /** How many insertAnnotations calls reached Word (one per paragraph per batch). */
  annotationCalls = 0;
  handlers: (() => Promise<void>)[] = [];
  annotationHandlers: { clicked: AnnotationHandler[]; popup: AnnotationHandler[] } = { clicked: [], popup: [] };

  constructor(init: (string | FakeInit)[]) {
    this.paragraphs = init.map((i) => makePara(typeof i === 'string' ? { text: i } : i));
  }

  texts(): string[] {
    return this.paragraphs.map((p) => p.text);
  }

  /** The highlighted spans of one paragraph, as "text=colour" strings. */
  highlights(i: number): string[] {
    const p = this.paragraphs[i];
    const out: string[] = [];
    let s = 0;
    for (let k = 1; k <= p.text.length; k++) {
      if (k === p.text.length || p.colours[k] !== p.colours[s]) {
        if (p.colours[s]) out.push(`${p.text.slice(s, k)}=${p.colours[s]}`);
        s = k;
      }
    }
    return out;
  }

  tempSpans(i: number): string[] {
    const p = this.paragraphs[i];
    const out: string[] = [];
    let s = -1;
    for (let k = 0; k <= p.text.length; k++) {
      const on = k < p.text.length && p.temp[k];
      if (on && s < 0) s = k;
      if (!on && s >= 0) {
        out.push(p.text.slice(s, k));
        s = -1;
      }
    }
    return out;
  }

  /** The annotations of one paragraph, as "text=Colour" strings, in position order. */
  annotationsOf(i: number, owner = 'jalon'): string[] {
    const p = this.paragraphs[i];
    return p.annotations
      .filter((a) => a.owner === owner)
      .sort((a, b) => a.start - b.start)
      .map((a) => `${p.text.slice(a.start, a.start + a.length)}=${a.colorScheme}`);
  }

  allAnnotations(): { para: number; annotation: FakeAnnotation }[] {
    return this.paragraphs.flatMap((p, para) => p.annotations.map((annotation) => ({ para, annotation })));
  }

  /** Another add-in's critique, already in the document. */
  addForeignAnnotation(i: number, start: number, length: number): string {
    const id = `{foreign-${++annotationCounter}}`;
    const popupOptions = {
      brandingTextResourceId: 'Other.Brand',
      titleResourceId: 'Other.Title',
      subtitleResourceId: 'Other.Sub',
      suggestions: ['x'],
    };
    this.paragraphs[i].annotations.push({ id, start, length, colorScheme: 'Green', popupOptions, owner: 'other' });
    return id;
  }

  /**
   * The author picks a suggestion in Word's pop-up: Word itself replaces the span and removes the annotation
   * (then fires onAnnotationPopupAction). No add-in code runs to change the text.
   */
  async acceptSuggestion(id: string, suggestion: string): Promise<void> {
    const hit = this.allAnnotations().find((x) => x.annotation.id === id);
    if (!hit) throw new Error(`no annotation ${id}`);
    const a = hit.annotation;
    if (!a.popupOptions?.suggestions.includes(suggestion)) throw new Error(`"${suggestion}" is not offered by ${id}`);
    replaceText(this.paragraphs[hit.para], a.start, a.start + a.length, suggestion);
    for (const h of this.annotationHandlers.popup) await h({ id, action: 'Accept', critiqueSuggestion: suggestion });
  }

  /** The author dismisses the critique in the pop-up: Word hides it and fires onAnnotationPopupAction. */
  async rejectAnnotation(id: string): Promise<void> {
    const hit = this.allAnnotations().find((x) => x.annotation.id === id);
    if (!hit) throw new Error(`no annotation ${id}`);
    this.paragraphs[hit.para].annotations = this.paragraphs[hit.para].annotations.filter((x) => x !== hit.annotation);
    for (const h of this.annotationHandlers.popup) await h({ id, action: 'Reject', critiqueSuggestion: '' });
  }

  async clickAnnotation(id: string): Promise<void> {
    for (const h of this.annotationHandlers.clicked) await h({ id });
  }

  context(): FakeContext {
    return new FakeContext(this);
  }
}

let annotationCounter = 0;

export function makePara(i: FakeInit): FakeParagraphData {
  return {
    text: i.text,
    style: i.heading ? `Titre ${i.heading}` : 'Normal',
    styleBuiltIn: i.heading ? `Heading${i.heading}` : 'Normal',
    outlineLevel: i.heading ?? 10,
    tableNestingLevel: i.inTable ? 1 : 0,
    uid: `uid-${++uidCounter}`,
    control: i.tag ? { id: ++controlCounter, tag: i.tag, parentTag: i.parentTag } : undefined,
    colours: Array.from({ length: i.text.length }, () => i.colour ?? null),
    temp: Array.from({ length: i.text.length }, () => false),
    annotations: [],
  };
}

/** Something whose properties become readable at the first sync after load(). */
class Loadable {
  protected pending = new Set<string>();
  protected ready = new Set<string>();
  constructor(protected ctx: FakeContext) {}
  load(props?: string): this {
    for (const p of (props ?? '*').split(',')) this.pending.add(p.trim());
    this.ctx.loadables.add(this);
    return this;
  }
  discard(): void {
    this.pending.clear();
  }
  commit(): void {
    for (const p of this.pending) this.ready.add(p);
    this.pending.clear();
  }
  /** A reason Word would reject the whole batch at the next sync, if any. */
  failure(): string | undefined {
    return undefined;
  }
  protected need(prop: string): void {
    if (!this.ready.has(prop) && !this.ready.has('*'))
      throw new Error(`PropertyNotLoaded: ${prop} (load it and sync first)`);
  }
}

export class FakeContext {
  loadables = new Set<Loadable>();
  document: FakeDocumentProxy;
  constructor(readonly doc: FakeWordDocument) {
    this.document = new FakeDocumentProxy(this);
  }
  async sync(): Promise<void> {
    this.doc.syncs += 1;
    for (const l of this.loadables) {
      const refusedUid = this.doc.refuseUid && (l as unknown as { wantsUid?: () => boolean }).wantsUid?.();
      const failure = refusedUid ? 'GeneralException: uniqueLocalId is not available' : l.failure();
      if (failure) {
        // Word drops the whole failed batch, pending loads included.
        for (const x of this.loadables) x.discard();
        this.loadables.clear();
        throw new Error(failure);
      }
    }
    for (const l of this.loadables) l.commit();
    this.loadables.clear();
  }
}

type AnnotationHandler = (args: { id: string; action?: string; critiqueSuggestion?: string }) => Promise<void>;

class FakeAnnotationEvent {
  constructor(
    private ctx: FakeContext,
    private kind: 'clicked' | 'popup',
  ) {}
  add(handler: AnnotationHandler) {
    const lists = this.ctx.doc.annotationHandlers;
    lists[this.kind].push(handler);
    return { context: this.ctx, remove: () => (lists[this.kind] = lists[this.kind].filter((h) => h !== handler)) };
  }
}

class FakeDocumentProxy {
  body: { paragraphs: FakeParagraphCollection; getComments: () => FakeCommentCollection };
  onAnnotationClicked: FakeAnnotationEvent;
  onAnnotationPopupAction: FakeAnnotationEvent;
  onParagraphChanged: FakeEvent;
  onParagraphAdded: FakeEvent;
  onParagraphDeleted: FakeEvent;
  constructor(private ctx: FakeContext) {
    this.body = {
      paragraphs: new FakeParagraphCollection(ctx, () => ctx.doc.paragraphs),
      getComments: () => new FakeCommentCollection(ctx),
    };
    this.onParagraphChanged = new FakeEvent(ctx);
    this.onParagraphAdded = new FakeEvent(ctx);
    this.onParagraphDeleted = new FakeEvent(ctx);
    this.onAnnotationClicked = new FakeAnnotationEvent(ctx, 'clicked');
    this.onAnnotationPopupAction = new FakeAnnotationEvent(ctx, 'popup');
  }
  getSelection(): FakeRange {
    const s = this.ctx.doc.selection;
    return new FakeRange(this.ctx, this.ctx.doc.paragraphs[s.para], s.start, s.end);
  }
}

class FakeEvent {
  constructor(private ctx: FakeContext) {}
  add(handler: () => Promise<void>) {
    this.ctx.doc.handlers.push(handler);
    return {
      context: this.ctx,
      remove: () => (this.ctx.doc.handlers = this.ctx.doc.handlers.filter((h) => h !== handler)),
    };
  }
}

class FakeParagraphCollection extends Loadable {
  private snapshot: FakeParagraph[] | undefined;
  constructor(
    ctx: FakeContext,
    private source: () => FakeParagraphData[],
  ) {
    super(ctx);
  }
  wantsUid(): boolean {
    return [...this.pending].some((p) => p.includes('uniqueLocalId'));
  }
  override commit(): void {
    const props = [...this.pending].map((p) => p.replace(/^items\//, ''));
    super.commit();
    this.snapshot = this.source().map((d) => new FakeParagraph(this.ctx, d, new Set(props)));
  }
  get items(): FakeParagraph[] {
    if (!this.snapshot) throw new Error('PropertyNotLoaded: items');
    return this.snapshot;
  }
  getFirst(): FakeParagraph {
    return new FakeParagraph(this.ctx, this.source()[0], new Set());
  }
  getLast(): FakeParagraph {
    const all = this.source();
    return new FakeParagraph(this.ctx, all[all.length - 1], new Set());
  }
}

class FakeParagraph extends Loadable {
  constructor(
    ctx: FakeContext,
    readonly data: FakeParagraphData,
    loaded: Set<string>,
  ) {
    super(ctx);
    for (const p of loaded) this.ready.add(p);
    this.take();
  }
  /** Word hands back values as they were at the sync, not as later queued commands change them. */
  private snap: Partial<FakeParagraphData> = {};
  private take(): void {
    this.snap = { ...this.data, control: this.data.control && { ...this.data.control } };
  }
  override commit(): void {
    super.commit();
    this.take();
  }
  private v<T>(prop: string, value: T): T {
    this.need(prop);
    return value;
  }
  get text() {
    return this.v('text', this.snap.text!);
  }
  get style() {
    return this.v('style', this.snap.style!);
  }
  get styleBuiltIn() {
    return this.v('styleBuiltIn', this.snap.styleBuiltIn!);
  }
  set styleBuiltIn(s: string) {
    this.data.styleBuiltIn = s;
    const m = /^Heading(\d)$/.exec(s);
    this.data.style = m ? `Titre ${m[1]}` : s;
    this.data.outlineLevel = m ? Number(m[1]) : 10;
  }
  get outlineLevel() {
    return this.v('outlineLevel', this.snap.outlineLevel!);
  }
  get tableNestingLevel() {
    return this.v('tableNestingLevel', this.snap.tableNestingLevel!);
  }
  get uniqueLocalId() {
    return this.v('uniqueLocalId', this.snap.uid!);
  }
  get font() {
    const data = this.data;
    return {
      set bold(b: boolean) {
        data.bold = b;
      },
    };
  }
  get parentTableOrNullObject(): FakeTable {
    return new FakeTable(this.ctx, this.data);
  }
  get parentContentControlOrNullObject(): FakeControlProxy {
    return new FakeControlProxy(
      this.ctx,
      this.data,
      [...this.ready].filter((p) => p.startsWith('parentContentControlOrNullObject/')),
      0,
    );
  }
  search(needle: string, opts: { matchCase?: boolean }): FakeRangeCollection {
    if (!opts.matchCase) throw new Error('tests expect matchCase searches');
    return new FakeRangeCollection(this.ctx, this.data, unescape(needle));
  }
  getRange(where: string): FakeRange {
    const len = this.data.text.length;
    if (where === 'Start') return new FakeRange(this.ctx, this.data, 0, 0);
    if (where === 'End') return new FakeRange(this.ctx, this.data, len, len);
    return new FakeRange(this.ctx, this.data, 0, len);
  }
  insertParagraph(text: string, where: 'After' | 'Before'): FakeParagraph {
    const all = this.ctx.doc.paragraphs;
    const i = all.indexOf(this.data);
    const made = makePara({ text });
    made.styleBuiltIn = this.data.styleBuiltIn; // Word: the new paragraph inherits the anchor's style
    all.splice(where === 'After' ? i + 1 : i, 0, made);
    return new FakeParagraph(this.ctx, made, new Set());
  }
  insertAnnotations(set: { critiques: Omit<FakeAnnotation, 'id' | 'owner'>[] }): FakeInsertedAnnotations {
    return new FakeInsertedAnnotations(this.ctx, this.data, set.critiques);
  }
  getAnnotations(): FakeAnnotationCollection {
    return new FakeAnnotationCollection(this.ctx, this.data);
  }
  insertContentControl() {
    const control: FakeControl = { id: ++controlCounter, tag: '' };
    this.data.control = control;
    return {
      set tag(t: string) {
        control.tag = t;
      },
      set title(_t: string) {},
      set placeholderText(t: string) {
        control.placeholder = t;
      },
    };
  }
}

/** A table is a run of consecutive paragraphs with tableNestingLevel > 0. */
class FakeTable extends Loadable {
  constructor(
    ctx: FakeContext,
    private data: FakeParagraphData,
  ) {
    super(ctx);
  }
  get isNullObject(): boolean {
    this.need('rowCount');
    return this.data.tableNestingLevel === 0;
  }
  insertParagraph(text: string, where: 'After'): FakeParagraph {
    if (where !== 'After') throw new Error('unexpected');
    const all = this.ctx.doc.paragraphs;
    let i = all.indexOf(this.data);
    while (i + 1 < all.length && all[i + 1].tableNestingLevel > 0) i += 1;
    const made = makePara({ text });
    all.splice(i + 1, 0, made);
    return new FakeParagraph(this.ctx, made, new Set());
  }
}

class FakeControlProxy {
  constructor(
    private ctx: FakeContext,
    private data: FakeParagraphData,
    private loaded: string[],
    private depth: number,
  ) {}
  private path(prop: string): string {
    return [
      'parentContentControlOrNullObject',
      ...Array(this.depth).fill('parentContentControlOrNullObject'),
      prop,
    ].join('/');
  }
  private need(prop: string): void {
    if (!this.loaded.includes(this.path(prop))) throw new Error(`PropertyNotLoaded: ${this.path(prop)}`);
  }
  get isNullObject(): boolean {
    if (!this.loaded.some((p) => p.startsWith(this.path('')))) throw new Error('PropertyNotLoaded: isNullObject');
    return this.depth === 0 ? !this.data.control : !this.data.control?.parentTag;
  }
  get tag(): string {
    this.need('tag');
    return (this.depth === 0 ? this.data.control?.tag : this.data.control?.parentTag) ?? '';
  }
  get id(): number {
    this.need('id');
    return this.data.control?.id ?? 0;
  }
  get text(): string {
    this.need('text');
    return this.data.text;
  }
  get parentTableOrNullObject(): FakeTable {
    return new FakeTable(this.ctx, this.data);
  }
  get parentContentControlOrNullObject(): FakeControlProxy {
    return new FakeControlProxy(this.ctx, this.data, this.loaded, this.depth + 1);
  }
  insertText(text: string, where: 'Replace') {
    if (where !== 'Replace') throw new Error('unexpected');
    replaceText(this.data, 0, this.data.text.length, text);
  }
}

/** Word inserts critiques at the sync; the ids come back in the order of the critiques. */
class FakeInsertedAnnotations extends Loadable {
  private ids: string[] | undefined;
  constructor(
    ctx: FakeContext,
    private para: FakeParagraphData,
    private critiques: Omit<FakeAnnotation, 'id' | 'owner'>[],
  ) {
    super(ctx);
    ctx.loadables.add(this);
  }
  override failure(): string | undefined {
    if (this.ctx.doc.refuseAnnotations) return 'GeneralException: Paragraph.insertAnnotations';
    for (const c of this.critiques) {
      if (
        !Number.isInteger(c.start) ||
        !Number.isInteger(c.length) ||
        c.start < 0 ||
        c.length <= 0 ||
        c.start + c.length > this.para.text.length
      ) {
        return `InvalidArgument: critique ${c.start}+${c.length} outside a paragraph of ${this.para.text.length}`;
      }
      if (!['Red', 'Green', 'Blue', 'Lavender', 'Berry'].includes(c.colorScheme))
        return `InvalidArgument: colorScheme ${c.colorScheme}`;
      if (c.popupOptions && c.popupOptions.suggestions.length > 3) return 'fake: Word shows three suggestions at most';
    }
    return undefined;
  }
  override commit(): void {
    super.commit();
    if (this.ids) return;
    this.ctx.doc.annotationCalls += 1;
    this.ids = this.critiques.map((c) => {
      const id = `{jalon-${++annotationCounter}}`;
      this.para.annotations.push({ ...JSON.parse(JSON.stringify(c)), id, owner: 'jalon' });
      return id;
    });
  }
  get value(): string[] {
    if (!this.ids) throw new Error('PropertyNotLoaded: ClientResult.value (sync first)');
    return this.ids;
  }
}

class FakeAnnotationCollection extends Loadable {
  private snapshot: { id: string; critiqueAnnotation: { critique: object }; delete: () => void }[] | undefined;
  constructor(
    ctx: FakeContext,
    private para: FakeParagraphData,
  ) {
    super(ctx);
  }
  override failure(): string | undefined {
    return this.ctx.doc.refuseAnnotations ? 'GeneralException: Paragraph.getAnnotations' : undefined;
  }
  override commit(): void {
    const critiques = this.pending.has('items/critiqueAnnotation/critique');
    super.commit();
    this.snapshot = this.para.annotations.map((a) => ({
      id: a.id,
      get critiqueAnnotation() {
        if (!critiques) throw new Error('PropertyNotLoaded: critiqueAnnotation/critique');
        const { id: _id, owner: _owner, ...critique } = a;
        return { critique: JSON.parse(JSON.stringify(critique)) };
      },
      delete: () => (this.para.annotations = this.para.annotations.filter((x) => x !== a)),
    }));
  }
  get items() {
    if (!this.snapshot) throw new Error('PropertyNotLoaded: items');
    return this.snapshot;
  }
}

function replaceText(p: FakeParagraphData, start: number, end: number, text: string): void {
  // Word drops an annotation whose text is edited and moves the ones after the edit.
  p.annotations = p.annotations
    .filter((a) => a.start + a.length <= start || a.start >= end)
    .map((a) => (a.start >= end ? { ...a, start: a.start + text.length - (end - start) } : a));
  p.text = p.text.slice(0, start) + text + p.text.slice(end);
  p.colours.splice(start, end - start, ...Array.from({ length: text.length }, () => null));
  p.temp.splice(start, end - start, ...Array.from({ length: text.length }, () => false));
}

class FakeRangeCollection extends Loadable {
  private found: FakeRange[] | undefined;
  constructor(
    ctx: FakeContext,
    private para: FakeParagraphData,
    private needle: string,
  ) {
    super(ctx);
  }
  override commit(): void {
    const props = [...this.pending].map((p) => p.replace(/^items\//, ''));
    super.commit();
    const found: FakeRange[] = [];
    const t = this.para.text;
    for (let i = t.indexOf(this.needle); this.needle && i >= 0; i = t.indexOf(this.needle, i + this.needle.length)) {
      found.push(new FakeRange(this.ctx, this.para, i, i + this.needle.length, new Set(props)));
    }
    this.found = found;
  }
  get items(): FakeRange[] {
    if (!this.found) throw new Error('PropertyNotLoaded: items');
    return this.found;
  }
}

export class FakeRange extends Loadable {
  constructor(
    ctx: FakeContext,
    readonly para: FakeParagraphData,
    readonly start: number,
    readonly end: number,
    loaded: Set<string> = new Set(),
  ) {
    super(ctx);
    for (const p of loaded) this.ready.add(p);
    this.take();
  }
  private snapText = '';
  private snapColour: string | null = null;
  /** Values as of the sync that loaded them. */
  private take(): void {
    this.snapText = this.para.text.slice(this.start, this.end);
    const cs = this.para.colours.slice(this.start, this.end);
    this.snapColour = cs.every((c) => c === cs[0]) ? (cs[0] ?? null) : '';
  }
  override commit(): void {
    super.commit();
    this.take();
  }
  get text(): string {
    this.need('text');
    return this.snapText;
  }
  get font() {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the font object's accessors read this range
    const self = this;
    return {
      get highlightColor(): string | null {
        self.need('font/highlightColor');
        return self.snapColour;
      },
      set highlightColor(c: string | null) {
        for (let k = self.start; k < self.end; k++) self.para.colours[k] = c;
      },
    };
  }
  get paragraphs() {
    return new FakeParagraphCollection(this.ctx, () => [this.para]);
  }
  getRange(where: string): FakeRange {
    if (where === 'Start') return new FakeRange(this.ctx, this.para, this.start, this.start);
    if (where === 'End') return new FakeRange(this.ctx, this.para, this.end, this.end);
    return new FakeRange(this.ctx, this.para, this.start, this.end);
  }
  expandTo(other: FakeRange): FakeRange {
    if (other.para !== this.para) throw new Error('fake: ranges across paragraphs are not modelled');
    return new FakeRange(this.ctx, this.para, Math.min(this.start, other.start), Math.max(this.end, other.end));
  }
  highlight(): void {
    for (let k = this.start; k < this.end; k++) this.para.temp[k] = true;
  }
  removeHighlight(): void {
    for (let k = this.start; k < this.end; k++) this.para.temp[k] = false;
  }
  select(): void {
    this.ctx.doc.selected = { para: this.para, start: this.start, end: this.end };
  }
  insertText(text: string, where: 'After' | 'Before' | 'Replace'): void {
    if (where === 'Replace') replaceText(this.para, this.start, this.end, text);
    else if (where === 'After') replaceText(this.para, this.end, this.end, text);
    else replaceText(this.para, this.start, this.start, text);
  }
  insertComment(content: string): void {
    this.ctx.doc.comments.push({ id: `c${this.ctx.doc.comments.length + 1}`, content, para: this.para });
  }
  insertFootnote(text: string): void {
    this.ctx.doc.footnotes.push({ para: this.para, offset: this.end, text });
  }
}

class FakeCommentCollection extends Loadable {
  private snapshot: { id: string; content: string; delete: () => void }[] | undefined;
  override commit(): void {
    super.commit();
    this.snapshot = this.ctx.doc.comments
      .filter((c) => !c.deleted)
      .map((c) => ({ id: c.id, content: c.content, delete: () => (c.deleted = true) }));
  }
  get items() {
    if (!this.snapshot) throw new Error('PropertyNotLoaded: items');
    return this.snapshot;
  }
}

export interface InstallOptions {
  /** Requirement sets the host claims, e.g. { WordApi: '1.5' }. */
  wordApi?: string;
  displayLanguage?: string;
  settings?: Record<string, unknown>;
  noSettings?: boolean;
}

/** Installs the fake as the Word global and an office-addin-mock Office global; returns the settings store. */
export async function installFake(
  doc: FakeWordDocument,
  opts: InstallOptions = {},
): Promise<{ settings: Map<string, unknown>; saves: () => number }> {
  const settings = new Map<string, unknown>(Object.entries(opts.settings ?? {}));
  let saves = 0;
  const max = opts.wordApi ?? '1.3';
  const cmp = (a: string, b: string) => {
    const [a1, a2] = a.split('.').map(Number);
    const [b1, b2] = b.split('.').map(Number);
    return a1 - b1 || a2 - b2;
  };
  const officeData = {
    context: {
      displayLanguage: opts.displayLanguage ?? 'fr-FR',
      requirements: {
        isSetSupported: (name: string, version?: string) => name === 'WordApi' && cmp(version ?? '1.1', max) <= 0,
      },
      document: opts.noSettings
        ? {}
        : {
            settings: {
              get: (k: string) => (settings.has(k) ? JSON.parse(JSON.stringify(settings.get(k))) : null),
              set: (k: string, v: unknown) => settings.set(k, JSON.parse(JSON.stringify(v))),
              remove: (k: string) => settings.delete(k),
              saveAsync: (cb: (r: { status: string }) => void) => {
                saves += 1;
                cb({ status: 'succeeded' });
              },
            },
            addHandlerAsync: () => undefined,
            removeHandlerAsync: () => undefined,
          },
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DocumentSelectionChanged: 'documentSelectionChanged' },
  };
  const office = new OfficeMockObject(officeData);
  // The mock hides scalars until loaded and synced, as Office.js does for Word objects.
  office.context.load('displayLanguage');
  office.AsyncResultStatus.load('Succeeded,Failed');
  office.EventType.load('DocumentSelectionChanged');
  await office.sync();
  const word = new OfficeMockObject({
    // Word.run(batch) or Word.run(objectOfAnEarlierContext, batch).
    run: async <T>(a: unknown, b?: (ctx: FakeContext) => Promise<T>) =>
      typeof a === 'function' ? (a as (ctx: FakeContext) => Promise<T>)(doc.context()) : b!(doc.context()),
  });
  const g = globalThis as unknown as { Office: unknown; Word: unknown };
  g.Office = office;
  g.Word = word;
  return { settings, saves: () => saves };
}
