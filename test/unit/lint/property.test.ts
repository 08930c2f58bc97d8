import fc from 'fast-check';
import { analyze } from '../../../src/core/analyze';
import { fromParagraphs, fromPlainText } from '../../../src/core/source';

// Words that exercise the rules, mixed with arbitrary Unicode (surrogates, marks, soft hyphens, NBSP...).
const pieces = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    'renforcer',
    'mise en place',
    'AMELIORER',
    'l’',
    "d'",
    '\u00AD',
    '\u00A0',
    '\u202F',
    'œ',
    'ﬁ',
    '(',
    ')',
    '.',
    ' ',
    '\n',
    '\r\n',
    'PGO',
    'open data',
    'à terme',
    'plus de',
    'nous nous efforcerons de',
    'e\u0301',
    '😀',
    '\uD800',
    'Glossaire',
    'strengthen',
  ),
);
const text = fc.array(pieces, { maxLength: 40 }).map((xs) => xs.join(''));

describe('properties', () => {
  test('for any input: no throw, offsets inside the text, slice equals actual', () => {
    fc.assert(
      fc.property(text, fc.constantFrom<'fr' | 'en' | undefined>('fr', 'en', undefined), (t, lang) => {
        const a = analyze(fromPlainText(t), { lang });
        for (const f of a.findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(t.length);
          expect(f.start).toBeLessThanOrEqual(f.end);
          expect(t.slice(f.start, f.end)).toBe(f.actual);
          const p = a.paragraphs[f.paragraph];
          expect(f.start - p.start).toBe(f.paragraphOffset);
        }
      }),
      { numRuns: 400 },
    );
  });

  test('paragraph input: findings map back into their paragraph', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), (paras) => {
        const a = analyze(fromParagraphs(paras.map((p) => ({ text: p.replace(/[\r\n]/g, ' ') }))), { lang: 'fr' });
        for (const f of a.findings) {
          const p = a.paragraphs[f.paragraph];
          expect(f.start).toBeGreaterThanOrEqual(p.start);
          expect(f.end).toBeLessThanOrEqual(p.end);
          expect(a.text.slice(f.start, f.end)).toBe(f.actual);
        }
      }),
      { numRuns: 200 },
    );
  });
});
