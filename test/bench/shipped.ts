// The engine as it ships: the pane and the command line run it bundled (webpack), not through tsx, whose
// per-file module wrappers turn every imported binding into a getter call and name every closure (about 15%
// on the engine). The bench bundles the core the same way (one file, no name-keeping) and times that.
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export type Core = typeof import('./core-entry');

/** Bundles `entry` (a .ts file beside this one) into a temporary CommonJS file and returns its path. */
export function bundle(entry: string): string {
  const outfile = join(mkdtempSync(join(tmpdir(), 'jalon-bench-')), `${entry.replace(/\.ts$/, '')}.cjs`);
  buildSync({
    entryPoints: [join(__dirname, entry)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

/** Removes a bundle made by `bundle` (once it is loaded). */
export function removeBundle(file: string): void {
  rmSync(dirname(file), { recursive: true, force: true });
}

export function shippedCore(): Core {
  const file = bundle('core-entry.ts');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const core = require(file) as Core;
  removeBundle(file);
  return core;
}
