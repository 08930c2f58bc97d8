// The report file's writer thread (dist/cli/writer.cjs): the main thread hands it the report piece by piece and
// goes on reviewing, while this thread encodes and writes (a 50-draft JSON report is about 12 MB).
import { writeSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

/** A piece of the report, or null when there is no more: answered with the first write error, if any. */
export type WriterMessage = string | null;
export type WriterAnswer = { ok: true } | { ok: false; message: string };

const fd = workerData as number;
let failed: string | undefined;
parentPort?.on('message', (piece: WriterMessage) => {
  if (piece === null) {
    parentPort!.postMessage(failed === undefined ? { ok: true } : { ok: false, message: failed });
    return;
  }
  if (failed !== undefined) return;
  try {
    writeSync(fd, piece);
  } catch (e) {
    failed = (e as Error).message;
  }
});
