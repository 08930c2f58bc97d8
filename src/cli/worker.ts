// A reader thread's side of the pool (pool.ts): it reads drafts, nothing else (its script is reader.ts).
import { isMainThread, parentPort } from 'node:worker_threads';
import { ReadError } from './docx/zip';
import type { ReadErrorCode } from './i18n';
import { readDraft, type Draft } from './input';

export interface Job {
  index: number;
  file: string;
}

export type ReadFailure = { ok: false; code: ReadErrorCode; detail?: string; where?: { part: string; line: number }; message?: string };

/** A draft as read by a worker: .docx paragraphs (the source is rebuilt from them here), or a text file's source. */
export type WireDraft = Pick<Draft, 'file' | 'kind'> & ({ paragraphs: NonNullable<Draft['paragraphs']> } | { source: Draft['source'] });
export type ReadOutcome = { ok: true; draft: WireDraft } | ReadFailure;

export function failure(e: unknown): ReadFailure {
  if (e instanceof ReadError) return { ok: false, code: e.code, where: e.where };
  return { ok: false, code: 'unknown', message: (e as Error).message };
}

function readForWire(file: string): ReadOutcome {
  try {
    const { kind, source, paragraphs } = readDraft(file);
    return { ok: true, draft: paragraphs ? { file, kind, paragraphs } : { file, kind, source } };
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
