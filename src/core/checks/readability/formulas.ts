// Readability formulas, in-house (no npm package computes Kandel-Moles): indicative only.

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/**
 * Syllables of a folded French word: vowel groups, minus a mute final -e or -es after a consonant, or a final
 * -ent; at least one.
 */
export function syllables(norm: string): number {
  let groups = 0;
  let inGroup = false;
  for (const c of norm) {
    const vowel = VOWELS.has(c);
    if (vowel && !inGroup) groups++;
    inGroup = vowel;
  }
  if (groups > 1) {
    const before = norm.endsWith('e') ? norm.at(-2) : norm.endsWith('es') ? norm.at(-3) : undefined;
    if (norm.endsWith('ent') || (before !== undefined && !VOWELS.has(before))) groups--;
  }
  return Math.max(1, groups);
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
