// Over 400 lines: the fake's Word object model (paragraphs, ranges, controls, tables, comments, annotations), one
// class per Word class, each enforcing what real Word enforces; splitting it would scatter one API surface.
// Each proxy resolves what it points to when a command runs (context.ts), reads only loaded values, and gates every
// member on the requirement set Microsoft's reference gives it.
import { FakeContext, FakeObject, FakeResult, Refusal, sizeOf } from './context';
import {
  annotationId,
  cellsOf,
  control,
  critiqueView,
  currentView,
  hostView,
  makePara,
  matches,
  newUid,
  unescapeSearch,
  type Container,
  type FakeAnnotation,
  type FakeCell,
  type FakeControl,
  type FakeParagraphData,
} from './model';

type Para = FakeParagraphData;
/** A container of a paragraph: which one, seen from that paragraph, at that depth. */
interface Held {
  p: Para;
  pos: number;
}
type Ctl = Held & { c: FakeControl };
type Cell = Held & { cell: FakeCell };
interface Rng {
  p: Para;
  start: number;
  end: number;
}

/** Request bytes of one command beyond its text (an action and its object path in Office.js's JSON). */
const CHARS = 100;

/**
 * A paragraph's worth of text. Word does not keep a line end inserted as text: it makes a new paragraph of it or a
 * line break, as the host sees fit (a paragraph with "\n" in its text is no Word paragraph), so the fake refuses it
 * and Jalon writes one paragraph a line.
 */
function oneParagraph(text: string): string {
  if (/[\r\n]/.test(text)) throw new Error(`fake: a line end in inserted text (${JSON.stringify(text.slice(0, 40))})`);
  return text;
}

function innermost(p: Para, before: number, kind: 'control' | 'cell'): number {
  for (let i = before - 1; i >= 0; i--) if (kind in p.containers[i]) return i;
  return -1;
}
function ctlAt(p: Para, before: number): Ctl | null {
  const i = innermost(p, before, 'control');
  return i < 0 ? null : { p, pos: i, c: (p.containers[i] as { control: FakeControl }).control };
}
function cellAt(p: Para, before: number): Cell | null {
  const i = innermost(p, before, 'cell');
  return i < 0 ? null : { p, pos: i, cell: (p.containers[i] as { cell: FakeCell }).cell };
}

/** Navigation from one Word object to another, and the values of each, by class (shared by loads and proxies). */
type Nav = (t: never) => { kind: string; t: unknown } | null;
const NAV: Record<string, Nav> = {
  'Paragraph.parentContentControlOrNullObject': (p: Para) => wrap('ContentControl', ctlAt(p, p.containers.length)),
  'Paragraph.parentTableOrNullObject': (p: Para) => wrap('Table', cellAt(p, p.containers.length)),
  'Paragraph.parentTableCellOrNullObject': (p: Para) => wrap('TableCell', cellAt(p, p.containers.length)),
  'ContentControl.parentContentControlOrNullObject': (t: Ctl) => wrap('ContentControl', ctlAt(t.p, t.pos)),
  'ContentControl.parentTableOrNullObject': (t: Ctl) => wrap('Table', cellAt(t.p, t.pos)),
  'Table.parentTableOrNullObject': (t: Cell) => wrap('Table', cellAt(t.p, t.pos)),
  'Table.parentContentControlOrNullObject': (t: Cell) => wrap('ContentControl', ctlAt(t.p, t.pos)),
};
function wrap(kind: string, t: unknown) {
  return { kind, t };
}

/** The requirement set of each member the fake knows (Microsoft's Word API reference). */
const SETS: Record<string, string> = {
  'Paragraph.uniqueLocalId': '1.6',
  'Paragraph.tableNestingLevel': '1.3',
  'Paragraph.styleBuiltIn': '1.3',
  'Paragraph.isListItem': '1.3',
  'Paragraph.parentContentControlOrNullObject': '1.3',
  'Paragraph.parentTableOrNullObject': '1.3',
  'Paragraph.parentTableCellOrNullObject': '1.3',
  'ContentControl.parentContentControlOrNullObject': '1.3',
  'ContentControl.parentTableOrNullObject': '1.3',
  'Table.parentTableOrNullObject': '1.3',
  'Table.parentContentControlOrNullObject': '1.3',
  'Table.rowCount': '1.3',
  'Document.changeTrackingMode': '1.4',
};

