// The card's checklist names the plan's country's legislature, as the form's question and the reports do: a US
// plan's author is asked to report to Congress, not to Parliament (issue 13).
jest.mock('../../src/taskpane/planWorkerFactory', () => ({
  createPlanWorker: () => {
    throw new Error('no worker in jsdom');
  },
}));

import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import type { Lang } from '../../src/core';
import { FakeHost } from './fakeHost';
import { openTab } from './openTab';

configure({ asyncUtilTimeout: 15_000 });
jest.setTimeout(60_000);

type Para = string | { text: string; heading: number };

async function card(plan: Para[], lang: Lang) {
  const host = new FakeHost(plan);
  render(<App host={host} lang={lang} />);
  const [run, again, tab] =
    lang === 'en'
      ? ['Check document', 'Check again', 'Commitment']
      : ['Vérifier le document', 'Revérifier', 'Engagement'];
  fireEvent.click(screen.getByRole('button', { name: run }));
  await waitFor(() => expect((screen.getByRole('button', { name: again }) as HTMLButtonElement).disabled).toBe(false));
  await openTab(tab);
  return screen.getByRole('article');
}

/** The checklist's list items (the card's last list but the form's). */
const items = (article: HTMLElement) =>
  within(article)
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');

const US_PLAN: Para[] = [
  { text: 'Fifth U.S. Open Government National Action Plan 2022-2024', heading: 1 },
  { text: 'Commitment 1: Publish federal spending data', heading: 2 },
  'The Federal Government will publish every contract award as open data on USAspending.gov.',
  'Lead: General Services Administration.',
  'Indicator: share of contract awards published within 30 days.',
];

test('a United States plan’s checklist asks to report to Congress, as the form does', async () => {
  const article = await card(US_PLAN, 'en');
  await waitFor(() => expect(items(article).some((t) => /to whom \(Congress, civil society\)/.test(t))).toBe(true));
  expect(items(article).some((t) => /Parliament/.test(t))).toBe(false);
  // The form's question, which already named Congress, still does.
  expect(within(article).getByText(/to whom \(Congress, civil society\), and how often/)).toBeTruthy();
});

test('a French plan keeps « Parlement »: only a country the catalogue names otherwise changes the words', async () => {
  const article = await card(
    [
      { text: 'Plan d’action national de la France 2025-2027', heading: 1 },
      { text: 'Engagement 1 : Publier les données des marchés publics', heading: 2 },
      'Publier chaque marché public en données ouvertes sur data.gouv.fr.',
      'Porteur : Direction des affaires juridiques.',
    ],
    'fr',
  );
  await waitFor(() => expect(within(article).getByText(/Pourquoi ce niveau/)).toBeTruthy());
  expect(items(article).some((t) => /à qui il est présenté \(Parlement, société civile\)/.test(t))).toBe(true);
  expect(items(article).some((t) => /Congrès/.test(t))).toBe(false);
});
