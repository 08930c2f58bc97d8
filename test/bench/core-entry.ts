// What the engine bench measures, bundled as the add-in and the command line ship it (see shipped.ts).
export { analyze, assembleAnalysis, planPass, type PlanResult } from '../../src/core/analyze';
export { joinAnalysis, placeTextFindings } from '../../src/core/assemble';
export { createAnalyzer } from '../../src/core/lint/analyzer';
export { lint, type HouseRules } from '../../src/core/lint';
export { conjugateFr, nounForms } from '../../src/core/checks/lexicon/conjugate';
export { fr } from '../../src/core/checks/vague-term/fr';
export { fromParagraphs } from '../../src/core/source';
