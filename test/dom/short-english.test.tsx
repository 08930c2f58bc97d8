// A short English draft (a skeleton of labels, too few common words to tell its language) checked in an English
// pane: it is read as English, so a field saved from the Commitment tab gets an English heading.
jest.mock('../../src/taskpane/planWorkerFactory', () => jest.requireActual('./noPlanWorker').noPlanWorker);

import { fireEvent, screen, within } from '@testing-library/react';
import { languageGuess } from '../../src/core';
import { FakeHost } from './fakeHost';
import { giveChecksTime, renderChecked, SHORT_ENGLISH_SKELETON } from './helpers';
import { openTab } from './openTab';

giveChecksTime();

test('a field saved into a short English draft from the English pane gets an English heading', async () => {
  // The premise: its words alone cannot tell its language.
  expect(languageGuess(SHORT_ENGLISH_SKELETON.map((l) => (typeof l === 'string' ? l : l.text)).join('\n')).sure).toBe(
    false,
  );
  const host = new FakeHost(SHORT_ENGLISH_SKELETON);
  await renderChecked(host, 'en');
  await openTab('Commitment');
  const card = screen.getByRole('article');
  const baseline = within(card).getByLabelText('Baseline');
  fireEvent.change(baseline, { target: { value: 'In 2023, 35 of 200 datasets have complete metadata.' } });
  fireEvent.click(within(card).getByRole('button', { name: 'Save into the document' }));
  await screen.findByText('1 field written into the document.');
  const k = host.paras.findIndex((x) => x.tags.includes('jalon:baseline'));
  expect(host.paras[k].text).toBe('In 2023, 35 of 200 datasets have complete metadata.');
  expect(host.paras[k - 1].text).toBe('Baseline');
});
