// The commitment card's form asks for what the commitment lacks, and never says "missing" beside a tick of the
// checklist for the same thing.
import { fireEvent, render, screen } from '@testing-library/react';
import type { Commitment } from '../../src/core';
import { MissingFieldsForm } from '../../src/taskpane/components/commitment/MissingFieldsForm';
import { UiContext } from '../../src/taskpane/components/ui';
import { translator } from '../../src/taskpane/i18n';
import { paneStyles } from '../../src/taskpane/styles';
import { lightTheme } from '../../src/taskpane/theme';

function commitment(endDate: boolean): Commitment {
  return {
    index: 0,
    title: 'Open contracting',
    start: 0,
    end: 10,
    firstParagraph: 0,
    lastParagraph: 3,
    fields: {},
    missing: ['indicator', 'calendar'],
    score: 5,
    maxScore: 21,
    level: 'low',
    checklist: [{ id: 'end-date', label: 'An end date', earned: endDate, points: 1, howToEarn: '' }],
  } as unknown as Commitment;
}

function form(e: Commitment) {
  return render(
    <UiContext.Provider value={{ t: translator('en'), css: paneStyles(lightTheme) }}>
      <MissingFieldsForm commitment={e} onSave={async () => false} />
    </UiContext.Provider>,
  );
}

test('the calendar is not asked for as missing when the checklist has earned an end date', () => {
  const labels = (e: Commitment) => {
    const view = form(e);
    const found = screen
      .getAllByRole('textbox')
      .map((x) => x.closest('.ms-TextField')?.querySelector('label')?.textContent);
    view.unmount();
    return found;
  };
  const without = labels(commitment(false));
  expect(without).toHaveLength(2);
  expect(without.some((l) => /calendar/i.test(l ?? ''))).toBe(true);
  const withEnd = labels(commitment(true));
  expect(withEnd).toHaveLength(1);
  expect(withEnd.some((l) => /calendar/i.test(l ?? ''))).toBe(false);
});

test('every answer wraps as it grows; a one-paragraph field keeps a pasted answer on one line', () => {
  form(commitment(false));
  const boxes = screen.getAllByRole('textbox');
  expect(boxes.map((b) => b.tagName)).toEqual(['TEXTAREA', 'TEXTAREA']);
  const calendar = boxes.find((b) =>
    /calendar/i.test(b.closest('.ms-TextField')?.querySelector('label')?.textContent ?? ''),
  )!;
  fireEvent.change(calendar, { target: { value: 'From January 2025\nto December 2026' } });
  expect((calendar as HTMLTextAreaElement).value).toBe('From January 2025 to December 2026');
});

test('the last answers saved, the keyboard goes to « Every expected field is present », not to the page', async () => {
  const e = commitment(false);
  const ui = { t: translator('en'), css: paneStyles(lightTheme) };
  const onSave = async () => true;
  const view = render(
    <UiContext.Provider value={ui}>
      <MissingFieldsForm commitment={e} onSave={onSave} />
    </UiContext.Provider>,
  );
  const save = screen.getByRole('button', { name: 'Save into the document' });
  save.focus();
  fireEvent.click(save);
  // The check that follows the write finds nothing missing: the form goes.
  view.rerender(
    <UiContext.Provider value={ui}>
      <MissingFieldsForm commitment={{ ...e, missing: [] }} onSave={onSave} />
    </UiContext.Provider>,
  );
  expect(document.activeElement).toBe(screen.getByText('Every expected field is present.'));
});
