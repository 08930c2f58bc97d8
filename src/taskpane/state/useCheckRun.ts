// The check: reads the document, runs the chunked checker (first results while a long plan is read), and checks
// again a moment after the author's edits. What a finished check changes elsewhere (the selection, the
// highlights) is the caller's `afterCheck`.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocParagraph, Finding, Lang } from '../../core';
import { CheckCancelled, Checker, type CheckProgress, type CheckRun } from '../checker';
import { workerPlanPass } from '../planPass';
import { errorText, FAILED, type HostCalls } from './hostCalls';

const CHANGE_DEBOUNCE_MS = 700;

/** First results of a long plan: the text rules' findings so far, the previous check's commitments. */
function partialRun(findings: Finding[], paragraphs: DocParagraph[], previous: CheckRun | undefined): CheckRun {
  return {
    paragraphs,
    reanalysed: 0,
    analysis: {
      language: previous?.analysis.language ?? 'fr',
      text: '',
      paragraphs: [],
      findings,
      commitments: previous?.analysis.commitments ?? [],
      stats: { words: 0, sentences: 0, longSentences: 0, lix: 0 },
    },
  };
}

/** The author asked ('user': progress, first results, highlights on), or the document changed ('change'). */
export type CheckReason = 'user' | 'change';

export interface CheckHooks {
  /** The author started a check. */
  onUserCheck: () => void;
  /** A check finished; runs in the same React batch as the new results, up to its first await. */
  afterCheck: (result: CheckRun, previous: CheckRun | undefined, reason: CheckReason) => Promise<void>;
  /**
   * The pane's language (Office's display language, or the author's choice): the findings are written in it,
   * whatever the document's, whose rules read it and whose language the suggestions keep. French by default.
   */
  lang?: Lang;
}

export function useCheckRun({ host, guard, notify }: HostCalls, hooks: CheckHooks) {
  const [run, setRun] = useState<CheckRun | undefined>();
  const [partial, setPartial] = useState(false);
  const [checking, setChecking] = useState(false);
  const [progress, setProgress] = useState<CheckProgress | undefined>();
  const [lastReanalysed, setLastReanalysed] = useState<number | undefined>();

  const checker = useRef<Checker>();
  checker.current ??= new Checker(workerPlanPass);
  const latestRun = useRef(run);
  latestRun.current = run;
  const latestHooks = useRef(hooks);
  latestHooks.current = hooks;
  const busy = useRef(false);
  /** A check asked for while one runs: 'user' if the author asked (progress, highlights), whoever asked after. */
  const pending = useRef<CheckReason | undefined>();
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const check = useCallback(
    async (reason: CheckReason = 'user') => {
      // One check at a time: a request meanwhile runs once the current one ends.
      if (busy.current) {
        pending.current = reason === 'user' ? 'user' : (pending.current ?? 'change');
        return;
      }
      busy.current = true;
      if (reason === 'user') {
        setChecking(true);
        setProgress(undefined);
        latestHooks.current.onUserCheck();
      }
      try {
        const paragraphs = await guard('read', () => host.readParagraphs());
        if (paragraphs === FAILED) return;
        const previous = latestRun.current;
        const result = await checker.current!.run(paragraphs, {
          messages: latestHooks.current.lang,
          onProgress: reason === 'user' ? (p) => mounted.current && setProgress(p) : undefined,
          onPartial:
            reason === 'user'
              ? (findings, ps) => {
                  if (!mounted.current) return;
                  setPartial(true);
                  setRun(partialRun(findings, ps, previous));
                }
              : undefined,
        });
        if (!mounted.current) return;
        setPartial(false);
        setRun(result);
        // Shown after automatic updates, so the author sees that only what changed was read again.
        setLastReanalysed(reason === 'change' ? result.reanalysed : undefined);
        await latestHooks.current.afterCheck(result, previous, reason);
      } catch (e) {
        if (!(e instanceof CheckCancelled)) {
          const detail = errorText(e);
          notify('error', (t) => t('errors.host', { action: t('errors.actions.read'), detail }));
        }
      } finally {
        busy.current = false;
        if (mounted.current) {
          setChecking(false);
          setProgress(undefined);
        }
        const next = pending.current;
        if (next && mounted.current) {
          pending.current = undefined;
          void check(next);
        }
      }
    },
    [guard, host, notify],
  );

  // The pane's language changed: the findings are written again in it (a check reads the whole text again then).
  const lang = hooks.lang;
  const shownIn = useRef(lang);
  useEffect(() => {
    if (shownIn.current === lang) return;
    shownIn.current = lang;
    if (latestRun.current) void check('change');
  }, [lang, check]);

  // Incremental re-check after edits (Word paragraph events, or the demo's editor), debounced.
  useEffect(() => {
    if (!host.onChange) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = host.onChange(() => {
      if (!latestRun.current) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void check('change'), CHANGE_DEBOUNCE_MS);
    });
    return () => {
      if (timer) clearTimeout(timer);
      unsubscribe();
    };
  }, [host, check]);

  /** The latest results, for actions that run after a render (a click, a host's answer). */
  const latest = useCallback(() => latestRun.current, []);
  /** Checks again if the document was checked before (a change the pane made, a stale paragraph). */
  const recheck = useCallback(async () => {
    if (latestRun.current) await check('change');
  }, [check]);

  return { run, partial, checking, progress, lastReanalysed, live: Boolean(host.onChange), latest, check, recheck };
}

export type CheckRunState = ReturnType<typeof useCheckRun>;
