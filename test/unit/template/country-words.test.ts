// Examples in the plan's country's words (issue 13, audit 14 finding 17): on the US plan the missing fields'
// examples proposed Canadian departments as the lead (« Public Services and Procurement », « Privy Council Office »),
// « ministries », British spelling. For a US plan in English they now propose a US agency, say agencies and
// departments, spell as the US does; the model commitment stays named in the label (« modelled on Canada… »).
// Other countries keep the examples as written. The checklist's accountability item names Congress for a US plan.
import { en as bank } from '../../../src/core/checks/missing-field/advice/en';
import { checklistIn } from '../../../src/core/commitments/score';
import { inCountryWords } from '../../../src/core/template/country-words';
import { analyze, fromPlainText } from '../../../src/core';

// Words that name another country's bodies or spell the British way.
const FOREIGN =
  /\b(Ministry|ministr(y|ies)|Interministerial|Prime Minister|Privy Council|Treasury Board|Canadian|Public Services and Procurement|Chief Science Advisor|secretariat|directorate|Parliament|organisations?|catalogue|programmes?|centres?|licence|recognised|modernising)\b/i;

describe('the example bank in a US plan’s words', () => {
  const examples = bank.subjects.flatMap((s) => Object.values(s.examples) as string[]);
  const leads = bank.subjects.flatMap((s) => (s.examples.lead ? [s.examples.lead] : []));

  it('the bank has foreign leads and British spelling to adapt', () => {
    expect(leads.filter((l) => FOREIGN.test(l)).length).toBeGreaterThan(10);
    expect(examples.filter((x) => /organisation|ministries|catalogue/.test(x)).length).toBeGreaterThan(3);
  });

  it('proposes no other country’s body nor British spelling, for every example of the bank', () => {
    for (const x of examples) {
      const us = inCountryWords(x, 'en', 'us');
      // « Parliament » is the legislature's, which the example's reading names next (inLegislature).
      expect(us.replace(/\bParliament\b/g, 'Congress')).not.toMatch(FOREIGN);
    }
  });

  it('names a US agency as every lead', () => {
    for (const lead of leads) {
      const us = inCountryWords(lead, 'en', 'us');
      expect(us).toMatch(/^(Office|Department|General Services|National|White House|Cybersecurity|AmeriCorps|Chief)/);
      expect(us.endsWith('.')).toBe(lead.endsWith('.'));
    }
  });

  it('leaves the examples of other countries and of French plans as written', () => {
    for (const x of examples) {
      for (const country of ['gb', 'ca', 'nz', undefined] as const) expect(inCountryWords(x, 'en', country)).toBe(x);
      expect(inCountryWords(x, 'fr', 'us')).toBe(x);
    }
  });
});

describe('a US plan’s missing fields, as the check writes them', () => {
  const text = [
    '# Fifth U.S. Open Government National Action Plan 2022-2024',
    '## Commitment 1: Open public procurement data',
    'We will improve the transparency of federal procurement and contract data.',
    '## Commitment 2: Improve public engagement in regulations',
    'We will engage communities in the public consultations of rulemaking.',
    '## Commitment 3: Open science for federally funded research',
    'We will broaden public access to publicly funded research publications and open science.',
  ].join('\n\n');

  it('proposes US agencies and US words, and still says which real commitment the example follows', () => {
    const a = analyze(fromPlainText(text, { markdown: true }), { lang: 'en', earlierPlans: null });
    const fs = a.findings.filter((f) => f.ruleId === 'missing-field' && f.expected.length);
    expect(fs.length).toBeGreaterThan(10);
    for (const f of fs) expect(f.expected.join(' ')).not.toMatch(FOREIGN);
    const leads = fs.filter((f) => f.data?.field === 'lead').map((f) => f.expected[0]);
    expect(leads.length).toBeGreaterThan(0);
    expect(leads.join(' ')).toMatch(/modelled on Canada/);
  });

  it('names Congress in the checklist’s accountability item', () => {
    const a = analyze(fromPlainText(text, { markdown: true }), { lang: 'en', earlierPlans: null });
    const item = (items: ReturnType<typeof checklistIn>) => items.find((c) => c.id === 'accountability')!.howToEarn;
    const checklist = a.commitments[0].checklist!;
    expect(item(checklistIn(checklist, 'en', 'us'))).toMatch(/Congress/);
    expect(item(checklistIn(checklist, 'fr', 'us'))).toMatch(/Congrès/);
    expect(item(checklistIn(checklist, 'en', 'gb'))).toMatch(/Parliament/);
  });
});
