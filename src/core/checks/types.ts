// What a check is. Each kind of check is one module of this folder exporting one object of these shapes; the
// catalogue (checks/index.ts) lists them, and the two halves of an analysis run them:
// - a text check reads paragraphs (their words and the lexicon's hits, worked out once per paragraph text and kept
//   while the text is unchanged), then may decide on the whole document (jargon's first use), then may adjust its
//   findings once the commitments are known (a vague verb's role, one readability line per commitment);
// - a plan check reads the commitments (missing fields, copies).
import type { Commitment, Finding, Lang, Severity } from '../types';
import type { Translate } from '../messages/translate';
import type { SourceText } from '../source';
import type { Token } from '../text/tokenize';
import type { Sentence } from '../text/sentences';
import type { RuleId } from './ids';
import type { CompiledRules } from './lexicon/compile';
import type { Hit } from './lexicon/match';
import type { EarlierCorpus } from './duplicate/corpus';
import type { WordsOfCommitments } from './plan-words';
import type { HouseRules } from '../lint/house-rules';
import type { PlanCache } from '../commitments/cache';
import type { dateDoubts, planDates } from '../dates';
import type { planRoles } from './plan-role';
import type { planPeriod } from '../commitments/period';

/**
 * Where the label of a template's field opens a paragraph, with its separator ([start, end) in its text), or undefined:
 * commitments/label-match.ts (labelSpan) reads it. The text checks pass over those words (the author cannot change the
 * template's labels); hosts hand it to them (LintOptions.labels), so that the pane's first script need not carry the
 * labels' words: the pane fetches it with the assembly.
 */
export type LabelSpans = (text: string) => [number, number] | undefined;

/** A paragraph as every text check reads it: worked out once per paragraph text (see scan.ts). */
export interface ParagraphScan {
  text: string;
  tokens: Token[];
  /**
   * Spans (start, end) whose words are not the author's prose, which the text checks pass over: web addresses and
   * e-mails, and the label of a template's field that opens the paragraph (« Indicateur(s) : », "OGP challenge
   * addressed by the commitment" in its table cell: commitments/labels.ts).
   */
  notProse: [number, number][];
  /** The lexicon's hits, all rules, in text order. */
  hits: Hit[];
  sentences: Sentence[];
}

export interface ParagraphContext {
  scan: ParagraphScan;
  rules: CompiledRules;
  /** The findings' texts in the messages' language (findingTexts), which may not be the rules' (the draft's). */
  t: Translate;
}

/**
 * The whole text, for a text check's decisions on the document. Paragraph scans are not kept (a plan's words as
 * objects would fill the memory): a check that needs a paragraph's words again tokenizes it.
 */
export interface DocumentContext {
  source: SourceText;
  rules: CompiledRules;
  /** The findings' texts in the messages' language. */
  t: Translate;
}

export interface AssembleContext {
  source: SourceText;
  commitments: readonly Commitment[];
  /** The rules' language (the draft's). */
  lang: Lang;
  /** The messages' language (the reader's) and its findings' texts. */
  messages: Lang;
  t: Translate;
  severity: Partial<Record<RuleId, Severity>>;
  /** Where each finding stands in the plan (plan-role.ts), handed over by the assembly: the text checks' first
   * stage does not need it, and the pane loads the assembly apart from its first script. */
  planRoles: typeof planRoles;
  /** The date reader's doubts and the plan's date conventions, handed over by the assembly as planRoles is: the
   * date reader stays out of the pane's first script. */
  dates: { doubts: typeof dateDoubts; conventions: typeof planDates };
  /** The plan's period reader, handed over by the assembly as planRoles is: the pane's first script does not carry it. */
  period: typeof planPeriod;
}

export interface PlanOptions {
  /** The rules' language: the draft's, whose words and field labels are read, and suggestions written. */
  lang: Lang;
  /**
   * The language the findings' messages and notes, the commitments' checklist and level reasons are written in
   * (the reader's: `--lang`, the pane's); the rules' language by default.
   */
  messages?: Lang;
  /** Earlier plans to compare against for copy-paste; defaults to the corpus Jalon ships. `null`: none. */
  earlierPlans?: EarlierCorpus | null;
  /** Thresholds of the duplicate check (0-1). */
  duplicateJaccard?: number;
  duplicateContainment?: number;
  /** The organisation's house rules: they may turn a plan check off or change its severity. */
  houseRules?: HouseRules;
  /** Severities by rule (from the house rules), as the plan checks read them. */
  severity?: Partial<Record<RuleId, Severity>>;
  /** Commitments (and their shingles) kept from the last check of this plan: see PlanCache. */
  planCache?: PlanCache;
}

export interface PlanContext {
  source: SourceText;
  commitments: readonly Commitment[];
  options: PlanOptions;
  /** The findings' texts in the messages' language, made by planFindings; a check run alone makes them (planTexts). */
  t?: Translate;
  /** Each commitment's words, read once for the checks that read them (made by each check when absent). */
  words?: WordsOfCommitments;
}

interface CheckInfo {
  id: RuleId;
  defaultSeverity: Severity;
}

/**
 * A check on the text. `Item` is what one paragraph yields: findings (offsets relative to the paragraph), or
 * occurrences that `document` turns into findings.
 */
export interface TextCheck<Item = Finding> extends CheckInfo {
  scope: 'text';
  paragraph(p: ParagraphContext): Item[];
  /** Findings of the whole text from every paragraph's items; by default each paragraph's findings, placed. */
  document?(items: readonly (readonly Item[])[], d: DocumentContext): Finding[];
  /** Once the commitments are known (a role, a grouping); by default the findings as they are. */
  assemble?(findings: Finding[], a: AssembleContext): Finding[];
}

export interface PlanCheck extends CheckInfo {
  scope: 'plan';
  run(p: PlanContext): Finding[];
}

// The item type of text checks varies from check to check; the runner only hands each check its own items back.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Check = TextCheck<any> | PlanCheck;
