// Reading: the document's paragraphs in a fixed number of round trips, with their names (ids), their text as Jalon
// reads it (textview.ts), headings, content-control tags and table cells; and finding a named paragraph again
// before a write. Every write starts with a fresh read: Word's change events are not complete (office-js#3864:
// Mac misses deletions under Track Changes; #5400: large documents drop delete events), so nothing is trusted
// from an earlier read but the text each name had, which is checked.
import { NOTE_TAG, type DocParagraph, type DocRange } from '../core';
import { WordHostError } from './errors';
import { errorCode, supported } from './office';
import type { Session } from './session';
import { headingLevelOf, nearestWith, parseIndexId, textFingerprint } from './text';
import { fromRaw, textView, type TextView } from './textview';

export interface Loaded {
  items: Word.Paragraph[];
  views: TextView[];
  /** The views' texts: what Jalon analyses. */
  texts: string[];
  ids: string[];
  fingerprints: string[];
  byId: Map<string, number>;
  /** Document.changeTrackingMode, when asked for and the host has it (WordApi 1.4). */
  tracking?: string;
}

export interface LoadOptions {
  /** Styles, tags and table cells, for readParagraphs, controls and inserts. */
  details?: boolean;
  /** Also read Document.changeTrackingMode (WordApi 1.4). */
  tracking?: boolean;
  /** Where paragraphs are named by position: the id of each one's content control too (tells equal texts apart). */
  controlsWithoutIds?: boolean;
  /** Loads the caller queues on the same round trip (queued again when the read is retried without ids). */
  extra?: (uid: boolean) => void;
}

/**
 * Only ids and tags of the enclosing content controls: loading their text would repeat a whole control's text
 * once per paragraph it holds (a payload that grows with the square of the control's size on the web).
 */
const DETAIL_PROPS = [
  'style',
  'styleBuiltIn',
  'outlineLevel',
  'tableNestingLevel',
  'isListItem',
  'parentContentControlOrNullObject/id',
  'parentContentControlOrNullObject/tag',
  'parentContentControlOrNullObject/parentContentControlOrNullObject/id',
  'parentContentControlOrNullObject/parentContentControlOrNullObject/tag',
  'parentTableCellOrNullObject/rowIndex',
  'parentTableCellOrNullObject/cellIndex',
];

function props(uid: boolean, options: LoadOptions): string[] {
  const control = !uid && options.controlsWithoutIds && !options.details ? ['parentContentControlOrNullObject/id'] : [];
  return ['text', ...(options.details ? DETAIL_PROPS : []), ...control, ...(uid ? ['uniqueLocalId'] : [])];
}

/**
 * Syncs work queued for items [0, n) in as few round trips as fit: all at once (or `first` at a time), then, if Word
 * refuses the batch (a request or response too large for Word on the web), in halves, quarters... of what is left.
 * A single item Word still refuses fails with Word's error (named as too large where Word says so).
 */
export async function syncInChunks(
  context: Word.RequestContext,
  n: number,
  queue: (from: number, to: number) => void,
  session: Session,
  first = n,
): Promise<void> {
  let size = Math.max(1, first);
  for (let i = 0; i < n;) {
    const to = Math.min(n, i + size);
    queue(i, to);
    try {
      await context.sync();
      i = to;
    } catch (e) {
      if (size > 1) size = Math.ceil(size / 2);
      else throw /payload|size/i.test(errorCode(e) ?? '') ? new WordHostError('too-large', '', session.lang) : e;
    }
  }
}

