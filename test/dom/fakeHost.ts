// An in-memory DocumentHost for the pane's DOM tests: paragraphs with stable ids, highlights it can
// restore, content controls as tagged paragraphs, comments, settings, change events and injectable failures.
import type {
  CommentInfo,
  ControlContent,
  DocParagraph,
  DocRange,
  DocumentHost,
  FieldWrite,
  HighlightRequest,
  HostCapabilities,
  InsertBlock,
} from '../../src/core';

interface Para {
  id: string;
  text: string;
  style: string;
  headingLevel: number;
  tags: string[];
}

/** The pane tests' plan: a preamble, a vague commitment with a cost control, a concrete one with an indicator control. */
/** How this host marks Jalon's own words (Word: a content control tagged so). */
export const OWN = 'jalon-note';

export const PLAN = [
  { text: 'Plan d’action national', heading: 1 },
  'Préambule : nous voulons promouvoir la transparence.',
  { text: 'Engagement 1 : ouvrir les données', heading: 2 },
  'Nous allons renforcer l’open data et renforcer la participation.',
  { text: '150 k€', tags: ['jalon:cost'] },
  { text: 'Engagement 2 : registre des lobbies', heading: 2 },
  'Publier le registre en ligne.',
  { text: 'Nombre de fiches publiées', tags: ['jalon:indicator'] },
];

export class FakeHost implements DocumentHost {
  readonly kind = 'demo' as const;
  paras: Para[];
  highlights: HighlightRequest[] = [];
  selection: DocRange | undefined;
  comments: (CommentInfo & { range: DocRange })[] = [];
  footnotes: { at: DocRange; text: string }[] = [];
  settings = new Map<string, unknown>();
  calls: string[] = [];
  readCount = 0;
  failOn = new Set<string>();
  private nextId = 1;
  private listeners = new Set<() => void>();
  caps: HostCapabilities;

  constructor(
    lines: (string | { text: string; heading?: number; tags?: string[] })[],
    caps: Partial<HostCapabilities> = {},
  ) {
    this.paras = lines.map((l) => this.make(typeof l === 'string' ? { text: l } : l));
    this.caps = {
      tempHighlight: true,
      annotations: false,
      comments: true,
      footnotes: true,
      paragraphEvents: true,
      settings: true,
      ...caps,
    };
    if (!this.caps.footnotes) this.addFootnote = undefined;
  }

  private make(l: { text: string; heading?: number; tags?: string[] }): Para {
    return {
      id: `p${this.nextId++}`,
      text: l.text,
      style: l.heading ? `Heading ${l.heading}` : 'Normal',
      headingLevel: l.heading ?? 0,
      tags: l.tags ?? [],
    };
  }

  private fail(name: string): void {
    this.calls.push(name);
    if (this.failOn.has(name)) throw new Error(`${name} failed (injected)`);
  }

  private index(id: string): number {
    const i = this.paras.findIndex((p) => p.id === id);
    if (i < 0) throw new Error(`no paragraph ${id}`);
    return i;
  }

  text(): string {
    return this.paras.map((p) => p.text).join('\n');
  }

  capabilities(): HostCapabilities {
    return this.caps;
  }

  async readParagraphs(): Promise<DocParagraph[]> {
    this.fail('readParagraphs');
    this.readCount += 1;
    // Jalon's own words are left out, as every host leaves them out (InsertBlock.own).
    return this.paras
      .filter((p) => !p.tags.includes(OWN))
      .map((p, index) => ({ ...p, tags: [...p.tags], index, inTable: false }));
  }

  async select(range: DocRange): Promise<void> {
    this.fail('select');
    this.index(range.paragraphId);
    this.selection = { ...range };
  }

  async getSelection(): Promise<DocRange | undefined> {
    return this.selection;
  }

  async highlight(requests: HighlightRequest[]): Promise<void> {
    this.fail('highlight');
    const ids = new Set(this.paras.map((p) => p.id));
    for (const r of requests) if (!ids.has(r.paragraphId)) throw new Error(`no paragraph ${r.paragraphId}`);
    this.highlights.push(...requests);
  }

