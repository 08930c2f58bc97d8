// The Word entry point: wait for Office, wrap the document, pick the user's language and theme, render the pane.
import './fabricConfig';
import { createRoot } from 'react-dom/client';
import { WordDocument } from '../word';
import { App } from './App';
import { pickLang, translator } from './i18n';
import { isDarkColour } from './theme';

function officeTheme(): 'light' | 'dark' {
  try {
    return isDarkColour(Office.context.officeTheme?.bodyBackgroundColor) ? 'dark' : 'light';
  } catch {
    return 'light'; // officeTheme is missing on some hosts (Word on the web before 2023, Mac)
  }
}

function mount(render: (root: HTMLElement) => void): void {
  const root = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
  render(root);
}

function officeMissing(): void {
  // Office.js comes from Microsoft's CDN; without it (offline, blocked) say so instead of a blank pane.
  const lang = pickLang(navigator.language);
  document.documentElement.lang = lang;
  mount((el) => {
    el.setAttribute('role', 'alert');
    el.style.padding = '12px';
    el.style.fontFamily = 'Segoe UI, sans-serif';
    el.textContent = translator(lang)('errors.officeMissing');
  });
}

function start(): void {
  const lang = pickLang(Office.context?.displayLanguage);
  const theme = officeTheme();
  document.documentElement.lang = lang;
  if (theme === 'dark') document.body.style.background = '#1f1f1f';
  mount((el) => {
    createRoot(el).render(<App host={new WordDocument({ lang })} lang={lang} theme={theme} />);
  });
}

if (typeof Office === 'undefined') officeMissing();
else void Office.onReady(start);
