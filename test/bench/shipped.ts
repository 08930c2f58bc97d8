// The engine as it ships: the pane and the command line run it bundled (webpack), not through tsx, whose
// per-file module wrappers turn every imported binding into a getter call and name every closure (about 15%
// on the engine). The bench bundles the core the same way (one file, no name-keeping) and times that.
import { buildSync } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Core = typeof import('./core-entry');

/** Bundles `entry` (a .ts file beside this one) into a temporary CommonJS file and returns its path. */
export function bundle(entry: string): string {
  const outfile = join(mkdtempSync(join(tmpdir(), 'jalon-bench-')), `${entry.replace(/\.ts$/, '')}.cjs`);
  buildSync({ entryPoints: [join(__dirname, entry)], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'error' });
  return outfile;
}

export function shippedCore(): Core {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(bundle('core-entry.ts')) as Core;
}
