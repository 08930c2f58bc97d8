// Audit 15, finding 8: co-leads kept (« DAJ et Direction des achats de l'État (DAE) »), a lead without its full stop,
// its partners (« en lien avec … ») or its contact, and bulleted lists kept apart, in the sheet and on the site.
import { parse } from 'csv-parse/sync';
import { analyze, fromPlainText, prepareSite, updatesSheet } from '../../../src/core';
import { commitmentPage } from '../../../src/cli/publish/html/commitment';
import { leadNames } from '../../../src/core/tracking/text';

const md = [
  '# Plan d’action national 2025-2027',
  '## Engagement 1 : Publier les données des achats',
  'Porteur : Direction des affaires juridiques (DAJ) ; contact : cheffe du bureau des achats.',
  'Jalons :',
  '- Guide publié – mars 2026 – DAJ',
  '- 95 % des marchés publiés – décembre 2026 – DAJ et Direction des achats de l’État (DAE)',
  '## Engagement 2 : Suivre les recommandations',
  'Porteur : Secrétariat général du Gouvernement (SGG), en lien avec la Cour des comptes.',
  'Jalons :',
  '- Premier tableau publié – juin 2026',
  '## Engagement 3 : Ouvrir les avis d’appel d’offres',
  'Institutions porteuses :',
  '- Ministère des Finances et des Comptes publics',
  '- Ministère de l’Économie, de l’Industrie et du Numérique',
  'Actions :',
  '- Standardiser le format des données des appels d’offres',
  '- Rendre obligatoire cette publication au-dessus des seuils',
  'Jalons :',
  '- Format publié – juin 2026',
].join('\n\n');

const source = fromPlainText(md, { markdown: true });
const read = analyze(source, { lang: 'fr' });
const rows = parse(updatesSheet(read).replace(/^\ufeff/, ''), { columns: true, delimiter: ';' }) as Record<
  string,
  string
>[];
const lead = (id: string) => {
  const row = rows.find((r) => Object.values(r).includes(id))!;
  return Object.values(row)[4];
};

test('the sheet keeps both co-leads of a milestone, joined by « ; »', () => {
  expect(lead('C01.2')).toBe('DAJ ; Direction des achats de l’État (DAE)');
  expect(lead('C01.1')).toBe('DAJ');
});

test('a lead cell has no full stop, no contact and no partners « en lien avec … »', () => {
  expect(lead('C02.1')).toBe('Secrétariat général du Gouvernement (SGG)');
  const site = prepareSite({ analysis: read, title: 'Plan', today: '2027-01-15', updates: [], source }).site!;
  expect(site.commitments[0].fields.lead).toBe('Direction des affaires juridiques (DAJ)');
  expect(site.commitments[1].fields.lead).toBe('Secrétariat général du Gouvernement (SGG)');
  // A name holding « et » before a lower-case word stays one name.
  expect(site.commitments[2].fields.lead).toBe(
    'Ministère des Finances et des Comptes publics ; Ministère de l’Économie, de l’Industrie et du Numérique',
  );
});

test('a bulleted list of actions stays a list on the site, never run together', () => {
  const site = prepareSite({ analysis: read, title: 'Plan', today: '2027-01-15', updates: [], source }).site!;
  const page = commitmentPage(site, site.commitments[2], 'fr');
  expect(page).toMatch(/Standardiser le format des données des appels d’offres<br>(?:• )?Rendre obligatoire/);
});

test('« and » / « et » or a comma inside an agency name does not cut it (audit16 #4)', () => {
  expect(leadNames('Office of Science and Technology Policy, Subcommittee on Equitable Data (OSTP)')).toEqual([
    'Office of Science and Technology Policy',
    'Subcommittee on Equitable Data (OSTP)',
  ]);
  expect(leadNames('Department of Health and Human Services')).toEqual(['Department of Health and Human Services']);
  expect(leadNames('Innovation, Sciences et Développement économique Canada')).toEqual([
    'Innovation, Sciences et Développement économique Canada',
  ]);
  expect(leadNames('Department of Justice and Office of Management and Budget')).toEqual([
    'Department of Justice',
    'Office of Management and Budget',
  ]);
  expect(leadNames('Statistique Canada; Bibliothèque et Archives Canada')).toEqual([
    'Statistique Canada',
    'Bibliothèque et Archives Canada',
  ]);
});
