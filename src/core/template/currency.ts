// The currencies a plan may count in, and an example's amounts written in the plan's: the cost question asks for an
// amount in it (a Canadian plan is asked for dollars, not euros). Which one a plan counts in is read by
// plan-currency.ts, apart so that the pane's first script, which writes the examples, does not carry the reading.
import { fields } from '../messages/fields';
import type { Lang } from '../types';

export const CURRENCIES = ['euro', 'dollar', 'pound', 'cfaFranc', 'dirham'] as const;
export type Currency = (typeof CURRENCIES)[number];

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
