// Jalon's examples pass its own vague-word checks where the author puts them (audit16, finding 13: the partners
// example « Des associations … testent le formulaire et le guide », written under a reworded partners label, was
// warned « « tester » est flou »). Each advice example is written under its field's template label, in a commitment
// of its own, and read as the command line reads a draft: no warning of a vague word, time, quantity or hedge.
import { analyze, fromPlainText, TEMPLATE_FIELDS, type Lang } from '../../../src/core';
import { BANKS } from '../../../src/core/checks/missing-field/advice';
import { datedFor } from '../../../src/core/template/period';

const VAGUE = new Set(['vague-term', 'vague-time', 'vague-quantity', 'hedge']);

function warned(lang: Lang, label: string, example: string): string[] {
  const title = lang === 'fr' ? 'Engagement 1 : Exemple' : 'Commitment 1: Example';
  const plan = `# ${lang === 'fr' ? 'Plan d’action national' : 'National Action Plan'} 2025-2027\n\n## ${title}\n\n**${label} :** ${example}\n`;
  const source = fromPlainText(plan, { markdown: true });
  return analyze(source, { lang })
    .findings.filter((f) => VAGUE.has(f.ruleId) && f.severity !== 'info')
    .map((f) => `${f.ruleId} « ${source.text.slice(f.start, f.end)} »`);
}

describe.each(['fr', 'en'] as const)('the advice examples in %s', (lang) => {
  const cases = BANKS[lang].subjects.flatMap((s) =>
    Object.entries(s.examples).flatMap(([field, example]) => {
      const spec = TEMPLATE_FIELDS.find((f) => f.field === field);
      return spec ? [[`${s.id} ${field}`, spec.label[lang], datedFor(example as string, undefined)] as const] : [];
    }),
  );

  it('are many (the banks are read)', () => expect(cases.length).toBeGreaterThan(100));

  it.each(cases)('%s: no warning under its label', (_where, label, example) => {
    expect(example.split('\n').flatMap((line) => warned(lang, label, line))).toEqual([]);
  });
});
