// Highlighting spans where Word has no annotations for Jalon, and removing exactly those highlights.
// Two ways, chosen per host:
// - 'temp': Range.highlight() (WordApi 1.8), drawn by Word and never written into the file. Word 2024 perpetual
//   lists WordApi 1.8 but highlight() does nothing there (office-js#6168, Microsoft 365 works); the only documented
//   sign of such a host is that it refuses annotations (Microsoft 365 only), so 'temp' is used only where
//   annotations were not refused. On the web highlight() also selects the range and scrolls to it (office-js#6141):
//   the author's selection is restored in the same batch.
// - 'font': font.highlightColor, written into the file, with the prior colour recorded (in the document's settings,
//   so a later session can still undo it). With Track Changes on, that would record formatting revisions the
//   author did not ask for: Jalon then leaves the text alone and says why (changeTrackingMode, WordApi 1.4).
import type { HighlightKind, HighlightRequest } from '../core';
import { isWeb, saveSettings, settingsOf, supported } from './office';
import { loadParagraphs, resolve, resolvePlaced, type Loaded } from './paragraphs';
import type { Session } from './session';
import { chunkByCost, planFor, queueSpans, searchCost, type SpanRequest } from './spans';
import { restorable, sameColour } from './text';

/**
 * Persistent colours: Word's highlight palette only, so what is read back equals what was set, and only colours
 * Word keeps in the saved file (office-js#3950 loses Pink, Turquoise, LightGray, DarkBlue and DarkRed).
 */
export const HIGHLIGHT_COLOURS: Record<HighlightKind, string> = {
  error: '#FF0000', // Red
  warning: '#FFFF00', // Yellow
  suggestion: '#00FF00', // BrightGreen ("Lime")
  info: '#008080', // Teal
  focus: '#808080', // Gray
};

const SETTINGS_HIGHLIGHTS = 'jalon.highlights.v1';

export type SpanMode = 'temp' | 'font';

/** What Jalon did to one span, kept in memory and (font mode) in the document settings, to undo it exactly. */
export interface HighlightRecord {
  mode: SpanMode;
  paragraphId: string;
  index: number;
  fp: string;
  start: number;
  end: number;
  colour?: string;
  prior?: string | null;
}

export function spanMode(session: Session): SpanMode {
  return supported('WordApi', '1.8') && !session.annotationsRefused ? 'temp' : 'font';
}

function records(session: Session): HighlightRecord[] {
  if (!session.highlights) {
    const saved = settingsOf()?.get(SETTINGS_HIGHLIGHTS) as HighlightRecord[] | null | undefined;
    session.highlights = Array.isArray(saved) ? saved.filter((r) => r && typeof r.start === 'number') : [];
  }
  return session.highlights;
}

async function saveRecords(session: Session): Promise<void> {
  const s = settingsOf();
  if (!s) return;
  // Temporary highlights vanish with the session: only the ones written into the file are kept.
  const durable = (session.highlights ?? []).filter((r) => r.mode === 'font');
  if (durable.length) s.set(SETTINGS_HIGHLIGHTS, durable);
  else s.remove(SETTINGS_HIGHLIGHTS);
  await saveSettings(s);
}

/**
 * Font highlights must not overlap: restoring one would read the other's colour as the author's. So a span that
 * overlaps one already highlighted (or accepted earlier in the batch) is left out; it can be shown once the other
 * is cleared. Returns a test that also reserves the span it accepts.
 */
function overlapFilter(
  list: HighlightRecord[],
  loaded: Loaded,
): (index: number, start: number, end: number) => boolean {
  const taken = new Map<number, [number, number][]>();
  for (const r of list) {
    if (r.mode !== 'font') continue;
    const i = resolvePlaced(loaded, r);
    if (i >= 0) taken.set(i, [...(taken.get(i) ?? []), [r.start, r.end]]);
  }
  return (index, start, end) => {
    const spans = taken.get(index) ?? [];
    if (spans.some(([s, e]) => start < e && s < end)) return false;
    taken.set(index, [...spans, [start, end]]);
    return true;
  };
}

