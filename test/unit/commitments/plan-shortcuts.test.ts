// The plan pass's shortcuts for speed (listed in the developers' notes) must say what the plain computation says.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyze, explainCommitment } from '../../../src/core';
import { matchLabel, paragraphLabel } from '../../../src/core/commitments/labels';
import { sentenceAround } from '../../../src/core/commitments/sections';
import { fromParagraphs, fromPlainText } from '../../../src/core/source';

const LINES = [
  'Coût : 40 k€',
  '## Jalons',
  '**Indicateur(s) :** nombre de jeux',
  'Échéance : T3 2019',
  'Le ministère publiera le registre.',
  'Lead agency: Treasury',
  '- Calendrier (début et fin) : 2018-2020',
  'CIBLE',
  '',
];

describe('plan pass shortcuts give the plain results', () => {
  it("a paragraph's label read once per source is matchLabel of its text, and follows a changed source", () => {
    const line = fc.oneof(fc.constantFrom(...LINES), fc.string({ maxLength: 20 }));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.boolean(), (lines, plain) => {
        const source = plain
          ? fromPlainText(lines.join('\n'), { markdown: true })
          : fromParagraphs(lines.map((text) => ({ text })));
        source.paragraphs.forEach((p, i) => {
          expect(paragraphLabel(source, i)).toEqual(matchLabel(p.text));
          expect(paragraphLabel(source, i)).toEqual(matchLabel(p.text)); // asked twice: the kept one
        });
      }),
      { numRuns: 400 },
    );
    const source = fromParagraphs([{ text: 'Coût : 40 k€' }]);
    expect(paragraphLabel(source, 0)?.field).toBe('cost');
    source.text = 'Cible : 100 %';
    source.paragraphs[0].text = 'Cible : 100 %';
    expect(paragraphLabel(source, 0)?.field).toBe('target');
  });

  it('the sentence around an offset, scanned by character, is the one regular expressions find', () => {
    // What sentenceCommits matched before: the last stop before a space ahead of `at`, the next one after it.
    const plain = (text: string, at: number) => {
      const start = Math.max(0, ...[...text.slice(0, at).matchAll(/[.!?](?=\s)/g)].map((m) => m.index + 1));
      const next = /[.!?](?=\s|$)/.exec(text.slice(at));
      return { start, end: next ? at + next.index : text.length };
    };
    const piece = fc.oneof(
      fc.constantFrom('. ', '.', '?', '!\n', ';', ' ', '\u00a0', '\u2028', 'data.gouv.fr', '1.5 M€', 'Élan', 'x'),
      fc.string({ unit: 'binary', maxLength: 5 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(), (xs, k) => {
        const text = xs.join('');
        const at = k % (text.length + 1);
        expect(sentenceAround(text, at)).toEqual(plain(text, at));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a level explained from what judge read', () => {
  it('is the explanation read again from the text, for every commitment of every fixture draft', () => {
    const dir = join(__dirname, '../../fixtures/drafts');
    let seen = 0;
    for (const lang of ['fr', 'en'] as const)
      for (const file of readdirSync(dir)) {
        const a = analyze(fromPlainText(readFileSync(join(dir, file), 'utf8'), { markdown: true }));
        for (const c of a.commitments) {
          // A copy is not what judge read: its explanation comes from the text, the plain way.
          expect(explainCommitment(a, c, lang)).toEqual(explainCommitment(a, { ...c }, lang));
          seen++;
        }
      }
    expect(seen).toBeGreaterThan(10);
  });
});
