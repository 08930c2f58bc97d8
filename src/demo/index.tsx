// The demo page: the sample draft on the left, the real task pane on the right, no Word needed.
import '../taskpane/fabricConfig';
import { createRoot } from 'react-dom/client';
import { App } from '../taskpane/App';
import { TEMPLATE_FIELDS } from '../core';
import { DemoDocument } from './DemoDocument';
import { DemoDocumentView } from './view';
import { samplePlan } from './sample';
import { DEMO_CSS } from './styles';
import { demoLang, demoText } from './strings';

declare global {
  interface Window {
    /** For the browser tests and curious developers: the in-memory document behind the page. */
    __jalonDemo?: {
      host: DemoDocument;
      getText: () => string;
      getHighlights: () => { paragraphId: string; start: number; end: number; kind: string; text: string }[];
    };
  }
}

const lang = demoLang(location.search, navigator.languages ?? [navigator.language]);
const theme =
  new URLSearchParams(location.search).get('theme') === 'dark' || matchMedia?.('(prefers-color-scheme: dark)').matches
    ? 'dark'
    : 'light';
const t = demoText(lang);

const style = document.createElement('style');
style.textContent = DEMO_CSS;
document.head.appendChild(style);
document.documentElement.lang = lang;
document.title = t('title');
document.body.dataset.theme = theme;

const other = lang === 'fr' ? 'en' : 'fr';
document.body.innerHTML = `
  <div class="demo">
    <header class="demo-bar">
      <h1></h1><p class="demo-intro"></p><a class="demo-lang" lang="${other}" href="?lang=${other}"></a>
    </header>
    <main class="demo-main">
      <section class="demo-doc" aria-label=""><div class="page" lang="${lang}"></div></section>
      <aside class="demo-pane" aria-label=""><div id="root"></div></aside>
    </main>
  </div>`;
document.querySelector('.demo-bar h1')!.textContent = t('title');
document.querySelector('.demo-intro')!.textContent = t('intro');
document.querySelector('.demo-lang')!.textContent = t('other');
document.querySelector('.demo-doc')!.setAttribute('aria-label', t('document'));
document.querySelector('.demo-pane')!.setAttribute('aria-label', t('pane'));

const host = new DemoDocument(samplePlan(lang));
new DemoDocumentView(host, document.querySelector<HTMLElement>('.page')!, {
  documentLabel: t('document'),
  notes: t('notes'),
  comments: t('comments'),
  note: (before, text) => t('note', { before, text }),
  comment: (quoted, text) => t('comment', { quoted, text }),
  fieldLabel: (tag) => TEMPLATE_FIELDS.find((f) => `jalon:${f.id}` === tag)?.label[lang] ?? tag,
});

window.__jalonDemo = {
  host,
  getText: () => host.text(),
  getHighlights: () =>
    host.highlights.map((h) => ({
      paragraphId: h.paragraphId,
      start: h.start,
      end: h.end,
      kind: h.kind,
      text: host.paragraphs.find((p) => p.id === h.paragraphId)?.text.slice(h.start, h.end) ?? '',
    })),
};

createRoot(document.getElementById('root')!).render(<App host={host} lang={lang} theme={theme} />);
