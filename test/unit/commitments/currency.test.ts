// The cost question asks for the plan's currency (issue 13): « un montant en dollars » for a plan that counts in
// dollars, and a neutral help when the plan names none, the same in the reports (missing-field's note) and the pane
// (fieldMeta's help).
import fc from 'fast-check';
import {
  analyze,
  fieldMeta,
  fromPlainText,
  inCurrency,
  planCurrency,
  readCommitments,
  type Lang,
} from '../../../src/core';
import { BANKS } from '../../../src/core/checks/missing-field/advice';

const none: never[] = [];
const costFinding = (plan: string, lang: Lang) =>
  analyze(fromPlainText(plan, { markdown: true }), { lang, earlierPlans: null }).findings.find(
    (f) => f.ruleId === 'missing-field' && f.data?.field === 'cost',
  );
const costNote = (plan: string, lang: Lang) => costFinding(plan, lang)?.note;

describe('the plan’s currency', () => {
  it.each([
    ['Coût : 150 k€ sur deux ans.', 'euro'],
    ['Un budget de 2 millions d’euros (EUR).', 'euro'],
    ['Le gouvernement versera 50 millions de dollars.', 'dollar'],
    ['Cost: $2.5 million over two years.', 'dollar'],
    ['Budget : 300 000 CAD.', 'dollar'],
    ['Cost: £400,000 from the Cabinet Office.', 'pound'],
    ['Budget : 12 000 livres sterling.', 'pound'],
    ['Coût : 25 millions FCFA.', 'cfaFranc'],
    ['Coût : 1,2 million de dirhams.', 'dirham'],
  ] as const)('« %s » counts in %s', (text, currency) => {
    expect(planCurrency(text, none)).toBe(currency);
  });

  it('is none when the plan names no currency, or two as often', () => {
    expect(planCurrency('Coût : deux ETP pendant un an.', none)).toBeUndefined();
    expect(planCurrency('Coût : 10 k€, et 10 000 $ de la Banque mondiale.', none)).toBeUndefined();
    // A book (« livre ») is not a pound, a mad idea not a dirham.
    expect(planCurrency('Un livre blanc, une idée mad, un Livre vert.', none)).toBeUndefined();
  });

  it('is, when the plan names no money, its country’s as its title names it', () => {
    expect(planCurrency('# Plan d’action national du Canada 2022-2024\n\nCoût : deux ETP.', none)).toBe('dollar');
    expect(planCurrency('# Plan d’action national pour la France 2015-2017\n\nTexte.', none)).toBe('euro');
    // The plan's one country reading (countries.ts), the one its dates and its legislature follow: "UK" is the
    // United Kingdom there too, and a title that names no country leaves it to the opening.
    expect(planCurrency('# UK National Action Plan\n\nThe United Kingdom will publish.', none)).toBe('pound');
    expect(planCurrency('# United Kingdom National Action Plan 2021-2023\n\nText.', none)).toBe('pound');
    expect(planCurrency('# Plan d’action national\n\nLe Canada a publié son plan.', none)).toBe('dollar');
    // Money the plan names wins; a country named past the opening says nothing of the plan's currency.
    expect(planCurrency('# Plan d’action du Canada\n\nCoût : 150 k€.', none)).toBe('euro');
    expect(planCurrency(`# Plan d’action national\n\n${'Texte. '.repeat(500)}\n\nLe Canada.`, none)).toBeUndefined();
    // Two countries in the title, two currencies: none.
    expect(planCurrency('# Plan commun de la France et du Canada\n\nTexte.', none)).toBeUndefined();
  });

  it('is read from the cost lines first: the amounts a plan budgets say its currency', () => {
    const plan = `## Engagement 1 : Publier les marchés

Le Canada et les États-Unis y consacrent des millions de dollars ; 1 dollar sur 3 va aux marchés.

Coût : 150 k€ sur le budget du programme 129.

## Engagement 2 : Publier les budgets

Indicateur : part des budgets publiés.
`;
    const source = fromPlainText(plan, { markdown: true });
    const commitments = readCommitments(source, { lang: 'fr', earlierPlans: null });
    expect(commitments[0].fields.cost?.text).toContain('€');
    expect(planCurrency(source.text, commitments)).toBe('euro');
    expect(planCurrency(source.text, none)).toBe('dollar');
  });

  it('is the currency named most, whatever else the text says', () => {
    const names = { euro: '€', dollar: '$', pound: '£', cfaFranc: 'FCFA', dirham: 'dirhams' } as const;
    const currency = fc.constantFrom(...(Object.keys(names) as (keyof typeof names)[]));
    fc.assert(
      fc.property(fc.array(currency, { maxLength: 12 }), fc.array(fc.string({ maxLength: 6 })), (mentions, filler) => {
        const text = mentions.map((c, i) => `${i + 1} ${names[c]} ${filler[i] ?? ''}`).join(' ; ');
        const counts = new Map<string, number>();
        for (const c of mentions) counts.set(c, (counts.get(c) ?? 0) + 1);
        const most = Math.max(0, ...counts.values());
        const top = [...counts].filter(([, n]) => n === most).map(([c]) => c);
        // Filler may name a currency too ("$" among random characters): only check texts without one.
        fc.pre(!/[€$£]|CFA|dirham|EUR|USD|CAD|GBP|XOF|XAF|MAD|[Ee]uro|[Dd]ollar|[Ss]terling/.test(filler.join(' ')));
        expect(planCurrency(text, none)).toBe(top.length === 1 ? top[0] : undefined);
      }),
    );
  });
});

