// The sheets' common case is read without csv-parse (plainRecords): it must give csv-parse's records exactly, and
// leave every text it does not read the same way to csv-parse (which then says what is wrong).
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { plainRecords } from '../../../src/cli/publish/csv';

const csvParse = (text: string): string[][] | string => {
  try {
    return parse(text, { relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (e) {
    return (e as { code?: string }).code ?? 'error';
  }
};

/** Cells with the characters that matter to CSV, quoted when they must be (or when asked). */
const cell = fc
  .tuple(
    fc.array(fc.constantFrom('a', 'é', ' ', ',', '"', '\n', '\r\n', '’', ';', "'"), { maxLength: 6 }),
    fc.boolean(),
  )
  .map(([chars, quote]) => {
    const s = chars.join('');
    return quote || /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  });

test('well-formed sheets: the same records as csv-parse, whatever the cells and line ends', () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 6 }),
      fc.constantFrom('\n', '\r\n'),
      fc.boolean(),
      (rows, eol, last) => {
        const text = rows.map((r) => r.join(',')).join(eol) + (last && rows.length ? eol : '');
        const plain = plainRecords(text);
        expect(plain).toBeDefined();
        expect(plain).toEqual(csvParse(text));
      },
    ),
    { numRuns: 2000 },
  );
});

test('any text: the same records as csv-parse, or left to csv-parse', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom('a', 'b', ',', '"', '\n', '\r', '\r\n', ' ', 'é'), { maxLength: 30 }),
      (chars) => {
        const text = chars.join('');
        const plain = plainRecords(text);
        if (plain !== undefined) expect(plain).toEqual(csvParse(text));
      },
    ),
    { numRuns: 5000 },
  );
});

test('what it leaves to csv-parse: stray quotes, unclosed quotes, lone CR, mixed line ends', () => {
  for (const text of ['a"b,c', '"a"b,c', '"abc', 'a\rb', 'a\nb\r\nc', '"a" ,b'])
    expect({ text, plain: plainRecords(text) }).toEqual({ text, plain: undefined });
  expect(plainRecords('id,texte\r\nC01,"Dit ""oui"",\r\npuis non"\r\n\r\nC02,\r\n')).toEqual([
    ['id', 'texte'],
    ['C01', 'Dit "oui",\r\npuis non'],
    [''],
    ['C02', ''],
  ]);
});

const csvParseWith = (text: string, delimiter: string): string[][] | string => {
  try {
    return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (e) {
    return (e as { code?: string }).code ?? 'error';
  }
};

test('sheets separated by semicolons or tabs: the same records as csv-parse given that delimiter', () => {
  const any = fc.array(fc.constantFrom('a', 'é', ' ', ',', ';', '\t', '"', '\n', '\r\n'), { maxLength: 6 });
  fc.assert(
    fc.property(
      fc.constantFrom(';', '\t'),
      fc.array(fc.array(fc.tuple(any, fc.boolean()), { minLength: 1, maxLength: 5 }), { maxLength: 6 }),
      fc.constantFrom('\n', '\r\n'),
      (delimiter, rows, eol) => {
        const cellText = ([chars, quote]: [string[], boolean]) => {
          const s = chars.join('');
          return quote || /["\r\n]/.test(s) || s.includes(delimiter) ? `"${s.replace(/"/g, '""')}"` : s;
        };
        const text = rows.map((r) => r.map(cellText).join(delimiter)).join(eol);
        const plain = plainRecords(text, delimiter);
        expect(plain).toBeDefined();
        expect(plain).toEqual(csvParseWith(text, delimiter));
      },
    ),
    { numRuns: 2000 },
  );
  // Any text: the same records, or left to csv-parse.
  fc.assert(
    fc.property(fc.array(fc.constantFrom('a', ',', ';', '\t', '"', '\n', '\r\n', ' '), { maxLength: 30 }), (chars) => {
      const text = chars.join('');
      for (const delimiter of [';', '\t'] as const) {
        const plain = plainRecords(text, delimiter);
        if (plain !== undefined) expect(plain).toEqual(csvParseWith(text, delimiter));
      }
    }),
    { numRuns: 3000 },
  );
});
