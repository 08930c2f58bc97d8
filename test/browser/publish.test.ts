// The published site in headless Chromium, opened from the file system as a reader would: every page of the test
// plan in both languages opens with nothing leaving it, axe finds no violation, the keyboard reaches the links
// with a visible focus, a phone needs no sideways scrolling, the overdue milestones come first and are marked,
// the language switch keeps the page. Screenshots of each kind of page land in test-results/screenshots.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { runCli, tempDir } from '../unit/cli/helpers';
import { axe, launchChromium, openPage, overflow, pageFacts, screenshot, tabThrough } from './publish-support';

jest.setTimeout(180_000);

const FIXTURES = join(__dirname, '..', 'fixtures', 'publish');
let browser: Browser;
let site: string;

beforeAll(async () => {
  site = join(tempDir('jalon-site-'), 'site');
  const r = await runCli([
    'publish',
    join(FIXTURES, 'plan-fr.md'),
    '--updates',
    join(FIXTURES, 'updates-2024-06.csv'),
    join(FIXTURES, 'updates-2024-12.csv'),
    '--feedback',
    join(FIXTURES, 'feedback.csv'),
    '--today',
    '2025-03-01',
    '--out',
    site,
  ]);
  expect(r.code).toBe(0);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const pages = () =>
  ['fr', 'en'].flatMap((lang) =>
    readdirSync(join(site, lang))
      .filter((f) => f.endsWith('.html'))
      .map((f) => `${lang}/${f}`),
  );

test('every page opens, asks for nothing beyond itself, and axe finds no violation', async () => {
  expect(pages()).toHaveLength(8);
  const o = await openPage(browser, site, join(site, 'index.html'));
  // The root sends the reader on to the plan's language.
  await o.page.waitForURL(`file://${join(site, 'fr', 'index.html')}`);
  for (const path of pages()) {
    await o.goto(join(site, path));
    expect({ path, requests: o.requests, errors: o.errors }).toEqual({ path, requests: [], errors: [] });
    expect({ path, violations: await axe(o.page) }).toEqual({ path, violations: [] });
  }
  await o.close();
});

test('the dashboard puts the overdue milestones first and marks them, in both languages', async () => {
  for (const [lang, late] of [
    ['fr', 'En retard'],
    ['en', 'Overdue'],
  ]) {
    const o = await openPage(browser, site, join(site, lang, 'index.html'));
    const facts = await pageFacts(o.page);
    expect(facts.lang).toBe(lang);
    expect(facts.sections.slice(0, 2)).toEqual(['summary', 'overdue']);
    expect(facts.overdueRows).toEqual(['C01.2', 'C02.2']);
    await expect(
      o.page.locator('#overdue + p + .scroll tr.late').first().getByText(late, { exact: true }).isVisible(),
    ).resolves.toBe(true);
    await screenshot(o.page, `publish-dashboard-${lang}`);
    await o.close();
  }
});

test('the language switch keeps the page; a commitment page marks its overdue milestone', async () => {
  const o = await openPage(browser, site, join(site, 'fr', 'C01.html'));
  expect((await pageFacts(o.page)).overdueRows).toEqual(['C01.2']);
  await screenshot(o.page, 'publish-commitment-fr');
  await o.page.getByRole('link', { name: 'Read this page in English' }).click();
  expect(o.page.url()).toBe(`file://${join(site, 'en', 'C01.html')}`);
  const facts = await pageFacts(o.page);
  expect([facts.lang, facts.h1]).toEqual(['en', 'C01Publish the essential data of public procurement']);
  await screenshot(o.page, 'publish-commitment-en');
  await o.close();
});

test('the keyboard reaches the skip link, the language switch and the links, each with a visible focus', async () => {
  const o = await openPage(browser, site, join(site, 'fr', 'index.html'));
  const { reached, unseen } = await tabThrough(o.page);
  expect(reached.slice(0, 3)).toEqual(['a:#main', 'a:index.html', 'a:../en/index.html']);
  expect(reached).toContain('a:C01.html');
  expect(reached.some((r) => r.startsWith('div:Tableau défilant'))).toBe(true);
  expect(unseen).toEqual([]);
  await o.close();
});

test('on a phone nothing needs sideways scrolling; wide tables scroll inside their own region', async () => {
  for (const path of ['fr/index.html', 'en/C02.html']) {
    const o = await openPage(browser, site, join(site, path), 360);
    expect({ path, overflow: await overflow(o.page) }).toEqual({ path, overflow: 0 });
    await screenshot(o.page, `publish-${path.startsWith('fr') ? 'dashboard-fr' : 'commitment-en'}-phone`);
    await o.close();
  }
});

test('printing keeps the content and drops the navigation', async () => {
  const o = await openPage(browser, site, join(site, 'fr', 'C01.html'));
  await o.page.emulateMedia({ media: 'print' });
  const shown = await o.page.evaluate(() => ({
    nav: getComputedStyle(document.querySelector('header nav')!).display,
    timeline: getComputedStyle(document.querySelector('ol.timeline')!).display,
  }));
  expect(shown).toEqual({ nav: 'none', timeline: 'block' });
  const pdf = await o.page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  await o.close();
});
