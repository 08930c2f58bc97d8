// The catalogue of checks: every kind of check Jalon runs, one module each. Adding a check is adding its module
// here (see DEVELOPERS.md, "Adding a check"); the rule list of the pane, the command line and SARIF is built from
// this list and the messages catalogue.
import { findings as messages } from '../messages/findings';
import type { Lang, Severity } from '../types';
import { duplicate } from './duplicate';
import type { RuleId } from './ids';
import { hedge } from './hedge';
import { en as hedgeEn } from './hedge/en';
import { fr as hedgeFr } from './hedge/fr';
import { jargon } from './jargon';
import { en as jargonEn } from './jargon/en';
import { fr as jargonFr } from './jargon/fr';
import type { LexiconData } from './lexicon/types';
import { missingField } from './missing-field';
import { readability } from './readability';
import type { Check, PlanCheck, TextCheck } from './types';
import { vagueQuantity } from './vague-quantity';
import { en as vagueQuantityEn } from './vague-quantity/en';
import { fr as vagueQuantityFr } from './vague-quantity/fr';
import { vagueTerm } from './vague-term';
import { en as vagueTermEn } from './vague-term/en';
import { fr as vagueTermFr } from './vague-term/fr';
import { vagueTime } from './vague-time';
import { en as vagueTimeEn } from './vague-time/en';
import { fr as vagueTimeFr } from './vague-time/fr';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const TEXT_CHECKS: readonly TextCheck<any>[] = [vagueTerm, jargon, vagueTime, vagueQuantity, hedge, readability];
export const PLAN_CHECKS: readonly PlanCheck[] = [missingField, duplicate];
export const CHECKS: readonly Check[] = [...TEXT_CHECKS, ...PLAN_CHECKS];

/** The lexicon checks' data, by language. */
export const LEXICON_DATA: Record<Lang, LexiconData> = {
  fr: {
    vagueTerm: vagueTermFr,
    vagueTime: vagueTimeFr,
    vagueQuantity: vagueQuantityFr,
    hedge: hedgeFr,
    jargon: jargonFr,
  },
  en: {
    vagueTerm: vagueTermEn,
    vagueTime: vagueTimeEn,
    vagueQuantity: vagueQuantityEn,
    hedge: hedgeEn,
    jargon: jargonEn,
  },
};

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
