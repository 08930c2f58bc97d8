// DocumentHost over Office.js. Every operation queues its work for the whole document and syncs a fixed
// number of times (see SYNCS below): round trips to Word are slow (tens of ms each, seconds on the web),
// so the count must never grow with the number of paragraphs or findings.
import type {
  AnnotationEvent,
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
  Lang,
} from '../core';
import { ANNOTATION_RESOURCES, critiqueFor } from './annotations';
import { WordHostError } from './errors';
import {
  escapeSearch,
  headingLevelOf,
  indexId,
  planSpan,
  resolveIndexId,
  sameColour,
  textFingerprint,
  type SpanPlan,
} from './text';

/** Round trips per operation, whatever the document's size (checked by the unit tests and the bench). */
export const SYNCS = {
  read: 1,
  highlight: 3, // paragraphs, search results + prior colours, apply (a 4th only for spans past 255 chars)
  clear: 3,
  annotate: 2, // paragraphs, insert every critique
  clearAnnotations: 3, // paragraphs, annotation ids of the touched paragraphs, delete
} as const;

/** Persistent fallback colours: Word's highlight palette only, so that what we read back equals what we set. */
export const HIGHLIGHT_COLOURS: Record<HighlightKind, string> = {
  error: '#FF00FF', // Pink
  warning: '#FFFF00', // Yellow
  suggestion: '#00FFFF', // Turquoise
  info: '#00FF00', // BrightGreen
  focus: '#C0C0C0', // Gray25
};

/** Marks Jalon's comments so that listing and removing never touch the authors' own. */
export const COMMENT_PREFIX = '[Jalon] ';
const SETTINGS_HIGHLIGHTS = 'jalon.highlights.v1';
const SETTINGS_PREFIX = 'jalon.';

type Mode = 'temp' | 'font';

/** What Jalon did to one span, kept in memory and (font mode) in the document settings, to undo it exactly. */
interface HighlightRecord {
  mode: Mode;
  paragraphId: string;
  index: number;
  fp: string;
  plan: SpanPlan;
  start: number;
  end: number;
  colour?: string;
  prior?: string | null;
}

/** One critique Jalon inserted (WordApi 1.7): Word's id, and where it was, to delete exactly it. */
interface AnnotationRecord {
  id: string;
  paragraphId: string;
  index: number;
  fp: string;
  start: number;
  end: number;
}

type Placed = Pick<HighlightRecord, 'paragraphId' | 'index' | 'fp'>;

interface LoadedParagraphs {
  items: Word.Paragraph[];
  texts: string[];
  ids: string[];
  fingerprints: string[];
  byId: Map<string, number>;
}

export interface WordDocumentOptions {
  lang?: Lang;
}

const DETAIL_PROPS = [
  'items/style',
  'items/styleBuiltIn',
  'items/outlineLevel',
  'items/tableNestingLevel',
  'items/parentContentControlOrNullObject/id',
  'items/parentContentControlOrNullObject/tag',
  'items/parentContentControlOrNullObject/text',
  'items/parentContentControlOrNullObject/parentContentControlOrNullObject/tag',
];

function supported(set: string, version: string): boolean {
  try {
    return Boolean(Office?.context?.requirements?.isSetSupported(set, version));
  } catch {
    return false;
  }
}

function langFromOffice(): Lang {
  try {
    return /^en\b/i.test(Office.context.displayLanguage ?? '') ? 'en' : 'fr';
  } catch {
    return 'fr';
  }
}

export class WordDocument implements DocumentHost {
  readonly kind = 'word' as const;
  private readonly lang: Lang;
  private caps: HostCapabilities | undefined;
  /** uniqueLocalId needs WordApi 1.6 and, per Microsoft, a Microsoft 365 licence: dropped after one failure. */
  private useUid: boolean | undefined;
  private records: HighlightRecord[] | undefined;
  /** In memory only: Word keeps annotations in memory too, so they end with the session. */
  private annotations: AnnotationRecord[] = [];
  /** Set when the host lists WordApi 1.7 but refuses critiques (no Microsoft 365 service): highlights from then on. */
  private annotationsRefused = false;
  private swept = false;

