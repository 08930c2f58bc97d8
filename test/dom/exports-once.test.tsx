// The pane's review report (Markdown) says each missing field once (audit13, finding 21): the commitment's name
// once (its place), not quoted again; the example once (in its note), not again as a suggestion.
import { analyze, fromPlainText } from '../../src/core';
import { reviewMarkdown } from '../../src/taskpane/exports';
import { translator } from '../../src/taskpane/i18n';

const PLAN = [
  '# Plan d’action 2015-2017',
  '',
  '## Engagement 2 : Accroître la transparence de la commande publique',
  '',
  'Porteur : direction des achats de l’État',
  '',
  'Action concrète : rendre obligatoire la publication des contrats au-dessus de 40 000 euros.',
].join('\n');

test('each missing field: the title once, the example once', () => {
  const analysis = analyze(fromPlainText(PLAN, { markdown: true }));
  const missing = analysis.findings.filter((f) => f.ruleId === 'missing-field');
  expect(missing.length).toBeGreaterThan(2);
  const md = reviewMarkdown(analysis, analysis.findings, translator('fr')).content;
  const items = md.split('\n- ').slice(1);
  let withExample = 0;
  for (const f of missing) {
    const item = items.find((x) => x.startsWith(`**${f.message}**`));
    expect(item).toBeDefined();
    const count = (s: string) => item!.split(s).length - 1;
    expect(count('Accroître la transparence')).toBe(1);
    const example = f.expected[0]?.split(' — ')[0];
    if (example) {
      withExample++;
      expect(count(example.slice(0, 40))).toBe(1);
    }
  }
  expect(withExample).toBeGreaterThan(0);
});
