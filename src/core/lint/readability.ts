// French readability, in-house (no npm package computes Kandel-Moles): formulas are indicative.

// a e i o u y, by char code: a loop instead of a regular expression per word (hot path).
function isVowel(c: number): boolean {
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;
}

/** Syllables of a folded French word: vowel groups, minus a mute final -e / -es / -ent. */
export function syllablesFr(norm: string): number {
  let n = 0;
  let inGroup = false;
  for (let i = 0; i < norm.length; i++) {
    const v = isVowel(norm.charCodeAt(i));
    if (v && !inGroup) n++;
    inGroup = v;
  }
  if (n > 1) {
    const len = norm.length;
    const muteAt = norm.endsWith('ent') ? len - 3 : norm.endsWith('es') ? len - 2 : norm.endsWith('e') ? len - 1 : -1;
    if (muteAt > 0 && !isVowel(norm.charCodeAt(muteAt - 1))) n--;
  }
  return Math.max(1, n);
}

/** Kandel & Moles (1958): 207 − 1.015 × words/sentence − 73.6 × syllables/word; higher is easier. */
export function kandelMoles(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 0;
  return 207 - 1.015 * (words / sentences) - 73.6 * (syllables / words);
}

/** LIX: words/sentence + 100 × (words longer than 6 letters)/words. */
export function lix(words: number, sentences: number, longWords: number): number {
  if (words === 0 || sentences === 0) return 0;
  return words / sentences + (100 * longWords) / words;
}
