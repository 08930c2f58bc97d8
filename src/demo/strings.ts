// The demo page's language and words (its words are the catalogue's demo namespace, src/core/messages/demo.ts).
import { demo, translator, type Lang } from '../core';

/** The demo page's translate function: demoText('en')('title'). */
export const demoText = (lang: Lang) => translator(demo, lang);

/** ?lang=en|fr wins, else the browser's language; French unless the browser asks for English. */
export function demoLang(search: string, languages: readonly string[]): Lang {
  const q = new URLSearchParams(search).get('lang');
  if (q === 'en' || q === 'fr') return q;
  const first = languages.find((l) => /^(en|fr)\b/i.test(l));
  return first && /^en/i.test(first) ? 'en' : 'fr';
}
