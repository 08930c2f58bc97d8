// The engine as it ships: the pane and the command line run it bundled (webpack), not through tsx, whose
// per-file module wrappers turn every imported binding into a getter call and name every closure (about 15%
// on the engine). The bench bundles the core the same way (one file, no name-keeping) and times that.
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

export type Core = typeof import('./core-entry');

/** Bundles `entry` (a .ts file, its path from this folder) into a temporary CommonJS file and returns its path. */
export function bundle(entry: string): string {
  const outfile = join(mkdtempSync(join(tmpdir(), 'jalon-bench-')), `${basename(entry, '.ts')}.cjs`);
  buildSync({
    entryPoints: [resolve(__dirname, entry)],
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

/** The module `entry` (its path from this folder) as it ships: bundled, loaded, its bundle removed. */
export function shipped<T>(entry: string): T {
  const file = bundle(entry);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(file) as T;
  removeBundle(file);
  return mod;
}

export const shippedCore = (): Core => shipped<Core>('core-entry.ts');
