// Public surface of the core: what the pane, the Word layer and the command line may import.
export * from './types';
export * from './document';
export { analyze, planReading, type AnalyzeOptions } from './analyze';
export { assembleAnalysis, type PlanResult } from './assemble';
export { fnv1a } from './commitments/hash';
export { firstWords, paragraphOpening } from './text/opening';
export { continues, fromParagraphs, fromPlainText, paragraphAt, type SourceText, type SourceParagraph } from './source';
export {
  compiledRulesFor,
  detectLanguage,
  languageGuess,
  type LanguageGuess,
  lint,
  ParagraphCache,
  RULES,
  ruleInfo,
  parseHouseRules,
  houseRulesSchema,
  ruleEnabled,
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
export { labelSpan } from './commitments/label-match';
export {
  toJson,
  toSarif,
  jsonLines,
  writeJsonLines,
  findingJson,
  lineStarts,
  position,
  RawJson,
  ruleDescriptors,
  sarifLevel,
  type FileAnalysis,
  type JsonReport,
  type JsonFinding,
  type RuleDescriptor,
  type SarifOptions,
} from './export';
// The checks: their catalogue, the lexicon checks' data, and the copy-paste corpus.
export { CHECKS, LEXICON_DATA, RULE_IDS, type Check, type PlanCheck, type TextCheck } from './checks';
export { CORE_FIELDS } from './checks/missing-field';
export { adviceFor, commitmentAdvice, type Advice } from './checks/missing-field/advice';
export { MAX_COPIES } from './checks/duplicate';
export * from './checks/duplicate/corpus';
export { compareShingled, overlapOf, type Overlap, type SharedSentence } from './checks/duplicate/matching';
export { shingle, shingleRange, SHINGLE, type Shingled } from './checks/duplicate/shingles';
// Commitments: segmentation, fields, score, summary, milestone status; the standard template.
export * from './commitments';
export * from './template';
// The public follow-up: stable ids, the follow-up sheet, updates and feedback checked, the site's data.
export * from './tracking';
export { fieldLabel, levelName, ownNumber } from './commitments/names';
// The message catalogue (French and English, one file per namespace).
export * from './messages';
