// The executable's V8 flags for `jalon check` (src/cli/v8-flags.ts): set for `check` only, and before the reader
// thread starts, since a worker thread compiles with the flags the process has when it runs.
import { join } from 'node:path';

type Event = ['flag', string] | ['worker', string] | ['main'];

/** Runs src/cli/bin.ts with these arguments, its reader and the rest of the command line stubbed: what it did, in order. */
let events: Event[] = []; // read by the mocks, which the module registry may keep from one run to the next

function runBin(args: string[]): Event[] {
  events = [];
  const argv = process.argv;
  process.argv = [argv[0], 'jalon', ...args];
  try {
    jest.isolateModules(() => {
      jest.doMock('node:v8', () => ({
        ...jest.requireActual('node:v8'),
        setFlagsFromString: (flag: string) => events.push(['flag', flag]),
      }));
      jest.doMock('node:fs', () => ({
        ...jest.requireActual('node:fs'),
        existsSync: (f: string) => f.endsWith('reader.cjs') || jest.requireActual('node:fs').existsSync(f),
      }));
      jest.doMock('node:worker_threads', () => ({
        Worker: class {
          constructor(file: string) {
            events.push(['worker', file]);
          }
          on() {}
          terminate() {}
        },
      }));
      jest.doMock('../../../src/cli/main', () => ({
        run: () => {
          events.push(['main']);
          return new Promise(() => {});
        },
      }));
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh module registry, the mocks above
      require('../../../src/cli/bin');
    });
  } finally {
    process.argv = argv;
  }
  return events;
}

it('sets the flags for `jalon check` before its reader thread starts', async () => {
  runBin(['check', '--format', 'json', 'projets']);
  await new Promise((resolve) => setImmediate(resolve)); // the command line is loaded after the reader starts
  expect(events).toEqual([
    ['flag', '--no-turbo-inlining'],
    ['flag', '--no-use-osr'],
    ['worker', join(__dirname, '../../../src/cli/reader.cjs')],
    ['main'],
  ]);
});

it('leaves V8 as it is for the other commands', async () => {
  for (const args of [['publish', 'suivi'], ['template', '--out', 'modele.docx'], ['--version']]) {
    runBin(args);
    await new Promise((resolve) => setImmediate(resolve));
    expect(events).toEqual([['main']]);
  }
});
