// `npx tsx scripts/level-lexicon-cv.ts [repeats]`: the level model cross-validated with and without a learned
// lexicon (level-lexicon.ts), the same 10 × 5 folds grouped by country as `npm run eval level`. The lexicon is
// measured here, not shipped: it ranks the model's score better but not the shipped level (see the report of
// issue 13 and test/eval/level.eval.ts). Also prints the lexicon fitted on every rated commitment.
import { LEXICON_INPUT, fitOn, choosePenalty, stratum, withLexicon } from './fit-level';
import { crossValidate, summary, type Figures } from './level-cv';
import { loadRated, type Rated } from './level-data';
import { fitLexicon, stackedScores } from './level-lexicon';
import { mean, sd, spearman } from './level-stats';

/**
 * The lexicon's own score, out of fold (stackedScores: the same folds as crossValidate), against the specificity: one
 * per repeat.
 */
function lexiconAlone(rows: readonly Rated[], repeats: number): number[] {
  const out: number[] = [];
  for (let rep = 0; rep < repeats; rep++) {
    const scores = stackedScores(rows, rows.map(stratum), 1000 + rep);
    const rated = rows.map((_, i) => i).filter((i) => rows[i].specificity !== undefined);
    out.push(
      spearman(
        rated.map((i) => scores[i]),
        rated.map((i) => rows[i].specificity!),
      ),
    );
  }
  return out;
}

const FIGURES: Array<[string, (f: Figures) => number]> = [
  ['Spearman, model score', (f) => f.spearmanScore],
  ['Spearman, model level', (f) => f.spearmanModelLevel],
  ['Spearman, shipped level', (f) => f.spearmanLevel],
  ['Exact agreement, shipped level', (f) => f.exact],
  ['Within one level, shipped level', (f) => f.withinOne],
  ['AUC, verifiable (all plans)', (f) => f.aucVerifiable],
  ['Verifiable, kappa', (f) => f.verifiableAgreement.kappa],
];

if (require.main === module) {
  const repeats = Number(process.argv[2] ?? 10);
  const rows = loadRated();
  const without = crossValidate(rows, repeats, false);
  const with_ = crossValidate(rows, repeats, true);
  console.log(`cross-validated, ${repeats} x 5 folds grouped by country: without the lexicon | with it`);
  for (const [name, pick] of FIGURES) {
    const a = summary(without, pick);
    const b = summary(with_, pick);
    console.log(
      `  ${name.padEnd(34)} ${a.mean.toFixed(3)} ± ${a.sd.toFixed(3)} | ${b.mean.toFixed(3)} ± ${b.sd.toFixed(3)}`,
    );
  }
  const alone = lexiconAlone(rows, repeats);
  console.log(`  Spearman, the lexicon's score alone ${mean(alone).toFixed(3)} ± ${sd(alone).toFixed(3)}`);
  const stacked = withLexicon(rows, 1);
  const ordinal = fitOn(stacked, choosePenalty(stacked, 1));
  const lexicon = [...fitLexicon(rows)].sort((a, b) => b[1] - a[1]);
  console.log(
    `lexicon on every rated commitment (weight of its score in the ordinal model ${ordinal.weights[LEXICON_INPUT].toFixed(3)}):`,
  );
  console.log(`  ${lexicon.map(([w, x]) => `${w} ${x > 0 ? '+' : ''}${x.toFixed(3)}`).join(', ')}`);
}
