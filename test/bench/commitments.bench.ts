// Engagement pass speed on generated French plans: readEngagements + engagementFindings (missing fields,
// duplicates within the plan and against the shipped earlier-plans corpus). Reported as ms per engagement
// and as the scaling ratio between a 240- and a 60-engagement plan (4x the engagements).
// Targets: a 60-engagement plan (PAN 3 had 59) in under 300 ms, and near-linear scaling (ratio < 6 for 4x).
import { performance } from 'node:perf_hooks';
import { shippedCorpus } from '../../src/core';
import { planFindings as commitmentFindings } from '../../src/core/analyze';
import { readCommitments } from '../../src/core/commitments';
import { fromParagraphs } from '../../src/core/source';
import type { ParagraphInput } from '../../src/core/types';

function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OBJECTS = [
  'les données des marchés',
  'un registre des algorithmes',
  'le portail des démarches',
  'les codes sources',
  'un tableau de bord des délais',
  'les avis de la CADA',
  'les subventions aux associations',
  'les comptes des collectivités',
];
const ACTORS = [
  'La DINUM',
  'Le ministère de l’Économie',
  'La DITP',
  'Etalab',
  'La HATVP',
  'Le ministère de la Justice',
];
const DATES = ['T3 2018', '31 mars 2019', '2e semestre 2019', 'd’ici fin 2020', 'juin 2021'];

function plan(n: number, seed: number): ParagraphInput[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const ps: ParagraphInput[] = [
    { text: 'Plan d’action national', headingLevel: 1 },
    { text: 'Préambule du plan, rédigé avec la société civile.' },
  ];
  for (let i = 0; i < n; i++) {
    if (i % 10 === 0) ps.push({ text: `Axe ${i / 10 + 1}`, headingLevel: 1 });
    ps.push({ text: `Engagement ${i + 1} : publier ${pick(OBJECTS)} (${i})`, headingLevel: 2 });
    for (let k = 0; k < 6; k++)
      ps.push({
        text: `${pick(ACTORS)} publiera ${pick(OBJECTS)} en données ouvertes ${pick(DATES)}, lot ${i}-${k}, pour ${Math.floor(r() * 100)} collectivités.`,
      });
    if (r() < 0.5) ps.push({ text: `Coût : ${Math.floor(r() * 900)} k€` });
    ps.push({ text: 'Jalons :' });
    for (let k = 0; k < 3; k++) ps.push({ text: `- Livraison ${k + 1} du lot ${i} – ${pick(DATES)}` });
  }
  return ps;
}

function time(n: number): number {
  const source = fromParagraphs(plan(n, n));
  const best: number[] = [];
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    const es = readCommitments(source, { lang: 'fr' });
    commitmentFindings(source, es, { lang: 'fr' });
    best.push(performance.now() - t0);
    if (es.length !== n) throw new Error(`expected ${n} engagements, read ${es.length}`);
  }
  return Math.min(...best);
}

export async function run(): Promise<boolean> {
  const t0 = performance.now();
  shippedCorpus();
  console.log(`corpus decode: ${(performance.now() - t0).toFixed(1)} ms (once)`);
  time(20); // warm-up
  const small = time(60);
  const large = time(240);
  console.log(`60 engagements: ${small.toFixed(1)} ms (${(small / 60).toFixed(2)} ms per engagement)`);
  console.log(`240 engagements: ${large.toFixed(1)} ms (${(large / 240).toFixed(2)} ms per engagement)`);
  console.log(`scaling ratio for 4x the engagements: ${(large / small).toFixed(2)}`);
  return small < 300 && large / small < 6;
}
