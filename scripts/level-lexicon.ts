// The level's lexicon: a few words whose presence in a commitment's text raises or lowers its score, learned from
// the IRM's ratings by an L1-penalised (lasso) regression on word presence.
//
// Which words may enter: the words of the OGP's and IRM's own guidance (../shared/domain/ogp-reference.md and
// irm-indicators.json, written by them, not chosen by us after seeing the ratings) that at least MIN_DOCS of the
// training commitments use. Other candidate sources were measured and not kept (see the report of issue 13):
// every word of the texts (country names and chance words; out of fold 0.27-0.29 alone, +0.01 beside the
// counts), the stems of Jalon's own cue lists (0.18-0.21 alone, nothing beside the counts).
// Everything here is fitted inside the training part it is given: the vocabulary, the weights, and the scores the
// ordinal model sees for its own training rows (each from a lexicon that did not see that row's country).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { groupedFolds } from './level-stats';

/** Words too common to mean anything for the level (never candidates). */
const STOPWORDS = new Set(
  'the and for with will this that from are was were has have been its their they which who into also other such more than not all any can may our your these those there them then when what how per via use used using one two new'.split(
    ' ',
  ),
);

/** The words of a folded (lower-case, accent-folded) text as the lexicon reads them: runs of three or more letters. */
export const textWords = (folded: string): string[] => folded.match(/[a-z]{3,}/g) ?? [];

const DOMAIN = join(__dirname, '../../shared/domain');
/** A word must be used by at least this many training commitments to enter. */
export const MIN_DOCS = 10;
/** The lasso's penalty (standardised presence, target in levels), raised until at most MAX_WORDS are kept. */
export const ALPHA = 0.02;
export const MAX_WORDS = 40;

/** The candidate words: those of the OGP's and IRM's guidance. */
export function candidateWords(): Set<string> {
  const text = ['ogp-reference.md', 'irm-indicators.json'].map((f) => readFileSync(join(DOMAIN, f), 'utf8')).join('\n');
  return new Set(textWords(text.toLowerCase()).filter((w) => !STOPWORDS.has(w)));
}

export interface LexiconRow {
  country: string;
  specificity?: number;
  verifiable?: boolean;
  /** The candidate words the text uses. */
  words: ReadonlySet<string>;
}

/**
 * What the lexicon is fitted to: the specificity (0-3) where the IRM rated it; else, the verifiable rating as the
 * mean specificity of the rated commitments on its side (Medium or High: 2.3 here; None or Low: 1).
 */
function target(r: LexiconRow): number | undefined {
  if (r.specificity !== undefined) return r.specificity;
  if (r.verifiable === undefined) return undefined;
  return r.verifiable ? 2.3 : 1;
}

/** Lasso by coordinate descent on standardised 0/1 columns; weights given back per unit of presence. */
function lasso(X: readonly Uint8Array[], y: readonly number[], p: number, alpha: number) {
  const n = y.length;
  const mx = new Float64Array(p);
  const sx = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += X[i][j];
    mx[j] = s / n;
    sx[j] = Math.sqrt(Math.max(mx[j] * (1 - mx[j]), 1e-9));
  }
  const my = y.reduce((a, b) => a + b, 0) / n;
  const r = y.map((v) => v - my);
  const w = new Float64Array(p);
  for (let it = 0; it < 200; it++) {
    let maxStep = 0;
    for (let j = 0; j < p; j++) {
      let rho = 0;
      for (let i = 0; i < n; i++) rho += ((X[i][j] - mx[j]) / sx[j]) * r[i];
      rho = rho / n + w[j];
      const next = Math.sign(rho) * Math.max(0, Math.abs(rho) - alpha);
      const d = next - w[j];
      if (d === 0) continue;
      for (let i = 0; i < n; i++) r[i] -= (d * (X[i][j] - mx[j])) / sx[j];
      w[j] = next;
      maxStep = Math.max(maxStep, Math.abs(d));
    }
    if (maxStep < 1e-5) break;
  }
  return Array.from(w, (x, j) => x / sx[j]);
}

/** The lexicon fitted on these rows: word → weight (in IRM levels per mention), at most MAX_WORDS words. */
export function fitLexicon(rows: readonly LexiconRow[]): Map<string, number> {
  const used = rows.filter((r) => target(r) !== undefined);
  const docs = new Map<string, number>();
  for (const r of used) for (const w of r.words) docs.set(w, (docs.get(w) ?? 0) + 1);
  const vocab = [...docs]
    .filter(([, c]) => c >= MIN_DOCS && c <= used.length * 0.9)
    .map(([w]) => w)
    .sort();
  const X = used.map((r) => Uint8Array.from(vocab, (w) => (r.words.has(w) ? 1 : 0)));
  const y = used.map((r) => target(r)!);
  let alpha = ALPHA;
  let w = lasso(X, y, vocab.length, alpha);
  while (w.filter((x) => x !== 0).length > MAX_WORDS) w = lasso(X, y, vocab.length, (alpha *= 1.25));
  const out = new Map<string, number>();
  vocab.forEach((word, j) => {
    if (w[j] !== 0) out.set(word, w[j]);
  });
  return out;
}

export function lexiconScore(lexicon: ReadonlyMap<string, number>, words: Iterable<string>): number {
  let s = 0;
  for (const w of words) s += lexicon.get(w) ?? 0;
  return s;
}

/**
 * Each row's lexicon score from a lexicon fitted without its country (5 folds grouped by country): what the
 * ordinal model is fitted on, so that it weighs the lexicon as it scores commitments it never saw.
 */
export function stackedScores(rows: readonly LexiconRow[], strata: readonly string[], seed: number): number[] {
  const folds = groupedFolds(
    rows.map((r) => r.country),
    strata,
    5,
    seed,
  );
  const out = new Array<number>(rows.length).fill(0);
  for (let k = 0; k < 5; k++) {
    const lexicon = fitLexicon(rows.filter((_, i) => folds[i] !== k));
    rows.forEach((r, i) => {
      if (folds[i] === k) out[i] = lexiconScore(lexicon, r.words);
    });
  }
  return out;
}
