// The pane's quality bar in Chromium: keyboard, 320 px, and responsiveness on a 300-page plan.
import {
  expandAll,
  openDemo,
  pane,
  paragraphs,
  runCheck,
  selectedText,
  shot,
  start,
  type Session,
} from './pane-support';

jest.setTimeout(180_000);

/**
 * A varied synthetic plan of about 300 pages (20 paragraphs a page): seeded, so every run reads the same text,
 * and built from many combinations so that commitments do not all repeat each other.
 */
function generatePlan(paragraphCount: number): { kind: 'heading' | 'text'; text: string; level?: number }[] {
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(a: T[]): T => a[Math.floor(rnd() * a.length)];
  const subj = [
    'Le ministère',
    'La direction',
    'L’agence',
    'Le service',
    'La préfecture',
    'Le secrétariat général',
    'La mission',
    'L’opérateur',
  ];
  const domain = [
    'de la santé',
    'des finances',
    'de l’intérieur',
    'de la culture',
    'du travail',
    'de l’agriculture',
    'des transports',
    'de la justice',
  ];
  const verb = [
    'publiera',
    'adoptera',
    'ouvrira',
    'créera',
    'formera',
    'renforcera',
    'promouvra',
    'développera',
    'améliorera',
    'évaluera',
  ];
  const obj = [
    'les données',
    'le registre',
    'les comptes rendus',
    'les avis',
    'la plateforme',
    'les décisions',
    'les marchés',
    'les subventions',
  ];
  const qual = [
    'des collectivités',
    'des hôpitaux',
    'des universités',
    'des ports',
    'des musées',
    'des tribunaux',
    'des lycées',
    'des associations',
  ];
  const when = [
    'avant le 31 mars 2019',
    'd’ici fin 2020',
    'à terme',
    'prochainement',
    'au deuxième semestre 2019',
    'en juin 2021',
  ];
  const extra = [
    'en format ouvert',
    'selon une norme commune',
    'après consultation publique',
    'avec plusieurs partenaires',
    'pour un coût de 120 k€',
    'en lien avec la PGO',
  ];
  const out: { kind: 'heading' | 'text'; text: string; level?: number }[] = [];
  let n = 0;
  while (out.length < paragraphCount) {
    if (out.length % 12 === 0) {
      n++;
      out.push({ kind: 'heading', level: 2, text: `Engagement ${n} : ${pick(obj)} ${pick(qual)} (${n})` });
      continue;
    }
    const sentences: string[] = [];
    for (let i = 0, k = 2 + Math.floor(rnd() * 3); i < k; i++) {
      sentences.push(
        `${pick(subj)} ${pick(domain)} ${pick(verb)} ${pick(obj)} ${pick(qual)} ${pick(extra)} ${pick(when)}, soit ${Math.floor(rnd() * 900 + 10)} sites.`,
      );
    }
    out.push({ kind: 'text', text: sentences.join(' ') });
  }
  return out;
}
let s: Session;
beforeAll(async () => {
  s = await start();
});
afterAll(async () => {
  await s?.close();
});

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
    await p.getByRole('tab', { name: tab }).click();
    const r = await overflow();
    expect(r.width).toBeLessThanOrEqual(320);
    expect(r.out).toEqual([]);
    await shot(page, name, true);
  }
});

test('a 300-page plan: first results quickly, no long task over 200 ms', async () => {
  const page = await openDemo(s, { lang: 'fr' });
  // Grow the demo document to about 300 pages through the DocumentHost interface itself.
  const ps = await paragraphs(page);
  const count = await page.evaluate(
    async ({ lastId, source }) => {
      const generate = new Function(`return ${source}`)() as (n: number) => unknown[];
      const blocks = generate(6000);
      const host = (
        window as unknown as { __jalonDemo: { host: { insertAfter(id: string, b: unknown[]): Promise<void> } } }
      ).__jalonDemo.host;
      await host.insertAfter(lastId, blocks);
      return blocks.length;
    },
    { lastId: ps[ps.length - 1].id, source: generatePlan.toString() },
  );
  expect(count).toBe(6000);
  const words = (await paragraphs(page)).reduce((n, x) => n + x.text.split(/\s+/).length, 0);
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  const p = pane(page);
  const t0 = Date.now();
  await p.getByRole('button', { name: 'Vérifier le document' }).click();
  await p.locator('section[aria-label] button[aria-expanded]').first().waitFor({ timeout: 60_000 });
  const firstResults = Date.now() - t0;
  await p.getByRole('button', { name: 'Revérifier' }).and(p.locator(':not([disabled])')).waitFor({ timeout: 120_000 });
  const whole = Date.now() - t0;
  await page.waitForTimeout(300);
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  const max = Math.max(0, ...longTasks);
  console.log(
    `300-page plan: ${words} words; first results after ${firstResults} ms, whole check ${whole} ms; ` +
      `${longTasks.length} long tasks, longest ${Math.round(max)} ms`,
  );
  await shot(page, 'long-plan-fr');
  expect(max).toBeLessThan(200);
});
