// Jargon Jalon should not ask about, and the official term it should propose (audit15, finding 12).
import { analyze } from '../../../src/core/analyze';
import { fromPlainText } from '../../../src/core/source';
import { templateMarkdown } from '../../../src/core/template';

const jargon = (text: string) =>
  analyze(fromPlainText(text, { markdown: true }), { lang: 'fr' })
    .findings.filter((f) => f.ruleId === 'jargon')
    .map((f) => [f.actual, f.severity, f.expected]);

describe('the jargon check', () => {
  it('asks nothing about a word of Jalon’s own labels, and still about the same word in prose', () => {
    const text = [
      '# Plan',
      '',
      '## Engagement 1 : Marchés publics',
      '',
      'Contribution à la transparence, à la redevabilité, à la participation : chacun saura qui obtient les marchés.',
      '',
      'Redevabilité : un bilan semestriel présenté au Parlement.',
    ].join('\n');
    expect(jargon(text)).toEqual([]);
    // The template as Jalon inserts it.
    expect(jargon(templateMarkdown('fr')).map((f) => f[0])).not.toContain('redevabilité');
    expect(jargon(`${text}\n\nLe plan renforce la redevabilité des ministères.`).map((f) => f[0])).toEqual([
      'redevabilité',
    ]);
  });

  it('proposes the official French term for an anglicism, not a gloss of it', () => {
    const text = '# Plan\n\n## Engagement 1 : Marchés\n\nLes communes publieront leurs budgets en open data.';
    expect(jargon(text)).toEqual([['open data', 'suggestion', ['données ouvertes']]]);
  });
});
