// Vague words by their role, the fifteenth session's round (issue 13, point 4): rules read from the sentence's
// structure, written on the blind3 split and kept only where blind2 or another split gained or held (see the bars in
// test/eval/vague-roles.eval.ts).
import { analyze, fromPlainText, type Finding } from '../../../src/core';

const commitment = (...lines: string[]) =>
  ['# Open Government Action Plan 2024-2026', '', '## Commitment 1: Budget reports', '', ...lines].join('\n\n');

const findingsOf = (text: string, rule: string): Finding[] =>
  analyze(fromPlainText(text, { markdown: true }), { lang: 'en', earlierPlans: null }).findings.filter(
    (f) => f.ruleId === rule,
  );

const on = (findings: Finding[], words: string) => findings.find((f) => f.actual === words);

describe('a timing word inside a purpose is information, in the action a warning', () => {
  it.each([
    ['The Office will give Congress the means to review proposed spending against regular reports.', 'regular'],
    ['The Ministry will amend the law to have institutions routinely publish sector data.', 'routinely'],
    ['The Ministry will train its team to respond to complaints in a timely manner.', 'in a timely manner'],
  ])('%s', (sentence, words) => {
    const f = on(findingsOf(commitment(sentence), 'vague-time'), words);
    expect(f?.severity).toBe('info');
    expect(f?.data?.role).toBe('purpose');
    expect(f?.message).toContain(words);
  });

  it.each([
    ['The Ministry will publish regular reports on spending.', 'regular'],
    ['The new law will commit public authorities to publish regular reports on their spending.', 'regular'],
    ['The commitment aims to raise awareness of the service and to publish its results periodically.', 'periodically'],
    ['Agencies will be subject to periodic audits of their registers.', 'periodic'],
    ['Main Objective: To regularly publish the budget execution reports.', 'regularly'],
  ])('%s', (sentence, words) => {
    expect(on(findingsOf(commitment(sentence), 'vague-time'), words)?.severity).toBe('warning');
  });
});

describe('a timing word describing what exists, or what an action brings, is information', () => {
  it.each([
    ['The Ministry will adopt the international standards which are gradually being applied in Europe.', 'gradually'],
    ['The site will publish every revised Act, thereby showing changes to legislation over time.', 'over time'],
  ])('%s', (sentence, words) => {
    expect(on(findingsOf(commitment(sentence), 'vague-time'), words)?.severity).toBe('info');
  });

  it('not in a relative clause that says what the plan will do', () => {
    const sentence = 'The Ministry will adopt standards that will be gradually applied by every agency.';
    expect(on(findingsOf(commitment(sentence), 'vague-time'), 'gradually')?.severity).toBe('warning');
  });
});

describe('a timing word beside the rhythm its clause states is information', () => {
  it('"regular" beside "every year"', () => {
    const sentence = 'The Ministry will hold regular dialogue with civil society by holding a forum every year.';
    const f = on(findingsOf(commitment(sentence), 'vague-time'), 'regular');
    expect(f?.severity).toBe('info');
    expect(f?.data?.role).toBe('after-quantified');
  });

  it.each([
    'The Ministry will publish quarterly reports and share regular updates with civil society.',
    'Every agency will hold regular meetings with civil society.',
  ])('not where the rhythm times another verb, nor "every" before no duration: %s', (sentence) => {
    expect(on(findingsOf(commitment(sentence), 'vague-time'), 'regular')?.severity).toBe('warning');
  });
});
