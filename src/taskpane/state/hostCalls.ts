// Every call the pane makes to the document goes through guard(): a failure becomes a message in the user's
// language instead of a crash, and a paragraph that moved under a finding ("stale") asks for a fresh read.
import { useCallback, useMemo, useRef } from 'react';
import type { TFunction } from 'i18next';
import type { DocumentHost, HostCapabilities } from '../../core';
import { langOf } from '../template';
import type { Notify } from './notices';

export type HostAction =
  'read' | 'select' | 'highlight' | 'clear' | 'insert' | 'fields' | 'comments' | 'settings' | 'footnote';

/** What guard() returns when the host call failed (a void call succeeding returns undefined). */
export const FAILED: unique symbol = Symbol('failed');

export type Guard = <R>(action: HostAction, fn: () => Promise<R>) => Promise<R | typeof FAILED>;

/** What the hooks that act on the document share: the host, what it can do, guard() and the messages. */
export interface HostCalls {
  host: DocumentHost;
  caps: HostCapabilities;
  guard: Guard;
  notify: Notify;
}

const NOTHING: HostCapabilities = {
  tempHighlight: false,
  annotations: false,
  comments: false,
  footnotes: false,
  paragraphEvents: false,
  settings: false,
};

export function errorText(e: unknown): string {
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

/** `onStale` is called (after the failing call returns) when the document moved under a finding. */
export function useHostCalls(host: DocumentHost, notify: Notify, onStale: () => void): HostCalls {
  const stale = useRef(onStale);
  stale.current = onStale;

  const caps = useMemo(() => {
    try {
      return host.capabilities();
    } catch {
      return NOTHING;
    }
  }, [host]);

  const guard = useCallback(
    async <R>(action: HostAction, fn: () => Promise<R>): Promise<R | typeof FAILED> => {
      try {
        return await fn();
      } catch (e) {
        notify('error', hostErrorText(action, e));
        // The document moved under a stale finding: read it again so the list matches it.
        if ((e as { code?: unknown } | null)?.code === 'stale') setTimeout(() => stale.current(), 0);
        return FAILED;
      } finally {
        // What the host could not do as asked, and what it did instead (Word: comments written as a summary...).
        for (const n of host.takeNotices?.() ?? []) notify('warning', (tt) => n.text[langOf(tt)]);
      }
    },
    [notify, host],
  );

  return useMemo(() => ({ host, caps, guard, notify }), [host, caps, guard, notify]);
}
