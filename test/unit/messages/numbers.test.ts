// "{{n, number}}" is written as Intl.NumberFormat writes the number for the language (the formatter is made when
// a number is first written rather than when the catalogue loads: a reader thread writes none).
import fc from 'fast-check';
import { fill } from '../../../src/core';

it('writes numbers as Intl.NumberFormat does, in French and in English', () => {
  const plain = { fr: new Intl.NumberFormat('fr'), en: new Intl.NumberFormat('en') };
  fc.assert(
    fc.property(
      fc.oneof(fc.integer(), fc.double({ noNaN: false }), fc.constantFrom(0, -0, 999, 1000, 12345.678, 0.5, -1500)),
      fc.constantFrom('fr' as const, 'en' as const),
      (n, lang) => {
        expect(fill('{{n, number}} %', { n }, lang)).toBe(`${plain[lang].format(n)} %`);
      },
    ),
  );
  expect(fill('{{n, number}}', { n: 12345 }, 'fr')).toBe('12\u202f345');
  expect(fill('{{n, number}}', { n: 12345 }, 'en')).toBe('12,345');
});
