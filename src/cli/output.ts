// Where `jalon check` writes its report: stdout, or the --out file. The file is written part by part as the
// drafts are reviewed (no whole-report string to build), beside its final name, and renamed when complete: a
// report that is there is whole, and a run that fails leaves the old one. (Writing here costs less than handing
// the parts to another thread: a structured clone of 12 MB of text is slower than encoding it.)
import { closeSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface Output {
  write(piece: string): void;
  /** The error message if the report could not be written whole. */
  close(): string | undefined;
  /** The run failed: nothing is written, the partial file is removed. */
  abandon(): void;
}

/** Written at the end, once the progress bar is cleared: stderr and stdout are often the same terminal. */
export function stdoutOutput(stdout: { write(s: string): unknown }): Output {
  const pieces: string[] = [];
  return {
    write: (piece) => void pieces.push(piece),
    close() {
      stdout.write(pieces.join(''));
      return undefined;
    },
    abandon: () => void (pieces.length = 0),
  };
}

/** Throws (mkdir, open) when the file cannot be written: before any draft is reviewed. */
export function fileOutput(out: string): Output {
  mkdirSync(dirname(out), { recursive: true });
  const partial = join(dirname(out), `.${basename(out)}.${process.pid}.part`);
  const fd = openSync(partial, 'w');
  let failed: string | undefined;
  const remove = () => {
    try {
      unlinkSync(partial);
    } catch {
      // already gone
    }
  };
  return {
    write(piece) {
      if (!piece || failed !== undefined) return;
      try {
        writeSync(fd, piece);
      } catch (e) {
        failed = (e as Error).message;
      }
    },
    close() {
      try {
        closeSync(fd);
        if (failed === undefined) renameSync(partial, out);
      } catch (e) {
        failed ??= (e as Error).message;
      }
      if (failed !== undefined) remove();
      return failed;
    },
    abandon() {
      try {
        closeSync(fd);
      } catch {
        // closed already
      }
      remove();
    },
  };
}
