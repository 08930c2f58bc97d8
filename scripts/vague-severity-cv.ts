// Issue 13, point 4: does a learned severity carry to text the rules were not written on? An experiment, not shipped.
// `npx tsx scripts/vague-severity-cv.ts` (about a minute). Only the four tuning splits are read (tune, test, fresh,
// unseen); the held-out split is never touched.
//
// For every finding of the scored kinds (vague-term, vague-time, hedge) on the four splits, the features Jalon can
// compute in its assemble stage: the rule, the role the sentence gave the word (local) and the role after assembly,
// the plan role (plan-role.ts), the term and its kind, the words just before and after (a vocabulary learned on the
// training fold with a minimum count), the first word of a line or list item, a capital, a figure or a year in the
// sentence, whether the text follows the IRM template, and the rules' own severity. Each finding is labelled by the
// record it overlaps, as the eval matches them (none: no record in a passage, which the eval scores like `info`).
// Two L2-penalised logistic regressions: warn against not, and none against a finding; a finding is dropped when
// "none" is likelier than not, a warning when "warn" is. Folds: leave one split out, and 5 folds grouped by
// document; the rules alone are scored on the same held-out documents with the eval's scoring (precision on
// warnings in passages, recall on `warn` records, `none` records given any finding).
import { draftFromBytes } from '../src/cli/input';
import { inFile, reviewDraft } from '../src/cli/review';
import { vagueTerm } from '../src/core/checks/vague-term';
import { hedge } from '../src/core/checks/hedge';
import { vagueTime } from '../src/core/checks/vague-time';
import { templatePrompts } from '../src/core/checks/template-prompts';
import type { AssembleContext, TextCheck } from '../src/core/checks/types';
import type { Finding } from '../src/core/types';
import { loadVagueLabels, type SplitDocument } from '../test/eval/vague-labels/load';
import { emptyScore, precision, recall, scoreFindings, together, type Score } from '../test/eval/vague-roles.eval';
import { groupedFolds } from './level-stats';

const SCORED = new Set(['vague-term', 'vague-time', 'hedge']);
type Label = 'warn' | 'info' | 'none' | 'unlabelled';

/** One scored finding (in the file's offsets) with its features, as the assemble stage could compute them. */
export interface Row {
  doc: number;
  split: string;
  finding: Finding;
  features: string[];
  /** undefined: outside every passage (not scored). */
  label?: Label;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

const MONTHS =
  /\b(january|february|march|april|may|june|july|august|september|october|november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|q[1-4])\b/i;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** The features of the findings a check's assemble stage returns; `before` are the findings it was given. */
export function featuresOf(before: readonly Finding[], after: readonly Finding[], a: AssembleContext): string[][] {
  const roles = a.planRoles(before, a);
  const byPlace = new Map(before.map((f, k) => [`${f.start}:${f.end}`, { f, role: roles[k] }]));
  const text = a.source.text;
  const template = a.lang === 'en' && templatePrompts(a.source).length > 0;
  return after.map((f) => {
    const was = byPlace.get(`${f.start}:${f.end}`);
    const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
    let lineEnd = text.indexOf('\n', f.end);
    if (lineEnd < 0) lineEnd = text.length;
    const head = text.slice(lineStart, f.start);
    const tail = text.slice(f.end, lineEnd);
    const prev = [...head.matchAll(WORD)].pop()?.[0].toLowerCase() ?? '^';
    const next = tail.match(WORD)?.[0].toLowerCase() ?? '$';
    // The sentence: from the last stop before the word to the next after it, within the line.
    const stop = Math.max(head.search(/[.!?;:][^.!?;:]*$/), -1);
    const sentence = `${stop >= 0 ? head.slice(stop + 1) : head} ${f.actual} ${tail.split(/[.!?;](\s|$)/)[0]}`;
    const feats = [
      'bias',
      `rule=${f.ruleId}`,
      `lang=${a.lang}`,
      `sev=${f.severity === 'info' ? 'info' : 'warning'}`,
      `local=${String(was?.f.data?.role ?? 'phrase')}`,
      `final=${String(f.data?.role ?? 'none')}`,
      `plan=${was?.role ?? 'none'}`,
      `kind=${String(f.data?.kind ?? 'phrase')}`,
      `term=${String(f.data?.term ?? f.actual.toLowerCase())}`,
      `prev=${prev}`,
      `next=${next}`,
    ];
    if (/^\s*([-*•·▪◦o]|\d+[.)]|[a-z][.)]|\|)?\s*$/i.test(head)) feats.push('line-start');
    if (/^\p{Lu}/u.test(f.actual)) feats.push('capital');
    if (/\d/.test(sentence.replace(/\b(1[89]|20)\d\d\b/g, ''))) feats.push('figure');
    if (/\b(1[89]|20)\d\d\b/.test(sentence) || MONTHS.test(sentence)) feats.push('date');
    if (template) feats.push('template');
    return feats;
  });
}

