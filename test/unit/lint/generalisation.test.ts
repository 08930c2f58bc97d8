// Sentences outside the development corpus: the rules must generalise beyond it.
import { findings, vague } from './helpers';

describe('vague-term on unseen sentences', () => {
  test.each([
    'La Banque africaine de développement cofinance le projet.',
    'Les pays en voie de développement sont associés.',
    'La promotion 2024 de l’INSP a été consultée.',
    'Il a été promu au grade de colonel.',
    'Des poursuites pénales ont été engagées.',
    'Le tablier est en béton renforcé.',
    'Les élèves issus de milieux favorisés réussissent mieux.',
    'Le rythme soutenu des publications a été salué.',
    'Les états financiers consolidés sont publiés.',
    'La valorisation énergétique des boues est confiée au syndicat.',
    'Le chef de projet appuie sur le bouton de validation.',
    'Le document est joint à l’appui de la demande.',
    'Le dispositif s’appuie sur les données de l’Insee.',
    'Il a soutenu sa thèse en 2021.',
    'Les facilités de caisse accordées par la banque.',
    'Les risques accrus de fraude sont documentés.',
    'Voir https://www.example.org/renforcer-la-transparence pour le détail.',
    'Voir WWW.EXAMPLE.ORG/RENFORCER-LA-TRANSPARENCE pour le détail.',
  ])('legitimate: %s', (text) => {
    expect(vague(text)).toEqual([]);
  });

  test.each([
    ['La DINUM soutiendra financièrement les projets.', ['soutiendra']],
    ['Nous veillerons activement à la qualité.', ['veillerons activement à']],
    ['Les collectivités ont été accompagnées par la préfecture.', ['accompagnées']],
    ['Nous appuyons les communes rurales.', ['appuyons']],
    ['Le ministère s’attachera à promouvoir les standards.', ['attachera à', 'promouvoir']],
    ['Les échanges seront facilités par la plateforme.', ['facilités']],
    ['Il faudra poursuivre l’effort en 2026.', ['poursuivre']],
    ['Les outils seront modernisés et optimisés.', ['modernisés', 'optimisés']],
    ['Les moyens ont été accrus de 10 %.', ['accrus']],
  ])('vague: %s', (text, expected) => {
    expect(vague(text)).toEqual(expected);
  });

  test('an irregular participle that is also a passé simple reads as a participle', () => {
    expect(findings('Des moyens accrus seront alloués.', {}, 'vague-term')[0].data).toMatchObject({
      kind: 'participle',
    });
  });
});

test('Title Case is judged per paragraph (token objects are reused between paragraphs)', () => {
  // The first paragraph is in Title Case, so its capitalised noun is not a name; the second is prose.
  const text =
    'Le Développement Des Usages Numériques\nLe ministère de l’Innovation et du Développement économique publie.';
  expect(vague(text)).toEqual(['Développement']);
});
