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
    '--site-lang',
    'fr,en',
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
  expect(pages()).toHaveLength(10);
  const o = await openPage(browser, site, join(site, 'index.html'));
  // The root stays, and offers both languages, the plan's first.
  await o.page.waitForTimeout(300);
  expect(o.page.url()).toBe(`file://${join(site, 'index.html')}`);
  expect(await o.page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
    'fr/index.html',
    'en/index.html',
  ]);
  expect({ path: 'index.html', violations: await axe(o.page) }).toEqual({ path: 'index.html', violations: [] });
  for (const path of pages()) {
    await o.goto(join(site, path));
    expect({ path, requests: o.requests, errors: o.errors }).toEqual({ path, requests: [], errors: [] });
    expect({ path, violations: await axe(o.page) }).toEqual({ path, violations: [] });
  }
  await o.close();
});

test('the dashboard puts the commitments, then the overdue milestones first, and marks them, in both languages', async () => {
  for (const [lang, late] of [
    ['fr', '152 jours de retard'],
    ['en', '152 days late'],
  ]) {
    const o = await openPage(browser, site, join(site, lang, 'index.html'));
    const facts = await pageFacts(o.page);
    expect(facts.lang).toBe(lang);
    expect(facts.sections.slice(0, 3)).toEqual(['summary', 'commitments', 'overdue']);
    expect(facts.overdueRows).toEqual(['C01.2', 'C02.2']);
    // Each commitment's overdue milestones folded under a line that counts them; opened, they are marked.
    const group = o.page.locator('#overdue ~ details.group').first();
    await group.locator('summary').click();
    await expect(group.locator('tr.late').first().getByText(late, { exact: true }).isVisible()).resolves.toBe(true);
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
  expect(reached.slice(0, 4)).toEqual(['a:#main', 'a:index.html', 'a:../en/index.html', 'a:feedback.html#give']);
  // The commitments within a few presses: before the overdue milestones, with a menu at the top.
  expect(reached.indexOf('a:C01.html')).toBeGreaterThan(0);
  expect(reached.indexOf('a:C01.html')).toBeLessThan(16);
  expect(reached.indexOf('a:#commitments')).toBeLessThan(8);
  expect(reached.some((r) => r.startsWith('div:Tableau défilant'))).toBe(true);
  expect(unseen).toEqual([]);
  await o.close();
});

test('on a phone nothing needs sideways scrolling; wide tables scroll inside their own region', async () => {
  for (const path of ['fr/index.html', 'en/C02.html', 'fr/feedback.html']) {
    const o = await openPage(browser, site, join(site, path), 360);
    expect({ path, overflow: await overflow(o.page) }).toEqual({ path, overflow: 0 });
    await screenshot(o.page, `publish-${path.startsWith('fr') ? 'dashboard-fr' : 'commitment-en'}-phone`);
    await o.close();
  }
});

test('on a 390-px phone the status and days late of the overdue milestones, the points and overdue count of the commitments show without scrolling sideways', async () => {
  const o = await openPage(browser, site, join(site, 'fr', 'index.html'), 390);
  await o.page.locator('#overdue ~ details.group summary').first().click();
  const right = (selector: string) =>
    o.page.locator(selector).evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().right)));
  const overdue = [
    ...(await right('#overdue ~ details.group[open] tr.late td:nth-child(2)')),
    ...(await right('#overdue ~ details.group[open] tr.late td:nth-child(3)')),
  ];
  const commitments = [
    ...(await right('#commitments + .scroll td:nth-child(3)')),
    ...(await right('#commitments + .scroll td:nth-child(4)')),
  ];
  expect(overdue.length).toBeGreaterThan(0);
  expect(commitments.length).toBe(6);
  expect(Math.max(...overdue, ...commitments)).toBeLessThanOrEqual(390);
  await screenshot(o.page, 'publish-dashboard-fr-phone-390');
  await o.close();
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
