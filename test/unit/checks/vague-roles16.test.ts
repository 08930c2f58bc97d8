// Vague words by their role, the sixteenth session's round (issue 13, point 4): rules read from the sentence's
// structure, written on the blind3 split and kept only where blind2 and the other splits held (see the bars in
// test/eval/vague-roles.eval.ts); and the suggestions in the plan's own spelling (audit14, finding 17).
import { analyze, fromPlainText, type Finding } from '../../../src/core';

const plan = (title: string, ...lines: string[]) =>
  [`# ${title}`, '', '## Commitment 1: Public records', '', ...lines].join('\n\n');
const commitment = (...lines: string[]) => plan('Open Government Action Plan 2024-2026', ...lines);

const findingsOf = (text: string, rule = 'vague-term'): Finding[] =>
  analyze(fromPlainText(text, { markdown: true }), { lang: 'en', earlierPlans: null }).findings.filter(
    (f) => f.ruleId === rule,
  );

const on = (findings: Finding[], words: string) => findings.find((f) => f.actual === words);

describe('concrete means after "by" or "through" make the action information', () => {
  it.each([
    // Past "the development of", what is made: a database.
    [
      'Strengthen civil society through the development of a national database of nonprofit organisations.',
      'Strengthen',
    ],
    // "the gradual increase": a noun, the object; the means "by passing the Bill" is the verb's.
    ['Ensure the gradual increase of women in local councils by passing the Gender Equality Bill into law.', 'Ensure'],
  ])('%s', (sentence, words) => {
    const f = on(findingsOf(commitment(sentence)), words);
    expect(f?.severity).toBe('info');
    expect(f?.data?.role).toBe('concrete');
  });

  it.each([
    // "that" is a relative pronoun: the verb after it takes the means, the first verb keeps its warning.
    [
      'Facilitate consultation with the media and establish a legal environment that ensures media freedom by amending the Law on Media.',
      'Facilitate',
    ],
    // A law in force as the means is no deliverable made.
    ['Prioritize the reduction of paperwork through the Paperwork Reduction Act.', 'Prioritize'],
  ])('%s', (sentence, words) => {
    expect(on(findingsOf(commitment(sentence)), words)?.severity).toBe('warning');
  });
});

describe('a described, credited or won word is no action', () => {
  it('a superlative describes', () => {
    const f = on(
      findingsOf(commitment('The Office will share practice with the most advanced countries in open data.')),
      'advanced',
    );
    expect(f?.severity).toBe('info');
    expect(f?.data?.role).toBe('participle');
  });

  it('a law as the subject states what it brings', () => {
    const f = on(
      findingsOf(commitment('The new Act must ensure the protection of those who report irregularities.')),
      'ensure',
    );
    expect(f?.severity).toBe('info');
    expect(f?.data?.role).toBe('purpose');
  });

  it('"Support from" and who gives it credits a partner', () => {
    const f = on(
      findingsOf(commitment('Support from the European Union will fund the new procurement portal.')),
      'Support',
    );
    expect(f?.severity).toBe('info');
    expect(f?.data?.role).toBe('partner-credit');
    // The imperative keeps its warning.
    expect(on(findingsOf(commitment('Support the archives in publishing their catalogue.')), 'Support')?.severity).toBe(
      'warning',
    );
  });

  it('support won from others is another sense: no finding', () => {
    const text = commitment('Citizens use these platforms to gather public support for their petitions.');
    expect(on(findingsOf(text), 'support')).toBeUndefined();
  });
});

describe('suggestions in the plan’s own spelling', () => {
  const sentence = 'The Department will engage stakeholders and modernize the records system.';
  it('a plan that writes "-ize" gets "-ize" suggestions', () => {
    const text = commitment('Agencies will prioritize the organization of records.', sentence);
    const fs = findingsOf(text);
    expect(on(fs, 'engage')?.expected).toContain('consult N organizations');
    expect(on(fs, 'modernize')?.expected).toContain('digitize');
  });

  it('a plan that writes "-ise" keeps the British suggestions', () => {
    const text = commitment(
      'Agencies will prioritise the organisation of records and recognise their staff.',
      sentence,
    );
    const fs = findingsOf(text);
    expect(on(fs, 'engage')?.expected).toContain('consult N organisations');
    expect(on(fs, 'modernize')?.expected).toContain('digitise');
  });
});

describe('a body that "may" act: its action, hedged', () => {
  it('warns in a sentence read as context (no "will")', () => {
    const fs = findingsOf(
      commitment(
        'The Cabinet Office will publish the register of contracts by June 2025. The Treasury may consider, where appropriate, further engagement.',
      ),
    );
    const f = on(fs, 'consider');
    expect(f?.severity).toBe('warning');
    expect(f?.data?.role).toBe('main-action');
  });

  it('a thing that "could" bring something, or a possibility described, stays information', () => {
    const text = commitment('A review will show how the framework could be further enhanced.');
    expect(on(findingsOf(text), 'enhanced')?.severity).toBe('info');
  });
});
