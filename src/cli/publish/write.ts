// The site's folder is replaced whole or not at all: the new site is written beside it, then swapped in by two
// renames; a failure before the swap removes the new files and leaves the old site as it was. A folder that is
// not a site Jalon wrote is never replaced (a wrong --out must not delete someone's documents). Only the site's own
// folder is made: the folder it goes in must be there already (a mistyped --out must not make a chain of folders).
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { startWriter, type FileContent } from './writer';

/** The file that says a folder is a site Jalon published. */
export const MARKER = 'plan.json';

export class NotASite extends Error {}

/** The published plan.json of the site in `dir`, if there is one; throws NotASite for a folder with other things. */
export function publishedPlan(dir: string): unknown | undefined {
  if (!existsSync(dir)) return undefined;
  if (!statSync(dir).isDirectory()) throw new NotASite(dir);
  const entries = readdirSync(dir);
  if (entries.length === 0) return undefined;
  try {
    const plan = JSON.parse(readFileSync(join(dir, MARKER), 'utf8')) as { generator?: unknown };
    if (plan?.generator === 'jalon') return plan;
  } catch {
    // no plan.json, or not Jalon's
  }
  throw new NotASite(dir);
}

/** A site being written in a fresh folder beside `dir`, to take its place once whole. */
export interface SiteWrite {
  /** Makes these files (paths inside the site) empty now, ahead of their text; each must then be written. */
  create(paths: readonly string[]): void;
  /** Writes every file, then puts the new folder in `dir`'s place; on a failure, removes it and keeps the old. */
  finish(files: Iterable<readonly [string, FileContent]>): Promise<void>;
  /** Gives up: nothing of the new site is left. */
  abandon(): Promise<void>;
}

/**
 * Starts writing a site to replace `dir`; throws NotASite, before anything is written, for a folder not Jalon's, and
 * the system's error (ENOENT) when the folder `dir` goes in is not there: it is never made.
 */
export function startSite(dir: string): SiteWrite {
  const target = resolve(dir);
  publishedPlan(target); // throws before anything is written
  const parent = dirname(target);
  const fresh = join(parent, `.${basename(target)}.${process.pid}.new`);
  const old = join(parent, `.${basename(target)}.${process.pid}.old`);
  rmSync(fresh, { recursive: true, force: true });
  mkdirSync(fresh); // not recursive: fails where the parent is missing
  const writer = startWriter(fresh);
  return {
    create: (paths) => writer.create(paths),
    async finish(files) {
      try {
        await writer.write(files);
        const hadOld = existsSync(target);
        if (hadOld) renameSync(target, old);
        try {
          renameSync(fresh, target);
        } catch (e) {
          if (hadOld) renameSync(old, target);
          throw e;
        }
        if (hadOld) rmSync(old, { recursive: true, force: true });
      } catch (e) {
        rmSync(fresh, { recursive: true, force: true });
        throw e;
      }
    },
    async abandon() {
      await writer.stop();
      rmSync(fresh, { recursive: true, force: true });
    },
  };
}