  constructor(options: WordDocumentOptions = {}) {
    this.lang = options.lang ?? langFromOffice();
  }

  capabilities(): HostCapabilities {
    this.caps ??= {
      tempHighlight: supported('WordApi', '1.8'),
      annotations: !this.annotationsRefused && supported('WordApi', '1.7'),
      comments: supported('WordApi', '1.4'),
      footnotes: supported('WordApi', '1.5'),
      paragraphEvents: supported('WordApi', '1.6'),
      settings: Boolean(this.settings()),
    };
    return this.caps;
  }

  private need(flag: keyof HostCapabilities, api: string): void {
    if (!this.capabilities()[flag]) throw new WordHostError('unsupported', api, this.lang);
  }

  private settings(): Office.Settings | undefined {
    try {
      return Office.context.document.settings ?? undefined;
    } catch {
      return undefined;
    }
  }

  // ---- reading -------------------------------------------------------------------------------------------

  /** Queues the paragraph load; the caller syncs once. Retries without uniqueLocalId if the host refuses it. */
  private async loadParagraphs(context: Word.RequestContext, details: boolean): Promise<LoadedParagraphs> {
    this.useUid ??= supported('WordApi', '1.6');
    const attempt = async (uid: boolean): Promise<LoadedParagraphs> => {
      const paragraphs = context.document.body.paragraphs;
      const props = ['items/text', ...(details ? DETAIL_PROPS : []), ...(uid ? ['items/uniqueLocalId'] : [])];
      paragraphs.load(props.join(','));
      await context.sync();
      const items = paragraphs.items;
      const texts = items.map((p) => p.text ?? '');
      const fingerprints = texts.map(textFingerprint);
      const ids = items.map((p, i) => (uid ? p.uniqueLocalId : indexId(i, texts[i])));
      return { items, texts, ids, fingerprints, byId: new Map(ids.map((id, i) => [id, i])) };
    };
    if (!this.useUid) return attempt(false);
    try {
      return await attempt(true);
    } catch {
      this.useUid = false; // e.g. a perpetual-licence Office that lists 1.6 but refuses the property
      return attempt(false);
    }
  }

  private indexOf(loaded: LoadedParagraphs, id: string): number {
    const i = loaded.byId.get(id);
    if (i !== undefined) return i;
    return resolveIndexId(id, loaded.fingerprints);
  }

  async readParagraphs(): Promise<DocParagraph[]> {
    return Word.run(async (context) => {
      const loaded = await this.loadParagraphs(context, true);
      return loaded.items.map((p, index) => ({
        id: loaded.ids[index],
        index,
        text: loaded.texts[index],
        style: p.style ?? '',
        headingLevel: headingLevelOf(p.styleBuiltIn, p.outlineLevel),
        inTable: (p.tableNestingLevel ?? 0) > 0,
        tags: tagsOf(p),
      }));
    });
  }

  async getSelection(): Promise<DocRange | undefined> {
    return Word.run(async (context) => {
      const selection = context.document.getSelection();
      const first = selection.paragraphs.getFirst();
      const before = first.getRange('Start').expandTo(selection.getRange('Start'));
      first.load(this.useUid ? 'text,uniqueLocalId' : 'text');
      before.load('text');
      const loaded = await this.loadParagraphs(context, false);
      const index = this.useUid ? loaded.ids.indexOf(first.uniqueLocalId) : loaded.texts.indexOf(first.text);
      if (index < 0) return undefined;
      const offset = Math.min(before.text.length, loaded.texts[index].length);
      return { paragraphId: loaded.ids[index], start: offset, end: offset };
    });
  }

  // ---- finding spans again -------------------------------------------------------------------------------

