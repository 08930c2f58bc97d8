// The pane's state and every action it takes on the document, through DocumentHost only.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import type {
  Commitment,
  DocParagraph,
  DocRange,
  DocumentHost,
  FieldName,
  FieldWrite,
  Finding,
  HighlightRequest,
  InsertBlock,
} from '../core';
import {
  CheckCancelled,
  Checker,
  findingKey,
  findingRange,
  yieldToEventLoop,
  type CheckProgress,
  type CheckRun,
} from './checker';
import { workerPlanPass } from './planPass';
import {
  addIgnore,
  emptyIgnores,
  IGNORES_KEY,
  normaliseIgnores,
  withoutIgnored,
  type IgnoreLevel,
  type Ignores,
} from './ignores';
import { answersToFieldWrites, langOf, templateBlocks } from './template';

export type MessageType = 'info' | 'success' | 'warning' | 'error';
export interface PaneMessage {
  id: number;
  type: MessageType;
  text: (t: TFunction) => string;
}

export type HostAction =
  'read' | 'select' | 'highlight' | 'clear' | 'insert' | 'fields' | 'comments' | 'settings' | 'footnote';

/** What guard() returns when the host call failed (a void call succeeding returns undefined). */
export const FAILED: unique symbol = Symbol('failed');

const HIGHLIGHT_BATCH = 400;
/** Beyond this many marks a page is unreadable and hosts slow down: the first ones in reading order are shown. */
export const MAX_HIGHLIGHTS = 3000;
const CHANGE_DEBOUNCE_MS = 700;

function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === 'string') return e;
  try {
    return JSON.stringify(e);
  } catch {
    return String(e);
  }
}

/** A host failure in the pane's language: the Word layer's typed errors by their code, others as they come. */
export function hostErrorText(action: HostAction, e: unknown): (t: TFunction) => string {
  const code = (e as { code?: unknown } | null)?.code;
  const detail = (e as { detail?: unknown } | null)?.detail;
  if (code === 'unsupported') return (t) => t('errors.capability', { what: t(`errors.actions.${action}`) });
  if (code === 'stale') return (t) => t('errors.stale');
  if (code === 'not-found') return (t) => t('errors.notFound', { what: typeof detail === 'string' ? detail : '' });
  const text = errorText(e);
  return (t) => t('errors.host', { action: t(`errors.actions.${action}`), detail: text });
}

