// The document's highlights follow the findings the author has not ignored. Only paragraphs whose set of
// highlights changed are touched, so a re-check after an edit sends one paragraph's marks, not the plan's.
import { useCallback, useMemo, useRef } from 'react';
import type { DocParagraph, Finding, HighlightRequest } from '../../core';
import { findingRange, yieldToEventLoop, type CheckRun } from '../checker';
import { FAILED, type HostCalls } from './hostCalls';

const BATCH = 400;
/** Beyond this many marks a page is unreadable and hosts slow down: the first ones in reading order are shown. */
export const MAX_HIGHLIGHTS = 3000;

/** The highlights the findings ask for, by paragraph id. */
export function requestsFor(findings: Finding[], paragraphs: DocParagraph[]): Map<string, HighlightRequest[]> {
  const want = new Map<string, HighlightRequest[]>();
  let n = 0;
  for (const f of findings) {
    if (f.severity === 'info') continue; // statistics are not underlined
    if (++n > MAX_HIGHLIGHTS) break;
    const r = findingRange(f, paragraphs);
    if (!r || r.end <= r.start) continue;
    const list = want.get(r.paragraphId) ?? [];
    // Only jargon suggestions are drop-in text (the term with its definition); vague-term ones are verb
    // families with placeholders and missing-field ones are examples, so Word's popup must not apply them.
    list.push({
      ...r,
      kind: f.severity,
      message: f.message,
      suggestions: f.expected,
      suggestionsReplace: f.ruleId === 'jargon',
    });
    want.set(r.paragraphId, list);
  }
  return want;
}

const signature = (reqs: HighlightRequest[]): string => reqs.map((r) => `${r.start}-${r.end}-${r.kind}`).join(',');

export function useHighlights({ host, guard, notify }: HostCalls) {
  /** Paragraph id → signature of the highlights it carries now. */
  const shown = useRef(new Map<string, string>());
  /** Highlights are shown from the author's first check until they clear them. */
  const on = useRef(false);

  const start = useCallback(() => {
    on.current = true;
  }, []);

  /** Brings the document in line with `findings`; `fresh` clears every highlight of Jalon's first. */
  const sync = useCallback(
    async (run: CheckRun, findings: Finding[], fresh: boolean) => {
      if (!on.current) return;
      const want = requestsFor(findings, run.paragraphs);
      const present = new Set(run.paragraphs.map((p) => p.id));
      const toClear: string[] = [];
      const toAdd: HighlightRequest[] = [];
      if (fresh) {
        const ok = await guard('clear', () => host.clearHighlights());
        if (ok === FAILED) return;
        shown.current.clear();
      }
      for (const [id, sig] of [...shown.current]) {
        const reqs = want.get(id);
        if (!reqs || signature(reqs) !== sig) {
          if (present.has(id)) toClear.push(id);
          shown.current.delete(id);
        }
      }
      if (toClear.length) await guard('clear', () => host.clearHighlights(toClear));
      for (const [id, reqs] of want) {
        if (!shown.current.has(id)) {
          toAdd.push(...reqs);
          shown.current.set(id, signature(reqs));
        }
      }
      // Batches keep each host call (and the demo's DOM work) short.
      for (let i = 0; i < toAdd.length; i += BATCH) {
        const ok = await guard('highlight', () => host.highlight(toAdd.slice(i, i + BATCH)));
        if (ok === FAILED && i === 0) {
          shown.current.clear();
          return;
        }
        await yieldToEventLoop();
      }
    },
    [guard, host],
  );

  const clear = useCallback(async () => {
    on.current = false;
    const ok = await guard('clear', () => host.clearHighlights());
    if (ok === FAILED) return;
    shown.current.clear();
    notify('success', (t) => t('check.cleared'));
  }, [guard, host, notify]);

  return useMemo(() => ({ start, sync, clear }), [start, sync, clear]);
}

export type Highlights = ReturnType<typeof useHighlights>;
