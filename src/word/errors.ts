// Typed failures of the Word layer. The pane shows `message` (already in the user's language, from the catalogue's
// host namespace); `code` lets it react without parsing text.
import { host as messages, translator, type Lang } from '../core';

export type WordErrorCode = 'unsupported' | 'stale' | 'not-found' | 'too-large';

const KEYS: Record<WordErrorCode, { key: string; slot: string }> = {
  unsupported: { key: 'errors.unsupported', slot: 'api' },
  stale: { key: 'errors.stale', slot: 'what' },
  'not-found': { key: 'errors.notFound', slot: 'what' },
  'too-large': { key: 'errors.tooLarge', slot: 'what' },
};

export class WordHostError extends Error {
  constructor(
    readonly code: WordErrorCode,
    readonly detail: string,
    lang: Lang,
  ) {
    const { key, slot } = KEYS[code];
    super(translator(messages, lang)(key, { [slot]: detail }));
    this.name = 'WordHostError';
  }
}
