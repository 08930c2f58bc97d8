// What the author chose to ignore (an occurrence, a term, a rule), kept in the document's settings so that the
// next reader sees the same state, and the findings that remain visible.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Finding } from '../../core';
import type { CheckRun } from '../checker';
import {
  addIgnore,
  emptyIgnores,
  IGNORES_KEY,
  nextRemaining,
  normaliseIgnores,
  withoutIgnored,
  type IgnoreLevel,
  type Ignores,
} from '../ignores';
import { FAILED, type HostCalls } from './hostCalls';

/**
 * `run` is the latest check; `onChange` runs when the list changes, before it is saved (the highlights follow).
 */
export function useIgnores(
  { host, caps, guard }: HostCalls,
  run: CheckRun | undefined,
  onChange: (next: Ignores) => Promise<void>,
) {
  const [ignores, setIgnores] = useState<Ignores>(emptyIgnores);
  const latestIgnores = useRef(ignores);
  latestIgnores.current = ignores;
  const changed = useRef(onChange);
  changed.current = onChange;

  // Without document settings, ignores last for the session only.
  useEffect(() => {
    let live = true;
    if (!caps.settings) return;
    void guard('settings', () => host.loadSetting<Ignores>(IGNORES_KEY)).then((v) => {
      if (live && v !== FAILED && v) setIgnores(normaliseIgnores(v));
    });
    return () => {
      live = false;
    };
  }, [guard, host, caps.settings]);

  const apply = useCallback(
    async (next: Ignores) => {
      setIgnores(next);
      latestIgnores.current = next;
      await changed.current(next);
      if (caps.settings) await guard('settings', () => host.saveSetting(IGNORES_KEY, next));
    },
    [caps.settings, guard, host],
  );

  // This session's ignores, last one last: the list before each, and the finding ignored (to undo it alone).
  const [history, setHistory] = useState<{ before: Ignores; finding: Finding }[]>([]);
  const latestHistory = useRef(history);
  latestHistory.current = history;

  const ignore = useCallback(
    (f: Finding, level: IgnoreLevel) => {
      const before = latestIgnores.current;
      setHistory((h) => [...h, { before, finding: f }]);
      return apply(addIgnore(before, f, level));
    },
    [apply],
  );
  /** The finding the last ignore of this session hid (what `undo` shows again). */
  const lastIgnored = useCallback(() => latestHistory.current[latestHistory.current.length - 1]?.finding, []);
  /** Undoes the last ignore of this session only. */
  const undo = useCallback(async () => {
    const last = latestHistory.current[latestHistory.current.length - 1];
    if (!last) return;
    latestHistory.current = latestHistory.current.slice(0, -1);
    setHistory(latestHistory.current);
    await apply(last.before);
  }, [apply]);
  const visible = useMemo(() => (run ? withoutIgnored(run.analysis.findings, ignores) : []), [run, ignores]);
  /** The finding to show once `f` is ignored at `level` (the next one still listed), before ignoring it. */
  const nextAfter = useCallback(
    (f: Finding, level: IgnoreLevel) =>
      run ? nextRemaining(visible, f, withoutIgnored(visible, addIgnore(latestIgnores.current, f, level))) : undefined,
    [run, visible],
  );
  const restore = useCallback(() => {
    latestHistory.current = [];
    setHistory([]);
    return apply(emptyIgnores());
  }, [apply]);
  /** The list as it is now, for work that runs after a render (a check finishing). */
  const latest = useCallback(() => latestIgnores.current, []);

  const ignoredCount = (run?.analysis.findings.length ?? 0) - visible.length;

  return { visible, ignoredCount, latest, ignore, nextAfter, restore, canUndo: history.length > 0, lastIgnored, undo };
}

export type IgnoresState = ReturnType<typeof useIgnores>;
