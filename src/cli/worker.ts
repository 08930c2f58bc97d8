// A reader thread's side of the pool (pool.ts): it reads drafts, nothing else (its script is reader.ts).
import { isMainThread, parentPort } from 'node:worker_threads';
import { ReadError } from './docx/zip';
import type { ReadErrorCode } from './i18n';
import { readDraftFile, type ReadDraft } from './input';

export interface Job {
  index: number;
  file: string;
}

export type ReadFailure = {
  ok: false;
  code: ReadErrorCode;
  detail?: string;
  where?: { part: string; line: number };
  message?: string;
};

export type ReadOutcome = { ok: true; draft: ReadDraft } | ReadFailure;

export function failure(e: unknown): ReadFailure {
  if (e instanceof ReadError) return { ok: false, code: e.code, where: e.where };
  return { ok: false, code: 'unknown', message: (e as Error).message };
}

function readForWire(file: string): ReadOutcome {
  try {
    return { ok: true, draft: readDraftFile(file) };
  } catch (e) {
    return failure(e);
  }
}

/** Answers each file path with the draft read. Returns false on the main thread. */
export function serveWorker(): boolean {
  if (isMainThread || !parentPort) return false;
  const port = parentPort;
  port.on('message', (job: Job) => port.postMessage(readForWire(job.file)));
  return true;
}
