// The site as a citizen reads it (audit11): how to give feedback and every feedback in one place, the plan's
// action never a milestone's line, Jalon's estimate said to be Jalon's, what was promised before what is late,
// who leads by name, how much is reported, a late completion said late, Jalon's words in the page's language.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { acronymsOf, prepareSite, sheetColumns, acronymsNamed, type CsvTable } from '../../../src/core';
import { analysis, commitment } from './model';
import { DECEMBER, FEEDBACK, JUNE, PLAN, publishArgs, runCli, snapshot, tempDir, TODAY } from './helpers';

jest.setTimeout(60_000);

let files: Record<string, string>;
let plain: Record<string, string>;
let stderr: { contact: string; plain: string; plainSite: string };

beforeAll(async () => {
  const site = join(tempDir('jalon-citizen-'), 'site');
  const r = await runCli(publishArgs(site, [JUNE, DECEMBER], ['--contact', 'avis@exemple.gouv.fr']));
  expect(r.code).toBe(0);
  files = snapshot(site);
  const other = join(tempDir('jalon-citizen-'), 'site');
  const o = await runCli(publishArgs(other));
  expect(o.code).toBe(0);
  plain = snapshot(other);
  stderr = { contact: r.stderr, plain: o.stderr, plainSite: other };
});

const pages = (f: Record<string, string>) => Object.entries(f).filter(([n]) => n.includes('/') && n.endsWith('.html'));
/** What a page shows under a label of a definition list. */
const dd = (html: string, label: string) => html.split(`<dt>${label}</dt><dd>`)[1]?.split('</dd>')[0];

describe('giving feedback', () => {
  test('every page links to the feedback page in its language; it gives the channel --contact names', () => {
    for (const [name, html] of pages(files)) {
      const label = name.startsWith('fr/') ? 'Donner votre avis' : 'Give feedback';
      expect({ name, linked: html.includes(`<a href="feedback.html#give">${label}</a>`) }).toEqual({
        name,
        linked: true,
      });
    }
    expect(files['fr/feedback.html']).toContain('<a href="mailto:avis@exemple.gouv.fr">avis@exemple.gouv.fr</a>');
    expect(files['en/feedback.html']).toContain('<a href="mailto:avis@exemple.gouv.fr">avis@exemple.gouv.fr</a>');
    expect(files['fr/feedback.html']).toContain('Écrivez à l’adresse ci-dessous');
  });

  test('without --contact the site says plainly that the plan gives no channel', () => {
    expect(plain['fr/feedback.html']).toContain('Le plan ne donne aucun moyen de transmettre un avis');
    expect(plain['en/feedback.html']).toContain('The plan gives no way to send feedback');
    expect(Object.values(plain).some((html) => html.includes('mailto:'))).toBe(false);
  });

  test('without --contact the person publishing is told, naming the page and how to give a channel', () => {
    const lines = stderr.plain.trim().split('\n');
    expect(lines).toHaveLength(2);
    const page = join(stderr.plainSite, 'fr', 'feedback.html');
    expect(lines[0]).toBe(
      `jalon : sans --contact, la page « Donner votre avis » du site (${page}) dira au public que le plan ne donne aucun moyen de transmettre un avis : publiez à nouveau avec --contact suivi d’une adresse e-mail (avis@ministere.fr, par exemple) ou d’une adresse web commençant par https://`,
    );
    expect(existsSync(page)).toBe(true);
    expect(lines[1]).toMatch(/^jalon : Site publié dans /);
    // Given a channel, nothing is said of it.
    expect(stderr.contact).not.toContain('--contact');
    expect(stderr.contact.trim().split('\n')).toHaveLength(1);
  });

  test('a web address is linked as it is; anything else is refused before anything is written', async () => {
    const dir = tempDir('jalon-citizen-');
    const url = 'https://participation.exemple.gouv.fr/pan?x=1&y=2';
    expect((await runCli(publishArgs(join(dir, 'a'), [JUNE], ['--contact', url]))).code).toBe(0);
    expect(readFileSync(join(dir, 'a', 'fr', 'feedback.html'), 'utf8')).toContain(
      '<a href="https://participation.exemple.gouv.fr/pan?x=1&amp;y=2">',
    );
    const r = await runCli(publishArgs(join(dir, 'b'), [JUNE], ['--contact', 'le service des avis']));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'jalon : --contact attend une adresse e-mail (avis@ministere.fr, par exemple) ou une adresse web commençant par https:// (reçu : le service des avis) ; rien n’a été écrit\n',
    );
    expect(existsSync(join(dir, 'b'))).toBe(false);
    const help = await runCli(['help', 'publish']);
    expect(help.stdout + help.stderr).toContain('--contact <adresse>');
  });

  test('help publish says the feedback file’s columns and authors, and the sheet’s statuses', async () => {
    const help = await runCli(['help', 'publish']);
    const text = (help.stdout + help.stderr).replace(/\s+/g, ' ');
    expect(text).toContain('colonnes : id, date, author_type, text, response, response_date');
    expect(text).toContain(
      'author_type : citoyen, société civile ou gouvernement (citizen, civil-society, government)',
    );
    expect(text).toContain('état : non commencé, limité, substantiel, achevé ou retiré');
  });

  test('the summary card links to one list of all feedback, each with its commitment and whether answered', () => {
    expect(files['fr/index.html']).toContain(
      '<a href="feedback.html">Avis reçus : 2, dont 1 sans réponse du gouvernement.</a>',
    );
    const list = files['fr/feedback.html'];
    const unanswered = list.slice(list.indexOf('id="unanswered"'), list.indexOf('id="answered"'));
    const answered = list.slice(list.indexOf('id="answered"'));
    expect(unanswered).toContain('Sans réponse du gouvernement (1)');
    expect(unanswered).toContain('<a href="C02.html#feedback">Sur l’engagement C02</a>');
    expect(unanswered).toContain('Quand le calculateur sera-t-il publié ?');
    expect(unanswered).toContain('Sans réponse du gouvernement à ce jour (50 jours).');
    expect(answered).toContain('<a href="C01.html#feedback">Sur l’engagement C01</a>');
    expect(answered).toContain('Réponse du gouvernement, le 15 septembre 2024');
    // Feedback on a milestone links to the milestone on its commitment's page.
    expect(unanswered).toContain('<a href="C02.html#C02.2">sur C02.2</a>');
  });
});