describe('the cost’s help', () => {
  it('names the currency when there is one, in French and English', () => {
    expect(fieldMeta('cost', 'fr', 'dollar').help).toBe(
      'Un montant en dollars et les moyens humains (en équivalents temps plein), même approximatifs.',
    );
    expect(fieldMeta('cost', 'en', 'pound').help).toBe(
      'An amount in pounds sterling and the staff it needs (in full-time equivalents), even approximate.',
    );
    expect(fieldMeta('cost', 'fr', 'euro').help).toMatch(/^Un montant en euros /);
  });

  it('is neutral without one, and the other fields’ help never changes', () => {
    expect(fieldMeta('cost', 'fr').help).toBe(
      'Un montant et les moyens humains (en équivalents temps plein), même approximatifs.',
    );
    expect(fieldMeta('cost', 'en').help).toBe(
      'An amount and the staff it needs (in full-time equivalents), even approximate.',
    );
    expect(fieldMeta('baseline', 'fr', 'dollar').help).toBe(fieldMeta('baseline', 'fr').help);
  });

  it('in the reports, asks a plan in dollars for dollars and a plan without currency for an amount', () => {
    const dollars = `## Engagement 1 : Publier les données du budget

Le gouvernement publiera les dépenses des ministères.

## Engagement 2 : Ouvrir les contrats

Coût : 2 millions de dollars sur deux ans.
`;
    expect(costNote(dollars, 'fr')).toMatch(/^Un montant en dollars et les moyens humains/);
    expect(costNote(dollars, 'en')).toMatch(/^An amount in dollars and the staff/);
    const plain = `## Engagement 1 : Publier les données du budget

Le gouvernement publiera les dépenses des ministères.
`;
    expect(costNote(plain, 'fr')).toMatch(/^Un montant et les moyens humains/);
    expect(costNote(plain, 'fr')).not.toMatch(/euros/);
  });
});

const bankExamples = () =>
  (['fr', 'en'] as const).flatMap((lang) =>
    BANKS[lang].subjects.flatMap((s) => Object.values(s.examples).map((e) => [lang, e] as const)),
  );

