// The Word entry point: wait for Office, wrap the document, pick the user's language and theme, render the pane.
import './fabricConfig';
import { createRoot } from 'react-dom/client';
import { WordDocument } from '../word';
import { App } from './App';
import { pickLang } from './i18n';
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

Office.onReady(() => {
  const lang = pickLang(Office.context?.displayLanguage);
  const theme = officeTheme();
  document.documentElement.lang = lang;
  if (theme === 'dark') document.body.style.background = '#1f1f1f';
  mount((el) => {
    createRoot(el).render(<App host={new WordDocument()} lang={lang} theme={theme} />);
  });
});
