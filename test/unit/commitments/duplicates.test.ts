import fc from 'fast-check';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildCorpus,
  corpusFromPlan,
  corpusFromData,
  corpusToData,
  decodeHashes,
  encodeHashes,
  mergeCorpora,
  shippedCorpus,
  shortTitle,
  type Commitment,
  type SourceText,
} from '../../../src/core';
import { duplicate } from '../../../src/core/checks/duplicate';
import type { PlanOptions } from '../../../src/core/checks/types';
import { md, read } from './helpers';

const DATA = join(__dirname, '../../../src/core/checks/duplicate/earlier-plans.json');
const duplicateFindings = (source: SourceText, commitments: Commitment[], options: PlanOptions) =>
  duplicate.run({ source, commitments, options });

const PLAN = [
  '# Plan',
  '## Engagement 1 : Publier les données de la commande publique',
  "Le ministère de l'Économie publiera en données ouvertes les données essentielles de tous les marchés publics de l'État au-dessus de 25 000 euros.",
  'Un format commun des données sera arrêté avec les acheteurs publics et les éditeurs de profils acheteurs.',
  "Les collectivités territoriales seront accompagnées pour publier leurs propres marchés d'ici fin 2019.",
  '## Engagement 2 : Former les agents à la participation citoyenne',
  'Deux cents agents seront formés aux méthodes de concertation en 2019 par la DITP.',
  '## Engagement 3 : Ouvrir les données des marchés publics',
  "Le ministère de l'Économie publiera en données ouvertes les données essentielles de tous les marchés publics de l'État au-dessus de 25 000 euros.",
  'Un format commun des données sera arrêté avec les acheteurs publics et les éditeurs de profils acheteurs.',
  'Un bilan sera présenté au Parlement.',
].join('\n');

describe('duplicates within a plan', () => {
  const source = md(PLAN);
  const es = read(source);
  const fs = duplicateFindings(source, es, { lang: 'fr', earlierPlans: null });

  it('flags the later of two engagements that largely repeat each other, and shows the shared sentences', () => {
    expect(fs).toHaveLength(1);
    const f = fs[0];
    expect(f.ruleId).toBe('duplicate');
    expect(f.commitment).toBe(2);
    expect(f.actual).toBe(es[2].title);
    expect(f.message).toBe(
      'Cet engagement reprend en grande partie l’engagement 1 (« Engagement 1 : Publier les données de la commande publique »).',
    );
    const shared = f.data!.sharedSentences as Array<{ start: number; end: number; text: string }>;
    expect(shared.map((s) => s.text)).toEqual([
      "Le ministère de l'Économie publiera en données ouvertes les données essentielles de tous les marchés publics de l'État au-dessus de 25 000 euros.",
      'Un format commun des données sera arrêté avec les acheteurs publics et les éditeurs de profils acheteurs.',
    ]);
    for (const s of shared) expect(source.text.slice(s.start, s.end)).toBe(s.text);
    expect(f.data!.kind).toBe('same-plan');
    expect(f.data!.containment as number).toBeGreaterThan(0.6);
  });

  it('is not fooled by accents, case and function words', () => {
    const text = PLAN.replace(
      "Le ministère de l'Économie publiera en données ouvertes les données essentielles de tous les marchés publics de l'État au-dessus de 25 000 euros.\nUn format commun des données sera arrêté avec les acheteurs publics et les éditeurs de profils acheteurs.\nUn bilan",
      'LE MINISTERE DE L ECONOMIE PUBLIERA EN DONNEES OUVERTES LES DONNEES ESSENTIELLES DE TOUS LES MARCHES PUBLICS DE L ETAT AU-DESSUS DE 25 000 EUROS. Un format commun des données sera arrêté avec acheteurs publics et éditeurs de profils acheteurs.\nUn bilan',
    );
    const s = md(text);
    expect(duplicateFindings(s, read(s), { lang: 'fr', earlierPlans: null }).map((f) => f.commitment)).toEqual([2]);
  });

  it('does not flag engagements that only share a theme', () => {
    const s = md(PLAN.split('## Engagement 3')[0]);
    expect(duplicateFindings(s, read(s), { lang: 'fr', earlierPlans: null })).toEqual([]);
  });
});