/** Runs Jalon on each document with the three checks' assemble stages watched: each scored finding's features. */
export function collect(splits: Record<string, readonly SplitDocument[]>): { docs: SplitDocument[]; rows: Row[] } {
  const seen = new WeakMap<Finding, string[]>();
  const watch = (check: TextCheck) => {
    const assemble = check.assemble!.bind(check);
    check.assemble = (findings, a) => {
      const out = assemble(findings, a);
      const feats = featuresOf(findings, out, a);
      out.forEach((f, k) => seen.set(f, feats[k]));
      return out;
    };
    return () => (check.assemble = assemble);
  };
  const undo = [watch(vagueTerm), watch(hedge), watch(vagueTime)];
  const docs: SplitDocument[] = [];
  const rows: Row[] = [];
  try {
    for (const [split, list] of Object.entries(splits))
      for (const doc of list) {
        const kind = doc.document.markdown ? 'md' : 'txt';
        const draft = draftFromBytes(`${doc.document.id}.${kind}`, kind, Buffer.from(doc.text, 'utf8'));
        const review = reviewDraft(draft, { lang: doc.document.lang, earlierPlans: null });
        const inner = review.analysis.findings;
        const mapped = inFile(review).findings;
        const index = docs.push(doc) - 1;
        mapped.forEach((f, k) => {
          if (!SCORED.has(f.ruleId)) return;
          const features = seen.get(inner[k]);
          if (!features) throw new Error(`no features for a ${f.ruleId} finding`);
          const inPassage = doc.passages.some((p) => p.ranges.some((r) => overlaps(r, f)));
          const record = doc.occurrences.find((o) => overlaps(o, f));
          const label: Label | undefined = !inPassage ? undefined : (record?.verdict ?? 'unlabelled');
          rows.push({ doc: index, split, finding: f, features, label });
        });
      }
  } finally {
    undo.forEach((u) => u());
  }
  return { docs, rows };
}

// ---- the eval's own scoring (test/eval/vague-roles.eval.ts), on given findings ----

const show = (s: Score) =>
  `P ${precision(s).toFixed(3)} R ${recall(s).toFixed(3)} names ${String(s.noneFlagged).padStart(2)} (${s.caught}/${s.warn} caught, ${s.falseWarnings}/${s.warnings} false)`;

// ---- L2 logistic regression (Newton's method on one-hot features) ----

export interface Logistic {
  weights: Map<string, number>;
}

/** The vocabulary: features seen at least `min` times in training (the bias always). */
export function vocabulary(rows: readonly string[][], min: number): string[] {
  const count = new Map<string, number>();
  for (const r of rows) for (const f of new Set(r)) count.set(f, (count.get(f) ?? 0) + 1);
  return [...count].filter(([f, n]) => n >= min || f === 'bias').map(([f]) => f);
}

/** Minimises the mean log-loss + lambda/2n · |w|² (the bias unpenalised). */
export function fitLogistic(rows: readonly string[][], y: readonly number[], vocab: readonly string[], lambda: number) {
  const d = vocab.length;
  const at = new Map(vocab.map((f, j) => [f, j]));
  const X = rows.map((r) => [...new Set(r.map((f) => at.get(f)).filter((j): j is number => j !== undefined))]);
  const w = new Float64Array(d);
  const n = rows.length;
  const bias = at.get('bias');
  for (let iter = 0; iter < 30; iter++) {
    const g = new Float64Array(d);
    const H = Array.from({ length: d }, () => new Float64Array(d));
    for (let i = 0; i < n; i++) {
      let z = 0;
      for (const j of X[i]) z += w[j];
      const p = 1 / (1 + Math.exp(-z));
      const r = p - y[i];
      const v = p * (1 - p);
      for (const j of X[i]) {
        g[j] += r;
        const Hj = H[j];
        for (const k of X[i]) Hj[k] += v;
      }
    }
    for (let j = 0; j < d; j++) {
      if (j === bias) {
        H[j][j] += 1e-6;
        continue;
      }
      g[j] += lambda * w[j];
      H[j][j] += lambda;
    }
    const step = solve(H, g);
    let size = 0;
    for (let j = 0; j < d; j++) {
      w[j] -= step[j];
      size = Math.max(size, Math.abs(step[j]));
    }
    if (size < 1e-6) break;
  }
  return { weights: new Map(vocab.map((f, j) => [f, w[j]])) } satisfies Logistic;
}