function valueOf(doc: FakeContext['doc'], kind: string, t: unknown, prop: string): unknown {
  switch (kind) {
    case 'Paragraph': {
      const p = t as Para;
      if (prop === 'text') return hostView(p, doc.profile).text;
      if (prop === 'uniqueLocalId') return doc.profile.uid === 'null' ? null : p.uid;
      if (prop === 'tableNestingLevel') return cellsOf(p).length;
      if (prop === 'isListItem') return p.list !== undefined;
      return (p as unknown as Record<string, unknown>)[prop];
    }
    case 'ContentControl': {
      const { c } = t as Ctl;
      if (prop === 'text')
        return doc
          .paragraphsOf(c)
          .map((q) => hostView(q, doc.profile).text)
          .join('\r');
      if (prop === 'placeholderText') return c.placeholder ?? '';
      return (c as unknown as Record<string, unknown>)[prop];
    }
    case 'Table': {
      const { cell } = t as Cell;
      if (prop === 'rowCount') return new Set(doc.cellsOfTable(cell.table).map((c) => c.row)).size;
      return undefined;
    }
    case 'TableCell': {
      const { cell } = t as Cell;
      return prop === 'rowIndex' ? cell.row : prop === 'cellIndex' ? cell.column : undefined;
    }
    case 'Range': {
      const r = t as Rng;
      if (prop === 'text') return rangeText(doc, r);
      if (prop === 'font/highlightColor') {
        const cs = r.p.colours.slice(r.start, r.end);
        return cs.every((c) => c === cs[0]) ? (cs[0] ?? null) : '';
      }
      return undefined;
    }
  }
  return undefined;
}

function rangeText(doc: FakeContext['doc'], r: Rng): string {
  let out = '';
  for (let k = r.start; k < r.end; k++) if (doc.profile.textIncludesDeleted || !r.p.deleted[k]) out += r.p.text[k];
  return out;
}

/** A proxy whose loads follow the navigation table: "parentContentControlOrNullObject/tag" and the like. */
abstract class Node<T> extends FakeObject<T> {
  protected value(t: T, path: string[]): unknown {
    return valueOf(this.ctx.doc, this.kind, t, path.join('/'));
  }
  protected override setOf(path: string[]): string | undefined {
    return SETS[`${this.kind}.${path[0]}`];
  }
  protected override pathValues(t: T, path: string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    let kind = this.kind;
    let at: unknown = t;
    for (let i = 0; i < path.length; i++) {
      const nav = NAV[`${kind}.${path[i]}`];
      if (!nav) {
        out[path.join('/')] = valueOf(this.ctx.doc, kind, at, path.slice(i).join('/'));
        return out;
      }
      const next = (nav as (x: unknown) => { kind: string; t: unknown })(at);
      const prefix = path.slice(0, i + 1).join('/');
      out[`${prefix}/isNullObject`] = next.t === null;
      if (next.t === null) return out;
      kind = next.kind;
      at = next.t;
    }
    return out;
  }
  /** A child proxy reached through a navigation member. */
  protected child<X, C>(
    member: string,
    make: (target: () => X | null | undefined, inherited?: Record<string, unknown>) => C,
  ): C {
    const nav = NAV[`${this.kind}.${member}`] as unknown as (x: unknown) => { t: X | null };
    return make(() => {
      const t = this.target();
      if (t === undefined) return undefined;
      if (t === null) return null;
      return nav(t).t;
    }, this.below(member));
  }
}

