// `jalon publish` as a user runs it: the site's files, both languages of every page, the open data beside the
// pages, nothing that makes a request, the folder replaced whole on each run.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { startSite } from '../../../src/cli/publish/write';
import { FEEDBACK, JUNE, PLAN, publishArgs, runCli, snapshot, TODAY, workspace } from './helpers';

jest.setTimeout(60_000);

let dir: string;
let site: string;
let files: Record<string, string>;

beforeAll(async () => {
  dir = workspace();
  site = join(dir, 'site');
  const r = await runCli(publishArgs(site));
  expect(r.code).toBe(0);
  expect(r.stderr).toBe(
    `jalon : sans --contact, la page « Donner votre avis » du site (${join(site, 'fr', 'feedback.html')}) dira au public que le plan ne donne aucun moyen de transmettre un avis : publiez à nouveau avec --contact suivi d’une adresse e-mail (avis@ministere.fr, par exemple) ou d’une adresse web commençant par https://\n` +
      `jalon : Site publié dans ${site} (engagements : 3 ; mises à jour : 8 ; jalons en retard : 2). Ouvrez ${join(site, 'index.html')}.\n`,
  );
  files = snapshot(site);
});

test('a dashboard, a page per commitment and a feed in each language, and the open data', () => {
  expect(Object.keys(files).sort()).toEqual([
    'en/C01.html',
    'en/C02.html',
    'en/C03.html',
    'en/feed.xml',
    'en/feedback.html',
    'en/index.html',
    'fr/C01.html',
    'fr/C02.html',
    'fr/C03.html',
    'fr/feed.xml',
    'fr/feedback.html',
    'fr/index.html',
    'index.html',
    'plan.json',
    'style.css',
    'updates.csv',
  ]);
  // The root offers both languages, the plan's own first, and sends no one on before they choose.
  expect(files['index.html']).not.toContain('http-equiv="refresh"');
  expect(files['index.html']).toContain('Choisissez votre langue</span> / <span lang="en">Choose your language');
  expect(files['index.html'].indexOf('fr/index.html')).toBeLessThan(files['index.html'].indexOf('en/index.html'));
});

test('the language switch goes to the same page in the other language', () => {
  expect(files['fr/C02.html']).toContain('<a href="../en/C02.html" hreflang="en" lang="en"');
  expect(files['en/C02.html']).toContain('<a href="../fr/C02.html" hreflang="fr" lang="fr"');
  expect(files['en/index.html']).toContain('<html lang="en">');
  expect(files['en/index.html']).toContain('Overdue milestones');
  expect(files['fr/index.html']).toContain('Jalons en retard');
});

test('the dashboard: points and their formula, overdue milestones first, counts, the latest changes', () => {
  const fr = files['fr/index.html'];
  expect(fr).toContain('11 sur 18 points (61 %)');
  expect(fr).toContain('Chaque jalon vaut de 0 à 3 points');
  const headings = [...fr.matchAll(/<h2 id="(\w+)"/g)].map((m) => m[1]);
  expect(headings).toEqual(['summary', 'commitments', 'overdue', 'changes', 'status', 'series']);
  const overdue = fr.slice(fr.indexOf('id="overdue"'), fr.indexOf('id="changes"'));
  expect([...overdue.matchAll(/<td class="id"><a href="(C\d+)\.html#([\w.]+)">/g)].map((m) => m[2])).toEqual([
    'C01.2',
    'C02.2',
  ]);
  expect(overdue).toContain('152 jours de retard');
  expect(fr).toContain('Changements de la période décembre 2024');
  expect(fr).toMatch(
    /C02\.1<\/a> Publication de l’inventaire des logiciels de calcul — <span class="badge s-complete">Achevé<\/span> <span class="meta">\(Non commencé → Achevé\)<\/span>/,
  );
  expect(fr).toMatch(/<svg viewBox="0 0 600 32"/);
});

test('a commitment page: the plan’s fields, level, milestones by period, evidence, feedback and its response', () => {
  const c1 = files['fr/C01.html'];
  expect(c1).toContain('<dt>Situation initiale</dt><dd><p>En 2023, 12 % des marchés');
  expect(c1).toContain('<dt>Précision estimée par Jalon (échelle du MEI)</dt><dd><p>élevée</p>');
  expect(c1).toContain('<a href="https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000000000001">');
  expect(c1).toContain('Réponse du gouvernement, le 15 septembre 2024');
  expect(c1).toContain('Le découpage des lots n’est pas encore stabilisé.');
  // English: the sheet's translations where given, the plan's French marked as such elsewhere.
  const en = files['en/C01.html'];
  expect(en).toContain('<h1><span class="id">C01</span>Publish the essential data of public procurement</h1>');
  expect(en).toContain('How to split the batches is not settled yet.');
  expect(en).toContain('<p lang="fr">Le premier lot est en préparation.</p>');
  expect(en).toContain('<p class="note">Plan text, in French.</p>');
  // Unanswered feedback is said so, with how long it has waited.
  expect(files['fr/C02.html']).toContain('Sans réponse du gouvernement à ce jour (50 jours).');
  expect(files['en/C02.html']).toContain('No government response so far (50 days).');
  // A commitment without milestones is tracked as itself.
  expect(files['fr/C03.html']).toContain('Engagement suivi dans son ensemble');
});

