// Shared by the pane's browser tests: open the built demo page, reach the pane, talk to the demo's document
// through the same DocumentHost the pane uses (window.__jalonDemo.host).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { runAxe, SCREENSHOTS, type AxeViolation, type Session } from './harness';

export { sessionForFile } from './harness';

export async function openDemo(
  s: Session,
  options: { lang?: 'fr' | 'en'; theme?: 'light' | 'dark'; width?: number; height?: number } = {},
): Promise<Page> {
  const context = await s.browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    locale: options.lang === 'en' ? 'en-US' : 'fr-FR',
    colorScheme: options.theme === 'dark' ? 'dark' : 'light',
    acceptDownloads: true,
    bypassCSP: true, // only so that axe-core can be injected
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  (page as unknown as { jalonErrors: string[] }).jalonErrors = errors;
  // The demo's own switches, where it reads them; locale and colour scheme above are the fallbacks.
  const q = new URLSearchParams();
  if (options.lang) q.set('lang', options.lang);
  if (options.theme) q.set('theme', options.theme);
  await page.goto(`${s.url}/demo.html?${q.toString()}`);
  await page.waitForSelector('[data-jalon-pane]');
  await page.waitForFunction(() => Boolean((window as unknown as { __jalonDemo?: unknown }).__jalonDemo));
  return page;
}

export const pane = (page: Page) => page.locator('[data-jalon-pane]');

/** Opens a tab and waits for its view: the tabs after the first load theirs on first opening (App.tsx). */
export async function openTab(page: Page, name: string): Promise<void> {
  const p = pane(page);
  await p.getByRole('tab', { name }).click();
  await p.locator('[role=tabpanel] > *').first().waitFor();
}

export async function runCheck(page: Page): Promise<void> {
  const p = pane(page);
  await p.getByRole('button', { name: /^(Vérifier le document|Check document|Revérifier|Check again)$/ }).click();
  await p.locator('[role=status] strong').first().waitFor();
  await p
    .getByRole('button', { name: /^(Revérifier|Check again)$/ })
    .and(p.locator(':not([disabled])'))
    .waitFor();
}

/** The demo document's paragraphs, read through the DocumentHost interface. */
export function paragraphs(page: Page): Promise<{ id: string; text: string; tags: string[]; headingLevel: number }[]> {
  return page.evaluate(async () => {
    const demo = (
      window as unknown as {
        __jalonDemo: {
          host: { readParagraphs(): Promise<{ id: string; text: string; tags: string[]; headingLevel: number }[]> };
        };
      }
    ).__jalonDemo;
    const ps = await demo.host.readParagraphs();
    return ps.map((p) => ({ id: p.id, text: p.text, tags: p.tags, headingLevel: p.headingLevel }));
  });
}

export const docText = (page: Page): Promise<string> =>
  page.evaluate(() => (window as unknown as { __jalonDemo: { getText(): string } }).__jalonDemo.getText());

export const highlightCount = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const h = (window as unknown as { __jalonDemo: { getHighlights(): unknown } }).__jalonDemo.getHighlights();
    return Array.isArray(h) ? h.length : h && typeof h === 'object' ? Object.keys(h).length : 0;
  });

/** What the document has selected: the page's selection, else DocumentHost.getSelection when it gives a span. */
export async function selectedText(page: Page): Promise<string> {
  const ps = await paragraphs(page);
  const sel = await page.evaluate(async () => {
    const host = (
      window as unknown as {
        __jalonDemo: {
          host: { getSelection?: () => Promise<{ paragraphId: string; start: number; end: number } | undefined> };
        };
      }
    ).__jalonDemo.host;
    const viaHost = host.getSelection ? await host.getSelection() : undefined;
    return { viaHost, dom: window.getSelection()?.toString() ?? '' };
  });
  if (sel.dom) return sel.dom;
  if (sel.viaHost && sel.viaHost.end > sel.viaHost.start) {
    const p = ps.find((x) => x.id === sel.viaHost!.paragraphId);
    if (p) return p.text.slice(sel.viaHost.start, sel.viaHost.end);
  }
  return '';
}

/** The whole page, or with `paneOnly` the pane alone (its full height, even where the demo scrolls it). */
export async function shot(page: Page, name: string, paneOnly = false): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  if (!paneOnly) {
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    return;
  }
  const viewport = page.viewportSize()!;
  const height = await pane(page).evaluate((el) => Math.ceil(el.scrollHeight));
  await page.setViewportSize({
    width: viewport.width,
    height: Math.min(4000, Math.max(viewport.height, height + 400)),
  });
  await pane(page).screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  await page.setViewportSize(viewport);
}

export async function axe(page: Page): Promise<AxeViolation[]> {
  return runAxe(page, { include: [['[data-jalon-pane]']] }, {});
}

/** Opens every group of results, so each finding is one click away. */
export async function expandAll(page: Page): Promise<void> {
  const closed = pane(page).locator('section[aria-label] button[aria-expanded=false]');
  for (let guard = 0; guard < 100 && (await closed.count()) > 0; guard++) await closed.first().click();
}