export class FakeParagraph extends Node<Para> {
  readonly kind = 'Paragraph';
  get text(): string {
    return this.read('text');
  }
  get uniqueLocalId(): string {
    return this.read('uniqueLocalId');
  }
  get style(): string {
    return this.read('style');
  }
  get styleBuiltIn(): string {
    return this.read('styleBuiltIn');
  }
  set styleBuiltIn(s: string) {
    this.command('Paragraph.styleBuiltIn', '1.3', CHARS, (p) => {
      p.styleBuiltIn = s;
      const m = /^Heading(\d)$/.exec(s);
      p.style = m ? `Titre ${m[1]}` : s;
      p.outlineLevel = m ? Number(m[1]) : 10;
    });
  }
  get outlineLevel(): number {
    return this.read('outlineLevel');
  }
  get tableNestingLevel(): number {
    return this.read('tableNestingLevel');
  }
  get isListItem(): boolean {
    return this.read('isListItem');
  }
  get font() {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the font object's setters act on this paragraph
    const self = this;
    return {
      set bold(b: boolean) {
        self.command('Font.bold', undefined, CHARS, (p) => (p.bold = b));
      },
    };
  }
  get parentContentControlOrNullObject(): FakeControlProxy {
    return this.child<Ctl, FakeControlProxy>(
      'parentContentControlOrNullObject',
      (t, i) => new FakeControlProxy(this.ctx, t, i),
    );
  }
  get parentTableOrNullObject(): FakeTableProxy {
    return this.child<Cell, FakeTableProxy>('parentTableOrNullObject', (t, i) => new FakeTableProxy(this.ctx, t, i));
  }
  get parentTableCellOrNullObject(): FakeCellProxy {
    return this.child<Cell, FakeCellProxy>('parentTableCellOrNullObject', (t, i) => new FakeCellProxy(this.ctx, t, i));
  }
  search(needle: string, opts: { matchCase?: boolean }): FakeRangeCollection {
    if (!opts?.matchCase) throw new Error('fake: Jalon searches with matchCase');
    return new FakeRangeCollection(this.ctx, () => this.target(), needle);
  }
  getRange(where: 'Start' | 'End' | 'Whole' | 'Content'): FakeRange {
    return new FakeRange(this.ctx, () => {
      const p = this.target();
      if (!p) return p;
      const len = p.text.length;
      return where === 'Start'
        ? { p, start: 0, end: 0 }
        : where === 'End'
          ? { p, start: len, end: len }
          : { p, start: 0, end: len };
    });
  }
  insertParagraph(text: string, where: 'After' | 'Before'): FakeParagraph {
    oneParagraph(text);
    let made: Para | undefined;
    this.command('Paragraph.insertParagraph', undefined, CHARS + text.length, (p) => {
      made = this.ctx.doc.addParagraphNear(p, where, text, p.containers, p.list, p.styleBuiltIn, this.ctx);
    });
    return new FakeParagraph(this.ctx, () => this.ctx.doc.alive(made));
  }
  insertContentControl(): FakeControlProxy {
    let made: Ctl | undefined;
    this.command('Paragraph.insertContentControl', undefined, CHARS, (p) => {
      const c = control('');
      p.containers.push({ control: c });
      made = { p, pos: p.containers.length - 1, c };
    });
    return new FakeControlProxy(this.ctx, () => (made && this.ctx.doc.alive(made.p) ? made : undefined));
  }
  detachFromList(): void {
    this.command('Paragraph.detachFromList', '1.3', CHARS, (p) => (p.list = undefined));
  }
  delete(): void {
    this.command('Paragraph.delete', undefined, CHARS, (p) => this.ctx.doc.removeParagraph(p, this.ctx));
  }
  getReviewedText(version: 'Current' | 'Original'): FakeResult<string> {
    return new FakeResult(this.ctx, 'Paragraph.getReviewedText', '1.4', CHARS, () => {
      const p = this.target();
      if (!p) throw new Refusal('ItemNotFound');
      return version === 'Current' ? currentView(p).text : p.text;
    });
  }
  insertAnnotations(set: { critiques: Omit<FakeAnnotation, 'id' | 'owner'>[] }): FakeResult<string[]> {
    const doc = this.ctx.doc;
    return new FakeResult(this.ctx, 'Paragraph.insertAnnotations', '1.7', CHARS + sizeOf(set), () => {
      const p = this.target();
      if (!p) throw new Refusal('ItemNotFound');
      // Critiques need Microsoft 365 (WordApi 1.7 set page); a perpetual Word refuses them (office-js#5179).
      if (!doc.profile.annotations || doc.refuseAnnotations) throw new Refusal('GeneralException');
      if (doc.refuseCritiquesOn.has(p)) throw new Refusal('InvalidArgument', 'critiques refused in this paragraph');
      const length = critiqueView(p).length;
      for (const c of set.critiques) {
        const bad = !Number.isInteger(c.start) || !Number.isInteger(c.length) || c.start < 0 || c.length <= 0;
        if (bad || c.start + c.length > length)
          throw new Refusal('InvalidArgument', `critique ${c.start}+${c.length} in ${length}`);
        if (!['Red', 'Green', 'Blue', 'Lavender', 'Berry'].includes(c.colorScheme))
          throw new Refusal('InvalidArgument');
        if (c.popupOptions && !doc.listsApi('1.8'))
          throw new Refusal('InvalidArgument', 'popupOptions needs WordApi 1.8');
        if (c.popupOptions && c.popupOptions.suggestions.length > 3) throw new Refusal('InvalidArgument');
      }
      doc.annotationCalls += 1;
      return set.critiques.map((c) => {
        const id = annotationId('jalon');
        p.annotations.push({ ...JSON.parse(JSON.stringify(c)), id, owner: 'jalon' });
        return id;
      });
    });
  }
  getAnnotations(): FakeAnnotationCollection {
    return new FakeAnnotationCollection(this.ctx, () => this.target());
  }
}

