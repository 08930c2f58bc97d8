// The report a facilitator mails to a ministry (issue 13, audit 14 finding 15): the US plan's ~900 findings repeated,
// commitment after commitment, the same questions with the same long example. Text, Markdown and HTML now open each
// draft on a digest (per commitment: the questions on one line, then at most three remarks), then write each missing
// field's example once (« Comment écrire chaque champ » / "How to write each field"), then the full list, where a
// missing field points to its example (folded in HTML). JSON keeps every finding with its example, for tools.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, findings as findingWords } from '../../../src/core';
import { plainSpaces, runCli, tempDir } from './helpers';

jest.setTimeout(60_000);

const PLANS = {
  fr: [
    '# Plan d’action national pour un gouvernement ouvert 2024-2026',
    '## Engagement 1 : Ouvrir les données des marchés publics',
    'Nous renforcerons la transparence des marchés publics et favoriserons la participation des entreprises.',
    '## Engagement 2 : Publier les contrats de la commande publique',
    'Nous améliorerons l’accès aux contrats des marchés publics et développerons les outils nécessaires.',
    '## Engagement 3 : Suivre l’exécution des marchés publics',
    'Nous poursuivrons les efforts pour promouvoir le suivi des marchés publics, notamment avec les acheteurs.',
  ],
  en: [
    '# National Action Plan for Open Government 2024-2026',
    '## Commitment 1: Open public procurement data',
    'We will strengthen the transparency of public procurement and foster the participation of businesses.',
    '## Commitment 2: Publish public procurement contracts',
    'We will improve access to public procurement contracts and develop the necessary tools.',
    '## Commitment 3: Follow the execution of public contracts',
    'We will continue efforts to promote the monitoring of public procurement, notably with buyers.',
  ],
};

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

type Json = {
  files: {
    findings: { ruleId: string; message: string; expected: string[]; commitment?: number }[];
    commitments: unknown[];
  }[];
};

describe.each(['fr', 'en'] as const)('the digest, then each example once, then every remark (%s)', (lang) => {
  const file = join(tempDir(), `plan-${lang}.md`);
  writeFileSync(file, PLANS[lang].join('\n\n'));
  const words = cli[lang];
  const run = async (format: string) =>
    plainSpaces((await runCli(['check', '--lang', lang, '--format', format, file])).stdout);
  let json: Json;
  beforeAll(async () => {
    json = JSON.parse(await run('json')) as Json;
  });
  const missing = () => json.files[0].findings.filter((f) => f.ruleId === 'missing-field');
  const examples = () => [...new Set(missing().flatMap((f) => f.expected))];

  it('keeps every finding and its example in the JSON report', () => {
    // The three commitments share a subject: the same examples, three times over, as tools read them.
    expect(missing().filter((f) => f.expected.length).length).toBeGreaterThan(examples().length);
  });

  it.each(['text', 'md', 'html'])('in the %s report', async (format) => {
    const out = await run(format);
    const digest = out.indexOf(plainSpaces(words.digest));
    const guide = out.indexOf(plainSpaces(words.guide));
    const all = out.lastIndexOf(plainSpaces(words.allRemarks)); // the digest's lines point to it before
    expect(digest).toBeGreaterThan(0);
    expect(guide).toBeGreaterThan(digest);
    expect(all).toBeGreaterThan(guide);
    // Each example written once in the whole report, in the guide.
    expect(examples().length).toBeGreaterThan(3);
    for (const example of examples()) {
      const plain = plainSpaces(example).slice(0, 50);
      const start = format === 'html' ? esc(plain) : plain;
      const at = out.indexOf(start);
      expect(at).toBeGreaterThan(guide);
      expect(at).toBeLessThan(all);
      expect(out.indexOf(start, at + 1)).toBe(-1);
    }
    // The digest asks each commitment's missing fields on one line (or paragraph), in order.
    const asked = out
      .slice(digest, guide)
      .split('\n')
      .filter((l) => l.includes(plainSpaces(words.digestAsk.replace(/\s*\{\{questions\}\}/, ''))));
    expect(asked).toHaveLength(3);
    asked.forEach((line, k) => {
      const questions = missing()
        .filter((f) => f.commitment === k)
        .map((f) => plainSpaces(f.message));
      expect(questions.length).toBeGreaterThan(3);
      for (const q of questions) expect(line).toContain(q);
    });
    if (format === 'html') {
      // The full list folded, the digest and the guide not.
      const folded = out.indexOf('<details class="all">');
      expect(folded).toBeGreaterThan(guide);
      expect(folded).toBeLessThan(all);
      // Missing fields are asked in the digest, listed as remarks only in the fold.
      const name = findingWords[lang]['missing-field'].name;
      expect(out.slice(0, folded)).not.toContain(`<span class="rule">${name}</span>`);
      expect(out.slice(folded)).toContain(`<span class="rule">${name}</span>`);
    }
  });

  it('shows at most three remarks per commitment in the text digest', async () => {
    const out = await run('text');
    const part = out.slice(out.indexOf(plainSpaces(words.digest)), out.indexOf(plainSpaces(words.guide)));
    const blocks = part.split(/\n {2}(?=\S)/).slice(1);
    expect(blocks).toHaveLength(3);
    for (const block of blocks) {
      const remarks = block.split('\n').filter((l) => /^ {4}\S/.test(l) && !/^ {4}\d/.test(l));
      // The questions' line, then one to three remarks.
      expect(remarks.length).toBeGreaterThanOrEqual(2);
      expect(remarks.length).toBeLessThanOrEqual(4);
    }
  });
});
