// A fake Word for the Word layer's tests and the bench: the subset of Word.* that src/word uses, refusing what real
// Word refuses on each host (fake/profiles.ts lists the hosts and the sources of each behaviour), with Word's
// batching rules (fake/context.ts), a count of syncs and of request and response bytes.
// This file holds the document and what a test looks at or does; installFake (fake/install.ts) sets the globals.
import { FakeContext, Refusal, type EventKind } from './fake/context';
import {
  annotationId,
  cellsOf,
  controlsOf,
  critiqueView,
  currentView,
  makePara,
  newUid,
  replaceText,
  type Container,
  type FakeAnnotation,
  type FakeCell,
  type FakeControl,
  type FakeInit,
  type FakeParagraphData,
  type FakeTable,
} from './fake/model';
import { FakeDocumentProxy } from './fake/document';
import { atLeast, PROFILES, type HostProfile } from './fake/profiles';
import { table } from './fake/model';

export { control, table } from './fake/model';
export { PROFILES, VARIANTS, ALL_PROFILES, type HostProfile } from './fake/profiles';
export { installFake, type InstallOptions } from './fake/install';
export type { FakeInit, FakeParagraphData, FakeControl, FakeTable, FakeCell, FakeAnnotation };

type Handler = (args: { uniqueLocalIds: (string | null)[]; source: string }) => Promise<void>;
type AnnotationHandler = (args: { id: string; action?: string; critiqueSuggestion?: string }) => Promise<void>;

export interface FakeComment {
  id: string;
  content: string;
  para: FakeParagraphData;
  start: number;
  end: number;
  sync: number;
  deleted?: boolean;
}

export class FakeWordDocument {
  profile: HostProfile = PROFILES.windows365;
  paragraphs: FakeParagraphData[];
  comments: FakeComment[] = [];
  footnotes: { para: FakeParagraphData; offset: number; text: string }[] = [];
  /** Revisions Word recorded because Track Changes was on. */
  revisions: { kind: 'format' | 'insert' | 'delete'; para: FakeParagraphData }[] = [];
  changeTracking: 'Off' | 'TrackAll' | 'TrackMineOnly' = 'Off';
  /** The author's selection, as a paragraph index and offsets in its text. */
  selection: { para: number; start: number; end: number } = { para: 0, start: 0, end: 0 };
  /** What the last select() (or, on the web, highlight()) selected; select() moves `selection` too, as in Word. */
  selected?: { para: FakeParagraphData; start: number; end: number };
  syncs = 0;
  largestRequest = 0;
  largestResponse = 0;
  /** How many insertAnnotations calls Word ran (one per paragraph per batch). */
  annotationCalls = 0;
  /** Make the host refuse the uniqueLocalId property (an Office that lists WordApi 1.6 without it). */
  refuseUid = false;
  /** Make the host refuse critiques at sync, as a perpetual Office does (also set by the profile). */
  refuseAnnotations = false;
  /** Paragraphs where Word refuses critiques (InvalidArgument), as it did in notes (office-js#4997). */
  refuseCritiquesOn = new Set<FakeParagraphData>();
  /** Failures a test injects: the next command at this location fails with this code. */
  failures = new Map<string, string>();
  handlers: Record<EventKind, Handler[]> = { changed: [], added: [], deleted: [] };
  annotationHandlers: { clicked: AnnotationHandler[]; popup: AnnotationHandler[] } = { clicked: [], popup: [] };

  constructor(init: (string | FakeInit)[]) {
    let row = 0;
    let shared: FakeTable | undefined;
    this.paragraphs = init.map((i) => {
      const spec = typeof i === 'string' ? { text: i } : i;
      if (spec.inTable && !spec.cell) {
        shared ??= table();
        return makePara({ ...spec, cell: { table: shared, row: row++, column: 0 } });
      }
      if (!spec.inTable) {
        shared = undefined;
        row = 0;
      }
      return makePara(spec);
    });
  }

  listsApi(set: string): boolean {
    return atLeast(this.profile.wordApi, set);
  }

  alive<T extends FakeParagraphData | undefined>(p: T): T | undefined {
    return p && this.paragraphs.includes(p) ? p : undefined;
  }

  paragraphsOf(c: FakeControl): FakeParagraphData[] {
    return this.paragraphs.filter((p) => controlsOf(p).includes(c));
  }

  cellsOfTable(t: FakeTable): FakeCell[] {
    return this.paragraphs.flatMap((p) => cellsOf(p).filter((c) => c.table === t));
  }

  private track(kind: 'format' | 'insert' | 'delete', para: FakeParagraphData): void {
    if (this.changeTracking !== 'Off') this.revisions.push({ kind, para });
  }

