// Audit 15, finding 1: a commitment page shows what the plan says even when it is written in prose (its own text,
// folded; the sentences the drafting check read as fields), its calendar and the problem it addresses, and says
// « Non précisé dans le plan » (one wording) only for what the drafting check also finds missing.
import { analyze, fieldLabel, fromPlainText, planJson, prepareSite, SHOWN_FIELDS } from '../../../src/core';
import { esc } from '../../../src/cli/publish/html/format';
import { commitmentPage } from '../../../src/cli/publish/html/commitment';

const md = [
  '# Plan d’action national 2025-2027',
  '## Engagement 1 : Ouvrir les données des subventions',
  'Porteur : Direction du budget (DB).',
  'Problème à résoudre : aujourd’hui, seules 12 % des subventions versées par l’État sont publiées en données ouvertes.',
  'Description : la DB publiera chaque trimestre les subventions versées au format réglementaire.',
  'Indicateur : part des subventions publiées dans les trois mois.',
  'Situation initiale : 12 % en 2024.',
  'Cible : 90 % au 31 décembre 2026.',
  'Calendrier : octobre 2025 – mars 2027.',
  'Jalons :',
  '- Premier jeu de données publié – juin 2026 – DB',
  '- Tous les programmes couverts – décembre 2026 – DB',
  '## Engagement 2 : Rendre compte du suivi des avis du Défenseur des droits',
  'Porteur : Secrétariat général du Gouvernement (SGG).',
  'Le SGG publiera chaque année, avant le 31 mai, un tableau des 80 avis du Défenseur des droits adressés aux ministères, indiquant pour chacun les suites données. L’objectif est que 100 % des avis soient suivis publiquement d’ici juin 2027.',
  'Le tableau sera transmis aux commissions des lois de l’Assemblée nationale et du Sénat.',
  'Coût : 1 ETP par an, sur les moyens existants.',
].join('\n\n');

const source = fromPlainText(md, { markdown: true });
const read = analyze(source, { lang: 'fr' });
const prepared = prepareSite({ analysis: read, title: 'Plan', today: '2027-01-15', updates: [], source });
const site = prepared.site!;
const pages = site.commitments.map((c) => commitmentPage(site, c, 'fr').replace(/[\u00a0\u202f]/g, ' '));
/** What a page shows under a label of the plan's fields. */
const dd = (html: string, label: string) => html.split(`<dt>${label}</dt><dd>`)[1]?.split('</dd>')[0] ?? '';

test('the plan read as intended: commitment 2 is written in prose, and the drafting check finds a target in it', () => {
  expect(read.commitments).toHaveLength(2);
  expect(read.commitments[1].fields.target?.source).toBe('prose');
  expect(read.commitments[1].missing).not.toContain('target');
});

test('a commitment in prose: every sentence of the plan is on its page', () => {
  for (const words of ['tableau des 80 avis', 'avant le 31 mai', 'commissions des lois', 'd’ici juin 2027'])
    expect({ words, shown: pages[1].includes(words) }).toEqual({ words, shown: true });
});

test('what the drafting check counts as stated is never said absent; one wording for what is missing', () => {
  site.commitments.forEach((c, k) => {
    const missing = read.commitments[k].missing;
    for (const f of SHOWN_FIELDS) {
      const shown = dd(pages[k], esc(fieldLabel(f, 'fr')));
      const absent = shown.includes('Non précisé dans le plan');
      expect({ k, f, absent }).toEqual({
        k,
        f,
        absent: missing.includes(f) && !(f === 'actions' && c.actionsInMilestones),
      });
    }
  });
  const c2 = pages[1];
  expect(dd(c2, 'Situation cible')).toContain('L’objectif est que 100 % des avis soient suivis publiquement');
  expect(dd(c2, 'Modalités de compte rendu')).toContain('Le SGG publiera chaque année');
  expect(pages.join('')).not.toContain('Pas de rubrique');
});

test('each page shows the calendar (start and end) and the problem the commitment addresses', () => {
  expect(dd(pages[0], 'Calendrier (début et fin)')).toContain('Octobre 2025 – mars 2027');
  expect(dd(pages[0], 'Problème à résoudre')).toContain('Aujourd’hui, seules 12 % des subventions');
  // Written in prose, its end is the date its target is due by: its page and its follow-up say so.
  expect(dd(pages[1], 'Calendrier (début et fin)')).toContain('Jusqu’à juin 2027');
  // Its yearly table « chaque année, avant le 31 mai » is its milestone, due first in the plan's first year.
  expect(site.commitments[1].units[0].due).toBe('2025-05-31');
  const json = planJson(site, { name: 'jalon', version: 'test' }) as { commitments: Record<string, unknown>[] };
  expect(json.commitments[0].problem).toContain('12 % des subventions');
  expect((json.commitments[0].fields as Record<string, string>).calendar).toBe('octobre 2025 – mars 2027.');
  expect(json.commitments[1].end).toBe('2027-06');
});

test('field values start with a capital after their label', () => {
  expect(dd(pages[0], 'Indicateur(s)')).toContain('<p>Part des subventions publiées');
  expect(dd(pages[0], 'Action concrète (texte, norme, outil)')).toContain('<p>La DB publiera');
});
