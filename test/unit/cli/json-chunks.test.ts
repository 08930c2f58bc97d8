// A draft's part of the JSON report is given to the output in pieces of about CHUNK characters (issue 16, the .docx
// batch: a part made whole was a fresh large string per draft). The pieces must be jsonLines' text, character for
// character, and small.
import fc from 'fast-check';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonLines, RawJson } from '../../../src/core';
import { readDraft } from '../../../src/cli/input';
import { CHUNK, fileEntry, jsonChunks } from '../../../src/cli/report/json';
import { reviewDraft } from '../../../src/cli/review';
import { docxFromXml, FIXTURES, p, tempDir } from './helpers';

// Values as reports hold them, and what JSON.stringify leaves out or turns to null: undefined, functions, dates.
const leaf = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(() => 1),
  fc.date({ noInvalidDate: true }),
  fc.string().map((s) => new RawJson(JSON.stringify(s))),
);
const value = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('any'), { maxLength: 6 }),
  object: fc.dictionary(fc.string({ maxLength: 6 }), tie('any'), { maxKeys: 6 }),
})).any;

it("gives jsonLines' text, in pieces, whatever the value and depth", () => {
  fc.assert(
    fc.property(value, fc.integer({ min: 0, max: 4 }), fc.constantFrom('', '  ', '    '), (v, depth, pad) => {
      expect(jsonChunks(v, depth, '  ', pad, '[').join('')).toBe(`[${jsonLines(v, depth, '  ', pad)}`);
    }),
    { numRuns: 500 },
  );
});

it('cuts a long part into pieces of about CHUNK characters', () => {
  const long = Array.from({ length: 3000 }, (_, i) => ({ i, text: `remarque n° ${i} : « renforcer »` }));
  const chunks = jsonChunks({ file: 'x', findings: long }, 2, '  ', '    ');
  expect(chunks.join('')).toBe(jsonLines({ file: 'x', findings: long }, 2, '  ', '    '));
  expect(chunks.length).toBeGreaterThan(10);
  for (const c of chunks) expect(c.length).toBeLessThan(CHUNK + 200); // a piece is at most one finding over
});

it("gives a real draft's entry as jsonLines writes it whole", () => {
  const docx = join(tempDir('jalon-chunks-'), 'projet.docx');
  writeFileSync(
    docx,
    docxFromXml({
      body:
        p('Engagement 1 : publier les données des marchés', '<w:pStyle w:val="Heading2"/>') +
        p('Le ministère va renforcer la transparence et promouvoir les données ouvertes. '.repeat(40)) +
        p('Indicateur : part des marchés publiés au format OCDS<w:footnoteReference w:id="1"/>'),
      footnotes:
        '<w:footnote w:id="1">' + p('Nous poursuivrons nos efforts dans les meilleurs délais.') + '</w:footnote>',
    }),
  );
  const files = [
    ...readdirSync(FIXTURES)
      .filter((f) => /\.(md|txt|docx)$/.test(f))
      .map((f) => join(FIXTURES, f)),
    docx,
  ];
  expect(files.length).toBe(5);
  for (const file of files)
    for (const lang of ['fr', 'en'] as const) {
      const entry = fileEntry(reviewDraft(readDraft(file), {}), lang);
      expect(jsonChunks(entry, 2, '  ', '    ', ',\n    ').join('')).toBe(
        `,\n    ${jsonLines(entry, 2, '  ', '    ')}`,
      );
    }
});
