// A reader thread's side of the pool (pool.ts): it reads drafts and runs their text checks (its script is
// reader.ts), while the main thread does the plan half and the reports.
import { isMainThread, parentPort } from 'node:worker_threads';
import { detectLanguage, type AnalyzeOptions, type Lang, type SourceText } from '../core';
import { ReadError } from './read/error';
import type { ReadErrorCode } from './i18n';
import { completeDraft, readDraftFile, type ReadDraft } from './input';
import { textHalf, type TextHalf } from './review';

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

/** A file read, and its language. */
export function readForWire(file: string, options: AnalyzeOptions): { read: ReadOutcome; source?: SourceText } {
  try {
    const draft = readDraftFile(file);
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

/** Answers each file path with the draft read, then its text half. Returns false on the main thread. */
export function serveWorker(): boolean {
  if (isMainThread || !parentPort) return false;
  const port = parentPort;
  let options: AnalyzeOptions = {};
  port.on('message', (message: Setup | Job) => {
    if ('options' in message) options = message.options;
    else {
      const { read, source } = readForWire(message.file, options);
      port.postMessage(read);
      if (read.ok) port.postMessage(textForWire(source!, read.lang, options));
    }
  });
  return true;
}
