// A plan's country is read once (issue 16): its currency (the cost question), its dates' conventions and its
// legislature come from the one table of countries.ts, read by planCountry, so they never name two countries.
import fc from 'fast-check';
import { analyze, fromPlainText, planCurrency } from '../../../src/core';
import { COUNTRIES, planCountry } from '../../../src/core/countries';
import { planDates } from '../../../src/core/dates';

const none: never[] = [];
/** Each name of the table as a plan writes it (« Argentin[ae] » → « Argentina », « U\.S\. » → « U.S. »). */
const NAMES = COUNTRIES.flatMap((c) =>
  c.names.split('|').map((n) => [n.replace(/\[(.)[^\]]*\]/g, '$1').replace(/\\/g, ''), c] as const),
);

describe('the plan’s country', () => {
  it.each(NAMES)('« %s » in the title gives its currency and its dates’ conventions', (name, country) => {
    const text = `# Plan d’action national : ${name} 2024-2026\n\nTexte.`;
    expect(planCountry(text)).toBe(country);
    expect(planCurrency(text, none)).toBe(country.currency);
    expect(planDates({ text })).toMatchObject({
      country: country.code,
      south: country.south,
      fiscalStart: country.fiscalStart,
    });
  });

  it('a plan whose title names none is asked for its opening’s currency, as its legislature and dates follow it', () => {
    const plan =
      'December 2022\n\n## Introduction\n\nThe United States has led open government since 2011.\n\n' +
      '## Commitment 1: Open public procurement data\n\nPublic buyers will publish the key data of their contracts.\n';
    expect(planDates({ text: plan })).toMatchObject({ country: 'us', fiscalStart: 10 });
    expect(planCurrency(plan, none)).toBe('dollar');
    const cost = analyze(fromPlainText(plan, { markdown: true }), { lang: 'en', earlierPlans: null }).findings.find(
      (f) => f.ruleId === 'missing-field' && f.data?.field === 'cost',
    );
    expect(cost?.note).toContain('dollars');
  });

  it('« les États-Unis », « l’Écosse »: a name that starts with an accented capital is read after a space', () => {
    const us = '# Plan d’action national des États-Unis 2022-2024\n\nTexte.';
    expect(planDates({ text: us })).toMatchObject({ country: 'us', fiscalStart: 10 });
    expect(planCurrency(us, none)).toBe('dollar');
    expect(planDates({ text: '# Plan d’action de l’Écosse 2021-2025\n\nTexte.' }).country).toBe('gb');
    // Nor is a name read inside a word.
    expect(planCountry('# Plan d’action du Nigeria 2019-2022\n\nTexte.')).toBeUndefined();
  });

  it('the currency, the dates and the legislature read the same country, whatever the title names', () => {
    const filler = ['Plan d’action national', 'Open Government', 'et', 'and', '2024-2026', 'du', 'Texte.', '\n'];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...NAMES.map(([n]) => n)), fc.constantFrom(...filler)), { maxLength: 8 }),
        (words) => {
          const text = `# ${words.join(' ')}\n\nTexte sans montant.`;
          const country = planCountry(text);
          expect(planDates({ text }).country).toBe(country?.code);
          expect(planCurrency(text, none)).toBe(country?.currency);
        },
      ),
    );
  });
});
