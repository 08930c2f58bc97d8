// The pane writes its findings in its own language (Office's display language, or the author's choice), whatever
// the plan's: an English Word user reviewing a French plan reads English findings, with French suggestions. The
// plan worker's script (plan.worker.ts) is run here as a worker runs it; the pane runs its inline pass.
jest.mock('../../src/taskpane/planWorkerFactory', () => jest.requireActual('./noPlanWorker').noPlanWorker);

import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { findings as catalogue, type Finding, type ParagraphInput } from '../../src/core';
import { planPass } from '../../src/core/plan';
import type { PlanRequest, PlanResponse } from '../../src/taskpane/planPass';
import { App } from '../../src/taskpane/App';
import { FakeHost } from './fakeHost';
import { giveChecksTime, SMALL_FRENCH_PLAN } from './helpers';

giveChecksTime();

const PLAN = SMALL_FRENCH_PLAN;

const vague = (lang: 'fr' | 'en') => catalogue[lang]['vague-term'].verb.replace('{{lemma}}', 'renforcer');

test('the plan worker writes its findings in the messages’ language it is asked, its suggestions in the plan’s', async () => {
  const posted: PlanResponse[] = [];
  const worker = self as unknown as {
    onmessage: ((e: { data: PlanRequest }) => void) | null;
    postMessage: (m: PlanResponse) => void;
  };
  worker.postMessage = (m) => posted.push(m);
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('../../src/taskpane/plan.worker');
  });
  const paragraphs: ParagraphInput[] = PLAN.map((p) => {
    const { text, heading } = typeof p === 'string' ? { text: p, heading: 0 } : p;
    return { text, style: heading ? `Heading ${heading}` : 'Normal', headingLevel: heading, inTable: false, tags: [] };
  });
  const ask = (id: number, messages: 'fr' | 'en') => {
    worker.onmessage!({ data: { id, paragraphs, lang: 'fr', messages } });
    return posted.flatMap((m) => (m.id === id && 'findings' in m ? m.findings : []));
  };
  const en = ask(1, 'en');
  const fr = ask(2, 'fr');
  const missing = (fs: Finding[]) => fs.filter((f) => f.ruleId === 'missing-field');
  expect(missing(en).length).toBeGreaterThan(0);
  // As the core's plan pass writes them: English questions for the English pane, French ones for the French pane.
  expect(en.map((f) => f.message)).toEqual(
    planPass(paragraphs, { lang: 'fr', messages: 'en' }).findings.map((f) => f.message),
  );
  expect(missing(en).map((f) => f.message)).not.toEqual(missing(fr).map((f) => f.message));
  // The suggestions to paste and the labels to write are the French plan's, whatever the pane's language.
  expect(en.map((f) => [f.expected, f.data?.label])).toEqual(fr.map((f) => [f.expected, f.data?.label]));
  const commitments = posted.find((m) => m.id === 1 && 'commitments' in m) as {
    commitments: { verifiableReason?: string }[];
  };
  expect(commitments.commitments[0].verifiableReason).toMatch(/verify/);
});

test('an English pane on a French plan shows English findings, and French ones once switched to French', async () => {
  const host = new FakeHost(PLAN);
  const { rerender } = render(<App host={host} lang="en" />);
  fireEvent.click(screen.getByRole('button', { name: 'Check document' }));
  await waitFor(() => expect(screen.getByText(vague('en'))).toBeTruthy());
  expect(screen.queryByText(vague('fr'))).toBeNull();
  // The author switches the pane to French: the findings are written again in French.
  rerender(<App host={host} lang="fr" />);
  await waitFor(() => expect(screen.getByText(vague('fr'))).toBeTruthy());
  expect(screen.queryByText(vague('en'))).toBeNull();
});
