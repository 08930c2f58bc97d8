// The pane's i18next, fed from the core's message catalogue (src/core/messages): the pane's own words and the
// findings' and fields' texts it shows.
import i18next, { type TFunction } from 'i18next';
import { pane, type Lang } from '../core';

const i18n = i18next.createInstance();
void i18n.init({
  resources: { fr: { translation: pane.fr }, en: { translation: pane.en } },
  lng: 'fr',
  fallbackLng: 'fr',
  supportedLngs: ['fr', 'en'],
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false,
  returnNull: false,
  showSupportNotice: false,
});

export type T = TFunction;

/** The pane's languages, in the order of its switch. */
export const LANGS: Lang[] = ['fr', 'en'];

export function translator(lang: Lang): TFunction {
  return i18n.getFixedT(lang);
}

/** Office's display language ("fr-FR", "en-US", "de-DE"...) to one of ours: French unless it is English. */
export function pickLang(displayLanguage: string | undefined): Lang {
  return displayLanguage && /^en\b/i.test(displayLanguage) ? 'en' : 'fr';
}
