// A reader thread's side of the pool (pool.ts): it reads drafts and runs their text checks (its script is
// reader.ts), while the main thread does the plan half and the reports.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { detectLanguage, type AnalyzeOptions, type Lang, type SourceText } from '../core';
import { ReadError } from './read/error';
import type { ReadErrorCode } from './i18n';
import { collect, completeDraft, readDraftFile, type ReadDraft } from './input';
import { textHalf, type TextHalf } from './review';
import { draftPaths, type ReaderData } from './threads';

export interface Job {
  index: number;
  file: string;
}

/**
 * A reader's first message: the analysis options. Sent once, not with every file, so that the rules compiled
 * from a house-rules file are compiled once per thread (they are kept for the options object they came from).
 */
export interface Setup {
  options: AnalyzeOptions;
}

export type ReadFailure = {
  ok: false;
  code: ReadErrorCode;
  detail?: string;
  where?: { part: string; line: number };
  message?: string;
};

/**
 * A reader answers each file in two messages: the draft read and its language (or why it could not be read), then
 * its text checks. The main thread starts the plan half, which needs only the first, while the second is made.
 */
export type ReadOutcome = { ok: true; draft: ReadDraft; lang: Lang } | ReadFailure;
export type TextOutcome = { ok: true; text: TextHalf } | ReadFailure;

export function failure(e: unknown): ReadFailure {
  if (e instanceof ReadError) return { ok: false, code: e.code, where: e.where };
  return { ok: false, code: 'unknown', message: (e as Error).message };
}

/** A file's paragraphs as read, or what the reading threw. */
export type EarlyRead = { draft: ReadDraft } | { error: unknown };

export function readEarly(file: string): EarlyRead {
  try {
    return { draft: readDraftFile(file) };
  } catch (error) {
    return { error };
  }
}

/** A file read (or taken as `early` read it), and its language. */
export function readForWire(
  file: string,
  options: AnalyzeOptions,
  early?: EarlyRead,
): { read: ReadOutcome; source?: SourceText } {
  try {
    if (early && 'error' in early) throw early.error;
    const draft = early ? early.draft : readDraftFile(file);
    // The source is built again on the other side: sending it too would double the message.
    const source = completeDraft(draft).source;
    return { read: { ok: true, draft, lang: options.lang ?? detectLanguage(source.text, options.messages) }, source };
  } catch (e) {
    return { read: failure(e) };
  }
}

/** The text checks of a draft read. */
export function textForWire(source: SourceText, lang: Lang, options: AnalyzeOptions): TextOutcome {
  try {
    return { ok: true, text: textHalf(source, { ...options, lang }) };
  } catch (e) {
    return failure(e);
  }
}

/**
 * The first draft the command will hand out, guessed from its arguments (`draftPaths`, then the same walk of folders
 * as the main thread's), or undefined.
 */
export function firstDraft(argv: readonly string[]): string | undefined {
  const paths = draftPaths(argv);
  try {
    return paths.length ? collect(paths).files[0] : undefined;
  } catch {
    return undefined; // a guess: the main thread's own walk says what is wrong
  }
}

/**
 * Answers each file path with the draft read, then its text half. Returns false on the main thread. A reader the
 * executable started ahead (given the command's arguments) reads the first draft while nothing is asked of it yet:
 * the main thread is still loading the command line, and its first plan half waits for that draft (a cold read,
 * the slowest of the batch). The draft read is kept for a request of that same path only, and taken once.
 */
export function serveWorker(): boolean {
  if (isMainThread || !parentPort) return false;
  const port = parentPort;
  let options: AnalyzeOptions = {};
  let asked = false;
  const early = new Map<string, EarlyRead>();
  port.on('message', (message: Setup | Job) => {
    asked = true;
    if ('options' in message) options = message.options;
    else {
      const ahead = early.get(message.file);
      early.clear(); // the first request ends the guess, right or wrong
      const { read, source } = readForWire(message.file, options, ahead);
      port.postMessage(read);
      if (read.ok) port.postMessage(textForWire(source!, read.lang, options));
    }
  });
  const argv = (workerData as ReaderData | undefined)?.argv;
  if (argv)
    // After the messages already there: a request that came first is answered as ever.
    setImmediate(() => {
      if (asked) return;
      const file = firstDraft(argv);
      if (file !== undefined) early.set(file, readEarly(file));
    });
  return true;
}
