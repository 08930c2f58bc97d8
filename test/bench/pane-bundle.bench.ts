// Size of the task pane as Word downloads it: a production build (pane-build.ts), gzipped. The initial script
// must stay small; the engagement pass (with the earlier-plans corpus) loads afterwards in a Web Worker, so it is
// reported apart.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildPane } from './pane-build';

const INITIAL_BUDGET_KB = 200; // gzipped taskpane.js: React, the Fluent UI parts in use, i18next and the text rules

export async function run(): Promise<boolean> {
  const { dir: out, remove } = await buildPane();
  try {
    const kb = (n: number) => Math.round(n / 102.4) / 10;
    const files = readdirSync(out).filter((f) => f.endsWith('.js') && f !== 'demo.js');
    let initial = 0;
    for (const f of files) {
      const raw = readFileSync(join(out, f));
      const gz = gzipSync(raw, { level: 9 }).length;
      if (f === 'taskpane.js') initial = gz;
      console.log(
        `${f.padEnd(16)} ${String(kb(raw.length)).padStart(8)} KB raw ${String(kb(gz)).padStart(8)} KB gzipped${f === 'taskpane.js' ? ' (initial)' : ' (loaded later)'}`,
      );
    }
    console.log(`initial pane script: ${kb(initial)} KB gzipped, budget ${INITIAL_BUDGET_KB} KB`);
    return initial > 0 && initial / 1024 <= INITIAL_BUDGET_KB;
  } finally {
    remove();
  }
}
