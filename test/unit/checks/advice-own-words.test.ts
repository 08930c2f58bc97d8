// A commitment whose title lists several subjects (« Transparence fiscale, financière et des entreprises »: a theme
// over its milestones) gets the examples of what its own words are about, not of the one subject its title names
// (audit15, finding 16: a register of beneficial owners got the budget's examples, in the pane as in the reports).
import { analyze, fromPlainText, type Finding } from '../../../src/core';
import { commitmentAdvice, commitmentSubject } from '../../../src/core/checks/missing-field/advice';
import { readCommitments } from '../../../src/core/commitments';

const THEME = 'Engagement 3 : Transparence fiscale, financière et des entreprises';
const REGISTER = [
  'Jalon 3.1 : Mettre en œuvre un registre public des propriétaires effectifs',
  'Le registre des bénéficiaires effectifs des sociétés sera consultable gratuitement en ligne.',
].join('\n\n');

function first(text: string) {
  const source = fromPlainText(text);
  return { source, c: readCommitments(source, { lang: 'fr', earlierPlans: null })[0] };
}

describe('a title that lists several subjects', () => {
  it('lets the commitment’s own words give the subject, in the pane’s reading and the plan check’s', () => {
    const { source, c } = first(`${THEME}\n\n${REGISTER}\n`);
    expect(c.title).toBe(THEME);
    expect(commitmentSubject(source.text, c)).toBe('beneficial-ownership');
    const advice = commitmentAdvice(source.text, c, 'fr');
    expect(
      Object.values(advice).some((a) => /propriétaires effectifs|bénéficiaires effectifs/.test(a.source ?? '')),
    ).toBe(true);
    expect(Object.values(advice).some((a) => /budgétaire/.test(a.source ?? ''))).toBe(false);
    // The reports: the missing fields' examples are the same.
    const a = analyze(fromPlainText(`${THEME}\n\n${REGISTER}\n`), { lang: 'fr', earlierPlans: null });
    const indicator = a.findings.find((f: Finding) => f.ruleId === 'missing-field' && f.data?.field === 'indicator');
    expect(indicator?.expected[0]).toContain(advice.indicator!.example);
    expect(indicator?.expected[0]).toMatch(/propriétaires effectifs/);
    // Its own words name no subject clearly: the title's still does.
    const vague = first(`${THEME}\n\nLe ministère publiera chaque trimestre un tableau de suivi.\n`);
    expect(commitmentSubject(vague.source.text, vague.c)).toBe('budget');
    // A title that is no list keeps its weight, whatever a milestone also mentions.
    const unlisted = first(
      `Engagement 3 : Transparence fiscale des dépenses publiques\n\n${REGISTER}\n\nLes dépenses exécutées seront publiées.\n`,
    );
    expect(commitmentSubject(unlisted.source.text, unlisted.c)).toBe('budget');
  });
});
