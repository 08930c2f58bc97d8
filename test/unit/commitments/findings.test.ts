import { CORE_FIELDS, type Commitment, type Lang, type SourceText } from '../../../src/core';
import { planFindings as commitmentFindings } from '../../../src/core/analyze';
import { missingField } from '../../../src/core/checks/missing-field';

const missingFieldFindings = (source: SourceText, commitments: Commitment[], lang: Lang) =>
  missingField.run({ source, commitments, options: { lang } });
import { analyze } from '../../../src/core/analyze';
import { fixture, md, read } from './helpers';

describe('missing-field findings', () => {
  const source = md(fixture('plan-fr.md'));
  const es = read(source);
  const findings = missingFieldFindings(source, es, 'fr');

  it('asks nothing of a complete engagement', () => {
    expect(findings.filter((f) => f.commitment === 0)).toEqual([]);
  });

  it('asks one question per missing field, on the title, in French, with no example off its subject', () => {
    const e2 = findings.filter((f) => f.commitment === 1);
    expect(e2.map((f) => f.data?.field).sort()).toEqual([...es[1].missing].sort());
    const cost = e2.find((f) => f.data?.field === 'cost')!;
    expect(cost.message).toBe('Quel est le coût estimé de cet engagement, et qui le finance ?');
    expect(cost.message.endsWith(' ?')).toBe(true);
    expect(cost.note).toContain('Le coût indiqué n’est pas un montant.');
    // Development aid is none of the example bank's subjects: the question and its help, no procurement example.
    expect(cost.note).not.toContain('Exemple');
    expect(cost.expected).toEqual([]);
    expect(cost.actual).toBe(es[1].title);
    expect(source.text.slice(cost.start, cost.end)).toBe(es[1].title);
    expect(cost.paragraph).toBe(es[1].firstParagraph);
    expect(cost.data).toMatchObject({ field: 'cost', weak: true });
  });

  it('warns for the measurable core, suggests for the rest', () => {
    for (const f of findings) {
      const field = f.data?.field as string;
      expect(f.severity).toBe((CORE_FIELDS as readonly string[]).includes(field) ? 'warning' : 'suggestion');
    }
    expect(findings.some((f) => f.severity === 'suggestion')).toBe(true);
  });

  it('asks in English for an English plan', () => {
    const en = md(fixture('plan-en.txt'));
    const esEn = read(en, 'en');
    const fs = missingFieldFindings(en, esEn, 'en');
    const q = fs.find((f) => f.commitment === 1 && f.data?.field === 'cost')!;
    expect(q.message).toBe('What is the estimated cost of this commitment, and who funds it?');
    expect(fs.find((f) => f.data?.field === 'indicator')!.message).toBe(
      'Which indicator, quantitative or qualitative, will measure the result?',
    );
    // "Strengthen civic participation": an example on public participation, in English, naming its model.
    expect(q.note).toMatch(/Example modelled on Canada 2018-2020, commitment 8[^:]*: "\$/);
    expect(q.expected[0]).toMatch(/^\$.* — modelled on Canada 2018-2020, commitment 8/);
  });

  it('keeps fingerprints stable when text elsewhere changes', () => {
    const shifted = md(`Un paragraphe ajouté au début.\n${fixture('plan-fr.md')}`);
    const again = missingFieldFindings(shifted, read(shifted), 'fr');
    expect(again.map((f) => f.fingerprint).sort()).toEqual(findings.map((f) => f.fingerprint).sort());
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(findings.length);
  });

  it('flows through analyze() with paragraph and engagement indexes', () => {
    const a = analyze(source, { lang: 'fr', earlierPlans: null });
    expect(a.commitments).toHaveLength(3);
    const mf = a.findings.filter((f) => f.ruleId === 'missing-field');
    expect(mf.length).toBe(findings.length);
    expect(
      mf.every((f) => f.commitment !== undefined && a.commitments[f.commitment].firstParagraph === f.paragraph),
    ).toBe(true);
    expect(commitmentFindings(source, es, { lang: 'fr', earlierPlans: null }).length).toBe(findings.length);
  });
});
