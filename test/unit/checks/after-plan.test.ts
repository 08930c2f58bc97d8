// A milestone due after the plan's period (its title's « 2022-2024 ») is noted for information; a season is a date
// (audit11, finding 16). A line ending on its deadline in parentheses is due then (« … 2020-2021 … (Février 2020) »).
import { analyze } from '../../../src/core/analyze';
import { fromPlainText } from '../../../src/core/source';

const plan = (title: string, lines: string[]) =>
  [title, '', '## Engagement 1 : Données désagrégées', '', '**Jalons :**', '', ...lines.map((l) => `- ${l}`)].join(
    '\n',
  );
const afterPlan = (text: string, lang: 'fr' | 'en' = 'fr') =>
  analyze(fromPlainText(text, { markdown: true }), { lang })
    .findings.filter((f) => f.ruleId === 'vague-time')
    .map((f) => [f.severity, f.actual, f.message]);

describe('a milestone due after the plan', () => {
  it('is noted for information, at its date', () => {
    const text = plan('# Plan d’action national du Canada pour un gouvernement ouvert 2022-2024', [
      'Publier le cadre d’évaluation – décembre 2024 – StatCan',
      'Publier le rapport d’évaluation – Achèvement d’ici mars 2026 – StatCan',
      'Élaborer une nouvelle enquête – D’ici l’automne 2023 – EDSC',
    ]);
    // The season is a date for the milestone (not after the plan), noted apart as a loose one.
    expect(afterPlan(text)).toEqual([
      ['info', 'mars 2026', 'Échéance après la fin du plan (2024) : « mars 2026 ».'],
      [
        'info',
        'D’ici l’automne',
        'Pour information : « D’ici l’automne » date l’étape à une saison près. Donnez le mois.',
      ],
    ]);
  });

  it('in English too, and not without a period in the title', () => {
    const lines = ['Publish the evaluation report by March 2026'];
    expect(afterPlan(plan('# Open Government National Action Plan 2022–2024', lines), 'en')).toEqual([
      ['info', 'March 2026', 'Deadline after the end of the plan (2024): "March 2026".'],
    ]);
    expect(afterPlan(plan('# Open Government National Action Plan', lines), 'en')).toEqual([]);
  });

  it('reads a deadline in parentheses, not a year of the milestone’s words', () => {
    const text = plan('# Plan d’action national du Canada pour un gouvernement ouvert 2018-2020', [
      'Des recommandations sont publiées sur le Budget des dépenses de 2020-2021 et des années à venir. (Février 2020)',
    ]);
    expect(afterPlan(text)).toEqual([]);
  });
});

describe('a vague deadline’s example', () => {
  const notes = (text: string, lang: 'fr' | 'en' = 'fr') =>
    analyze(fromPlainText(text, { markdown: true }), { lang })
      .findings.filter((f) => f.ruleId === 'vague-time' && f.severity !== 'info')
      .map((f) => f.note);
  it('is dated in the plan’s last year when its title gives the period, else in the default year', () => {
    const lines = ['Publier le registre – prochainement – SGG'];
    expect(notes(plan('# Plan d’action national 2018-2020', lines))).toEqual([
      expect.stringContaining('« d’ici le 31 décembre 2020 », « au 2e trimestre 2020 »'),
    ]);
    expect(notes(plan('# Plan d’action national', lines))).toEqual([
      expect.stringContaining('« d’ici le 31 décembre 2026 »'),
    ]);
    const en =
      '# National Action Plan 2019-2021\n\n## Commitment 1: Register\n\n**Milestones:**\n\n- Publish the register – in due course – Cabinet Office';
    expect(notes(en, 'en')).toEqual([expect.stringContaining('"by 31 December 2021", "in Q2 2021"')]);
  });
});