/** Queues and syncs the paragraph read. Falls back to positional ids, then to a read in slices. */
export async function loadParagraphs(
  context: Word.RequestContext,
  session: Session,
  options: LoadOptions = {},
): Promise<Loaded> {
  const revisionsApi = supported('WordApi', '1.6');
  const trackingApi = options.tracking && supported('WordApi', '1.4');
  let uid = session.idMode !== 'position' && supported('WordApi', '1.6');
  const paragraphs = context.document.body.paragraphs;
  let changes: Word.TrackedChangeCollection | undefined;
  const common = (withUid: boolean) => {
    changes = revisionsApi ? context.document.body.getTrackedChanges() : undefined;
    changes?.load('items/type');
    if (trackingApi) context.document.load('changeTrackingMode');
    options.extra?.(withUid);
  };
  const whole = async (withUid: boolean) => {
    paragraphs.load(props(withUid, options).map((p) => `items/${p}`));
    common(withUid);
    await context.sync();
  };
  try {
    await whole(uid);
  } catch (first) {
    try {
      // A host that lists WordApi 1.6 may refuse uniqueLocalId; or the read was too large: try once without ids.
      if (!uid) throw first;
      uid = false;
      await whole(false);
    } catch {
      // Too large for one response (Word on the web): the paragraphs first, then their text in slices.
      uid = false;
      paragraphs.load('items/tableNestingLevel');
      common(false);
      await context.sync();
      const items = paragraphs.items;
      const fields = props(false, options).join(',');
      await syncInChunks(
        context,
        items.length,
        (from, to) => items.slice(from, to).forEach((p) => p.load(fields)),
        session,
        Math.ceil(items.length / 2), // the whole read already failed
      );
    }
  }
  const items = paragraphs.items;
  // Where the document has tracked changes, the current text (deletions out) in one more round trip.
  let current: string[] | undefined;
  if (changes && changes.items.length > 0) {
    const results: OfficeExtension.ClientResult<string>[] = [];
    await syncInChunks(
      context,
      items.length,
      (from, to) => {
        for (let i = from; i < to; i++) results[i] = items[i].getReviewedText('Current');
      },
      session,
    );
    current = results.map((r) => r.value);
  }
  const views = items.map((p, i) => textView(p.text ?? '', current?.[i]));
  const texts = views.map((v) => v.text);
  const fingerprints = texts.map(textFingerprint);
  let ids: string[] | undefined;
  if (uid) {
    // office-js#4258: uniqueLocalId is null on some builds (connected experiences off); a repeated id would name
    // two paragraphs. Either way, positional ids for the rest of the session.
    const uids = items.map((p) => p.uniqueLocalId);
    if (uids.every((u) => typeof u === 'string' && u !== '') && new Set(uids).size === uids.length) ids = uids;
  }
  session.idMode = ids ? 'uid' : 'position';
  ids ??= fingerprints.map((fp, i) => `${i}.${fp}`); // indexId(i, text), from the fingerprint already made
  const tracking = trackingApi ? (context.document.changeTrackingMode as string | undefined) : undefined;
  return { items, views, texts, ids, fingerprints, byId: new Map(ids.map((id, i) => [id, i])), tracking };
}

/**
 * The index of a named paragraph now, or -1. The name must still hold the text it had when the pane read it:
 * on Mac, insertParagraph('After') moves the anchor's uniqueLocalId to the new paragraph (office-js#5784), and a
 * positional name points elsewhere once paragraphs move; then the paragraph with that text nearest its old place.
 */
export function resolve(session: Session, loaded: Loaded, id: string): number {
  let i = loaded.byId.get(id) ?? -1;
  const positional = i < 0 ? parseIndexId(id) : undefined;
  if (positional) i = nearestWith(loaded.fingerprints, positional.fp, positional.index);
  const known = session.known.get(id);
  if (known && (i < 0 || loaded.fingerprints[i] !== known.fp))
    i = nearestWith(loaded.fingerprints, known.fp, known.index);
  return i;
}

/** Where something Jalon placed (a highlight, an annotation) is now: by its paragraph's id, then by its text. */
export function resolvePlaced(loaded: Loaded, placed: { paragraphId: string; index: number; fp: string }): number {
  const i = loaded.byId.get(placed.paragraphId) ?? -1;
  if (i >= 0 && loaded.fingerprints[i] === placed.fp) return i;
  return nearestWith(loaded.fingerprints, placed.fp, placed.index);
}

/**
 * Which table each paragraph's cell belongs to, numbered in document order, outer tables before the tables nested
 * in them (as the .docx reader numbers w:tbl). A table starts where the nesting level rises: Word keeps a paragraph
 * between two tables (adjacent tables merge), so two tables at one level are never consecutive.
 */
