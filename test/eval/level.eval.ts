// The level, verifiable and lens against the IRM's ratings, on commitments the fit never saw: repeated stratified
// 5-fold cross-validation grouped by country, nested (scripts/level-cv.ts). Also fails when the shipped model
// (src/core/commitments/data/level-model.json) is not what `npm run fit:level` fits on the current code.
//
// Bars: set from the figures measured when the model was fitted (see the report of issue 13), just under their
// mean over the repeats, so that a change that makes the model worse fails and the noise of 107 ratings does not.
// Refit (npm run fit:level) and revisit them when the field reader changes. The aim of the issue, Spearman 0.5, is
// printed beside them: these English summaries of commitments, rated by each country's IRM researcher, carry less
// than that as read here (0.29 for the model's score; a bag of words reaches 0.29 grouped by country, 0.40 when the
// same country's commitments may be in training and test). Text features tried one by one beside the three kept
// (length, milestones, share dated, share with a deliverable, percentages, actions per sentence, lead, the point
// items one by one, "will", deliverable nouns, the title's verb) each ranked unseen countries no better.
// A learned lexicon (scripts/level-lexicon.ts: lasso on the presence of the OGP/IRM guidance's words, at most 40,
// vocabulary, weights and stacking fitted inside each training part) was measured beside them and not shipped:
// `npx tsx scripts/level-lexicon-cv.ts` gives, with | without it, score 0.327 | 0.290, shipped level 0.201 | 0.209,
// exact 32.9 | 33.8 %, within one 89.1 | 89.1 %, verifiable AUC 0.876 | 0.857; the lexicon alone 0.314. It ranks
// the score better, not the level users read (the cap leaves the level a low/medium split, which the lexicon does
// not sharpen), and several of its words are the IRM template's (commitment, description, above, addition, third).
import { readFileSync } from 'node:fs';
import { LEVEL_MODEL, TEXT_FEATURES } from '../../src/core/commitments/model';
import { crossValidate, predict, summary, type Figures } from '../../scripts/level-cv';
import { fitLevel, MODEL_PATH, modelJson } from '../../scripts/fit-level';
import { loadRated } from '../../scripts/level-data';
import { spearman } from '../../scripts/level-stats';
import { bilingualPairs } from '../../scripts/level-bilingual';
import { LENS_VALUES } from '../../src/core/commitments/model';

const REPEATS = 10;
const AIM = 0.5;
const BARS: Array<[string, (f: Figures) => number, number]> = [
  ['Spearman, model score vs IRM specificity', (f) => f.spearmanScore, 0.27],
  ['Spearman, model level vs IRM specificity', (f) => f.spearmanModelLevel, 0.22],
  ['Spearman, shipped level vs IRM specificity', (f) => f.spearmanLevel, 0.18],
  ['Exact agreement, model level', (f) => f.exactModel, 0.42],
  ['Exact agreement, shipped level', (f) => f.exact, 0.32],
  ['Within one level, model level', (f) => f.withinOneModel, 0.85],
  ['Within one level, shipped level', (f) => f.withinOne, 0.88],
  ['AUC, verifiable (all plans)', (f) => f.aucVerifiable, 0.84],
];
/** Cohen's kappa per value of the lens against the IRM's tags (accountability: the IRM's tag follows no words). */
const LENS_BARS: Record<string, number> = { transparency: 0.4, participation: 0.25, accountability: 0.05 };

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const LEVELS = ['none', 'low', 'medium', 'high'];

function table(title: string, m: number[][], repeats: number): void {
  console.log(`  ${title} (mean counts per repeat; rows IRM, columns Jalon)`);
  console.log(`    ${''.padEnd(8)}${LEVELS.map((l) => l.padStart(8)).join('')}`);
  m.forEach((row, i) =>
    console.log(`    ${LEVELS[i].padEnd(8)}${row.map((c) => (c / repeats).toFixed(1).padStart(8)).join('')}`),
  );
}