  /** A new paragraph beside `p`: Word gives it the anchor's containers, list and style (it takes its place). */
  addParagraphNear(
    p: FakeParagraphData,
    where: 'After' | 'Before',
    text: string,
    containers: Container[],
    list: number | undefined,
    styleBuiltIn: string,
    ctx?: FakeContext,
  ): FakeParagraphData {
    const made = makePara({ text });
    made.containers = [...containers];
    made.list = list;
    made.styleBuiltIn = styleBuiltIn;
    const i = this.paragraphs.indexOf(p);
    this.paragraphs.splice(where === 'After' ? i + 1 : i, 0, made);
    // office-js#5784 (Mac): after insertParagraph('After') the anchor's uniqueLocalId belongs to the new paragraph.
    if (this.profile.uid === 'moves' && where === 'After') {
      made.uid = p.uid;
      p.uid = newUid();
    }
    this.track('insert', made);
    ctx?.emit('added', [made.uid]);
    return made;
  }

  /** A new paragraph after a content control or table, outside it (ContentControl/Table.insertParagraph('After')). */
  addAfterContainer(which: Container, text: string, ctx?: FakeContext): FakeParagraphData {
    const holds = (p: FakeParagraphData) =>
      p.containers.some((c) =>
        'control' in which
          ? 'control' in c && c.control === which.control
          : 'cell' in c && c.cell.table === which.cell.table,
      );
    const inside = this.paragraphs.filter(holds);
    const last = inside[inside.length - 1];
    const depth = last.containers.findIndex((c) =>
      'control' in which
        ? 'control' in c && c.control === which.control
        : 'cell' in c && c.cell.table === which.cell.table,
    );
    const made = makePara({ text });
    made.containers = last.containers.slice(0, depth);
    this.paragraphs.splice(this.paragraphs.indexOf(last) + 1, 0, made);
    this.track('insert', made);
    ctx?.emit('added', [made.uid]);
    return made;
  }

  /**
   * A new last paragraph inside a content control (ContentControl.insertParagraph('End')): after the control's last
   * paragraph, in the control and what holds it but not in a control or cell that paragraph sits in inside it.
   */
  addAtControlEnd(c: FakeControl, text: string, ctx?: FakeContext): FakeParagraphData {
    const inside = this.paragraphsOf(c);
    const last = inside[inside.length - 1];
    if (!last) throw new Refusal('ItemNotFound');
    const depth = last.containers.findIndex((x) => 'control' in x && x.control === c);
    const made = makePara({ text });
    made.containers = last.containers.slice(0, depth + 1);
    made.styleBuiltIn = last.styleBuiltIn;
    made.list = last.list;
    this.paragraphs.splice(this.paragraphs.indexOf(last) + 1, 0, made);
    this.track('insert', made);
    ctx?.emit('added', [made.uid]);
    return made;
  }

  removeParagraph(p: FakeParagraphData, ctx?: FakeContext): void {
    this.paragraphs = this.paragraphs.filter((x) => x !== p);
    this.track('delete', p);
    ctx?.emit('deleted', [p.uid]);
  }

  colour(p: FakeParagraphData, start: number, end: number, c: string | null, ctx?: FakeContext): void {
    for (let k = start; k < end; k++) p.colours[k] = c;
    this.track('format', p);
    ctx?.emit('changed', [p.uid]);
  }

  edit(p: FakeParagraphData, start: number, end: number, text: string, ctx?: FakeContext): void {
    replaceText(p, start, end, text);
    this.track('insert', p);
    ctx?.emit('changed', [p.uid]);
  }

  replaceControl(c: FakeControl, text: string, ctx?: FakeContext): void {
    const [first, ...rest] = this.paragraphsOf(c);
    if (!first) throw new Refusal('ItemNotFound');
    for (const p of rest) this.removeParagraph(p, ctx);
    this.edit(first, 0, first.text.length, text, ctx);
  }

  deleteControl(c: FakeControl, keepContent: boolean, ctx?: FakeContext): void {
    for (const p of this.paragraphsOf(c)) {
      if (keepContent) p.containers = p.containers.filter((x) => !('control' in x && x.control === c));
      else this.removeParagraph(p, ctx);
    }
  }

  addComment(content: string, r: { p: FakeParagraphData; start: number; end: number }, _ctx?: FakeContext): void {
    this.comments.push({
      id: `c${this.comments.length + 1}`,
      content,
      para: r.p,
      start: r.start,
      end: r.end,
      sync: this.syncs,
    });
  }

  commentsThisSync(_ctx: FakeContext): number {
    return this.comments.filter((c) => c.sync === this.syncs).length;
  }

