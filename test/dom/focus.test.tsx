// Where the keyboard's focus goes when an action removes or disables what held it: a screen reader's user must
// keep their place (the pane's audit: after « Vérifier le document » and « Ignorer cette occurrence », the
// focus fell to the page's body).
jest.mock('../../src/taskpane/planWorkerFactory', () => jest.requireActual('./noPlanWorker').noPlanWorker);
jest.mock('../../src/core', () => jest.requireActual('./fakeEngine').core());
jest.mock('../../src/core/plan', () => jest.requireActual('./fakeEngine').plan);

import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { FakeHost, PLAN } from './fakeHost';
import { checkAgainButton, checkOver, giveChecksTime } from './helpers';

giveChecksTime();

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
  await checkOver();
  return checkAgainButton();
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

/** Presses `name` (a button of the selected finding's details, or of the status) from the keyboard. */
async function press(name: string | RegExp) {
  const button = await screen.findByRole('button', { name });
  button.focus();
  fireEvent.click(button);
}

const focusedLine = () => {
  const el = document.activeElement as HTMLElement;
  return el.id.startsWith('jalon-f-') ? el.textContent : `not a finding's line: <${el.tagName}> ${el.textContent}`;
};

test('ignoring the last finding of the list: the one before it takes the focus, and the pane says so', async () => {
  await checkedWithKeyboard(new FakeHost(PLAN));
  fireEvent.click(screen.getByRole('button', { name: /^Engagement 2 : registre des lobbies · / }));
  expect(await screen.findByText('Remarque 5 sur 5')).toBeTruthy();
  await press('Ignorer cette occurrence');
  await waitFor(() => expect(screen.getByText('4 remarques', { selector: 'strong' })).toBeTruthy());
  await waitFor(() => expect(focusedLine()).toMatch(/^renforcer/));
  expect(document.activeElement!.getAttribute('aria-current')).toBe('true');
  expect(screen.getByText('Remarque 4 sur 4')).toBeTruthy();
  expect(await screen.findByText('1 remarque ignorée. Il reste 4 remarques.')).toBeTruthy();
});

test('ignoring every finding: the focus goes to the « no findings » message; undoing brings it back to the finding', async () => {
  await checkedWithKeyboard(new FakeHost(PLAN));
  fireEvent.click(screen.getByRole('button', { name: /^promouvoir/ }));
  for (let left = 4; left >= 1; left--) {
    await press('Ignorer cette occurrence');
    await waitFor(() => expect(document.querySelectorAll('[id^="jalon-f-"]')).toHaveLength(left));
    await waitFor(() => expect(focusedLine()).not.toMatch(/^not a finding/));
  }
  await press('Ignorer cette occurrence');
  await waitFor(() =>
    expect(document.activeElement!.textContent).toBe('Plus aucune remarque à afficher : 5 remarques ignorées.'),
  );
  expect(await screen.findByText('1 remarque ignorée. Il ne reste aucune remarque.')).toBeTruthy();
  await press('Annuler le dernier « Ignorer »');
  await waitFor(() => expect(focusedLine()).toMatch(/^Engagement 2 : registre des lobbies/));
  expect(await screen.findByText('1 remarque rétablie. Il reste 1 remarque.')).toBeTruthy();
  await press(/^Rétablir toutes les remarques ignorées/);
  await waitFor(() => expect(screen.getByText('5 remarques', { selector: 'strong' })).toBeTruthy());
  await waitFor(() => expect(focusedLine()).toMatch(/^Engagement 2 : registre des lobbies/));
  expect(await screen.findByText('4 remarques rétablies. Il reste 5 remarques.')).toBeTruthy();
});

test('ignoring whole rules (grouped by rule): the focus goes to the nearest finding left, then to the message', async () => {
  await checkedWithKeyboard(new FakeHost(PLAN));
  fireEvent.click(screen.getByRole('button', { name: 'Règle', pressed: false }));
  // The last « renforcer »: its rule holds three findings, the last but one of the document.
  fireEvent.click(screen.getAllByRole('button', { name: /^renforcer/ })[1]);
  await press(/^Ignorer la règle « Verbes flous/);
  await waitFor(() => expect(focusedLine()).toMatch(/^Engagement 2 : registre des lobbies/));
  expect(await screen.findByText('3 remarques ignorées. Il reste 2 remarques.')).toBeTruthy();
  // The last finding's rule: the one before it takes the focus.
  await press(/^Ignorer la règle « Champs manquants/);
  await waitFor(() => expect(focusedLine()).toMatch(/^open data/));
  expect(await screen.findByText('1 remarque ignorée. Il reste 1 remarque.')).toBeTruthy();
  await press(/^Ignorer la règle « Jargon/);
  await waitFor(() =>
    expect(document.activeElement!.textContent).toBe('Plus aucune remarque à afficher : 5 remarques ignorées.'),
  );
  expect(await screen.findByText('1 remarque ignorée. Il ne reste aucune remarque.')).toBeTruthy();
});

test('a finding resolved by its definition: the next finding takes the focus, and the pane says the first is gone', async () => {
  const host = new FakeHost(PLAN);
  // The definition replaces the jargon (as an author would write « données ouvertes » instead).
  host.addFootnote = async () => {
    host.paras[3].text = 'Nous allons renforcer les données ouvertes et renforcer la participation.';
  };
  await checkedWithKeyboard(host);
  fireEvent.click(screen.getByRole('button', { name: /^open data/ }));
  expect(await screen.findByText('Remarque 3 sur 5')).toBeTruthy();
  await press('Insérer la définition en note de bas de page');
  await waitFor(() => expect(screen.getByText('4 remarques', { selector: 'strong' })).toBeTruthy());
  await waitFor(() => expect(focusedLine()).toMatch(/^renforcer/));
  expect(screen.getByText('Remarque 3 sur 4')).toBeTruthy();
  expect(
    await screen.findByText('La remarque ne s’applique plus au texte modifié. Il reste 4 remarques.'),
  ).toBeTruthy();
});

test('what an action said goes when the author checks again (the audit: « 1 remarque rétablie » stayed)', async () => {
  await checkedWithKeyboard(new FakeHost(PLAN));
  fireEvent.click(screen.getByRole('button', { name: /^promouvoir/ }));
  await press('Ignorer cette occurrence');
  expect(await screen.findByText('1 remarque ignorée. Il reste 4 remarques.')).toBeTruthy();
  await press('Revérifier');
  await waitFor(() => expect(screen.getByText('4 remarques', { selector: 'strong' })).toBeTruthy());
  await waitFor(() => expect(screen.queryByText('1 remarque ignorée. Il reste 4 remarques.')).toBeNull());
});
