// The two converters of examples/, run as a user runs them (tsx, from the repository), on small trackers of the
// same shape as Canada's and the U.S.'s (the real ones are converted and published by `npm run eval`); their
// output published by `jalon publish`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { FIXTURES, runCli, snapshot, tempDir } from './helpers';

jest.setTimeout(120_000);

const ROOT = join(__dirname, '../../..');
const tsx = (script: string, args: string[]) =>
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'examples', script), ...args],
    {
      encoding: 'utf8',
    },
  );
const rows = (file: string) => parse(readFileSync(file), { bom: true, columns: true }) as Record<string, string>[];

test('Canada: one plan per action plan, each milestone titled and measured by its indicators, the English texts in the sheet', async () => {
  const out = tempDir('jalon-canada-');
  const said = tsx('canada-tracker.ts', [join(FIXTURES, 'canada-tracker-sample.csv'), '--out', out]);
  expect(said).toBe(
    `${join(out, 'canada-2018-2020')}: plan.md, updates.csv, ids.csv\n${join(out, 'canada-2022-2024')}: plan.md, updates.csv, ids.csv\n`,
  );
  const dir = join(out, 'canada-2018-2020');
  const plan = readFileSync(join(dir, 'plan.md'), 'utf8');
  expect(plan).toContain(
    '## Engagement 1 : Archives ouvertes\n\n**Porteur :** Bibliothèque et Archives Canada (BAC), École de la fonction publique du Canada (ÉFPC)\n\n| Jalon | Indicateur | Échéance | Ministère responsable |',
  );
  // The milestone's title, Canada's number with it, on each of its indicators' rows; an indicator's words whole.
  expect(plan).toContain(
    '| Jalon 1.1 : Publier le catalogue des archives (BAC) | Les usagers sont consultés sur le catalogue (3 ateliers d’ici mars 2019; 6 d’ici mars 2020) | mars 2020 | BAC |',
  );
  // The sheet: each of Canada's indicators is a milestone row (its title) and its indicator's row, as Jalon read them.
  const sheet = rows(join(dir, 'updates.csv'));
  expect(sheet.map((r) => [r.id, r.milestone, r.indicator, r.due, r.lead])).toEqual([
    ['C01.1', 'Jalon 1.1 : Publier le catalogue des archives (BAC)', '', '2019-06', 'BAC'],
    [
      'C01.1.1',
      'Jalon 1.1 : Publier le catalogue des archives (BAC)',
      'Le catalogue des archives est en ligne (au moins 5 000 notices d’ici juin 2019)',
      '2019-06',
      'BAC',
    ],
    ['C01.2', 'Jalon 1.1 : Publier le catalogue des archives (BAC)', '', '2020-03', 'BAC'],
    [
      'C01.2.1',
      'Jalon 1.1 : Publier le catalogue des archives (BAC)',
      'Les usagers sont consultés sur le catalogue (3 ateliers d’ici mars 2019; 6 d’ici mars 2020)',
      '2020-03',
      'BAC',
    ],
    ['C01.3', 'Jalon 1.2 : Former les archivistes (ÉFPC)', '', '2019-12', 'ÉFPC'],
    [
      'C01.3.1',
      'Jalon 1.2 : Former les archivistes (ÉFPC)',
      '200 archivistes sont formés aux formats ouverts (décembre 2019)',
      '2019-12',
      'ÉFPC',
    ],
    ['C02.1', 'Jalon 2.1 : Publier les données budgétaires (FIN)', '', '2019-04', 'FIN'],
    [
      'C02.1.1',
      'Jalon 2.1 : Publier les données budgétaires (FIN)',
      'Les tableaux du budget sont publiés en données ouvertes (avril 2019)',
      '2019-04',
      'FIN',
    ],
  ]);
  expect(sheet.slice(0, 2).map((r) => [r.commitment_en, r.milestone_en, r.indicator_en])).toEqual([
    ['Open records', 'Milestone 1.1: Publish the records catalogue (LAC)', ''],
    [
      'Open records',
      'Milestone 1.1: Publish the records catalogue (LAC)',
      'The records catalogue is online (at least 5,000 records by June 2019)',
    ],
  ]);
  expect(
    rows(join(dir, 'ids.csv')).map((r) => [r.canada_indicator, r.canada_milestone, r.jalon, r.jalon_indicator]),
  ).toEqual([
    ['C01.1.1', 'C01.1', 'C01.1', 'C01.1.1'],
    ['C01.1.2', 'C01.1', 'C01.2', 'C01.2.1'],
    ['C01.2.1', 'C01.2', 'C01.3', 'C01.3.1'],
    ['C02.1.1', 'C02.1', 'C02.1', 'C02.1.1'],
  ]);
  // Published: French first, English from the sheet; the tracker gives no status, so everything past due is late.
  const site = join(out, 'site');
  const r = await runCli([
    'publish',
    join(dir, 'plan.md'),
    '--updates',
    join(dir, 'updates.csv'),
    '--today',
    '2020-01-15',
    '--site-lang',
    'fr,en',
    '--out',
    site,
  ]);
  expect(r.code).toBe(0);
  const files = snapshot(site);
  const json = JSON.parse(files['plan.json']);
  expect(json.commitments.map((c: { title: string; title_en: string }) => [c.title, c.title_en])).toEqual([
    ['Archives ouvertes', 'Open records'],
    ['Budgets ouverts', 'Open budgets'],
  ]);
  // The indicators are the plan's indicators: the commitment states one, each milestone shows its own.
  expect(json.commitments.map((c: { missing: string[] }) => c.missing.includes('indicator'))).toEqual([false, false]);
  expect(json.commitments[0].fields.indicator).toBe(
    'Le catalogue des archives est en ligne (au moins 5 000 notices d’ici juin 2019)',
  );
  expect(
    json.commitments[0].milestones.map((m: { id: string; text: string; indicator?: { id: string; text: string } }) => [
      m.id,
      m.text,
      m.indicator?.id,
      m.indicator?.text,
    ]),
  ).toEqual([
    [
      'C01.1',
      'Jalon 1.1 : Publier le catalogue des archives (BAC)',
      'C01.1.1',
      'Le catalogue des archives est en ligne (au moins 5 000 notices d’ici juin 2019)',
    ],
    [
      'C01.2',
      'Jalon 1.1 : Publier le catalogue des archives (BAC)',
      'C01.2.1',
      'Les usagers sont consultés sur le catalogue (3 ateliers d’ici mars 2019; 6 d’ici mars 2020)',
    ],
    [
      'C01.3',
      'Jalon 1.2 : Former les archivistes (ÉFPC)',
      'C01.3.1',
      '200 archivistes sont formés aux formats ouverts (décembre 2019)',
    ],
  ]);
  expect(files['fr/C01.html']).toContain(
    '<h3><span class="id">C01.3</span>Jalon 1.2 : Former les archivistes (ÉFPC)</h3>',
  );
  expect(files['fr/C01.html']).toContain(
    '<h4>Indicateur C01.3.1</h4><p>200 archivistes sont formés aux formats ouverts (décembre 2019)',
  );
  expect(files['fr/C01.html']).not.toContain('Non précisé dans le plan</p></dd><dt>Situation initiale');
  expect(files['en/C01.html']).toContain(
    '<h3><span class="id">C01.3</span>Milestone 1.2: Train archivists (CSPS)</h3>',
  );
  expect(files['en/C01.html']).toContain(
    '<h4>Indicator C01.3.1</h4><p>200 archivists are trained in open formats (December 2019)',
  );
  const overdue = [
    ...files['fr/index.html'].matchAll(/<tr class="late"><td class="id"><a href="C\d+\.html#([\w.]+)">/g),
  ].map((m) => m[1]);
  expect(overdue).toEqual(['C02.1', 'C01.1', 'C01.3']);
});