export class FakeParagraphCollection extends FakeObject<Para[]> {
  readonly kind = 'ParagraphCollection';
  private list: FakeParagraph[] | undefined;
  protected value(): unknown {
    return undefined;
  }
  override load(props?: string | string[]): this {
    const paths = (Array.isArray(props) ? props : (props ?? '').split(','))
      .map((p) => p.trim().replace(/^items\//, ''))
      .filter(Boolean);
    const sets = paths.map((p) => SETS[`Paragraph.${p.split('/')[0]}`]).filter(Boolean);
    this.ctx.queue({
      at: 'ParagraphCollection.load',
      set: sets.sort().reverse()[0],
      run: () => {
        const datas = this.target();
        if (!datas) throw new Refusal('ItemNotFound');
        if (paths.includes('uniqueLocalId') && this.ctx.doc.refuseUid) throw new Refusal('GeneralException');
        const probe = new FakeParagraph(this.ctx, () => undefined);
        const snaps = datas.map((d) => probe.snapshot(d, paths));
        return {
          bytes: sizeOf(snaps),
          commit: () =>
            (this.list = datas.map((d, i) => new FakeParagraph(this.ctx, () => this.ctx.doc.alive(d), snaps[i]))),
        };
      },
    });
    return this;
  }
  get items(): FakeParagraph[] {
    if (!this.list) throw new Error('PropertyNotLoaded: ParagraphCollection.items');
    return this.list;
  }
  getFirst(): FakeParagraph {
    return new FakeParagraph(this.ctx, () => this.target()?.[0]);
  }
  getLast(): FakeParagraph {
    return new FakeParagraph(this.ctx, () => this.target()?.at(-1));
  }
}

export class FakeRange extends Node<Rng> {
  readonly kind = 'Range';
  get text(): string {
    return this.read('text');
  }
  get font() {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the font object's accessors act on this range
    const self = this;
    return {
      get highlightColor(): string | null {
        return self.read('font/highlightColor');
      },
      set highlightColor(c: string | null) {
        self.command('Range.font.highlightColor', undefined, CHARS, (r) =>
          self.ctx.doc.colour(r.p, r.start, r.end, c, self.ctx),
        );
      },
    };
  }
  get paragraphs(): FakeParagraphCollection {
    return new FakeParagraphCollection(this.ctx, () => {
      const r = this.target();
      return r ? [r.p] : undefined;
    });
  }
  getRange(where: 'Start' | 'End' | 'Whole' | 'Content'): FakeRange {
    return new FakeRange(this.ctx, () => {
      const r = this.target();
      if (!r) return r;
      return where === 'Start' ? { ...r, end: r.start } : where === 'End' ? { ...r, start: r.end } : r;
    });
  }
  expandTo(other: FakeRange): FakeRange {
    return new FakeRange(this.ctx, () => {
      const a = this.target();
      const b = other.target();
      if (!a || !b) return undefined;
      if (a.p !== b.p) throw new Error('fake: ranges across paragraphs are not modelled');
      return { p: a.p, start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
    });
  }
  highlight(): void {
    const doc = this.ctx.doc;
    this.command('Range.highlight', '1.8', CHARS, (r) => {
      if (doc.profile.tempHighlightShows) r.p.temp.fill(true, r.start, r.end);
      if (doc.profile.highlightSelects) doc.selected = { para: r.p, start: r.start, end: r.end };
    });
  }
  removeHighlight(): void {
    this.command('Range.removeHighlight', '1.8', CHARS, (r) => r.p.temp.fill(false, r.start, r.end));
  }
  /**
   * Selects the range: Word's selection from then on (Word.Range.select: "Selects and navigates the Word UI to the
   * range"; document.getSelection() then gives it, as it gives whatever the author selects).
   */
  select(): void {
    this.command('Range.select', undefined, CHARS, (r) => {
      const doc = this.ctx.doc;
      doc.selected = { para: r.p, start: r.start, end: r.end };
      doc.selection = { para: doc.paragraphs.indexOf(r.p), start: r.start, end: r.end };
    });
  }
  insertText(text: string, where: 'After' | 'Before' | 'Replace'): void {
    oneParagraph(text);
    this.command('Range.insertText', undefined, CHARS + text.length, (r) => {
      const [s, e] = where === 'Replace' ? [r.start, r.end] : where === 'After' ? [r.end, r.end] : [r.start, r.start];
      this.ctx.doc.edit(r.p, s, e, text, this.ctx);
    });
  }
  insertComment(content: string): void {
    const doc = this.ctx.doc;
    this.command('Range.insertComment', '1.4', CHARS + content.length, (r) => {
      // office-js#6746: some tenants of Word on the web refuse add-in comments with NotAllowed.
      if (doc.profile.commentsRefused === 'all') throw new Refusal('NotAllowed');
      if (doc.profile.commentsRefused === 'batch' && doc.commentsThisSync(this.ctx) > 0)
        throw new Refusal('NotAllowed');
      doc.addComment(content, r, this.ctx);
    });
  }
  insertFootnote(text: string): void {
    this.command('Range.insertFootnote', '1.5', CHARS + text.length, (r) =>
      this.ctx.doc.footnotes.push({ para: r.p, offset: r.end, text }),
    );
  }
}

export class FakeRangeCollection extends FakeObject<Para> {
  readonly kind = 'RangeCollection';
  private found: FakeRange[] | undefined;
  constructor(
    ctx: FakeContext,
    target: () => Para | null | undefined,
    private readonly needle: string,
  ) {
    super(ctx, target);
  }
  protected value(): unknown {
    return undefined;
  }
  override load(props?: string): this {
    const paths = (props ?? '')
      .split(',')
      .map((p) => p.trim().replace(/^items\//, ''))
      .filter(Boolean);
    this.ctx.queue({
      at: 'Paragraph.search',
      bytes: CHARS + this.needle.length + 60,
      run: () => {
        // Body/Paragraph.search: "Can be a maximum of 255 characters" (SearchStringInvalidOrTooLong).
        if (this.needle.length > 255) throw new Refusal('SearchStringInvalidOrTooLong', `${this.needle.length}`);
        const p = this.target();
        if (!p) throw new Refusal('ItemNotFound');
        const view = hostView(p, this.ctx.doc.profile);
        const ranges = matches(view.text, unescapeSearch(this.needle)).map(([s, e]) => ({
          p,
          start: view.raw(s),
          end: view.raw(e - 1) + 1,
        }));
        const probe = new FakeRange(this.ctx, () => undefined);
        const snaps = ranges.map((r) => probe.snapshot(r, paths));
        return {
          bytes: sizeOf(snaps),
          commit: () =>
            (this.found = ranges.map(
              (r, i) => new FakeRange(this.ctx, () => (this.ctx.doc.alive(r.p) ? r : undefined), snaps[i]),
            )),
        };
      },
    });
    return this;
  }
  get items(): FakeRange[] {
    if (!this.found) throw new Error('PropertyNotLoaded: RangeCollection.items');
    return this.found;
  }
}

export class FakeControlProxy extends Node<Ctl> {
  readonly kind = 'ContentControl';
  get id(): number {
    return this.read('id');
  }
  get tag(): string {
    return this.read('tag');
  }
  set tag(t: string) {
    this.command('ContentControl.tag', undefined, CHARS + t.length, (x) => (x.c.tag = t));
  }
  set title(t: string) {
    this.command('ContentControl.title', undefined, CHARS + t.length, (x) => (x.c.title = t));
  }
  get text(): string {
    return this.read('text');
  }
  set placeholderText(t: string) {
    const doc = this.ctx.doc;
    this.command('ContentControl.placeholderText', undefined, CHARS + t.length, (x) => {
      // office-js#785: "The action isn't supported by Word in a browser" (NotAllowed, by design).
      if (doc.profile.placeholderRefused) throw new Refusal('NotAllowed');
      x.c.placeholder = t;
    });
  }
  get parentContentControlOrNullObject(): FakeControlProxy {
    return this.child<Ctl, FakeControlProxy>(
      'parentContentControlOrNullObject',
      (t, i) => new FakeControlProxy(this.ctx, t, i),
    );
  }
  get parentTableOrNullObject(): FakeTableProxy {
    return this.child<Cell, FakeTableProxy>('parentTableOrNullObject', (t, i) => new FakeTableProxy(this.ctx, t, i));
  }
  insertText(text: string, where: 'Replace'): void {
    if (where !== 'Replace') throw new Error('fake: only Replace is modelled');
    oneParagraph(text);
    this.command('ContentControl.insertText', undefined, CHARS + text.length, (x) =>
      this.ctx.doc.replaceControl(x.c, text, this.ctx),
    );
  }
  /** 'After': a paragraph after the control, outside it; 'End': its last paragraph, inside it. */
  insertParagraph(text: string, where: 'After' | 'End'): FakeParagraph {
    if (where !== 'After' && where !== 'End') throw new Error('fake: only After and End are modelled');
    oneParagraph(text);
    let made: Para | undefined;
    this.command('ContentControl.insertParagraph', undefined, CHARS + text.length, (x) => {
      made =
        where === 'End'
          ? this.ctx.doc.addAtControlEnd(x.c, text, this.ctx)
          : this.ctx.doc.addAfterContainer({ control: x.c }, text, this.ctx);
    });
    return new FakeParagraph(this.ctx, () => this.ctx.doc.alive(made));
  }
  delete(keepContent: boolean): void {
    this.command('ContentControl.delete', undefined, CHARS, (x) =>
      this.ctx.doc.deleteControl(x.c, keepContent, this.ctx),
    );
  }
}

export class FakeTableProxy extends Node<Cell> {
  readonly kind = 'Table';
  get rowCount(): number {
    return this.read('rowCount');
  }
  get parentTableOrNullObject(): FakeTableProxy {
    return this.child<Cell, FakeTableProxy>('parentTableOrNullObject', (t, i) => new FakeTableProxy(this.ctx, t, i));
  }
  get parentContentControlOrNullObject(): FakeControlProxy {
    return this.child<Ctl, FakeControlProxy>(
      'parentContentControlOrNullObject',
      (t, i) => new FakeControlProxy(this.ctx, t, i),
    );
  }
  insertParagraph(text: string, where: 'After'): FakeParagraph {
    if (where !== 'After') throw new Error('fake: only After is modelled');
    oneParagraph(text);
    let made: Para | undefined;
    this.command('Table.insertParagraph', '1.3', CHARS + text.length, (x) => {
      made = this.ctx.doc.addAfterContainer({ cell: x.cell }, text, this.ctx);
    });
    return new FakeParagraph(this.ctx, () => this.ctx.doc.alive(made));
  }
}

export class FakeCellProxy extends Node<Cell> {
  readonly kind = 'TableCell';
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get cellIndex(): number {
    return this.read('cellIndex');
  }
}

/** A collection read whole at the sync: comments, tracked changes, annotations. */
abstract class FakeList<T, I> extends FakeObject<T> {
  private list: I[] | undefined;
  protected value(): unknown {
    return undefined;
  }
  protected abstract at: string;
  protected set: string | undefined;
  protected abstract collect(t: T, paths: string[]): I[];
  protected bytesOf(items: I[], _paths: string[]): number {
    return sizeOf(items);
  }
  override load(props?: string): this {
    const paths = (props ?? '').split(',').map((p) => p.trim().replace(/^items\//, ''));
    this.ctx.queue({
      at: this.at,
      set: this.set,
      run: () => {
        const t = this.target();
        if (t === undefined || t === null) throw new Refusal('ItemNotFound');
        const items = this.collect(t, paths);
        return { bytes: this.bytesOf(items, paths), commit: () => (this.list = items) };
      },
    });
    return this;
  }
  get items(): I[] {
    if (!this.list) throw new Error(`PropertyNotLoaded: ${this.kind}.items`);
    return this.list;
  }
}

export class FakeCommentCollection extends FakeList<true, { id: string; content: string; delete: () => void }> {
  readonly kind = 'CommentCollection';
  protected at = 'Body.getComments';
  protected override set = '1.4';
  protected collect() {
    return this.ctx.doc.comments
      .filter((c) => !c.deleted)
      .map((c) => ({
        id: c.id,
        content: c.content,
        delete: () => this.ctx.queue({ at: 'Comment.delete', set: '1.4', run: () => void (c.deleted = true) }),
      }));
  }
}

export class FakeTrackedChangeCollection extends FakeList<true, { type: string }> {
  readonly kind = 'TrackedChangeCollection';
  protected at = 'Body.getTrackedChanges';
  protected override set = '1.6';
  protected collect() {
    const out: { type: string }[] = [];
    for (const p of this.ctx.doc.paragraphs) {
      p.deleted.forEach((d, i) => d && !p.deleted[i - 1] && out.push({ type: 'Deleted' }));
    }
    return out;
  }
}

type AnnotationItem = { id: string; critiqueAnnotation: { critique: Record<string, unknown> }; delete: () => void };

export class FakeAnnotationCollection extends FakeList<Para, AnnotationItem> {
  readonly kind = 'AnnotationCollection';
  protected at = 'Paragraph.getAnnotations';
  protected override set = '1.7';
  protected override bytesOf(items: AnnotationItem[], paths: string[]): number {
    const critique = paths.includes('critiqueAnnotation/critique');
    return sizeOf(items.map((a) => (critique ? [a.id, a.critiqueAnnotation] : a.id)));
  }
  protected collect(p: Para, paths: string[]): AnnotationItem[] {
    if (!this.ctx.doc.profile.annotations || this.ctx.doc.refuseAnnotations) throw new Refusal('GeneralException');
    const withCritique = paths.includes('critiqueAnnotation/critique');
    return p.annotations.map((a) => ({
      id: a.id,
      get critiqueAnnotation() {
        if (!withCritique) throw new Error('PropertyNotLoaded: critiqueAnnotation/critique');
        const { id: _id, owner: _owner, ...critique } = a;
        return { critique: JSON.parse(JSON.stringify(critique)) };
      },
      delete: () =>
        this.ctx.queue({
          at: 'Annotation.delete',
          set: '1.7',
          run: () => void (p.annotations = p.annotations.filter((x) => x !== a)),
        }),
    }));
  }
}

export { makePara, newUid, type Container };
