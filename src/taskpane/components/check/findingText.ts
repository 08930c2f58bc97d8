// How a finding reads in the pane: its headline, its rule's name, a jargon term's definition, the sentences a
// copy-paste shares.
import type { TFunction } from 'i18next';
import type { Finding } from '../../../core';

/** Beyond this many characters, the matched words are not a headline: a short one stands for them. */
const HEADLINE_MAX = 80;

/**
 * What the list shows in bold: the matched words, or for a missing field the field's name; a long sentence is
 * named by its length (the sentence itself is in the finding's detail, `passage`), other long words cut short.
 */
export function headline(f: Finding, t: TFunction): string {
  const label = f.data?.label;
  if (f.ruleId === 'missing-field' && typeof label === 'string') return label;
  const words = f.data?.words;
  if (f.ruleId === 'readability' && typeof words === 'number') return t('finding.longSentence', { words });
  return f.actual.length > HEADLINE_MAX ? `${f.actual.slice(0, HEADLINE_MAX - 20).trimEnd()}…` : f.actual;
}

/** The words a finding is about, shown whole in its detail when the headline does not show them. */
export function passage(f: Finding, t: TFunction): string | undefined {
  return f.actual && headline(f, t) !== f.actual && f.ruleId !== 'missing-field' ? f.actual : undefined;
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
