// Audit 15, findings 11 and 14: on a phone the dashboard shows each commitment as a card, its late count and lead
// named and on screen (no column hidden off to the side); the Atom feed's titles have one colon, not two.
import { join } from 'node:path';
import { publishArgs, runCli, snapshot, tempDir } from './helpers';

jest.setTimeout(60_000);

let files: Record<string, string>;
beforeAll(async () => {
  const site = join(tempDir('jalon-phone-'), 'site');
  expect((await runCli(publishArgs(site))).code).toBe(0);
  files = snapshot(site);
});

test('every cell of a commitment but its number and title is named by its column, for the card a phone shows', () => {
  const html = files['fr/index.html'];
  const table = html.split('<h2 id="commitments">')[1].split('</table>')[0];
  expect(table).toContain('<table class="cards">');
  const rows = table
    .split('<tbody>')[1]
    .split('</tr>')
    .filter((r) => r.includes('<td'));
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    const labels = [...row.matchAll(/<td[^>]*data-label="([^"]*)"/g)].map((m) => m[1]);
    expect(labels).toEqual(['Points', 'En retard', 'Précision (estimée)', 'Porteur']);
  }
  const english = files['en/index.html'].split('<h2 id="commitments">')[1];
  expect(english).toContain('data-label="Lead"');
});

test('on a narrow screen the table is cards, each cell under its name: nothing off-screen', () => {
  const css = files['style.css'];
  const narrow = css.split('@media (max-width:40rem){')[1].split('\n}')[0];
  expect(narrow).toContain('table.cards tr{');
  expect(narrow).toMatch(/table\.cards,table\.cards tbody,table\.cards tr,table\.cards td\{display:block/);
  expect(narrow).toContain('content:attr(data-label)');
  expect(narrow).toContain('.scroll:has(table.cards){overflow:visible');
});

test('an Atom entry’s title has one colon (« C01.2 — premier état : Limité »)', () => {
  const titles = [...files['fr/feed.xml'].matchAll(/<entry>[\s\S]*?<title>([^<]*)<\/title>/g)].map((m) => m[1]);
  expect(titles.length).toBeGreaterThan(0);
  for (const title of titles)
    expect({ title, colons: title.split(':').length - 1 }).toEqual({
      title,
      colons: title.includes('premier état') ? 1 : 0,
    });
  expect(titles.some((t) => /^C\d{2}\.\d+ — premier état : /.test(t))).toBe(true);
});
