// The --out file: whole or not at all, and nothing else left beside it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { fileOutput } from '../../../src/cli/output';
import { tempDir } from './helpers';

it('is written beside its name and takes it only when closed; abandoned, it leaves the old report and nothing else', () => {
  const dir = tempDir();
  const out = join(dir, 'revue.json');
  writeFileSync(out, 'ancien');
  const first = fileOutput(out);
  first.write('{"files": [');
  expect(readFileSync(out, 'utf8')).toBe('ancien');
  expect(readdirSync(dir)).toHaveLength(2); // the report and the part being written
  first.abandon();
  expect(readdirSync(dir)).toEqual(['revue.json']);
  expect(readFileSync(out, 'utf8')).toBe('ancien');
  const second = fileOutput(join(dir, 'sous-dossier', 'revue.json'));
  second.write('é');
  second.write('');
  second.write('\n');
  expect(second.close()).toBeUndefined();
  expect(readFileSync(join(dir, 'sous-dossier', 'revue.json'), 'utf8')).toBe('é\n');
  expect(readdirSync(join(dir, 'sous-dossier'))).toEqual(['revue.json']);
});

describe('written in the background (jalon check)', () => {
  it('holds the parts in the order given, whatever their sizes and characters, once finished and closed', async () => {
    const dir = tempDir();
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            fc.string({ unit: 'binary', maxLength: 40 }),
            fc.constantFrom('x'.repeat(70_000), 'é€😀'.repeat(30_000)),
          ),
          {
            maxLength: 12,
          },
        ),
        async (pieces) => {
          const out = join(dir, 'revue.json');
          const output = fileOutput(out, { background: true });
          for (const p of pieces) output.write(p);
          await output.finish();
          expect(output.close()).toBeUndefined();
          expect(readFileSync(out, 'utf8')).toBe(pieces.join(''));
          expect(readdirSync(dir)).toEqual(['revue.json']);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('abandoned while its parts are being written, leaves the old report and nothing else', async () => {
    const dir = tempDir();
    const out = join(dir, 'revue.json');
    writeFileSync(out, 'ancien');
    const output = fileOutput(out, { background: true });
    for (let i = 0; i < 20; i++) output.write('y'.repeat(100_000));
    output.abandon();
    expect(readdirSync(dir)).toEqual(['revue.json']);
    await output.finish();
    expect(readdirSync(dir)).toEqual(['revue.json']);
    expect(readFileSync(out, 'utf8')).toBe('ancien');
  });

  it('refuses to be closed before its parts are written, and leaves the old report', () => {
    const dir = tempDir();
    const out = join(dir, 'revue.json');
    writeFileSync(out, 'ancien');
    const output = fileOutput(out, { background: true });
    output.write('z'.repeat(1_000_000));
    expect(output.close()).toBeDefined();
    expect(readFileSync(out, 'utf8')).toBe('ancien');
  });
});
