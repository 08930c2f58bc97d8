// Re-checking with the card open: while the new check runs, the pane shows the text findings with the previous
// check's commitments (a partial run, without the document's text). The card must not read those commitments
// against the partial run (the demo threw « Cannot read properties of undefined (reading 'start') » on every
// « Revérifier »); it keeps what it showed until the new commitments are read.
jest.mock('../../src/taskpane/planWorkerFactory', () => ({
  createPlanWorker: () => {
    throw new Error('no worker in jsdom');
  },
}));

import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { FakeHost } from './fakeHost';
import { openTab } from './openTab';

configure({ asyncUtilTimeout: 15_000 });
jest.setTimeout(60_000);

const PLAN = [
  { text: 'Plan d’action national 2025-2027', heading: 1 },
  { text: 'Engagement 1 : Publier les données des marchés publics', heading: 2 },
  'Nous allons renforcer la transparence de la commande publique.',
  'Porteur : Direction des affaires juridiques.',
  { text: 'Engagement 2 : Ouvrir le registre des lobbies', heading: 2 },
  'Le registre sera publié en ligne d’ici juin 2026.',
];

const recheckButton = () => screen.getByRole('button', { name: 'Revérifier' }) as HTMLButtonElement;

test('« Revérifier » throws nothing and the card shows the commitment again', async () => {
  const errors: unknown[] = [];
  const onRejection = (e: unknown) => errors.push(e);
  process.on('unhandledRejection', onRejection);
  const consoleError = jest.spyOn(console, 'error').mockImplementation((...a) => errors.push(a));
  try {
    render(<App host={new FakeHost(PLAN)} lang="fr" />);
    fireEvent.click(screen.getByRole('button', { name: 'Vérifier le document' }));
    await waitFor(() => expect(recheckButton().disabled).toBe(false));
    for (let i = 0; i < 2; i++) {
      fireEvent.click(recheckButton());
      await waitFor(() => expect(recheckButton().disabled).toBe(false));
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
