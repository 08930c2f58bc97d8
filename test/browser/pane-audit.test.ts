// What a new English-speaking user met in the demo (the audit of 6 Dec 2026): an English sample, tabs on one row
// at 350 px, a template with a title prompt listed at once, and a review summary Jalon does not review.
import { runAxe } from './harness';
import { openDemo, openTab, pane, paragraphs, runCheck, sessionForFile } from './pane-support';

jest.setTimeout(180_000);
const s = sessionForFile();

const findingCount = async (page: Parameters<typeof pane>[0]) =>
  Number((await pane(page).locator('[role=status] strong').first().innerText()).replace(/\D/g, ''));

test('the English demo opens an English plan, and its tabs hold on one row at 350 px', async () => {
  const page = await openDemo(s, { lang: 'en' });
  expect(await page.locator('.demo-intro').innerText()).not.toMatch(/French/);
  expect(await page.locator('.page').getAttribute('lang')).toBe('en');
  expect(await page.locator('.page h1').innerText()).toMatch(/^National Action Plan/);
  expect(await page.locator('.page h2').first().innerText()).toMatch(/^Commitment 1:/);
  for (const width of [350, 320]) {
    await page.addStyleTag({ content: `.demo-main { grid-template-columns: minmax(0, 1fr) ${width}px !important; }` });
    const boxes = await pane(page)
      .getByRole('tab')
      .evaluateAll((tabs) =>
        tabs.map((t) => {
          const r = t.getBoundingClientRect();
          const list = t.parentElement!.getBoundingClientRect();
          return { top: Math.round(r.top), inside: r.right <= list.right + 1 };
        }),
      );
    expect(boxes).toHaveLength(4);
    expect(new Set(boxes.map((b) => b.top)).size).toBe(1);
    expect(boxes.every((b) => b.inside)).toBe(true);
  }
  // The tab's name is still the whole one.
  await pane(page).getByRole('tab', { name: 'Plan overview' }).waitFor();
  await page.close();
});

test('at 350 px the commitment list shows each title whole, and the arrow keys choose', async () => {
  const page = await openDemo(s, { lang: 'fr' });
  await page.addStyleTag({ content: '.demo-main { grid-template-columns: minmax(0, 1fr) 350px !important; }' });
  await runCheck(page);
  await openTab(page, 'Engagement');
  const titles = await page.locator('.page h2').allInnerTexts();
  const items = pane(page).getByRole('group', { name: 'Engagement' }).locator('label');
  await items.first().waitFor();
  const shown = await items.evaluateAll((labels) =>
    labels.map((l) => {
      const text = l.querySelector('span')!;
      const paneBox = document.querySelector('[data-jalon-pane]')!.getBoundingClientRect();
      return {
        text: text.textContent,
        cut: text.scrollWidth > text.clientWidth + 1 || l.getBoundingClientRect().right > paneBox.right + 1,
      };
    }),
  );
  expect(shown.map((x) => x.text)).toEqual(titles);
  expect(shown.filter((x) => x.cut)).toEqual([]);
  const heading = () => pane(page).locator('article h2').innerText();
  await pane(page).getByRole('radio', { name: titles[0] }).focus();
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(
    (t) => document.querySelector('[data-jalon-pane] article h2')?.textContent === t,
    titles[1],
  );
  expect(await heading()).toBe(titles[1]);
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('jalon-engagement');
  await page.close();
});

test('a review summary Jalon inserted is not reviewed by the next check', async () => {
  const page = await openDemo(s, { lang: 'en' });
  await runCheck(page);
  const before = await findingCount(page);
  const n = (await page.evaluate(() => window.__jalonDemo!.host.paragraphs.length)) as number;
  await openTab(page, 'Review');
  const boxes = pane(page).locator('.ms-Checkbox-label');
  for (let i = 0; i < 3; i++) await boxes.nth(i).click();
  await pane(page).getByRole('button', { name: 'Insert a review summary at the end of the document' }).click();
  await pane(page).getByText('Review summary inserted at the end of the document.').waitFor();
  expect(await page.evaluate(() => window.__jalonDemo!.host.paragraphs.length)).toBe(n + 4);
  await openTab(page, 'Check');
  await runCheck(page);
  expect(await findingCount(page)).toBe(before);
  expect((await paragraphs(page)).length).toBe(n);
  await page.close();
});

test('the template inserted shows its title prompt and is listed as a commitment at once', async () => {
  const page = await openDemo(s, { lang: 'en' });
  await runCheck(page);
  await openTab(page, 'Commitment');
  const options = pane(page).locator('input[name=jalon-engagement]');
  const count = await options.count();
  await page.locator('.page p').last().click();
  await pane(page).getByRole('button', { name: 'Insert a commitment (template)' }).click();
  await pane(page)
    .getByText(/template inserted/i)
    .waitFor();
  await page.waitForFunction((n) => document.querySelectorAll('input[name=jalon-engagement]').length === n + 1, count);
  const title = page.locator('.page h2[data-tag="jalon:title"]');
  expect(await title.getAttribute('data-field')).toBe('Commitment: title');
  // The card shows the commitment just inserted (its title not yet written).
  await pane(page)
    .getByRole('heading', { level: 2, name: `${count + 1}. Untitled commitment` })
    .waitFor();
  // Selected in the document, as Word selects it, while the keyboard stays on the pane's button (as in Word).
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Insert a commitment (template)');
  const violations = await runAxe(page, null, {});
  expect(violations.filter((v) => v.id === 'empty-heading')).toEqual([]);
  await page.close();
});
