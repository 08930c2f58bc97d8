// The reader threads' script: dist/cli/reader.cjs, a bundle of the .docx and text readers and the core's text
// checks only, so that a thread loads what it needs rather than the whole command line.
import { serveWorker } from './worker';

serveWorker();
