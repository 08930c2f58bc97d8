// The fake Word's request context: Office.js's batching rules, which the fake enforces as Word does.
// - Commands are queued and run at context.sync(), in order; a property can be read only after load() and a sync.
// - A command Word refuses fails the whole sync, but the commands queued before it have run and stay done
//   (OfficeExtension.Error, traceMessages: "the second batch inserts the third and fourth paragraphs but fails in
//   the call to insert a fifth"); the loads of a failed batch are dropped.
// - A member of a newer requirement set than the host lists fails with ApiNotFound.
// - Where the host has a payload limit (Word on the web), a request or response past it fails.
import type { FakeWordDocument } from '../fakeWord';
import { atLeast } from './profiles';

export class FakeWordError extends Error {
  readonly debugInfo: { code: string; errorLocation: string };
  constructor(
    readonly code: string,
    location: string,
    detail = '',
  ) {
    super(`${code} at ${location}${detail ? `: ${detail}` : ''}`);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, errorLocation: location };
  }
}

/** Thrown by a command while it runs: Word refuses it with this code. */
export class Refusal {
  constructor(
    readonly code: string,
    readonly detail = '',
  ) {}
}

export interface Op {
  /** Where Word reports the failure ("Paragraph.insertAnnotations"). */
  at: string;
  /** The requirement set the command needs. */
  set?: string;
  /** Estimated request bytes. */
  bytes?: number;
  /** Runs the command; a load returns its response size and what to commit once the sync succeeds. */
  run(): { bytes: number; commit: () => void } | void;
}

export type EventKind = 'changed' | 'added' | 'deleted';

export class FakeContext {
  private ops: Op[] = [];
  readonly events: { kind: EventKind; ids: (string | null)[] }[] = [];
  constructor(readonly doc: FakeWordDocument) {}

  queue(op: Op): void {
    this.ops.push(op);
  }

  /** A write's paragraph event, delivered after the sync (Word fires them after the batch). */
  emit(kind: EventKind, ids: (string | null)[]): void {
    this.events.push({ kind, ids });
  }

  async sync(): Promise<void> {
    const doc = this.doc;
    doc.syncs += 1;
    const ops = this.ops;
    this.ops = [];
    const limit = doc.profile.payloadLimit;
    const request = ops.reduce((n, op) => n + (op.bytes ?? 60), 0);
    if (limit && request > limit) throw new FakeWordError('RequestPayloadSizeLimitExceeded', 'request', `${request}`);
    doc.largestRequest = Math.max(doc.largestRequest, request);
    let response = 0;
    const commits: (() => void)[] = [];
    try {
      for (const op of ops) {
        if (op.set && !atLeast(doc.profile.wordApi, op.set)) throw new FakeWordError('ApiNotFound', op.at, op.set);
        for (const [at, code] of doc.failures) {
          if (at === op.at && code) {
            doc.failures.delete(at);
            throw new FakeWordError(code, op.at, 'injected by the test');
          }
        }
        let r: ReturnType<Op['run']>;
        try {
          r = op.run();
        } catch (e) {
          if (e instanceof Refusal) throw new FakeWordError(e.code, op.at, e.detail);
          throw e;
        }
        if (r) {
          response += r.bytes;
          commits.push(r.commit);
        }
      }
      if (limit && response > limit)
        throw new FakeWordError('ResponsePayloadSizeLimitExceeded', 'response', `${response}`);
      doc.largestResponse = Math.max(doc.largestResponse, response);
      for (const c of commits) c();
    } finally {
      this.deliver();
    }
  }

  private deliver(): void {
    const events = this.events.splice(0);
    if (events.length === 0) return;
    const doc = this.doc;
    setTimeout(() => {
      for (const e of events) for (const h of doc.handlers[e.kind]) void h({ uniqueLocalIds: e.ids, source: 'Local' });
    }, 0);
  }
}

/** Bytes a value takes in Word's JSON response. */
export function sizeOf(v: unknown): number {
  if (v === undefined) return 0;
  return JSON.stringify(v)?.length ?? 4;
}

/**
 * A proxy of a Word object: what it points to is found when a command runs (`target`: the object, null for a null
 * object, undefined when it does not exist, e.g. a paragraph deleted since or never created by a failed batch).
 */