function requestsFor(findings: Finding[], paragraphs: DocParagraph[]): Map<string, HighlightRequest[]> {
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

export function usePaneState(host: DocumentHost, t: TFunction) {
  const [run, setRun] = useState<CheckRun | undefined>();
  const [partial, setPartial] = useState(false);
  const [checking, setChecking] = useState(false);
  const [progress, setProgress] = useState<CheckProgress | undefined>();
  const [ignores, setIgnores] = useState<Ignores>(emptyIgnores);
  const [selectedKey, setSelectedKey] = useState<string | undefined>();
  const [messages, setMessages] = useState<PaneMessage[]>([]);
  const [lastReanalysed, setLastReanalysed] = useState<number | undefined>();

  const checker = useRef<Checker>();
  checker.current ??= new Checker(workerPlanPass);
  const highlighted = useRef(new Map<string, string>());
  const highlightsOn = useRef(false);
  const busy = useRef(false);
  const pending = useRef(false);
  const msgId = useRef(0);
  const tRef = useRef(t);
  tRef.current = t;
  const ignoresRef = useRef(ignores);
  ignoresRef.current = ignores;
  const runRef = useRef(run);
  runRef.current = run;
  const mounted = useRef(true);
  const onStale = useRef<() => void>();
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const caps = useMemo(() => {
    try {
      return host.capabilities();
    } catch {
      return {
        tempHighlight: false,
        annotations: false,
        comments: false,
        footnotes: false,
        paragraphEvents: false,
        settings: false,
      };
    }
  }, [host]);

  const notify = useCallback((type: MessageType, text: (t: TFunction) => string) => {
    const id = ++msgId.current;
    // Keep the latest few: a stack of old messages helps nobody.
    setMessages((m) => [...m.filter((x) => x.type === 'error' || x.type === 'warning').slice(-2), { id, type, text }]);
  }, []);
  const dismiss = useCallback((id: number) => setMessages((m) => m.filter((x) => x.id !== id)), []);

  const guard = useCallback(
    async <R>(action: HostAction, fn: () => Promise<R>): Promise<R | typeof FAILED> => {
      try {
        return await fn();
      } catch (e) {
        notify('error', hostErrorText(action, e));
        // The document moved under a stale finding: read it again so the list matches it.
        if ((e as { code?: unknown } | null)?.code === 'stale') setTimeout(() => onStale.current?.(), 0);
        return FAILED;
      } finally {
        // What the host could not do as asked, and what it did instead (Word: comments written as a summary...).
        for (const n of host.takeNotices?.() ?? []) notify('warning', (tt) => n.text[langOf(tt)]);
      }
    },
    [notify, host],
  );

  const visibleOf = useCallback((r: CheckRun | undefined, ig: Ignores): Finding[] => {
    if (!r) return [];
    return withoutIgnored(r.analysis.findings, ig);
  }, []);

  const visible = useMemo(() => visibleOf(run, ignores), [run, ignores, visibleOf]);
  const ignoredCount = (run?.analysis.findings.length ?? 0) - visible.length;

  /** Brings the document's highlights in line with the findings, touching only paragraphs whose set changed. */
  const syncHighlights = useCallback(
    async (r: CheckRun, findings: Finding[], fresh: boolean) => {
      if (!highlightsOn.current) return;
      const want = requestsFor(findings, r.paragraphs);
      const present = new Set(r.paragraphs.map((p) => p.id));
      const toClear: string[] = [];
      const toAdd: HighlightRequest[] = [];
      if (fresh) {
        const ok = await guard('clear', () => host.clearHighlights());
        if (ok === FAILED) return;
        highlighted.current.clear();
      }
      for (const [id, sig] of [...highlighted.current]) {
        const reqs = want.get(id);
        if (!reqs || signature(reqs) !== sig) {
          if (present.has(id)) toClear.push(id);
          highlighted.current.delete(id);
        }
      }
      if (toClear.length) await guard('clear', () => host.clearHighlights(toClear));
      for (const [id, reqs] of want) {
        if (!highlighted.current.has(id)) {
          toAdd.push(...reqs);
          highlighted.current.set(id, signature(reqs));
        }
      }
      // Batches keep each host call (and the demo's DOM work) short.
      for (let i = 0; i < toAdd.length; i += HIGHLIGHT_BATCH) {
        const ok = await guard('highlight', () => host.highlight(toAdd.slice(i, i + HIGHLIGHT_BATCH)));
        if (ok === FAILED && i === 0) {
          highlighted.current.clear();
          return;
        }
        await yieldToEventLoop();
      }
    },
    [guard, host],
  );

  const check = useCallback(
    async (reason: 'user' | 'change' = 'user') => {
      if (busy.current) {
        pending.current = true;
        return;
      }
      busy.current = true;
      if (reason === 'user') {
        setChecking(true);
        setProgress(undefined);
        highlightsOn.current = true;
      }
      try {
        const paragraphs = await guard('read', () => host.readParagraphs());
        if (paragraphs === FAILED) return;
        const previous = runRef.current;
        const result = await checker.current!.run(paragraphs, {
          onProgress: reason === 'user' ? (p) => mounted.current && setProgress(p) : undefined,
          onPartial:
            reason === 'user'
              ? (findings, ps) => {
                  if (!mounted.current) return;
                  setPartial(true);
                  setRun({
                    paragraphs: ps,
                    reanalysed: 0,
                    analysis: {
                      language: previous?.analysis.language ?? 'fr',
                      text: '',
                      paragraphs: [],
                      findings,
                      commitments: previous?.analysis.commitments ?? [],
                      stats: { words: 0, sentences: 0, longSentences: 0, lix: 0 },
                    },
                  });
                }
              : undefined,
        });
        if (!mounted.current) return;
        setPartial(false);
        setRun(result);
        // Shown after automatic updates, so the author sees that only what changed was read again.
        setLastReanalysed(reason === 'change' ? result.reanalysed : undefined);
        if (previous) {
          // Keep the author's place: the same occurrence, found again by its fingerprint.
          setSelectedKey((key) => {
            const old = previous.analysis.findings.find((f) => findingKey(f) === key);
            const again =
              old && result.analysis.findings.find((f) => f.fingerprint === old.fingerprint && f.ruleId === old.ruleId);
            return again ? findingKey(again) : undefined;
          });
        }
        await syncHighlights(result, visibleOf(result, ignoresRef.current), reason === 'user' && !previous);
      } catch (e) {
        if (!(e instanceof CheckCancelled)) {
          const detail = errorText(e);
          notify('error', (tt) => tt('errors.host', { action: tt('errors.actions.read'), detail }));
        }
      } finally {
        busy.current = false;
        if (mounted.current) {
          setChecking(false);
          setProgress(undefined);
        }
        if (pending.current && mounted.current) {
          pending.current = false;
          void check('change');
        }
      }
    },
    [guard, host, notify, syncHighlights, visibleOf],
  );

  onStale.current = () => {
    if (runRef.current) void check('change');
  };

  // Ignores live in the document's settings so the next reader sees the same state.
  useEffect(() => {
    let live = true;
    if (!caps.settings) return; // ignores then last for the session only
    void guard('settings', () => host.loadSetting<Ignores>(IGNORES_KEY)).then((v) => {
      if (live && v !== FAILED && v) setIgnores(normaliseIgnores(v));
    });
    return () => {
      live = false;
    };
  }, [guard, host, caps.settings]);

  // Incremental re-check after edits (Word paragraph events, or the demo's editor), debounced.
  useEffect(() => {
    if (!host.onChange) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = host.onChange(() => {
      if (!runRef.current) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void check('change'), CHANGE_DEBOUNCE_MS);
    });
    return () => {
      if (timer) clearTimeout(timer);
      unsubscribe();
    };
  }, [host, check]);

  const select = useCallback(
    async (f: Finding) => {
      setSelectedKey(findingKey(f));
      const r = runRef.current;
      const range = r && findingRange(f, r.paragraphs);
      if (!range) return;
      // Selecting must not take the keyboard away from the pane (the demo's editor grabs focus).
      const focused = typeof document !== 'undefined' ? (document.activeElement as HTMLElement | null) : null;
      await guard('select', () => host.select(range));
      if (focused && focused.isConnected && document.activeElement !== focused) focused.focus({ preventScroll: true });
    },
    [guard, host],
  );

  const step = useCallback(
    (delta: 1 | -1) => {
      if (visible.length === 0) return;
      const i = visible.findIndex((f) => findingKey(f) === selectedKey);
      const next = i < 0 ? (delta > 0 ? 0 : visible.length - 1) : (i + delta + visible.length) % visible.length;
      void select(visible[next]);
    },
    [visible, selectedKey, select],
  );

  const ignore = useCallback(
    async (f: Finding, level: IgnoreLevel) => {
      const next = addIgnore(ignoresRef.current, f, level);
      setIgnores(next);
      ignoresRef.current = next;
      const r = runRef.current;
      if (r) await syncHighlights(r, visibleOf(r, next), false);
      if (caps.settings) await guard('settings', () => host.saveSetting(IGNORES_KEY, next));
    },
    [caps.settings, guard, host, syncHighlights, visibleOf],
  );

  const restoreIgnored = useCallback(async () => {
    const next = emptyIgnores();
    setIgnores(next);
    ignoresRef.current = next;
    const r = runRef.current;
    if (r) await syncHighlights(r, visibleOf(r, next), false);
    if (caps.settings) await guard('settings', () => host.saveSetting(IGNORES_KEY, next));
  }, [caps.settings, guard, host, syncHighlights, visibleOf]);

  const clearHighlights = useCallback(async () => {
    highlightsOn.current = false;
    const ok = await guard('clear', () => host.clearHighlights());
    if (ok === FAILED) return;
    highlighted.current.clear();
    notify('success', (tt) => tt('check.cleared'));
  }, [guard, host, notify]);

  const insertDefinition = useCallback(
    async (f: Finding, definition: string) => {
      const r = runRef.current;
      const range = r && findingRange(f, r.paragraphs);
      if (!range) return;
      const at: DocRange = { paragraphId: range.paragraphId, start: range.end, end: range.end };
      const ok =
        caps.footnotes && host.addFootnote
          ? await guard('footnote', () => host.addFootnote!(at, definition))
          : await guard('insert', () => host.insertText(at, ` (${definition})`));
      if (ok === FAILED) return;
      notify('success', (tt) => tt('finding.definitionInserted'));
      await check('change');
    },
    [caps.footnotes, check, guard, host, notify],
  );

  const insertTemplate = useCallback(async () => {
    // The template speaks the document's language, whatever the pane's.
    const blocks: InsertBlock[] = templateBlocks(runRef.current?.analysis.language ?? langOf(tRef.current));
    const ok = await guard('insert', () => host.insertAtCursor(blocks));
    if (ok === FAILED) return;
    notify('success', (tt) => tt('commitment.inserted'));
    if (runRef.current) await check('change');
  }, [check, guard, host, notify]);

  const writeFields = useCallback(
    async (e: Commitment, answers: Partial<Record<FieldName, string>>) => {
      const r = runRef.current;
      if (!r) return false;
      const first = r.paragraphs[e.firstParagraph];
      const last = r.paragraphs[e.lastParagraph] ?? r.paragraphs[r.paragraphs.length - 1];
      const fields: FieldWrite[] = answersToFieldWrites(answers, r.analysis.language);
      if (fields.length === 0) {
        notify('info', (tt) => tt('commitment.nothingToSave'));
        return false;
      }
      if (!first || !last) return false;
      const ok = await guard('fields', () => host.writeFields(first.id, last.id, fields));
      if (ok === FAILED) return false;
      const count = fields.length;
      notify('success', (tt) => tt('commitment.saved', { count }));
      await check('change');
      return true;
    },
    [check, guard, host, notify],
  );

  const goToCommitment = useCallback(
    async (e: Commitment) => {
      const p = runRef.current?.paragraphs[e.firstParagraph];
      if (p) await guard('select', () => host.select({ paragraphId: p.id, start: 0, end: p.text.length }));
    },
    [guard, host],
  );

  const commitmentAtCursor = useCallback(async (): Promise<number | undefined> => {
    const r = runRef.current;
    if (!host.getSelection || !r) return undefined;
    const sel = await guard('read', () => host.getSelection!());
    if (sel === FAILED || !sel) return undefined;
    const i = r.paragraphs.findIndex((p) => p.id === sel.paragraphId);
    if (i < 0) return undefined;
    return r.analysis.commitments.find((e) => e.firstParagraph <= i && i <= e.lastParagraph)?.index;
  }, [guard, host]);

  return {
    caps,
    host,
    live: Boolean(host.onChange),
    hasCursor: Boolean(host.getSelection),
    run,
    partial,
    checking,
    progress,
    visible,
    ignores,
    ignoredCount,
    selectedKey,
    messages,
    lastReanalysed,
    notify,
    dismiss,
    guard,
    check,
    select,
    step,
    ignore,
    restoreIgnored,
    clearHighlights,
    insertDefinition,
    insertTemplate,
    writeFields,
    goToCommitment,
    commitmentAtCursor,
  };
}

export type PaneState = ReturnType<typeof usePaneState>;
