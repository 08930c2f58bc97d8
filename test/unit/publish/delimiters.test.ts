// Sheets whose columns are separated by semicolons (Excel and LibreOffice in French) or tabs are read as they are:
// the same table, the same site, the same messages with the same lines and columns as a sheet separated by commas.
// The files of test/fixtures/publish/libreoffice/ were written by LibreOffice Calc 7.4 from the comma fixtures:
//   soffice --headless --infilter='CSV:44,34,76,1' --convert-to xlsx updates-2024-06.csv
//   soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):59,34,76,1' updates-2024-06.xlsx
// (tricky-commas.csv, the June sheet with semicolons, commas, quotes and a line break in its cells, the same way).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { detectDelimiter, parseTable } from '../../../src/cli/publish/csv';
import {
  DECEMBER,
  FEEDBACK,
  FIXTURES,
  JUNE,
  PLAN,
  publishArgs,
  runCli,
  sheet,
  snapshot,
  TODAY,
  workspace,
} from './helpers';

jest.setTimeout(60_000);

const LO = join(FIXTURES, 'libreoffice');

/** CSV text of these records with this delimiter, quoting only the cells that must be (as Excel does). */
function csvOf(records: string[][], delimiter: string, eol = '\r\n'): string {
  const cell = (c: string) => (/["\r\n]/.test(c) || c.includes(delimiter) ? `"${c.replace(/"/g, '""')}"` : c);
  return `\ufeff${records.map((r) => r.map(cell).join(delimiter)).join(eol)}${eol}`;
}

const recordsOf = (file: string): string[][] =>
  parse(readFileSync(file, 'utf8').replace(/^\ufeff/, ''), { relax_column_count: true }) as string[][];

const tableOf = (file: string, text: string | Uint8Array) =>
  parseTable(file, typeof text === 'string' ? new TextEncoder().encode(text) : text);

test('the delimiter is the one the header holds most outside quotes; a comma when none or on a tie', () => {
  expect(detectDelimiter('id;period;"a, b, c"\r\nx,y,z')).toBe(';');
  expect(detectDelimiter('id,period,"a; b; c"\nx;y;z;w')).toBe(',');
  expect(detectDelimiter('id\tperiod\t"a,b"')).toBe('\t');
  expect(detectDelimiter('"id;period"\n1;2;3')).toBe(',');
  expect(detectDelimiter('id;per,iod')).toBe(',');
  expect(detectDelimiter('')).toBe(',');
});

test('a sheet LibreOffice saved with semicolons reads as the comma sheet it came from', () => {
  for (const [comma, semicolons] of [
    [JUNE, join(LO, 'updates-2024-06.csv')],
    [DECEMBER, join(LO, 'updates-2024-12.csv')],
    [FEEDBACK, join(LO, 'feedback.csv')],
    [join(LO, 'tricky-commas.csv'), join(LO, 'tricky-semicolons.csv')],
  ]) {
    const a = tableOf('f.csv', readFileSync(comma));
    const b = tableOf('f.csv', readFileSync(semicolons));
    expect(b.problems).toEqual([]);
    expect(b.table).toEqual(a.table);
  }
  // The cells that hold the delimiter, commas, quotes and a line break came through whole.
  const tricky = tableOf('t.csv', readFileSync(join(LO, 'tricky-semicolons.csv'))).table!;
  const progress = tricky.header.indexOf('progress');
  expect(tricky.rows[0].cells[progress]).toBe(
    'L’arrêté du 12 mars 2024 ; il fixe le format « des données », dit "JORF"\net sa mise à jour.',
  );
  expect(tricky.rows[1].row).toBe(3);
});

test('semicolons or tabs, with or without a BOM, LF or CRLF: the same table as commas', () => {
  const records = recordsOf(join(LO, 'tricky-commas.csv'));
  const commas = tableOf('f.csv', csvOf(records, ','));
  expect(commas.table?.rows.length).toBe(records.length - 1);
  for (const delimiter of [';', '\t'])
    for (const eol of ['\r\n', '\n'])
      for (const bom of [true, false]) {
        const text = csvOf(records, delimiter, eol);
        const read = tableOf('f.csv', bom ? text : text.slice(1));
        expect({ delimiter, eol, bom, ...read }).toEqual({ delimiter, eol, bom, ...commas });
      }
});

describe('what is wrong in a semicolon sheet is said at the same line and column as in a comma sheet', () => {
  const header = ['id', 'period', 'status', 'progress', 'evidence', 'challenges', 'updated'];
  const cases: [string, string[][]][] = [
    ['an unclosed quote', [header, ['C01.3', '2025-01', 'complete', '"Fait', '', '', '']]],
    ['a stray quote', [header, ['C01.3', '2025-01', 'complete', 'Fa"it', '', '', '']]],
    ['a row longer than the header', [header, ['C01.3', '2025-01', 'complete', 'Fait', 'en avance', '', '', 'x']]],
  ];
  it.each(cases)('%s', (_, records) => {
    // Written by hand (no quoting): the mistake itself is the text.
    const said = (delimiter: string) =>
      tableOf('f.csv', records.map((r) => r.join(delimiter)).join('\r\n')).problems.map((p) => ({
        ...p,
        code: p.code.replace(/Semicolon$/, ''),
      }));
    const commas = said(',');
    expect(commas).toHaveLength(1);
    expect(said(';')).toEqual(commas);
  });

  test('a character in Windows-1252 names its cell', () => {
    const text = 'id;period;progress\r\nC01.3;2025-01;"Fait; publié"\r\n';
    const read = tableOf('f.csv', Buffer.from(text, 'latin1'));
    expect(read.problems).toEqual([
      { file: 'f.csv', code: 'cp1252', vars: { char: 'Fait; publié' }, row: 2, column: 2, columnName: 'progress' },
    ]);
  });

  test("a Windows-1252 cell is quoted from its start, its dashes and quotes read as Windows-1252's (audit16 #18)", () => {
    // Excel's en dash and typographic quotes are bytes 0x96, 0x93, 0x94: the bad character alone shows nothing.
    const bytes = Buffer.concat([
      Buffer.from('id,progress\r\nC01.2,"Report published ', 'latin1'),
      Buffer.from([0x96]),
      Buffer.from(' café ', 'latin1'),
      Buffer.from([0x93]),
      Buffer.from('final', 'latin1'),
      Buffer.from([0x94]),
      Buffer.from(' and much more text after it"\r\n', 'latin1'),
    ]);
    expect(tableOf('m.csv', bytes).problems).toEqual([
      expect.objectContaining({ code: 'cp1252', vars: { char: 'Report published – café “final” and much…' } }),
    ]);
  });
});

test('jalon publish: sheets and feedback LibreOffice saved with semicolons make the same site', async () => {
  const dir = workspace();
  const commas = join(dir, 'commas');
  const semicolons = join(dir, 'semicolons');
  expect((await runCli(publishArgs(commas))).code).toBe(0);
  const args = [
    'publish',
    PLAN,
    '--updates',
    join(LO, 'updates-2024-06.csv'),
    join(LO, 'updates-2024-12.csv'),
    '--feedback',
    join(LO, 'feedback.csv'),
    '--today',
    TODAY,
    '--site-lang',
    'fr,en',
    '--out',
    semicolons,
  ];
  const r = await runCli(args);
  expect(r.stderr).toMatch(/^jalon : sans --contact, .*\njalon : Site publié dans [^\n]*\n$/);
  expect(r.code).toBe(0);
  expect(snapshot(semicolons)).toEqual(snapshot(commas));
});

test('jalon publish: a bad cell of a semicolon sheet is named by its line and column, and a stray semicolon', async () => {
  const dir = workspace();
  const commas = sheet(dir, 'virgules.csv', [
    { id: 'C01.3', period: 'début 2025', status: 'complete', progress: 'Fait ; publié' },
  ]);
  const semicolons = join(dir, 'points-virgules.csv');
  writeFileSync(semicolons, csvOf(recordsOf(commas), ';'));
  const stray = join(dir, 'en-trop.csv');
  writeFileSync(stray, 'id;period;status;progress\r\nC01.3;2025-01;complete;Fait; publié\r\n');
  const run = (f: string) =>
    runCli(['publish', PLAN, '--updates', f, '--feedback', FEEDBACK, '--today', TODAY, '--check']);
  const a = await run(commas);
  const b = await run(semicolons);
  expect(b.code).toBe(1);
  expect(b.stderr.split(semicolons).join('F')).toBe(a.stderr.split(commas).join('F'));
  expect(b.stderr).toContain(
    `jalon : ${semicolons}, ligne 2, colonne G (period) : « début 2025 » n’est pas une période`,
  );
  const c = await run(stray);
  expect(c.stderr).toContain(
    `jalon : ${stray}, ligne 2, colonne E : cette ligne a 5 colonnes et l’en-tête 4 : mettez entre guillemets le texte qui contient des points-virgules`,
  );
  // Nothing tells the user to change Windows' list separator any more.
  expect(a.stderr + b.stderr + c.stderr).not.toMatch(/Séparateur de listes|séparez-les par des virgules/);
});
