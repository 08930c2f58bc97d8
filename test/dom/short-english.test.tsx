// A short English draft (a skeleton of labels, too few common words to tell its language) checked in an English
// pane: it is read as English, so a field saved from the Commitment tab gets an English heading.
jest.mock('../../src/taskpane/planWorkerFactory', () => ({
  createPlanWorker: () => {
    throw new Error('no worker in jsdom');
  },
}));

import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { languageGuess } from '../../src/core';
import { FakeHost } from './fakeHost';
import { openTab } from './openTab';

configure({ asyncUtilTimeout: 15_000 });
jest.setTimeout(60_000);

const SKELETON = [
  { text: 'Draft plan', heading: 1 },
  { text: 'Commitment 1: Open data', heading: 2 },
  'Lead: Treasury Board Secretariat.',
  'Milestones: 50 datasets published – June 2024.',
];

test('a field saved into a short English draft from the English pane gets an English heading', async () => {
  // The premise: its words alone cannot tell its language.
  expect(languageGuess(SKELETON.map((l) => (typeof l === 'string' ? l : l.text)).join('\n')).sure).toBe(false);
  const host = new FakeHost(SKELETON);
  render(<App host={host} lang="en" />);
  fireEvent.click(screen.getByRole('button', { name: 'Check document' }));
  await waitFor(
    () => expect((screen.getByRole('button', { name: 'Check again' }) as HTMLButtonElement).disabled).toBe(false),
    { timeout: 15000 },
  );
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
