// The assembly of a check's two halves (assemble.ts), for hosts that load it apart: the pane fetches it while the
// text rules and the plan pass run, so that its first script need not carry what only the assembly reads (a
// finding's place in the plan: labels, sections, the template's prompts). A third public surface of the core.
export { assembleAnalysis, joinAnalysis, placeTextFindings, type PlanResult } from './assemble';
// Where a template's label opens a paragraph, for the text checks (LintOptions.labels): the labels' words stay out of the
// pane's first script.
export { labelSpan } from './commitments/label-match';
