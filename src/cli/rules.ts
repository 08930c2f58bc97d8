// --rules FILE: the house rules, parsed by the core's engine.
// PLACEHOLDER until the engine exports parseHouseRules: the file is read (so a wrong path is reported) but not applied.
import { readFileSync } from 'node:fs';
import type { AnalyzeOptions } from '../core';

export function loadRules(file: string): Partial<AnalyzeOptions> {
  readFileSync(file, 'utf8');
  return {};
}
