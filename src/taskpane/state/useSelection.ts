// The finding the author is looking at: chosen in the list or with Next/Previous, selected in the document,
// and found again after a re-check by its fingerprint.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Finding } from '../../core';
import { findingKey, findingRange, type CheckRun } from '../checker';
import type { HostCalls } from './hostCalls';

/** `visible` are the findings in the list, in document order; `latestRun` the latest check. */
export function useSelection({ host, guard }: HostCalls, latestRun: () => CheckRun | undefined, visible: Finding[]) {
  const [selectedKey, setSelectedKey] = useState<string | undefined>();
  // An action that removes what had the keyboard (ignoring a finding) asks for the selected line to take it:
  // the key it asks for, then the line that took it (the list focuses it once rendered: `takeFocus`).
  const focusWanted = useRef<string>();
  const focusTaken = useRef<HTMLElement | null>(null);

  /** `focus`: the finding's line in the list takes the keyboard's focus. */
  const select = useCallback(
    async (f: Finding, focus = false) => {
      const key = findingKey(f);
      setSelectedKey(key);
      focusWanted.current = focus ? key : undefined;
      focusTaken.current = null;
      const r = latestRun();
      const range = r && findingRange(f, r.paragraphs);
      if (!range) return;
      // Selecting must not take the keyboard away from the pane (the demo's editor grabs focus).
      const before = typeof document !== 'undefined' ? (document.activeElement as HTMLElement | null) : null;
      await guard('select', () => host.select(range));
      const back = focus ? focusTaken.current : before;
      if (back && back !== document.body && back.isConnected && document.activeElement !== back)
        back.focus({ preventScroll: true });
    },
    [guard, host, latestRun],
  );

  /** The list, after it renders: `line` is the selected finding's line, focused if an action asked for it. */
  const takeFocus = useCallback(
    (line: HTMLElement | null) => {
      if (!line || focusWanted.current === undefined || focusWanted.current !== selectedKey) return;
      focusWanted.current = undefined;
      focusTaken.current = line;
      line.focus({ preventScroll: true });
    },
    [selectedKey],
  );

  const position = useMemo(() => visible.findIndex((f) => findingKey(f) === selectedKey), [visible, selectedKey]);
  const selected = position >= 0 ? visible[position] : undefined;

  const step = useCallback(
    (delta: 1 | -1) => {
      if (visible.length === 0) return;
      const next =
        position < 0 ? (delta > 0 ? 0 : visible.length - 1) : (position + delta + visible.length) % visible.length;
      void select(visible[next]);
    },
    [visible, position, select],
  );

  /** Keeps the author's place after a re-check: the same occurrence, found again by its fingerprint. */
  const follow = useCallback((previous: CheckRun | undefined, result: CheckRun) => {
    if (!previous) return;
    setSelectedKey((key) => {
      const old = previous.analysis.findings.find((f) => findingKey(f) === key);
      const again =
        old && result.analysis.findings.find((f) => f.fingerprint === old.fingerprint && f.ruleId === old.ruleId);
      return again ? findingKey(again) : undefined;
    });
  }, []);

  return { selectedKey, selected, position, select, step, follow, takeFocus };
}

export type SelectionState = ReturnType<typeof useSelection>;