/** Solves H x = g for a symmetric positive definite H (Cholesky). */
function solve(H: Float64Array[], g: Float64Array): Float64Array {
  const d = g.length;
  const L = Array.from({ length: d }, () => new Float64Array(d));
  for (let i = 0; i < d; i++)
    for (let j = 0; j <= i; j++) {
      let s = H[i][j];
      for (let k = 0; k < j; k++) s -= L[i][k] * L[j][k];
      L[i][j] = i === j ? Math.sqrt(Math.max(s, 1e-12)) : s / L[j][j];
    }
  const z = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let s = g[i];
    for (let k = 0; k < i; k++) s -= L[i][k] * z[k];
    z[i] = s / L[i][i];
  }
  const x = new Float64Array(d);
  for (let i = d - 1; i >= 0; i--) {
    let s = z[i];
    for (let k = i + 1; k < d; k++) s -= L[k][i] * x[k];
    x[i] = s / L[i][i];
  }
  return x;
}

export const probability = (m: Logistic, feats: readonly string[]) => {
  let z = 0;
  for (const f of new Set(feats)) z += m.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
};

// ---- the experiment ----

export interface Options {
  lambda: number;
  min: number;
  /** Which features to keep (by prefix before "="); all when undefined. */
  keep?: (feature: string) => boolean;
  /** Whether the "none" model may drop findings. */
  drop: boolean;
  /**
   * The probability of "warn" above which a finding warns; `rules`: the one at which the model keeps, on its
   * training findings, as many `warn` records warned as the rules do (in-sample).
   */
  threshold: number | 'rules';
}

export interface Severity {
  warn: Logistic;
  none: Logistic;
  threshold: number;
}

export function fitSeverity(train: readonly Row[], o: Options): Severity {
  const labelled = train.filter((r) => r.label !== undefined);
  const feats = labelled.map((r) => (o.keep ? r.features.filter(o.keep) : r.features));
  const vocab = vocabulary(feats, o.min);
  const warn = fitLogistic(
    feats,
    labelled.map((r) => (r.label === 'warn' ? 1 : 0)),
    vocab,
    o.lambda,
  );
  let threshold = o.threshold === 'rules' ? 0.5 : o.threshold;
  if (o.threshold === 'rules') {
    const warned = labelled.map((r, k) => ({ r, k })).filter(({ r }) => r.label === 'warn');
    const byRules = warned.filter(({ r }) => r.finding.severity !== 'info').length;
    const p = warned.map(({ k }) => probability(warn, feats[k])).sort((a, b) => b - a);
    threshold = byRules > 0 ? p[byRules - 1] - 1e-9 : 0.5;
  }
  return {
    threshold,
    warn,
    none: fitLogistic(
      feats,
      labelled.map((r) => (r.label === 'none' ? 1 : 0)),
      vocab,
      o.lambda,
    ),
  };
}

export function applySeverity(m: Severity, r: Row, o: Options): Finding | undefined {
  const feats = o.keep ? r.features.filter(o.keep) : r.features;
  const pWarn = probability(m.warn, feats);
  if (o.drop && probability(m.none, feats) > 0.5 && pWarn <= m.threshold) return undefined;
  return { ...r.finding, severity: pWarn > m.threshold ? 'warning' : 'info' };
}

function scoreFold(docs: readonly SplitDocument[], rows: readonly Row[], held: Set<number>, m?: Severity, o?: Options) {
  const s = emptyScore();
  for (const k of held) {
    const own = rows.filter((r) => r.doc === k);
    const findings = own.map((r) => (m && o ? applySeverity(m, r, o) : r.finding)).filter((f): f is Finding => !!f);
    scoreFindings(docs[k], findings, s);
  }
  return s;
}

const add = together;

