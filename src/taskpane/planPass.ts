// Runs the whole-plan pass in a Web Worker where the page can start one, else inline (tests, old hosts).
import type { PlanCache } from '../core/plan';
import type { Commitment, Finding, Lang, ParagraphInput } from '../core';
import { createPlanWorker } from './planWorkerFactory';

export interface PlanRequest {
  id: number;
  paragraphs: ParagraphInput[];
  /** The rules' language (the document's) and the messages' (the pane's). */
  lang: Lang;
  messages: Lang;
}
/** Two answers per request: the commitments as soon as they are read, then the plan checks' findings. */
export type PlanResponse =
  { id: number; commitments: Commitment[] } | { id: number; findings: Finding[] } | { id: number; error: string };

/**
 * A plan pass under way: the commitments come first, so that the pane places its text findings in the plan
 * while the plan checks (missing fields, copies) still run; their findings come after.
 */
export interface PlanRun {
  commitments: Promise<Commitment[]>;
  findings: Promise<Finding[]>;
}

export type PlanPass = ((paragraphs: ParagraphInput[], lang: Lang, messages?: Lang) => PlanRun) & {
  /** Runs beside the pane's thread (a worker): the pane starts it first and checks the text meanwhile. */
  concurrent?: boolean;
};

/** A run from one promise of the whole result (the inline pass, a test's). */
export function planRunOf(result: Promise<{ commitments: Commitment[]; findings: Finding[] }>): PlanRun {
  return { commitments: result.then((r) => r.commitments), findings: result.then((r) => r.findings) };
}

// Made with the plan half, when it first loads: the cache's code (shingles, sentences) belongs to that half.
let inlineCache: PlanCache | undefined;

export const inlinePlanPass: PlanPass = (paragraphs, lang, messages = lang) =>
  planRunOf(
    // Loaded on demand: the worker has its own copy, so the pane's main bundle need not carry the corpus.
    import('../core/plan').then(({ planPass, PlanCache }) => {
      inlineCache ??= new PlanCache();
      return planPass(paragraphs, { lang, messages, planCache: inlineCache });
    }),
  );

interface Waiting {
  commitments: Deferred<Commitment[]>;
  findings: Deferred<Finding[]>;
}
interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: Error) => void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

let worker: Worker | undefined;
let failed = false;
let nextId = 1;
const waiting = new Map<number, Waiting>();

function startWorker(): Worker | undefined {
  if (worker || failed) return worker;
  try {
    worker = createPlanWorker();
    worker.onmessage = (e: MessageEvent<PlanResponse>) => {
      const w = waiting.get(e.data.id);
      if (!w) return;
      if ('commitments' in e.data) {
        w.commitments.resolve(e.data.commitments);
        return;
      }
      waiting.delete(e.data.id);
      if ('error' in e.data) {
        const error = new Error(e.data.error);
        w.commitments.reject(error);
        w.findings.reject(error);
      } else w.findings.resolve(e.data.findings);
    };
    worker.onerror = () => {
      // A worker that cannot load (a strict policy, an old host): fall back to the inline pass for good.
      failed = true;
      worker = undefined;
      for (const w of waiting.values()) {
        w.commitments.reject(new Error('worker failed'));
        w.findings.reject(new Error('worker failed'));
      }
      waiting.clear();
    };
  } catch {
    failed = true;
    worker = undefined;
  }
  return worker;
}

export const workerPlanPass: PlanPass = (paragraphs, lang, messages = lang) => {
  const w = typeof Worker !== 'undefined' ? startWorker() : undefined;
  if (!w) return inlinePlanPass(paragraphs, lang, messages);
  const id = nextId++;
  // Only what the core reads crosses over: ids and host details stay here.
  const slim = paragraphs.map(({ text, style, headingLevel, inTable, tags, cell, listLevel }): ParagraphInput => ({
    text,
    style,
    headingLevel,
    inTable,
    tags,
    // A table's rows and columns and a list's levels are how the core reads milestone tables and numbered
    // headings: without them the worker read a table as running text where the command line reads its rows.
    ...(cell ? { cell } : {}),
    ...(listLevel !== undefined ? { listLevel } : {}),
  }));
  const run: Waiting = { commitments: deferred(), findings: deferred() };
  waiting.set(id, run);
  w.postMessage({ id, paragraphs: slim, lang, messages } satisfies PlanRequest);
  // A worker that fails mid-way: the inline pass, once, gives both answers (the same text gives the same answer).
  let fallback: PlanRun | undefined;
  const inline = () => (fallback ??= inlinePlanPass(paragraphs, lang, messages));
  return {
    commitments: run.commitments.promise.catch(() => inline().commitments),
    findings: run.findings.promise.catch(() => inline().findings),
  };
};
workerPlanPass.concurrent = true;
