// The shortcuts the text checks take for speed (listed in ../notes/perf-shortcuts.md, "Text checks") must say what
// the plain computation says.
import fc from 'fast-check';
import { foldWord } from '../../../src/core/text/fold';
import { Syllables, tokenize, wordHash } from '../../../src/core/text/tokenize';

// Plain words, accented and capitalised ones, ligatures, marks, invisible characters, apostrophes and arbitrary
// Unicode, so that words of every kind meet.
const pieces = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.stringMatching(/^[a-z]{1,12}$/),
  fc.constantFrom(
    'renforcer',
    'Renforcer',
    'RENFORCE',
    'améliorer',
    'ame\u0301liorer',
    'ren\u00ADforcer',
    'œuvre',
    'ﬁchier',
    'l’',
    "d'",
    '2026',
    'x\u200B',
    ' ',
    '\u00A0',
    '.',
    '-',
  ),
);
const text = fc.array(pieces, { maxLength: 30 }).map((xs) => xs.join(''));

describe('text checks: speed shortcuts against the plain computation', () => {
  test('words read by runs of a to z: folded form, hash and syllables as the plain computation gives them', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (t, syllables) => {
        for (const token of tokenize(t, { syllables })) {
          expect(token.norm).toBe(foldWord(t.slice(token.start, token.end)));
          expect(token.hash).toBe(wordHash(token.norm));
          const plain = new Syllables();
          for (let k = 0; k < token.norm.length; k++) plain.add(token.norm.charCodeAt(k));
          expect(token.syllables).toBe(syllables ? plain.count() : 0);
        }
      }),
      { numRuns: 500 },
    );
  });
});