  /**
   * Queues the searches that find each span again. After one sync, `resolve(i)` gives the range of span i
   * (joining head and tail with expandTo for long spans) or undefined if Word no longer has it.
   */
  private queueSpans(
    paragraphs: (Word.Paragraph | undefined)[],
    plans: (SpanPlan | undefined)[],
    loadColour: boolean,
  ): { resolve: (i: number) => Word.Range | undefined; long: boolean } {
    const props = loadColour ? 'items/font/highlightColor' : 'items/text';
    const searches = plans.map((plan, i) => {
      const p = paragraphs[i];
      if (!plan || !p) return undefined;
      const head = p.search(escapeSearch(plan.head.needle), { matchCase: true });
      head.load(props);
      const tail = plan.tail ? p.search(escapeSearch(plan.tail.needle), { matchCase: true }) : undefined;
      tail?.load(props);
      return { head, tail };
    });
    return {
      long: plans.some((p) => p?.tail),
      resolve: (i) => {
        const s = searches[i];
        const plan = plans[i];
        if (!s || !plan) return undefined;
        const head = s.head.items[plan.head.occurrence];
        if (!head) return undefined;
        if (!plan.tail || !s.tail) return head;
        const tail = s.tail.items[plan.tail.occurrence];
        return tail ? head.expandTo(tail) : undefined;
      },
    };
  }

  /** One span: paragraphs, then search; two syncs. Throws in the user's language when it is gone. */
  private async locate(
    context: Word.RequestContext,
    at: DocRange,
  ): Promise<{ range: Word.Range; paragraph: Word.Paragraph }> {
    const loaded = await this.loadParagraphs(context, false);
    const index = this.indexOf(loaded, at.paragraphId);
    if (index < 0) throw new WordHostError('stale', at.paragraphId, this.lang);
    const paragraph = loaded.items[index];
    const text = loaded.texts[index];
    if (at.start === 0 && at.end >= text.length) return { range: paragraph.getRange('Content'), paragraph };
    let { start, end } = at;
    let caret: 'Start' | 'End' | undefined;
    if (end <= start) {
      // A caret: the end of the character before it (a whole emoji, never half a surrogate pair).
      if (start <= 0) return { range: paragraph.getRange('Start'), paragraph };
      if (start >= text.length) return { range: paragraph.getRange('Content').getRange('End'), paragraph };
      end = start;
      start = isLowSurrogate(text.charCodeAt(start - 1)) && start >= 2 ? start - 2 : start - 1;
      caret = 'End';
    }
    const plan = planSpan(text, start, end);
    const q = this.queueSpans([paragraph], [plan], false);
    await context.sync();
    const range = q.resolve(0);
    if (!range) throw new WordHostError('not-found', text.slice(start, end).slice(0, 60), this.lang);
    return { range: caret ? range.getRange(caret) : range, paragraph };
  }

  async select(range: DocRange): Promise<void> {
    await Word.run(async (context) => {
      const { range: r } = await this.locate(context, range);
      r.select();
      await context.sync();
    });
  }

  // ---- highlights ----------------------------------------------------------------------------------------

  private loadRecords(): HighlightRecord[] {
    if (!this.records) {
      const saved = this.settings()?.get(SETTINGS_HIGHLIGHTS) as HighlightRecord[] | null | undefined;
      this.records = Array.isArray(saved) ? saved : [];
    }
    return this.records;
  }

  private async saveRecords(): Promise<void> {
    const s = this.settings();
    if (!s) return;
    // Temporary highlights vanish with the session: only the ones written into the file are kept.
    const durable = (this.records ?? []).filter((r) => r.mode === 'font');
    if (durable.length) s.set(SETTINGS_HIGHLIGHTS, durable);
    else s.remove(SETTINGS_HIGHLIGHTS);
    await saveSettings(s);
  }

  /**
   * Where Word has annotations, findings become critiques (underline + pop-up, nothing written into the file);
   * 'focus' keeps the highlight, which is what selection feedback needs. Otherwise everything is highlighted.
   */
  async highlight(requests: HighlightRequest[]): Promise<void> {
    if (requests.length === 0) return;
    if (!this.capabilities().annotations) return this.highlightSpans(requests);
    const marks = requests.filter((r) => r.kind !== 'focus');
    const focus = requests.filter((r) => r.kind === 'focus');
    if (marks.length && !(await this.annotate(marks))) return this.highlightSpans(requests);
    if (focus.length) await this.highlightSpans(focus);
  }

