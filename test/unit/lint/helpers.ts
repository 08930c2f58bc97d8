import { analyze, type AnalyzeOptions } from '../../../src/core/analyze';
import { fromPlainText } from '../../../src/core/source';
import type { Finding } from '../../../src/core/types';

export function findings(text: string, options: AnalyzeOptions = {}, rule?: string): Finding[] {
  const a = analyze(fromPlainText(text), { lang: 'fr', ...options });
  return rule ? a.findings.filter((f) => f.ruleId === rule) : a.findings;
}

export function vague(text: string, options: AnalyzeOptions = {}): string[] {
  return findings(text, options, 'vague-term').map((f) => f.actual);
}
