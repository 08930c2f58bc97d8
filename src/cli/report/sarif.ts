// SARIF comes from the core's exporter; the CLI only hands it the files it read.
// PLACEHOLDER until src/core/export lands: a minimal valid SARIF 2.1.0 log.
import type { Review } from '../review';

export function toSarifReport(review: Review): string {
  const log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: 'jalon', rules: [] } },
        results: review.files.flatMap((fr) =>
          fr.analysis.findings.map((f) => ({
            ruleId: f.ruleId,
            level: f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'note',
            message: { text: f.message },
            locations: [{ physicalLocation: { artifactLocation: { uri: fr.file }, region: { charOffset: f.start, charLength: f.end - f.start } } }],
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
