// The follow-up sheet: the columns in the order, one row per milestone and indicator with its id, text,
// due date and lead, UTF-8 with a BOM; the command line writes exactly what the core makes for the pane.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, csvCell, planReading, sheetColumns, updatesSheet } from '../../../src/core';
import { readUpdates } from '../../../src/core/tracking/updates';

const DRAFTS = join(__dirname, '../../fixtures/drafts');
import { readDraft } from '../../../src/cli/input';
import { followUpSheet } from '../../../src/taskpane/exports';
import { analysis, commitment } from './model';
import { PLAN, runCli, workspace } from './helpers';

// « ; » between columns: the sheet of a French plan is opened by Excel in French (the column names stay).
const HEADER_FR =
  // A French sheet names its columns in French (audit 15); Jalon reads the English names too.
  'engagement;jalon;indicateur;échéance;porteur;id;période;état;avancement;preuves;difficultés;mis à jour le;engagement_en;jalon_en;indicateur_en;avancement_en;difficultés_en';

test('the sheet of the test plan, row by row', async () => {
  const dir = workspace();
  mkdirSync(join(dir, 'suivi')); // the sheet's folder is never made
  const out = join(dir, 'suivi', 'updates.csv');
  const r = await runCli(['updates-template', PLAN, '--out', out]);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe(`jalon : Feuille de suivi écrite dans ${out} (engagements : 3 ; lignes : 7).\n`);
  const bytes = readFileSync(out);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines[0]).toBe(HEADER_FR);
  // Each milestone's lead is the one its row gives (the table's third column), else the commitment's.
  expect(lines.slice(1)).toEqual([
    `Publier les données essentielles des marchés publics;Arrêté fixant le format des données;;2024-03;DAJ;C01.1;;;;;;;;;;;`,
    `Publier les données essentielles des marchés publics;Premier jeu de données publié sur data.gouv.fr;;2024-09;DAJ;C01.2;;;;;;;;;;;`,
    `Publier les données essentielles des marchés publics;Publication mensuelle automatisée;;2025-12;DAJ;C01.3;;;;;;;;;;;`,
    // The commitment's own « Indicateur : » line (audit 16): a row of its own, due when the commitment ends.
    `Publier les données essentielles des marchés publics;;part des marchés publiés dans le mois qui suit leur notification.;2025-12;"Direction des affaires juridiques, ministère de l’Économie";C01.0.1;;;;;;;;;;;`,
    `Ouvrir le code source des calculateurs fiscaux;Publication de l’inventaire des logiciels de calcul;;2024-06;DGFiP;C02.1;;;;;;;;;;;`,
    `Ouvrir le code source des calculateurs fiscaux;Publication du calculateur de l’impôt sur le revenu;;2024-12;DGFiP;C02.2;;;;;;;;;;;`,
    `Associer les citoyens à l’évaluation des politiques publiques;;;2026-06;Direction interministérielle de la transformation publique;C03;;;;;;;;;;;`,
    '',
  ]);
  // What the pane's "Prepare the follow-up sheet" saves: the core's sheet of the plan as the pane analyses it
  // (with the earlier-plans corpus, which adds findings, never fields), byte for byte.
  const plan = analyze(readDraft(PLAN).source);
  expect(bytes.toString('utf8')).toBe(updatesSheet(plan));
  const pane = await followUpSheet(plan);
  expect(pane.name).toBe('updates.csv');
  expect(pane.content).toBe(bytes.toString('utf8'));
});

test('an indicator gets its own row under its milestone; an English plan has no French columns', () => {
  const plan = analysis(
    [
      commitment(0, 'Commitment 1: Open contracts', [
        { text: 'Portal', date: '2025-06', indicator: '100 % of contracts' },
      ]),
    ],
    'en',
  );
  const lines = updatesSheet(plan).slice(1).split('\r\n');
  expect(lines[0]).toBe(
    'commitment,milestone,indicator,due,lead,id,period,status,progress,evidence,challenges,updated',
  );
  expect(lines.slice(1, 3)).toEqual([
    'Open contracts,Portal,,2025-06,Ministère,C01.1,,,,,,',
    'Open contracts,Portal,100 % of contracts,2025-06,Ministère,C01.1.1,,,,,,',
  ]);
  // Translated already (its earlier sheet or site gave French texts): the French columns stay, filled.
  const registry = [
    {
      id: 'C01',
      title: 'Open contracts',
      titleAlt: 'Contrats ouverts',
      milestones: [{ id: 'C01.1', text: 'Portal', textAlt: 'Portail' }],
    },
  ];
  const translated = updatesSheet(plan, { registry }).slice(1).split('\r\n');
  expect(translated[0]).toBe(
    'commitment,milestone,indicator,due,lead,id,period,status,progress,evidence,challenges,updated,commitment_fr,milestone_fr,indicator_fr,progress_fr,challenges_fr',
  );
  expect(translated[1]).toMatch(/^Open contracts,Portal,,2025-06,Ministère,C01\.1,,,,,,,Contrats ouverts,/);
  // A French plan keeps its English columns, empty or not.
  const french = analysis([commitment(0, 'Engagement 1 : Contrats ouverts', [{ text: 'Portail', date: '2025-06' }])]);
  expect(updatesSheet(french).slice(1).split('\r\n')[0]).toBe(
    'engagement;jalon;indicateur;échéance;porteur;id;période;état;avancement;preuves;difficultés;mis à jour le;engagement_en;jalon_en;indicateur_en;avancement_en;difficultés_en',
  );
});

test('a sheet of an English plan that has the French columns is read as before', () => {
  const header = sheetColumns('en');
  const cells: Record<string, string> = { id: 'C01.1', period: '2025-01', status: 'complete', progress: 'Done' };
  cells.progress_fr = 'Fait';
  const table = { file: 'updates.csv', header, rows: [{ row: 2, cells: header.map((h) => cells[h] ?? '') }] };
  const index = { ids: new Set(['C01.1']), withMilestones: new Set(['C01']), removed: new Map() };
  const { reports, problems } = readUpdates([table], index, 'en');
  expect(problems).toEqual([]);
  expect(reports.map((r) => [r.id, r.progress, r.progressAlt])).toEqual([['C01.1', 'Done', 'Fait']]);
});

test('cells are quoted as RFC 4180 says, and formulas are disarmed', () => {
  expect(['plain', 'a, b', 'dit "oui"', 'deux\nlignes', '=SOMME(A1)', '+33 1', '-x', '@cmd'].map(csvCell)).toEqual([
    'plain',
    '"a, b"',
    '"dit ""oui"""',
    '"deux\nlignes"',
    "'=SOMME(A1)",
    "'+33 1",
    "'-x",
    "'@cmd",
  ]);
});

test('the follow-up reads the same commitments as the check, without running the checks', () => {
  for (const file of [PLAN, ...readdirSync(DRAFTS).map((f) => join(DRAFTS, f))]) {
    const { source } = readDraft(file);
    const checked = analyze(source);
    const read = planReading(source);
    expect(read.language).toBe(checked.language);
    expect(read.commitments.length).toBeGreaterThan(0);
    expect(JSON.stringify(read.commitments)).toBe(JSON.stringify(checked.commitments));
  }
});
