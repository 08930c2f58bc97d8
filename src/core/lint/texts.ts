// A finding's message and note depend only on a few words: the words flagged and the term. A plan repeats the same
// vague forms thousands of times (« renforcera », « mise en place »), so each text is written once per translator
// and shared by every finding that says it, instead of every finding carrying its own copy of the same sentences
// (speed shortcut, see DEVELOPERS.md: those copies were most of what the collector had to move during a check).
import type { Translate } from '../messages/translate';

/** Rendered texts by key, then by the words flagged, then by the term; and the words flagged themselves. */
interface Shared {
  texts: Map<string, Map<string, Map<string, string>>>;
  words: Map<string, string>;
}

const remembered = new WeakMap<object, Shared>();

function sharedFor(owner: object): Shared {
  let shared = remembered.get(owner);
  if (shared === undefined) remembered.set(owner, (shared = { texts: new Map(), words: new Map() }));
  return shared;
}

/** The words flagged (a finding's `actual`), one string for every finding of the same words. */
export function sharedWords(owner: object, words: string): string {
  const known = sharedFor(owner).words;
  const word = known.get(words);
  if (word !== undefined) return word;
  known.set(words, words);
  return words;
}

/**
 * `t(key, { actual, lemma })`, rendered once for `owner` (the translator itself: one per messages' language, its
 * wording does not change) and the same words. Only for texts whose slots are `actual` and `lemma`.
 */
export function sharedText(owner: object, t: Translate, key: string, actual: string, lemma = ''): string {
  const byKey = sharedFor(owner).texts;
  let byActual = byKey.get(key);
  if (byActual === undefined) byKey.set(key, (byActual = new Map()));
  let byLemma = byActual.get(actual);
  if (byLemma === undefined) byActual.set(actual, (byLemma = new Map()));
  let text = byLemma.get(lemma);
  if (text === undefined) byLemma.set(lemma, (text = t(key, { actual, lemma })));
  return text;
}