  /** Inserts one critique per request in SYNCS.annotate round trips. False if the host refused critiques. */
  private async annotate(requests: HighlightRequest[]): Promise<boolean> {
    const popup = supported('WordApi', '1.8');
    let refused = false;
    await Word.run(async (context) => {
      const loaded = await this.loadParagraphs(context, false);
      // One insertAnnotations per paragraph, all queued before a single sync. Offsets are UTF-16 indexes of
      // paragraph.text, as in Microsoft's samples; fields and footnote marks may shift them (office-js#4997).
      const groups = new Map<number, { reqs: HighlightRequest[]; critiques: Word.Critique[] }>();
      for (const req of requests) {
        const index = this.indexOf(loaded, req.paragraphId);
        if (index < 0) continue; // the paragraph changed since the read: the pane re-reads and retries
        const critique = critiqueFor(req, loaded.texts[index].length, popup);
        if (!critique) continue;
        const g = groups.get(index) ?? { reqs: [], critiques: [] };
        g.reqs.push(req);
        g.critiques.push(critique);
        groups.set(index, g);
      }
      const results = [...groups].map(([index, g]) => ({
        index,
        g,
        ids: loaded.items[index].insertAnnotations({ critiques: g.critiques }),
      }));
      if (results.length === 0) return;
      try {
        await context.sync();
      } catch {
        // A perpetual-licence Word lists WordApi 1.7 but refuses critiques (GeneralException): highlight instead.
        refused = true;
        return;
      }
      for (const { index, g, ids } of results) {
        (ids.value ?? []).forEach((id, k) => {
          const req = g.reqs[k];
          if (req && id)
            this.annotations.push({
              id,
              paragraphId: req.paragraphId,
              index,
              fp: loaded.fingerprints[index],
              start: req.start,
              end: req.end,
            });
        });
      }
    });
    if (refused) {
      this.annotationsRefused = true;
      if (this.caps) this.caps.annotations = false;
    }
    return !refused;
  }

  private async highlightSpans(requests: HighlightRequest[]): Promise<void> {
    const mode: Mode = this.capabilities().tempHighlight ? 'temp' : 'font';
    const records = this.loadRecords();
    await Word.run(async (context) => {
      const loaded = await this.loadParagraphs(context, false);
      const indexes = requests.map((r) => this.indexOf(loaded, r.paragraphId));
      const free = mode === 'font' ? overlapFilter(records, loaded.fingerprints) : () => true;
      const plans = requests.map((r, i) =>
        indexes[i] < 0 || !free(indexes[i], r.start, r.end)
          ? undefined
          : planSpan(loaded.texts[indexes[i]], r.start, r.end),
      );
      const q = this.queueSpans(
        indexes.map((i) => loaded.items[i]),
        plans,
        mode === 'font',
      );
      await context.sync();
      const ranges = requests.map((_, i) => q.resolve(i));
      if (mode === 'font' && q.long) {
        // Joined ranges did not exist at the previous sync: read their colour now (only for spans > 255 chars).
        for (const r of ranges) r?.load('font/highlightColor');
        await context.sync();
      }
      const added: HighlightRecord[] = [];
      requests.forEach((req, i) => {
        const range = ranges[i];
        const plan = plans[i];
        if (!range || !plan) return; // the paragraph changed since the read: the pane re-reads and retries
        const record: HighlightRecord = {
          mode,
          paragraphId: req.paragraphId,
          index: indexes[i],
          fp: loaded.fingerprints[indexes[i]],
          plan,
          start: req.start,
          end: req.end,
        };
        if (mode === 'temp') {
          range.highlight();
        } else {
          const prior = range.font.highlightColor;
          // "" means several colours under the span: it could not be restored exactly, so leave it alone.
          if (prior === '') return;
          record.prior = prior ?? null;
          record.colour = HIGHLIGHT_COLOURS[req.kind];
          range.font.highlightColor = record.colour;
        }
        added.push(record);
      });
      await context.sync();
      records.push(...added);
    });
    if (mode === 'font') await this.saveRecords();
  }

  async clearHighlights(paragraphIds?: string[]): Promise<void> {
    await this.clearAnnotations(paragraphIds);
    await this.clearSpans(paragraphIds);
  }

