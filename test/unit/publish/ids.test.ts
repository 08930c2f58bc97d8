// Stable ids: a commitment keeps its id when the plan is edited and published again (matched as `jalon check
// --compare` matches two versions), so that the sheets already filled in still apply; a commitment that matches
// none gets a new id, and the run says so.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { assignIds, matchVersions } from '../../../src/core';
import { analysis, commitment } from './model';
import { DECEMBER, FEEDBACK, FIXTURES, JUNE, publishArgs, runCli, sheet, snapshot, TODAY, workspace } from './helpers';

jest.setTimeout(60_000);

const V2 = join(FIXTURES, 'plan-fr-v2.md');

test('matching: the same title first, then the words two versions share; each new item taken once', () => {
  const v = (title: string, text = title) => ({ title, text });
  const pairs = matchVersions(
    [
      v('Engagement 1 : Ouvrir les données'),
      v('Engagement 2 : Former les agents', 'former agents publics numérique'),
      v('Rien'),
    ],
    [
      v('Commitment 7: Former les agents publics au numérique', 'former agents publics numérique'),
      v('Engagement 3 : ouvrir les DONNÉES'),
    ],
  );
  expect([...pairs.entries()]).toEqual([
    [0, { index: 1, by: 'title' }],
    [1, { index: 0, by: 'content' }],
  ]);
});

test('without ids given before, commitments and milestones are numbered in the plan’s order', () => {
  const ids = assignIds([commitment(0, 'A', [{ text: 'a1' }, { text: 'a2' }]), commitment(1, 'B')]);
  expect(ids.commitments.map((c) => [c.id, c.milestones, c.by])).toEqual([
    ['C01', ['C01.1', 'C01.2'], 'order'],
    ['C02', [], 'order'],
  ]);
  expect(analysis([]).commitments).toEqual([]);
});

test('an edited plan keeps its ids: reordered, retitled, a milestone inserted; the new commitment gets the next id', () => {
  const v1 = [
    {
      id: 'C01',
      title: 'Publier les marchés',
      milestones: [
        { id: 'C01.1', text: 'Arrêté' },
        { id: 'C01.2', text: 'Premier jeu' },
      ],
    },
    {
      id: 'C02',
      title: 'Ouvrir le code des calculateurs',
      milestones: [{ id: 'C02.1', text: 'Inventaire des logiciels de calcul' }],
    },
    { id: 'C03', title: 'Former les agents', milestones: [] },
  ];
  const v2 = [
    commitment(0, 'Engagement 1 : Former les agents'),
    commitment(1, 'Engagement 2 : Publier les marchés', [
      { text: 'Consultation' },
      { text: 'Arrêté' },
      { text: 'Premier jeu' },
    ]),
    commitment(2, 'Engagement 3 : Une idée nouvelle'),
    commitment(3, 'Engagement 4 : Publier le code source', [{ text: 'Inventaire des logiciels de calcul' }]),
  ];
  const ids = assignIds(v2, v1);
  expect(ids.commitments.map((c) => [c.id, c.milestones, c.by])).toEqual([
    ['C03', [], 'title'],
    ['C01', ['C01.3', 'C01.1', 'C01.2'], 'title'],
    ['C04', [], 'new'],
    ['C02', ['C02.1'], 'content'],
  ]);
  expect(ids.removed).toEqual([]);
});

