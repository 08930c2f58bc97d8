// Engine speed on a generated 150,000-word French plan, the engine bundled as it ships (shipped.ts): words per second for the whole check (analyze:
// text rules + engagements) on one thread and on two cores as the pane runs it (text rules on its thread, the
// plan pass in a worker), the text rules alone, an incremental re-check after one edit, and the ratio
// against textlint + textlint-rule-prh given the same French term list (every form of every vague lemma,
// one regular expression per lemma) on the same text, in the same run.
// Targets: whole check under 100 ms (held on one thread, the stricter reading of "on 2 cores"), and at least
// 10 times faster than the peer. Timings are the
// minimum of several runs (interleaved with the peer's), as the machine is shared.
import { TextlintKernel } from '@textlint/kernel';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { HouseRules, PlanResult } from './core-entry';
import { bundle, removeBundle, shippedCore, type Core } from './shipped';
import type { Analysis, ParagraphInput } from '../../src/core/types';

// The engine as it ships (bundled), not as tsx runs the sources: see shipped.ts. Bundled when the bench runs
// (not on import: generatePlan is used elsewhere).
let core: Core | undefined;
const engine = (): Core => (core ??= shippedCore());

const TARGET_WORDS = 150_000;

/** Deterministic pseudo-random numbers (mulberry32), so every run checks the same plan. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'Le ministère',
  'La DINUM',
  'Les préfectures',
  'L’administration',
  'Nous',
  'Le secrétariat général',
  'Les collectivités',
  'L’agence',
  'Le comité de pilotage',
  'Les services déconcentrés',
];
const VAGUE = [
  'renforcera',
  'promeut',
  'favorisera',
  'poursuivra',
  'améliorera',
  'développe',
  'accompagnera',
  'facilitera',
  'sensibilisera',
  'valorisera',
  'encourage',
  'soutient',
  'optimisera',
  'modernise',
  'simplifiera',
  'mobilisera',
  'consolidera',
  'mettra en place',
];
const CONCRETE = ['publiera', 'adoptera', 'ouvrira', 'créera', 'formera', 'financera', 'supprimera', 'livrera'];
const OBJECTS = [
  'la transparence de la commande publique',
  'les jeux de données de référence',
  'un registre des algorithmes publics',
  'le portail des démarches en ligne',
  'la participation citoyenne',
  'les codes sources des logiciels publics',
  'l’accès aux documents administratifs',
  'un tableau de bord des délais de réponse',
  'le référentiel d’accessibilité',
  'les données essentielles des marchés',
];
const TAILS = [
  'd’ici le 31 décembre 2025',
  'avant la fin du premier semestre 2026',
  'à terme',
  'dans les meilleurs délais',
  'avec plusieurs partenaires',
  'auprès de 40 collectivités pilotes',
  'en lien avec la société civile',
  'pour un coût estimé à 450 000 euros',
  'selon un calendrier trimestriel',
  'sous l’égide du Premier ministre',
];

function sentence(r: () => number): string {
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const verb = r() < 0.35 ? pick(VAGUE) : pick(CONCRETE);
  const extra = r() < 0.3 ? `, notamment ${pick(OBJECTS)}` : '';
  return `${pick(SUBJECTS)} ${verb} ${pick(OBJECTS)} ${pick(TAILS)}${extra}.`;
}

export function generatePlan(words = TARGET_WORDS, seed = 2017): ParagraphInput[] {
  const r = rng(seed);
  const paragraphs: ParagraphInput[] = [];
  let count = 0;
  let n = 0;
  while (count < words) {
    n++;
    const title = `Engagement ${n} : ${sentence(r).replace(/\.$/, '')}`;
    const block: ParagraphInput[] = [
      { text: title, headingLevel: 2 },
      { text: `Institution porteuse : ministère ${(n % 12) + 1}` },
      {
        text: `Indicateur : nombre de jeux de données publiés (valeur de référence : ${Math.floor(r() * 100)}, cible : ${100 + Math.floor(r() * 400)}).`,
      },
      { text: `Coût : ${Math.floor(r() * 900 + 100)} 000 euros sur deux ans.` },
    ];
    for (let k = 0; k < 6; k++) {
      const sentences = 2 + Math.floor(r() * 4);
      block.push({ text: Array.from({ length: sentences }, () => sentence(r)).join(' ') });
    }
    block.push({ text: `Jalon : ${sentence(r).replace(/\.$/, '')} (T${1 + (n % 4)} 2026).` });
    for (const p of block) count += p.text.split(/\s+/).length;
    paragraphs.push(...block);
  }
  return paragraphs;
}

function time(fn: () => void, runs: number): number {
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  // The minimum: on a machine shared with other jobs, the least disturbed run is the best estimate.
  return Math.min(...ts);
}

/** prh rules: one per French lemma, one regular expression of all its forms (the same term list as Jalon's). */
function prhYaml(): string {
  const lines = ['version: 1', 'rules:'];
  const { fr, conjugateFr, nounForms } = engine();
  for (const e of fr.terms) {
    const forms = new Set<string>();
    const verb = e.verb ?? e.lemma;
    for (const f of conjugateFr(verb)) forms.add(f.form);
    for (const n of e.nouns ?? []) for (const f of nounForms(n.split(' ')[0], 'fr')) forms.add(f.form);
    const tail = e.after ? ` ${e.after.replace(/~ /, '').split(' ')[0].split('|')[0]}` : '';
    const alternation = [...forms]
      .sort((a, b) => b.length - a.length)
      .map((f) => f + (e.after && !e.nouns?.some((n) => n.startsWith(f)) ? tail : ''))
      .join('|');
    lines.push(`  - expected: "[flou] ${e.lemma}"`, `    pattern: /(?<![\\p{L}])(?:${alternation})(?![\\p{L}])/i`);
  }
  return lines.join('\n');
}