export async function run(): Promise<boolean> {
  const rows = loadRated();
  let ok = true;

  // 1. The shipped model is what the script fits now.
  const fitted = modelJson(fitLevel(rows));
  const shipped = readFileSync(MODEL_PATH, 'utf8');
  const same = fitted === shipped;
  console.log(
    same
      ? 'shipped model = fitted on the current code'
      : 'FAIL: shipped model differs from a refit: run npm run fit:level',
  );
  ok &&= same;
  const model = JSON.parse(fitted) as ReturnType<typeof fitLevel>;
  // The fit reads commitments as Jalon does: with the shipped model, its inputs give the level Jalon shows.
  const LEVELS_BY_NUMBER = ['none', 'low', 'medium', 'high'];
  const differ = rows.filter((r) => LEVELS_BY_NUMBER[predict(r, LEVEL_MODEL).level] !== r.level);
  console.log(`fit inputs = what Jalon reads: ${differ.length === 0 ? 'yes' : `FAIL, ${differ.length} differ`}`);
  ok &&= differ.length === 0;
  console.log(
    `weights (lambda ${model.fit.lambda}; score = offset ${model.offset} + per point x points + feature x value):`,
  );
  console.log(`  per point of the checklist ${model.perPoint.toFixed(4)}`);
  for (const f of TEXT_FEATURES) console.log(`  text ${f.padEnd(16)} ${model.features[f].toFixed(4)}`);
  console.log(
    `  cuts: medium from ${model.cuts.medium}, high from ${model.cuts.high}; lens thresholds ${JSON.stringify(model.lens)}`,
  );

  // 2. Cross-validated figures.
  const spec = rows.filter((r) => r.specificity !== undefined);
  console.log(
    `data: ${rows.length} English commitments; ${spec.length} rated for specificity, ${rows.filter((r) => r.verifiable !== undefined).length} for verifiable (${rows.filter((r) => r.verifiable === false).length} No), ${rows.filter((r) => r.potential !== undefined).length} for potential, ${rows.filter((r) => r.values).length} tagged with values`,
  );
  console.log(
    `points (workshop) vs IRM specificity, Spearman ${spearman(
      spec.map((r) => r.points),
      spec.map((r) => r.specificity!),
    ).toFixed(3)} (no fit)`,
  );
  const report = crossValidate(rows, REPEATS);
  console.log(`cross-validated, ${REPEATS} x 5 folds grouped by country (mean ± sd over repeats):`);
  const show = (name: string, pick: (f: Figures) => number, format = (x: number) => x.toFixed(3)) => {
    const s = summary(report, pick);
    console.log(`  ${name.padEnd(46)} ${format(s.mean)} ± ${format(s.sd)}`);
    return s.mean;
  };
  show('Spearman, model score vs IRM specificity', (f) => f.spearmanScore);
  show('Spearman, model level vs IRM specificity', (f) => f.spearmanModelLevel);
  show('Spearman, shipped level vs IRM specificity', (f) => f.spearmanLevel);
  show('Exact agreement, model level', (f) => f.exactModel, pct);
  show('Within one level, model level', (f) => f.withinOneModel, pct);
  show('Exact agreement, shipped level', (f) => f.exact, pct);
  show('Within one level, shipped level', (f) => f.withinOne, pct);
  show('AUC, verifiable (all plans)', (f) => f.aucVerifiable);
  show('AUC, verifiable (plans since 2020)', (f) => f.aucVerifiableNewer);
  show('Verifiable, agreement', (f) => f.verifiableAgreement.accuracy, pct);
  show('Verifiable, kappa', (f) => f.verifiableAgreement.kappa);
  show('Spearman, score vs potential for results', (f) => f.spearmanPotential);
  table('shipped level', report.confusion, REPEATS);
  table('model level (without the cap)', report.confusionModel, REPEATS);
  console.log('lens vs the IRM tags (access to information, civic participation, public accountability):');
  for (const v of LENS_VALUES) {
    show(`  ${v}: agreement`, (f) => f.lens[v].accuracy, pct);
    const kappa = show(`  ${v}: kappa`, (f) => f.lens[v].kappa);
    const p = summary(report, (f) => f.lens[v].precision).mean;
    const r = summary(report, (f) => f.lens[v].recall).mean;
    const irm = summary(report, (f) => f.lens[v].irmYes).mean;
    console.log(
      `    precision ${pct(p)}, recall ${pct(r)}, IRM yes ${pct(irm)}; all-yes or all-no would agree ${pct(Math.max(irm, 1 - irm))}`,
    );
    const pass = kappa >= LENS_BARS[v];
    console.log(`    ${pass ? 'ok  ' : 'FAIL'} kappa >= ${LENS_BARS[v]}`);
    ok &&= pass;
  }
  // 3. The same commitment in French and English: Canada's tracker, milestone by milestone. The texts agree; the
  // readings differed (main at df3e3f7: the English reading earned "dated milestone" 17 times more, "focused" 23
  // times more, the French "audience" 19 times more; 66.1 % same level) for causes a plan in either language has:
  // French plans write a milestone's date or lead after its full stop (« … ouvert.canada.ca. (Décembre 2018) »,
  // read as a sentence of its own), English ones write milestones in the passive ("is published", read as a past
  // deed), the deliverable words knew "published" but not « publiés », the audience « les Canadiens » but not
  // "Canadians", the level's vague verbs « sensibilisation » (a session) but not « augmenter ». Mended in the
  // reading (test/unit/commitments/bilingual.test.ts): 78.6 % same level, 85.7 % same verifiable; dated milestone
  // 4 / 4, focused 8 / 2, audience 4 / 4 (English only / French only). What differs still is mostly the
  // translation (« a été élaborée » for "is developed", « Rapport sur… » for "Report … published"). Bars just under.
  // Thirteenth session: the English readings of an IRM audit (a lead named as the subject, « Start: / End: » labels,
  // "from 48 to 60", a present fact no target) and the refit they bring (medium cut 1.417 → 1.209) flip verifiable
  // on pairs whose readings already differed (C03.2, C07.1 against C08.7; no French or English reading changed
  // there; C06.2's French result « a été établie. (Novembre 2018) » now read as its milestone, as the English):
  // 82.1 % same verifiable, the bar lowered to 0.82 with that reason; the level's own figures rose (model level
  // 0.252 → 0.259, model score 0.290 → 0.299).
  const pairs = bilingualPairs();
  const sameLevel = pairs.filter((p) => p.en.level === p.fr.level).length / pairs.length;
  const sameVerifiable = pairs.filter((p) => p.en.verifiable === p.fr.verifiable).length / pairs.length;
  console.log(
    `French and English (Canada's tracker, ${pairs.length} milestones with their indicators): same level ${pct(sameLevel)}, same verifiable ${pct(sameVerifiable)}`,
  );
  for (const [name, value, bar] of [
    ['same level in French and English', sameLevel, 0.78],
    ['same verifiable in French and English', sameVerifiable, 0.82],
  ] as const) {
    console.log(`  ${value >= bar ? 'ok  ' : 'FAIL'} ${name}: ${value.toFixed(3)} >= ${bar}`);
    ok &&= value >= bar;
  }
  console.log(`bars (aim: Spearman ${AIM} on unseen commitments):`);
  for (const [name, pick, bar] of BARS) {
    const m = summary(report, pick).mean;
    const pass = m >= bar;
    console.log(`  ${pass ? 'ok  ' : 'FAIL'} ${name}: ${m.toFixed(3)} >= ${bar}`);
    ok &&= pass;
  }
  return ok;
}
