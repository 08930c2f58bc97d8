// The checks' ids: what findings carry as ruleId, what house rules and ignores name. One id per check module.
export type RuleId =
  | 'vague-term'
  | 'vague-time'
  | 'vague-quantity'
  | 'hedge'
  | 'jargon'
  | 'readability'
  | 'missing-field'
  | 'duplicate'
  | 'language';

export const RULE_IDS: readonly RuleId[] = [
  'vague-term',
  'jargon',
  'vague-time',
  'vague-quantity',
  'hedge',
  'readability',
  'missing-field',
  'duplicate',
  'language',
];
