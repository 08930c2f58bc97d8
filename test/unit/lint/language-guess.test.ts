// The draft's language when its words are too few to tell: the reader's, not French by default.
import { analyze, detectLanguage, fromPlainText, languageGuess } from '../../../src/core';

const SKELETON =
  'Commitment 1: Open data\nLead: Treasury Board Secretariat.\nMilestones: 50 datasets published – June 2024.';

test('a text without common words, or with one, follows the reader and says it could not tell', () => {
  for (const text of ['', SKELETON, 'Lead: Cabinet Office. Target: 95% by March 2024.', 'Publier les données.']) {
    expect(languageGuess(text, 'en')).toEqual({ lang: 'en', sure: false });
    expect(languageGuess(text, 'fr')).toEqual({ lang: 'fr', sure: false });
  }
  // A tie, however long, cannot tell either.
  expect(languageGuess('the le and et of la', 'en')).toEqual({ lang: 'en', sure: false });
});

test('a sentence of a plan tells its language whatever the reader', () => {
  for (const fallback of ['fr', 'en'] as const) {
    expect(languageGuess('The department will publish the data of public procurement.', fallback)).toEqual({
      lang: 'en',
      sure: true,
    });
    expect(languageGuess('Le ministère publiera les données de la commande publique.', fallback)).toEqual({
      lang: 'fr',
      sure: true,
    });
  }
  expect(detectLanguage(SKELETON)).toBe('fr'); // no reader named: French, as before
});

test('an English reader’s analysis of a short English skeleton reads it with the English rules', () => {
  const a = analyze(fromPlainText(`# Plan\n\n${SKELETON}`), { messages: 'en' });
  expect(a.language).toBe('en');
  // The French rules would explain « Open data » in French.
  expect(
    a.findings
      .map((f) => f.expected ?? [])
      .flat()
      .join(' '),
  ).not.toMatch(/données/);
});
