// Typed failures of the Word layer. The pane shows `message` (already in the user's language);
// `code` lets it react without parsing text.
import type { Lang } from '../core';

export type WordErrorCode = 'unsupported' | 'stale' | 'not-found';

const MESSAGES: Record<WordErrorCode, Record<Lang, (detail: string) => string>> = {
  unsupported: {
    fr: (api) =>
      `Cette version de Word ne permet pas cette action (${api} manquant). Mettez Word à jour ou utilisez Word sur le web.`,
    en: (api) => `This version of Word cannot do this (${api} is missing). Update Word or use Word on the web.`,
  },
  stale: {
    fr: () => 'Le paragraphe a changé depuis la dernière vérification. Relancez la vérification.',
    en: () => 'The paragraph changed since the last check. Run the check again.',
  },
  'not-found': {
    fr: (what) => `Passage introuvable dans le document : « ${what} ».`,
    en: (what) => `Passage not found in the document: "${what}".`,
  },
};

export class WordHostError extends Error {
  constructor(
    readonly code: WordErrorCode,
    readonly detail: string,
    lang: Lang,
  ) {
    super(MESSAGES[code][lang](detail));
    this.name = 'WordHostError';
  }
}