async function textlintTime(text: string): Promise<{ ms: number; messages: number }> {
  const kernel = new TextlintKernel();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const prh = require('textlint-rule-prh');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const textPlugin = require('@textlint/textlint-plugin-text');
  const options = {
    ext: '.txt',
    filePath: '/tmp/jalon-bench-plan.txt',
    plugins: [{ pluginId: 'text', plugin: textPlugin.default ?? textPlugin }],
    rules: [{ ruleId: 'prh', rule: prh.default ?? prh, options: { ruleContents: [prhYaml()] } }],
  };
  const t0 = performance.now();
  const result = await kernel.lintText(text, options);
  return { ms: performance.now() - t0, messages: result.messages.length };
}

/**
 * The whole check as the pane runs it on two cores: the plan pass in a worker thread (paragraphs cloned in, its
 * result cloned back, as with the pane's Web Worker) while this thread runs the text rules, then both assembled.
 */
// The worker warms up as the one-thread measure does (ten checks of the plan before timing): with three, its plan
// pass was still being compiled while it was timed.
const WARM = 10;

async function twoCores(paragraphs: ParagraphInput[], runs: number): Promise<{ ms: number; analysis: Analysis }> {
  const { fromParagraphs, lint, placeTextFindings, joinAnalysis } = engine();
  const script = bundle('plan-pass.worker.ts');
  const worker = new Worker(script);
  // The worker's two answers, in order (the second may come before the first is read).
  const answers: unknown[] = [];
  let wake: (() => void) | undefined;
  worker.on('message', (m) => {
    answers.push(m);
    wake?.();
  });
  const answer = async <T>(): Promise<T> => {
    while (answers.length === 0) await new Promise<void>((r) => (wake = r));
    return answers.shift() as T;
  };
  try {
    let best = { ms: Infinity, analysis: undefined as Analysis | undefined };
    for (let i = 0; i < runs + WARM; i++) {
      const t0 = performance.now();
      worker.postMessage({ paragraphs, lang: 'fr' });
      const source = fromParagraphs(paragraphs);
      const text = lint(source, { lang: 'fr' });
      // As the pane: the text findings placed in the plan while the worker's plan checks run.
      const { commitments } = await answer<Pick<PlanResult, 'commitments'>>();
      const placed = placeTextFindings(source, 'fr', text.findings, commitments);
      const { findings } = await answer<Pick<PlanResult, 'findings'>>();
      const analysis = joinAnalysis(source, 'fr', { findings: placed, stats: text.stats }, { commitments, findings });
      const ms = performance.now() - t0;
      if (i >= WARM && ms < best.ms) best = { ms, analysis };
    }
    return { ms: best.ms, analysis: best.analysis! };
  } finally {
    await worker.terminate();
    removeBundle(script);
  }
}

