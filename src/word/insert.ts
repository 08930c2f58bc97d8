// Inserting Jalon's blocks (the commitment template, missing fields, review summaries), text at a point and
// footnotes. A paragraph inserted after another takes its place: inside the content control, the table cell or the
// list that holds it (and insertText(…, 'Replace') on that control later wipes what was inserted). So new
// paragraphs go after the outermost content control or table holding the anchor, leave any list, and fields become
// content controls only once every paragraph is in place.
import { NOTE_TAG, type DocRange, type InsertBlock } from '../core';
import { WordHostError } from './errors';
import { errorCode, errorLocation, isWeb } from './office';
import { loadParagraphs, resolve, type Loaded } from './paragraphs';
import type { Session } from './session';
import { locate } from './spans';

const HEADING_STYLES = ['Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading5', 'Heading6'] as const;

/** Something a paragraph can be inserted after. */
export interface Anchor {
  insertParagraph(text: string, where: 'After'): Word.Paragraph;
}

/** Where to insert, and whether that paragraph is a list item (then what follows it must leave the list). */
export interface Target {
  anchor: Anchor;
  list: boolean;
}

/** A read paragraph (with details) as a target, when it has no container. */
export function paragraphTarget(p: Word.Paragraph): Target {
  return { anchor: p, list: Boolean(p.isListItem) };
}

/**
 * Queues what tells where a paragraph's outermost container is (two levels of content controls and of tables, and
 * which of the two holds the other); after the caller's sync, the returned function gives the anchor to insert
 * after. Deeper nesting is not followed: the second level is taken as the outermost.
 */
export function probeContainer(paragraph: Word.Paragraph): () => Target {
  const cc1 = paragraph.parentContentControlOrNullObject;
  const cc2 = cc1.parentContentControlOrNullObject;
  const t1 = paragraph.parentTableOrNullObject;
  const t2 = t1.parentTableOrNullObject;
  const ccTables = [cc1.parentTableOrNullObject, cc2.parentTableOrNullObject];
  const tableControls = [t1.parentContentControlOrNullObject, t2.parentContentControlOrNullObject];
  for (const c of [cc1, cc2, ...tableControls]) c.load('id');
  for (const t of [t1, t2, ...ccTables]) t.load('rowCount');
  paragraph.load('isListItem');
  return () => {
    const anchor = outermost();
    return { anchor, list: anchor === paragraph && paragraph.isListItem };
  };
  function outermost(): Anchor {
    const cc = !cc2.isNullObject ? 1 : !cc1.isNullObject ? 0 : -1;
    const t = !t2.isNullObject ? 1 : !t1.isNullObject ? 0 : -1;
    const control = cc >= 0 ? [cc1, cc2][cc] : undefined;
    const table = t >= 0 ? [t1, t2][t] : undefined;
    if (control && table) {
      const tableInControl = !tableControls[t].isNullObject;
      const controlInTable = !ccTables[cc].isNullObject;
      return controlInTable && !tableInControl ? table : control;
    }
    return control ?? table ?? paragraph;
  }
}

/** Whether a read paragraph sits in a table or a content control (then its container must be probed). */
export function contained(p: Word.Paragraph): boolean {
  return (p.tableNestingLevel ?? 0) > 0 || !p.parentContentControlOrNullObject.isNullObject;
}

/**
 * A text's lines, each a paragraph to write (blank ones left out; at least one, maybe empty). Word does not keep a
 * line end inserted as text: a host makes a paragraph of it, another a line break in one paragraph, which read back
 * as one milestone where the author typed three.
 */