test('the concrete action is never a milestone’s line: the plan’s own, else said not stated apart', () => {
  const c1 = dd(files['fr/C01.html'], 'Action concrète (texte, norme, outil)');
  expect(c1).toBe(
    '<p class="missing">Non précisé à part dans le plan : les actions sont celles des jalons ci-dessous.</p>',
  );
  expect(dd(files['fr/C02.html'], 'Action concrète (texte, norme, outil)')).toContain(
    'Publication sous licence libre du code source',
  );
  expect(JSON.parse(files['plan.json']).commitments[0].fields.actions).toBeUndefined();
});

test('the specificity is said to be Jalon’s automatic estimate, not the IRM’s, with its scale', () => {
  expect(files['fr/C01.html']).toContain('<dt>Précision estimée par Jalon (échelle du MEI)</dt>');
  expect(files['fr/C01.html']).toContain('ce n’est pas l’évaluation du Mécanisme d’évaluation indépendant (MEI)');
  expect(files['fr/C01.html']).toContain('moyenne (une activité vérifiable, sans jalons mesurables)');
  expect(files['en/C01.html']).toContain('it is not the Independent Reporting Mechanism&#39;s (IRM) assessment');
  expect(files['fr/index.html']).toContain('Précision : estimation automatique par Jalon, pas l’évaluation du MEI');
});

test('the dashboard: a menu, the commitments before the overdue milestones, those grouped by commitment', () => {
  const fr = files['fr/index.html'];
  const menu = fr.slice(
    fr.indexOf('<nav aria-label="Sur cette page"'),
    fr.indexOf('</nav>', fr.indexOf('Sur cette page')),
  );
  expect([...menu.matchAll(/href="#(\w+)"/g)].map((m) => m[1])).toEqual([
    'summary',
    'commitments',
    'overdue',
    'changes',
    'status',
    'series',
  ]);
  expect(fr.indexOf('<a href="C01.html">')).toBeLessThan(fr.indexOf('id="overdue"'));
  const overdue = fr.slice(fr.indexOf('id="overdue"'), fr.indexOf('id="changes"'));
  const groups = overdue.split('<details class="group">').slice(1);
  expect(groups.map((g) => /<span class="id">(C\d+)<\/span>/.exec(g)![1])).toEqual(['C01', 'C02']);
  expect(groups[0]).toContain('— <strong>1 jalon en retard</strong>');
  // The days late and the status right after the id; the lead in its own column.
  expect([...groups[0].matchAll(/<th scope="col"[^>]*>([^<]+)</g)].map((m) => m[1])).toEqual([
    'N°',
    'En retard',
    'État',
    'Échéance',
    'Jalon',
    'Porteur',
  ]);
  expect(groups[0]).toMatch(/<td class="num">152 jours de retard<\/td><td><span class="badge s-substantial">/);
  expect(groups[0]).toMatch(/<td>DAJ<\/td><\/tr>/);
});

