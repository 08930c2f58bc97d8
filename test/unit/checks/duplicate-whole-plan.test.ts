// A document that is mostly one earlier plan gets one finding naming that plan, not one per commitment; below the
// rule, and for commitments that repeat another plan, each commitment keeps its own finding.
import {
  buildCorpus,
  corpusFromPlan,
  mergeCorpora,
  shippedCorpus,
  type Commitment,
  type Finding,
  type Lang,
} from '../../../src/core';
import { duplicate } from '../../../src/core/checks/duplicate';
import { numberList, wholePlanCopies } from '../../../src/core/checks/duplicate/whole-plan';
import { md, read } from '../commitments/helpers';
import { EARLIER_PLAN } from './earlier-plans';

// Commitments of two earlier plans, each in words of its own (no two share a sentence).
const A = EARLIER_PLAN;
const B = [
  [
    'Ouvrir les délibérations des conseils régionaux',
    'Les conseils régionaux diffuseront en direct et archiveront en vidéo toutes leurs séances plénières à partir de janvier. Les ordres du jour seront mis en ligne au moins sept jours avant chaque séance.',
  ],
];
// Commitments of no earlier plan.
const NEW = [
  [
    'Mesurer les délais de réponse aux usagers',
    'Les caisses d’allocations familiales afficheront chaque trimestre sur leur site le délai moyen de traitement des dossiers de prestations. Les écarts entre départements seront commentés par la direction nationale.',
  ],
  [
    'Associer les lycéens au budget participatif',
    'Chaque lycée public de la région consacrera une enveloppe de dix mille euros à des projets choisis par un vote des élèves. Les projets retenus seront réalisés avant la fin de l’année scolaire suivante.',
  ],
  [
    'Cartographier les subventions aux associations',
    'Une carte interactive recensera toutes les subventions de plus de cinq mille euros versées par les services de l’État aux associations. Les montants, les bénéficiaires et les objets y figureront par commune.',
  ],
  [
    'Ouvrir les données des transports scolaires',
    'Les horaires, les arrêts et les trajets des cars scolaires de chaque département seront publiés au format standard des transports publics. Une mise à jour aura lieu avant chaque rentrée de septembre.',
  ],
];

const corpus = buildCorpus([
  ...A.map(([title, text], i) => ({ country: 'France', plan: 'PAN 2015-2017', id: `A${i + 1}`, title, text })),
  ...B.map(([title, text], i) => ({ country: 'France', plan: 'PAN 2018-2020', id: `B${i + 1}`, title, text })),
]);

/** A draft whose commitments are these, in this order, numbered from 1. */
function draft(commitments: string[][]): string {
  return ['# Plan', ...commitments.flatMap(([title, text], i) => [`## Engagement ${i + 1} : ${title}`, text])].join(
    '\n',
  );
}

function check(commitments: string[][], lang: Lang = 'fr'): { findings: Finding[]; read: Commitment[] } {
  const source = md(draft(commitments));
  const es = read(source, lang);
  expect(es).toHaveLength(commitments.length);
  return { findings: duplicate.run({ source, commitments: es, options: { lang, earlierPlans: corpus } }), read: es };
}

const kinds = (fs: Finding[]) => fs.map((f) => [f.commitment, f.data!.kind]);

