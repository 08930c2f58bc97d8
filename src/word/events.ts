// Word's events: paragraphs changed, added or deleted (WordApi 1.6), annotations clicked or acted on (1.7, 1.8).
// Jalon's own writes (highlights in the font colour, fields, the template) fire paragraph events too; re-checking in
// answer to them would loop and waste the author's time, so events that only concern what Jalon just wrote are
// dropped. Events are not complete either (office-js#3864: Mac misses deletions under Track Changes; #5400: large
// documents drop delete events): they only prompt a re-read, and every write re-reads first (paragraphs.ts).
import type { AnnotationEvent } from '../core';
import { supported } from './office';
import type { Session } from './session';

/** How long after Jalon's write its events may still arrive (Word delivers them after the sync resolves). */
const GRACE_MS = 1500;

/** Jalon's writes in progress and just done: which paragraphs they touched, and whether they added any. */
export class SelfWrites {
  private active = 0;
  private until = 0;
  private ids = new Set<string>();
  private adds = false;

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** Runs a write (usually one context.sync) as Jalon's own, on the paragraphs it touches. */
  async around<T>(ids: Iterable<string>, adds: boolean, write: () => Promise<T>): Promise<T> {
    if (!this.active && this.now() > this.until) {
      this.ids.clear();
      this.adds = false;
    }
    this.active += 1;
    for (const id of ids) this.ids.add(id);
    this.adds ||= adds;
    try {
      return await write();
    } finally {
      this.active -= 1;
      this.until = this.now() + GRACE_MS;
    }
  }

  /** Whether an event is Jalon's own doing: a local change, during or just after a write, on what it wrote. */
  owns(kind: 'changed' | 'added' | 'deleted', ids: readonly string[] | undefined, source?: string): boolean {
    if (source === 'Remote') return false; // a co-author's edit
    if (!this.active && this.now() > this.until) return false;
    if (kind === 'deleted') return false; // Jalon never deletes the author's paragraphs
    if (kind === 'added') return this.adds;
    // Without ids (hosts where uniqueLocalId is null, office-js#4258) an event in the window is taken as Jalon's.
    if (!ids || ids.length === 0 || ids.some((id) => !id)) return true;
    return ids.every((id) => this.ids.has(id));
  }
}

/** Adds Word event handlers in one batch; the returned function removes them (also if called before they exist). */
function listen(add: (document: Word.Document) => OfficeExtension.EventHandlerResult<unknown>[]): () => void {
  let off: (() => void) | undefined;
  let stopped = false;
  void Word.run(async (context) => {
    const handlers = add(context.document);
    await context.sync();
    // Handlers live in the context that added them: remove them through it (Word.run on one of its objects).
    const document = context.document;
    off = () =>
      void Word.run(document, async (ctx) => {
        for (const h of handlers) h.remove();
        await ctx.sync();
      }).catch(() => undefined);
    if (stopped) off();
  }).catch(() => undefined);
  return () => {
    stopped = true;
    off?.();
  };
}

type ParagraphEventArgs = { uniqueLocalIds?: string[]; source?: string };

export function onChange(session: Session, listener: () => void): () => void {
  if (supported('WordApi', '1.6')) {
    const handle = (kind: 'changed' | 'added' | 'deleted') => async (args: ParagraphEventArgs) => {
      if (!session.selfWrites.owns(kind, args?.uniqueLocalIds, args?.source)) listener();
    };
    return listen((document) => [
      document.onParagraphChanged.add(handle('changed')),
      document.onParagraphAdded.add(handle('added')),
      document.onParagraphDeleted.add(handle('deleted')),
    ]);
  }
  // Older Word: the selection moves as the author types; the pane debounces and re-reads incrementally.
  const handler = () => {
    if (!session.selfWrites.owns('changed', undefined)) listener();
  };
  try {
    Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, handler);
  } catch {
    return () => undefined;
  }
  return () => {
    try {
      Office.context.document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler });
    } catch {
      // the document is closing
    }
  };
}

export function onAnnotation(session: Session, listener: (event: AnnotationEvent) => void): () => void {
  const popup = supported('WordApi', '1.8');
  // Only Jalon's own annotations, known by the ids Word returned; read-only: Word has made any edit itself.
  const emit = (id: string, action: AnnotationEvent['action'], suggestion?: string) => {
    const a = session.annotations.find((x) => x.id === id);
    if (!a) return;
    listener({
      range: { paragraphId: a.paragraphId, start: a.start, end: a.end },
      action,
      ...(suggestion !== undefined ? { suggestion } : {}),
    });
  };
  return listen((document) => [
    document.onAnnotationClicked.add(async (args) => emit(args.id, 'click')),
    ...(popup
      ? [
          document.onAnnotationPopupAction.add(async (args) => {
            const accepted = /accept/i.test(args.action ?? '');
            emit(args.id, accepted ? 'accept' : 'reject', accepted ? args.critiqueSuggestion : undefined);
          }),
        ]
      : []),
  ]);
}