  /**
   * Deletes Jalon's critiques by id, and no one else's, in SYNCS.clearAnnotations round trips. Word keeps
   * critiques in memory while the document is open, longer than a pane that is closed and reopened: the first
   * "clear all" of this instance also sweeps every paragraph for critiques carrying Jalon's pop-up branding.
   */
  private async clearAnnotations(paragraphIds?: string[]): Promise<void> {
    const wanted = paragraphIds ? new Set(paragraphIds) : undefined;
    const targets = this.annotations.filter((a) => !wanted || wanted.has(a.paragraphId));
    const sweep = !wanted && !this.swept && this.capabilities().annotations && supported('WordApi', '1.8');
    if (targets.length === 0 && !sweep) return;
    if (sweep) {
      try {
        await this.deleteAnnotations(targets, true);
      } catch {
        // A host that lists 1.8 without the critique service may refuse getAnnotations too: the sweep is a
        // courtesy, the records are the contract.
        await this.deleteAnnotations(targets, false);
      }
      this.swept = true;
    } else {
      await this.deleteAnnotations(targets, false);
    }
    const done = new Set(targets);
    this.annotations = this.annotations.filter((a) => !done.has(a));
  }

  private async deleteAnnotations(targets: AnnotationRecord[], sweep: boolean): Promise<void> {
    if (targets.length === 0 && !sweep) return;
    await Word.run(async (context) => {
      const loaded = await this.loadParagraphs(context, false);
      const byParagraph = new Map<number, Set<string>>();
      if (sweep) loaded.items.forEach((_, i) => byParagraph.set(i, new Set()));
      for (const a of targets) {
        const i = this.recordIndex(loaded, a);
        if (i < 0) continue; // paragraph deleted: Word dropped its annotations with it
        byParagraph.set(i, (byParagraph.get(i) ?? new Set()).add(a.id));
      }
      const lists = [...byParagraph].map(([i, ids]) => {
        const annotations = loaded.items[i].getAnnotations();
        annotations.load(sweep ? 'items/id,items/critiqueAnnotation/critique' : 'items/id');
        return { annotations, ids };
      });
      if (lists.length === 0) return;
      await context.sync();
      // An annotation Word already removed (its text was edited, or the author dismissed it) is simply absent.
      for (const { annotations, ids } of lists) {
        for (const a of annotations.items) if (ids.has(a.id) || (sweep && isJalonCritique(a))) a.delete();
      }
      await context.sync();
    });
  }

  private async clearSpans(paragraphIds?: string[]): Promise<void> {
    const records = this.loadRecords();
    const wanted = paragraphIds ? new Set(paragraphIds) : undefined;
    const targets = records.filter((r) => !wanted || wanted.has(r.paragraphId));
    if (targets.length === 0) return;
    await Word.run(async (context) => {
      const loaded = await this.loadParagraphs(context, false);
      const where = targets.map((r) => this.recordIndex(loaded, r));
      const fontTargets = targets.map((r, i) => (r.mode === 'font' && where[i] >= 0 ? r : undefined));
      const q = this.queueSpans(
        where.map((i) => loaded.items[i]),
        fontTargets.map((r) => r?.plan),
        true,
      );
      await context.sync();
      const ranges = targets.map((_, i) => q.resolve(i));
      if (q.long) {
        for (const r of ranges) r?.load('font/highlightColor');
        await context.sync();
      }
      // Temporary highlights: removing them on each touched paragraph is exact and needs no search.
      const tempParas = new Set<number>();
      targets.forEach((r, i) => r.mode === 'temp' && where[i] >= 0 && tempParas.add(where[i]));
      for (const i of tempParas) loaded.items[i].getRange('Whole').removeHighlight();
      // Persistent ones: newest first, so overlapping spans end on the colour that was there before Jalon.
      for (let i = targets.length - 1; i >= 0; i--) {
        const r = fontTargets[i];
        const range = r && ranges[i];
        // Only if our colour is still there: an author who re-coloured the span keeps their choice.
        if (range && sameColour(range.font.highlightColor, r.colour)) {
          range.font.highlightColor = (r.prior ?? null) as string; // null removes the highlight
        }
      }
      await context.sync();
    });
    const done = new Set(targets);
    this.records = records.filter((r) => !done.has(r));
    await this.saveRecords();
  }

