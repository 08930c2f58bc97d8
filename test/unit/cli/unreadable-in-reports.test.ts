// Files that could not be read are in every report, each format in its own way, and a run that read nothing
// writes nothing on stdout unless its format needs a document (JSON, SARIF, CSV: a valid one, listing the files).
import { basename, join } from 'node:path';
import { FIXTURES, runCli, tempDir } from './helpers';

const PLAN = join(FIXTURES, 'plan-fr.md');
const FR = { LANG: 'fr_FR.UTF-8' };
const EN = { LANG: 'en_US.UTF-8' };

interface Notification {
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
  descriptor: { id: string };
}
interface SarifLog {
  runs: {
    artifacts: { location: { uri: string } }[];
    results: unknown[];
    invocations?: { executionSuccessful: boolean; toolExecutionNotifications: Notification[] }[];
  }[];
}

/** Parses CSV text whose cells hold no line breaks (the rows of this test). */
function rows(csv: string): string[][] {
  // « ; » between columns: the reports are read in French here, as Excel in French splits them.
  return csv
    .replace(/^\ufeff/, '')
    .split('\r\n')
    .filter((l) => l !== '')
    .map((l) => [...l.matchAll(/(?:^|;)("(?:[^"]|"")*"|[^;]*)/g)].map((m) => m[1].replace(/^"|"$/g, '')));
}

describe('a run where no file could be read', () => {
  it('writes nothing on stdout in text; stderr says why', async () => {
    const absent = join(tempDir(), 'absent.md');
    const r = await runCli(['check', absent], FR);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`jalon : ${absent} : fichier introuvable\n`);
  });

  it('writes a valid document in JSON, SARIF and CSV, naming the file', async () => {
    const absent = join(tempDir(), 'absent.md');
    const json = JSON.parse((await runCli(['check', '--format', 'json', absent], FR)).stdout) as {
      files: unknown[];
      errors: { file: string }[];
    };
    expect(json.files).toEqual([]);
    expect(json.errors.map((e) => e.file)).toEqual([absent]);
    const sarif = JSON.parse((await runCli(['check', '--format', 'sarif', absent], FR)).stdout) as SarifLog;
    expect(sarif.runs[0].results).toEqual([]);
    expect(sarif.runs[0].invocations![0].toolExecutionNotifications[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: absent },
    });
    const csv = rows((await runCli(['check', '--format', 'csv', absent], FR)).stdout);
    expect(csv).toHaveLength(2);
    expect(csv[1][0]).toBe('absent.md'); // the CSV is for people: the file's own name, not the facilitator's path
  });
});

describe('files that could not be read, among those read', () => {
  it('SARIF: a tool execution notification each, with the file’s URI and why, in the user’s language', async () => {
    const dir = tempDir();
    const absent = join(dir, 'absent.md');
    const r = await runCli(['check', '--format', 'sarif', PLAN, absent, dir], EN);
    expect(r.code).toBe(2);
    const run = (JSON.parse(r.stdout) as SarifLog).runs[0];
    expect(run.artifacts.map((a) => a.location.uri)).toEqual([PLAN]);
    expect(run.results.length).toBeGreaterThan(0);
    expect(run.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: 'file not found' },
            locations: [{ physicalLocation: { artifactLocation: { uri: absent } } }],
            descriptor: { id: 'not-found' },
          },
          {
            level: 'error',
            message: { text: 'no drafts (.docx, .odt, .md, .txt) in this folder' },
            locations: [{ physicalLocation: { artifactLocation: { uri: dir } } }],
            descriptor: { id: 'no-drafts' },
          },
        ],
      },
    ]);
  });

  it('SARIF: a run that read every file has no invocation (written as before)', async () => {
    const r = await runCli(['check', '--format', 'sarif', PLAN], FR);
    expect((JSON.parse(r.stdout) as SarifLog).runs[0].invocations).toBeUndefined();
  });

  it('CSV: a row each at the end, the file and why in the last column, empty on the commitments’ rows', async () => {
    const absent = join(tempDir(), 'absent.md');
    const r = await runCli(['check', '--format', 'csv', PLAN, absent], FR);
    const table = rows(r.stdout);
    const header = table[0];
    expect(header[header.length - 1]).toBe('Problème de lecture');
    expect(table.every((row) => row.length === header.length)).toBe(true);
    const last = table[table.length - 1];
    expect(last[0]).toBe('absent.md');
    expect(last.slice(1, -1).every((c) => c === '')).toBe(true);
    expect(last[last.length - 1]).toBe('fichier introuvable');
    const commitments = table.slice(1, -1);
    expect(commitments.length).toBeGreaterThan(0);
    for (const row of commitments) {
      expect(row[0]).toBe(basename(PLAN));
      expect(row[row.length - 1]).toBe('');
    }
  });
});
