// The site's files are written by a thread of their own while this one makes the next pages: on a national
// repository (ten thousand files, 230 MB) creating and filling the files takes as long as making their text,
// and on two cores the two then go side by side. Node's own asynchronous writes were tried first: their
// promise and callback work on this thread cost as much as writing synchronously (publish.bench.ts).
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** A file's text, or its parts in order (the open data: tens of megabytes, made as they are written). */
export type FileContent = string | Iterable<string>;

/** One write: the file, its bytes, and whether they go after what the file holds already. */
type Write = [file: string, bytes: Uint8Array<ArrayBuffer>, append: boolean];

// The thread's script is this text rather than a file, so that it runs from any bundle of the command line
// (and from the tests' sources) without a file of its own to ship: it only writes what it is sent, in order.
const SCRIPT = `
const { parentPort } = require('node:worker_threads');
const { writeFileSync } = require('node:fs');
let failed = false;
parentPort.on('message', (writes) => {
  if (failed) return; // the site will not be used: nothing more is written
  try {
    for (const [file, bytes, append] of writes) writeFileSync(file, bytes, { flag: append ? 'a' : 'w' });
    parentPort.postMessage({ done: writes.length });
  } catch (e) {
    failed = true;
    parentPort.postMessage({ error: String((e && e.message) || e) });
  }
});
`;

/** Writes sent together (one message), and how many may wait to be written before this thread waits. */
const BATCH = 16;
const WAITING = 64;
/** How many bytes of a file given in parts go into one write, at least. */
const CHUNK = 1 << 20;

/** Writes every file of `files` under `root`, in order; rejects with the first failure, once nothing is written. */
export async function writeAll(root: string, files: Iterable<readonly [string, FileContent]>): Promise<void> {
  const worker = new Worker(SCRIPT, { eval: true, stdout: false, stderr: false });
  let waiting = 0;
  let failed: Error | undefined;
  let wake: (() => void) | undefined;
  const awake = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  worker.on('message', (m: { done?: number; error?: string }) => {
    if (m.error !== undefined) failed ??= new Error(m.error);
    waiting -= m.done ?? 0;
    awake();
  });
  worker.on('error', (e) => {
    failed ??= e;
    awake();
  });
  worker.on('exit', (code) => {
    failed ??= new Error(`writer thread exited (${code})`);
    awake();
  });
  const until = async (ready: () => boolean) => {
    while (!ready() && !failed) await new Promise<void>((r) => (wake = r));
  };

  // Text is sent as bytes that change hands (a copy of the text would cost this thread twice the encoding).
  const utf8 = new TextEncoder();
  let batch: Write[] = [];
  const send = async () => {
    if (batch.length === 0) return;
    waiting += batch.length;
    worker.postMessage(
      batch,
      batch.map((w) => w[1].buffer),
    );
    batch = [];
    await until(() => waiting <= WAITING);
  };
  const write = async (file: string, bytes: Uint8Array<ArrayBuffer>, append: boolean) => {
    batch.push([file, bytes, append]);
    if (batch.length >= BATCH) await send();
  };

  const made = new Set<string>();
  try {
    for (const [path, content] of files) {
      if (failed) break;
      const file = join(root, ...path.split('/'));
      const folder = dirname(file);
      if (!made.has(folder)) mkdirSync(folder, { recursive: true });
      made.add(folder);
      if (typeof content === 'string') {
        await write(file, utf8.encode(content), false);
        continue;
      }
      // Parts are encoded straight into a chunk of bytes, written when it is full: no text of a chunk is made.
      let chunk = new Uint8Array(CHUNK);
      let used = 0;
      let append = false;
      for (const part of content) {
        // UTF-8 takes at most three bytes for each UTF-16 unit.
        if (used + 3 * part.length > chunk.length) {
          if (used > 0) {
            await write(file, chunk.subarray(0, used), append);
            append = true;
          }
          chunk = new Uint8Array(Math.max(CHUNK, 3 * part.length));
          used = 0;
        }
        used += utf8.encodeInto(part, chunk.subarray(used)).written;
      }
      await write(file, chunk.subarray(0, used), append);
    }
    await send();
    await until(() => waiting === 0);
  } finally {
    worker.removeAllListeners('exit');
    await worker.terminate();
  }
  if (failed) throw failed;
}
