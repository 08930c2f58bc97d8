// Finding spans of Jalon's text again in Word: through search (Word has no offset-based ranges), on the text Word
// searches, picking the k-th match whose text is exactly the needle. Word's search treats straight and curly
// apostrophes and quotes alike, so counting matches would drift past an "aujourd'hui" when the span is in an
// "aujourd’hui" further on: only exact matches are counted.
import type { DocRange } from '../core';
import { WordHostError } from './errors';
import { isWeb } from './office';
import { loadParagraphs, resolve, type Loaded } from './paragraphs';
import type { Session } from './session';
import { escapeSearch, planSpan, type SpanPlan } from './text';
import { charBefore, rawSpan, type TextView } from './textview';

/** A span of one paragraph of a read: its index there, and offsets in Jalon's text of it. */
export interface SpanRequest {
  index: number;
  start: number;
  end: number;
}

/**
 * Word on the web refuses requests and responses past a size (the resource limits page documents 5 MB for Office
 * on the web; Word's own bound is not documented, and office-js#719 saw Word stop answering a very long body read).
 * There, a batch whose estimated size passes this bound is sent in parts: only then does the count of round trips
 * grow (a highlight call of some 13,000 spans; the pane sends 400 at a time). Desktop Word documents no such limit.
 */
export const PAYLOAD_BOUND = 4_000_000;

export function payloadBound(): number {
  return isWeb() ? PAYLOAD_BOUND : Infinity;
}

/**
 * Rough bytes one span's searches add to a round trip: the escaped needles and the actions around them in the
 * request, and every match Word returns (with its text) in the response.
 */
export function searchCost(plan: SpanPlan | undefined): number {
  if (!plan) return 0;
  const needles = [plan.head.needle, ...(plan.tail ? [plan.tail.needle] : [])];
  const request = needles.reduce((n, x) => n + 200 + escapeSearch(x).length, 0);
  return request + plan.matches * (100 + plan.head.needle.length);
}

/** Splits items into consecutive parts whose summed cost stays under the bound (one item may pass it alone). */
export function chunkByCost<T>(items: T[], cost: (t: T) => number, bound = payloadBound()): T[][] {
  const out: T[][] = [];
  let part: T[] = [];
  let sum = 0;
  for (const item of items) {
    const c = cost(item);
    if (part.length && sum + c > bound) {
      out.push(part);
      part = [];
      sum = 0;
    }
    part.push(item);
    sum += c;
  }
  if (part.length) out.push(part);
  return out;
}

export function planFor(view: TextView, start: number, end: number): SpanPlan | undefined {
  const [s, e] = rawSpan(view, start, end);
  return planSpan(view.raw, s, e);
}

export interface QueuedSpans {
  plans: (SpanPlan | undefined)[];
  /** Some spans need a head and a tail joined after the sync (their colour must then be read again). */
  long: boolean;
  /** After one sync: the range of span i, or undefined if Word no longer has it. */
  resolve: (i: number) => Word.Range | undefined;
}

/** Queues the searches that find each span again; the caller syncs once, then calls resolve. */
export function queueSpans(loaded: Loaded, spans: (SpanRequest | undefined)[], loadColour: boolean): QueuedSpans {
  const props = loadColour ? 'items/text,items/font/highlightColor' : 'items/text';
  const plans = spans.map((s) => (s && s.index >= 0 ? planFor(loaded.views[s.index], s.start, s.end) : undefined));
  const searches = plans.map((plan, i) => {
    if (!plan) return undefined;
    const p = loaded.items[spans[i]!.index];
    const head = p.search(escapeSearch(plan.head.needle), { matchCase: true });
    head.load(props);
    const tail = plan.tail ? p.search(escapeSearch(plan.tail.needle), { matchCase: true }) : undefined;
    tail?.load(props);
    return { head, tail };
  });
  const exact = (found: Word.RangeCollection, needle: string, k: number) =>
    found.items.filter((r) => r.text === needle)[k];
  return {
    plans,
    long: plans.some((p) => p?.tail),
    resolve: (i) => {
      const s = searches[i];
      const plan = plans[i];
      if (!s || !plan) return undefined;
      const head = exact(s.head, plan.head.needle, plan.head.occurrence);
      if (!head) return undefined;
      if (!plan.tail || !s.tail) return head;
      const tail = exact(s.tail, plan.tail.needle, plan.tail.occurrence);
      return tail ? head.expandTo(tail) : undefined;
    },
  };
}

/** One span or caret of a named paragraph, found again: two round trips. Throws in the user's language. */
export async function locate(
  context: Word.RequestContext,
  session: Session,
  at: DocRange,
): Promise<{ range: Word.Range; paragraph: Word.Paragraph }> {
  const loaded = await loadParagraphs(context, session);
  const index = resolve(session, loaded, at.paragraphId);
  if (index < 0) throw new WordHostError('stale', at.paragraphId, session.lang);
  const paragraph = loaded.items[index];
  const view = loaded.views[index];
  const text = view.text;
  const { start, end } = at;
  if (start <= 0 && end >= text.length && end > start) return { range: paragraph.getRange('Content'), paragraph };
  if (end <= start) {
    if (start <= 0) return { range: paragraph.getRange('Start'), paragraph };
    if (start >= text.length) return { range: paragraph.getRange('Content').getRange('End'), paragraph };
  }
  // A caret is the end of the character before it, or the start of the one after (a whole emoji either way),
  // whichever search can find exactly up to the caret.
  const tries: { from: number; to: number; edge?: 'End' | 'Start' }[] =
    end > start
      ? [{ from: start, to: end }]
      : [
          { from: charBefore(text, start), to: start, edge: 'End' },
          { from: start, to: start + (text.codePointAt(start)! > 0xffff ? 2 : 1), edge: 'Start' },
        ];
  const spans = tries.map((t) => ({ index, start: t.from, end: t.to }));
  const q = queueSpans(loaded, spans, false);
  await context.sync();
  for (const [i, t] of tries.entries()) {
    const range = q.resolve(i);
    const plan = q.plans[i];
    if (!range || !plan) continue;
    if (!t.edge) return { range, paragraph };
    const [rs, re] = rawSpan(view, t.from, t.to);
    if (t.edge === 'End' && plan.covered[1] === re) return { range: range.getRange('End'), paragraph };
    if (t.edge === 'Start' && plan.covered[0] === rs) return { range: range.getRange('Start'), paragraph };
  }
  throw new WordHostError('not-found', text.slice(start, Math.max(end, start + 1)).slice(0, 60), session.lang);
}
