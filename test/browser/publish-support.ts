// Shared by the browser test of `jalon publish` and by the eval on the real trackers: open a published site
// from the file system in Debian's Chromium, and check a page as the public would meet it: it opens, nothing
// leaves it, axe finds nothing, the keyboard reaches every link with a visible focus, a phone needs no
// sideways scrolling.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { runAxe, SCREENSHOTS, type AxeViolation } from './harness';

export { launchChromium, SCREENSHOTS } from './harness';

export interface Opened {
  page: Page;
  /** Every URL the pages asked for outside the site's folder. */
  requests: string[];
  errors: string[];
  /** Opens another file in the same tab (the lists above start again). */
  goto: (file: string) => Promise<void>;
  close: () => Promise<void>;
}

/** Opens `file` of the site in `root` (its folder): a request for anything outside that folder is recorded. */
export async function openPage(browser: Browser, root: string, file: string, width = 1280): Promise<Opened> {
  // bypassCSP only so that axe can be injected: the pages themselves forbid every script.
  const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  const opened: Opened = {
    page,
    requests: [],
    errors: [],
    goto: async (f: string) => {
      current = `file://${f}`;
      opened.requests.length = 0;
      opened.errors.length = 0;
      const response = await page.goto(current);
      if (!response?.ok()) opened.errors.push(`could not open ${current}`);
      // The site's stylesheet applied (its page margin is none).
      else if ((await page.evaluate(() => getComputedStyle(document.body).marginTop)) !== '0px')
        opened.errors.push(`no stylesheet on ${current}`);
    },
    close: () => context.close(),
  };
  let current = '';
  page.on('request', (r) => {
    if (!r.url().startsWith(`file://${root}/`)) opened.requests.push(r.url());
  });
  page.on('pageerror', (e) => opened.errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') opened.errors.push(m.text());
  });
  await opened.goto(file);
  return opened;
}

export async function axe(page: Page): Promise<AxeViolation[]> {
  // No preload: axe would fetch the stylesheet again, which a file:// page may not do.
  return runAxe(page, null, { preload: false });
}

/** Tab through the page: the links and scrolling tables it reaches, and whether each showed a focus ring. */
export async function tabThrough(page: Page, max = 40): Promise<{ reached: string[]; unseen: string[] }> {
  const reached: string[] = [];
  const unseen: string[] = [];
  for (let k = 0; k < max; k++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return undefined;
      const style = getComputedStyle(el);
      const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      return {
        name: `${el.tagName.toLowerCase()}:${(el.getAttribute('href') ?? el.getAttribute('aria-label') ?? '').slice(0, 60)}`,
        ring,
      };
    });
    if (!f) break;
    reached.push(f.name);
    if (!f.ring) unseen.push(f.name);
  }
  return { reached, unseen };
}

/** How far the page is wider than the window (0 when nothing needs sideways scrolling). */
export function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** What a published page shows of itself, read from its DOM. */
export function pageFacts(
  page: Page,
): Promise<{ lang: string; h1: string; sections: string[]; overdueRows: string[]; switchTo: string }> {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    h1: document.querySelector('h1')?.textContent ?? '',
    sections: [...document.querySelectorAll('main h2[id]')].map((h) => h.id),
    overdueRows: [
      ...document.querySelectorAll('#overdue ~ details.group tr.late td:first-child, ol.timeline > li.late'),
    ].map((e) => (e.id || e.textContent || '').trim()),
    switchTo: (document.querySelector('header nav a') as HTMLAnchorElement | null)?.href ?? '',
  }));
}
