// Where `jalon check` writes its report: stdout, or the --out file. The file is written part by part as the
// drafts are reviewed (no whole-report string to build), beside its final name, and renamed when complete: a
// report that is there is whole, and a run that fails leaves the old one. `jalon check` has each part encoded here
// and written by Node's file threads at its own offset (`background`), so that the thread that reviews never waits
// for the disk (the bench's 12 MB report waited 0.4-0.8 s for it on a shared disk); the parts are not handed to
// another JavaScript thread (a structured clone of 12 MB of text is slower than encoding it).
import { closeSync, mkdirSync, openSync, renameSync, unlinkSync, write, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface Output {
  write(piece: string): void;
  /** Resolves once every part written so far is on its way to the disk (at once unless `background`). */
  finish(): Promise<void>;
  /** The error message if the report could not be written whole. After `finish`. */
  close(): string | undefined;
  /** The run failed: nothing is written, the partial file is removed. */
  abandon(): void;
}

/** Written at the end, once the progress bar is cleared: stderr and stdout are often the same terminal. */
export function stdoutOutput(stdout: { write(s: string): unknown }): Output {
  const pieces: string[] = [];
  return {
    write: (piece) => void pieces.push(piece),
    finish: () => Promise.resolve(),
    close() {
      stdout.write(pieces.join(''));
      return undefined;
    },
    abandon: () => void (pieces.length = 0),
  };
}

/**
 * Throws (mkdir, open) when the file cannot be written: before any draft is reviewed. `background`: the parts are
 * written by Node's file threads (wait for `finish` before `close`); else each as it is given.
 */
export function fileOutput(out: string, { background = false } = {}): Output {
  mkdirSync(dirname(out), { recursive: true });
  const partial = join(dirname(out), `.${basename(out)}.${process.pid}.part`);
  const fd = openSync(partial, 'w');
  let failed: string | undefined;
  let length = 0; // bytes handed out so far: where the next part goes
  let pending = 0; // writes not finished yet
  const waiting: (() => void)[] = []; // who waits for the writes to finish
  const writeAt = (bytes: Buffer, at: number) => {
    pending += 1;
    write(fd, bytes, 0, bytes.length, at, (e, written) => {
      if (e) failed ??= e.message;
      else if (written < bytes.length) writeAt(bytes.subarray(written), at + written);
      pending -= 1;
      if (pending === 0) for (const resolve of waiting.splice(0)) resolve();
    });
  };
  // The descriptor is closed only once no write uses it any more (a number closed early could be another file's).
  const finished = () => (pending === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiting.push(resolve)));
  const remove = () => {
    try {
      unlinkSync(partial);
    } catch {
      // already gone
    }
  };
  // Nothing more is written; the partial file goes at once (if the process ends before the writes do, none is
  // left), its descriptor once no write uses it.
  let closed = false;
  const closeOnce = () => {
    if (!closed) closeSync(fd);
    closed = true;
  };
  const giveUp = () => {
    failed ??= 'abandoned';
    remove();
    void finished().then(() => {
      try {
        closeOnce();
      } catch {
        // nothing more to do
      }
    });
  };
  return {
    write(piece) {
      if (!piece || failed !== undefined) return;
      if (!background) {
        try {
          writeSync(fd, piece);
        } catch (e) {
          failed = (e as Error).message;
        }
        return;
      }
      const bytes = Buffer.from(piece, 'utf8');
      writeAt(bytes, length);
      length += bytes.length;
    },
    finish: finished,
    close() {
      if (pending > 0) {
        // Misused: the parts still being written make the report incomplete.
        giveUp();
        return (failed = 'closed before its parts were written');
      }
      try {
        closeOnce();
        if (failed === undefined) renameSync(partial, out);
      } catch (e) {
        failed ??= (e as Error).message;
      }
      if (failed !== undefined) remove();
      return failed;
    },
    abandon: giveUp,
  };
}
