// The reader threads' script: dist/cli/reader.cjs, a bundle of the .docx and text readers only, so that a
// thread loads in a few milliseconds what it needs rather than the whole command line.
import { serveWorker } from './worker';

serveWorker();
