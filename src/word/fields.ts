// The commitment form's fields: content controls tagged "jalon:<field>", read and written.
// The read names each control once (ids and tags come with the paragraphs), then fetches each control's text once:
// loading it per paragraph would repeat a whole control's text once per paragraph it holds.
import type { ControlContent, FieldWrite, InsertBlock } from '../core';
import { WordHostError } from './errors';
import { contained, insert, linesOf, paragraphTarget, probeContainer, type Target } from './insert';
import { loadParagraphs, resolve, syncInChunks } from './paragraphs';
import type { Session } from './session';
import { textView } from './textview';

interface Control {
  id: number;
  tag: string;
  proxy: Word.ContentControl;
  paragraphs: number[];
}

/** The controls holding paragraphs [from, to] of a read whose tag passes the test, each once, in order. */
function controlsOf(items: Word.Paragraph[], from: number, to: number, keep: (tag: string) => boolean): Control[] {
  const byId = new Map<number, Control>();
  for (let i = from; i <= to; i++) {
    const inner = items[i].parentContentControlOrNullObject;
    if (!inner || inner.isNullObject) continue;
    for (const cc of [inner.parentContentControlOrNullObject, inner]) {
      if (!cc || cc.isNullObject || !cc.tag || !keep(cc.tag)) continue;
      const c = byId.get(cc.id) ?? { id: cc.id, tag: cc.tag, proxy: cc, paragraphs: [] };
      c.paragraphs.push(i);
      byId.set(cc.id, c);
    }
  }
  return [...byId.values()];
}

/** Jalon's fields: two round trips (paragraphs with their controls' tags; each control's text once). */
export async function readControls(session: Session, tagPrefix: string): Promise<ControlContent[]> {
  return Word.run(async (context) => {
    const loaded = await loadParagraphs(context, session, { details: true });
    const controls = controlsOf(loaded.items, 0, loaded.items.length - 1, (t) => t.startsWith(tagPrefix));
    await syncInChunks(
      context,
      controls.length,
      (from, to) => controls.slice(from, to).forEach((c) => c.proxy.load('text')),
      session,
    );
    return controls.map((c) => {
      const raw = c.proxy.text ?? '';
      const own = c.paragraphs.map((i) => loaded.views[i]);
      // A control around whole paragraphs reads as those paragraphs (Jalon's text of them); one inside a line
      // (an inline control) as its own text.
      const block = raw.replace(/[\r\n]/g, '') === own.map((v) => v.raw).join('');
      return {
        id: String(c.id),
        tag: c.tag,
        text: block ? own.map((v) => v.text).join('\n') : textView(raw).text,
        paragraphId: loaded.ids[c.paragraphs[0]],
      };
    });
  });
}

/**
 * Writes answers into the tagged controls between two paragraphs, and creates the missing ones after the last, past
 * the outermost control or table holding it; an answer of several lines (the form's milestones, one a line) becomes
 * one paragraph a line in its control. Two round trips, three when that paragraph has a container, however many
 * lines.
 */
export async function writeFields(
  session: Session,
  firstParagraphId: string,
  lastParagraphId: string,
  fields: FieldWrite[],
): Promise<void> {
  if (fields.length === 0) return;
  await Word.run(async (context) => {
    const loaded = await loadParagraphs(context, session, { details: true });
    const first = resolve(session, loaded, firstParagraphId);
    const last = resolve(session, loaded, lastParagraphId);
    if (first < 0 || last < 0 || last < first)
      throw new WordHostError('stale', `${firstParagraphId}…${lastParagraphId}`, session.lang);
    const controls = new Map<string, Control>();
    for (const c of controlsOf(loaded.items, first, last, () => true)) if (!controls.has(c.tag)) controls.set(c.tag, c);
    const missing: InsertBlock[] = [];
    for (const f of fields) {
      if (!controls.has(f.tag))
        missing.push({ kind: 'label', text: f.label }, { kind: 'field', tag: f.tag, text: f.text });
    }
    let target: Target = paragraphTarget(loaded.items[last]);
    if (missing.length && contained(loaded.items[last])) {
      const found = probeContainer(loaded.items[last]);
      await context.sync();
      target = found();
    }
    const touched: string[] = [];
    let adds = false;
    for (const f of fields) {
      const c = controls.get(f.tag);
      if (!c) continue;
      // One paragraph a line, inside the control (its first line replaces what it held), queued in the same batch.
      const [first, ...rest] = linesOf(f.text);
      c.proxy.insertText(first, 'Replace');
      for (const line of rest) c.proxy.insertParagraph(line, 'End');
      adds ||= rest.length > 0;
      touched.push(...c.paragraphs.map((i) => loaded.ids[i]));
    }
    if (missing.length) await insert(context, session, target, missing, touched);
    else await session.selfWrites.around(touched, adds, () => context.sync());
  });
}
