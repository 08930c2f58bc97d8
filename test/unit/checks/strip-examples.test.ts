// The shipped bundles leave out the rule data's example sentences (they are tests) and the reasons written for
// people (`why`), and keep everything else.
import ts from 'typescript';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { stripExamples } = require('../../../scripts/strip-examples.cjs');

const source = `export const fr = { terms: [{ lemma: 'renforcer', examples: { flag: ['Nous allons {renforcer}.'] }, nouns: ['renforcement'] }], exceptions: [{ term: 'renforcer', pattern: ['renforcer', 'sa'], why: 'un titre de loi' }] };`;
const compile = (fileName: string) =>
  ts.transpileModule(source, {
    fileName,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2020 },
    transformers: { before: [stripExamples()] },
  }).outputText;

test('examples are left out of the lexicon data files', () => {
  const out = compile('/repo/src/core/checks/vague-term/fr.ts');
  expect(out).not.toContain('examples');
  expect(out).not.toContain('Nous allons');
  expect(out).not.toContain('un titre de loi');
  expect(out).toContain("pattern: ['renforcer', 'sa']");
  expect(out).toContain("lemma: 'renforcer'");
  expect(out).toContain("nouns: ['renforcement']");
});

test('other files are compiled as they are', () => {
  expect(compile('/repo/src/core/checks/vague-term/index.ts')).toContain('examples');
});
