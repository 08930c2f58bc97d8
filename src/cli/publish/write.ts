// The site's folder is replaced whole or not at all: the new site is written beside it, then swapped in by two
// renames; a failure before the swap removes the new files and leaves the old site as it was. A folder that is
// not a site Jalon wrote is never replaced (a wrong --out must not delete someone's documents).
// Files are written by Node's own threads while this one makes the next pages: on a national repository the
// writing (ten thousand files) is as long as the making, and the two then share the machine's cores.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { open, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

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

/** A file's text, or its parts in order (the open data: tens of megabytes, made as they are written). */
export type FileContent = string | Uint8Array | Iterable<string>;

/** How much text of a file given in parts is gathered before it is written (in characters). */
const CHUNK = 1 << 20;

async function writeParts(file: string, parts: Iterable<string>): Promise<void> {
  const handle = await open(file, 'w');
  try {
    const write = async (text: string) => {
      const bytes = Buffer.from(text, 'utf8');
      for (let at = 0; at < bytes.length;) at += (await handle.write(bytes, at)).bytesWritten;
    };
    let batch: string[] = [];
    let size = 0;
    for (const part of parts) {
      batch.push(part);
      size += part.length;
      if (size < CHUNK) continue;
      await write(batch.join(''));
      batch = [];
      size = 0;
    }
    await write(batch.join(''));
  } finally {
    await handle.close();
  }
}

/** Files being written at once: enough to keep the writing threads busy, few enough to hold little text. */
const IN_FLIGHT = 8;

/** Writes every file under `root`, taking the next from `files` only while fewer than IN_FLIGHT are being written. */
async function writeAll(root: string, files: Iterable<readonly [string, FileContent]>): Promise<void> {
  const made = new Set<string>();
  const pending = new Set<Promise<void>>();
  let failed: unknown;
  try {
    for (const [path, content] of files) {
      const file = join(root, ...path.split('/'));
      const folder = dirname(file);
      if (!made.has(folder)) mkdirSync(folder, { recursive: true });
      made.add(folder);
      const written =
        typeof content === 'string' || content instanceof Uint8Array
          ? writeFile(file, content)
          : writeParts(file, content);
      const p: Promise<void> = written.then(
        () => void pending.delete(p),
        (e: unknown) => {
          failed ??= e;
          pending.delete(p);
        },
      );
      pending.add(p);
      if (pending.size >= IN_FLIGHT) await Promise.race(pending);
      if (failed) break;
    }
  } finally {
    // Nothing is removed while a write into it is still under way.
    await Promise.all(pending);
  }
  if (failed) throw failed;
}

/** Writes every file under a fresh folder beside `dir`, then puts it in `dir`'s place. */
export async function replaceDir(dir: string, files: Iterable<readonly [string, FileContent]>): Promise<void> {
  const target = resolve(dir);
  publishedPlan(target); // throws before anything is written
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const fresh = join(parent, `.${basename(target)}.${process.pid}.new`);
  const old = join(parent, `.${basename(target)}.${process.pid}.old`);
  try {
    rmSync(fresh, { recursive: true, force: true });
    await writeAll(fresh, files);
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
}
