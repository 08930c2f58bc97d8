// The report's language (--lang) is the language the core writes the findings in, not a translation of finished
// sentences: what a sentence-by-sentence translation could not recognise (a note quoting the author's sentences, a
// help naming the plan's currency, a range inside a copy's message) and the commitments' reasons are in it too,
// while the suggestions stay in the draft's language.
import { join } from 'node:path';
import { fields, findings, score } from '../../../src/core';
import { FIXTURES, runCli } from './helpers';

const FR = join(FIXTURES, 'plan-fr-v2.md');

interface Report {
  files: {
    language: string;
    findings: { ruleId: string; message: string; note?: string; expected: string[]; actual: string }[];
    commitments: { verifiableReason?: string; why: { summary: string; reasons: string[] } }[];
  }[];
}

const json = async (lang: string) =>
  JSON.parse(
    (await runCli(['check', '--format', 'json', '--lang', lang, FR], { LANG: 'fr_FR.UTF-8' })).stdout,
  ) as Report;

test('a French draft with --lang en: notes, reasons and level in English; suggestions and quoted words in French', async () => {
  const [fr, en] = [await json('fr'), await json('en')];
  const [a, b] = [fr.files[0], en.files[0]];
  expect(b.language).toBe('fr');
  // The same findings on the same words, with the same suggestions to paste into the French draft.
  expect(b.findings.map((f) => [f.ruleId, f.actual, f.expected])).toEqual(
    a.findings.map((f) => [f.ruleId, f.actual, f.expected]),
  );
  // The readability note quotes the author's sentences: English around them (« mots » was left in French).
  const long = b.findings.find((f) => f.ruleId === 'readability');
  expect(long?.note).toContain(findings.en.readability.longSentenceNote.replace('{{limit}}', '25'));
  expect(long?.note).toMatch(/\(\d+ words\)/);
  // The cost's help names the plan's currency: the English help.
  const cost = b.findings.find((f) => f.ruleId === 'missing-field' && f.message === fields.en.cost.question);
  expect(cost?.note?.startsWith(fields.en.cost.helpIn.split('{{')[0])).toBe(true);
  // Each commitment's reason for its level, in English, as the rest of the report.
  const c = b.commitments[0];
  // Each text's longest literal part (« lets one verify that it was done. »).
  const literal = (s: string) => s.split(/\{\{\w+\}\}/).sort((x, y) => y.length - x.length)[0];
  const verifiable = [score.en.verifiable.yes, score.en.verifiable.no].map(literal);
  expect(verifiable.some((s) => c.verifiableReason!.includes(s))).toBe(true);
  expect(c.why.reasons.some((r) => r.includes(score.fr.items.deliverable.label))).toBe(false);
  expect(c.why.reasons.some((r) => r.includes(score.en.items.deliverable.label))).toBe(true);
});
