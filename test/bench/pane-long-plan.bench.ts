// The pane on a 300-page plan (about 320,000 words) in headless Chromium, built for production as Word loads it:
// the longest task the page's main thread runs during a check, against a budget. A longer task is a pane that does
// not answer the author's click or keystroke for that long.
// Measured in CPU time, from Chromium's trace: on this shared machine a task's wall time is mostly the time other
// processes had the CPU (a 20 ms task often takes 400 ms of wall time under load), which says nothing about the
// pane. The wall-time long tasks the page itself reports (PerformanceObserver) are printed beside it. The check runs
// several times on fresh pages and the best run is kept.
import type { Browser, Page } from 'playwright-core';
import { openDemo, pane } from '../browser/pane-support';
import { growDemo } from '../browser/pane-long-plan';
import { start, type Session } from '../browser/harness';
import { buildPane } from './pane-build';

const BUDGET_MS = 200;
const RUNS = 3;

interface Figures {
  words: number;
  firstResultsMs: number;
  wholeMs: number;
  /** CPU time of each task of the page's main thread over 50 ms, in ms. */
  longCpu: number[];
  /** CPU time of all the main thread's tasks during the check, in ms. */
  mainCpu: number;
  /** Wall time of the long tasks the page reported, in ms. */
  longWall: number[];
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { message?: string } };
}

const END = 'jalon-bench-end';

/**
 * The top-level tasks of renderer main threads (CPU time in ms) that ended before the page stamped END: stopping
 * the trace makes the renderer flush it in a task of its own (150 ms of CPU), which is not the pane's.
 */
function mainThreadTasks(trace: Buffer): number[] {
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const end = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === END)?.ts;
  if (end === undefined) throw new Error(`the trace has no ${END} stamp`);
  return events
    .filter(
      (e) =>
        e.ph === 'X' &&
        e.name === 'ThreadControllerImpl::RunTask' &&
        main.has(`${e.pid}:${e.tid}`) &&
        e.ts + (e.dur ?? 0) < end,
    )
    .map((e) => (e.tdur ?? 0) / 1000);
}

async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
}

async function measure(s: Session): Promise<Figures> {
  const page = await openDemo(s, { lang: 'fr' });
  const browser: Browser = s.browser;
  try {
    const { words } = await growDemo(page);
    await watchLongTasks(page);
    const p = pane(page);
    // toplevel: every task with its CPU time; devtools.timeline: the page's console.timeStamp.
    await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
    const t0 = Date.now();
    await p.getByRole('button', { name: 'Vérifier le document' }).click();
    // Waited for with plain DOM queries every 100 ms: Playwright's role locators walk the whole pane for each try
    // (150 ms of the page's CPU on a 300-page plan's results), which would be measured as the pane's.
    await page.waitForFunction(() => document.querySelector('section[aria-label] button[aria-expanded]'), null, {
      polling: 100,
      timeout: 60_000,
    });
    const firstResultsMs = Date.now() - t0;
    await page.waitForFunction(
      () =>
        Array.from(document.querySelectorAll<HTMLButtonElement>('[data-jalon-pane] button')).some(
          (b) => b.textContent === 'Revérifier' && !b.disabled,
        ),
      null,
      { polling: 100, timeout: 120_000 },
    );
    const wholeMs = Date.now() - t0;
    await page.waitForTimeout(300); // the last highlights and the paint after them
    await page.evaluate((end) => console.timeStamp(end), END);
    const tasks = mainThreadTasks(await browser.stopTracing());
    const longWall = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    return {
      words,
      firstResultsMs,
      wholeMs,
      longCpu: tasks.filter((ms) => ms > 50),
      mainCpu: tasks.reduce((a, b) => a + b, 0),
      longWall,
    };
  } finally {
    await page.context().close();
  }
}

const longest = (ms: number[]): number => Math.round(Math.max(0, ...ms));

export async function run(): Promise<boolean> {
  // PANE_BUILD=<folder> measures a build made beforehand (to compare two versions of the pane) instead of building.
  const given = process.env.PANE_BUILD;
  const build = given ? { dir: given, remove: () => undefined } : await buildPane();
  const s = await start(build.dir);
  try {
    const runs: Figures[] = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await measure(s);
      runs.push(r);
      console.log(
        `run ${i + 1}: ${r.words.toLocaleString('en-US')} words; first results after ${r.firstResultsMs} ms, whole ` +
          `check ${r.wholeMs} ms (main thread busy ${Math.round(r.mainCpu)} ms of CPU); tasks over 50 ms of CPU: ` +
          `${r.longCpu.length}, longest ${longest(r.longCpu)} ms; long tasks in wall time: ${r.longWall.length}, ` +
          `longest ${longest(r.longWall)} ms`,
      );
    }
    const best = Math.min(...runs.map((r) => longest(r.longCpu)));
    console.log(
      `longest main-thread task (CPU time, best of ${RUNS} runs): ${best} ms, budget ${BUDGET_MS} ms: ` +
        `${(best / BUDGET_MS).toFixed(2)} of the budget`,
    );
    return best <= BUDGET_MS;
  } finally {
    await s.close();
    build.remove();
  }
}
