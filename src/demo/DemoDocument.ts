// The demo's document: an in-memory plan that implements DocumentHost exactly as Word does for the pane.
// It knows nothing of the DOM; the view (view.ts) renders it and reports the author's edits and cursor.
import type {
  CommentInfo,
  ControlContent,
  DocParagraph,
  DocRange,
  DocumentHost,
  FieldWrite,
  HighlightKind,
  HighlightRequest,
  HostCapabilities,
  InsertBlock,
} from '../core';
import type { SampleParagraph } from './sample';

export interface DemoParagraph {
  id: string;
  text: string;
  headingLevel: number;
  cell?: { row: number; col: number };
  tag?: string;
  /** Jalon's own words (a review summary): shown, never read back for a check (InsertBlock.own). */
  own?: boolean;
  /** The grey prompt of an empty control (the template's title, a field's question), as Word shows it. */
  placeholder?: string;
}

export interface DemoHighlight extends DocRange {
  kind: HighlightKind;
  message?: string;
}

export interface DemoComment extends CommentInfo {
  range: DocRange;
}

/** What the view does for the model: show a selection, tell where the cursor is. */
export interface DemoView {
  select(range: DocRange): void;
  cursor(): DocRange | undefined;
}

export type DemoEvent = 'content' | 'marks';

