// How a finding reads in the pane: its headline, its rule's name, a jargon term's definition, the sentences a
// copy-paste shares.
import type { TFunction } from 'i18next';
import type { Finding } from '../../../core';

/** What the list shows in bold: the matched words, or for a missing field the field's name. */
export function headline(f: Finding): string {
  const label = f.data?.label;
  return f.ruleId === 'missing-field' && typeof label === 'string' ? label : f.actual;
}

export function ruleName(t: TFunction, ruleId: string): string {
  return t(`rules.${ruleId}`, { defaultValue: ruleId });
}

/** The plain-language explanation a jargon finding carries (engine's glossary), if any. */
export function definitionOf(f: Finding): string | undefined {
  if (f.ruleId !== 'jargon') return undefined;
  const d = f.data?.definition ?? f.data?.explanation;
  if (typeof d === 'string' && d.trim()) return d.trim();
  const s = f.expected[0]?.trim();
  if (!s) return undefined;
  // The engine suggests "term (explanation)": the definition is what the parentheses hold.
  if (s.startsWith(f.actual) && s.endsWith(')')) {
    const inner = s.slice(f.actual.length).trim();
    if (inner.startsWith('(')) return inner.slice(1, -1).trim() || undefined;
  }
  return s;
}

/** The sentences a copy-paste finding shares with the other commitment (the core lists them). */
export function sharedSentences(f: Finding): string[] {
  const list = f.ruleId === 'duplicate' ? f.data?.sharedSentences : undefined;
  if (!Array.isArray(list)) return [];
  return list
    .map((x) =>
      typeof x === 'string'
        ? x
        : x && typeof x === 'object' && typeof (x as { text?: unknown }).text === 'string'
          ? (x as { text: string }).text
          : '',
    )
    .filter(Boolean)
    .slice(0, 5);
}
