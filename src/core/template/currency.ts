// The currency a plan counts in, so that the cost question asks for an amount in it (a Canadian plan is asked for
// dollars, not euros): the one its cost lines name most, by symbol, code or name, else the one its whole text names
// most; none when it names none, or two as often (then the question stays neutral).
import type { Commitment } from '../types';

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

/** The currency a plan's cost lines name most, else its whole text; undefined when none, or two as often. */
export function planCurrency(text: string, commitments: readonly Pick<Commitment, 'fields'>[]): Currency | undefined {
  const costs = commitments.flatMap((c) => (c.fields.cost ? [c.fields.cost.text] : []));
  return mostNamed(costs.join('\n')) ?? mostNamed(text);
}

// Reading the cost lines first is also cheaper: the whole text of a 150,000-word plan takes about 3 ms.
function mostNamed(text: string): Currency | undefined {
  const counts = CURRENCIES.map(() => 0);
  for (const m of text.matchAll(MENTION)) counts[m.slice(1).findIndex((g) => g !== undefined)]++;
  const most = Math.max(...counts);
  if (most === 0 || counts.filter((n) => n === most).length > 1) return undefined;
  return CURRENCIES[counts.indexOf(most)];
}
