// The executable: `jalon ...` (dist/cli/jalon.cjs is this file bundled). `jalon check` reads its drafts on
// worker threads running dist/cli/reader.cjs, built beside it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readerWanted, startReader, type WorkerScript } from './threads';
import { setV8Flags } from './v8-flags';

const argv = process.argv.slice(2);
// Before any thread runs the engine: the reader thread takes the process's flags when it compiles.
setV8Flags(argv);
const readerFile = join(__dirname, 'reader.cjs');
// Run from the sources (`npx tsx src/cli/bin.ts`), no reader is built beside this file: the drafts are then reviewed
// in this thread rather than each refused with "Cannot find module".
const reader: WorkerScript | undefined = existsSync(readerFile) ? { file: readerFile } : undefined;
// The first reader starts now: its thread loads while this one loads the command line (and the engine).
if (reader && readerWanted(argv)) reader.started = [startReader(reader, argv)];

// `jalon check ... | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

// The rest of the command line (dist/cli/main.cjs) is loaded after the reader has started: this file is all node
// compiles before the reader's thread starts.
void import(/* webpackChunkName: "main" */ './main').then(({ run }) =>
  run(argv, { stdout: process.stdout, stderr: process.stderr, env: process.env, worker: reader }).then((code) => {
    process.exitCode = code;
    for (const r of reader?.started ?? []) void r.worker.terminate(); // one the pool did not need
  }),
);
