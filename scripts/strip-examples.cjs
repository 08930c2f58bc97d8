// A TypeScript transformer for the shipped bundles: the rule data's `examples` (sentences that document each term
// and run as tests, see test/unit/checks/examples.test.ts) and `why` (why an exception is legitimate: read by
// people and tests, never by the checks) stay in the repository and out of what users download.
// Applied by ts-loader to the lexicon checks' data files only (src/core/checks/*/fr.ts, en.ts).
const ts = require('typescript');

const DOCUMENTATION = new Set(['examples', 'why']);
const DATA_FILE = /[\\/]src[\\/]core[\\/]checks[\\/][^\\/]+[\\/](?:fr|en)\.ts$/;

function stripExamples() {
  return (context) => (file) => {
    if (!DATA_FILE.test(file.fileName)) return file;
    const visit = (node) => {
      if (ts.isObjectLiteralExpression(node)) {
        const kept = node.properties.filter(
          (p) => !(ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && DOCUMENTATION.has(p.name.text)),
        );
        const updated = ts.factory.updateObjectLiteralExpression(node, kept);
        return ts.visitEachChild(updated, visit, context);
      }
      return ts.visitEachChild(node, visit, context);
    };
    return ts.visitNode(file, visit);
  };
}

module.exports = { stripExamples };
