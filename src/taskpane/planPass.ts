// Runs the whole-plan pass in a Web Worker where the page can start one, else inline (tests, old hosts).
import type { PlanCache } from '../core/plan';
import type { Commitment, Finding, Lang, ParagraphInput } from '../core';
import { createPlanWorker } from './planWorkerFactory';

export interface PlanRequest {
  id: number;
  paragraphs: ParagraphInput[];
  lang: Lang;
}
export type PlanResponse =
  { id: number; commitments: Commitment[]; findings: Finding[] } | { id: number; error: string };

export type PlanPass = ((
  paragraphs: ParagraphInput[],
  lang: Lang,
) => Promise<{ commitments: Commitment[]; findings: Finding[] }>) & {
  /** Runs beside the pane's thread (a worker): the pane starts it first and checks the text meanwhile. */
  concurrent?: boolean;
};

// Made with the plan half, when it first loads: the cache's code (shingles, sentences) belongs to that half.
let inlineCache: PlanCache | undefined;

export const inlinePlanPass: PlanPass = async (paragraphs, lang) => {
  // Loaded on demand: the worker has its own copy, so the pane's main bundle need not carry the corpus.
  const { planPass, PlanCache } = await import('../core/plan');
  inlineCache ??= new PlanCache();
  return planPass(paragraphs, { lang, planCache: inlineCache });
};

let worker: Worker | undefined;
let failed = false;
let nextId = 1;
const waiting = new Map<
  number,
  { resolve: (r: { commitments: Commitment[]; findings: Finding[] }) => void; reject: (e: Error) => void }
>();

function startWorker(): Worker | undefined {
  if (worker || failed) return worker;
  try {
    worker = createPlanWorker();
    worker.onmessage = (e: MessageEvent<PlanResponse>) => {
      const w = waiting.get(e.data.id);
      if (!w) return;
      waiting.delete(e.data.id);
      if ('error' in e.data) w.reject(new Error(e.data.error));
      else w.resolve(e.data);
    };
    worker.onerror = () => {
      // A worker that cannot load (a strict policy, an old host): fall back to the inline pass for good.
      failed = true;
      worker = undefined;
      for (const w of waiting.values()) w.reject(new Error('worker failed'));
      waiting.clear();
    };
  } catch {
    failed = true;
    worker = undefined;
  }
  return worker;
}

export const workerPlanPass: PlanPass = (paragraphs, lang) => {
  const w = typeof Worker !== 'undefined' ? startWorker() : undefined;
  if (!w) return inlinePlanPass(paragraphs, lang);
  const id = nextId++;
  // Only what the core reads crosses over: ids and host details stay here.
  const slim = paragraphs.map(({ text, style, headingLevel, inTable, tags }) => ({
    text,
    style,
    headingLevel,
    inTable,
    tags,
  }));
  return new Promise<{ commitments: Commitment[]; findings: Finding[] }>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    w.postMessage({ id, paragraphs: slim, lang } satisfies PlanRequest);
  }).catch(() => inlinePlanPass(paragraphs, lang));
};
workerPlanPass.concurrent = true;
