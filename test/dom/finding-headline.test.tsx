// A finding's line in the list is short: a long sentence is named by its length, the sentence itself shown whole
// in the finding's detail.
import { render, screen } from '@testing-library/react';
import type { Finding } from '../../src/core';
import { FindingDetail } from '../../src/taskpane/components/check/FindingDetail';
import { headline } from '../../src/taskpane/components/check/findingText';
import { UiContext } from '../../src/taskpane/components/ui';
import { translator } from '../../src/taskpane/i18n';
import { paneStyles } from '../../src/taskpane/styles';
import { lightTheme } from '../../src/taskpane/theme';

const sentence = Array.from({ length: 115 }, (_, i) => `word${i}`).join(' ') + '.';
const long: Finding = {
  ruleId: 'readability',
  source: 'jalon',
  severity: 'info',
  message: 'A long sentence (115 words) outside the commitments: hard to read for the public.',
  actual: sentence,
  expected: [],
  start: 0,
  end: sentence.length,
  paragraph: 2,
  paragraphOffset: 0,
  fingerprint: 'r',
  data: { words: 115 },
};

test('a long sentence is "Long sentence, 115 words" in the list and whole in the detail', () => {
  expect(headline(long, translator('en'))).toBe('Long sentence, 115 words');
  expect(headline(long, translator('fr'))).toBe('Phrase longue, 115 mots');
  // Words of any other finding are cut short, never a paragraph in bold.
  const other = { ...long, ruleId: 'duplicate', data: {} };
  expect(headline(other, translator('en')).length).toBeLessThanOrEqual(80);
  expect(headline({ ...long, ruleId: 'vague-term', actual: 'strengthen', data: {} }, translator('en'))).toBe(
    'strengthen',
  );
  const actions = {
    select: async () => undefined,
    ignore: async () => undefined,
    insertDefinition: async () => undefined,
    footnotes: false,
  };
  render(
    <UiContext.Provider value={{ t: translator('en'), css: paneStyles(lightTheme) }}>
      <FindingDetail f={long} analysis={{ text: '', paragraphs: [], commitments: [] }} actions={actions} />
    </UiContext.Provider>,
  );
  expect(screen.getByText(sentence)).toBeTruthy();
});
