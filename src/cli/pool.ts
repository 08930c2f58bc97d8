// Reviewing many drafts on every core: a pool of worker_threads, each reading and analysing whole files.
// Only small data crosses threads: a file path goes in, the FileReview the reports need comes back (plain
// data: structured clone). Results are handed back in the order of the files, whatever order they finish in.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { AnalyzeOptions, Lang } from '../core';
import { ReadError } from './docx/zip';
import type { ReadErrorCode } from './i18n';
import { readDraft } from './input';
import { reviewDraft, type FileReview } from './review';
import { loadRules } from './rules';

/** The script a worker runs: the bundled CLI itself (dist/cli/jalon.cjs serves as a worker off the main thread). */
export interface WorkerScript {
  file: string;
  execArgv?: string[];
}

/** What a worker needs to build the same analysis options as the main thread (a rules file is re-read there). */
export interface WorkerSetup {
  lang?: Lang;
  rules?: string;
  uiLang: Lang;
}

export type FileOutcome =
  | { ok: true; review: FileReview }
  | { ok: false; code: ReadErrorCode; detail?: string; where?: { part: string; line: number }; message?: string };

interface Job {
  index: number;
  file: string;
}

export function defaultJobs(files: number): number {
  return Math.max(1, Math.min(availableParallelism(), files));
}

export function analyzeOptionsFor(setup: WorkerSetup): AnalyzeOptions {
  const options: AnalyzeOptions = {};
  if (setup.lang) options.lang = setup.lang;
  if (setup.rules) Object.assign(options, loadRules(setup.rules, setup.uiLang));
  return options;
}

/** Reads and analyses one file; a file that cannot be read is an outcome, not an exception. */
export function reviewFile(file: string, options: AnalyzeOptions): FileOutcome {
  try {
    return { ok: true, review: reviewDraft(readDraft(file), options) };
  } catch (e) {
    if (e instanceof ReadError) return { ok: false, code: e.code, where: e.where };
    return { ok: false, code: 'unknown', message: (e as Error).message };
  }
}

/**
 * Reviews `files` on `jobs` workers. `onOutcome` is called once per file, in the order of `files`, as soon as
 * that file and all before it are done; `onProgress` as each file finishes (any order).
 */
export function reviewInPool(
  files: readonly string[],
  setup: WorkerSetup,
  script: WorkerScript,
  jobs: number,
  onOutcome: (index: number, outcome: FileOutcome) => void,
  onProgress: (done: number, file: string) => void,
): Promise<void> {
  return new Promise((resolve) => {
    const outcomes: (FileOutcome | undefined)[] = new Array(files.length);
    let next = 0; // next file to hand out
    let flushed = 0; // files already passed to onOutcome
    let done = 0;
    const workers = new Set<Worker>();
    const finish = () => {
      for (const w of workers) void w.terminate();
      workers.clear();
      resolve();
    };
    const settle = (job: Job, outcome: FileOutcome) => {
      outcomes[job.index] = outcome;
      done += 1;
      onProgress(done, job.file);
      while (flushed < files.length && outcomes[flushed]) {
        onOutcome(flushed, outcomes[flushed]!);
        outcomes[flushed] = undefined; // released as soon as reported
        flushed += 1;
      }
      if (done === files.length) finish();
    };
    const start = () => {
      const worker = new Worker(script.file, { workerData: setup, execArgv: script.execArgv ?? [], stdout: false, stderr: false });
      workers.add(worker);
      let current: Job | undefined;
      const feed = () => {
        if (next >= files.length) {
          current = undefined;
          workers.delete(worker);
          void worker.terminate();
          return;
        }
        current = { index: next, file: files[next] };
        next += 1;
        worker.postMessage(current);
      };
      worker.on('message', (outcome: FileOutcome) => {
        const job = current!;
        feed();
        settle(job, outcome);
      });
      // A worker that dies (out of memory on a huge file...) fails its file only; another one takes over.
      const lost = (message: string) => {
        if (!workers.delete(worker)) return;
        const job = current;
        current = undefined;
        if (job) settle(job, { ok: false, code: 'unknown', message });
        if (done < files.length && next < files.length) start();
      };
      worker.on('error', (e) => lost(e.message));
      worker.on('exit', (code) => lost(`worker exited (${code})`));
      feed();
    };
    if (files.length === 0) return resolve();
    for (let i = 0; i < Math.min(jobs, files.length); i++) start();
  });
}

/** The worker side: answers each file path with its outcome. Returns false on the main thread. */
export function serveWorker(): boolean {
  if (isMainThread || !parentPort) return false;
  const port = parentPort;
  const options = analyzeOptionsFor(workerData as WorkerSetup);
  port.on('message', (job: Job) => port.postMessage(reviewFile(job.file, options)));
  return true;
}
