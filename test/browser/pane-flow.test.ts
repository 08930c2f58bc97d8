// The pane on the built demo page in headless Chromium: what an author does, start to finish.
import {
  expandAll,
  axe,
  docText,
  highlightCount,
  openDemo,
  openTab,
  pane,
  paragraphs,
  runCheck,
  selectedText,
  shot,
  sessionForFile,
} from './pane-support';

jest.setTimeout(120_000);
const s = sessionForFile();

const findingButtons = (page: Parameters<typeof pane>[0]) =>
  pane(page).locator('section[aria-label] ul > li > button[id^="jalon-f-"]');

test('check, click a finding, ignore it, clear highlights', async () => {
  const page = await openDemo(s, { lang: 'fr' });
  const before = await docText(page);
  await runCheck(page);
  const p = pane(page);
  const summary = await p.locator('[role=status] strong').first().innerText();
  const total = Number(/\d+/.exec(summary)?.[0]);
  expect(total).toBeGreaterThan(0);
  await page.waitForFunction(() => {
    const h = (window as unknown as { __jalonDemo: { getHighlights(): unknown[] } }).__jalonDemo.getHighlights();
    return Array.isArray(h) ? h.length > 0 : Boolean(h);
  });
  // Expand every group so that each finding is one click away.
  await expandAll(page);
  const first = findingButtons(page).first();
  const actual = await first.locator('span').first().innerText();
  await first.click();
  await p.getByRole('region', { name: 'Détail de la remarque' }).waitFor();
  await page.waitForFunction(() => true);
  expect((await selectedText(page)).trim()).toBe(actual.trim());
  await shot(page, 'check-finding-fr');

  await p.getByRole('button', { name: 'Ignorer cette occurrence' }).click();
  await p.getByText('1 remarque ignorée', { exact: true }).waitFor();
  expect(await p.locator('[role=status] strong').first().innerText()).toMatch(new RegExp(`^${total - 1} remarque`));

  await p.getByRole('button', { name: 'Effacer les surlignages' }).click();
  await p.getByText(/surlignages de Jalon ont été retirés/).waitFor();
  expect(await highlightCount(page)).toBe(0);
  expect(await docText(page)).toBe(before);
  expect((page as unknown as { jalonErrors: string[] }).jalonErrors).toEqual([]);
});

test('Next and Previous select findings in the document in turn', async () => {
  const page = await openDemo(s, { lang: 'en' });
  await runCheck(page);
  const p = pane(page);
  await p.getByRole('button', { name: 'Next' }).click();
  await p.getByText(/^Finding 1 of \d+$/).waitFor();
  const one = await selectedText(page);
  await p.getByRole('button', { name: 'Next' }).click();
  await p.getByText(/^Finding 2 of \d+$/).waitFor();
  const two = await selectedText(page);
  await p.getByRole('button', { name: 'Previous' }).click();
  await p.getByText(/^Finding 1 of \d+$/).waitFor();
  expect(await selectedText(page)).toBe(one);
  expect(one.length).toBeGreaterThan(0);
  expect(two.length).toBeGreaterThan(0);
});

test('the engagement form writes the answer into the document', async () => {
  const page = await openDemo(s, { lang: 'fr' });
  await runCheck(page);
  const p = pane(page);
  await openTab(page, 'Engagement');
  // Pick an engagement that still misses something.
  const options = await p.locator('input[name=jalon-engagement]').count();
  expect(options).toBeGreaterThan(0);
  let field = p.locator('form textarea, form input[type=text]').first();
  for (let i = 0; i < options && (await field.count()) === 0; i++) {
    await p.locator('input[name=jalon-engagement]').nth(i).check();
    field = p.locator('form textarea, form input[type=text]').first();
  }
  await shot(page, 'engagement-card-fr');
  const answer = 'Réponse de test Jalon 4711';
  await field.fill(answer);
  await p.getByRole('button', { name: 'Enregistrer dans le document' }).click();
  await p.getByText(/champs? écrits? dans le document/).waitFor();
  expect(await docText(page)).toContain(answer);
  const tagged = (await paragraphs(page)).filter((x) => x.text.includes(answer));
  expect(tagged[0]?.tags.some((t) => t.startsWith('jalon:'))).toBe(true);
});

test('insert the template at the cursor', async () => {
  const page = await openDemo(s, { lang: 'fr' });
  const before = await paragraphs(page);
  const p = pane(page);
  await openTab(page, 'Engagement');
  await p.getByRole('button', { name: 'Insérer un engagement (modèle)' }).click();
  await p.getByText('Modèle d’engagement inséré au curseur.').waitFor();
  const after = await paragraphs(page);
  expect(after.length).toBeGreaterThan(before.length);
  const tags = after.flatMap((x) => x.tags);
  for (const t of ['jalon:indicator', 'jalon:baseline', 'jalon:target', 'jalon:milestones', 'jalon:cost'])
    expect(tags).toContain(t);
  // Nothing the author wrote went away.
  const texts = after.map((x) => x.text);
  for (const b of before) expect(texts).toContain(b.text);
});