describe('the examples’ amounts', () => {
  it('are in the plan’s currency: its sign where it has one, its name where it has none', () => {
    const fr = '120 k€ sur deux ans, 2 M€ par an, marchés de plus de 40 000 €.';
    expect(inCurrency(fr, 'dollar', 'fr')).toBe('120 k$ sur deux ans, 2 M$ par an, marchés de plus de 40 000 $.');
    expect(inCurrency(fr, 'cfaFranc', 'fr')).toBe(
      '120 000 francs CFA sur deux ans, 2 millions de francs CFA par an, marchés de plus de 40 000 francs CFA.',
    );
    const en = '$100,000 for the register, $1.5 million a year, €150k from the budget.';
    expect(inCurrency(en, 'pound', 'en')).toBe(
      '£100,000 for the register, £1.5 million a year, £150k from the budget.',
    );
    expect(inCurrency(en, 'dirham', 'en')).toBe(
      '100,000 dirhams for the register, 1.5 million dirhams a year, 150k dirhams from the budget.',
    );
    expect(fieldMeta('cost', 'fr', 'dollar').example).toBe(
      '150 000 $ sur le budget du programme 129, et 2 équivalents temps plein pendant 18 mois.',
    );
  });

  it('keep their figures in any currency, and a plan in euros reads the French bank unchanged', () => {
    for (const [lang, e] of bankExamples()) {
      for (const c of ['euro', 'dollar', 'pound'] as const)
        expect(inCurrency(e, c, lang).replace(/[€$£]/g, '')).toBe(e.replace(/[€$£]/g, ''));
      if (lang === 'fr') expect(inCurrency(e, 'euro', 'fr')).toBe(e);
    }
  });

  it('name no currency when the plan names none: bare figures, the first said to be in the plan’s currency', () => {
    expect(inCurrency('120 k€ sur deux ans, 2 M€ par an, marchés de plus de 40 000 €.', undefined, 'fr')).toBe(
      '120 000 (dans la monnaie du plan) sur deux ans, 2 millions par an, marchés de plus de 40 000.',
    );
    expect(inCurrency('$100,000 for the register, $1.5 million a year, €150k from the budget.', undefined, 'en')).toBe(
      "100,000 (in the plan's currency) for the register, 1.5 million a year, 150,000 from the budget.",
    );
    expect(fieldMeta('cost', 'fr').example).toBe(
      '150 000 (dans la monnaie du plan) sur le budget du programme 129, et 2 équivalents temps plein pendant 18 mois.',
    );
    expect(fieldMeta('cost', 'en').example).toMatch(/^150,000 \(in the plan's currency\) from/);
    for (const [lang, e] of bankExamples()) {
      const neutral = inCurrency(e, undefined, lang);
      expect(neutral).not.toMatch(/[€$£]/);
      const mark = lang === 'fr' ? ' (dans la monnaie du plan)' : " (in the plan's currency)";
      // Marked once when the example has an amount, never when it has none; the rest of the words unchanged.
      expect(neutral.split(mark).length - 1).toBe(/[€$£]/.test(e) ? 1 : 0);
      const words = (t: string) =>
        t.replace(mark, '').replace(/[kM]?[€$£]|(?<=\d)k\b|\b(?:000|millions?)\b|[\d,. ]/g, '');
      expect(words(neutral)).toBe(words(e));
    }
  });

  it('in the reports, a plan that names no currency gets amounts without one, in French and English', () => {
    // As Canada's plan lays out its commitments: cost lines that say nothing of money.
    const plan = `## Engagement 1 : Publier le code source des logiciels de l'État

Les administrations publieront sous licence libre le code source des logiciels qu'elles développent.
`;
    const fr = costFinding(plan, 'fr')!;
    expect(fr.expected[0]).toMatch(/^\d+ 000 \(dans la monnaie du plan\) /);
    expect(fr.note).not.toMatch(/[€$£]|euros/);
    const en = costFinding(plan, 'en')!;
    expect(en.expected[0]).toMatch(/^\d[\d,]* \(in the plan's currency\) /);
    expect(en.note).not.toMatch(/[€$£]|euros/);
  });

  it('in the reports, a plan in dollars gets its example in dollars', () => {
    const plan = `## Engagement 1 : Publier le code source des logiciels de l'État

Les administrations publieront sous licence libre le code source des logiciels qu'elles développent.

## Engagement 2 : Ouvrir les contrats

Coût : 2 millions de dollars sur deux ans.
`;
    const fr = costFinding(plan, 'fr')!;
    expect(fr.expected[0]).toMatch(/^\d+ 000 \$ /);
    expect(fr.note).not.toMatch(/€/);
    expect(costFinding(plan, 'en')!.expected[0]).toMatch(/^\$\d/);
  });
});
