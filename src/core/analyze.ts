// The one entry point every host uses: text in, findings and commitments out. Its two halves, the text checks and
// the plan pass, are exported too: the pane runs the plan pass in a worker while it checks the text, and both hosts
// put the halves together with assembleAnalysis, as analyze does.
import { assembleAnalysis, type PlanResult } from './assemble';
import { findingTexts } from './checks/finding';
import { wordsOfCommitments } from './checks/plan-words';
import { PLAN_CHECKS } from './checks/plan';
import { readCommitments, type CommitmentOptions } from './commitments';
import { detectLanguage, lint, type LintOptions } from './lint';
import { labelSpan } from './commitments/label-match';
import { houseRulesOverrides } from './lint/house-overrides';
import { fromParagraphs, type SourceText } from './source';
import type { PlanOptions } from './checks/types';
import type { Analysis, Commitment, Finding, Lang, ParagraphInput, PlanReading } from './types';

export { assembleAnalysis, type PlanResult } from './assemble';
export { commitmentAt } from './commitments/at';

/**
 * `lang`: the rules' language, the draft's (guessed when not given): its vague verbs, its field labels, the
 * suggestions to paste into it. `messages`: the language the findings, checklist and level reasons are written
 * in, the reader's (a Canadian facilitator reviews French drafts in English); the rules' language by default.
 */
export type AnalyzeOptions = Partial<LintOptions> & Partial<CommitmentOptions> & { lang?: Lang; messages?: Lang };

export function analyze(source: SourceText, options: AnalyzeOptions = {}): Analysis {
  const lang = options.lang ?? detectLanguage(source.text, options.messages);
  // A template's labels are not the author's prose (commitments/label-match.ts).
  const text = lint(source, { labels: labelSpan, ...options, lang });
  const plan = planPass(source, { ...options, lang });
  return assembleAnalysis(source, lang, text, plan, options);
}

/**
 * The plan's commitments as the check reads them (fields, milestones, points, level), without the checks' findings:
 * what the public follow-up needs, in a fraction of the time (a national plan is read again at every publication).
 */
export function planReading(source: SourceText, options: { lang?: Lang; messages?: Lang } = {}): PlanReading {
  // A plan too short to tell is read in the reader's language, as `analyze` reads it.
  const language = options.lang ?? detectLanguage(source.text, options.messages);
  return { language, commitments: readCommitments(source, { lang: language }) };
}

/**
 * The whole-plan half: commitments, then the plan checks (missing fields, copies). Paragraphs in (a worker gets those).
 * `onCommitments` hears the commitments before the plan checks run: a worker sends them on at once, so that the pane
 * places the text findings in the plan (assemble.ts, placeTextFindings) while the plan checks run.
 */
export function planPass(
  input: SourceText | readonly ParagraphInput[],
  options: CommitmentOptions,
  onCommitments?: (commitments: Commitment[]) => void,
): PlanResult {
  const source = Array.isArray(input) ? fromParagraphs(input as readonly ParagraphInput[]) : (input as SourceText);
  const commitments = readCommitments(source, options);
  onCommitments?.(commitments);
  const findings = planFindings(source, commitments, options);
  options.planCache?.sweep();
  return { commitments, findings };
}

/** The plan checks' findings on commitments already read. */
export function planFindings(source: SourceText, commitments: readonly Commitment[], options: PlanOptions): Finding[] {
  // The organisation's choices for the plan checks: a check turned off, another severity.
  const house = options.houseRules ? houseRulesOverrides(options.houseRules, options.lang) : {};
  const checkOptions = { ...options, severity: { ...house.severity, ...options.severity } };
  // Each commitment's words are read once for the checks that read them (the advice, the copies).
  const words = wordsOfCommitments(source);
  const t = findingTexts(options.messages ?? options.lang);
  return PLAN_CHECKS.filter((c) => house.enabled?.[c.id] !== false).flatMap((c) =>
    c.run({ source, commitments, options: checkOptions, words, t }),
  );
}
