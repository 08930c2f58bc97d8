// The pool's split of a review: reader threads read a draft and its language, then run its text half (text
// checks), while the main thread runs the plan half; the main thread assembles the two. The result must be what `analyze` gives in one piece, also once
// the text half has crossed a thread (structured clone), with and without house rules or a forced language.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalyzeOptions } from '../../../src/core';
import { completeDraft, readDraft } from '../../../src/cli/input';
import { analyzeOptionsFor } from '../../../src/cli/pool';
import { reportWriter } from '../../../src/cli/report';
import { planHalf, reviewDraft, reviewOfHalves, textHalf } from '../../../src/cli/review';
import { readForWire, textForWire } from '../../../src/cli/worker';
import { FIXTURES, docxFromXml, p, runCli, tempDir } from './helpers';

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

/** The example house rules warn of nothing. */
const noWarning = (line: string) => {
  throw new Error(`unexpected warning: ${line}`);
};

const optionSets: [string, AnalyzeOptions][] = [
  ['no option', {}],
  [
    'house rules',
    analyzeOptionsFor({ rules: join(__dirname, '../../../examples/house-rules.json'), uiLang: 'fr', warn: noWarning }),
  ],
  ['--lang en', analyzeOptionsFor({ lang: 'en', uiLang: 'fr', warn: noWarning })],
];

describe.each(optionSets)('the text half on a reader thread, then the plan half (%s)', (_, options) => {
  it.each([...files, docx])('gives the review analyze gives: %s', (file) => {
    const draft = readDraft(file);
    const whole = reviewDraft(draft, options);
    // As the pool gets it: the file read with its language, then its text checked, on a thread that got the
    // options once; the plan half done here meanwhile.
    const sent = structuredClone(options);
    const { read, source } = readForWire(file, sent);
    if (!read.ok) throw new Error(`not read: ${read.code}`);
    const { draft: paragraphs, lang } = structuredClone(read);
    const here = completeDraft(paragraphs);
    const plan = planHalf(here, lang, options);
    const text = structuredClone(textForWire(source!, read.lang, sent));
    if (!text.ok) throw new Error(`not checked: ${text.code}`);
    expect(text.text).toEqual(structuredClone(textHalf(draft.source, options)));
    const split = reviewOfHalves(here, text.text, plan, options);
    expect(split).toEqual(whole);
    // Byte-identical reports: JSON keeps every member, in order.
    const json = (r: typeof whole) => reportWriter('json', 'fr').add(r).join('');
    expect(json(split)).toBe(json(whole));
  });
});

it('a reader that dies between a draft and its text checks fails that draft, said once; no file is lost or waited for', async () => {
  const dir = tempDir('jalon-pool-dies-');
  for (const f of ['plan-fr.md', 'plan-en.md', 'notes.txt'])
    writeFileSync(join(dir, f), readFileSync(join(FIXTURES, f)));
  // Sends a draft as a reader does, then dies before its text half: each reader the pool starts does the same.
  const script = join(dir, 'dies.cjs');
  writeFileSync(
    script,
    `const { parentPort } = require('node:worker_threads');
let sent = false;
parentPort.on('message', (m) => {
  if ('options' in m || sent) return;
  sent = true;
  parentPort.postMessage({ ok: true, lang: 'fr', draft: { file: m.file, kind: 'txt', paragraphs: [{ text: 'Texte.' }], fileText: 'Texte.' } });
  setTimeout(() => process.exit(5), 20);
});
`,
  );
  const r = await runCli(['check', '--jobs', '2', '--format', 'json', dir], { LANG: 'en_US' }, false, { file: script });
  expect(r.code).toBe(2);
  const json = JSON.parse(r.stdout) as { files: unknown[]; errors: { file: string }[] };
  expect(json.errors.map((e) => e.file)).toEqual(['notes.txt', 'plan-en.md', 'plan-fr.md'].map((f) => join(dir, f)));
  expect(r.stderr.match(/worker exited \(5\)/g)).toHaveLength(3);
});
