// Reviewing many drafts on several cores. Worker threads read the drafts (unzip, XML check and parse, paragraphs)
// and run their text half (language, text checks), while this thread runs the plan half, assembles, reports and
// keeps the reports' order. Why this split: every thread that runs a piece of the engine pays for loading it and
// for V8's warm-up of its code (about as much CPU as reviewing twenty drafts), so each piece runs on one thread
// only; and reading plus the text checks weigh about what the plan pass and the reports weigh (on the bench's 50
// drafts: about 1.3 s of CPU on the reader thread, 1.8 s here; with reading alone there, 1.0 and 2.3 s). Only
// small data crosses threads: a file path goes in, the paragraphs and the text findings come back (structured
// clone).
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { prepareShippedCorpus, ruleEnabled, type AnalyzeOptions, type Lang, type PlanResult } from '../core';
import { completeDraft, readDraft, type Draft, type ReadDraft } from './input';
import { planHalf, reviewDraft, reviewOfHalves, type FileReview } from './review';
import { loadRules } from './rules';
import { startReader, type WorkerScript } from './threads';
import { failure, type Job, type ReadFailure, type ReadOutcome, type Setup, type TextOutcome } from './worker';

export type FileOutcome = { ok: true; review: FileReview } | ReadFailure;

export function defaultJobs(files: number): number {
  return Math.max(1, Math.min(availableParallelism(), files));
}

export function analyzeOptionsFor(setup: {
  lang?: Lang;
  rules?: string;
  uiLang: Lang;
  /** Where the house rules' warnings go (a line each): the command's stderr. */
  warn: (line: string) => void;
}): AnalyzeOptions {
  const options: AnalyzeOptions = {};
  if (setup.lang) options.lang = setup.lang;
  if (setup.rules) Object.assign(options, loadRules(setup.rules, setup.uiLang, setup.warn));
  return options;
}

/** Whether the plan half compares commitments with the earlier plans Jalon ships (unless house rules turn copies off). */
export function comparesWithShippedCorpus(options: AnalyzeOptions): boolean {
  return options.earlierPlans === undefined && ruleEnabled(options.houseRules, 'duplicate');
}

/** Reads and analyses one file; a file that cannot be read is an outcome, not an exception. */
export function reviewFile(file: string, options: AnalyzeOptions): FileOutcome {
  try {
    return { ok: true, review: reviewDraft(readDraft(file), options) };
  } catch (e) {
    return failure(e);
  }
}

/** A draft read by a worker: its plan half is done here as soon as it comes, its text half when the worker sends it. */
interface Read {
  job: Job;
  draft: ReadDraft;
  lang: Lang;
  plan?: { draft: Draft; plan: PlanResult } | ReadFailure;
  text?: TextOutcome;
}

function planRead(r: Read, options: AnalyzeOptions): Read['plan'] {
  try {
    const draft = completeDraft(r.draft);
    return { draft, plan: planHalf(draft, r.lang, options) };
  } catch (e) {
    return failure(e);
  }
}

/** The review of a draft whose halves are both done (or why there is none). */
function finishRead(r: Read, options: AnalyzeOptions): FileOutcome {
  const { plan, text } = r;
  if (!plan || !text) throw new Error('a half is missing');
  if ('ok' in plan) return plan;
  if (!text.ok) return text;
  try {
    return { ok: true, review: reviewOfHalves(plan.draft, text.text, plan.plan, options) };
  } catch (e) {
    return failure(e);
  }
}

/** Files handed to a worker ahead of time, so that it never waits for this thread between two files. */
const QUEUE_DEPTH = 2;
/** Drafts read but not analysed yet, at most, per worker: readers faster than the analysis must not fill memory. */
const READ_AHEAD = 4;

/**
 * Reviews `files` with `jobs - 1` reader workers and this thread, which finishes the analysis of what they read (and reads
 * itself only when no worker is left, or once one has died). `onOutcome` is called once per file, in the order
 * of `files`, as soon as that file and all before it are done; `onProgress` as each file finishes (any order).
 */
