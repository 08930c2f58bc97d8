// A repeated commitment sent to the author as a Word comment (review mode) asks only what the commitment adds since
// the earlier plan: « if it is that plan itself, ignore this finding » is the facilitator's, and stays in the
// reports (audit 14, finding 19).
import { findings, translator as core } from '../../../src/core/messages';
import type { Finding } from '../../../src/core';
import { questionFor } from '../../../src/taskpane/components/review/useReviewComments';
import { translator } from '../../../src/taskpane/i18n';

// The pane's plan worker is made by an ES module the pane's bundle loads; none is needed here.
jest.mock('../../../src/taskpane/planWorkerFactory', () => ({ createPlanWorker: () => undefined }));

const finding = (message: string, note: string): Finding => ({
  ruleId: 'duplicate',
  source: 'jalon',
  severity: 'warning',
  message,
  note,
  actual: '',
  expected: [],
  start: 0,
  end: 0,
  paragraph: 0,
  paragraphOffset: 0,
  fingerprint: 'x',
});

describe.each(['fr', 'en'] as const)('%s', (lang) => {
  const t = core(findings, lang);
  const words = findings[lang].duplicate;

  test('a commitment of a plan of the same period', () => {
    const message = t('duplicate.samePeriod', {
      plan: 'United States 2022-2024',
      id: 'US0113',
      title: 'Equitable Data',
    });
    const note = t('duplicate.noteEarlier');
    // The facilitator's report says it (the engine's message, unchanged).
    expect(message).toContain(words.forFacilitator);
    const comment = questionFor(translator(lang), finding(message, note));
    expect(comment).not.toContain(words.forFacilitator);
    expect(comment).not.toMatch(lang === 'fr' ? /ignorez/ : /ignore/);
    expect(comment).toContain(
      `US0113 ${lang === 'fr' ? '(« Equitable Data »)' : '("Equitable Data")'}. ${words.forAuthor}`,
    );
    expect(comment).toContain(note);
  });

  test('a whole earlier plan', () => {
    const message = t('duplicate.earlierPlan', { plan: 'United States 2022-2024', n: 36, m: 36, list: '1 to 36' });
    const note = t('duplicate.noteEarlierPlan');
    expect(message).toContain(words.forFacilitatorPlan);
    const comment = questionFor(translator(lang), finding(message, note));
    expect(comment).not.toMatch(lang === 'fr' ? /ignorez|rien à corriger/ : /ignore|nothing to fix/);
    expect(comment).toContain(words.forAuthorPlan);
    expect(comment).toContain(words.noteEarlierPlanAuthor);
  });

  test('other findings are sent as they are', () => {
    const message = t('duplicate.earlier', { plan: 'Canada 2018-2020', id: 'CA0001', title: 'Open data' });
    const comment = questionFor(translator(lang), finding(message, t('duplicate.noteEarlier')));
    expect(comment).toContain(message);
  });
});
