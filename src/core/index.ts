// Public surface of the core: what the pane, the Word layer and the command line may import.
export * from './types';
export * from './document';
export { analyze, type AnalyzeOptions } from './analyze';
export { fromParagraphs, fromPlainText, paragraphAt, type SourceText, type SourceParagraph } from './source';
export {
  detectLanguage,
  RULES,
  ruleInfo,
  parseHouseRules,
  houseRulesSchema,
  applyIgnores,
  type LintOptions,
  type RuleId,
  type RuleInfo,
  type HouseRules,
  type HouseRulesError,
  type HouseRulesResult,
  type IgnoreList,
  type Suppression,
} from './lint';
export { createAnalyzer, type Analyzer } from './lint/analyzer';
export {
  toJson,
  toSarif,
  jsonLines,
  findingJson,
  lineStarts,
  RawJson,
  ruleDescriptors,
  sarifLevel,
  type FileAnalysis,
  type JsonReport,
  type JsonFinding,
  type RuleDescriptor,
  type SarifOptions,
} from './export';
// Commitments: segmentation, fields, score, summary, milestone status, duplicates; the standard template.
export * from './engagements';
export * from './template';