  // ---- what a test looks at ----------------------------------------------------------------------------

  /** Every paragraph's text, tracked deletions included. */
  texts(): string[] {
    return this.paragraphs.map((p) => p.text);
  }

  /** The text the author sees as current (tracked deletions out). */
  currentTexts(): string[] {
    return this.paragraphs.map((p) => currentView(p).text);
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

  /** The text an annotation covers (critique offsets mapped back to the paragraph's characters). */
  annotationText(p: FakeParagraphData, a: FakeAnnotation): string {
    const crit = critiqueView(p);
    return crit
      .slice(a.start, a.start + a.length)
      .map((r) => p.text[r])
      .join('');
  }

  /** The annotations of one paragraph, as "text=Colour" strings, in position order. */
  annotationsOf(i: number, owner = 'jalon'): string[] {
    const p = this.paragraphs[i];
    return p.annotations
      .filter((a) => a.owner === owner)
      .sort((a, b) => a.start - b.start)
      .map((a) => `${this.annotationText(p, a)}=${a.colorScheme}`);
  }

  allAnnotations(): { para: number; annotation: FakeAnnotation }[] {
    return this.paragraphs.flatMap((p, para) => p.annotations.map((annotation) => ({ para, annotation })));
  }

  /** Jalon's comments with the text they are anchored on. */
  jalonComments(prefix = '[Jalon] '): { content: string; anchor: string; para: number }[] {
    return this.comments
      .filter((c) => !c.deleted && c.content.startsWith(prefix))
      .map((c) => ({
        content: c.content,
        anchor: c.para.text.slice(c.start, c.end),
        para: this.paragraphs.indexOf(c.para),
      }));
  }

  /** Another add-in's critique, already in the document. */
  addForeignAnnotation(i: number, start: number, length: number): string {
    const id = annotationId('foreign');
    const popupOptions = {
      brandingTextResourceId: 'Other.Brand',
      titleResourceId: 'Other.Title',
      subtitleResourceId: 'Other.Sub',
      suggestions: ['x'],
    };
    this.paragraphs[i].annotations.push({ id, start, length, colorScheme: 'Green', popupOptions, owner: 'other' });
    return id;
  }

  /** The author picks a suggestion in Word's pop-up: Word replaces the span itself, then fires the event. */
  async acceptSuggestion(id: string, suggestion: string): Promise<void> {
    const hit = this.allAnnotations().find((x) => x.annotation.id === id);
    if (!hit) throw new Error(`no annotation ${id}`);
    const a = hit.annotation;
    if (!a.popupOptions?.suggestions.includes(suggestion)) throw new Error(`"${suggestion}" is not offered by ${id}`);
    const p = this.paragraphs[hit.para];
    const crit = critiqueView(p);
    replaceText(p, crit[a.start], crit[a.start + a.length - 1] + 1, suggestion);
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

  // ---- what the author does meanwhile ----------------------------------------------------------------------

  private fire(kind: EventKind, ids: (string | null)[]): void {
    for (const h of this.handlers[kind]) void h({ uniqueLocalIds: ids, source: 'Local' });
  }

  authorEdit(i: number, text: string): void {
    const p = this.paragraphs[i];
    replaceText(p, 0, p.text.length, text);
    this.fire('changed', [p.uid]);
  }

  authorInsert(after: number, text: string): void {
    const made = makePara({ text });
    this.paragraphs.splice(after + 1, 0, made);
    this.fire('added', [made.uid]);
  }

  /** The author deletes a paragraph; Mac may not say so (office-js#3864, #5400). */
  authorDelete(i: number): void {
    const [p] = this.paragraphs.splice(i, 1);
    if (!this.profile.missesDeleteEvents) this.fire('deleted', [p.uid]);
  }

  /**
   * Save, close and reopen: temporary highlights and annotations live in memory only; ids differ across sessions
   * (uniqueLocalId: "differs across sessions"); highlight colours set through the API in DarkBlue, DarkRed,
   * LightGray, Pink or Turquoise are not kept (office-js#3950).
   */
  reopen(): void {
    const unsaved = new Set(['#000080', '#800000', '#C0C0C0', '#FF00FF', '#00FFFF']);
    for (const p of this.paragraphs) {
      p.temp.fill(false);
      p.annotations = [];
      p.uid = newUid();
      p.colours = p.colours.map((c) => (c && unsaved.has(c.toUpperCase()) ? null : c));
    }
  }

  context(): FakeContext & { document: FakeDocumentProxy } {
    const ctx = new FakeContext(this) as FakeContext & { document: FakeDocumentProxy };
    ctx.document = new FakeDocumentProxy(ctx);
    return ctx;
  }
}