  async clearHighlights(paragraphIds?: string[]): Promise<void> {
    this.fail('clearHighlights');
    this.highlights = paragraphIds ? this.highlights.filter((h) => !paragraphIds.includes(h.paragraphId)) : [];
  }

  private insertBlocks(at: number, blocks: InsertBlock[]): Para[] {
    const made = blocks.map((b) =>
      this.make({
        text: b.text,
        heading: b.kind === 'heading' ? (b.level ?? 2) : undefined,
        tags: [...(b.tag ? [b.tag] : []), ...(b.own ? [OWN] : [])],
      }),
    );
    this.paras.splice(at, 0, ...made);
    return made;
  }

  async insertAtCursor(blocks: InsertBlock[]): Promise<void> {
    this.fail('insertAtCursor');
    const at = this.selection ? this.index(this.selection.paragraphId) + 1 : this.paras.length;
    const made = this.insertBlocks(at, blocks);
    // As Word (src/word/insert.ts): the template's title waiting for the author's words is selected.
    const title = blocks.findIndex((b) => b.kind === 'heading' && b.tag && !b.own && !b.text && b.placeholder);
    if (title >= 0) this.selection = { paragraphId: made[title].id, start: 0, end: 0 };
    this.emit();
  }

  async insertAfter(paragraphId: string, blocks: InsertBlock[]): Promise<void> {
    this.fail('insertAfter');
    this.insertBlocks(this.index(paragraphId) + 1, blocks);
    this.emit();
  }

  async insertText(at: DocRange, text: string): Promise<void> {
    this.fail('insertText');
    const p = this.paras[this.index(at.paragraphId)];
    p.text = p.text.slice(0, at.start) + text + p.text.slice(at.start);
    this.emit();
  }

  addFootnote? = async (at: DocRange, text: string): Promise<void> => {
    this.fail('addFootnote');
    this.index(at.paragraphId);
    this.footnotes.push({ at, text });
  };

  async readControls(tagPrefix: string): Promise<ControlContent[]> {
    return this.paras
      .filter((p) => p.tags.some((t) => t.startsWith(tagPrefix)))
      .map((p) => ({ id: p.id, tag: p.tags.find((t) => t.startsWith(tagPrefix))!, text: p.text, paragraphId: p.id }));
  }

  async writeFields(firstParagraphId: string, lastParagraphId: string, fields: FieldWrite[]): Promise<void> {
    this.fail('writeFields');
    const first = this.index(firstParagraphId);
    let last = this.index(lastParagraphId);
    for (const f of fields) {
      const existing = this.paras.slice(first, last + 1).find((p) => p.tags.includes(f.tag));
      if (existing) existing.text = f.text;
      else {
        this.paras.splice(last + 1, 0, this.make({ text: f.label }), this.make({ text: f.text, tags: [f.tag] }));
        last += 2;
      }
    }
    this.emit();
  }

  async addComments(items: { range: DocRange; text: string }[]): Promise<number> {
    this.fail('addComments');
    for (const it of items)
      this.comments.push({
        id: `c${this.nextId++}`,
        text: it.text,
        paragraphId: it.range.paragraphId,
        range: it.range,
      });
    return items.length;
  }

  async listComments(): Promise<CommentInfo[]> {
    this.fail('listComments');
    return this.comments.map(({ id, text, paragraphId }) => ({ id, text, paragraphId }));
  }

  async removeComments(): Promise<number> {
    this.fail('removeComments');
    const n = this.comments.length;
    this.comments = [];
    return n;
  }

  async loadSetting<T>(key: string): Promise<T | undefined> {
    return this.settings.get(key) as T | undefined;
  }

  async saveSetting<T>(key: string, value: T): Promise<void> {
    this.fail('saveSetting');
    this.settings.set(key, JSON.parse(JSON.stringify(value)));
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The author types: replaces a paragraph's text and fires the change event. */
  edit(index: number, text: string): void {
    this.paras[index].text = text;
    this.emit();
  }

  emit(): void {
    for (const l of this.listeners) l();
  }
}
