// Where a finding is, in the Check tab: its detail's « Où » line and what a screen reader hears on its line in the
// list say it as the Review tab and the exports do (Word numbers no paragraph): by the paragraph's first words,
// which Word's search finds, then the commitment; a missing field by its commitment, named once.
jest.mock('../../src/taskpane/planWorkerFactory', () => jest.requireActual('./noPlanWorker').noPlanWorker);
jest.mock('../../src/core', () => jest.requireActual('./fakeEngine').core());
jest.mock('../../src/core/plan', () => jest.requireActual('./fakeEngine').plan);

import { fireEvent, render, screen, within } from '@testing-library/react';
import type { Analysis, Finding } from '../../src/core';
import { FindingDetail } from '../../src/taskpane/components/check/FindingDetail';
import { UiContext } from '../../src/taskpane/components/ui';
import { translator } from '../../src/taskpane/i18n';
import { paneStyles } from '../../src/taskpane/styles';
import { lightTheme } from '../../src/taskpane/theme';
import { FakeHost } from './fakeHost';
import { giveChecksTime, renderChecked } from './helpers';

giveChecksTime();

const PLAN = [
  { text: 'Plan d’action national', heading: 1 },
  { text: 'Engagement 1 : ouvrir les données', heading: 2 },
  'Nous allons renforcer l’open data.',
];

const spaced = (s: string | null) => s?.replace(/\u00a0/g, ' ') ?? null;

async function checkedDetail(lang: 'fr' | 'en') {
  await renderChecked(new FakeHost(PLAN), lang);
  const line = screen.getByRole('button', { name: /^open data/ });
  fireEvent.click(line);
  const detail = await screen.findByRole('region', {
    name: lang === 'fr' ? 'Détail de la remarque' : 'Finding details',
  });
  // No-break spaces keep French guillemets and colons with their words (labels.ts, glued): compared as spaces here.
  const where = spaced(within(detail).getByText(lang === 'fr' ? 'Où' : 'Where').parentElement!.textContent);
  return { where, heard: line.textContent };
}

test('the detail and the list say where by the paragraph’s first words, in French', async () => {
  const { where, heard } = await checkedDetail('fr');
  expect(where).toBe('OùParagraphe « Nous allons renforcer l’open data. » · Engagement 1 : ouvrir les données');
  expect(heard).toMatch(/, Paragraphe « Nous allons renforcer l’open data\. »$/);
  expect(document.body.textContent).not.toMatch(/[Pp]aragraphe \d/);
});

test('the detail and the list say where by the paragraph’s first words, in English', async () => {
  const { where, heard } = await checkedDetail('en');
  expect(where).toBe('WhereParagraph "Nous allons renforcer l’open data." · Engagement 1 : ouvrir les données');
  expect(heard).toMatch(/, Paragraph "Nous allons renforcer l’open data\."$/);
  expect(document.body.textContent).not.toMatch(/[Pp]aragraph \d/);
});

const text = 'Engagement 1 : Registre des lobbies\nPublier le registre en ligne.';
const analysis = {
  text,
  paragraphs: [
    { start: 0, end: 35 },
    { start: 36, end: text.length },
  ],
  commitments: [{ index: 0, title: 'Registre des lobbies' }],
} as unknown as Analysis;
const actions = {
  select: async () => undefined,
  ignore: async () => undefined,
  insertDefinition: async () => undefined,
  footnotes: false,
};

function whereLine(f: Finding, lang: 'fr' | 'en'): string | null {
  const { unmount } = render(
    <UiContext.Provider value={{ t: translator(lang), css: paneStyles(lightTheme) }}>
      <FindingDetail f={f} analysis={analysis} actions={actions} />
    </UiContext.Provider>,
  );
  const line = spaced(screen.getByText(lang === 'fr' ? 'Où' : 'Where').parentElement!.textContent);
  unmount();
  return line;
}

test('a missing field is where its commitment is, named once, in either language', () => {
  const missing = {
    ruleId: 'missing-field',
    severity: 'warning',
    message: 'Indicateur manquant',
    actual: 'Registre des lobbies',
    expected: [],
    paragraph: 0,
    paragraphOffset: 0,
    commitment: 0,
    start: 0,
    end: 35,
  } as unknown as Finding;
  expect(whereLine(missing, 'fr')).toBe('OùEngagement 1 : Registre des lobbies');
  expect(whereLine(missing, 'en')).toBe('WhereCommitment 1: Registre des lobbies');
  const vague = { ...missing, ruleId: 'vague-term', actual: 'Publier', paragraph: 1 } as Finding;
  expect(whereLine(vague, 'fr')).toBe(
    'OùParagraphe « Publier le registre en ligne. » · Engagement 1 : Registre des lobbies',
  );
  expect(whereLine(vague, 'en')).toBe(
    'WhereParagraph "Publier le registre en ligne." · Commitment 1: Registre des lobbies',
  );
});
