// foldSameLength is read by every part of the engine (labels, dates, cues, fingerprints): whatever the path it takes
// (ASCII, short, long), it folds each code unit as the plain definition does, one unit for one.
import fc from 'fast-check';
import { foldSameLength } from '../../../src/core/text/fold';

/** The fold of one UTF-16 unit, as defined: typographic apostrophes straight, accents dropped, case lowered. */
function plainUnit(c: number): string {
  if (c === 0x2019 || c === 0x2018 || c === 0x2bc) return "'";
  const ch = String.fromCharCode(c);
  const base = ch
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  if (base.length === 1) return base;
  return ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
}

const plain = (s: string) => Array.from({ length: s.length }, (_, k) => plainUnit(s.charCodeAt(k))).join('');

describe('foldSameLength', () => {
  it('folds each unit as the plain definition, at every length and on every path', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
      fc.stringMatching(/^[A-Za-z0-9 .:]{1,40}$/),
      fc.constantFrom('Œuvre', 'Coût :', 'D’ici', 'ÉTAT', 'İ', 'ß', '\ud83d\ude00', '\ud800', '\udc00x', 'ΟΔΟΣ'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 0, max: 3000 }), (xs, min) => {
        let t = xs.join('');
        while (t.length > 0 && t.length < min) t += t;
        const folded = foldSameLength(t);
        expect(folded.length).toBe(t.length);
        expect(folded).toBe(plain(t));
      }),
      { numRuns: 300 },
    );
  });

  it('folds every unit of the Basic Multilingual Plane as the plain definition', () => {
    const all = Array.from({ length: 65536 }, (_, c) => String.fromCharCode(c)).join('');
    expect(foldSameLength(all)).toBe(plain(all));
    for (let k = 0; k < all.length; k += 1000)
      expect(foldSameLength(all.slice(k, k + 1000))).toBe(plain(all.slice(k, k + 1000)));
  });
});