/** Highlights the spans: paragraphs, searches, apply (three round trips; a fourth for spans past 255 characters). */
export async function highlightSpans(session: Session, requests: HighlightRequest[]): Promise<void> {
  if (requests.length === 0) return;
  const mode = spanMode(session);
  const list = records(session);
  let wrote = false;
  await Word.run(async (context) => {
    const loaded = await loadParagraphs(context, session, { tracking: mode === 'font' });
    if (mode === 'font') {
      if (loaded.tracking && loaded.tracking !== 'Off') return session.notice('trackingOn', undefined, true);
      if (!supported('WordApi', '1.4')) session.notice('trackingUnknown', undefined, true);
    }
    const free = mode === 'font' ? overlapFilter(list, loaded) : () => true;
    const spans: (SpanRequest | undefined)[] = requests.map((r) => {
      const index = resolve(session, loaded, r.paragraphId);
      return index >= 0 && free(index, r.start, r.end) ? { index, start: r.start, end: r.end } : undefined;
    });
    const wanted = spans.flatMap((s, i) => (s ? [i] : []));
    const cost = (i: number) => searchCost(planFor(loaded.views[spans[i]!.index], spans[i]!.start, spans[i]!.end));
    for (const part of chunkByCost(wanted, cost)) {
      const q = queueSpans(
        loaded,
        part.map((i) => spans[i]),
        mode === 'font',
      );
      await context.sync();
      const ranges = part.map((_, k) => q.resolve(k));
      if (mode === 'font' && q.long) {
        // Joined ranges did not exist at the previous sync: read their colour now (only for spans > 255 chars).
        for (const r of ranges) r?.load('font/highlightColor');
        await context.sync();
      }
      // The web's highlight() moves the selection (office-js#6141): put the author's back afterwards.
      const selection = mode === 'temp' && isWeb() ? context.document.getSelection() : undefined;
      const added: HighlightRecord[] = [];
      part.forEach((i, k) => {
        const range = ranges[k];
        const req = requests[i];
        const span = spans[i]!;
        if (!range) return; // the paragraph changed since the read: the pane re-reads and retries
        const record: HighlightRecord = {
          mode,
          paragraphId: req.paragraphId,
          index: span.index,
          fp: loaded.fingerprints[span.index],
          start: req.start,
          end: req.end,
        };
        if (mode === 'temp') {
          range.highlight();
        } else {
          const prior = range.font.highlightColor;
          // "" means several colours under the span; an unsaved colour could not be restored for good: leave both.
          if (prior === '' || !restorable(prior)) return;
          record.prior = prior ?? null;
          record.colour = HIGHLIGHT_COLOURS[req.kind];
          range.font.highlightColor = record.colour;
        }
        added.push(record);
      });
      selection?.select();
      if (added.length === 0) continue;
      const touched = added.map((r) => loaded.ids[r.index]);
      await session.selfWrites.around(touched, false, () => context.sync());
      list.push(...added);
      wrote ||= mode === 'font';
    }
  });
  if (wrote) await saveRecords(session);
}

/** Removes Jalon's highlights (all, or those of the given paragraphs), restoring the colours that were there. */
export async function clearSpans(session: Session, paragraphIds?: string[]): Promise<void> {
  const list = records(session);
  const wanted = paragraphIds ? new Set(paragraphIds) : undefined;
  const targets = list.filter((r) => !wanted || wanted.has(r.paragraphId));
  if (targets.length === 0) return;
  await Word.run(async (context) => {
    const loaded = await loadParagraphs(context, session);
    const where = targets.map((r) => resolvePlaced(loaded, r));
    const span = (i: number): SpanRequest => ({ index: where[i], start: targets[i].start, end: targets[i].end });
    const font = targets.flatMap((r, i) => (r.mode === 'font' && where[i] >= 0 ? [i] : []));
    const cost = (i: number) => searchCost(planFor(loaded.views[where[i]], targets[i].start, targets[i].end));
    const parts = chunkByCost(font, cost);
    for (let p = 0; p < Math.max(1, parts.length); p++) {
      const part = parts[p] ?? [];
      const q = queueSpans(loaded, part.map(span), true);
      if (part.length) await context.sync();
      const ranges = part.map((_, k) => q.resolve(k));
      if (q.long) {
        for (const r of ranges) r?.load('font/highlightColor');
        await context.sync();
      }
      if (p === 0) {
        // Temporary highlights: removing them on each touched paragraph is exact and needs no search.
        const tempParas = new Set<number>();
        targets.forEach((r, i) => r.mode === 'temp' && where[i] >= 0 && tempParas.add(where[i]));
        for (const i of tempParas) loaded.items[i].getRange('Whole').removeHighlight();
      }
      // Persistent ones: newest first, so a span ends on the colour that was there before Jalon.
      for (let k = part.length - 1; k >= 0; k--) {
        const r = targets[part[k]];
        const range = ranges[k];
        // Only if our colour is still there: an author who re-coloured the span keeps their choice.
        if (range && sameColour(range.font.highlightColor, r.colour)) {
          range.font.highlightColor = (r.prior ?? null) as string; // null removes the highlight
        }
      }
      const touched = [...new Set(where.filter((i) => i >= 0).map((i) => loaded.ids[i]))];
      await session.selfWrites.around(touched, false, () => context.sync());
    }
  });
  const done = new Set(targets);
  session.highlights = list.filter((r) => !done.has(r));
  await saveRecords(session);
}
