// Reader threads as the main thread sees them. Kept apart from the pool so that bin.ts can start a reader
// before the rest of the command line is loaded: this module loads nothing but node:worker_threads.
import { Worker } from 'node:worker_threads';

/** What the executable tells the reader it starts: the command's arguments, from which it guesses its first draft. */
export interface ReaderData {
  argv: string[];
}

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

/** `argv`: the command's arguments, given to the reader the executable starts ahead (see `draftPaths`). */
export function startReader(script: WorkerScript, argv?: readonly string[]): StartedReader {
  const workerData: ReaderData | undefined = argv ? { argv: [...argv] } : undefined;
  const worker = new Worker(script.file, { execArgv: script.execArgv ?? [], stdout: false, stderr: false, workerData });
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

/** The options of `jalon check` followed by a value (main.ts declares them): the value is not a path. */
export const VALUED_OPTIONS: readonly string[] = [
  '--format',
  '--out',
  '--out-dir',
  '--rules',
  '--lang',
  '--text-lang',
  '--jobs',
  '--fail-on',
  '--min-level',
];

/**
 * The paths `jalon check` will review, as its parser will read them from these arguments: a guess made before the
 * parser is loaded, so that the reader started ahead reads the first draft while the main thread loads the command
 * line (the pool hands out that draft first). A wrong guess costs one draft read for nothing, never a wrong review:
 * the reader keeps what it read for a request of the same path only.
 */
export function draftPaths(argv: readonly string[]): string[] {
  if (argv[0] !== 'check') return [];
  const paths: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') return paths.concat(argv.slice(i + 1));
    if (VALUED_OPTIONS.includes(a)) i++;
    else if (!a.startsWith('-') || a === '-') paths.push(a);
  }
  return paths;
}
