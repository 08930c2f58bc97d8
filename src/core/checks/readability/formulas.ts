// Readability formulas, in-house (no npm package computes Kandel-Moles): indicative only.

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
