// The --out file: whole or not at all, and nothing else left beside it.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
  // The folder it goes in must be there: a missing one is said (its path in the error), never made.
  expect(() => fileOutput(join(dir, 'sous-dossier', 'revue.json'))).toThrow(
    expect.objectContaining({ code: 'ENOENT', path: join(dir, 'sous-dossier') }),
  );
  expect(readdirSync(dir)).toEqual(['revue.json']);
  mkdirSync(join(dir, 'sous-dossier'));
  const second = fileOutput(join(dir, 'sous-dossier', 'revue.json'));
  second.write('é');
  second.write('');
  second.write('\n');
  expect(second.close()).toBeUndefined();
  expect(readFileSync(join(dir, 'sous-dossier', 'revue.json'), 'utf8')).toBe('é\n');
  expect(readdirSync(join(dir, 'sous-dossier'))).toEqual(['revue.json']);
});
