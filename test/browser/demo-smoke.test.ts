// The built demo page in Debian's headless Chromium: it loads, shows the sample plan, logs no error (a
// Content-Security-Policy violation would), the pane highlights findings and removes them, and axe-core finds
// no accessibility violation in the page around the pane.
import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, sessionForFile } from './harness';

jest.setTimeout(90_000);

const s = sessionForFile();

async function open(query: string): Promise<{ page: Page; errors: string[] }> {
  const page = await s.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  await page.goto(`${s.url}/demo.html${query}`);
  await page.waitForFunction(() => Boolean(window.__jalonDemo) && document.querySelector('[data-jalon-pane]') !== null);
  return { page, errors };
}

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's CSP (scripts from 'self' only) does not block it.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    // The pane's own views are checked one by one in pane-flow.test.ts; this covers the page around it.
    const r = await axe.run({ include: [document], exclude: [['#root']] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

it('loads the sample plan beside the pane, highlights findings and removes them, without errors', async () => {
  const { page, errors } = await open('?lang=fr');
  await expect(page.locator('.page h1').textContent()).resolves.toContain('Plan d’action national');
  expect(await page.locator('.page [data-pid]').count()).toBeGreaterThan(30);
  const text = await page.evaluate(() => window.__jalonDemo!.getText());
  expect(text).toContain('renforcer la transparence');

  await page
    .getByRole('button', { name: /^Vérifier/ })
    .first()
    .click();
  await page.waitForFunction(() => window.__jalonDemo!.getHighlights().length > 0, undefined, { timeout: 60_000 });
  const highlights = await page.evaluate(() => window.__jalonDemo!.getHighlights());
  expect(highlights.map((h) => h.text.toLowerCase())).toEqual(expect.arrayContaining(['renforcer']));
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, 'demo-checked.png') });

  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: /Effacer les surlignages/ }).click();
  await page.waitForFunction(() => window.__jalonDemo!.getHighlights().length === 0, undefined, { timeout: 60_000 });
  expect(errors).toEqual([]);
  await page.close();
});

it('has no accessibility violation in English and dark theme either, and typing updates the document', async () => {
  const { page, errors } = await open('?lang=en&theme=dark');
  await expect(page.locator('.demo-bar h1').textContent()).resolves.toBe('Jalon — demo');
  expect(await axeViolations(page)).toEqual([]);
  const para = page.locator('.page p').nth(1);
  await para.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Ajout.');
  const id = await para.getAttribute('data-pid');
  // The model follows the editable page on input events: wait for it rather than race it.
  const wait = { timeout: 10_000 };
  await page.waitForFunction(
    (pid) => window.__jalonDemo!.host.paragraphs.find((p) => p.id === pid)?.text.endsWith(' Ajout.'),
    id,
    wait,
  );
  // Enter splits the paragraph in the model, Backspace at its start joins it back.
  const count = () => page.evaluate(() => window.__jalonDemo!.host.paragraphs.length);
  const n = await count();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Suite');
  await page.waitForFunction(() => window.__jalonDemo!.getText().includes(' Ajout.\nSuite'), undefined, wait);
  expect(await count()).toBe(n + 1);
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Backspace');
  await page.waitForFunction(() => window.__jalonDemo!.getText().includes(' Ajout.Suite'), undefined, wait);
  expect(await count()).toBe(n);
  expect(errors).toEqual([]);
  await page.close();
});

it('pastes several lines as several body paragraphs, even into the title (as Word pastes text)', async () => {
  const { page, errors } = await open('');
  const count = () => page.evaluate(() => window.__jalonDemo!.host.paragraphs.length);
  const n = await count();
  // The title's end, then a paste of three lines, one of them empty.
  await page.locator('.page h1').click();
  await page.keyboard.press('End');
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', ' (projet)\r\nEngagement 9 : Publier les avis\n\nLe ministère publiera 40 avis.');
    document.activeElement!.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  });
  await page.waitForFunction(
    () => window.__jalonDemo!.getText().includes('Le ministère publiera 40 avis.'),
    undefined,
    {
      timeout: 10_000,
    },
  );
  expect(await count()).toBe(n + 3);
  const added = await page.evaluate(() =>
    window.__jalonDemo!.host.paragraphs.slice(0, 5).map((p) => [p.text, p.headingLevel]),
  );
  expect(added[0][0]).toMatch(/ \(projet\)$/);
  expect(added[0][1]).toBe(1);
  expect(added.slice(1, 4)).toEqual([
    ['Engagement 9 : Publier les avis', 0],
    ['', 0],
    ['Le ministère publiera 40 avis.', 0],
  ]);
  expect(errors).toEqual([]);
  await page.close();
});