  /** Records survive a session in the file, but uniqueLocalIds do not: fall back to index and text. */
  private recordIndex(loaded: LoadedParagraphs, r: Placed): number {
    const byId = this.indexOf(loaded, r.paragraphId);
    if (byId >= 0) return byId;
    if (loaded.fingerprints[r.index] === r.fp) return r.index;
    return loaded.fingerprints.indexOf(r.fp);
  }

  // ---- inserting -----------------------------------------------------------------------------------------

  async insertAtCursor(blocks: InsertBlock[]): Promise<void> {
    if (blocks.length === 0) return;
    await Word.run(async (context) => {
      // After the paragraph where the selection ends: the selected text itself is never replaced.
      const anchor = context.document.getSelection().paragraphs.getLast();
      // In a table cell, after the table, not inside the cell.
      const table = anchor.parentTableOrNullObject;
      table.load('rowCount');
      await context.sync();
      insertBlocks(anchor, blocks, table.isNullObject ? undefined : table);
      await context.sync();
    });
  }

  async insertAfter(paragraphId: string, blocks: InsertBlock[]): Promise<void> {
    if (blocks.length === 0) return;
    await Word.run(async (context) => {
      const loaded = await this.loadParagraphs(context, false);
      const index = this.indexOf(loaded, paragraphId);
      if (index < 0) throw new WordHostError('stale', paragraphId, this.lang);
      insertBlocks(loaded.items[index], blocks);
      await context.sync();
    });
  }

  async insertText(at: DocRange, text: string): Promise<void> {
    await Word.run(async (context) => {
      const { range } = await this.locate(context, { ...at, start: at.start, end: at.start });
      range.insertText(text, 'After');
      await context.sync();
    });
  }

  async addFootnote(at: DocRange, text: string): Promise<void> {
    this.need('footnotes', 'WordApi 1.5');
    await Word.run(async (context) => {
      const { range } = await this.locate(context, { ...at, start: at.end, end: at.end });
      range.insertFootnote(text);
      await context.sync();
    });
  }

  // ---- content controls ----------------------------------------------------------------------------------

  async readControls(tagPrefix: string): Promise<ControlContent[]> {
    return Word.run(async (context) => {
      const loaded = await this.loadParagraphs(context, true);
      const byId = new Map<number, ControlContent>();
      loaded.items.forEach((p, i) => {
        const cc = p.parentContentControlOrNullObject;
        if (!cc || cc.isNullObject || !cc.tag?.startsWith(tagPrefix)) return;
        if (!byId.has(cc.id))
          byId.set(cc.id, {
            id: String(cc.id),
            tag: cc.tag,
            text: cc.text ?? loaded.texts[i],
            paragraphId: loaded.ids[i],
          });
      });
      return [...byId.values()];
    });
  }

  async writeFields(firstParagraphId: string, lastParagraphId: string, fields: FieldWrite[]): Promise<void> {
    if (fields.length === 0) return;
    await Word.run(async (context) => {
      const loaded = await this.loadParagraphs(context, true);
      const first = this.indexOf(loaded, firstParagraphId);
      const last = this.indexOf(loaded, lastParagraphId);
      if (first < 0 || last < 0 || last < first)
        throw new WordHostError('stale', `${firstParagraphId}…${lastParagraphId}`, this.lang);
      const controls = new Map<string, Word.ContentControl>();
      for (let i = first; i <= last; i++) {
        const cc = loaded.items[i].parentContentControlOrNullObject;
        if (cc && !cc.isNullObject && cc.tag && !controls.has(cc.tag)) controls.set(cc.tag, cc);
      }
      const missing: InsertBlock[] = [];
      for (const f of fields) {
        const cc = controls.get(f.tag);
        if (cc) cc.insertText(f.text, 'Replace');
        else missing.push({ kind: 'label', text: f.label }, { kind: 'field', tag: f.tag, text: f.text });
      }
      if (missing.length) insertBlocks(loaded.items[last], missing);
      await context.sync();
    });
  }