export function linesOf(text: string): [string, ...string[]] {
  const lines = text
    .split(/\r\n|[\r\n]/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return lines.length > 0 ? (lines as [string, ...string[]]) : [text.trim()];
}

interface Queued {
  paragraphs: Word.Paragraph[];
  /** The template's title waiting for the author's words (its index in the blocks), or -1. */
  title: number;
}

/** A block Word holds in a content control of its tag: a field, or the template's title (`jalon:title`). */
function tagged(b: InsertBlock): boolean {
  return b.kind === 'field' || (b.kind === 'heading' && !b.own && b.tag !== undefined);
}

/**
 * The template's title still to write (an empty tagged heading with a prompt), or -1. An empty heading is an
 * accessibility fault and does not show where to type: Word shows the prompt in grey where it lets an add-in set
 * it (placeholderText), else the prompt is its text; either way it is selected, so typing replaces it.
 */
function titleToWrite(blocks: InsertBlock[]): number {
  return blocks.findIndex((b) => b.kind === 'heading' && tagged(b) && !b.text && b.placeholder);
}

/** Queues the blocks after the target, in order; the caller syncs. Placeholders are queued last (see insert()). */
function queueBlocks(target: Target, blocks: InsertBlock[], placeholders: boolean): Queued {
  const paragraphs: Word.Paragraph[] = [];
  const title = titleToWrite(blocks);
  let at: Anchor = target.anchor;
  blocks.forEach((b, i) => {
    const text = i === title && !placeholders ? b.placeholder! : b.kind === 'field' ? linesOf(b.text)[0] : b.text;
    const p = at.insertParagraph(text, 'After');
    if (target.list) p.detachFromList(); // a paragraph inserted after a list item is one
    if (b.kind === 'heading') {
      p.styleBuiltIn = HEADING_STYLES[Math.min(Math.max((b.level ?? 2) - 1, 0), 5)] as Word.BuiltInStyleName;
    } else {
      // A new paragraph inherits the anchor's style: a heading anchor must not turn the body into headings.
      p.styleBuiltIn = 'Normal' as Word.BuiltInStyleName;
      p.font.bold = b.kind === 'label';
    }
    paragraphs.push(p);
    at = p;
  });
  const controls = new Map<number, Word.ContentControl>();
  const extra: Word.Paragraph[] = [];
  blocks.forEach((b, i) => {
    if (!tagged(b)) return;
    const cc = paragraphs[i].insertContentControl();
    cc.tag = b.tag ?? 'jalon:field';
    cc.title = b.tag ?? 'Jalon';
    controls.set(i, cc);
    // A field's further lines, a paragraph each inside its control, queued after every block's paragraph (and
    // listed after them: a failed batch is undone in the order its paragraphs were queued).
    if (b.kind === 'field') for (const line of linesOf(b.text).slice(1)) extra.push(cc.insertParagraph(line, 'End'));
  });
  // Jalon's own words, each paragraph in a control of its own (Word would put a paragraph inserted after one in a
  // control inside it, so they too are made once every paragraph is in place).
  blocks.forEach((b, i) => {
    if (!b.own || tagged(b)) return;
    const cc = paragraphs[i].insertContentControl();
    cc.tag = NOTE_TAG;
    cc.title = 'Jalon';
  });
  if (placeholders) {
    for (const [i, cc] of controls) if (blocks[i].placeholder) cc.placeholderText = blocks[i].placeholder!;
  }
  if (title >= 0) paragraphs[title].getRange('Content').select();
  return { paragraphs: [...paragraphs, ...extra], title };
}

/** Deletes what a failed batch inserted (deleting a paragraph deletes the control around it). */
async function undo(context: Word.RequestContext, made: Queued): Promise<void> {
  try {
    // Paragraphs are inserted first, in order: the deletion stops at the first one the failed batch never made,
    // and all later ones were never made either.
    for (const p of made.paragraphs) p.delete();
    await context.sync();
  } catch {
    // nothing more to undo
  }
}

/**
 * Inserts the blocks after `after` in one round trip (with whatever else the caller queued). Word on the web refuses
 * placeholderText (office-js#785, NotAllowed "by design"): there the fields are inserted without their grey prompt
 * and the template's title with its prompt as text, selected; anywhere else a refusal of it, queued last, leaves
 * everything else done, and the title's prompt is then written as text in a second round trip. Any other failure
 * deletes what the batch had already inserted, so a failed write leaves the document as it was.
 */
export async function insert(
  context: Word.RequestContext,
  session: Session,
  target: Target,
  blocks: InsertBlock[],
  touched: string[] = [],
): Promise<void> {
  const wantsPlaceholder = blocks.some((b) => tagged(b) && b.placeholder);
  const placeholders = wantsPlaceholder && !isWeb() && !session.placeholdersRefused;
  if (wantsPlaceholder && !placeholders) session.notice('placeholders', undefined, true);
  const made = queueBlocks(target, blocks, placeholders);
  try {
    await session.selfWrites.around(touched, true, () => context.sync());
  } catch (e) {
    if (placeholders && errorCode(e) === 'NotAllowed' && (errorLocation(e) ?? '').includes('placeholderText')) {
      session.placeholdersRefused = true;
      session.notice('placeholders', undefined, true);
      if (made.title >= 0) await writeTitlePrompt(context, session, made, blocks[made.title].placeholder!, touched);
      return;
    }
    await undo(context, made);
    throw e;
  }
}

/** After a refused placeholder: the title's prompt as its text, selected (a failure undoes the whole insertion). */
async function writeTitlePrompt(
  context: Word.RequestContext,
  session: Session,
  made: Queued,
  prompt: string,
  touched: string[],
): Promise<void> {
  const title = made.paragraphs[made.title];
  title.getRange('Content').insertText(prompt, 'Replace');
  title.getRange('Content').select();
  try {
    await session.selfWrites.around(touched, true, () => context.sync());
  } catch (e) {
    await undo(context, made);
    throw e;
  }
}

/**
 * Inserts after the paragraph at `index` of a read, probing its container first when it has one (or, for a read
 * without details, always).
 */
export async function insertAfterIndex(
  context: Word.RequestContext,
  session: Session,
  loaded: Loaded,
  index: number,
  blocks: InsertBlock[],
  details = true,
): Promise<void> {
  const paragraph = loaded.items[index];
  let target: Target;
  if (!details || contained(paragraph)) {
    const found = probeContainer(paragraph);
    await context.sync();
    target = found();
  } else target = paragraphTarget(paragraph);
  await insert(context, session, target, blocks, [loaded.ids[index]]);
}

export async function insertAtCursor(session: Session, blocks: InsertBlock[]): Promise<void> {
  if (blocks.length === 0) return;
  await Word.run(async (context) => {
    // After the paragraph where the selection ends: the selected text itself is never replaced.
    const last = context.document.getSelection().paragraphs.getLast();
    const found = probeContainer(last);
    await context.sync();
    await insert(context, session, found(), blocks);
  });
}

export async function insertAfter(session: Session, paragraphId: string, blocks: InsertBlock[]): Promise<void> {
  if (blocks.length === 0) return;
  await Word.run(async (context) => {
    const loaded = await loadParagraphs(context, session, { details: true });
    const index = resolve(session, loaded, paragraphId);
    if (index < 0) throw new WordHostError('stale', paragraphId, session.lang);
    await insertAfterIndex(context, session, loaded, index, blocks);
  });
}

export async function insertText(session: Session, at: DocRange, text: string): Promise<void> {
  await Word.run(async (context) => {
    const { range } = await locate(context, session, { ...at, end: at.start });
    range.insertText(text, 'After');
    await session.selfWrites.around([at.paragraphId], false, () => context.sync());
  });
}

export async function addFootnote(session: Session, at: DocRange, text: string): Promise<void> {
  await Word.run(async (context) => {
    const { range } = await locate(context, session, { ...at, start: at.end, end: at.end });
    range.insertFootnote(text);
    await session.selfWrites.around([at.paragraphId], true, () => context.sync());
  });
}
