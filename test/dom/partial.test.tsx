// First results of a long plan: the text findings are shown while the plan pass (a worker) still reads the
// commitments. None of them knows its commitment yet: the list must not call them all the preamble's (the
// audit saw 14,588 findings under « Hors engagement (préambule) » on a 300-page plan until the end).
import type { PlanRequest, PlanResponse } from '../../src/taskpane/planPass';

/** The worker answers only when the test lets it. */
let release: () => void = () => undefined;
class HeldWorker {
  onmessage: ((e: MessageEvent<PlanResponse>) => void) | null = null;
  onerror: (() => void) | null = null;
  postMessage(request: PlanRequest): void {
    const answer = () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { plan } = require('./fakeEngine') as typeof import('./fakeEngine');
      const { commitments, findings } = plan.planPass(request.paragraphs, { lang: request.lang });
      this.onmessage?.({ data: { id: request.id, commitments } } as MessageEvent<PlanResponse>);
      this.onmessage?.({ data: { id: request.id, findings } } as MessageEvent<PlanResponse>);
    };
    release = () => setTimeout(answer, 0);
  }
  terminate(): void {}
}

jest.mock('../../src/taskpane/planWorkerFactory', () => ({ createPlanWorker: () => new HeldWorker() }));
jest.mock('../../src/core', () => jest.requireActual('./fakeEngine').core());
jest.mock('../../src/core/plan', () => jest.requireActual('./fakeEngine').plan);

import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { FakeHost } from './fakeHost';
import { checkOver, giveChecksTime } from './helpers';

giveChecksTime();

const PLAN = [
  { text: 'Plan d’action national', heading: 1 },
  'Préambule : nous voulons promouvoir la transparence.',
  { text: 'Engagement 1 : ouvrir les données', heading: 2 },
  'Nous allons renforcer l’open data et renforcer la participation.',
  { text: 'Engagement 2 : registre des lobbies', heading: 2 },
  'Publier le registre en ligne.',
];

const headers = () =>
  within(screen.getByRole('region', { name: 'Résultats de la vérification' }))
    .getAllByRole('button', { expanded: true })
    .map((h) => h.textContent);

test('before the commitments are read, the first findings are grouped as being read, not as the preamble', async () => {
  render(<App host={new FakeHost(PLAN)} lang="fr" />);
  fireEvent.click(screen.getByRole('button', { name: 'Vérifier le document' }));
  await screen.findByText('4 remarques', { selector: 'strong' });
  expect(headers()).toEqual([expect.stringMatching(/^▾ En cours de lecture des engagements…4$/)]);
  expect(screen.queryByText(/Hors engagement/)).toBeNull();
  // Grouped by rule, the first results are as they will be.
  fireEvent.click(screen.getByRole('button', { name: 'Règle', pressed: false }));
  expect(headers()).toEqual([
    expect.stringContaining('Verbes flous et termes vagues3'),
    expect.stringContaining('Jargon à expliquer1'),
  ]);
  fireEvent.click(screen.getByRole('button', { name: 'Engagement', pressed: false }));
  act(() => release());
  await checkOver();
  expect(headers()).toEqual([
    expect.stringContaining('Hors engagement (préambule)1'),
    expect.stringMatching(/^▾ Engagement 1 : ouvrir les données\d+$/),
    expect.stringMatching(/^▾ Engagement 2 : registre des lobbies\d+$/),
  ]);
  expect(screen.queryByText(/En cours de lecture/)).toBeNull();
});
