// Where `jalon check` writes its report: stdout, or the --out file. The file is written part by part as the
// drafts are reviewed (no whole-report string to build), beside its final name, and renamed when complete: a
// report that is there is whole, and a run that fails leaves the old one. (Writing here costs less than handing
// the parts to another thread: a structured clone of 12 MB of text is slower than encoding it.)
import { closeSync, existsSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export interface Output {
  write(piece: string): void;
  /** The system's error (its code says why: messages/cli.ts, system) if the report could not be written whole. */
  close(): Error | undefined;
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

/**
 * Throws (open) when the file cannot be written: before any draft is reviewed. The folder it goes in must be there:
 * a mistyped --out is said with the folder missing, not made with every folder above it.
 */
export function fileOutput(out: string): Output {
  // Said before anything is made: the partial file would go beside the folder, the renaming fail at the end.
  if (existsSync(out) && statSync(out).isDirectory())
    throw Object.assign(new Error(`EISDIR: ${out}`), { code: 'EISDIR', path: out });
  const folder = dirname(resolve(out));
  if (!existsSync(folder)) throw Object.assign(new Error(`ENOENT: ${folder}`), { code: 'ENOENT', path: folder });
  const partial = join(dirname(out), `.${basename(out)}.${process.pid}.part`);
  const fd = openSync(partial, 'w');
  let failed: Error | undefined;
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
        failed = e as Error;
      }
    },
    close() {
      try {
        closeSync(fd);
        if (failed === undefined) renameSync(partial, out);
      } catch (e) {
        failed ??= e as Error;
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

/**
 * The input that `out` would overwrite, if any: the same file once paths and symbolic links are resolved (or the
 * same file under another name, a hard link). An `out` that does not exist yet is none of the inputs.
 */
export function inputAt(out: string, inputs: readonly string[]): string | undefined {
  let target: { real: string; dev: number; ino: number };
  try {
    const st = statSync(out);
    target = { real: realpathSync(out), dev: st.dev, ino: st.ino };
  } catch {
    return undefined;
  }
  // The input named as --out is, when it is there, named rather than another name of the same file.
  const named = inputs.find((input) => resolve(input) === resolve(out));
  if (named !== undefined) return named;
  return inputs.find((input) => {
    try {
      const st = statSync(input);
      return realpathSync(input) === target.real || (st.ino !== 0 && st.dev === target.dev && st.ino === target.ino);
    } catch {
      return false;
    }
  });
}
