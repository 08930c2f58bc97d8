// After « Insérer un engagement (modèle) »: the card shows the commitment inserted (the document is checked
// again, even if it was never checked), and the success message goes once the author starts a new check.
jest.mock('../../src/taskpane/planWorkerFactory', () => jest.requireActual('./noPlanWorker').noPlanWorker);
jest.mock('../../src/core', () => jest.requireActual('./fakeEngine').core());
jest.mock('../../src/core/plan', () => jest.requireActual('./fakeEngine').plan);

import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { FakeHost, PLAN } from './fakeHost';
import { checkOver, giveChecksTime } from './helpers';
import { openTab } from './openTab';

giveChecksTime();

const DRAFT = [{ text: 'Plan d’action national', heading: 1 }, 'Préambule : nous voulons promouvoir la transparence.'];

test('the template inserted in a document never checked: the card shows it, not « Aucun engagement trouvé »', async () => {
  const host = new FakeHost(DRAFT);
  render(<App host={host} lang="fr" />);
  host.selection = { paragraphId: host.paras[1].id, start: 0, end: 0 };
  await openTab('Engagement');
  expect(screen.getByText(/^Aucun engagement trouvé/)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Insérer un engagement (modèle)' }));
  await screen.findByText('Modèle d’engagement inséré au curseur.');
  await waitFor(() => expect(screen.queryByText(/^Aucun engagement trouvé/)).toBeNull());
  expect(within(screen.getByRole('group', { name: 'Engagement' })).getAllByRole('radio')).toHaveLength(1);
  expect(host.paras[2].tags).toEqual(['jalon:title']);
});

test('a new check clears the messages of earlier actions', async () => {
  const host = new FakeHost(DRAFT);
  render(<App host={host} lang="fr" />);
  host.selection = { paragraphId: host.paras[1].id, start: 0, end: 0 };
  await openTab('Engagement');
  fireEvent.click(screen.getByRole('button', { name: 'Insérer un engagement (modèle)' }));
  await screen.findByText('Modèle d’engagement inséré au curseur.');
  await openTab('Vérifier');
  fireEvent.click(screen.getByRole('button', { name: /^(Vérifier le document|Revérifier)$/ }));
  await waitFor(() => expect(screen.queryByText('Modèle d’engagement inséré au curseur.')).toBeNull());
  await checkOver();
  expect(screen.queryByText('Modèle d’engagement inséré au curseur.')).toBeNull();
});

test('the card follows the commitment just inserted, not the one chosen before', async () => {
  const host = new FakeHost(PLAN);
  render(<App host={host} lang="fr" />);
  fireEvent.click(screen.getByRole('button', { name: 'Vérifier le document' }));
  await screen.findByRole('button', { name: 'Revérifier' });
  await openTab('Engagement');
  const heading = () => screen.getByRole('heading', { level: 2 }).textContent;
  fireEvent.click(await screen.findByRole('radio', { name: 'Engagement 2 : registre des lobbies' }));
  await waitFor(() => expect(heading()).toBe('Engagement 2 : registre des lobbies'));
  fireEvent.click(screen.getByRole('radio', { name: 'Engagement 1 : ouvrir les données' }));
  await waitFor(() => expect(heading()).toBe('Engagement 1 : ouvrir les données'));
  // The cursor at the plan's end (in commitment 2), the card on commitment 1: the template goes after the cursor.
  host.selection = { paragraphId: host.paras.at(-1)!.id, start: 0, end: 0 };
  fireEvent.click(screen.getByRole('button', { name: 'Insérer un engagement (modèle)' }));
  await screen.findByText('Modèle d’engagement inséré au curseur.');
  await waitFor(() => expect(heading()).toBe('3. Engagement sans titre'));
  expect(host.paras.at(-blocksInserted(host))!.tags).toContain('jalon:title');
});

/** How many paragraphs the template added after PLAN. */
function blocksInserted(host: FakeHost): number {
  return host.paras.length - PLAN.length;
}
