// Reader threads as the main thread sees them. Kept apart from the pool so that bin.ts can start a reader
// before the rest of the command line is loaded: this module loads nothing but node:worker_threads.
import { Worker } from 'node:worker_threads';

/** The script reader threads run (dist/cli/reader.cjs), and any reader already started with it. */
export interface WorkerScript {
  file: string;
  execArgv?: string[];
  /** Readers started ahead of need (see bin.ts): the pool takes them before starting its own. */
  started?: StartedReader[];
}

/** A reader thread, with how it ended if it did so before anyone listened. */
export interface StartedReader {
  worker: Worker;
  ended?: string;
}

export function startReader(script: WorkerScript): StartedReader {
  const worker = new Worker(script.file, { execArgv: script.execArgv ?? [], stdout: false, stderr: false });
  const reader: StartedReader = { worker };
  worker.on('error', (e) => (reader.ended ??= e.message));
  worker.on('exit', (code) => (reader.ended ??= `worker exited (${code})`));
  return reader;
}

/**
 * Whether these arguments will read drafts on worker threads: `check` on paths, without `--jobs 1`, `--compare` or
 * `--help`. A guess from the raw arguments (the parser is not loaded yet): a wrong guess costs one idle thread.
 */
export function readerWanted(argv: readonly string[]): boolean {
  if (argv[0] !== 'check') return false;
  return !argv.some(
    (a, i) =>
      a === '--compare' || a === '--help' || a === '-h' || a === '--jobs=1' || (a === '1' && argv[i - 1] === '--jobs'),
  );
}
