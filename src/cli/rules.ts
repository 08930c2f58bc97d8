// --rules FILE: the organisation's house rules, parsed and validated by the core's engine.
import { readFileSync } from 'node:fs';
import { cli, type AnalyzeOptions, type Lang, parseHouseRules } from '../core';
import { about, lineStart } from './i18n';

export class RulesError extends Error {}

/**
 * The analysis options a house-rules file sets; throws RulesError with "file:line:column: message" lines. What the
 * file says that changes nothing (a term removed that no check has) is warned of, one "jalon: file:line:column: …"
 * line each (« jalon : fichier:3:5 : … » in French), and the run goes on.
 */
export function loadRules(file: string, lang: Lang, warn: (line: string) => void): Partial<AnalyzeOptions> {
  const result = parseHouseRules(readFileSync(file, 'utf8'));
  if (!result.ok) {
    throw new RulesError(
      result.errors.map((e) => about(`${file}:${e.line}:${e.column}`, e.message[lang], lang)).join('\n'),
    );
  }
  for (const w of result.warnings)
    warn(
      `${lineStart(lang)}${about(`${file}:${w.line}:${w.column}`, `${cli[lang].rulesWarning} ${w.message[lang]}`, lang)}`,
    );
  return { houseRules: result.rules };
}
