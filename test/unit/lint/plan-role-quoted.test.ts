// Whether a vague word stands inside a quotation (plan-role.ts, `quoted`) is read in its paragraph in place, and only
// where a closing mark follows it: it must say what the plain reading says, which cuts the text before and after the
// words out and counts straight quotes by splitting.
import fc from 'fast-check';
import { quoted } from '../../../src/core/checks/plan-role';
import { fromParagraphs } from '../../../src/core/source';
import type { Finding } from '../../../src/core/types';

function quotedPlain(paragraph: string, start: number, end: number): boolean {
  const before = paragraph.slice(0, start);
  const after = paragraph.slice(end);
  const ownWordsBefore = (open: number) => /\p{L}/u.test(before.slice(0, open));
  const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('«'));
  const close = Math.max(before.lastIndexOf('”'), before.lastIndexOf('»'));
  if (open > close) return /[”»]/.test(after) && ownWordsBefore(open);
  return before.split('"').length % 2 === 0 && after.includes('"') && ownWordsBefore(before.lastIndexOf('"'));
}

const pieces = fc.constantFrom(
  '“',
  '”',
  '«',
  '»',
  '"',
  ' ',
  'a',
  'la loi',
  ', ',
  '. ',
  'Renforcer',
  '« ',
  ' »',
  '’',
  '1',
);
const paragraph = fc.array(pieces, { maxLength: 25 }).map((xs) => xs.join(''));

describe('a quotation read in place', () => {
  test('says what the text cut out before and after the words says, at every place of a paragraph', () => {
    fc.assert(
      fc.property(paragraph, paragraph, fc.nat(), fc.nat(), (first, text, a, b) => {
        // The paragraph under test is the second: its offsets in the source are not its own.
        const source = fromParagraphs([{ text: first }, { text }]);
        const p = source.paragraphs[1];
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        const finding = { paragraph: 1, start: p.start + start, end: p.start + end } as Finding;
        expect(quoted(source, finding)).toBe(quotedPlain(text, start, end));
      }),
      { numRuns: 3000 },
    );
  });

  test('finds the quotations of the drafts it is written for', () => {
    const text = 'the Compact, which states, “Give early notice of forthcoming consultations”, and "promote" it';
    const source = fromParagraphs([{ text }]);
    const at = (word: string) =>
      ({ paragraph: 0, start: text.indexOf(word), end: text.indexOf(word) + word.length }) as Finding;
    expect(quoted(source, at('Give'))).toBe(true);
    expect(quoted(source, at('promote'))).toBe(true);
    expect(quoted(source, at('Compact'))).toBe(false);
    expect(quoted(source, at('states'))).toBe(false);
  });
});