function main() {
  const { tune, test, fresh, unseen } = loadVagueLabels();
  const t0 = Date.now();
  const { docs, rows } = collect({ tune, test, fresh, unseen });
  console.log(`${rows.length} scored findings on ${docs.length} documents (${Date.now() - t0} ms)`);
  const splitOf = docs.map((d) =>
    tune.includes(d) ? 'tune' : test.includes(d) ? 'test' : fresh.includes(d) ? 'fresh' : 'unseen',
  );
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(String(r.label), (counts.get(String(r.label)) ?? 0) + 1);
  console.log('labels:', Object.fromEntries(counts));

  const all = new Set(docs.map((_, k) => k));
  // The room a severity has: it can only change findings the rules made.
  let reachable = 0;
  let unreachable = 0;
  docs.forEach((d, k) => {
    const own = rows.filter((r) => r.doc === k).map((r) => r.finding);
    for (const o of d.occurrences) {
      if (o.verdict !== 'warn') continue;
      const on = own.filter((f) => overlaps(o, f));
      if (on.some((f) => f.severity !== 'info')) continue;
      if (on.length > 0) reachable++;
      else unreachable++;
    }
  });
  console.log(`missed warn records: ${reachable} with an information finding, ${unreachable} with no finding`);
  console.log(`rules alone, four splits: ${show(scoreFold(docs, rows, all))}`);

  const noWords = (f: string) => !f.startsWith('prev=') && !f.startsWith('next=');
  const noVerdict = (f: string) => !f.startsWith('sev=') && !f.startsWith('final=');
  const variants: [string, Options][] = [];
  for (const lambda of (process.env.LAMBDAS ?? '1,3,10,30').split(',').map(Number))
    variants.push([`A all features, λ=${lambda}`, { lambda, min: 3, drop: true, threshold: 0.5 }]);
  variants.push(['A all, λ=3, no dropping', { lambda: 3, min: 3, drop: false, threshold: 0.5 }]);
  variants.push(['A all, λ=3, threshold 0.35', { lambda: 3, min: 3, drop: true, threshold: 0.35 }]);
  variants.push(['A all, λ=3, recall of the rules', { lambda: 3, min: 3, drop: true, threshold: 'rules' }]);
  variants.push(['B no words around, λ=3', { lambda: 3, min: 3, drop: true, threshold: 0.5, keep: noWords }]);
  for (const lambda of [3, 10])
    variants.push([
      `C not the rules' verdict (no sev, final), λ=${lambda}`,
      { lambda, min: 3, drop: true, threshold: 0.5, keep: noVerdict },
    ]);
  variants.push([
    "C not the rules' verdict, λ=3, recall of the rules",
    { lambda: 3, min: 3, drop: true, threshold: 'rules', keep: noVerdict },
  ]);
  variants.push([
    "D not the rules' verdict nor words around, λ=3",
    { lambda: 3, min: 3, drop: true, threshold: 0.5, keep: (f) => noWords(f) && noVerdict(f) },
  ]);

  // Leave one split out.
  console.log('\n== leave one split out (train on the other three) ==');
  let rulesOut = emptyScore();
  const pooled = variants.map(() => emptyScore());
  for (const split of ['tune', 'test', 'fresh', 'unseen']) {
    const held = new Set(docs.map((_, k) => k).filter((k) => splitOf[k] === split));
    const train = rows.filter((r) => !held.has(r.doc));
    const rules = scoreFold(docs, rows, held);
    rulesOut = add(rulesOut, rules);
    console.log(`${split.padEnd(7)} rules      ${show(rules)}`);
    variants.forEach(([name, o], v) => {
      const s = scoreFold(docs, rows, held, fitSeverity(train, o), o);
      pooled[v] = add(pooled[v], s);
      console.log(`${split.padEnd(7)} model      ${show(s)}  [${name}]`);
    });
  }
  console.log(`pooled  rules      ${show(rulesOut)}`);
  variants.forEach(([name], v) => console.log(`pooled  model      ${show(pooled[v])}  [${name}]`));

  // Grouped 5-fold CV by document (the US plan's halves are one document).
  console.log('\n== 5 folds grouped by document, pooled (3 seeds) ==');
  const groups = docs.map((d) => d.document.id);
  for (const seed of [1, 2, 3]) {
    const fold = groupedFolds(groups, splitOf, 5, seed);
    let rules = emptyScore();
    const model = variants.map(() => emptyScore());
    for (let f = 0; f < 5; f++) {
      const held = new Set(docs.map((_, k) => k).filter((k) => fold[k] === f));
      const train = rows.filter((r) => !held.has(r.doc));
      rules = add(rules, scoreFold(docs, rows, held));
      variants.forEach(([, o], v) => (model[v] = add(model[v], scoreFold(docs, rows, held, fitSeverity(train, o), o))));
    }
    console.log(`seed ${seed} rules      ${show(rules)}`);
    variants.forEach(([name], v) => console.log(`seed ${seed} model      ${show(model[v])}  [${name}]`));
  }

  // In-sample (fitted and scored on the same four splits): what the features can fit, against what carries.
  console.log('\n== in-sample (fitted and scored on all four: optimistic) ==');
  for (const [name, o] of variants)
    console.log(`all     model      ${show(scoreFold(docs, rows, all, fitSeverity(rows, o), o))}  [${name}]`);

  // The strongest weights of a model fitted on all four (what the model learnt).
  const o = variants[1][1];
  console.log(`\nfitted on all four: ${variants[1][0]}`);
  const m = fitSeverity(rows, o);
  for (const which of ['warn', 'none'] as const) {
    const ws = [...m[which].weights].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 15);
    console.log(`\n${which} model, strongest: ${ws.map(([f, w]) => `${f} ${w.toFixed(2)}`).join(', ')}`);
  }
}

if (require.main === module) main();