test('the sheets filled in for the first version apply to the edited plan, and the run says what it matched', async () => {
  const dir = workspace();
  const site = join(dir, 'site');
  const r = await runCli([
    'publish',
    V2,
    '--updates',
    JUNE,
    DECEMBER,
    '--feedback',
    FEEDBACK,
    '--today',
    TODAY,
    '--out',
    site,
  ]);
  expect(r.code).toBe(0);
  expect(r.stderr.split('\n').slice(0, 4)).toEqual([
    'jalon : C04 « Engagement 3 : Publier les avis de la Commission d’accès aux documents administratifs » : nouvel identifiant, aucun engagement déjà publié ne lui correspond',
    'jalon : C02 « Engagement 4 : Publier sous licence libre le code des calculateurs d’impôt » : reconnu par son contenu (publié sous le titre « Ouvrir le code source des calculateurs fiscaux »)',
    `jalon : sans --contact, la page « Donner votre avis » du site (${join(site, 'fr', 'feedback.html')}) dira au public que le plan ne donne aucun moyen de transmettre un avis : publiez à nouveau avec --contact suivi d’une adresse e-mail (avis@ministere.fr, par exemple) ou d’une adresse web commençant par https://`,
    `jalon : Site publié dans ${site} (engagements : 4 ; mises à jour : 8 ; jalons en retard : 3). Ouvrez ${join(site, 'index.html')}.`,
  ]);
  const plan = JSON.parse(snapshot(site)['plan.json']);
  const byId = Object.fromEntries(plan.commitments.map((c: { id: string }) => [c.id, c]));
  expect(plan.commitments.map((c: { id: string }) => c.id)).toEqual(['C03', 'C01', 'C04', 'C02']);
  // The updates reached the commitments and milestones they were written for.
  expect(byId.C03.statuses.map((s: { status: string }) => s.status)).toEqual(['limited', 'substantial']);
  expect(
    byId.C01.milestones.map((m: { id: string; text: string; status?: string }) => [m.id, m.text, m.status]),
  ).toEqual([
    ['C01.4', 'Consultation publique sur le format des données', undefined],
    ['C01.1', 'Arrêté fixant le format des données', 'complete'],
    ['C01.2', 'Premier jeu de données publié sur data.gouv.fr', 'substantial'],
    ['C01.3', 'Publication mensuelle automatisée', undefined],
  ]);
  expect(byId.C02.milestones[1]).toMatchObject({ id: 'C02.2', status: 'limited' });
  // The feedback on C02.2 follows its milestone too.
  expect(byId.C02.feedback[0]).toMatchObject({ id: 'C02.2' });
  // Published again from the site alone (no sheet), the ids stay.
  const again = await runCli(['publish', V2, '--today', TODAY, '--out', site]);
  expect(again.code).toBe(0);
  expect(again.stderr).not.toContain('nouvel identifiant');
  expect(JSON.parse(snapshot(site)['plan.json']).commitments.map((c: { id: string }) => c.id)).toEqual([
    'C03',
    'C01',
    'C04',
    'C02',
  ]);
});

test('a commitment dropped from the plan: the run says so, and its updates are refused with what to do', async () => {
  const dir = workspace();
  const site = join(dir, 'site');
  expect((await runCli(publishArgs(site))).code).toBe(0);
  const v3 = join(dir, 'plan-v3.md');
  const text = snapshot(FIXTURES)['plan-fr.md'];
  writeFileSync(v3, text.slice(0, text.indexOf('## Engagement 2')) + text.slice(text.indexOf('## Engagement 3')));
  const ok = await runCli(['publish', v3, '--today', TODAY, '--out', site]);
  expect(ok.code).toBe(0);
  expect(ok.stderr.split('\n')[0]).toBe(
    'jalon : C02 « Ouvrir le code source des calculateurs fiscaux » n’est plus dans le plan',
  );
  const f = sheet(dir, 'old.csv', [{ id: 'C02.1', period: '2025-01', status: 'complete' }]);
  const refused = await runCli(['publish', v3, '--updates', f, '--today', TODAY, '--out', site]);
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain(
    `jalon : ${f}, ligne 2, colonne F (id) : C02.1 (Ouvrir le code source des calculateurs fiscaux) n’est plus dans le plan : supprimez ces lignes, ou gardez l’engagement dans le plan avec l’état « retiré »`,
  );
  // Said once: published again, the commitment gone is remembered, not announced.
  const later = await runCli(['publish', v3, '--today', TODAY, '--out', site]);
  expect(later.stderr).not.toContain('n’est plus dans le plan');
  // A new commitment never gets the id of one that was dropped.
  const v4 = join(dir, 'plan-v4.md');
  writeFileSync(v4, `${readFileSync(v3, 'utf8')}\n## Engagement 4 : Une idée nouvelle\n\n**Porteur :** DINUM\n`);
  const added = await runCli(['publish', v4, '--today', TODAY, '--out', site]);
  expect(added.stderr.split('\n')[0]).toBe(
    'jalon : C04 « Engagement 4 : Une idée nouvelle » : nouvel identifiant, aucun engagement déjà publié ne lui correspond',
  );
});

test('the sheet for an edited plan keeps the ids of an earlier sheet (--previous) and its translations', async () => {
  const dir = workspace();
  const out = join(dir, 'v2.csv');
  const r = await runCli(['updates-template', V2, '--previous', JUNE, '--out', out]);
  expect(r.code).toBe(0);
  // A French plan's sheet: « ; » between columns, as Excel in French reads it.
  const rows = parse(snapshot(dir)['v2.csv'], { bom: true, columns: true, delimiter: ';' }) as Record<string, string>[];
  // C01.0.1: the commitment's own « Indicateur : » line, after its milestones (audit 16).
  expect(rows.map((row) => row.id)).toEqual([
    'C03',
    'C01.4',
    'C01.1',
    'C01.2',
    'C01.3',
    'C01.0.1',
    'C04.1',
    'C02.1',
    'C02.2',
  ]);
  expect(rows[2]).toMatchObject({
    id: 'C01.1',
    engagement_en: 'Publish the essential data of public procurement',
    jalon_en: 'Order setting the data format',
  });
});
