// Size of the task pane as Word downloads it: a production build into a temporary folder (dist/ is left alone),
// gzipped. The initial script must stay small; the engagement pass (with the earlier-plans corpus) loads
// afterwards in a Web Worker, so it is reported apart.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import webpack from 'webpack';

const INITIAL_BUDGET_KB = 200; // gzipped taskpane.js: React, the Fluent UI parts in use, i18next and the text rules

export async function run(): Promise<boolean> {
  const out = mkdtempSync(join(tmpdir(), 'jalon-bundle-'));
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const configOf = require(join(__dirname, '..', '..', 'webpack.config.js')) as (
      env: unknown,
      argv: { mode: string },
    ) => webpack.Configuration;
    const config = configOf({}, { mode: 'production' });
    config.output = { ...config.output, path: out, clean: true };
    await new Promise<void>((resolve, reject) =>
      webpack(config, (err, stats) =>
        err || stats?.hasErrors() ? reject(err ?? new Error(stats!.toString('errors-only'))) : resolve(),
      ),
    );
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
    rmSync(out, { recursive: true, force: true });
  }
}
