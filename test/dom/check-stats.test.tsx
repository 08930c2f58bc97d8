// The check's statistics line: each count agrees with its noun (audit15, finding 14: « 4 phrases dont 1 longues »).
jest.mock('../../src/taskpane/planWorkerFactory', () => jest.requireActual('./noPlanWorker').noPlanWorker);

import { render, screen } from '@testing-library/react';
import type { CheckRun } from '../../src/taskpane/checker';
import { CheckStatus } from '../../src/taskpane/components/check/CheckStatus';
import { UiContext } from '../../src/taskpane/components/ui';
import { translator } from '../../src/taskpane/i18n';
import { paneStyles } from '../../src/taskpane/styles';
import { lightTheme } from '../../src/taskpane/theme';

function statsLine(lang: 'fr' | 'en', words: number, sentences: number, longSentences: number): string {
  const run = { analysis: { stats: { words, sentences, longSentences, lix: 30 } } } as unknown as CheckRun;
  const { unmount } = render(
    <UiContext.Provider value={{ t: translator(lang), css: paneStyles(lightTheme) }}>
      <CheckStatus
        run={run}
        partial={false}
        visibleCount={0}
        ignoredCount={0}
        live={false}
        lastReanalysed={undefined}
        onRestore={() => undefined}
      />
    </UiContext.Provider>,
  );
  const text = screen.getByText(lang === 'fr' ? / mots?, / : / words?, /).textContent ?? '';
  unmount();
  return text;
}

test.each([
  ['fr', 81, 4, 1, '81 mots, 4 phrases dont 1 longue'],
  ['fr', 81, 4, 2, '81 mots, 4 phrases dont 2 longues'],
  ['fr', 1, 1, 0, '1 mot, 1 phrase dont 0 longue'],
  ['en', 81, 4, 1, '81 words, 4 sentences, 1 of them long'],
  ['en', 1, 1, 0, '1 word, 1 sentence, 0 of them long'],
] as const)('%s: %d words, %d sentences, %d long', (lang, words, sentences, long, expected) => {
  expect(statsLine(lang, words, sentences, long)).toBe(expected);
});
