// The pane's quality bar in Chromium: keyboard, 320 px, and a 300-page plan (how long its longest task is lives in
// npm run bench: test/bench/pane-long-plan.bench.ts).
import { growDemo, LONG_PLAN_PARAGRAPHS } from './pane-long-plan';
import { expandAll, openDemo, openTab, pane, runCheck, selectedText, sessionForFile, shot } from './pane-support';

jest.setTimeout(180_000);

const s = sessionForFile();

test('everything is reachable with the keyboard, with a visible focus', async () => {
  const page = await openDemo(s, { lang: 'fr' });
  const p = pane(page);
  await p.locator('button').first().focus();
  // Tab until the Check button has focus, then press Enter.
  const focusedName = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  for (let i = 0; i < 30 && (await focusedName()) !== 'Vérifier le document'; i++) await page.keyboard.press('Tab');
  expect(await focusedName()).toBe('Vérifier le document');
  await page.keyboard.press('Enter');
  await p.locator('[role=status] strong').first().waitFor();
  await p.getByRole('button', { name: 'Revérifier' }).and(p.locator(':not([disabled])')).waitFor();
  // On to the first group of results: open it with Enter if it is closed, then on to its first finding.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate(() => ({
      expanded: document.activeElement?.getAttribute('aria-expanded'),
      finding: document.activeElement?.id.startsWith('jalon-f-') ?? false,
    }));
    if (state.finding) break;
    if (state.expanded === 'false') await page.keyboard.press('Enter');
  }
  const id = await page.evaluate(() => document.activeElement?.id);
  expect(id).toMatch(/^jalon-f-/);
  const outline = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const cs = getComputedStyle(el);
    return { style: cs.outlineStyle, width: parseFloat(cs.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
  const actual = await p.locator(`#${id} span`).first().innerText();
  await page.keyboard.press('Enter');
  await p.getByRole('region', { name: 'Détail de la remarque' }).waitFor();
  expect((await selectedText(page)).trim()).toBe(actual.trim());
  // Selecting in the document leaves the keyboard in the pane.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe(id);
  await shot(page, 'keyboard-focus-fr');
  // The tabs: arrow keys move between views.
  await p.getByRole('tab', { name: 'Vérifier' }).focus();
  await page.keyboard.press('ArrowRight');
  expect(await p.getByRole('tab', { name: 'Engagement' }).getAttribute('aria-selected')).toBe('true');
  await page.keyboard.press('End');
  expect(await p.getByRole('tab', { name: 'Vue du plan' }).getAttribute('aria-selected')).toBe('true');
});

test('readable at 320 px: nothing overflows the pane', async () => {
  const page = await openDemo(s, { lang: 'fr', width: 320, height: 800 });
  const p = pane(page);
  await runCheck(page);
  await expandAll(page);
  await p.locator('button[id^="jalon-f-"]').first().click();
  const overflow = async () =>
    p.evaluate((root) => {
      const box = root.getBoundingClientRect();
      const out: string[] = [];
      if (root.scrollWidth > root.clientWidth + 1)
        out.push(`pane scrollWidth ${root.scrollWidth} > ${root.clientWidth}`);
      for (const el of Array.from(root.querySelectorAll('button, input, textarea, select, table'))) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1))
          out.push(`${el.tagName} "${el.textContent?.slice(0, 30)}" ${Math.round(r.left)}-${Math.round(r.right)}`);
      }
      return { width: box.width, out };
    });
  const views: [string, string][] = [
    ['Vérifier', 'narrow-check-fr'],
    ['Engagement', 'narrow-engagement-fr'],
    ['Relecture', 'narrow-review-fr'],
    ['Vue du plan', 'narrow-overview-fr'],
  ];
  for (const [tab, name] of views) {
    await openTab(page, tab);
    const r = await overflow();
    expect(r.width).toBeLessThanOrEqual(320);
    expect(r.out).toEqual([]);
    await shot(page, name, true);
  }
});

test('a 300-page plan: the results arrive, and the pane answers during the check and after it', async () => {
  const page = await openDemo(s, { lang: 'fr' });
  // Grow the demo document to about 300 pages through the DocumentHost interface itself.
  const { added } = await growDemo(page);
  expect(added).toBe(LONG_PLAN_PARAGRAPHS);
  const p = pane(page);
  await p.getByRole('button', { name: 'Vérifier le document' }).click();
  // While the check runs, the tabs answer and the check goes on behind them.
  await p.getByRole('tab', { name: 'Vue du plan' }).click();
  expect(await p.getByRole('tab', { name: 'Vue du plan' }).getAttribute('aria-selected')).toBe('true');
  await p.getByRole('tab', { name: 'Vérifier' }).click();
  await p.locator('section[aria-label] button[aria-expanded]').first().waitFor({ timeout: 60_000 });
  await p.getByRole('button', { name: 'Revérifier' }).and(p.locator(':not([disabled])')).waitFor({ timeout: 120_000 });
  // The results are the whole plan's, and a finding is one click from its words in the document.
  const summary = await p.locator('[role=status] strong').first().innerText();
  expect(Number(summary.replace(/\D/g, ''))).toBeGreaterThan(1000);
  await p.locator('section[aria-label] button[aria-expanded=false]').first().click();
  const first = p.locator('button[id^="jalon-f-"]').first();
  const actual = await first.locator('span').first().innerText();
  await first.click();
  await p.getByRole('region', { name: 'Détail de la remarque' }).waitFor();
  expect((await selectedText(page)).trim()).toBe(actual.trim());
  await shot(page, 'long-plan-fr');
});