describe('a document that repeats an earlier plan whole', () => {
  it('gets one finding naming the plan, n of m and the commitments, on the first commitment that repeats it', () => {
    const { findings, read: es } = check(A);
    expect(kinds(findings)).toEqual([[0, 'earlier-plan-whole']]);
    const f = findings[0];
    expect(f.ruleId).toBe('duplicate');
    expect(f.actual).toBe(es[0].title);
    expect(f.message).toBe(
      'Ce document reprend le plan antérieur « PAN 2015-2017 » : 5 de ses 5 engagements reprennent chacun un engagement de ce plan (engagements 1 à 5). Si c’est ce plan lui-même, ignorez cette remarque ; sinon, dites pour chaque engagement ce qu’il apporte depuis.',
    );
    expect(f.note).toContain('Un nouveau plan qui reprend un plan antérieur doit dire, pour chaque engagement repris');
    // The detail stays in the data: each commitment and the earlier commitment it repeats.
    expect(f.data).toMatchObject({ country: 'France', plan: 'PAN 2015-2017', commitments: 5, of: 5 });
    const matches = f.data!.matches as Array<{ commitment: number; ref: { id: string }; containment: number }>;
    expect(matches.map((m) => [m.commitment, m.ref.id])).toEqual([
      [0, 'A1'],
      [1, 'A2'],
      [2, 'A3'],
      [3, 'A4'],
      [4, 'A5'],
    ]);
    for (const m of matches) expect(m.containment).toBeGreaterThan(0.9);
  });

  it('is worded in English for an English draft', () => {
    const { findings } = check(A, 'en');
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toBe(
      'This document repeats the earlier plan "PAN 2015-2017": 5 of its 5 commitments each repeat a commitment of that plan (commitments 1 to 5). If it is that plan itself, ignore this finding; otherwise say, for each commitment, what it adds since.',
    );
    expect(findings[0].note).toContain('A new plan that takes over an earlier plan must say');
  });

  it('counts every commitment of the document and lists the repeated ones, new commitments between them', () => {
    // 4 of 6 commitments from plan A (at least 3 and at least half).
    const { findings } = check([A[0], NEW[0], A[1], A[2], NEW[1], A[3]], 'en');
    expect(kinds(findings)).toEqual([[0, 'earlier-plan-whole']]);
    expect(findings[0].message).toContain('4 of its 6 commitments');
    expect(findings[0].message).toContain('(commitments 1, 3, 4, 6)');
  });

  it('keeps per-commitment findings below the rule: a few commitments from one plan', () => {
    // 2 from plan A: fewer than 3.
    const few = check([A[0], NEW[0], A[1], NEW[1]]).findings;
    expect(kinds(few)).toEqual([
      [0, 'earlier-plan'],
      [2, 'earlier-plan'],
    ]);
    expect(few[0].message).toBe(
      'Cet engagement reprend un engagement d’un plan antérieur : PAN 2015-2017, A1 (« Publier les données de la commande publique »).',
    );
    // 3 from plan A out of 7: fewer than half.
    const less = check([A[0], NEW[0], A[1], NEW[1], NEW[2], A[2], NEW[3]]).findings;
    expect(kinds(less)).toEqual([
      [0, 'earlier-plan'],
      [2, 'earlier-plan'],
      [5, 'earlier-plan'],
    ]);
  });

  it('keeps the own finding of a commitment that repeats another plan', () => {
    const { findings } = check([A[0], A[1], B[0], A[2], A[3]], 'en');
    expect(kinds(findings)).toEqual([
      [0, 'earlier-plan-whole'],
      [2, 'earlier-plan'],
    ]);
    expect(findings[0].message).toContain('4 of its 5 commitments');
    expect(findings[0].message).toContain('(commitments 1, 2, 4, 5)');
    expect(findings[1].data!.ref).toMatchObject({ plan: 'PAN 2018-2020', id: 'B1' });
  });
});

describe("the organisation's own earlier plan, read like any plan and merged with the shipped corpus", () => {
  it('gives one finding for a draft that is that plan', () => {
    const own = corpusFromPlan(md(draft(A)), { country: 'France', plan: 'PAN 2015-2017 (ministère)' });
    const source = md(draft(A));
    const findings = duplicate.run({
      source,
      commitments: read(source),
      options: { lang: 'fr', earlierPlans: mergeCorpora(shippedCorpus(), own) },
    });
    expect(kinds(findings)).toEqual([[0, 'earlier-plan-whole']]);
    expect(findings[0].message).toContain('« PAN 2015-2017 (ministère) » : 5 de ses 5 engagements');
    expect((findings[0].data!.matches as Array<{ ref: { id: string } }>).map((m) => m.ref.id)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
  });
});

describe('the rule and the list', () => {
  const ref = (plan: string) => ({ ref: { country: 'X', plan, id: '1', title: 't' } });
  it('asks at least 3 commitments and at least half of those compared, per country and plan', () => {
    const a = ref('A');
    expect(wholePlanCopies([a, a, undefined], 3)).toEqual([]);
    expect(wholePlanCopies([a, a, a, undefined, undefined, undefined], 6)).toEqual([
      { country: 'X', plan: 'A', commitments: [0, 1, 2] },
    ]);
    expect(wholePlanCopies([a, a, a, undefined, undefined, undefined, undefined], 7)).toEqual([]);
    // Same plan name, another country: another plan.
    const y = { ref: { ...a.ref, country: 'Y' } };
    expect(wholePlanCopies([a, a, y, y, a], 5)).toEqual([{ country: 'X', plan: 'A', commitments: [0, 1, 4] }]);
  });

  it('writes runs of three or more as a range', () => {
    const r = (a: number, b: number) => `${a}-${b}`;
    expect(numberList([1, 2, 3, 4, 5], r)).toBe('1-5');
    expect(numberList([1, 2, 4, 6, 7, 8, 10], r)).toBe('1, 2, 4, 6-8, 10');
    expect(numberList([3], r)).toBe('3');
  });
});
