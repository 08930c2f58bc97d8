// Re-checking with the card open: while the new check runs, the pane shows the text findings with the previous
// check's commitments (a partial run, without the document's text). The card must not read those commitments
// against the partial run (the demo threw « Cannot read properties of undefined (reading 'start') » on every
// « Revérifier »); it keeps what it showed until the new commitments are read.
jest.mock('../../src/taskpane/planWorkerFactory', () => jest.requireActual('./noPlanWorker').noPlanWorker);

import { fireEvent, screen } from '@testing-library/react';
import { FakeHost } from './fakeHost';
import { checkAgainButton, checkOver, giveChecksTime, renderChecked, SMALL_FRENCH_PLAN } from './helpers';
import { openTab } from './openTab';

giveChecksTime();

const PLAN = [
  ...SMALL_FRENCH_PLAN,
  { text: 'Engagement 2 : Ouvrir le registre des lobbies', heading: 2 },
  'Le registre sera publié en ligne d’ici juin 2026.',
];

test('« Revérifier » throws nothing and the card shows the commitment again', async () => {
  const errors: unknown[] = [];
  const onRejection = (e: unknown) => errors.push(e);
  process.on('unhandledRejection', onRejection);
  const consoleError = jest.spyOn(console, 'error').mockImplementation((...a) => errors.push(a));
  try {
    await renderChecked(new FakeHost(PLAN));
    for (let i = 0; i < 2; i++) {
      fireEvent.click(checkAgainButton());
      await checkOver();
    }
    await openTab('Engagement');
    await screen.findByText(/Pourquoi ce niveau/);
    // Let the card's lazy loads settle before looking for what they threw.
    await new Promise((r) => setTimeout(r, 200));
    expect(errors).toEqual([]);
  } finally {
    process.off('unhandledRejection', onRejection);
    consoleError.mockRestore();
  }
});
