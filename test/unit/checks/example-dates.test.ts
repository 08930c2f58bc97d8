// Dates Jalon proposes (audit15, finding 9): a season's suggestion keeps the year the text gives, and the checklist's
// hints are dated from the current year on, not in 2017-2019.
import { analyze } from '../../../src/core/analyze';
import { fromPlainText } from '../../../src/core/source';
import { checklist } from '../../../src/core/commitments/score';

const seasons = (text: string, lang: 'fr' | 'en' = 'fr') =>
  analyze(fromPlainText(text, { markdown: true }), { lang })
    .findings.filter((f) => f.ruleId === 'vague-time' && f.data?.term !== undefined && f.severity === 'info')
    .map((f) => [f.actual, f.expected]);

const plan = (title: string, lines: string[]) =>
  [title, '', '## Engagement 1 : Données', '', '**Jalons :**', '', ...lines.map((l) => `- ${l}`)].join('\n');

describe('a season’s suggested month', () => {
  it('keeps the year of the text it replaces', () => {
    const text = plan('# Plan d’action national du Canada pour un gouvernement ouvert 2022-2024', [
      'Élaborer une nouvelle enquête – D’ici l’automne 2023 – EDSC',
      'Publier le rapport sur la confiance – D’ici l’automne 2022 – BCP',
      'Ouvrir la plateforme – D’ici le printemps 2024 – SCT',
    ]);
    expect(seasons(text)).toEqual([
      ['D’ici l’automne', ['d’ici décembre 2023']],
      ['D’ici l’automne', ['d’ici décembre 2022']],
      ['D’ici le printemps', ['d’ici juin 2024']],
    ]);
  });

  it('in English too', () => {
    const text = plan('# 2022-2024 National Action Plan', ['Launch the survey – By fall 2023 – ESDC']);
    expect(seasons(text, 'en')).toEqual([['By fall', ['by December 2023']]]);
  });
});

describe('the checklist’s hints', () => {
  it.each(['fr', 'en'] as const)('are dated from the current year on (%s)', (lang) => {
    const items = checklist({ fields: {}, weak: [], text: '', prose: [] }, lang);
    const y = new Date().getFullYear();
    const years = items.flatMap((i) => [...(i.howToEarn ?? '').matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => +m[0]));
    expect(years.length).toBeGreaterThanOrEqual(4);
    for (const year of years) expect(year >= y - 1 && year <= y + 1).toBe(true);
    expect(items.map((i) => i.howToEarn).join(' ')).not.toMatch(/[{}]/);
  });
});
