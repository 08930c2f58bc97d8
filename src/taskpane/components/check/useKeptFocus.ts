// Where the keyboard goes when what held it leaves the Check tab: a finding ignored (its details and the button
// pressed go), resolved by a change to the text (a definition inserted), an "Undo" button gone. A browser drops the
// focus to the page then, and a keyboard or screen reader user is lost. The focus goes to the finding after the one
// that left, else the one before it; with none left, to the "no findings" message. Actions that move the focus
// themselves (ignoring selects the next finding) run first: this only acts when the focus is on the page.
import { useEffect, useRef, type FocusEvent, type RefObject } from 'react';
import type { TFunction } from 'i18next';
import type { Finding } from '../../../core';
import { sameFinding } from '../../ignores';

interface Held {
  /** The element that had the focus last in the view. */
  el: HTMLElement;
  /** The finding it belonged to (its line or its details). */
  finding: Finding | undefined;
}

export interface KeptFocusOptions {
  /** The findings listed, in document order. */
  findings: Finding[];
  /** Every finding of the latest check, ignored ones too: one no longer there was resolved. */
  all: Finding[];
  /** Selects a finding; its line takes the focus (the list opens its group). */
  select: (f: Finding, focus: boolean) => unknown;
  /** The "no findings" message, focusable. */
  empty: RefObject<HTMLElement>;
  /** Says what happened, in the view's live region. */
  say: (text: (t: TFunction) => string) => void;
}

const LINE = '[id^="jalon-f-"]';

/** `f` still listed: the same object or, after another check, the same rule and words. */
function findAgain(f: Finding, findings: Finding[]): Finding | undefined {
  const key = sameFinding(f);
  return findings.find((x) => x === f || sameFinding(x) === key);
}

/**
 * The finding that takes `f`'s place: the first one at or after it in the document, else the last one before it.
 * By place, not by fingerprint: an edit changes the fingerprints of the findings beside it.
 */
function nearest(f: Finding, findings: Finding[]): Finding | undefined {
  const after = findings.find(
    (x) => x.paragraph > f.paragraph || (x.paragraph === f.paragraph && x.paragraphOffset >= f.paragraphOffset),
  );
  return after ?? findings[findings.length - 1];
}

/** Returns the view's focus handler (React's onFocus, which bubbles). */
export function useKeptFocus({ findings, all, select, empty, say }: KeptFocusOptions) {
  const held = useRef<Held>();
  const latest = useRef(findings);
  latest.current = findings;

  const onFocus = (e: FocusEvent<HTMLElement>) => {
    const el = e.target;
    const line = el.closest('li')?.querySelector<HTMLElement>(LINE);
    held.current = { el, finding: line ? latest.current[Number(line.id.slice('jalon-f-'.length))] : undefined };
  };

  useEffect(() => {
    const h = held.current;
    const active = document.activeElement;
    if (!h || h.el.isConnected || (active && active !== document.body)) return;
    held.current = undefined;
    const target = h.finding && (findAgain(h.finding, findings) ?? nearest(h.finding, findings));
    const key = h.finding && sameFinding(h.finding);
    if (key && !all.some((f) => sameFinding(f) === key)) {
      const left = findings.length;
      say((t) => `${t('check.saidGone')} ${left ? t('check.saidLeft', { count: left }) : t('check.saidNoneLeft')}`);
    }
    if (target) {
      void select(target, true);
      return;
    }
    const line = findings.length
      ? (document.querySelector<HTMLElement>(`${LINE}[aria-current="true"]`) ??
        document.querySelector<HTMLElement>(LINE))
      : null;
    (line ?? empty.current)?.focus();
  });

  return onFocus;
}
