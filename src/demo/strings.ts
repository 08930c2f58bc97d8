// The demo page's own words (the pane has its catalogue in src/taskpane/i18n.ts).
import type { Lang } from '../core';

export const DEMO_STRINGS: Record<
  Lang,
  Record<'title' | 'intro' | 'document' | 'pane' | 'notes' | 'comments' | 'other', string>
> = {
  fr: {
    title: 'Jalon — démonstration',
    intro:
      'Un projet de plan d’action fictif, modifiable, et le volet Jalon tel qu’il s’affiche dans Word. Rien ne quitte votre navigateur.',
    document: 'Projet de plan d’action (document de démonstration, modifiable)',
    pane: 'Volet Jalon',
    notes: 'Notes de bas de page',
    comments: 'Commentaires de Jalon',
    other: 'English',
  },
  en: {
    title: 'Jalon — demo',
    intro:
      'An invented, editable draft action plan (in French) and the Jalon pane as Word shows it. Nothing leaves your browser.',
    document: 'Draft action plan (demo document, editable)',
    pane: 'Jalon pane',
    notes: 'Footnotes',
    comments: 'Jalon comments',
    other: 'Français',
  },
};

/** ?lang=en|fr wins, else the browser's language; French unless the browser asks for English. */
export function demoLang(search: string, languages: readonly string[]): Lang {
  const q = new URLSearchParams(search).get('lang');
  if (q === 'en' || q === 'fr') return q;
  const first = languages.find((l) => /^(en|fr)\b/i.test(l));
  return first && /^en/i.test(first) ? 'en' : 'fr';
}
