// A commitment named in a sentence (a finding's « Où » line, the Review list, the review report): the title
// alone when it already names the commitment, never « Engagement 2 : Engagement 2 : … ».
jest.mock('../../src/taskpane/planWorkerFactory', () => jest.requireActual('./noPlanWorker').noPlanWorker);
jest.mock('../../src/core', () => jest.requireActual('./fakeEngine').core());
jest.mock('../../src/core/plan', () => jest.requireActual('./fakeEngine').plan);

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { translator } from '../../src/taskpane/i18n';
import { commitmentLabel } from '../../src/taskpane/labels';
import { FakeHost } from './fakeHost';
import { giveChecksTime, renderChecked } from './helpers';
import { openTab } from './openTab';

giveChecksTime();

test('the title alone when it names the commitment, in any case and either language; else prefixed', () => {
  const fr = translator('fr');
  const en = translator('en');
  expect(commitmentLabel(fr, 2, 'Engagement 2 : Renforcer la participation')).toBe(
    'Engagement 2 : Renforcer la participation',
  );
  expect(commitmentLabel(fr, 2, 'ENGAGEMENT N° 2 – Registre')).toBe('ENGAGEMENT N° 2 – Registre');
  expect(commitmentLabel(en, 3, 'commitment 3: Open contracting')).toBe('commitment 3: Open contracting');
  expect(commitmentLabel(fr, 3, 'Commitment 3 - Open contracting')).toBe('Commitment 3 - Open contracting');
  expect(commitmentLabel(fr, 2, 'Renforcer la participation')).toBe('Engagement 2 : Renforcer la participation');
  expect(commitmentLabel(en, 2, 'Renforcer la participation')).toBe('Commitment 2: Renforcer la participation');
  // The plan's own number, whatever the commitment's place (the reports' N°); a year after a plural is no number.
  expect(commitmentLabel(fr, 2, 'Engagement 12 : Budget')).toBe('Engagement 12 : Budget');
  expect(commitmentLabel(fr, 2, 'Engagements 2025 du ministère')).toBe('Engagement 2 : Engagements 2025 du ministère');
});

const PLAN = [
  { text: 'Plan d’action national', heading: 1 },
  { text: 'Engagement 1 : ouvrir les données', heading: 2 },
  'Nous allons renforcer l’open data.',
  { text: 'Registre des lobbies', heading: 2 },
  'Publier le registre en ligne.',
];

test('a finding’s « Où » line and the Review list name each commitment once', async () => {
  await renderChecked(new FakeHost(PLAN));
  fireEvent.click(screen.getByRole('button', { name: /^open data.*Jargon/ }));
  const detail = await screen.findByRole('region', { name: 'Détail de la remarque' });
  expect(
    within(detail)
      .getByText(/^Où/)
      .parentElement!.textContent!.replace(/\u00a0/g, ' '),
  ).toBe('OùParagraphe « Nous allons renforcer l’open data. » · Engagement 1 : ouvrir les données');
  await openTab('Relecture');
  const labels = screen
    .getAllByRole('checkbox')
    .map((c) => c.getAttribute('aria-label') ?? c.closest('div')!.textContent);
  expect(labels.filter((l) => /Engagement/.test(l ?? ''))).toEqual([
    expect.stringMatching(/\(Engagement 1 : ouvrir les données\)$/),
    expect.stringMatching(/\(Engagement 2 : Registre des lobbies\)$/),
  ]);
});

test('the review report’s headings name each commitment once', async () => {
  const { reviewMarkdown } = await import('../../src/taskpane/exports');
  const base = { fields: {}, missing: [], score: 0, maxScore: 10, level: 'none' as const, checklist: [] };
  const at = { start: 0, end: 10, firstParagraph: 0, lastParagraph: 0, verifiable: false, lens: [] };
  const analysis = {
    language: 'fr' as const,
    text: '',
    paragraphs: [],
    findings: [],
    stats: { words: 0, sentences: 0, longSentences: 0, lix: 0 },
    commitments: [
      { index: 0, title: 'ENGAGEMENT 1 – Ouvrir les données', ...base, ...at },
      { index: 1, title: 'Registre des lobbies', ...base, ...at },
    ],
  };
  const md = reviewMarkdown(analysis, [], translator('fr')).content;
  expect(md).toContain('## ENGAGEMENT 1 – Ouvrir les données\n');
  expect(md).toContain('## Engagement 2 : Registre des lobbies\n');
});

/** The pane checked on `PLAN`, grouped by commitment (as it opens). */
const checked = (lang: 'fr' | 'en' = 'fr', plan = PLAN) => renderChecked(new FakeHost(plan), lang);

/** The groups' names as their headers show them (without the arrow and the count). */
const groupNames = () =>
  screen
    .getAllByRole('button', { expanded: true })
    .filter((b) => b.closest('h2'))
    .map((b) => b.firstElementChild!.textContent!.replace(/^[▾▸] /, ''));

test('the finding groups’ headers name each commitment once; a title without its number gets it', async () => {
  await checked();
  expect(groupNames()).toEqual(['Engagement 1 : ouvrir les données', '2. Registre des lobbies']);
});

test('a title with the plan’s own number keeps it, whatever its place, as the reports’ N° do', async () => {
  await checked('fr', [
    { text: 'Plan d’action national', heading: 1 },
    { text: 'Engagement 1 : ouvrir les données', heading: 2 },
    'Nous allons renforcer l’open data.',
    { text: 'Engagement 3 : Registre des lobbies', heading: 2 },
    'Nous allons renforcer le registre.',
  ]);
  expect(groupNames()).toEqual(['Engagement 1 : ouvrir les données', 'Engagement 3 : Registre des lobbies']);
});

test('the group headers in English too', async () => {
  await checked('en', [
    { text: 'Action plan', heading: 1 },
    { text: 'Lobbying register', heading: 2 },
    'We will renforcer the register.',
    { text: 'Commitment 2: Open data', heading: 2 },
    'Publish open data.',
  ]);
  expect(groupNames()).toEqual(['1. Lobbying register', 'Commitment 2: Open data']);
});

test('the plan overview’s table names each commitment once; a title without its number gets it', async () => {
  await checked();
  await openTab('Vue du plan');
  const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
  expect(rows.map((r) => within(r).getAllByRole('button')[0].textContent)).toEqual([
    'Engagement 1 : ouvrir les données',
    '2. Registre des lobbies',
  ]);
});

test('the Commitment tab’s list and card name each commitment once', async () => {
  await checked();
  await openTab('Engagement');
  const list = await screen.findByRole('group', { name: 'Engagement' });
  const options = within(list).getAllByRole('radio');
  expect(options.map((o) => o.closest('label')!.textContent)).toEqual([
    'Engagement 1 : ouvrir les données',
    '2. Registre des lobbies',
  ]);
  fireEvent.click(within(list).getByRole('radio', { name: 'Engagement 1 : ouvrir les données' }));
  expect((await screen.findByRole('article')).querySelector('h2')!.textContent).toBe(
    'Engagement 1 : ouvrir les données',
  );
  fireEvent.click(within(list).getByRole('radio', { name: '2. Registre des lobbies' }));
  await waitFor(() =>
    expect(screen.getByRole('article').querySelector('h2')!.textContent).toBe('2. Registre des lobbies'),
  );
  expect((within(list).getByRole('radio', { name: '2. Registre des lobbies' }) as HTMLInputElement).checked).toBe(true);
});
