// labelSpan (every paragraph the text checks read) and matchLabel rule a paragraph out by the three letters it opens
// with after its decorations, folding only its start: the same answers as the whole head folded and every label tried.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  labelSpan,
  labelSpanPlain,
  matchLabel,
  matchLabelPlain,
  OPENINGS,
} from '../../../src/core/commitments/label-match';
import { FIELD_LABELS } from '../../../src/core/commitments/label-words';
import { TEMPLATE_FIELDS } from '../../../src/core/template/fields';
import { fromPlainText } from '../../../src/core/source';
import { generatePlan } from '../../bench/engine.bench';

// A label word's simplest readings (its optional groups taken or left out), as authors write them, in capitals too.
const simple = (w: string) => [
  w.replace(/\(\?:([^|()]*)[^()]*\)\??/g, '$1').replace(/[?\\]/g, ''),
  w.replace(/\(\?:[^()]*\)\?/g, '').replace(/[?\\]/g, ''),
];
const words = [
  ...FIELD_LABELS.flatMap(([, ws]) => ws.flatMap(simple)),
  ...TEMPLATE_FIELDS.flatMap((f) => [f.label.fr, f.label.en]),
];
const cased = fc
  .tuple(fc.constantFrom(...words), fc.constantFrom('lower', 'upper', 'first'))
  .map(([w, c]) => (c === 'upper' ? w.toUpperCase() : c === 'first' ? w[0].toUpperCase() + w.slice(1) : w));
const prose = fc.constantFrom(
  'Le ministère publiera',
  'Les préfectures',
  'L’administration',
  'Nous',
  'Lea',
  'Leading agencies will',
  'Échéancier',
  'Coûteux',
  'œuvre',
  'Co',
  'a',
  '',
);
const decoration = fc.oneof(
  fc.constantFrom('', '- ', '* ', '## ', '**', '__', '1. ', '12) ', '  ', '\u00a0', '\t', '• ', '- 3. **'),
  // Decorations longer than the part folded first.
  fc.integer({ min: 30, max: 60 }).map((n) => ' '.repeat(n)),
  fc.string({ unit: fc.constantFrom(' ', '#', '-', '*', '.', ')', '_', '1', '\u00a0', '\u202f'), maxLength: 50 }),
);
const line = fc
  .tuple(
    decoration,
    fc.oneof(cased, prose, fc.string({ maxLength: 6 })),
    fc.constantFrom(' :', ':', '**:', ' - ', '\t', '', ' (s) :', ' 2 :', ' : 1 octobre 2016', ': 2019'),
    fc.oneof(
      fc.constantFrom('', ' 40 k€', ' T3 2019', ' voir ci-dessous', ' le décret sera publié.'),
      fc.string({ maxLength: 10 }),
      fc.integer({ min: 250, max: 400 }).map((n) => ' mot'.repeat(n / 4)),
    ),
  )
  .map((parts) => parts.join(''));

test('every label word opens with three plain letters (else every paragraph head is folded whole)', () => {
  expect(OPENINGS).not.toBeNull();
});

test('labels ruled out by their opening letters are those no label matches', () => {
  fc.assert(
    fc.property(line, (t) => {
      expect(labelSpan(t)).toEqual(labelSpanPlain(t));
      expect(matchLabel(t)).toEqual(matchLabelPlain(t));
    }),
    { numRuns: 4000 },
  );
});

test('the same labels on every paragraph of the drafts and of a generated plan', () => {
  const dirs = ['test/fixtures/drafts', 'test/fixtures/cli', 'test/fixtures/publish'];
  const texts = dirs.flatMap((d) =>
    readdirSync(d)
      .filter((f) => /\.(md|txt)$/.test(f))
      .flatMap((f) => fromPlainText(readFileSync(join(d, f), 'utf8')).paragraphs.map((p) => p.text)),
  );
  texts.push(...generatePlan(20_000, 7).map((p) => p.text));
  let labelled = 0;
  for (const t of texts) {
    const span = labelSpan(t);
    expect(span).toEqual(labelSpanPlain(t));
    expect(matchLabel(t)).toEqual(matchLabelPlain(t));
    if (span) labelled++;
  }
  expect(labelled).toBeGreaterThan(100);
});