export async function run(): Promise<boolean> {
  const { analyze, createAnalyzer, lint, fromParagraphs } = engine();
  const paragraphs = generatePlan();
  const source = fromParagraphs(paragraphs);
  const words = source.text.split(/\s+/).length;
  // Text rules first, before the engagement pass fills the heap: warm-up (JIT, lexicon compilation), then timing.
  for (let i = 0; i < 5; i++) lint(source, { lang: 'fr' });
  let lintOnly = time(() => lint(source, { lang: 'fr' }), 15);
  // The peer's job exactly: the vague-term list only (other text rules off through house rules).
  const vagueOnly: HouseRules = {
    rules: { jargon: 'off', 'vague-time': 'off', 'vague-quantity': 'off', readability: 'off', language: 'off' },
  };
  for (let i = 0; i < 3; i++) lint(source, { lang: 'fr', houseRules: vagueOnly });
  let sameJob = time(() => lint(source, { lang: 'fr', houseRules: vagueOnly }), 15);
  const sameJobFindings = lint(source, { lang: 'fr', houseRules: vagueOnly }).findings.length;
  // The engine reaches its steady speed after about ten checks of this plan (JIT), as in a session of re-checks.
  for (let i = 0; i < 10; i++) analyze(source, { lang: 'fr' });
  const fullRuns: number[] = [];
  const full = time(() => {
    const t0 = performance.now();
    analyze(source, { lang: 'fr' });
    fullRuns.push(performance.now() - t0);
  }, 9);
  const fullMedian = fullRuns.sort((a, b) => a - b)[Math.floor(fullRuns.length / 2)];
  const analysis = analyze(source, { lang: 'fr' });
  const vagueCount = analysis.findings.filter((f) => f.ruleId === 'vague-term').length;

  const parallel = await twoCores(paragraphs, 7);
  const sameAnswer =
    parallel.analysis.findings.length === analysis.findings.length &&
    parallel.analysis.commitments.length === analysis.commitments.length &&
    parallel.analysis.findings.every(
      (f, i) => f.fingerprint === analysis.findings[i].fingerprint && f.start === analysis.findings[i].start,
    );

  // Incremental: one paragraph edited, the rest reused.
  const analyzer = createAnalyzer({ lang: 'fr' });
  analyzer.analyze(paragraphs);
  let edit = 0;
  const incremental = time(() => {
    const changed = paragraphs.slice();
    const k = 5 + ((edit * 7919) % (paragraphs.length - 10));
    changed[k] = { ...changed[k], text: `${changed[k].text} Nous renforcerons ce point (${edit++}).` };
    analyzer.analyze(changed);
  }, 7);

  // Interleaved with Jalon's runs so both see the same load; the minimum of each is kept.
  let peer = { ms: Infinity, messages: 0 };
  let lintInterleaved = Infinity;
  for (let round = 0; round < 4; round++) {
    const p = await textlintTime(source.text);
    if (p.ms < peer.ms) peer = p;
    lintInterleaved = Math.min(
      lintInterleaved,
      time(() => lint(source, { lang: 'fr' }), 5),
    );
    sameJob = Math.min(
      sameJob,
      time(() => lint(source, { lang: 'fr', houseRules: vagueOnly }), 5),
    );
  }
  lintOnly = Math.min(lintOnly, lintInterleaved);
  const ratio = peer.ms / full;
  const textRatio = peer.ms / lintOnly;
  const sameJobRatio = peer.ms / sameJob;
  const perSec = (ms: number): string => `${Math.round(words / (ms / 1000)).toLocaleString('en-US')} words/s`;
  console.log(
    `plan: ${words.toLocaleString('en-US')} words, ${paragraphs.length} paragraphs, ${source.text.length.toLocaleString('en-US')} characters`,
  );
  console.log(
    `jalon analyze (whole check):   ${full.toFixed(1)} ms  ${perSec(full)}  (${analysis.findings.length} findings, ${vagueCount} vague-term), one thread; median of 9 runs ${fullMedian.toFixed(1)} ms`,
  );
  console.log(
    `jalon whole check, 2 cores:    ${parallel.ms.toFixed(1)} ms  ${perSec(parallel.ms)}  (text rules here, plan pass in a worker thread, as the pane runs it; same findings: ${sameAnswer ? 'yes' : 'NO'})`,
  );
  console.log(`jalon all text rules (lint):   ${lintOnly.toFixed(1)} ms  ${perSec(lintOnly)}`);
  console.log(
    `jalon vague-term only:         ${sameJob.toFixed(1)} ms  ${perSec(sameJob)}  (${sameJobFindings} findings)`,
  );
  console.log(
    `jalon incremental, 1 edit:     ${incremental.toFixed(1)} ms  (cache ${JSON.stringify(analyzer.cacheStats())})`,
  );
  console.log(
    `textlint + prh (same terms):   ${peer.ms.toFixed(1)} ms  ${perSec(peer.ms)}  (${peer.messages} messages)`,
  );
  console.log(
    `ratio textlint / jalon vague-term only (the same job, same term list): ${sameJobRatio.toFixed(1)}x (target >= 10x)`,
  );
  console.log(
    `ratio textlint / jalon all text rules (vague-term, jargon, time, quantity, readability): ${textRatio.toFixed(1)}x`,
  );
  console.log(`ratio textlint / jalon whole check (text rules + engagements): ${ratio.toFixed(1)}x`);
  console.log(
    `whole check ${full.toFixed(1)} ms on one thread (target < 100 ms), of which text rules ${lintOnly.toFixed(1)} ms; on 2 cores as the pane runs it ${parallel.ms.toFixed(1)} ms (the plan pass dominates; its commitments come first, its findings after)`,
  );
  return full < 100 && sameAnswer && sameJobRatio >= 10;
}
