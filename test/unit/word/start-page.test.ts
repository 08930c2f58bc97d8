/**
 * @jest-environment jsdom
 */
// The pane page's start script: ES5 only (it runs in Internet Explorer 11 and the old Edge), it shows the page's
// message in French and English where the pane cannot run, and loads the pane only where it can. Run on the page
// as webpack builds it (src/taskpane/page.cjs), under the user agent of every host profile.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';
import { host } from '../../../src/core';
import { ALL_PROFILES } from './fakeWord';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the page template is CommonJS, shared with webpack
const { panePage, csp } = require('../../../src/taskpane/page.cjs') as {
  panePage: (o: { scripts: string[]; dev: boolean; messages: typeof host }) => string;
  csp: (dev: boolean) => string;
};

const START = readFileSync(join(__dirname, '../../../src/taskpane/start.js'), 'utf8');
const PANE = ['taskpane.js'];

/** Loads the built page into the document under a user agent and runs the start script as the browser would. */
function open(userAgent: string, language = 'fr-FR', before?: () => void) {
  document.documentElement.innerHTML = panePage({ scripts: PANE, dev: false, messages: host })
    .replace(/^<!doctype html>\s*<html[^>]*>/i, '')
    .replace(/<\/html>\s*$/, '');
  Object.defineProperty(window.navigator, 'userAgent', { value: userAgent, configurable: true });
  Object.defineProperty(window.navigator, 'language', { value: language, configurable: true });
  before?.();
  (0, eval)(START);
  const box = document.getElementById('jalon-unsupported')!;
  return {
    shown: !box.hasAttribute('hidden'),
    reason: box.getAttribute('data-reason'),
    first: box.firstElementChild?.getAttribute('lang'),
    text: box.textContent ?? '',
    loaded: [...document.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')),
    root: document.getElementById('root'),
  };
}

test('the start script is ES5: acorn parses it at ecmaVersion 5 (and refuses ES2015, so the test can fail)', () => {
  expect(() => parse(START, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
  expect(() => parse('var f = () => 1;', { ecmaVersion: 5, sourceType: 'script' })).toThrow();
  expect(() => parse('f(a, b,);', { ecmaVersion: 5, sourceType: 'script' })).toThrow(); // a formatter's trailing comma
});

describe.each(ALL_PROFILES.map((p) => [p.label, p] as const))('%s', (_label, profile) => {
  const old = profile.webview === 'trident' || profile.webview === 'edgehtml';
  test(old ? 'shows what to do, in French and English, and loads nothing' : 'loads the pane, says nothing', () => {
    const page = open(profile.userAgent);
    expect(page.shown).toBe(old);
    if (old) {
      expect(page.reason).toBe(profile.webview);
      for (const lang of ['fr', 'en'] as const) {
        const m = host[lang].startPage;
        for (const line of [m.title, m.web, m.upgrade, m.cli]) expect(page.text).toContain(line);
      }
      expect(page.loaded).not.toContain('taskpane.js');
      expect(page.root).toBeNull();
    } else {
      expect(page.loaded).toContain('taskpane.js');
      expect(page.root).not.toBeNull();
    }
  });
});

test('puts the reader’s language first', () => {
  expect(open(ALL_PROFILES.find((p) => p.webview === 'trident')!.userAgent, 'en-US').first).toBe('en');
  expect(open(ALL_PROFILES.find((p) => p.webview === 'trident')!.userAgent, 'fr-FR').first).toBe('fr');
});

test('shows the message on a webview too old for the core’s patterns (RegExp lookbehind), whatever it calls itself', () => {
  const RealRegExp = window.RegExp;
  const page = open(ALL_PROFILES.find((p) => p.webview === 'wkwebview')!.userAgent, 'fr-FR', () => {
    window.RegExp = function (source: string, flags?: string) {
      if (source.includes('(?<')) throw new SyntaxError('Invalid regular expression: invalid group specifier name');
      return new RealRegExp(source, flags);
    } as unknown as RegExpConstructor;
  });
  window.RegExp = RealRegExp;
  expect(page).toMatchObject({ shown: true, reason: 'old' });
  expect(page.loaded).not.toContain('taskpane.js');
});

test('the Content-Security-Policy allows Office.js from both of Microsoft’s documented CDN hosts, and nothing else', () => {
  const scriptSrc = csp(false)
    .split('; ')
    .find((d) => d.startsWith('script-src'))!;
  expect(scriptSrc).toBe(
    "script-src 'self' https://appsforoffice.microsoft.com https://officeapis.public.onecdn.static.microsoft",
  );
});