  // ---- comments ------------------------------------------------------------------------------------------

  async addComments(items: { range: DocRange; text: string }[]): Promise<number> {
    this.need('comments', 'WordApi 1.4');
    if (items.length === 0) return 0;
    return Word.run(async (context) => {
      const loaded = await this.loadParagraphs(context, false);
      const indexes = items.map((it) => this.indexOf(loaded, it.range.paragraphId));
      const plans = items.map((it, i) => {
        if (indexes[i] < 0) return undefined;
        const text = loaded.texts[indexes[i]];
        const { start, end } = it.range;
        // A comment needs a non-empty anchor: an empty span comments the whole paragraph.
        return end > start ? planSpan(text, start, end) : text ? planSpan(text, 0, text.length) : undefined;
      });
      const q = this.queueSpans(
        indexes.map((i) => loaded.items[i]),
        plans,
        false,
      );
      await context.sync();
      let added = 0;
      items.forEach((it, i) => {
        const range = q.resolve(i);
        if (!range) return;
        range.insertComment(COMMENT_PREFIX + it.text);
        added += 1;
      });
      await context.sync();
      return added;
    });
  }

  async listComments(): Promise<CommentInfo[]> {
    this.need('comments', 'WordApi 1.4');
    return Word.run(async (context) => {
      const comments = context.document.body.getComments();
      comments.load('items/id,items/content');
      await context.sync();
      return comments.items
        .filter((c) => c.content.startsWith(COMMENT_PREFIX))
        .map((c) => ({ id: c.id, text: c.content.slice(COMMENT_PREFIX.length) }));
    });
  }

  async removeComments(): Promise<number> {
    this.need('comments', 'WordApi 1.4');
    return Word.run(async (context) => {
      const comments = context.document.body.getComments();
      comments.load('items/id,items/content');
      await context.sync();
      const ours = comments.items.filter((c) => c.content.startsWith(COMMENT_PREFIX));
      for (const c of ours) c.delete();
      await context.sync();
      return ours.length;
    });
  }

  // ---- settings and events -------------------------------------------------------------------------------

  async loadSetting<T>(key: string): Promise<T | undefined> {
    const value = this.settings()?.get(SETTINGS_PREFIX + key);
    return value === null || value === undefined ? undefined : (value as T);
  }

  async saveSetting<T>(key: string, value: T): Promise<void> {
    const s = this.settings();
    if (!s) throw new WordHostError('unsupported', 'Office.context.document.settings', this.lang);
    s.set(SETTINGS_PREFIX + key, value);
    await saveSettings(s);
  }

  /** Adds Word event handlers in one batch; the returned function removes them (also if called before they exist). */
  private listen(add: (document: Word.Document) => OfficeExtension.EventHandlerResult<unknown>[]): () => void {
    let off: (() => void) | undefined;
    let stopped = false;
    void Word.run(async (context) => {
      const handlers = add(context.document);
      await context.sync();
      // Handlers live in the context that added them: remove them through it (Word.run on one of its objects).
      const document = context.document;
      off = () =>
        void Word.run(document, async (ctx) => {
          for (const h of handlers) h.remove();
          await ctx.sync();
        }).catch(() => undefined);
      if (stopped) off();
    }).catch(() => undefined);
    return () => {
      stopped = true;
      off?.();
    };
  }

  onAnnotation(listener: (event: AnnotationEvent) => void): () => void {
    if (!this.capabilities().annotations) return () => undefined;
    const popup = supported('WordApi', '1.8');
    // Only Jalon's own annotations, known by the ids Word returned; read-only: Word has made any edit itself.
    const emit = (id: string, action: AnnotationEvent['action'], suggestion?: string) => {
      const a = this.annotations.find((x) => x.id === id);
      if (!a) return;
      listener({
        range: { paragraphId: a.paragraphId, start: a.start, end: a.end },
        action,
        ...(suggestion !== undefined ? { suggestion } : {}),
      });
    };
    return this.listen((document) => [
      document.onAnnotationClicked.add(async (args) => emit(args.id, 'click')),
      ...(popup
        ? [
            document.onAnnotationPopupAction.add(async (args) => {
              const accepted = /accept/i.test(args.action ?? '');
              emit(args.id, accepted ? 'accept' : 'reject', accepted ? args.critiqueSuggestion : undefined);
            }),
          ]
        : []),
    ]);
  }

