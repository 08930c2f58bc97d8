// The writer thread writes exactly the text it is given: whole files and files given in parts (written a megabyte
// at a time, appended in order), in any folder, and says the first failure once nothing more is written.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { startSite } from '../../../src/cli/publish/write';
import { startWriter, writeAll, type FileContent } from '../../../src/cli/publish/writer';
import { tempDir } from './helpers';

jest.setTimeout(60_000);

const text = fc.string({ unit: 'binary', maxLength: 200 });

test('every file holds its text, whole or joined from its parts, whatever the parts', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.uniqueArray(
        fc.record({
          name: fc.stringMatching(/^[a-z]{1,8}$/),
          dir: fc.constantFrom('', 'fr/', 'en/'),
          parts: fc.array(text, { maxLength: 6 }),
          whole: fc.boolean(),
        }),
        { maxLength: 12, selector: (f) => f.name },
      ),
      async (specs) => {
        const root = tempDir('jalon-writer-');
        const files: [string, FileContent][] = specs.map((f) => [
          `${f.dir}${f.name}.txt`,
          f.whole ? f.parts.join('') : f.parts,
        ]);
        await writeAll(root, files);
        for (const f of specs) expect(readFileSync(join(root, `${f.dir}${f.name}.txt`), 'utf8')).toBe(f.parts.join(''));
      },
    ),
    { numRuns: 15 },
  );
});

test('files made empty ahead of their text hold, once written, what they would hold written plainly', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.uniqueArray(
        fc.record({
          name: fc.stringMatching(/^[a-z]{1,8}$/),
          dir: fc.constantFrom('', 'fr/', 'en/', 'a/b/'),
          parts: fc.array(text, { maxLength: 4 }),
          whole: fc.boolean(),
          early: fc.boolean(),
        }),
        { maxLength: 12, selector: (f) => f.name },
      ),
      async (specs) => {
        const files: [string, FileContent][] = specs.map((f) => [
          `${f.dir}${f.name}.txt`,
          f.whole ? f.parts.join('') : f.parts,
        ]);
        const plain = tempDir('jalon-writer-');
        await writeAll(plain, files);
        const ahead = tempDir('jalon-writer-');
        const writer = startWriter(ahead);
        writer.create(specs.filter((f) => f.early).map((f) => `${f.dir}${f.name}.txt`));
        await writer.write(files);
        for (const [path] of files)
          expect(readFileSync(join(ahead, path), 'utf8')).toBe(readFileSync(join(plain, path), 'utf8'));
        expect(readdirSync(ahead, { recursive: true }).sort()).toEqual(readdirSync(plain, { recursive: true }).sort());
      },
    ),
    { numRuns: 15 },
  );
});

test('a site given up after its files were made empty leaves nothing beside the folder it was to replace', async () => {
  const parent = tempDir('jalon-writer-');
  const site = startSite(join(parent, 'site'));
  site.create(['index.html', 'fr/C01.html', 'en/C01.html']);
  await site.abandon();
  expect(readdirSync(parent)).toEqual([]);
});

test('files of every size, whole or in parts, fill and cross chunks and each holds its text', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(
        fc.record({
          sizes: fc.array(fc.integer({ min: 0, max: 400_000 }), { maxLength: 4 }),
          char: fc.constantFrom('a', 'é', '’', '😀'),
          whole: fc.boolean(),
        }),
        { maxLength: 10 },
      ),
      async (specs) => {
        const root = tempDir('jalon-writer-');
        const parts = specs.map((f) => f.sizes.map((n) => f.char.repeat(n)));
        await writeAll(
          root,
          specs.map((f, k): [string, FileContent] => [`f${k}.txt`, f.whole ? parts[k].join('') : parts[k]]),
        );
        specs.forEach((_, k) => expect(readFileSync(join(root, `f${k}.txt`), 'utf8')).toBe(parts[k].join('')));
      },
    ),
    { numRuns: 10 },
  );
});

test('a file of many megabytes given in parts is written in order, a megabyte at a time', async () => {
  const root = tempDir('jalon-writer-');
  const lines = Array.from({ length: 60_000 }, (_, k) => `ligne ${k} — état « achevé »\r\n`);
  // A part longer than a chunk, between short ones, in characters of two and three bytes and a surrogate pair.
  const long = ['a', 'é’'.repeat(300_000), 'b😀', '’'.repeat(400_000), 'c'];
  await writeAll(root, [
    ['updates.csv', lines],
    ['long.txt', long],
  ]);
  expect(readFileSync(join(root, 'updates.csv'), 'utf8')).toBe(lines.join(''));
  expect(readFileSync(join(root, 'long.txt'), 'utf8')).toBe(long.join(''));
});

test('chunks given back and filled again hold only their new files: nothing of what they held before', async () => {
  const root = tempDir('jalon-writer-');
  // Some 24 MB, more chunks than may wait to be written: chunks are given back and filled again, each file
  // shorter than the one before it at the same place, in another letter.
  const files = Array.from({ length: 240 }, (_, k): [string, string] => [
    `p/${k}.html`,
    String.fromCharCode(97 + (k % 26)).repeat(100_000 - 300 * k),
  ]);
  await writeAll(root, files);
  for (const [name, content] of files) expect(readFileSync(join(root, name), 'utf8')).toBe(content);
});

test('a file that cannot be written fails the whole: the error is said and nothing after it is written', async () => {
  const root = tempDir('jalon-writer-');
  const files: [string, string][] = [
    ['a.html', 'a'],
    ['bad\u0000.html', 'b'],
    // Enough after it to fill several chunks: neither the rest of its chunk nor the chunks after it are written.
    ...Array.from({ length: 200 }, (_, k): [string, string] => [`later/${k}.html`, 'x'.repeat(20_000)]),
  ];
  await expect(writeAll(root, files)).rejects.toThrow(/null bytes|NUL|\\u0000/i);
  expect(readFileSync(join(root, 'a.html'), 'utf8')).toBe('a');
  // Nothing after the failure: neither the rest of its batch nor the batches sent after it.
  for (const k of [0, 13, 14, 40, 199]) expect(existsSync(join(root, 'later', `${k}.html`))).toBe(false);
});
