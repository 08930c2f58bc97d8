// What an organisation's house rules change in the checks (turned on or off, severities, terms and exceptions added
// or removed, accepted words), apart from the file's schema and validation (house-rules.ts): the text checks apply
// these in the pane's first script, which has no house-rules file to validate.
import type { RuleId } from '../checks/ids';
import type { LexiconRule, RuleOverrides, TermAddition } from '../checks/lexicon/compile';
import type { ExceptionEntry } from '../checks/lexicon/types';
import type { Lang, Severity } from '../types';
import type { IgnoreList } from './ignore';

export interface HouseRules {
  $schema?: string;
  version?: 1;
  /** The organisation, shown in the pane ("Règles de la DINUM"). */
  name?: string;
  rules?: Partial<Record<RuleId, 'off' | 'on' | { enabled?: boolean; severity?: Severity }>>;
  add?: (TermAddition & { lang?: Lang })[];
  remove?: { rule?: RuleId; term: string; lang?: Lang }[];
  exceptions?: {
    add?: (ExceptionEntry & { rule: LexiconRule; lang?: Lang })[];
    remove?: { rule?: RuleId; term?: string; pattern: string; lang?: Lang }[];
  };
  /** Accepted vocabulary: never flagged by vague-term, jargon, vague-time or vague-quantity. */
  accept?: string[];
  /** The organisation's shared, read-only ignore list. */
  ignore?: IgnoreList;
}

type RuleSetting = NonNullable<HouseRules['rules']>[RuleId];

/** Whether a rule's setting turns it on (true), off (false), or leaves it as it is. */
function settingEnabled(setting: RuleSetting): boolean | undefined {
  if (setting === 'off') return false;
  if (setting === 'on') return true;
  return setting?.enabled;
}

/** Whether the house rules leave the check `id` on (whatever the language: no setting of a rule is per language). */
export function ruleEnabled(h: HouseRules | undefined, id: RuleId): boolean {
  return settingEnabled(h?.rules?.[id]) !== false;
}

/** The overrides that apply to one language. */
export function houseRulesOverrides(h: HouseRules, lang: Lang): RuleOverrides {
  const forLang = <T extends { lang?: Lang }>(xs: T[] | undefined): T[] =>
    (xs ?? []).filter((x) => !x.lang || x.lang === lang);
  const enabled: Partial<Record<RuleId, boolean>> = {};
  const severity: Partial<Record<RuleId, Severity>> = {};
  for (const [id, setting] of Object.entries(h.rules ?? {}) as [RuleId, RuleSetting][]) {
    const on = settingEnabled(setting);
    if (on !== undefined) enabled[id] = on;
    if (typeof setting === 'object' && setting.severity) severity[id] = setting.severity;
  }
  return {
    enabled,
    severity,
    add: forLang(h.add),
    remove: forLang(h.remove),
    addExceptions: forLang(h.exceptions?.add),
    removeExceptions: forLang(h.exceptions?.remove),
    accept: h.accept,
  };
}