test('nothing on a page makes a request outside the site: no script, font or image, one stylesheet, a strict policy', () => {
  for (const [name, html] of Object.entries(files).filter(([n]) => n.endsWith('.html'))) {
    expect({ name, script: /<script/i.test(html) }).toEqual({ name, script: false });
    expect({ name, srcs: html.match(/\ssrc=/gi) }).toEqual({ name, srcs: null });
    // The one stylesheet is the site's own.
    const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((m) => m[1]);
    expect({ name, sheets }).toEqual({ name, sheets: [name.includes('/') ? '../style.css' : 'style.css'] });
    expect(html.match(/<link[^>]+stylesheet/gi)).toHaveLength(1);
    expect({ name, fonts: /@font-face|@import|url\(/.test(files['style.css']) }).toEqual({ name, fonts: false });
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
    expect(html).toMatch(/<meta name="viewport" content="width=device-width, initial-scale=1">/);
  }
});

test('plan.json holds commitments, milestones, statuses by period and feedback', () => {
  const plan = JSON.parse(files['plan.json']);
  expect(plan).toMatchObject({
    generator: 'jalon',
    format: 1,
    language: 'fr',
    today: TODAY,
    periods: ['2024-06', '2024-12'],
  });
  expect(plan.points).toEqual({ earned: 11, max: 18 });
  const c1 = plan.commitments[0];
  expect(c1).toMatchObject({ id: 'C01', title_en: 'Publish the essential data of public procurement', level: 'high' });
  expect(c1.milestones[1]).toMatchObject({
    id: 'C01.2',
    due: '2024-09',
    status: 'substantial',
    overdue: true,
    statuses: [
      { period: '2024-06', status: 'limited' },
      { period: '2024-12', status: 'substantial', evidence: ['https://www.data.gouv.fr/fr/datasets/exemple-marches/'] },
    ],
  });
  expect(c1.feedback[0]).toMatchObject({ author_type: 'civil-society', response_date: '2024-09-15' });
  expect(plan.commitments[2]).toMatchObject({ id: 'C03', milestones: [], status: 'substantial' });
});

test('updates.csv merges every period and reads back as a sheet: publishing it gives the same site', async () => {
  const merged = files['updates.csv'];
  expect(merged.startsWith('\ufeffcommitment,milestone,indicator,due,lead,id,period,status,')).toBe(true);
  const again = join(dir, 'again');
  const r = await runCli([
    'publish',
    PLAN,
    '--updates',
    join(site, 'updates.csv'),
    '--feedback',
    FEEDBACK,
    '--today',
    TODAY,
    '--site-lang',
    'fr,en',
    '--out',
    again,
  ]);
  expect(r.code).toBe(0);
  expect(snapshot(again)).toEqual(files);
});

test('the Atom feeds are well-formed and list the status changes, the latest first', () => {
  for (const lang of ['fr', 'en']) {
    const xml = files[`${lang}/feed.xml`];
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed['@_xml:lang']).toBe(lang);
    expect(feed.entry).toHaveLength(8);
    expect(feed.entry[0].updated).toBe('2024-12-20T00:00:00Z');
  }
  expect(files['fr/feed.xml']).toContain('<title>C01.2 — Limité → Substantiel</title>');
  expect(files['en/feed.xml']).toContain('<title>C01.2 — Limited → Substantial</title>');
});

test('publishing again replaces the whole folder; a write that fails leaves the site as it was', async () => {
  const target = join(dir, 'replace');
  expect((await runCli(publishArgs(target))).code).toBe(0);
  writeFileSync(join(target, 'fr', 'stale.html'), 'old');
  expect((await runCli(publishArgs(target, [JUNE]))).code).toBe(0);
  const now = snapshot(target);
  expect(now['fr/stale.html']).toBeUndefined();
  expect(JSON.parse(now['plan.json']).periods).toEqual(['2024-06']);
  // A file that cannot be written (a NUL in its name) fails the run before the swap.
  await expect(
    startSite(target).finish(
      new Map([
        ['ok.html', 'x'],
        ['bad\u0000.html', 'y'],
      ]),
    ),
  ).rejects.toThrow();
  expect(snapshot(target)).toEqual(now);
  expect(readdirSync(dir).filter((n) => n.startsWith('.replace'))).toEqual([]);
  mkdirSync(join(dir, 'empty'));
  expect((await runCli(publishArgs(join(dir, 'empty')))).code).toBe(0);
  const plan = readFileSync(join(dir, 'empty', 'plan.json'), 'utf8');
  expect(plan).toContain('"generator":"jalon"');
  // One commitment a line.
  expect(plan.split('\n').filter((l) => l.startsWith('{"id":"C0'))).toHaveLength(3);
});

test('a sheet found wrong once the site has begun to be written leaves the published site as it was', async () => {
  const target = join(dir, 'kept');
  expect((await runCli(publishArgs(target))).code).toBe(0);
  const before = snapshot(target);
  // The ids are known (the site's files are being made) before the reports are read and this status is refused.
  const wrong = join(dir, 'wrong-status.csv');
  writeFileSync(wrong, readFileSync(JUNE, 'utf8').replace(',2024-06,complete,', ',2024-06,à moitié,'));
  const r = await runCli(publishArgs(target, [wrong]));
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('wrong-status.csv');
  expect(snapshot(target)).toEqual(before);
  expect(readdirSync(dir).filter((n) => n.startsWith('.kept'))).toEqual([]);
});
