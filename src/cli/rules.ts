// --rules FILE: the organisation's house rules, parsed and validated by the core's engine.
import { readFileSync } from 'node:fs';
import { type AnalyzeOptions, type Lang, parseHouseRules } from '../core';

export class RulesError extends Error {}

/** The analysis options a house-rules file sets; throws RulesError with "line:column: message" lines. */
export function loadRules(file: string, lang: Lang): Partial<AnalyzeOptions> {
  const result = parseHouseRules(readFileSync(file, 'utf8'));
  if (!result.ok) {
    throw new RulesError(result.errors.map((e) => `${file}:${e.line}:${e.column}: ${e.message[lang]}`).join('\n'));
  }
  return { houseRules: result.rules };
}
