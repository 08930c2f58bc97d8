// A re-check through the plan cache gives exactly what a fresh check gives, whatever was edited, and reads
// again only the commitments whose paragraphs changed.
import fc from 'fast-check';
import { analyze } from '../../../src/core/analyze';
import { createAnalyzer } from '../../../src/core/lint/analyzer';
import { fromParagraphs } from '../../../src/core/source';
import type { ParagraphInput } from '../../../src/core/types';
import { fixture } from './helpers';

// The French fixture plan, with one commitment pasted twice (same-plan copy) and one taken from Canada's
// French plan (earlier-plan copy), so that every kind of plan finding is present.
const CANADA = [
  '## Engagement 9 : Rendre le gouvernement ouvert facile à comprendre',
  "Apporter des améliorations au site ouvert.canada.ca pour permettre aux utilisateurs de trouver plus facilement ce qu'ils cherchent et de contribuer à la collectivité du gouvernement ouvert.",
  'Un projet-pilote est lancé pour permettre aux utilisateurs de présenter des jeux de données, des visualisations, et des rapports fondés sur les données ou sur l’information du gouvernement ouvert.',
];
function basePlan(): ParagraphInput[] {
  const lines = fixture('plan-fr.md').split('\n');
  const first = lines.findIndex((l) => l.startsWith('## Engagement 1'));
  const second = lines.findIndex((l) => l.startsWith('## Engagement 2'));
  const copy = lines.slice(first, second).map((l) => l.replace('Engagement 1 :', 'Engagement 8 :'));
  return [...lines, ...copy, ...CANADA].map((text) => {
    const m = /^(#{1,6})\s/.exec(text);
    return { text, headingLevel: m ? m[1].length : 0 };
  });
}

type Edit = { kind: 'type' | 'insert' | 'delete' | 'heading'; at: number; text: string };
const edit = fc.record({
  kind: fc.constantFrom<Edit['kind']>('type', 'insert', 'delete', 'heading'),
  at: fc.nat(),
  text: fc.oneof(
    fc.constantFrom(
      'Coût : 40 k€',
      'Jalon : publication du registre – T2 2026',
      'Nous renforcerons la transparence.',
      '',
      'Indicateur : nombre de jeux de données',
    ),
    fc.lorem({ maxCount: 12 }),
  ),
});

function apply(ps: ParagraphInput[], e: Edit): ParagraphInput[] {
  const out = ps.slice();
  const at = e.at % (out.length + 1);
  if (e.kind === 'insert') out.splice(at, 0, { text: e.text, headingLevel: 0 });
  else if (e.kind === 'delete' && out.length > 1) out.splice(at % out.length, 1);
  else if (e.kind === 'heading')
    out.splice(at, 0, { text: `## Engagement ${at} : ${e.text || 'Publier le registre'}`, headingLevel: 2 });
  else if (out.length > 0)
    out[at % out.length] = { ...out[at % out.length], text: `${out[at % out.length].text} ${e.text}` };
  return out;
}

describe('the plan cache', () => {
  it('gives the same analysis as a fresh check after any sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        const analyzer = createAnalyzer({ lang: 'fr' });
        let ps = basePlan();
        analyzer.analyze(ps);
        for (const e of edits) {
          ps = apply(ps, e);
          const got = analyzer.analyze(ps);
          const want = analyze(fromParagraphs(ps), { lang: 'fr' });
          expect(got.commitments).toEqual(want.commitments);
          expect(got.findings).toEqual(want.findings);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('reads every commitment again when the plan’s title, and so its period, changes', () => {
    // The property's counterexample (CI): the title « # Plan … 2018-2020 » deleted, a recurring deadline's year
    // and so its milestones changed in commitments whose own paragraphs did not.
    const analyzer = createAnalyzer({ lang: 'fr' });
    let ps = basePlan();
    analyzer.analyze(ps);
    for (const e of [
      { kind: 'insert', at: 1, text: 'Coût : 40 k€' },
      { kind: 'heading', at: 383442373, text: 'vivamus' },
      { kind: 'delete', at: 0, text: '' },
      { kind: 'type', at: 0, text: 'Coût : 40 k€' },
    ] as Edit[]) {
      ps = apply(ps, e);
      expect(analyzer.analyze(ps).commitments).toEqual(analyze(fromParagraphs(ps), { lang: 'fr' }).commitments);
    }
  });

  it('reads again only the commitment that changed', () => {
    const analyzer = createAnalyzer({ lang: 'fr' });
    const ps = basePlan();
    const first = analyzer.analyze(ps);
    expect(first.findings.some((f) => f.ruleId === 'duplicate' && f.data?.kind === 'same-plan')).toBe(true);
    expect(first.findings.some((f) => f.ruleId === 'duplicate' && f.data?.kind === 'earlier-plan')).toBe(true);
    const before = analyzer.cacheStats();
    const k = ps.findIndex((p) => p.text.startsWith('Coût : non chiffré'));
    const edited = ps.map((p, i) => (i === k ? { ...p, text: 'Coût : 30 k€' } : p));
    const again = analyzer.analyze(edited);
    const after = analyzer.cacheStats();
    expect(after.commitmentMisses - before.commitmentMisses).toBe(1);
    expect(after.commitmentHits - before.commitmentHits).toBe(first.commitments.length - 1);
    expect(again.commitments[1].missing).not.toContain('cost');
    expect(first.commitments[1].missing).toContain('cost');
  });
});