export function cellsOf(
  levels: number[],
  cells: ({ row: number; column: number } | undefined)[],
): ({ table: number; row: number; column: number } | undefined)[] {
  const open: number[] = [];
  let next = 0;
  return levels.map((level, i) => {
    if (level <= 0) {
      open.length = 0;
      return undefined;
    }
    if (open.length > level) open.length = level;
    while (open.length < level) open.push(next++);
    const c = cells[i];
    return c ? { table: open[level - 1], row: c.row, column: c.column } : undefined;
  });
}

function tagsOf(p: Word.Paragraph): string[] {
  const cc = p.parentContentControlOrNullObject;
  if (!cc || cc.isNullObject || !cc.tag) return [];
  const outer = cc.parentContentControlOrNullObject;
  return outer && !outer.isNullObject && outer.tag ? [outer.tag, cc.tag] : [cc.tag];
}

function cellOf(p: Word.Paragraph): { row: number; column: number } | undefined {
  const c = p.parentTableCellOrNullObject;
  return c && !c.isNullObject ? { row: c.rowIndex, column: c.cellIndex } : undefined;
}

export async function readParagraphs(session: Session): Promise<DocParagraph[]> {
  return Word.run(async (context) => {
    const loaded = await loadParagraphs(context, session, { details: true });
    const levels = loaded.items.map((p) => p.tableNestingLevel ?? 0);
    const cells = cellsOf(levels, loaded.items.map(cellOf));
    session.known.clear();
    loaded.ids.forEach((id, index) => session.known.set(id, { index, fp: loaded.fingerprints[index] }));
    const out: DocParagraph[] = [];
    loaded.items.forEach((p, index) => {
      const tags = tagsOf(p);
      if (tags.includes(NOTE_TAG)) return; // Jalon's own words (a review summary) are never reviewed
      const para: DocParagraph = {
        id: loaded.ids[index],
        index: out.length,
        text: loaded.texts[index],
        style: p.style ?? '',
        headingLevel: headingLevelOf(p.styleBuiltIn, p.outlineLevel),
        inTable: levels[index] > 0,
        tags,
      };
      const cell = cells[index];
      if (cell) para.cell = cell;
      out.push(para);
    });
    return out;
  });
}

/**
 * The cursor (start of the selection) as a paragraph and offset, in one round trip. The selection's paragraph is
 * matched by uniqueLocalId where the read named paragraphs by it, else by its text (the first paragraph with it)
 * and, when it sits in a content control, by that control: two unfilled template titles have one text (none, or
 * the prompt), and after an insert the selected one is the new commitment the pane must show.
 */
export async function getSelection(session: Session): Promise<DocRange | undefined> {
  return Word.run(async (context) => {
    const selection = context.document.getSelection();
    const first = selection.paragraphs.getFirst();
    const before = first.getRange('Start').expandTo(selection.getRange('Start'));
    const own = first.parentContentControlOrNullObject;
    let controls = false; // each paragraph's control id read (a read without uniqueLocalId)
    const loaded = await loadParagraphs(context, session, {
      controlsWithoutIds: true,
      extra: (uid) => {
        first.load(uid ? 'text,uniqueLocalId' : 'text');
        before.load('text');
        own.load('id');
        controls = !uid;
      },
    });
    let index: number;
    if (session.idMode === 'uid') index = loaded.ids.indexOf(first.uniqueLocalId);
    else {
      const sameText = (i: number) => loaded.views[i].raw === first.text;
      const control = own.isNullObject ? undefined : own.id;
      const sameControl = (i: number) => {
        const c = loaded.items[i].parentContentControlOrNullObject;
        return controls && control !== undefined && !c.isNullObject && c.id === control;
      };
      index = loaded.views.findIndex((_, i) => sameText(i) && sameControl(i));
      if (index < 0) index = loaded.views.findIndex((_, i) => sameText(i));
    }
    if (index < 0) return undefined;
    const offset = fromRaw(loaded.views[index], before.text.length);
    return { paragraphId: loaded.ids[index], start: offset, end: offset };
  });
}
