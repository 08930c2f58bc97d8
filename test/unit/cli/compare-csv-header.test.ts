// `check --compare --format csv`: every column's name starts with a capital, in both languages (audit 14, finding
// 22: « Change,before,after,Points before,…,fields added »).
import { join } from 'node:path';
import { runCli } from './helpers';

jest.setTimeout(60_000);

const FIXTURES = join(__dirname, '../../fixtures/cli');

test.each([
  ['fr_FR.UTF-8', ';'],
  ['en_US.UTF-8', ','],
])('the header of the comparison sheet, %s', async (LANG, sep) => {
  const r = await runCli(
    ['check', '--compare', '--format', 'csv', join(FIXTURES, 'plan-fr.md'), join(FIXTURES, 'plan-fr-v2.md')],
    { LANG },
  );
  expect(r.code).toBeLessThan(2);
  const header = r.stdout
    .replace(/^\ufeff/, '')
    .split('\r\n')[0]
    .split(sep);
  expect(header).toHaveLength(10);
  for (const name of header)
    expect({ name, first: name.charAt(0) }).toEqual({ name, first: name.charAt(0).toUpperCase() });
  // Still the report's own words, after their first letter.
  expect(header.slice(1).map((h) => h.slice(1))).toEqual(
    LANG.startsWith('fr')
      ? [
          'vant',
          'près',
          'récision avant',
          'récision après',
          'oints avant',
          'oints après',
          'hamps ajoutés',
          'hamps perdus',
          'hamps modifiés',
        ]
      : [
          'efore',
          'fter',
          'evel before',
          'evel after',
          'oints before',
          'oints after',
          'ields added',
          'ields lost',
          'ields changed',
        ],
  );
});
