// The pool's split of a review: reader threads read a draft and run its text half (language, text checks), the
// main thread runs the plan half and assembles. The result must be what `analyze` gives in one piece, also once
// the text half has crossed a thread (structured clone), with and without house rules or a forced language.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalyzeOptions } from '../../../src/core';
import { readDraft } from '../../../src/cli/input';
import { analyzeOptionsFor } from '../../../src/cli/pool';
import { reportWriter } from '../../../src/cli/report';
import { reviewDraft, reviewWithText, textHalf } from '../../../src/cli/review';
import { readForWire } from '../../../src/cli/worker';
import { FIXTURES, docxFromXml, p, tempDir } from './helpers';

const DRAFTS = join(__dirname, '../../fixtures/drafts');
const files = [
  ...readdirSync(FIXTURES).map((f) => join(FIXTURES, f)),
  ...readdirSync(DRAFTS).map((f) => join(DRAFTS, f)),
];

// A .docx too: its paragraphs carry headings, a table and a footnote, which the text and plan halves both read.
const docx = join(tempDir('jalon-pool-'), 'projet.docx');
writeFileSync(
  docx,
  docxFromXml({
    body:
      p('Engagement 1 : publier les données des marchés', '<w:pStyle w:val="Heading2"/>') +
      p('Le ministère va renforcer la transparence et promouvoir les données ouvertes dans les meilleurs délais.') +
      p('Indicateur : part des marchés publiés au format OCDS') +
      p('Coût : 10 000 €') +
      '<w:tbl><w:tr><w:tc>' +
      p('Jalon') +
      '</w:tc><w:tc>' +
      p('Échéance') +
      '</w:tc></w:tr><w:tr><w:tc>' +
      p('Arrêté publié') +
      '</w:tc><w:tc>' +
      p('mars 2019') +
      '</w:tc></w:tr></w:tbl>' +
      p('Engagement 2 : favoriser la participation', '<w:pStyle w:val="Heading2"/>') +
      p('Nous poursuivrons nos efforts pour améliorer significativement la concertation.'),
  }),
);

const optionSets: [string, AnalyzeOptions][] = [
  ['no option', {}],
  ['house rules', analyzeOptionsFor({ rules: join(__dirname, '../../../examples/house-rules.json'), uiLang: 'fr' })],
  ['--lang en', analyzeOptionsFor({ lang: 'en', uiLang: 'fr' })],
];

describe.each(optionSets)('the text half on a reader thread, then the plan half (%s)', (_, options) => {
  it.each([...files, docx])('gives the review analyze gives: %s', (file) => {
    const draft = readDraft(file);
    const whole = reviewDraft(draft, options);
    // As the pool gets it: the file read and its text checked on a thread, the options sent once.
    const wire = structuredClone(readForWire(file, structuredClone(options)));
    if (!wire.ok) throw new Error(`not read: ${wire.code}`);
    expect(wire.text).toEqual(structuredClone(textHalf(draft.source, options)));
    const split = reviewWithText(readDraft(file), wire.text, options);
    expect(split).toEqual(whole);
    // Byte-identical reports: JSON keeps every member, in order.
    const json = (r: typeof whole) => reportWriter('json', 'fr').add(r);
    expect(json(split)).toBe(json(whole));
  });
});
