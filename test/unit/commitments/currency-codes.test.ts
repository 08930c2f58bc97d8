// A currency's ISO code beside an amount (« 400 000 CHF », "CAD 400,000") is money: the cost is read, and the code is
// not an acronym to spell out.
import { analyze, fromPlainText, type Lang } from '../../../src/core';
import { readMd } from './helpers';

const plan = (lang: Lang, cost: string) =>
  lang === 'fr'
    ? `## Engagement 1 : Publier les budgets\nLe ministère publiera les budgets en ligne.\nCoût : ${cost}\n`
    : `## Commitment 1: Publish budgets\nThe Ministry will publish budgets online.\nCost: ${cost}\n`;

const cases: Array<[Lang, string]> = [
  ['en', 'CAD 400,000 over two years.'],
  ['en', '250,000 GBP a year.'],
  ['en', 'USD 2 million.'],
  ['fr', '400 000 CHF sur deux ans.'],
  ['fr', '5 millions XOF.'],
  ['fr', 'EUR 120 000.'],
];

describe('currency codes', () => {
  it.each(cases)('read as money in the cost (%s: %s)', (lang, cost) => {
    const [c] = readMd(plan(lang, cost), lang);
    expect(c.checklist.find((i) => i.id === 'cost')!.earned).toBe(true);
    const found = analyze(fromPlainText(plan(lang, cost), { markdown: true }), { lang, earlierPlans: null });
    expect(found.findings.filter((f) => f.ruleId === 'missing-field' && f.data?.field === 'cost')).toEqual([]);
    expect(found.findings.filter((f) => f.ruleId === 'jargon' && f.data?.acronym)).toEqual([]);
  });

  it.each([
    ['fr', 'Les 18 ARS seront associées.'],
    ['en', 'A side event will be held at COP 28.'],
  ] as const)('are not words that look like them (%s: %s)', (lang, cost) => {
    const [c] = readMd(plan(lang, cost), lang);
    expect(c.checklist.find((i) => i.id === 'cost')!.earned).toBe(false);
  });
});