test('plan overview: scoreboard, sorting, going to an engagement, exports', async () => {
  const page = await openDemo(s, { lang: 'fr' });
  await runCheck(page);
  const p = pane(page);
  await openTab(page, 'Vue du plan');
  await p.getByText(/^Total du plan : \d+ points? sur \d+/).waitFor();
  const rows = p.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThan(1);
  await p.getByRole('button', { name: /^Grille/ }).click();
  expect(await p.getByRole('columnheader', { name: /Grille/ }).getAttribute('aria-sort')).toBe('ascending');
  await shot(page, 'overview-fr');
  const go = rows.first().getByRole('button');
  const title = (await go.innerText()).replace(/^\d+\.\s*/, '');
  await go.click();
  await p.getByRole('heading', { level: 2 }).filter({ hasText: title }).waitFor();
  expect((await selectedText(page)).trim()).toBe(title.trim());
  await openTab(page, 'Vue du plan');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    p.getByRole('button', { name: 'Exporter les jalons (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('jalon-jalons.csv');
  expect(download.url()).toMatch(/^blob:/);
});

test('review mode: findings become comments, listed and removed', async () => {
  const page = await openDemo(s, { lang: 'en' });
  await runCheck(page);
  const p = pane(page);
  await openTab(page, 'Review');
  // Fluent draws the box over the input: click the labels, as a person does.
  const boxes = p.locator('.ms-Checkbox-label');
  await boxes.nth(0).click();
  await boxes.nth(1).click();
  const add = p.getByRole('button', { name: 'Add 2 comments' });
  if (await add.count()) {
    await add.click();
    await p.getByText('2 comments added.').waitFor();
    await p.getByRole('region', { name: "Jalon's comments in the document" }).getByRole('listitem').nth(1).waitFor();
    await shot(page, 'review-en');
    await p.getByRole('button', { name: "Remove Jalon's comments" }).click();
    await p.getByText('2 comments removed.').waitFor();
  } else {
    const n = (await paragraphs(page)).length;
    await p.getByRole('button', { name: 'Insert a review summary at the end of the document' }).click();
    await p.getByText('Review summary inserted at the end of the document.').waitFor();
    expect((await paragraphs(page)).length).toBe(n + 3);
    await shot(page, 'review-en');
  }
});

test('no axe-core violations in any view, light and dark', async () => {
  for (const theme of ['light', 'dark'] as const) {
    const page = await openDemo(s, { lang: theme === 'light' ? 'fr' : 'en', theme });
    const p = pane(page);
    const found: string[] = [];
    const audit = async (view: string) => {
      for (const v of await axe(page))
        found.push(`${theme}/${view}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).join(', ')}`);
    };
    await audit('start');
    await runCheck(page);
    await expandAll(page);
    await findingButtons(page).first().click();
    await audit('check');
    if (theme === 'dark') {
      expect(await p.getAttribute('data-theme')).toBe('dark');
      await shot(page, 'check-dark-en');
    }
    for (const tab of theme === 'light'
      ? ['Engagement', 'Relecture', 'Vue du plan']
      : ['Commitment', 'Review', 'Plan overview']) {
      await openTab(page, tab);
      await audit(tab);
      if (theme === 'dark') await shot(page, `dark-${tab.toLowerCase().replace(/\s+/g, '-')}-en`, true);
    }
    expect(found).toEqual([]);
  }
});

test('typing in the document re-checks only the changed paragraph', async () => {
  const page = await openDemo(s, { lang: 'fr' });
  await runCheck(page);
  const p = pane(page);
  const count = async () => Number(/^(\d+)/.exec(await p.locator('[role=status] strong').first().innerText())![1]);
  const before = await count();
  // The first body paragraph of the first engagement: click at its end and type a vague verb.
  const target = (await paragraphs(page)).find(
    (x) => x.headingLevel === 0 && x.text.length > 20 && !/promouvoir/.test(x.text),
  )!;
  const el = page.locator(`[data-pid="${target.id}"]`);
  await el.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Il faut promouvoir la démarche.');
  await p.getByText('Résultats mis à jour (1 paragraphe réanalysé).').waitFor({ timeout: 10_000 });
  expect(await count()).toBeGreaterThan(before);
  expect((await paragraphs(page)).find((x) => x.id === target.id)!.text).toContain('promouvoir la démarche');
});