describe('duplicates of an earlier plan', () => {
  const earlier = buildCorpus([
    {
      country: 'France',
      plan: 'PAN 2015-2017',
      id: 'FR-2',
      title: 'Accroître la transparence de la commande publique',
      text: "Le ministère de l'Économie publiera en données ouvertes les données essentielles de tous les marchés publics de l'État au-dessus de 25 000 euros. Un format commun des données sera arrêté avec les acheteurs publics et les éditeurs de profils acheteurs.",
    },
    {
      country: 'France',
      plan: 'PAN 2015-2017',
      id: 'FR-9',
      title: 'Transparence des négociations commerciales',
      text: 'Les mandats de négociation seront publiés après chaque cycle.',
    },
  ]);

  it("reports the earlier plan's reference and the shared sentences (the organisation's own corpus)", () => {
    const source = md(PLAN);
    const fs = duplicateFindings(source, read(source), { lang: 'en', earlierPlans: earlier }).filter(
      (f) => f.data?.kind === 'earlier-plan',
    );
    expect(fs.map((f) => f.commitment)).toEqual([0, 2]);
    expect(fs[0].data!.ref).toEqual({
      country: 'France',
      plan: 'PAN 2015-2017',
      id: 'FR-2',
      title: 'Accroître la transparence de la commande publique',
    });
    expect(fs[0].message).toBe(
      'This commitment repeats a commitment of an earlier plan: PAN 2015-2017, FR-2 ("Accroître la transparence de la commande publique").',
    );
    expect((fs[0].data!.sharedSentences as unknown[]).length).toBe(2);
  });

  it('survives storage: hashes only, encoded and decoded', () => {
    const a = Uint32Array.from([0, 1, 0xffffffff, 123456789, 42]);
    expect([...decodeHashes(encodeHashes(a))]).toEqual([...a]);
    // Any length: 4n bytes leave 0, 1 or 2 padding characters.
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffffffff })), (xs) =>
        expect([...decodeHashes(encodeHashes(Uint32Array.from(xs)))]).toEqual(xs),
      ),
    );
    const data = corpusToData(earlier, ['test']);
    expect(JSON.stringify(data)).not.toContain('acheteurs');
    const back = corpusFromData(JSON.parse(JSON.stringify(data)));
    const source = md(PLAN);
    expect(
      duplicateFindings(source, read(source), { lang: 'fr', earlierPlans: back }).filter(
        (f) => f.data?.kind === 'earlier-plan',
      ),
    ).toHaveLength(2);
  });

  it('merges corpora with different sampling, each item keeping its own, and still finds copies in both', () => {
    const text = [
      'Le registre national des algorithmes publics recensera chaque traitement automatisé utilisé pour prendre une décision individuelle.',
      'Chaque fiche décrira les données employées, les paramètres principaux, leur pondération et la voie de recours ouverte aux usagers concernés.',
      'Les administrations centrales et les opérateurs rempliront le registre avant le premier semestre 2025 sous le contrôle de la commission nationale.',
    ].join(' ');
    const sampled = buildCorpus(
      [{ country: 'X', plan: 'P', id: '1', title: 'Titre assez long du texte échantillonné', text }],
      { sampleMod: 4 },
    );
    const merged = mergeCorpora(earlier, sampled);
    expect(merged.sampleMod).toBe(4);
    expect(merged.items).toHaveLength(3);
    expect(merged.items.map((it) => it.sampleMod)).toEqual([1, 1, 4]);
    expect(merged.items[0].shingles.some((h) => h % 4 !== 0)).toBe(true);
    expect(merged.items[2].shingles.every((h) => h % 4 === 0)).toBe(true);
    const source = md(`${PLAN}\n## Engagement 4 : Titre assez long du texte échantillonné\n${text}`);
    const fs = duplicateFindings(source, read(source), { lang: 'fr', earlierPlans: merged }).filter(
      (f) => f.data?.kind === 'earlier-plan',
    );
    expect(fs.map((f) => [f.commitment, (f.data!.ref as { id: string }).id])).toEqual([
      [0, 'FR-2'],
      [2, 'FR-2'],
      [3, '1'],
    ]);
    // Stored and read back, each item keeps its sampling.
    expect(
      corpusFromData(JSON.parse(JSON.stringify(corpusToData(merged, ['test'])))).items.map((it) => it.sampleMod),
    ).toEqual([1, 1, 4]);
  });

  it('keeps reference titles short', () => {
    expect(shortTitle('a '.repeat(100)).length).toBeLessThanOrEqual(80);
  });
});

