// The catalogue of checks: every kind of check Jalon runs, one module each, the text checks (./text.ts) and the plan
// checks (./plan.ts). Adding a check is adding its module to one of those lists (see DEVELOPERS.md, "Adding a
// check"); the rule list of the pane, the command line and SARIF is built from them and the messages catalogue.
import { findings as messages } from '../messages/findings';
import type { Lang, Severity } from '../types';
import type { RuleId } from './ids';
import { PLAN_CHECKS } from './plan';
import { TEXT_CHECKS } from './text';
import type { Check } from './types';

export { TEXT_CHECKS, LEXICON_DATA } from './text';
export { PLAN_CHECKS } from './plan';
export const CHECKS: readonly Check[] = [...TEXT_CHECKS, ...PLAN_CHECKS];

export interface RuleInfo {
  id: RuleId;
  defaultSeverity: Severity;
  name: Record<Lang, string>;
  description: Record<Lang, string>;
}

/** Each check with its name and description in both languages (the pane's settings, SARIF's rules). */
export const RULES: readonly RuleInfo[] = CHECKS.map((c) => ({
  id: c.id,
  defaultSeverity: c.defaultSeverity,
  name: { fr: messages.fr[c.id].name, en: messages.en[c.id].name },
  description: { fr: messages.fr[c.id].description, en: messages.en[c.id].description },
}));

export function ruleInfo(id: string): RuleInfo | undefined {
  return RULES.find((r) => r.id === id);
}

export { RULE_IDS, type RuleId } from './ids';
export type { Check, PlanCheck, TextCheck, PlanOptions } from './types';
