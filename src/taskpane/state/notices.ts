// The messages above the pane's views: what an action did, or why the document refused it.
import { useCallback, useRef, useState } from 'react';
import type { TFunction } from 'i18next';

export type MessageType = 'info' | 'success' | 'warning' | 'error';

export interface PaneMessage {
  id: number;
  type: MessageType;
  /** Written when shown, so that switching the language rewrites the messages on screen. */
  text: (t: TFunction) => string;
}

export type Notify = (type: MessageType, text: (t: TFunction) => string) => void;

export function useNotices() {
  const [messages, setMessages] = useState<PaneMessage[]>([]);
  const lastId = useRef(0);
  const notify = useCallback<Notify>((type, text) => {
    const id = ++lastId.current;
    // Keep the latest few: a stack of old messages helps nobody. Warnings stay with errors: a host's notice
    // (comments written as a summary instead) must survive the success message of the same action.
    setMessages((m) => [...m.filter((x) => x.type === 'error' || x.type === 'warning').slice(-2), { id, type, text }]);
  }, []);
  const dismiss = useCallback((id: number) => setMessages((m) => m.filter((x) => x.id !== id)), []);
  /** Every message goes: they told of earlier actions (a new check starts). */
  const clear = useCallback(() => setMessages((m) => (m.length ? [] : m)), []);
  return { messages, notify, dismiss, clear };
}

export type Notices = ReturnType<typeof useNotices>;