export async function reviewInPool(
  files: readonly string[],
  options: AnalyzeOptions,
  script: WorkerScript,
  jobs: number,
  onOutcome: (index: number, outcome: FileOutcome) => void,
  onProgress: (done: number, file: string) => void,
): Promise<void> {
  const outcomes: (FileOutcome | undefined)[] = new Array(files.length);
  const retry: Job[] = []; // files a dead worker had queued but not started
  const read: Read[] = []; // read by a worker, waiting for their plan half or their text half
  let next = 0; // next file to hand out
  let flushed = 0; // files already passed to onOutcome
  let done = 0;
  let wake: (() => void) | undefined;
  const workers = new Map<Worker, Job[]>(); // each worker's queue, in the order it answers
  let troubled = false; // a worker died: this thread reads too, whatever becomes of the others
  const workerCount = Math.min(jobs, files.length) - 1;

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
  };
  const signal = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const feedAll = () => {
    for (const [worker, queue] of workers) {
      let inFlight = read.length;
      for (const q of workers.values()) inFlight += q.length;
      while (queue.length < QUEUE_DEPTH && inFlight < READ_AHEAD * workerCount) {
        const job = take();
        if (!job) break;
        queue.push(job);
        inFlight += 1;
        worker.postMessage(job);
      }
      if (queue.length === 0 && next >= files.length && !retry.length) {
        workers.delete(worker);
        void worker.terminate();
      }
    }
  };

  const start = () => {
    const reader = script.started?.shift() ?? startReader(script);
    const worker = reader.worker;
    const queue: Job[] = [];
    let reading: Read | undefined; // the draft this worker sent, whose text half comes next
    workers.set(worker, queue);
    worker.postMessage({ options } satisfies Setup);
    worker.on('message', (outcome: ReadOutcome | TextOutcome) => {
      if (reading) {
        // A job leaves the worker's queue with its last message.
        reading.text = outcome as TextOutcome;
        reading = undefined;
        queue.shift();
      } else if (outcome.ok) {
        const { draft, lang } = outcome as Extract<ReadOutcome, { ok: true }>;
        read.push((reading = { job: queue[0], draft, lang }));
      } else settle(queue.shift()!, outcome);
      feedAll();
      signal();
    });
    // A worker that dies (out of memory on a huge file...) fails the file it was reading only; the files it
    // had queued go back to the others, and a new worker takes its place.
    const lost = (message: string) => {
      if (!workers.delete(worker)) return;
      troubled = true;
      const [current, ...waiting] = queue.splice(0);
      retry.push(...waiting);
      // A draft read whose text half will not come fails with the worker, as one still being read.
      if (reading) reading.text = { ok: false, code: 'unknown', message };
      else if (current) settle(current, { ok: false, code: 'unknown', message });
      if (retry.length || next < files.length) start();
      feedAll();
      signal();
    };
    worker.on('error', (e) => lost(e.message));
    worker.on('exit', (code) => lost(`worker exited (${code})`));
    if (reader.ended) lost(reader.ended); // started early, and gone before it was needed
  };

  for (let i = 0; i < workerCount; i++) start();
  feedAll();
  // Nothing to do here until a reader sends its first draft (0.1-0.3 s on a cold start): meanwhile, the work the
  // first plan half would do before comparing a commitment with earlier plans.
  if (comparesWithShippedCorpus(options)) prepareShippedCorpus();
  while (done < files.length) {
    // A draft whose halves are both done is finished first; else the plan half of one just read is started.
    const ready = read.findIndex((r) => r.plan && r.text);
    const fresh = ready < 0 ? read.find((r) => !r.plan) : undefined;
    if (ready >= 0) settle(read[ready].job, finishRead(read.splice(ready, 1)[0], options));
    else if (fresh) fresh.plan = planRead(fresh, options);
    else if (read.length) {
      await new Promise<void>((resolve) => (wake = resolve)); // their text halves are being checked
      continue;
    } else {
      // This thread reads only when no worker is left or one has died: reading here too would make it warm up
      // the reader as well, and the analysis it delays is the longer part (measured: 4 % slower, 10 % more CPU).
      const job = workers.size > 0 && !troubled ? undefined : take();
      if (job) settle(job, reviewFile(job.file, options));
      else {
        await new Promise<void>((resolve) => (wake = resolve)); // the rest is being read
        continue;
      }
    }
    feedAll();
    await new Promise((resolve) => setImmediate(resolve)); // let the workers' answers in
  }
  for (const worker of workers.keys()) void worker.terminate();
  workers.clear();
}
