// Where the keyboard's focus goes when an action removes or disables what held it: a screen reader's user must
// keep their place (the pane's audit: after « Vérifier le document » and « Ignorer cette occurrence », the
// focus fell to the page's body).
jest.mock('../../src/taskpane/planWorkerFactory', () => ({
  createPlanWorker: () => {
    throw new Error('no worker in jsdom');
  },
}));
jest.mock('../../src/core', () => jest.requireActual('./fakeEngine').core());
jest.mock('../../src/core/plan', () => jest.requireActual('./fakeEngine').plan);

import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { FakeHost, PLAN } from './fakeHost';

configure({ asyncUtilTimeout: 15_000 });
jest.setTimeout(60_000);

// A browser takes the focus away from a control that becomes disabled (its focus fixup: the body has it then);
// jsdom does not, and will not blur a disabled control, so the tests move it to the body as Chromium would.
let observer: MutationObserver;
beforeEach(() => {
  observer = new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target as HTMLButtonElement;
      if (el === document.activeElement && el.disabled) {
        const sink = document.body.appendChild(document.createElement('input'));
        sink.focus();
        sink.remove();
      }
    }
  });
  observer.observe(document.body, { attributes: true, attributeFilter: ['disabled'], subtree: true });
});
afterEach(() => observer.disconnect());

async function checkedWithKeyboard(host: FakeHost) {
  render(<App host={host} lang="fr" />);
  const button = screen.getByRole('button', { name: 'Vérifier le document' });
  button.focus();
  fireEvent.click(button); // Enter on a focused button
  const again = await screen.findByRole('button', { name: 'Revérifier' });
  await waitFor(() => expect((again as HTMLButtonElement).disabled).toBe(false));
  return again;
}

test('after a check started from the keyboard, the check button has the focus again', async () => {
  const again = await checkedWithKeyboard(new FakeHost(PLAN));
  await waitFor(() => expect(document.activeElement).toBe(again));
});

test('ignoring an occurrence selects the next finding, whose line takes the focus; the counter stays', async () => {
  const host = new FakeHost(PLAN);
  await checkedWithKeyboard(host);
  // The first « renforcer » (finding 2 of 5 in document order); the next one is « open data », just after it.
  const lines = screen.getAllByRole('button', { name: /^renforcer.*Verbe terne/ });
  fireEvent.click(lines[0]);
  expect(await screen.findByText('Remarque 2 sur 5')).toBeTruthy();
  const ignore = screen.getByRole('button', { name: 'Ignorer cette occurrence' });
  ignore.focus();
  fireEvent.click(ignore);
  await waitFor(() => expect(screen.getByText('4 remarques', { selector: 'strong' })).toBeTruthy());
  await waitFor(() => expect(document.activeElement).not.toBe(document.body));
  const focused = document.activeElement as HTMLElement;
  expect(focused.getAttribute('aria-current')).toBe('true');
  expect(focused.textContent).toMatch(/^open data/);
  // The finding selected is the one after the ignored one, in the document too.
  const p = host.paras.find((x) => x.id === host.selection!.paragraphId)!;
  expect(p.text.slice(host.selection!.start, host.selection!.end)).toBe('open data');
  expect(screen.getByText('Remarque 2 sur 4')).toBeTruthy();
  expect(screen.getByRole('region', { name: 'Détail de la remarque' })).toBeTruthy();
});

test('« Annuler le dernier « Ignorer » » shows again the last finding ignored only, which takes the focus', async () => {
  const host = new FakeHost(PLAN);
  await checkedWithKeyboard(host);
  fireEvent.click(screen.getAllByRole('button', { name: /^renforcer.*Verbe terne/ })[0]);
  fireEvent.click(await screen.findByRole('button', { name: 'Ignorer cette occurrence' }));
  // « open data » is selected next; ignore it too.
  await screen.findByText('Remarque 2 sur 4');
  fireEvent.click(screen.getByRole('button', { name: 'Ignorer cette occurrence' }));
  await waitFor(() => expect(screen.getByText('3 remarques', { selector: 'strong' })).toBeTruthy());
  expect(screen.getByRole('button', { name: 'Rétablir toutes les remarques ignorées (2)' })).toBeTruthy();
  const undo = screen.getByRole('button', { name: 'Annuler le dernier « Ignorer »' });
  undo.focus();
  fireEvent.click(undo);
  await waitFor(() => expect(screen.getByText('4 remarques', { selector: 'strong' })).toBeTruthy());
  await waitFor(() => expect((document.activeElement as HTMLElement).textContent).toMatch(/^open data/));
  expect(screen.getByText('Remarque 2 sur 4')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Rétablir la remarque ignorée' })).toBeTruthy();
  // Then the first one; nothing is left to undo.
  fireEvent.click(screen.getByRole('button', { name: 'Annuler le dernier « Ignorer »' }));
  await waitFor(() => expect(screen.getByText('5 remarques', { selector: 'strong' })).toBeTruthy());
  await waitFor(() => expect((document.activeElement as HTMLElement).textContent).toMatch(/^renforcer/));
  expect(screen.getByText('Remarque 2 sur 5')).toBeTruthy();
  expect(screen.queryByRole('button', { name: /Annuler le dernier|Rétablir/ })).toBeNull();
});
