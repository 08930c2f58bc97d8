// --rules FILE: the organisation's house rules, parsed and validated by the core's engine.
import { readFileSync } from 'node:fs';
import { cli, type AnalyzeOptions, type Lang, parseHouseRules } from '../core';

export class RulesError extends Error {}

/**
 * The analysis options a house-rules file sets; throws RulesError with "line:column: message" lines. What the file
 * says that changes nothing (a term removed that no check has) is warned of, one "jalon: file:line:column: …" line
 * each, and the run goes on.
 */
export function loadRules(file: string, lang: Lang, warn: (line: string) => void): Partial<AnalyzeOptions> {
  const result = parseHouseRules(readFileSync(file, 'utf8'));
  if (!result.ok) {
    throw new RulesError(result.errors.map((e) => `${file}:${e.line}:${e.column}: ${e.message[lang]}`).join('\n'));
  }
  for (const w of result.warnings)
    warn(`jalon: ${file}:${w.line}:${w.column}: ${cli[lang].rulesWarning} ${w.message[lang]}`);
  return { houseRules: result.rules };
}