test('Canada: a deadline cell naming two dates is due at the last; one naming no year takes the tracker’s month; departments named in French', async () => {
  const dir = tempDir('jalon-canada-');
  const header = readFileSync(join(FIXTURES, 'canada-tracker-sample.csv'), 'utf8').split('\n')[0];
  const row = (id: string, fr: string, deadline: string, due: string, lead: string) =>
    `Canada 2022-2024 (5th NAP),C01,Digital citizenship,Citoyenneté numérique,C01.1,Conferences,Conférences,,,${id},x,x,${fr} (en),${fr},,"${deadline}",${due},${lead}`;
  const csv = join(dir, 'tracker.csv');
  writeFileSync(
    csv,
    [
      header,
      row(
        'C01.1.1',
        'des conférences annuelles sont organisées',
        "D'ici février 2022 et février 2023",
        '2022-02',
        'wage',
      ),
      row('C01.1.2', 'un rapport est publié', "D'ici mars 2022", '2022-03', 'esdc-edsc'),
      row('C01.1.3', 'le réseau se réunit', 'En cours', '2024-12', 'esdc-edsc'),
      row('C01.1.4', 'le bilan est publié (Juin 2022)', '', '', 'esdc-edsc'),
    ].join('\n'),
  );
  tsx('canada-tracker.ts', [csv, '--out', dir]);
  const plan = readFileSync(join(dir, 'canada-2022-2024', 'plan.md'), 'utf8');
  expect(plan).toContain(
    '**Porteur :** Femmes et Égalité des genres Canada (FEGC), Emploi et Développement social Canada (EDSC)',
  );
  expect(plan).toContain(
    "| Jalon 1.1 : Conférences | des conférences annuelles sont organisées | D'ici février 2022 et février 2023 | FEGC |",
  );
  expect(plan).toContain('| Jalon 1.1 : Conférences | le réseau se réunit | En cours (décembre 2024) | EDSC |');
  // Neither a deadline nor a due date in the tracker: the one the indicator states at its end.
  expect(plan).toContain('| Jalon 1.1 : Conférences | le bilan est publié (Juin 2022) | Juin 2022 | EDSC |');
  const sheet = rows(join(dir, 'canada-2022-2024', 'updates.csv'));
  expect(sheet.filter((r) => r.indicator !== '').map((r) => [r.id, r.due, r.lead])).toEqual([
    ['C01.1.1', '2023-02', 'FEGC'],
    ['C01.2.1', '2022-03', 'EDSC'],
    ['C01.3.1', '2024-12', 'EDSC'],
    ['C01.4.1', '2022-06', 'EDSC'],
  ]);
  const site = join(dir, 'site');
  const args = ['publish', join(dir, 'canada-2022-2024', 'plan.md'), '--today', '2022-06-01', '--out', site];
  expect((await runCli(args)).code).toBe(0);
  const fr = readFileSync(join(site, 'fr', 'index.html'), 'utf8');
  // Due in February 2023, the conferences are not late in June 2022; the report is, and its lead is named.
  expect([...fr.matchAll(/<td class="id"><a href="C\d+\.html#([\w.]+)">/g)].map((m) => m[1])).toEqual(['C01.2']);
  expect(fr).toContain('<td>Emploi et Développement social Canada (EDSC)</td></tr>');
  expect(fr).not.toMatch(/WAGE|ESDC/);
  // The deadline's words stay in the plan; the page gives the milestone's title, the last date and the indicator.
  const page = snapshot(site)['fr/C01.html'];
  expect(page).toContain(
    '<h3><span class="id">C01.1</span>Jalon 1.1 : Conférences</h3>\n<p class="meta">Échéance : février 2023 · Porteur : Femmes et Égalité des genres Canada (FEGC)</p>',
  );
  expect(page).toContain('<h4>Indicateur C01.1.1</h4><p>des conférences annuelles sont organisées ');
});

