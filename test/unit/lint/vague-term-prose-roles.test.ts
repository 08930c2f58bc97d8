// vague-term asks planRoles for a word's role in plain prose only where its own role is the action: for the others
// (a purpose, a participle, a concrete or quantified use) the sentence's answer cannot change the finding. Checked
// against the plain computation, every finding's role read from its sentence.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyze } from '../../../src/core';
import * as planRole from '../../../src/core/checks/plan-role';
import { fromPlainText, type SourceText } from '../../../src/core/source';

const realRoles = planRole.planRoles;

/** analyze, then analyze again with every finding's role in prose read, whatever the check asks. */
function bothWays(source: SourceText, lang: 'fr' | 'en') {
  const asked = analyze(source, { lang });
  const spy = jest.spyOn(planRole, 'planRoles').mockImplementation((findings, a) => realRoles(findings, a));
  try {
    const plain = analyze(source, { lang });
    expect(spy).toHaveBeenCalled();
    return { asked, plain };
  } finally {
    spy.mockRestore();
  }
}

const dirs = ['../../fixtures/drafts', '../../fixtures/cli', '../commitments/fixtures'].map((d) => join(__dirname, d));
const drafts = dirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => /\.(md|txt)$/.test(f))
    .map((f) => [readFileSync(join(dir, f), 'utf8'), f.endsWith('.md')] as const),
);

describe("vague-term's roles in prose, asked only where they can matter", () => {
  it('give the plain findings on the fixture drafts, in French and English', () => {
    let seen = 0;
    for (const [text, markdown] of drafts)
      for (const lang of ['fr', 'en'] as const) {
        const { asked, plain } = bothWays(fromPlainText(text, { markdown }), lang);
        seen += asked.findings.filter((f) => f.ruleId === 'vague-term').length;
        expect(asked).toEqual(plain);
      }
    expect(seen).toBeGreaterThan(20);
  });

  it('give the plain findings on generated plans', () => {
    const sentence = fc.constantFrom(
      'Le ministère renforcera la transparence.',
      'Il s’agit de renforcer la participation.',
      'Améliorer l’accès aux données publiques',
      'La participation a été renforcée par le conseil.',
      'Renforcer 3 registres.',
      'We will strengthen transparency.',
      'To improve the portal and promote open data.',
      'The office promotes awareness of budgets.',
      'Increasing the capacity of civil society',
      'What is the commitment? Improve access.',
      'Main Objective: To strengthen oversight.',
    );
    const line = fc.oneof(
      fc.array(sentence, { minLength: 1, maxLength: 3 }).map((xs) => xs.join(' ')),
      fc.constantFrom(
        '# Engagement 1 : Renforcer la transparence',
        '## Contexte',
        '## Jalons',
        'Commitment 2: Improve data',
        '- Publier le registre – T3 2025',
        '',
      ),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 14 }), fc.constantFrom('fr' as const, 'en' as const), (lines, lang) => {
        const { asked, plain } = bothWays(fromPlainText(lines.join('\n'), { markdown: true }), lang);
        expect(asked).toEqual(plain);
      }),
      { numRuns: 150 },
    );
  });
});
