// A site is published in its plan's language unless --site-lang asks for both (audit 14, finding 21: an English
// plan's site had a French half of English texts under French labels); publish names its options as `check`
// does: --lang the messages' language, --text-lang the plan's.
import { join } from 'node:path';
import { PLAN, runCli, snapshot, TODAY, workspace } from './helpers';

jest.setTimeout(60_000);

const EN_PLAN = join(__dirname, '../../fixtures/cli/plan-en.md');
const EN = { LANG: 'en_US.UTF-8' };

test('an English plan: an English site; both languages when asked, the plan’s first', async () => {
  const dir = workspace();
  const one = join(dir, 'one');
  expect((await runCli(['publish', EN_PLAN, '--today', TODAY, '--out', one], EN)).code).toBe(0);
  const files = snapshot(one);
  const pages = Object.keys(files).filter((f) => f.includes('/'));
  expect(pages.length).toBeGreaterThan(3);
  expect(pages.every((f) => f.startsWith('en/'))).toBe(true);
  expect(files['index.html']).not.toMatch(/Choisissez|fr\/index\.html|Choose your language/);
  expect(files['en/index.html']).not.toContain('hreflang="fr"');
  // One language: no empty « Language » navigation, and the root goes straight to the dashboard (audit16 #21).
  expect(files['en/C01.html']).not.toContain('<nav aria-label="Language">');
  expect(files['index.html']).toContain('<meta http-equiv="refresh" content="0; url=en/index.html">');
  expect(JSON.parse(files['plan.json']).language).toBe('en');

  const both = join(dir, 'both');
  const r = await runCli(['publish', EN_PLAN, '--today', TODAY, '--site-lang', 'fr,en', '--out', both], EN);
  expect(r.code).toBe(0);
  const two = snapshot(both);
  expect(Object.keys(two).filter((f) => f.startsWith('fr/'))).toHaveLength(pages.length / 2 + pages.length / 2);
  expect(two['index.html'].indexOf('en/index.html')).toBeLessThan(two['index.html'].indexOf('fr/index.html'));
  expect(two['index.html']).toContain('Choose your language');
  expect(two['index.html']).not.toContain('http-equiv="refresh"');
  expect(two['en/C01.html']).toContain('<nav aria-label="Language"><ul><li><a href="../fr/C01.html"');
  // The English pages of the bilingual site differ from the English site's by the language switch only.
  const strip = (s: string) =>
    s
      .replace(/<link rel="alternate" hreflang="fr"[^>]*>|<li><a href="\.\.\/fr\/[^\n]*?<\/li>/g, '')
      .replace('<nav aria-label="Language"><ul></ul></nav>', '');
  expect(strip(two['en/C01.html'])).toBe(strip(files['en/C01.html']));
});

test('a French plan: a French site unless asked', async () => {
  const dir = workspace();
  const site = join(dir, 'site');
  expect((await runCli(['publish', PLAN, '--today', TODAY, '--out', site])).code).toBe(0);
  expect(Object.keys(snapshot(site)).some((f) => f.startsWith('en/'))).toBe(false);
});

test('--lang names the messages’ language, as for check; --text-lang the plan’s; both in --help', async () => {
  const dir = workspace();
  // An English plan with French messages: read as English, its site English, and --lang's new meaning said.
  const r = await runCli(['publish', EN_PLAN, '--lang', 'fr', '--today', TODAY, '--check'], EN);
  expect(r.code).toBe(0);
  expect(r.stderr).toContain(
    'jalon : --lang fr donne la langue des messages ; le plan est lu en anglais, sa langue. Pour le lire en français, écrivez --text-lang fr.',
  );
  expect(r.stderr).toMatch(/Tout est valide/);
  // --text-lang reads it in the language given, and says it reads as the other.
  const forced = await runCli(['publish', EN_PLAN, '--text-lang', 'fr', '--today', TODAY, '--out', join(dir, 's')], EN);
  expect(forced.code).toBe(0);
  expect(forced.stderr).toContain('--text-lang');
  expect(Object.keys(snapshot(join(dir, 's'))).some((f) => f.startsWith('fr/'))).toBe(true);
  const help = (await runCli(['help', 'publish'], EN)).stdout.replace(/\s+/g, ' ');
  expect(help).toMatch(/--lang <lang> language of the messages/);
  expect(help).toMatch(/--text-lang <lang> language to read the plan in/);
  expect(help).toMatch(/--site-lang <lang> the site's languages: the plan's alone by default/);
});
