// Where `jalon check` writes its report: stdout, or the --out file. The file is written beside its final name
// and renamed when complete, so a report that is there is whole (and a run that fails leaves the old one). The
// pieces go to a writer thread when the executable has one, so that this thread goes on reviewing.
import { closeSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WriterAnswer } from './writer';

export interface Output {
  write(piece: string): void;
  /** Resolves with the error message if the report could not be written whole. */
  close(): Promise<string | undefined>;
}

/** Written at the end, once the progress bar is cleared: stderr and stdout are often the same terminal. */
export function stdoutOutput(stdout: { write(s: string): unknown }): Output {
  const pieces: string[] = [];
  return {
    write: (piece) => void pieces.push(piece),
    async close() {
      stdout.write(pieces.join(''));
      return undefined;
    },
  };
}

/** Throws (mkdir, open) when the file cannot be written: before any draft is reviewed. */
export function fileOutput(out: string, writerScript?: string): Output {
  mkdirSync(dirname(out), { recursive: true });
  const partial = join(dirname(out), `.${basename(out)}.${process.pid}.part`);
  const fd = openSync(partial, 'w');
  let failed: string | undefined;
  const writer = writerScript ? new Worker(writerScript, { workerData: fd, stdout: false, stderr: false }) : undefined;
  const finished = writer
    ? new Promise<string | undefined>((resolve) => {
        writer.once('message', (a: WriterAnswer) => resolve(a.ok ? undefined : a.message));
        writer.once('error', (e) => resolve(e.message));
        writer.once('exit', (code) => resolve(`writer exited (${code})`));
      })
    : undefined;
  return {
    write(piece) {
      if (!piece || failed !== undefined) return;
      if (writer) writer.postMessage(piece);
      else {
        try {
          writeSync(fd, piece);
        } catch (e) {
          failed = (e as Error).message;
        }
      }
    },
    async close() {
      if (writer) {
        writer.postMessage(null);
        failed ??= await finished;
        void writer.terminate();
      }
      try {
        closeSync(fd);
        if (failed === undefined) renameSync(partial, out);
      } catch (e) {
        failed ??= (e as Error).message;
      }
      if (failed !== undefined) {
        try {
          unlinkSync(partial);
        } catch {
          // already gone
        }
      }
      return failed;
    },
  };
}