export abstract class FakeObject<T> {
  protected loaded: Record<string, unknown> | undefined;
  protected nulled = false;
  abstract readonly kind: string;

  constructor(
    readonly ctx: FakeContext,
    readonly target: () => T | null | undefined,
    /** Values loaded through a parent ("items/parentContentControlOrNullObject/tag"), by the path below it. */
    inherited?: Record<string, unknown>,
  ) {
    if (inherited) {
      this.loaded = inherited;
      this.nulled = inherited['isNullObject'] === true;
    }
  }

  /** Value of a property path on a target (e.g. "text", "parentContentControlOrNullObject/tag"). */
  protected abstract value(t: T, path: string[]): unknown;
  /** The requirement set a loaded path needs. */
  protected setOf(_path: string[]): string | undefined {
    return undefined;
  }

  /** Snapshot of the paths on a target, with the null state of every intermediate object. */
  snapshot(t: T | null, paths: string[]): Record<string, unknown> {
    const snap: Record<string, unknown> = { isNullObject: t === null };
    if (t === null) return snap;
    for (const p of paths) Object.assign(snap, this.pathValues(t, p.split('/')));
    return snap;
  }

  protected pathValues(t: T, path: string[]): Record<string, unknown> {
    return { [path.join('/')]: this.value(t, path) };
  }

  load(props?: string | string[]): this {
    const paths = (Array.isArray(props) ? props : (props ?? '').split(',')).map((p) => p.trim()).filter(Boolean);
    const sets = paths.map((p) => this.setOf(p.split('/'))).filter((s): s is string => !!s);
    const set = sets.sort((a, b) => (atLeast(a, b) ? -1 : 1))[0];
    this.ctx.queue({
      at: `${this.kind}.load`,
      set,
      run: () => {
        const t = this.target();
        if (t === undefined) throw new Refusal('ItemNotFound');
        const snap = this.snapshot(t, paths);
        return {
          bytes: sizeOf(snap),
          commit: () => {
            this.loaded = { ...(this.loaded ?? {}), ...snap };
            this.nulled = t === null;
          },
        };
      },
    });
    return this;
  }

  get isNullObject(): boolean {
    if (!this.loaded) throw new Error(`PropertyNotLoaded: ${this.kind}.isNullObject (load and sync first)`);
    return this.nulled;
  }

  protected read<V>(prop: string): V {
    if (!this.loaded || !(prop in this.loaded)) throw new Error(`PropertyNotLoaded: ${this.kind}.${prop}`);
    return this.loaded[prop] as V;
  }

  /** Values loaded under a child path, for a child proxy. */
  protected below(prefix: string): Record<string, unknown> | undefined {
    if (!this.loaded) return undefined;
    const out: Record<string, unknown> = {};
    let any = false;
    for (const [k, v] of Object.entries(this.loaded)) {
      if (k === `${prefix}/isNullObject`) {
        out.isNullObject = v;
        any = true;
      } else if (k.startsWith(`${prefix}/`)) {
        out[k.slice(prefix.length + 1)] = v;
        any = true;
      }
    }
    return any ? out : undefined;
  }

  /** Queues a command on the target; fails with ItemNotFound when the target does not exist when it runs. */
  protected command(at: string, set: string | undefined, bytes: number, run: (t: T) => void): void {
    this.ctx.queue({
      at,
      set,
      bytes,
      run: () => {
        const t = this.target();
        if (t === undefined || t === null) throw new Refusal(t === null ? 'InvalidArgument' : 'ItemNotFound');
        run(t);
      },
    });
  }
}

/** A value Word returns from a method (ClientResult): readable after the sync. */
export class FakeResult<V> {
  private v: { value: V } | undefined;
  constructor(ctx: FakeContext, at: string, set: string | undefined, bytes: number, compute: () => V) {
    ctx.queue({
      at,
      set,
      bytes,
      run: () => {
        const value = compute();
        return { bytes: sizeOf(value), commit: () => (this.v = { value }) };
      },
    });
  }
  get value(): V {
    if (!this.v) throw new Error('PropertyNotLoaded: ClientResult.value (sync first)');
    return this.v.value;
  }
}
