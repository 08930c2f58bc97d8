// The site's files are written by a thread of their own while this one makes the next pages: on a national
// repository (ten thousand files, 230 MB) creating and filling the files takes as long as making their text,
// and on two cores the two then go side by side. Node's own asynchronous writes were tried first: their
// promise and callback work on this thread cost as much as writing synchronously (publish.bench.ts).
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** A file's text, or its parts in order (the open data: tens of megabytes, made as they are written). */
export type FileContent = string | Iterable<string>;

/** One write: the file, where its bytes lie in the message's buffer, and whether they go after what it holds. */
type Write = [file: string, start: number, end: number, append: boolean];

// The thread's script is this text rather than a file, so that it runs from any bundle of the command line
// (and from the tests' sources) without a file of its own to ship: it only writes what it is sent, in order.
const SCRIPT = `
const { parentPort } = require('node:worker_threads');
const { closeSync, mkdirSync, openSync, writeFileSync } = require('node:fs');
const { dirname } = require('node:path');
let failed = false;
// Files made empty ahead of their text: written later without truncating them again (which costs the system a
// change of the file's times, as much as making it).
const empty = new Set();
parentPort.on('message', ({ buffer, writes, create }) => {
  if (failed) return; // the site will not be used: nothing more is written
  try {
    if (create) {
      const made = new Set();
      for (const file of create) {
        const folder = dirname(file);
        if (!made.has(folder)) mkdirSync(folder, { recursive: true });
        made.add(folder);
        closeSync(openSync(file, 'w'));
        empty.add(file);
      }
      return;
    }
    for (const [file, start, end, append] of writes)
      writeFileSync(file, new Uint8Array(buffer, start, end - start), {
        flag: append ? 'a' : empty.delete(file) ? 'r+' : 'w',
      });
    parentPort.postMessage({ done: 1, buffer }, [buffer]); // given back, to be filled again
  } catch (e) {
    failed = true;
    // The system's code (ENOENT, EACCES, ENOSPC...) goes with its words: the user's message is chosen by it.
    parentPort.postMessage({
      error: String((e && e.message) || e),
      code: e && typeof e.code === 'string' ? e.code : undefined,
      path: e && typeof e.path === 'string' ? e.path : undefined,
      syscall: e && typeof e.syscall === 'string' ? e.syscall : undefined,
    });
  }
});
`;

/**
 * Files are encoded one after the other into a chunk of a megabyte at least, sent whole with the list of the files
 * it holds: a page is some 16 KB, and a buffer and a message of its own for each of ten thousand pages cost the
 * main thread more than their encoding (publish.bench.ts). A file given in parts goes on over as many chunks as it
 * needs, each piece appended in order.
 */
const CHUNK = 1 << 20;
/** How many characters of a file's parts are encoded together, at least. */
const PENDING = 1 << 15;
/** How many chunks may wait to be written before this thread waits. */
const WAITING = 8;

/** The writer thread of one site's folder. */
export interface Writer {
  /**
   * Makes these files (paths inside the folder, "/"-separated) empty at once, in the thread: creating ten thousand
   * files costs the system about as much as filling them, and done while this thread still reads the sheets it
   * is done on a core that would wait. Each must then be written, or the folder removed.
   */
  create(paths: readonly string[]): void;
  /** Writes every file of `files`, in order; rejects with the first failure, once nothing is written. Ends the thread. */
  write(files: Iterable<readonly [string, FileContent]>): Promise<void>;
  /** Ends the thread with nothing more written. */
  stop(): Promise<void>;
}

const under = (root: string, path: string) => join(root, ...path.split('/'));

/** Starts the thread that writes the files under `root`. */
export function startWriter(root: string): Writer {
  const worker = new Worker(SCRIPT, { eval: true, stdout: false, stderr: false });
  let waiting = 0;
  let failed: Error | undefined;
  let wake: (() => void) | undefined;
  const awake = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  // Chunks written and given back: filled again rather than made afresh (a quarter of a gigabyte of new memory,
  // zeroed and then faulted in page by page, cost this thread more than the encoding: publish.bench.ts).
  const spare: ArrayBuffer[] = [];
  type Message = {
    done?: number;
    error?: string;
    code?: string;
    path?: string;
    syscall?: string;
    buffer?: ArrayBuffer;
  };
  worker.on('message', (m: Message) => {
    // The thread's failure as Node's own: its code, path and call kept (a clone of an error drops them).
    if (m.error !== undefined)
      failed ??= Object.assign(new Error(m.error), {
        ...(m.code !== undefined && { code: m.code }),
        ...(m.path !== undefined && { path: m.path }),
        ...(m.syscall !== undefined && { syscall: m.syscall }),
      });
    if (m.buffer) spare.push(m.buffer);
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
  const stop = async () => {
    worker.removeAllListeners('exit');
    await worker.terminate();
  };

  const write = async (files: Iterable<readonly [string, FileContent]>) => {
    // The chunk being filled: its bytes change hands when it is sent (a copy would cost this thread more).
    const utf8 = new TextEncoder();
    let chunk = new Uint8Array(CHUNK);
    let used = 0;
    let writes: Write[] = [];
    const send = async (size = CHUNK) => {
      if (writes.length > 0) {
        waiting += 1;
        worker.postMessage({ buffer: chunk.buffer, writes }, [chunk.buffer]);
        writes = [];
        await until(() => waiting <= WAITING);
      }
      const given = spare.pop();
      chunk = given && given.byteLength >= size ? new Uint8Array(given) : new Uint8Array(Math.max(CHUNK, size));
      used = 0;
    };
    /** Room for `text` in the chunk (UTF-8 takes at most three bytes for each UTF-16 unit), sending it if full. */
    const room = async (text: string) => {
      if (used + 3 * text.length > chunk.length) await send(3 * text.length);
    };

    const made = new Set<string>();
    try {
      for (const [path, content] of files) {
        if (failed) break;
        const file = under(root, path);
        const folder = dirname(file);
        if (!made.has(folder)) mkdirSync(folder, { recursive: true });
        made.add(folder);
        if (typeof content === 'string') {
          await room(content);
          const start = used;
          used += utf8.encodeInto(content, chunk.subarray(used)).written;
          writes.push([file, start, used, false]);
          continue;
        }
        // Parts are encoded straight into the chunk, a few dozen kilobytes of them at a time (the open data comes
        // as a quarter of a million lines, each too short to be worth an encoding of its own): no text of the
        // whole file is made.
        let start = used;
        let append = false;
        const put = async (text: string) => {
          if (used + 3 * text.length > chunk.length) {
            if (used > start) {
              writes.push([file, start, used, append]);
              append = true;
            }
            await send(3 * text.length);
            start = 0;
          }
          used += utf8.encodeInto(text, chunk.subarray(used)).written;
        };
        let pending = '';
        for (const part of content) {
          pending += part;
          if (pending.length >= PENDING) {
            await put(pending);
            pending = '';
          }
        }
        await put(pending);
        // Written even when empty, so that the file exists.
        if (used > start || !append) writes.push([file, start, used, append]);
      }
      await send(0);
      await until(() => waiting === 0);
    } finally {
      await stop();
    }
    if (failed) throw failed;
  };

  return {
    create: (paths) => worker.postMessage({ create: paths.map((p) => under(root, p)) }),
    write,
    stop,
  };
}

/** Writes every file of `files` under `root`, in order; rejects with the first failure, once nothing is written. */
export function writeAll(root: string, files: Iterable<readonly [string, FileContent]>): Promise<void> {
  return startWriter(root).write(files);
}
