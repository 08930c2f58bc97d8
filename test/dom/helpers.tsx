// Shared by the pane's DOM tests: the pane rendered on an in-memory document and checked as an author checks it
// (the button, then the end of the check), and the documents more than one file reads.
import { configure, fireEvent, render, screen, waitFor, type RenderResult } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import type { FakeHost } from './fakeHost';

type PaneLang = 'fr' | 'en';

/**
 * Time is not what these tests measure (npm run bench does): on a busy machine a check takes seconds (the first
 * one compiles the engine under ts-jest), so waits get room rather than Testing Library's one second and Jest's five.
 */
export function giveChecksTime(): void {
  configure({ asyncUtilTimeout: 15_000 });
  jest.setTimeout(60_000);
}

const CHECK: Record<PaneLang, string> = { fr: 'Vérifier le document', en: 'Check document' };
const CHECK_AGAIN: Record<PaneLang, string> = { fr: 'Revérifier', en: 'Check again' };

/** The pane's « Revérifier » (« Check again ») button. */
export const checkAgainButton = (lang: PaneLang = 'fr'): HTMLButtonElement =>
  screen.getByRole('button', { name: CHECK_AGAIN[lang] }) as HTMLButtonElement;

/** Waits for the end of a check: text findings show first; the check is over when « Revérifier » is enabled. */
export async function checkOver(lang: PaneLang = 'fr'): Promise<void> {
  await waitFor(() => expect(checkAgainButton(lang).disabled).toBe(false));
}

/** Clicks « Vérifier le document » (« Check document ») in a pane already rendered, and waits for the check's end. */
export async function checkDocument(lang: PaneLang = 'fr'): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name: CHECK[lang] }));
  await checkOver(lang);
}

/** The pane rendered in `lang` on `host`'s document, checked once. */
export async function renderChecked(host: FakeHost, lang: PaneLang = 'fr'): Promise<RenderResult> {
  const view = render(<App host={host} lang={lang} />);
  await checkDocument(lang);
  return view;
}

/** A short English draft, a skeleton of labels: too few common words to tell its language from them alone. */
export const SHORT_ENGLISH_SKELETON = [
  { text: 'Draft plan', heading: 1 },
  { text: 'Commitment 1: Open data', heading: 2 },
  'Lead: Treasury Board Secretariat.',
  'Milestones: 50 datasets published – June 2024.',
];

/** A small French plan: a vague commitment (« renforcer ») with its lead. */
export const SMALL_FRENCH_PLAN = [
  { text: 'Plan d’action national 2025-2027', heading: 1 },
  { text: 'Engagement 1 : Publier les données des marchés publics', heading: 2 },
  'Nous allons renforcer la transparence de la commande publique.',
  'Porteur : Direction des affaires juridiques.',
];
