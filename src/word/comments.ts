// Review questions as Word comments (WordApi 1.4), marked so that listing and removing never touch the authors' own.
// Word on the web refuses Range.insertComment with NotAllowed on some tenants but not others (office-js#6746):
// Jalon then adds the comments one per round trip, and where Word takes none, writes the questions at the end of
// the document under a heading, and tells the author.
import { firstWords, type CommentInfo, type DocRange } from '../core';
import { insertAfterIndex } from './insert';
import { errorCode } from './office';
import { loadParagraphs, resolve } from './paragraphs';
import type { Session } from './session';
import { queueSpans, type SpanRequest } from './spans';

/** Marks Jalon's comments so that listing and removing never touch the authors' own. */
export const COMMENT_PREFIX = '[Jalon] ';

interface Placed {
  content: string;
  range: Word.Range;
  index: number;
  span: SpanRequest;
  question: string;
}

/** What a failed batch had already added: Word runs a batch's commands until the failing one. */
function notYetAdded(placed: Placed[], before: string[], after: string[]): Placed[] {
  const count = new Map<string, number>();
  for (const c of after) count.set(c, (count.get(c) ?? 0) + 1);
  for (const c of before) count.set(c, (count.get(c) ?? 0) - 1);
  return placed.filter((p) => {
    const n = count.get(p.content) ?? 0;
    if (n > 0) {
      count.set(p.content, n - 1);
      return false;
    }
    return true;
  });
}

/**
 * Adds one comment per item, on its span (a whole paragraph for an empty span). Three round trips when Word takes
 * them at once; returns how many became comments.
 */
export async function addComments(session: Session, items: { range: DocRange; text: string }[]): Promise<number> {
  if (items.length === 0) return 0;
  return Word.run(async (context) => {
    const loaded = await loadParagraphs(context, session);
    const spans = items.map((it): SpanRequest | undefined => {
      const index = resolve(session, loaded, it.range.paragraphId);
      if (index < 0) return undefined;
      const { start, end } = it.range;
      const length = loaded.texts[index].length;
      // A comment needs a non-empty anchor: an empty span comments the whole paragraph.
      return end > start ? { index, start, end } : length ? { index, start: 0, end: length } : undefined;
    });
    const q = queueSpans(loaded, spans, false);
    const existing = context.document.body.getComments();
    existing.load('items/content');
    await context.sync();
    const placed: Placed[] = [];
    items.forEach((it, i) => {
      const range = q.resolve(i);
      if (range)
        placed.push({
          content: COMMENT_PREFIX + it.text,
          range,
          index: spans[i]!.index,
          span: spans[i]!,
          question: it.text,
        });
    });
    if (placed.length === 0) return 0;
    for (const p of placed) p.range.insertComment(p.content);
    try {
      await context.sync();
      return placed.length;
    } catch (e) {
      if (errorCode(e) !== 'NotAllowed') throw e;
    }
    const after = context.document.body.getComments();
    after.load('items/content');
    await context.sync();
    const pending = notYetAdded(
      placed,
      existing.items.map((c) => c.content),
      after.items.map((c) => c.content),
    );
    let added = placed.length - pending.length;
    let next = 0;
    for (; next < pending.length; next++) {
      pending[next].range.insertComment(pending[next].content);
      try {
        await context.sync();
        added += 1;
      } catch (e) {
        if (errorCode(e) !== 'NotAllowed') throw e;
        break;
      }
    }
    const rest = pending.slice(next);
    if (rest.length === 0) {
      session.notice('commentsOneByOne', { count: added });
      return added;
    }
    // Word takes no comment here: the questions go at the end of the document, where the author will see them.
    const title = session.t('summary.title');
    const blocks = [
      { kind: 'heading' as const, level: 2, text: title, own: true },
      ...rest.map((p) => ({
        kind: 'text' as const,
        own: true,
        text: session.t('summary.line', {
          words: firstWords(loaded.texts[p.index]),
          actual: loaded.texts[p.index].slice(p.span.start, p.span.end).slice(0, 120),
          question: p.question,
        }),
      })),
    ];
    await insertAfterIndex(context, session, loaded, loaded.items.length - 1, blocks, false);
    session.notice('commentsSummary', { count: rest.length, title });
    return added;
  });
}

export async function listComments(): Promise<CommentInfo[]> {
  return Word.run(async (context) => {
    const comments = context.document.body.getComments();
    comments.load('items/id,items/content');
    await context.sync();
    return comments.items
      .filter((c) => c.content.startsWith(COMMENT_PREFIX))
      .map((c) => ({ id: c.id, text: c.content.slice(COMMENT_PREFIX.length) }));
  });
}

export async function removeComments(): Promise<number> {
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
