// On the same words, one of the vague kinds (vague term, time, quantity, hedge) speaks: the most severe, the first
// of them (the vague term) on a tie. Other checks are not among them.
import { analyze } from '../../../src/core/analyze';
import { fromPlainText } from '../../../src/core/source';
import type { Finding } from '../../../src/core/types';

const VAGUE = new Set(['vague-term', 'vague-time', 'vague-quantity', 'hedge']);
const RANK = ['error', 'warning', 'suggestion', 'info'];
const vagueOn = (text: string, words: string, off?: string): Finding[] => {
  const start = text.indexOf(words);
  const houseRules = off ? { rules: { [off]: 'off' as const } } : undefined;
  return analyze(fromPlainText(text), { lang: 'en', houseRules }).findings.filter(
    (f) => f.start === start && f.end === start + words.length && VAGUE.has(f.ruleId),
  );
};

describe('one vague kind per phrase', () => {
  test.each([
    ['The Office will provide increased funding to local watchdog groups.'],
    ['Online services and increased awareness will create grounds for civic feedback.'],
    ['Expected result: increased transparency of public procurement.'],
  ])('« increased », a vague verb and a quantity without a figure: the more severe speaks (%s)', (text) => {
    // Each check flags it alone: the rule is what leaves one.
    const [term] = vagueOn(text, 'increased', 'vague-quantity');
    const [quantity] = vagueOn(text, 'increased', 'vague-term');
    expect([term?.ruleId, quantity?.ruleId]).toEqual(['vague-term', 'vague-quantity']);
    const both = vagueOn(text, 'increased');
    expect(both).toHaveLength(1);
    const expected = RANK.indexOf(quantity.severity) < RANK.indexOf(term.severity) ? quantity : term;
    expect([both[0].ruleId, both[0].severity]).toEqual([expected.ruleId, expected.severity]);
  });

  test('"when possible" is a hedge once, not also a time', () => {
    const text = 'Records will be digitized when possible.';
    expect(vagueOn(text, 'when possible').map((f) => `${f.ruleId}/${f.severity}`)).toEqual(['hedge/warning']);
  });

  test('findings of every kind on other words are kept', () => {
    const text = 'We will strengthen the engagement of stakeholders and publish more data when possible.';
    const rules = analyze(fromPlainText(text), { lang: 'en' }).findings.map((f) => f.ruleId);
    expect(rules).toEqual(expect.arrayContaining(['vague-term', 'jargon', 'vague-quantity', 'hedge']));
  });
});