  onChange(listener: () => void): () => void {
    if (this.capabilities().paragraphEvents) {
      return this.listen((document) => [
        document.onParagraphChanged.add(async () => listener()),
        document.onParagraphAdded.add(async () => listener()),
        document.onParagraphDeleted.add(async () => listener()),
      ]);
    }
    // Older Word: the selection moves as the author types; the pane debounces and re-reads incrementally.
    const handler = () => listener();
    try {
      Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, handler);
    } catch {
      return () => undefined;
    }
    return () => {
      try {
        Office.context.document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler });
      } catch {
        // the document is closing
      }
    };
  }
}

/**
 * Font highlights must not overlap: restoring one would read the other's colour as the author's. So a span
 * that overlaps one already highlighted (or accepted earlier in the batch) is left out; it can be shown
 * once the other is cleared. Returns a test that also reserves the span it accepts.
 */
function overlapFilter(
  records: HighlightRecord[],
  fingerprints: string[],
): (index: number, start: number, end: number) => boolean {
  const taken = new Map<number, [number, number][]>();
  for (const r of records) {
    if (r.mode !== 'font' || fingerprints[r.index] !== r.fp) continue;
    taken.set(r.index, [...(taken.get(r.index) ?? []), [r.start, r.end]]);
  }
  return (index, start, end) => {
    const spans = taken.get(index) ?? [];
    if (spans.some(([s, e]) => start < e && s < end)) return false;
    taken.set(index, [...spans, [start, end]]);
    return true;
  };
}

function isJalonCritique(a: Word.Annotation): boolean {
  try {
    return a.critiqueAnnotation.critique.popupOptions?.brandingTextResourceId === ANNOTATION_RESOURCES.brand;
  } catch {
    return false; // not a critique, or a host that does not return it
  }
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function tagsOf(p: Word.Paragraph): string[] {
  const cc = p.parentContentControlOrNullObject;
  if (!cc || cc.isNullObject || !cc.tag) return [];
  const outer = cc.parentContentControlOrNullObject;
  return outer && !outer.isNullObject && outer.tag ? [outer.tag, cc.tag] : [cc.tag];
}

const HEADING_STYLES = ['Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading5', 'Heading6'] as const;

/** Inserts blocks in order after `anchor`; queued only (the caller syncs). */
function insertBlocks(anchor: Word.Paragraph, blocks: InsertBlock[], afterTable?: Word.Table): void {
  let at = anchor;
  for (const [i, b] of blocks.entries()) {
    const p = i === 0 && afterTable ? afterTable.insertParagraph(b.text, 'After') : at.insertParagraph(b.text, 'After');
    if (b.kind === 'heading') {
      p.styleBuiltIn = HEADING_STYLES[Math.min(Math.max((b.level ?? 2) - 1, 0), 5)] as Word.BuiltInStyleName;
    } else {
      // A new paragraph inherits the anchor's style: a heading anchor must not turn the body into headings.
      p.styleBuiltIn = 'Normal' as Word.BuiltInStyleName;
      p.font.bold = b.kind === 'label';
    }
    if (b.kind === 'field') {
      const cc = p.insertContentControl();
      cc.tag = b.tag ?? 'jalon:field';
      cc.title = b.tag ?? 'Jalon';
      if (b.placeholder) cc.placeholderText = b.placeholder;
    }
    at = p;
  }
}

function saveSettings(s: Office.Settings): Promise<void> {
  return new Promise((resolve, reject) => {
    s.saveAsync((result) => {
      if (!result || result.status === Office.AsyncResultStatus.Succeeded) resolve();
      else reject(new Error(result.error?.message ?? 'settings.saveAsync failed'));
    });
  });
}
