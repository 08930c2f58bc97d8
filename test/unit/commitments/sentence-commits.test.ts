// A sentence in a commitment's body that commits states its action: a vague verb there is the action, a warning; one
// that does not commit explains (context, information). French says the future in several ways, the near future
// « nous allons » and « nous nous engageons à » among them.
import { analyze, fromPlainText } from '../../../src/core';

const roleOf = (sentence: string) => {
  const text = `# Plan d’action national 2025-2027\n\n## Engagement 1 : Publier les données des marchés publics\n\n${sentence}\n\nPorteur : Direction des affaires juridiques.\n`;
  const f = analyze(fromPlainText(text, { markdown: true }), { lang: 'fr' }).findings.find(
    (x) => x.ruleId === 'vague-term' && x.data?.lemma === 'renforcer',
  );
  return [f?.severity, f?.data?.role];
};

test.each([
  'Nous allons renforcer la transparence de la commande publique.',
  'Nous nous engageons à renforcer la transparence de la commande publique.',
  'Le ministère va renforcer la transparence de la commande publique.',
  'Le ministère renforcera la transparence de la commande publique.',
])('« %s » states the action: a warning', (sentence) => {
  expect(roleOf(sentence)).toEqual(['warning', 'main-action']);
});

test('a sentence that only tells what exists explains: information', () => {
  expect(roleOf('En 2016, les acheteurs publics renforçaient déjà la transparence des marchés.')).toEqual([
    'info',
    'context',
  ]);
});