describe('the shipped corpus of earlier plans', () => {
  it('is small and holds no plan text', () => {
    expect(statSync(DATA).size).toBeLessThan(1024 * 1024);
    const raw = readFileSync(DATA, 'utf8');
    // A sentence of Canada's 4th plan (indicator C01.1.1), which the corpus must hold only as hashes.
    expect(raw).not.toContain('user-submitted records');
    expect(raw).not.toContain('ressources présentées');
    const corpus = shippedCorpus();
    expect(corpus.items.length).toBeGreaterThan(400);
    expect(corpus.items.every((it) => it.ref.title.length <= 80)).toBe(true);
    expect(corpus.items.some((it) => it.ref.country === 'Canada' && it.ref.plan.endsWith('(FR)'))).toBe(true);
  });

  it('recognises a commitment pasted from an earlier plan (Canada, French)', () => {
    const text = [
      '## Engagement 1 : Rendre le gouvernement ouvert facile à comprendre',
      "Apporter des améliorations au site ouvert.canada.ca pour permettre aux utilisateurs de trouver plus facilement ce qu'ils cherchent et de contribuer à la collectivité du gouvernement ouvert.",
      'Un projet-pilote est lancé pour permettre aux utilisateurs de présenter des jeux de données, des visualisations, et des rapports fondés sur les données ou sur l’information du gouvernement ouvert.',
    ].join('\n');
    const source = md(text);
    const fs = duplicateFindings(source, read(source), { lang: 'fr' });
    expect(fs).toHaveLength(1);
    expect(fs[0].data!.ref).toMatchObject({ country: 'Canada', id: 'C01' });
  });

  it('does not flag an original French commitment', () => {
    const source = md(PLAN.split('## Engagement 3')[0]);
    expect(duplicateFindings(source, read(source), { lang: 'fr' })).toEqual([]);
  });
});

describe("the organisation's own earlier plan", () => {
  it('is read like any plan, hashed per engagement, and merged with the shipped corpus', () => {
    const old = md(PLAN.split('## Engagement 2')[0]);
    const own = corpusFromPlan(old, { country: 'France', plan: 'PAN 2015-2017' });
    expect(own.items.map((it) => it.ref)).toEqual([
      {
        country: 'France',
        plan: 'PAN 2015-2017',
        id: '1',
        title: 'Engagement 1 : Publier les données de la commande publique',
      },
    ]);
    const corpus = mergeCorpora(shippedCorpus(), own);
    const source = md(PLAN);
    const fs = duplicateFindings(source, read(source), { lang: 'fr', earlierPlans: corpus }).filter(
      (f) => f.data?.kind === 'earlier-plan',
    );
    expect(fs.map((f) => [f.commitment, (f.data!.ref as { plan: string }).plan])).toEqual([
      [0, 'PAN 2015-2017'],
      [2, 'PAN 2015-2017'],
    ]);
  });
});
