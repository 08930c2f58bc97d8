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

/** Files handed to a worker ahead of time, so that it never waits for the main thread between two files. */
const QUEUE_DEPTH = 2;

/**
 * Reviews `files` on `jobs` threads: this one and `jobs - 1` workers (a thread of its own for each would cost
 * one more engine to load and warm up, for a main thread that would only wait). `onOutcome` is called once per
 * file, in the order of `files`, as soon as that file and all before it are done; `onProgress` as each file
 * finishes (any order).
 */
export async function reviewInPool(
  files: readonly string[],
  options: AnalyzeOptions,
  setup: WorkerSetup,
  script: WorkerScript,
  jobs: number,
  onOutcome: (index: number, outcome: FileOutcome) => void,
  onProgress: (done: number, file: string) => void,
): Promise<void> {
  const outcomes: (FileOutcome | undefined)[] = new Array(files.length);
  const retry: Job[] = []; // files a dead worker had queued but not started
  let next = 0; // next file to hand out
  let flushed = 0; // files already passed to onOutcome
  let done = 0;
  let allDone: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (allDone = resolve));
  const workers = new Set<Worker>();

  const take = (): Job | undefined => {
    if (retry.length) return retry.shift();
    if (next >= files.length) return undefined;
    next += 1;
    return { index: next - 1, file: files[next - 1] };
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
    if (done === files.length) allDone();
  };

  const start = () => {
    const worker = new Worker(script.file, { workerData: setup, execArgv: script.execArgv ?? [], stdout: false, stderr: false });
    workers.add(worker);
    const queue: Job[] = []; // in the order the worker answers them
    const feed = () => {
      while (queue.length < QUEUE_DEPTH) {
        const job = take();
        if (!job) break;
        queue.push(job);
        worker.postMessage(job);
      }
      if (queue.length === 0 && workers.delete(worker)) void worker.terminate();
    };
    worker.on('message', (outcome: FileOutcome) => {
      const job = queue.shift()!;
      feed();
      settle(job, outcome);
    });
    // A worker that dies (out of memory on a huge file...) fails the file it was reading only; the files it
    // had queued go to the others, and a new worker takes its place.
    const lost = (message: string) => {
      if (!workers.delete(worker)) return;
      const [current, ...waiting] = queue.splice(0);
      retry.push(...waiting);
      if (current) settle(current, { ok: false, code: 'unknown', message });
      if (retry.length || next < files.length) start();
    };
    worker.on('error', (e) => lost(e.message));
    worker.on('exit', (code) => lost(`worker exited (${code})`));
    feed();
  };

  if (files.length === 0) return;
  for (let i = 1; i < Math.min(jobs, files.length); i++) start();
  // This thread reviews too, one file at a time, letting the workers' answers in between.
  for (let job = take(); job; job = take()) {
    settle(job, reviewFile(job.file, options));
    await new Promise((resolve) => setImmediate(resolve));
  }
  await finished;
  for (const w of workers) void w.terminate();
  workers.clear();
}

/** The worker side: answers each file path with its outcome. Returns false on the main thread. */
export function serveWorker(): boolean {
  if (isMainThread || !parentPort) return false;
  const port = parentPort;
  const options = analyzeOptionsFor(workerData as WorkerSetup);
  port.on('message', (job: Job) => port.postMessage(reviewFile(job.file, options)));
  return true;
}
