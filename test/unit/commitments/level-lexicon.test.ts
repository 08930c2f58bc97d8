// The lexicon measured beside the level model (scripts/level-lexicon.ts): it finds words tied to the ratings, keeps
// at most MAX_WORDS of them, and the scores the ordinal model is fitted on never come from a lexicon that saw the
// row's own country (the leak the grouped cross-validation guards against).
import { random } from '../../../scripts/level-stats';
import {
  fitLexicon,
  lexiconScore,
  MAX_WORDS,
  MIN_DOCS,
  stackedScores,
  textWords,
  type LexiconRow,
} from '../../../scripts/level-lexicon';

/** `n` countries of 6 commitments; "publish" goes with High, "explore" with Low, 60 other words at random. */
function sample(n: number, seed: number): LexiconRow[] {
  const rand = random(seed);
  const rows: LexiconRow[] = [];
  for (let c = 0; c < n; c++)
    for (let j = 0; j < 6; j++) {
      const specificity = 1 + Math.floor(rand() * 3);
      const words = new Set<string>();
      for (let k = 0; k < 60; k++) if (rand() < 0.3) words.add(`noise${k}`);
      if (specificity === 3 && rand() < 0.8) words.add('publish');
      if (specificity === 1 && rand() < 0.8) words.add('explore');
      rows.push({ country: `c${c}`, specificity, words });
    }
  return rows;
}

describe('level lexicon (measured, not shipped)', () => {
  it('reads words as runs of three letters or more', () => {
    expect(textWords('publish the 2 datasets on a portal')).toEqual(['publish', 'the', 'datasets', 'portal']);
  });

  it('weighs the words tied to the ratings, with their sign, and few others', () => {
    const lexicon = fitLexicon(sample(20, 1));
    expect(lexicon.get('publish')).toBeGreaterThan(0.3);
    expect(lexicon.get('explore')).toBeLessThan(-0.3);
    expect(lexicon.size).toBeLessThanOrEqual(MAX_WORDS);
    const strongest = [...lexicon].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 2);
    expect(strongest.map(([w]) => w).sort()).toEqual(['explore', 'publish']);
    expect(lexiconScore(lexicon, ['publish', 'unknown'])).toBe(lexicon.get('publish'));
  });

  it('keeps no word fewer than MIN_DOCS commitments use', () => {
    const rows = sample(20, 2);
    rows.slice(0, MIN_DOCS - 1).forEach((r) => (r.words as Set<string>).add('rare'));
    rows.slice(0, MIN_DOCS - 1).forEach((r) => (r.specificity = 3));
    expect(fitLexicon(rows).has('rare')).toBe(false);
  });

  it("scores each row with a lexicon that never saw the row's country", () => {
    // A word only one country uses, always with High: a lexicon that saw that country could weigh it; the stacked
    // scores of that country's rows must not move when the word is taken out.
    const rows = sample(20, 3);
    for (let i = 0; i < MIN_DOCS + 2; i++) rows.push({ country: 'c0', specificity: 3, words: new Set(['only']) });
    // Fitted on every row, the lexicon takes the word: the test below is not empty.
    expect(fitLexicon(rows).get('only')).toBeGreaterThan(0);
    const strata = rows.map((r) => `s${r.specificity}`);
    const withWord = stackedScores(rows, strata, 7);
    const without = stackedScores(
      rows.map((r) => ({ ...r, words: new Set([...r.words].filter((w) => w !== 'only')) })),
      strata,
      7,
    );
    rows.forEach((r, i) => {
      if (r.country === 'c0') expect(withWord[i]).toBeCloseTo(without[i], 12);
    });
  });
});
