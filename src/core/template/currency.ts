// The currency a plan counts in, so that the cost question asks for an amount in it (a Canadian plan is asked for
// dollars, not euros): the one its cost lines name most, by symbol, code or name, else the one its whole text names
// most; none when it names none, or two as often (then the question stays neutral).
import { fields } from '../messages/fields';
import type { Commitment, Lang } from '../types';

export const CURRENCIES = ['euro', 'dollar', 'pound', 'cfaFranc', 'dirham'] as const;
export type Currency = (typeof CURRENCIES)[number];

// One alternative per currency, in CURRENCIES' order. Case matters for the codes ("MAD" is a code, "mad" a word);
// "livre" alone is a book, so pounds are counted by their sign, code or "sterling".
const MENTION = new RegExp(
  [
    /€|\bEUR\b|\b[Ee]uros?\b/,
    /\$|\b(?:USD|CAD|AUD|NZD)\b|\b[Dd]ollars?\b/,
    /£|\bGBP\b|\b[Ss]terling\b/,
    /\b(?:F ?CFA|XOF|XAF)\b|\bCFA\b/,
    /\bMAD\b|\b[Dd]irhams?\b/,
  ]
    .map((r) => `(${r.source})`)
    .join('|'),
  'g',
);

/**
 * The currency a plan's cost lines name most, else its whole text, else its country's when its title (first line)
 * names one (« Plan d'action national du Canada… »); undefined when none, or two as often.
 */
export function planCurrency(text: string, commitments: readonly Pick<Commitment, 'fields'>[]): Currency | undefined {
  const costs = commitments.flatMap((c) => (c.fields.cost ? [c.fields.cost.text] : []));
  return mostNamed(costs.join('\n')) ?? mostNamed(text) ?? countryCurrency(text);
}

/** Countries whose plans are written in French or English, by the names those plans call them, and their currency. */
const COUNTRY_CURRENCY: ReadonlyArray<[RegExp, Currency]> = [
  [/\b(?:Canada|United States|États-Unis|Etats-Unis|Australi[ae]|New Zealand|Nouvelle-Zélande)\b/, 'dollar'],
  [/\b(?:United Kingdom|Royaume-Uni|Scotland|Écosse)\b/, 'pound'],
  [/\b(?:Maroc|Morocco)\b/, 'dirham'],
  [
    /\b(?:Sénégal|Senegal|Côte d['’]Ivoire|Burkina Faso|Bénin|Benin|Niger|Togo|Mali|Cameroun|Cameroon|Gabon|Tchad|Chad)\b/,
    'cfaFranc',
  ],
  [/\b(?:France|Belgique|Belgium|Luxembourg|Irlande|Ireland|Finlande|Finland|Grèce|Greece)\b/, 'euro'],
];

/** The currency of the country the document's first line (its title) names; none when it names none, or two. */
function countryCurrency(text: string): Currency | undefined {
  const title = text.split('\n').find((l) => l.trim()) ?? '';
  const named = new Set(COUNTRY_CURRENCY.filter(([name]) => name.test(title)).map(([, currency]) => currency));
  return named.size === 1 ? [...named][0] : undefined;
}

// Reading the cost lines first is also cheaper: the whole text of a 150,000-word plan takes about 3 ms.
function mostNamed(text: string): Currency | undefined {
  const counts = CURRENCIES.map(() => 0);
  for (const m of text.matchAll(MENTION)) counts[m.slice(1).findIndex((g) => g !== undefined)]++;
  const most = Math.max(...counts);
  if (most === 0 || counts.filter((n) => n === most).length > 1) return undefined;
  return CURRENCIES[counts.indexOf(most)];
}

const SIGN: Partial<Record<Currency, string>> = { euro: '€', dollar: '$', pound: '£' };

/**
 * An example's amounts in the plan's currency. Examples are written in euros (French: « 120 k€ », « 40 000 € ») or
 * in dollars and euros (English: « $100,000 », « €150k »); the figures are illustrative, so only the currency
 * changes: its sign where it has one, its name where it has none. No currency (the plan names none, or two as often):
 * the amounts without a sign, the first followed by « (dans la monnaie du plan) », as neutral as the cost's help; a
 * Canadian plan that says nothing of money is not asked for euros.
 */
export function inCurrency(example: string, currency: Currency | undefined, lang: Lang): string {
  const sign = currency && SIGN[currency];
  const name = currency ? fields[lang].currencies[currency] : undefined;
  let marked = false;
  // Without a currency, the first amount says whose currency it is; the others are bare figures.
  const neutral = (amount: string) => {
    if (marked) return amount;
    marked = true;
    return `${amount} ${fields[lang].cost.amountNoCurrency}`;
  };
  if (lang === 'fr')
    return example.replace(/(\d+(?:,\d+)?) ?([kM]?)€/g, (all, n: string, unit: string) => {
      if (sign) return all.replace('€', sign);
      const millions = `${n} ${parseFloat(n.replace(',', '.')) < 2 ? 'million' : 'millions'}`;
      if (!name) return neutral(unit === 'k' ? `${n} 000` : unit === 'M' ? millions : n);
      if (unit === 'k') return `${n} 000 ${name}`;
      if (unit === 'M') return `${millions} de ${name}`;
      return `${n} ${name}`;
    });
  return example.replace(/[$€](\d[\d,.]*(?:k| million| billion)?)/g, (_all, amount: string) => {
    if (sign) return `${sign}${amount}`;
    if (name) return `${amount} ${name}`;
    return neutral(amount.replace(/^(\d+)k$/, '$1,000'));
  });
}
