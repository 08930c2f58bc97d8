// The plan half of a check (commitments, missing fields, copy-paste), for hosts that load it apart: the pane runs it
// in a Web Worker so that its main bundle stays small. A second public surface of the core, next to index.ts.
export { planPass } from './analyze';
export { PlanCache } from './commitments/cache';
// What the pane shows on demand (why a level, the follow-up sheet): loaded with the plan half, not at start.
export { explainCommitment } from './commitments/model';
export { updatesSheet } from './tracking/sheet';
export { commitmentAdvice } from './checks/missing-field/advice';
export { planCurrency } from './template/plan-currency';
export { planPeriod } from './template/plan-period';
export { planCountry } from './countries';
export { checklistIn } from './commitments/score';
// What the pane writes on demand (the template, the form's answers): loaded when the author asks, not at start.
export { answersToFieldWrites, templateBlocks } from './template';
