// The one entry point every host uses: text in, findings and engagements out. Its two halves, the text rules
// and the plan pass, are exported too: the pane runs the plan pass in a worker while it checks the text, and
// both hosts put the halves together with assembleAnalysis, as analyze does.
import { commitmentFindings, readCommitments, type CommitmentOptions } from './commitments';
import { foldedText } from './commitments/text';
import { assembleAnalysis, type PlanResult } from './assemble';
import { detectLanguage, lint, type LintOptions } from './lint';
import { fromParagraphs, type SourceText } from './source';
import type { Analysis, Lang, ParagraphInput } from './types';

export { assembleAnalysis, commitmentAt, type PlanResult } from './assemble';

export type AnalyzeOptions = Partial<LintOptions> & Partial<CommitmentOptions> & { lang?: Lang };

export function analyze(source: SourceText, options: AnalyzeOptions = {}): Analysis {
  const lang = options.lang ?? detectLanguage(source.text);
  const text = lint(source, { ...options, lang });
  const plan = planPass(source, { ...options, lang });
  return assembleAnalysis(source, lang, text, plan, options);
}

/** The whole-plan half: commitments, their missing fields, copy-paste. Paragraphs in (a worker gets those). */
export function planPass(input: SourceText | readonly ParagraphInput[], options: CommitmentOptions): PlanResult {
  const source = Array.isArray(input) ? fromParagraphs(input as readonly ParagraphInput[]) : (input as SourceText);
  // A re-check folds only the paragraphs it has not seen (every later pass reads this folded text).
  if (options.planCache) foldedText(source, options.planCache.folded);
  const commitments = readCommitments(source, options);
  const findings = commitmentFindings(source, commitments, options);
  options.planCache?.sweep(source);
  return { commitments, findings };
}
