// Where the review summary and the Markdown export say a finding is: Word numbers no paragraph, so a paragraph is
// named by its first words (which Word's search finds), a missing field by its commitment (audit12, finding 17).
import type { Analysis, Finding } from '../../src/core';
import { translator } from '../../src/taskpane/i18n';
import { whereFor } from '../../src/taskpane/labels';

const text =
  'Engagement 1 : Ouvrir les marchés\nLe ministère publiera les données ouvertes des marchés publics chaque mois.';
const analysis = {
  text,
  paragraphs: [
    { start: 0, end: 33 },
    { start: 34, end: text.length },
  ],
  commitments: [{ index: 0, title: 'Ouvrir les marchés' }],
} as unknown as Analysis;
const finding = (over: Partial<Finding>): Finding =>
  ({ ruleId: 'jargon', paragraph: 1, actual: 'données ouvertes', ...over }) as Finding;

describe('whereFor', () => {
  it('names a paragraph by its first words, in the pane language', () => {
    expect(whereFor(translator('fr'), finding({}), analysis)).toBe(
      'Paragraphe « Le ministère publiera les données ouvertes… »',
    );
    expect(whereFor(translator('en'), finding({}), analysis)).toBe(
      'Paragraph "Le ministère publiera les données ouvertes…"',
    );
  });

  it('a missing field by its commitment; a paragraph the analysis does not hold by its commitment, never a number', () => {
    const missing = finding({ ruleId: 'missing-field', commitment: 0, paragraph: 0, actual: 'Ouvrir les marchés' });
    expect(whereFor(translator('fr'), missing, analysis)).toBe('Engagement 1 : Ouvrir les marchés');
    expect(whereFor(translator('fr'), finding({ paragraph: 7, commitment: 0 }), analysis)).toBe(
      'Engagement 1 : Ouvrir les marchés',
    );
    expect(whereFor(translator('en'), finding({ paragraph: 7 }), analysis)).toBe('');
  });
});
