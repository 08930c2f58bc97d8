// Milestones typed a line each in the Commitment tab (Enter between them) are saved one paragraph a line into the
// demo's document, and read back as that many milestones: « Several dated milestones » is earned (audit16, 7).
jest.mock('../../src/taskpane/planWorkerFactory', () => ({
  createPlanWorker: () => {
    throw new Error('no worker in jsdom');
  },
}));

import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { DemoDocument } from '../../src/demo/DemoDocument';
import { App } from '../../src/taskpane/App';
import { openTab } from './openTab';

configure({ asyncUtilTimeout: 15_000 });
jest.setTimeout(60_000);

const LINES = [
  'Publish the equity data inventory – March 2023 – Subcommittee on Equitable Data',
  'Release the first disaggregated datasets – June 2023 – Subcommittee on Equitable Data',
  'Report on the use of the datasets – December 2023 – Subcommittee on Equitable Data',
];

const STEPS = 'Split the commitment into at least two dated steps.';

test('three milestones typed a line each are written a paragraph each and read back as three', async () => {
  const host = new DemoDocument([
    { text: 'Commitment 1: Improve equitable data', heading: 2 },
    { text: 'The Office of Science and Technology Policy will publish an inventory of equitable data.' },
  ]);
  render(<App host={host} lang="en" />);
  fireEvent.click(screen.getByRole('button', { name: 'Check document' }));
  await waitFor(
    () => expect((screen.getByRole('button', { name: 'Check again' }) as HTMLButtonElement).disabled).toBe(false),
    { timeout: 15000 },
  );
  await openTab('Commitment');
  const card = screen.getByRole('article');
  expect(within(card).getByText(STEPS, { exact: false })).toBeTruthy();
  // Enter and Shift+Enter both give a line end in the box.
  fireEvent.change(within(card).getByLabelText('Milestones'), { target: { value: LINES.join('\n') } });
  fireEvent.click(within(card).getByRole('button', { name: 'Save into the document' }));
  await screen.findByText('1 field written into the document.');
  const first = host.paragraphs.findIndex((p) => p.tag === 'jalon:milestones');
  expect(host.paragraphs.slice(first).map((p) => [p.text, p.tag])).toEqual(LINES.map((l) => [l, 'jalon:milestones']));
  expect(host.paragraphs[first - 1].text).toBe('Milestones');
  // The check after the write reads three milestones: the point for several dated milestones is earned.
  await waitFor(() => expect(within(screen.getByRole('article')).queryByText(STEPS, { exact: false })).toBeNull());
});
