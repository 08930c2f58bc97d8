// A document too short to tell its language from (audit14 #2): the Check tab says, in one line in the pane's
// language, that the language was guessed and how to choose it (the pane's language switch, which the guess follows);
// a document whose words tell gets no such line.
jest.mock('../../src/taskpane/planWorkerFactory', () => ({
  createPlanWorker: () => {
    throw new Error('no worker in jsdom');
  },
}));

import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { FakeHost } from './fakeHost';

configure({ asyncUtilTimeout: 15_000 });
jest.setTimeout(60_000);

const SKELETON = [
  { text: 'Draft plan', heading: 1 },
  { text: 'Commitment 1: Open data', heading: 2 },
  'Lead: Treasury Board Secretariat.',
  'Milestones: 50 datasets published – June 2024.',
];

async function checked(paragraphs: ConstructorParameters<typeof FakeHost>[0], lang: 'fr' | 'en') {
  render(<App host={new FakeHost(paragraphs)} lang={lang} />);
  const run = lang === 'en' ? 'Check document' : 'Vérifier le document';
  const again = lang === 'en' ? 'Check again' : 'Revérifier';
  fireEvent.click(screen.getByRole('button', { name: run }));
  await waitFor(() => expect((screen.getByRole('button', { name: again }) as HTMLButtonElement).disabled).toBe(false));
}

test('a skeleton checked in the English pane: the guess is said, with the switch that changes it', async () => {
  await checked(SKELETON, 'en');
  expect(
    screen.getByText(
      'Language of the text guessed from few words: English. If it is in French, choose FR at the top of the pane.',
    ),
  ).toBeTruthy();
});

test('the same skeleton in the French pane: said in French, read as French', async () => {
  await checked(SKELETON, 'fr');
  expect(
    screen.getByText(
      'Langue du texte devinée sur peu de mots : français. S’il est en anglais, choisissez EN en haut du volet.',
    ),
  ).toBeTruthy();
});

test('a document whose words tell its language: no line about a guess', async () => {
  await checked(
    [
      { text: 'Commitment 1: Open the register of lobbyists', heading: 2 },
      'The Registrar will publish the register of lobbyists as open data, updated every week, with an online search service for the public.',
    ],
    'en',
  );
  expect(screen.queryByText(/guessed from few words/)).toBeNull();
});
