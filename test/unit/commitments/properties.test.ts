import fc from 'fast-check';
import { planFindings as commitmentFindings } from '../../../src/core/analyze';
import { readCommitments } from '../../../src/core/commitments';
import { fromParagraphs } from '../../../src/core/source';
import type { ParagraphInput } from '../../../src/core/types';

// Pieces real plans are made of, shuffled into random documents: whatever the order, offsets must hold.
const PIECES = [
  'Engagement 1 : Ouvrir les données',
  'ENGAGEMENT N°2',
  'Engagement 4',
  'Ouvrir les algorithmes publics',
  'Commitment 3: Open contracting',
  'Coût : 50 k€',
  'Coût : non chiffré',
  'Indicateur(s) :',
  'Jalons :',
  '- Publication du décret – T3 2018 [Réalisé]',
  "Cible : 100 % d'ici fin 2019",
  'Porteur',
  'DINUM',
  'Situation initiale : 12 % en 2017',
  'Le ministère publiera un guide en mars 2019.',
  '',
  '   ',
  '**Budget :** 2 M€',
  'Calendrier : 2018-2020',
  'Lead agency: Treasury',
  'Texte libre sans structure.',
  'à partir de 2018',
  '<!-- commentaire -->',
  'Coût\u00a0: 3\u202f000\u00a0€',
  'œuvre ﬁnale',
  '😀 emoji',
  'Public visé : les citoyens',
];

const paragraph = fc.record({
  text: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 40 })),
  headingLevel: fc.constantFrom(0, 0, 0, 1, 2, 3),
  inTable: fc.boolean(),
  tags: fc.constantFrom<string[]>([], [], ['jalon:title'], ['jalon:cost'], ['jalon:milestones'], ['jalon:problem']),
});

describe('engagement reading on arbitrary documents', () => {
  it('keeps engagements ordered and disjoint, and every offset exact', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 40 }), (ps: ParagraphInput[]) => {
        const source = fromParagraphs(ps);
        const es = readCommitments(source, { lang: 'fr', earlierPlans: null });
        let last = -1;
        for (const e of es) {
          expect(e.start).toBeGreaterThanOrEqual(last);
          expect(e.end).toBeGreaterThanOrEqual(e.start);
          expect(source.text.slice(e.start, e.start + e.title.length).replace(/\n/g, ' ')).toBe(e.title);
          expect(e.firstParagraph).toBeLessThanOrEqual(e.lastParagraph);
          last = e.end;
          for (const [name, v] of Object.entries(e.fields)) {
            const values =
              name === 'milestones'
                ? (v as { text: string; start: number; end: number }[])
                : [v as { text: string; start: number; end: number }];
            for (const x of values) {
              expect(source.text.slice(x.start, x.end)).toBe(x.text);
              expect(x.start).toBeGreaterThanOrEqual(e.start);
              expect(x.end).toBeLessThanOrEqual(e.end);
            }
          }
          expect(e.score).toBe(e.checklist.filter((c) => c.earned).reduce((s, c) => s + c.points, 0));
        }
        for (const f of commitmentFindings(source, es, { lang: 'fr', earlierPlans: null })) {
          expect(source.text.slice(f.start, f.end)).toBe(f.actual);
        }
      }),
      { numRuns: 300 },
    );
  });
});