test('United States: the plan’s own text, the sub-commitments as milestones, two periods of progress', async () => {
  const out = tempDir('jalon-us-');
  const said = tsx('us-tracker.ts', [
    join(FIXTURES, 'us-tracker-sample.csv'),
    join(FIXTURES, 'us-plan-sample.md'),
    '--out',
    out,
  ]);
  expect(said).toBe(`${out}: plan.md, updates.csv, ids.csv\n`);
  const plan = readFileSync(join(out, 'plan.md'), 'utf8');
  expect(plan.split('\n')[0]).toBe('# Sample U.S. National Action Plan (2022-2024)');
  // Retitled in the tracker ("Whistleblower Protections"): placed by the plan's order.
  expect(plan).toContain(
    '## Commitment 2: Support Strong Protections for Those Who Report Wrongdoing\n\n**Lead agency:** Office of Special Counsel',
  );
  expect(plan).toContain('Whistleblowers help agencies find waste and fraud.');
  const sheet = rows(join(out, 'updates.csv'));
  expect(sheet.map((r) => [r.id, r.period, r.status, r.evidence, r.challenges])).toEqual([
    ['C01.1', '2023-08', '', 'https://www.federalregister.gov/archive', ''],
    ['C01.1', '2024-02', 'complete', '', ''],
    ['C01.2', '2024-02', 'limited', 'https://www.govinfo.gov/bulkdata', 'None given in the U.S. tracker.'],
    ['C02.1', '2023-08', '', '', ''],
    ['C02.1', '2024-02', 'not-started', '', 'None given in the U.S. tracker.'],
  ]);
  expect(rows(join(out, 'ids.csv'))).toEqual([
    { us: 'US0001.1', jalon: 'C01.1' },
    { us: 'US0001.2', jalon: 'C01.2' },
    { us: 'US0002.1', jalon: 'C02.1' },
  ]);
  const site = join(out, 'site');
  const r = await runCli(
    ['publish', join(out, 'plan.md'), '--updates', join(out, 'updates.csv'), '--today', '2025-03-01', '--out', site],
    {
      LANG: 'en_US.UTF-8',
    },
  );
  expect(r.stderr).toBe(
    `jalon: without --contact, the site's "Give feedback" page (${join(site, 'en', 'feedback.html')}) tells the public that the plan gives no way to send feedback: publish again with --contact followed by an e-mail address (feedback@agency.gov, for example) or a web address starting with https://\n` +
      `jalon: Site published in ${site} (commitments: 2; updates: 5; overdue milestones: 2). Open ${join(site, 'index.html')}.\n`,
  );
  const files = snapshot(site);
  const json = JSON.parse(files['plan.json']);
  expect([json.language, json.periods, json.points]).toEqual(['en', ['2023-08', '2024-02'], { earned: 4, max: 9 }]);
  // An English plan, an English site: no French half of English texts under French labels (audit 14, finding 21).
  expect(Object.keys(files).filter((f) => f.startsWith('fr/'))).toEqual([]);
  expect(files['index.html']).not.toContain('Choisissez');
  expect(files['index.html']).toContain('<a href="en/index.html" hreflang="en" lang="en">');
  expect(files['en/C01.html']).toContain('<a href="https://www.govinfo.gov/bulkdata">');
  expect(files['en/C01.html']).not.toContain('../fr/');
});
