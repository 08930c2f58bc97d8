// A document too short to tell its language from (audit14 #2): the Check tab says, in one line in the pane's
// language, that the language was guessed and how to choose it (the pane's language switch, which the guess follows);
// a document whose words tell gets no such line.
jest.mock('../../src/taskpane/planWorkerFactory', () => jest.requireActual('./noPlanWorker').noPlanWorker);

import { screen } from '@testing-library/react';
import { FakeHost } from './fakeHost';
import { giveChecksTime, renderChecked, SHORT_ENGLISH_SKELETON } from './helpers';

giveChecksTime();

test('a skeleton checked in the English pane: the guess is said, with the switch that changes it', async () => {
  await renderChecked(new FakeHost(SHORT_ENGLISH_SKELETON), 'en');
  expect(
    screen.getByText(
      'Language of the text guessed from few words: English. If it is in French, choose FR at the top of the pane.',
    ),
  ).toBeTruthy();
});

test('the same skeleton in the French pane: said in French, read as French', async () => {
  await renderChecked(new FakeHost(SHORT_ENGLISH_SKELETON), 'fr');
  expect(
    screen.getByText(
      'Langue du texte devinée sur peu de mots : français. S’il est en anglais, choisissez EN en haut du volet.',
    ),
  ).toBeTruthy();
});

test('a document whose words tell its language: no line about a guess', async () => {
  await renderChecked(
    new FakeHost([
      { text: 'Commitment 1: Open the register of lobbyists', heading: 2 },
      'The Registrar will publish the register of lobbyists as open data, updated every week, with an online search service for the public.',
    ]),
    'en',
  );
  expect(screen.queryByText(/guessed from few words/)).toBeNull();
});
