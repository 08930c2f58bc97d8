// The Word entry page (dist/taskpane.html) outside Word: Office.js is replaced by a stub, or blocked.
import { sessionForFile } from './harness';

jest.setTimeout(60_000);
const s = sessionForFile();

const OFFICE_STUB = `window.Office = {
  context: { displayLanguage: 'en-US', officeTheme: { bodyBackgroundColor: '#262626' }, requirements: { isSetSupported: () => false } },
  onReady: (cb) => { const info = { host: 'Word', platform: 'PC' }; setTimeout(() => cb && cb(info), 0); return Promise.resolve(info); },
  HostType: { Word: 'Word' },
};`;

test('in Word: the display language and dark theme are followed, and a failing Word API gives a message', async () => {
  const page = await s.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.route(/appsforoffice\.microsoft\.com/, (r) =>
    r.fulfill({ contentType: 'text/javascript', body: OFFICE_STUB }),
  );
  await page.goto(`${s.url}/taskpane.html`);
  const pane = page.locator('[data-jalon-pane]');
  await pane.waitFor();
  expect(await pane.getAttribute('lang')).toBe('en');
  expect(await pane.getAttribute('data-theme')).toBe('dark');
  await pane.getByRole('button', { name: 'Check document' }).click();
  // The stub has no Word API: the pane says so in English and stays usable.
  await pane.getByText(/Word could not finish the operation \(read the document\)/).waitFor();
  expect(await pane.getByRole('button', { name: 'Check document' }).isEnabled()).toBe(true);
  expect(errors).toEqual([]);
});

test('without Office.js (offline, blocked) the page explains instead of staying blank', async () => {
  const context = await s.browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await page.route(/appsforoffice\.microsoft\.com/, (r) => r.abort());
  await page.goto(`${s.url}/taskpane.html`);
  await page.getByRole('alert').filter({ hasText: 'Jalon n’a pas pu charger Office.js' }).waitFor();
  await context.close();
});
