// A jargon finding's definition goes into the document when the author asks: a footnote where the host has
// them, else in parentheses after the term.
import { useCallback } from 'react';
import type { DocRange, Finding } from '../../core';
import { findingRange, type CheckRun } from '../checker';
import { FAILED, type HostCalls } from './hostCalls';

export function useDefinitions(
  { host, caps, guard, notify }: HostCalls,
  latestRun: () => CheckRun | undefined,
  recheck: () => Promise<void>,
) {
  const insertDefinition = useCallback(
    async (f: Finding, definition: string) => {
      const r = latestRun();
      const range = r && findingRange(f, r.paragraphs);
      if (!range) return;
      const at: DocRange = { paragraphId: range.paragraphId, start: range.end, end: range.end };
      const ok =
        caps.footnotes && host.addFootnote
          ? await guard('footnote', () => host.addFootnote!(at, definition))
          : await guard('insert', () => host.insertText(at, ` (${definition})`));
      if (ok === FAILED) return;
      notify('success', (t) => t('finding.definitionInserted'));
      await recheck();
    },
    [caps.footnotes, guard, host, latestRun, notify, recheck],
  );
  return { footnotes: caps.footnotes, insertDefinition };
}
