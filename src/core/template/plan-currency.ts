// The currency a plan counts in (template/currency.ts): the one its cost lines name most, by symbol, code or name,
// else the one its whole text names most, else its country's; none when it names none, or two as often (then the
// question stays neutral). Apart from currency.ts so that the pane's first script does not carry this reading nor
// the table of countries: the plan half reads it.
import { planCountry } from '../countries';
import type { Commitment } from '../types';
import { CURRENCIES, type Currency } from './currency';

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
 * The currency a plan's cost lines name most, else its whole text, else its country's (countries.ts: the one its title
 * names, « Plan d'action national du Canada… », or for want of one there its opening); undefined when none, or two as
 * often.
 */
export function planCurrency(text: string, commitments: readonly Pick<Commitment, 'fields'>[]): Currency | undefined {
  const costs = commitments.flatMap((c) => (c.fields.cost ? [c.fields.cost.text] : []));
  return mostNamed(costs.join('\n')) ?? mostNamed(text) ?? planCountry(text)?.currency;
}

// Reading the cost lines first is also cheaper: the whole text of a 150,000-word plan takes about 3 ms.
function mostNamed(text: string): Currency | undefined {
  const counts = CURRENCIES.map(() => 0);
  for (const m of text.matchAll(MENTION)) counts[m.slice(1).findIndex((g) => g !== undefined)]++;
  const most = Math.max(...counts);
  if (most === 0 || counts.filter((n) => n === most).length > 1) return undefined;
  return CURRENCIES[counts.indexOf(most)];
}
