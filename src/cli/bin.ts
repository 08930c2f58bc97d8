// The executable: `jalon ...` (dist/cli/jalon.cjs is this file bundled). Off the main thread the same file is
// a reader thread of `jalon check` (see pool.ts, worker.ts), so the package ships one script; the command line
// itself is loaded only on the main thread.
import { serveWorker } from './worker';

if (!serveWorker()) {
  // `jalon check ... | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });

  void import('./main').then(({ run }) =>
    run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, worker: { file: __filename } }).then((code) => {
      process.exitCode = code;
    }),
  );
}
