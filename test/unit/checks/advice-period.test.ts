// The examples under a missing-field question are dated for the plan: within its years when it states them (its
// title, a heading, the dates its commitments use), as written when it does not.
import { analyze, fromPlainText, type Finding, type Lang } from '../../../src/core';
import { BANKS } from '../../../src/core/checks/missing-field/advice';
import { fields } from '../../../src/core/messages/fields';
import { datedFor } from '../../../src/core/template/period';
import { planPeriod } from '../../../src/core/template/plan-period';

const BODY = {
  fr: `## Engagement 1 : Ouvrir les données de la commande publique

Les acheteurs publics publieront les données essentielles de leurs marchés publics.
`,
  en: `## Commitment 1: Open public procurement data

Public buyers will publish the key data of their public contracts.
`,
};

function missing(plan: string, lang: Lang): Finding[] {
  const a = analyze(fromPlainText(plan, { markdown: true }), { lang, earlierPlans: null });
  return a.findings.filter((f) => f.ruleId === 'missing-field');
}
/** A field's example, without the real commitment it is credited to. */
const example = (fs: Finding[], field: string) => fs.find((f) => f.data?.field === field)!.expected[0].split(/ — /)[0];
const years = (s: string) => [...s.matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => Number(m[0]));
/** The years of the examples, but those of the real commitments they are credited to (« d'après Canada 2018-2020 »). */
const exampleYears = (fs: Finding[]) => fs.flatMap((f) => f.expected.flatMap((e) => years(e.split(/ — /)[0])));

describe('the plan’s period', () => {
  it('is read from the line that names the plan, in either language', () => {
    expect(planPeriod('# Plan d’action national pour la France 2015-2017 — extrait\n\nTexte.')).toMatchObject({
      start: 2015,
      end: 2017,
    });
    expect(planPeriod('Intro\n\n2022–2024 National Action Plan\n')).toMatchObject({ start: 2022, end: 2024 });
    expect(planPeriod('# Plan d’action national du Canada pour un gouvernement ouvert de 2018-2020')).toMatchObject({
      start: 2018,
      end: 2020,
    });
    // A span of years that is not the plan's (no plan named, or too long for a plan) is not its period.
    expect(planPeriod('## Engagement 1 : Registre\n\nLa loi de 2016-2017 a créé le registre.')).toBeUndefined();
    expect(planPeriod('# Plan climat 2020-2050')).toBeUndefined();
  });

  it('fills the examples’ placeholders, from the current year on when the plan states no period', () => {
    const text = 'De janvier {{start|2027}} à décembre {{end|2028}} ; en {{start-1|2024}} ; loi {{end+1|2027}}.';
    const y = new Date().getFullYear();
    expect(datedFor(text, undefined)).toBe(`De janvier ${y} à décembre ${y + 1} ; en ${y - 1} ; loi ${y + 2}.`);
    expect(datedFor(text, { start: 2015, end: 2017 })).toBe('De janvier 2015 à décembre 2017 ; en 2014 ; loi 2018.');
  });

  it('leaves no placeholder unread in the examples’ data', () => {
    const all = [
      ...(['fr', 'en'] as const).flatMap((lang) => BANKS[lang].subjects.flatMap((s) => Object.values(s.examples))),
      ...(['fr', 'en'] as const).flatMap((lang) =>
        Object.values(fields[lang]).map((f) => (f as { example?: string }).example ?? ''),
      ),
    ];
    expect(all.filter((e) => /\{\{/.test(e)).length).toBeGreaterThan(100);
    for (const e of all)
      for (const period of [undefined, { start: 2015, end: 2017 }]) expect(datedFor(e, period)).not.toMatch(/[{}]/);
  });
});

describe('the examples under the missing-field questions', () => {
  it.each(['fr', 'en'] as const)('fit a 2015-2017 plan: calendar within it, baseline the year before (%s)', (lang) => {
    const title = lang === 'fr' ? '# Plan d’action national 2015-2017\n\n' : '# 2015-2017 National Action Plan\n\n';
    const fs = missing(title + BODY[lang], lang);
    expect(years(example(fs, 'calendar'))).toEqual([2015, 2017]);
    expect(years(example(fs, 'baseline'))[0]).toBe(2014);
    const all = exampleYears(fs);
    expect(all.length).toBeGreaterThan(5);
    for (const y of all) expect(y >= 2014 && y <= 2018).toBe(true);
    expect(Math.max(...years(example(fs, 'target')))).toBe(2017);
  });

  it.each(['fr', 'en'] as const)('fit the years the commitments’ dates use when no title says them (%s)', (lang) => {
    const dated =
      lang === 'fr'
        ? `${BODY.fr}\nCalendrier : de mars 2019 à juin 2020.\n`
        : `${BODY.en}\nTimeline: from March 2019 to June 2020.\n`;
    const fs = missing(dated, lang);
    expect(years(example(fs, 'baseline'))[0]).toBe(2018);
    for (const y of exampleYears(fs)) expect(y >= 2018 && y <= 2021).toBe(true);
  });

  it.each(['fr', 'en'] as const)('start this year for a draft that states no period (%s)', (lang) => {
    // audit15, finding 9: milestones of 2025 and a target of 2026 beside a calendar of 2027-2028.
    const fs = missing(BODY[lang], lang);
    const y = new Date().getFullYear();
    expect(years(example(fs, 'calendar'))).toEqual([y, y + 1]);
    expect(years(example(fs, 'baseline'))[0]).toBe(y - 1);
    for (const e of exampleYears(fs)) expect(e >= y - 1 && e <= y + 2).toBe(true);
    const target = Math.max(...years(example(fs, 'target')));
    for (const m of years(example(fs, 'milestones'))) expect(m <= target).toBe(true);
  });
});

describe('an example never drawn from the plan under review', () => {
  // The bank credits its examples to real commitments (« d'après Canada 2018-2020, engagement 1, … »): reviewing
  // that very plan, the author would be shown their own commitment rewritten, with figures that are not theirs.
  const plan = (country: string) => `# Plan d’action national ${country} pour un gouvernement ouvert de 2018-2020

## Engagement 1 : Qualité des données ouvertes

Le Secrétariat publiera les jeux de données ouverts du portail avec des métadonnées complètes et corrigera les erreurs signalées par les utilisateurs.
`;
  const credited = (fs: Finding[]) => fs.flatMap((f) => f.expected).filter((e) => e.includes('Canada 2018-2020'));

  it('is not shown to Canada’s 2018-2020 plan, and is to another country’s of the same years', () => {
    expect(credited(missing(plan('de la France'), 'fr')).length).toBeGreaterThan(0);
    expect(credited(missing(plan('du Canada'), 'fr'))).toEqual([]);
  });

  it('is shown to Canada’s plan of other years', () => {
    expect(credited(missing(plan('du Canada').replace('2018-2020', '2022-2024'), 'fr')).length).toBeGreaterThan(0);
  });
});
