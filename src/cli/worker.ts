// A reader thread's side of the pool (pool.ts): it reads drafts and runs their text checks (its script is
// reader.ts), while the main thread does the plan half and the reports.
import { isMainThread, parentPort } from 'node:worker_threads';
import type { AnalyzeOptions } from '../core';
import { ReadError } from './docx/zip';
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

export type ReadOutcome = { ok: true; draft: ReadDraft; text: TextHalf } | ReadFailure;

export function failure(e: unknown): ReadFailure {
  if (e instanceof ReadError) return { ok: false, code: e.code, where: e.where };
  return { ok: false, code: 'unknown', message: (e as Error).message };
}

/** A file read and its text checked; the source is built again on the other side (sending it would double the message). */
export function readForWire(file: string, options: AnalyzeOptions): ReadOutcome {
  try {
    const draft = readDraftFile(file);
    return { ok: true, draft, text: textHalf(completeDraft(draft).source, options) };
  } catch (e) {
    return failure(e);
  }
}

/** Answers each file path with the draft read and its text half. Returns false on the main thread. */
export function serveWorker(): boolean {
  if (isMainThread || !parentPort) return false;
  const port = parentPort;
  let options: AnalyzeOptions = {};
  port.on('message', (message: Setup | Job) => {
    if ('options' in message) options = message.options;
    else port.postMessage(readForWire(message.file, options));
  });
  return true;
}