test('the headline says how many milestones are reported; a milestone completed late says so', () => {
  const plan = JSON.parse(files['plan.json']);
  const total = Object.values(plan.counts as Record<string, number>).reduce((a, b) => a + b, 0) - plan.counts.withdrawn;
  const reported = total - plan.counts.unreported;
  expect(files['fr/index.html']).toContain(`<strong>${reported} jalons sur ${total} rapportés</strong>`);
  expect(files['en/index.html']).toContain(`<strong>${reported} milestones of ${total} reported</strong>`);
  // C01.1, due March 2024, first reported complete for June 2024 by an update that writes « L’arrêté du 12 mars
  // 2024 »: done on time, by the day it writes (audit 16), not three months late by its period.
  const c1 = files['fr/C01.html'];
  const item = c1.slice(c1.indexOf('<li id="C01.1"'), c1.indexOf('<li id="C01.2"'));
  expect(item).toContain('L’arrêté du 12 mars 2024');
  expect(item).not.toContain('Achevé en retard');
  expect(files['en/C01.html']).not.toContain('Completed late: reported complete for June 2024');
  // C02.1, due June 2024, reported not started then, complete for December 2024.
  expect(files['fr/C02.html']).toContain(
    'Achevé en retard : rapporté achevé pour décembre 2024, 6 mois après l’échéance.',
  );
});

test('a milestone reported complete in the month it was due, or its indicator so, is not late', () => {
  const columns = sheetColumns('fr');
  const rows = [
    { id: 'C01.1', period: '2024-06', status: 'complete' },
    { id: 'C01.2', period: '2024-07', status: 'complete' },
    { id: 'C02.1.1', period: '2024-09', status: 'complete' },
  ];
  const table: CsvTable = {
    file: 'suivi.csv',
    header: columns,
    rows: rows.map((r, k) => ({ row: k + 2, cells: columns.map((c) => (r as Record<string, string>)[c] ?? '') })),
  };
  const p = prepareSite({
    analysis: analysis([
      commitment(0, 'Engagement 1 : Publier', [
        { text: 'Arrêté', date: '2024-06' },
        { text: 'Guide', date: '2024-06' },
      ]),
      commitment(1, 'Engagement 2 : Ouvrir', [{ text: 'Calculateur', date: '2024-06-15', indicator: 'Dépôt public' }]),
    ]),
    title: 'Plan',
    today: '2025-01-01',
    updates: [table],
  });
  expect(p.problems).toEqual([]);
  const units = p.site!.commitments.flatMap((c) => c.units);
  expect(units.map((u) => [u.id, u.completedLate])).toEqual([
    ['C01.1', undefined],
    ['C01.2', { period: '2024-07', months: 1 }],
    ['C02.1', { period: '2024-09', months: 3 }],
  ]);
});

test('Jalon’s own sentence in the page’s language; the plan’s words alone marked as French', () => {
  expect(dd(files['en/C01.html'], 'Verifiable')).toBe('Yes — A dated milestone lets one verify that it was done.');
  expect(dd(files['fr/C01.html'], 'Vérifiable')).toBe('Oui — Un jalon daté permet de vérifier sa mise en œuvre.');
});

describe('leads by name', () => {
  test('acronyms the plan spells out, before or after their name', () => {
    const defined = acronymsOf(
      '**Porteur :** Ressources naturelles Canada (RNCAN), Statistique Canada (STATCAN). Le SCT (Secrétariat du Conseil du Trésor) publie. Un fichier (PDF) en (2023), par EC.',
    );
    expect([...defined]).toEqual([
      ['RNCAN', 'Ressources naturelles Canada'],
      ['STATCAN', 'Statistique Canada'],
      ['SCT', 'Secrétariat du Conseil du Trésor'],
    ]);
    expect(acronymsNamed('RNCAN, STATCAN, EC', defined)).toBe(
      'Ressources naturelles Canada (RNCAN), Statistique Canada (STATCAN), EC',
    );
    // Already spelled out: left as it is.
    expect(acronymsNamed('Ressources naturelles Canada (RNCAN)', defined)).toBe('Ressources naturelles Canada (RNCAN)');
  });

  test('a lead the plan defines is named on the dashboard, in the overdue table and on its milestones', async () => {
    const dir = tempDir('jalon-citizen-');
    const plan = join(dir, 'plan.md');
    writeFileSync(
      plan,
      readFileSync(PLAN, 'utf8').replace(
        '**Porteur :** Direction des affaires juridiques,',
        '**Porteur :** Direction des affaires juridiques (DAJ),',
      ),
    );
    const site = join(dir, 'site');
    const args = [
      'publish',
      plan,
      '--updates',
      JUNE,
      DECEMBER,
      '--feedback',
      FEEDBACK,
      '--today',
      TODAY,
      '--out',
      site,
    ];
    expect((await runCli(args)).code).toBe(0);
    const f = snapshot(site);
    const named = 'Direction des affaires juridiques (DAJ)';
    expect(f['fr/index.html']).toMatch(new RegExp(`<td>${named.replace(/[()]/g, '\\$&')}</td></tr>`));
    expect(f['fr/C01.html']).toContain(`Échéance : mars 2024 · Porteur : ${named}`);
    // An acronym the plan does not define stays as it is.
    expect(f['fr/C02.html']).toContain('Porteur : DGFiP');
  });
});