/** A field's answer a paragraph a line (blank lines left out), as Word's layer writes it (src/word/insert.ts). */
function linesOf(text: string): [string, ...string[]] {
  const lines = text
    .split(/\r\n|[\r\n]/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return lines.length > 0 ? (lines as [string, ...string[]]) : [text.trim()];
}

export class DemoDocument implements DocumentHost {
  readonly kind = 'demo' as const;
  paragraphs: DemoParagraph[];
  highlights: DemoHighlight[] = [];
  comments: DemoComment[] = [];
  footnotes: { paragraphId: string; offset: number; text: string }[] = [];
  private settings = new Map<string, string>();
  private nextId = 1;
  private listeners = new Set<() => void>();
  private renderers = new Set<(e: DemoEvent) => void>();
  private view: DemoView | undefined;
  /** Where the cursor was last, for hosts without a view (tests) and after focus moved to the pane. */
  lastCursor: DocRange | undefined;

  constructor(sample: SampleParagraph[] = []) {
    this.paragraphs = sample.map((s) => this.make(s));
  }

  private make(s: SampleParagraph, own?: boolean): DemoParagraph {
    const p: DemoParagraph = {
      id: `d${this.nextId++}`,
      text: s.text,
      headingLevel: s.heading ?? 0,
      cell: s.cell,
      tag: s.tag,
    };
    if (own) p.own = true;
    return p;
  }

  attach(view: DemoView): void {
    this.view = view;
  }

  /** The view subscribes here to re-render; `content` means text or structure, `marks` only highlights. */
  subscribe(render: (e: DemoEvent) => void): () => void {
    this.renderers.add(render);
    return () => this.renderers.delete(render);
  }

  private changed(e: DemoEvent): void {
    for (const r of this.renderers) r(e);
    if (e === 'content') for (const l of this.listeners) l();
  }

  private index(id: string): number {
    const i = this.paragraphs.findIndex((p) => p.id === id);
    if (i < 0) throw new Error(`Paragraphe introuvable / paragraph not found (${id})`);
    return i;
  }

  text(): string {
    return this.paragraphs.map((p) => p.text).join('\n');
  }

  capabilities(): HostCapabilities {
    return {
      tempHighlight: true,
      annotations: false,
      comments: true,
      footnotes: true,
      paragraphEvents: true,
      settings: true,
    };
  }

  async readParagraphs(): Promise<DocParagraph[]> {
    // Consecutive cells form one table, numbered in document order, as Word's layer numbers them. Jalon's own
    // words are left out, as Word's layer leaves out its tagged controls.
    let table = -1;
    const mine = this.paragraphs.filter((p) => !p.own);
    return mine.map((p, index) => {
      // A cell of the first row and column after another cell starts a table too (two pasted tables in a row).
      if (p.cell && (!mine[index - 1]?.cell || (p.cell.row === 0 && p.cell.col === 0))) table += 1;
      return {
        id: p.id,
        index,
        text: p.text,
        style: p.headingLevel ? `Titre ${p.headingLevel}` : p.cell ? 'Tableau' : 'Normal',
        headingLevel: p.headingLevel,
        inTable: Boolean(p.cell),
        ...(p.cell ? { cell: { table, row: p.cell.row, column: p.cell.col } } : {}),
        tags: p.tag ? [p.tag] : [],
      };
    });
  }

  private check(range: DocRange): DemoParagraph {
    const p = this.paragraphs[this.index(range.paragraphId)];
    if (range.start < 0 || range.end > p.text.length || range.end < range.start) {
      throw new Error(`Position hors du paragraphe / position outside the paragraph (${range.start}-${range.end})`);
    }
    return p;
  }

  async select(range: DocRange): Promise<void> {
    this.check(range);
    this.lastCursor = { ...range };
    this.view?.select(range);
  }

  async getSelection(): Promise<DocRange | undefined> {
    const c = this.view?.cursor() ?? this.lastCursor;
    if (c) this.lastCursor = c;
    return c && { paragraphId: c.paragraphId, start: c.start, end: c.start };
  }

  async highlight(requests: HighlightRequest[]): Promise<void> {
    for (const r of requests) this.check(r);
    this.highlights.push(
      ...requests.map(({ paragraphId, start, end, kind, message }) => ({ paragraphId, start, end, kind, message })),
    );
    this.changed('marks');
  }

  async clearHighlights(paragraphIds?: string[]): Promise<void> {
    const ids = paragraphIds && new Set(paragraphIds);
    this.highlights = ids ? this.highlights.filter((h) => !ids.has(h.paragraphId)) : [];
    this.changed('marks');
  }

  private insertBlocks(at: number, blocks: InsertBlock[]): DemoParagraph[] {
    const made = blocks.map((b) =>
      this.make(
        {
          text: b.text,
          heading: b.kind === 'heading' ? (b.level ?? 2) : undefined,
          // The template's title keeps its tag (jalon:title) too: the new commitment is one from the next check on.
          tag: b.kind === 'field' || b.kind === 'heading' ? b.tag : undefined,
        },
        b.own,
      ),
    );
    blocks.forEach((b, i) => {
      if (b.placeholder && made[i].tag) made[i].placeholder = b.placeholder;
    });
    this.paragraphs.splice(at, 0, ...made);
    this.changed('content');
    return made;
  }

  async insertAtCursor(blocks: InsertBlock[]): Promise<void> {
    const c = this.view?.cursor() ?? this.lastCursor;
    let at = this.paragraphs.length;
    if (c) {
      at = this.index(c.paragraphId) + 1;
      // Never inside a table: after its last cell, as Word does with a paragraph after a table.
      while (at < this.paragraphs.length && this.paragraphs[at].cell && this.paragraphs[at - 1].cell) at += 1;
    }
    const made = this.insertBlocks(at, blocks);
    // As Word (src/word/insert.ts): the template's title waiting for the author's words is selected, so typing
    // replaces its prompt and the pane shows the new commitment.
    const title = blocks.findIndex((b) => b.kind === 'heading' && b.tag && !b.own && !b.text && b.placeholder);
    if (title >= 0) await this.select({ paragraphId: made[title].id, start: 0, end: 0 });
  }

  async insertAfter(paragraphId: string, blocks: InsertBlock[]): Promise<void> {
    this.insertBlocks(this.index(paragraphId) + 1, blocks);
  }

  async insertText(at: DocRange, text: string): Promise<void> {
    const p = this.check(at);
    p.text = p.text.slice(0, at.start) + text + p.text.slice(at.start);
    this.shiftMarks(p.id, at.start, text.length);
    this.changed('content');
  }

  /** Keeps highlights after an insertion point on the same words. */
  private shiftMarks(paragraphId: string, from: number, by: number): void {
    for (const h of this.highlights) {
      if (h.paragraphId !== paragraphId) continue;
      if (h.start >= from) h.start += by;
      if (h.end > from) h.end += by;
    }
  }

  async addFootnote(at: DocRange, text: string): Promise<void> {
    this.check(at);
    this.footnotes.push({ paragraphId: at.paragraphId, offset: at.end, text });
    this.changed('content');
  }

  async readControls(tagPrefix: string): Promise<ControlContent[]> {
    return this.paragraphs
      .filter((p) => p.tag?.startsWith(tagPrefix))
      .map((p) => ({ id: p.id, tag: p.tag!, text: p.text, paragraphId: p.id }));
  }

  async writeFields(firstParagraphId: string, lastParagraphId: string, fields: FieldWrite[]): Promise<void> {
    const first = this.index(firstParagraphId);
    let last = this.index(lastParagraphId);
    for (const f of fields) {
      // One paragraph a line, as Word's layer writes them (src/word/fields.ts): each its own control of the tag.
      const [line, ...more] = linesOf(f.text);
      const at = this.paragraphs.findIndex((p, i) => i >= first && i <= last && p.tag === f.tag);
      if (at >= 0) {
        // The control's paragraphs (consecutive, of its tag) hold the answer now: the first keeps its id.
        let end = at + 1;
        while (end <= last && this.paragraphs[end].tag === f.tag) end += 1;
        const existing = this.paragraphs[at];
        const gone = new Set(this.paragraphs.slice(at, end).map((p) => p.id));
        existing.text = line;
        this.highlights = this.highlights.filter((h) => !gone.has(h.paragraphId));
        const made = more.map((text) => this.make({ text, tag: f.tag }));
        this.paragraphs.splice(at + 1, end - at - 1, ...made);
        last += made.length - (end - at - 1);
      } else {
        const made = [line, ...more].map((text) => this.make({ text, tag: f.tag }));
        this.paragraphs.splice(last + 1, 0, this.make({ text: f.label }), ...made);
        last += 1 + made.length;
      }
    }
    this.changed('content');
  }

  async addComments(items: { range: DocRange; text: string }[]): Promise<number> {
    for (const it of items) this.check(it.range);
    for (const it of items) {
      this.comments.push({
        id: `c${this.nextId++}`,
        text: it.text,
        paragraphId: it.range.paragraphId,
        range: { ...it.range },
      });
    }
    this.changed('marks');
    return items.length;
  }

  async listComments(): Promise<CommentInfo[]> {
    return this.comments.map(({ id, text, paragraphId }) => ({ id, text, paragraphId }));
  }

  async removeComments(): Promise<number> {
    const n = this.comments.length;
    this.comments = [];
    this.changed('marks');
    return n;
  }

  async loadSetting<T>(key: string): Promise<T | undefined> {
    const raw = this.settings.get(key);
    return raw === undefined ? undefined : (JSON.parse(raw) as T);
  }

  async saveSetting<T>(key: string, value: T): Promise<void> {
    this.settings.set(key, JSON.stringify(value));
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // ---- edits coming from the view ------------------------------------------------------------------------

  /** The author typed in a paragraph: its highlights no longer match the words, so they go. */
  setText(paragraphId: string, text: string): void {
    const p = this.paragraphs[this.index(paragraphId)];
    if (p.text === text) return;
    p.text = text;
    this.highlights = this.highlights.filter((h) => h.paragraphId !== paragraphId);
    this.comments = this.comments.filter((c) => c.paragraphId !== paragraphId || c.range.end <= text.length);
    this.changed('content');
  }

  /** Enter: splits a paragraph at the cursor; returns the new paragraph's id. */
  split(paragraphId: string, offset: number): string {
    const i = this.index(paragraphId);
    const p = this.paragraphs[i];
    const rest = this.make({ text: p.text.slice(offset), cell: p.cell, tag: p.tag }, p.own);
    p.text = p.text.slice(0, offset);
    this.highlights = this.highlights.filter((h) => h.paragraphId !== paragraphId);
    this.paragraphs.splice(i + 1, 0, rest);
    this.changed('content');
    return rest.id;
  }

  /** Pasted paragraphs (table cells among them) after a paragraph; returns their ids. */
  pasteAfter(paragraphId: string, pasted: SampleParagraph[]): string[] {
    const made = pasted.map((s) => this.make(s));
    this.paragraphs.splice(this.index(paragraphId) + 1, 0, ...made);
    this.changed('content');
    return made.map((p) => p.id);
  }

  /** Backspace at a paragraph's start: joins it to the previous one; returns where the cursor goes. */
  mergeWithPrevious(paragraphId: string): DocRange | undefined {
    const i = this.index(paragraphId);
    if (i === 0) return undefined;
    const prev = this.paragraphs[i - 1];
    const p = this.paragraphs[i];
    if (Boolean(prev.cell) !== Boolean(p.cell)) return undefined; // never merge across a table edge
    const offset = prev.text.length;
    prev.text += p.text;
    this.paragraphs.splice(i, 1);
    this.highlights = this.highlights.filter((h) => h.paragraphId !== paragraphId && h.paragraphId !== prev.id);
    this.changed('content');
    return { paragraphId: prev.id, start: offset, end: offset };
  }
}
