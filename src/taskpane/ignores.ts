// Ignoring at three levels (occurrence, term, rule), in the core's IgnoreList shape (the command line reads
// the same list), stored in the document's settings so a reviewer opening the document sees the same state.
import { applyIgnores, type Finding, type IgnoreList } from '../core';

export const IGNORES_KEY = 'jalon.ignores';

export type Ignores = Required<IgnoreList>;

export const emptyIgnores = (): Ignores => ({ fingerprints: [], terms: [], rules: [] });

export function normaliseIgnores(value: unknown): Ignores {
  const v = (value ?? {}) as IgnoreList;
  const strings = (a: unknown): string[] =>
    Array.isArray(a) ? a.filter((x): x is string => typeof x === 'string') : [];
  return { fingerprints: strings(v.fingerprints), terms: strings(v.terms), rules: strings(v.rules) };
}

/** The term a finding is about, as the core matches it: its lemma or term when given, else the matched text. */
export function findingTerm(f: Finding): string {
  const d = f.data ?? {};
  const raw = typeof d.lemma === 'string' ? d.lemma : typeof d.term === 'string' ? d.term : f.actual;
  return raw.replace(/[\u00a0\u202f\s]+/g, ' ').trim();
}

export function withoutIgnored(findings: Finding[], ig: Ignores): Finding[] {
  return applyIgnores(findings, ig).kept;
}

export type IgnoreLevel = 'occurrence' | 'term' | 'rule';

export function addIgnore(ig: Ignores, f: Finding, level: IgnoreLevel): Ignores {
  const add = (list: string[], v: string) => (list.includes(v) ? list : [...list, v]);
  if (level === 'occurrence') return { ...ig, fingerprints: add(ig.fingerprints, f.fingerprint) };
  if (level === 'term') return { ...ig, terms: add(ig.terms, findingTerm(f)) };
  return { ...ig, rules: add(ig.rules, f.ruleId) };
}

/**
 * Where the author goes once `f` is ignored: the first finding after it in `before` (the list as shown) that
 * `after` still holds, else the nearest before it; undefined when none is left.
 */
export function nextRemaining(before: Finding[], f: Finding, after: Finding[]): Finding | undefined {
  const kept = new Set(after);
  const i = before.indexOf(f);
  if (i < 0) return after[0];
  for (let j = i + 1; j < before.length; j++) if (kept.has(before[j])) return before[j];
  for (let j = i - 1; j >= 0; j--) if (kept.has(before[j])) return before[j];
  return undefined;
}

/** A finding found again in another check's results (an edit moved it): its rule and fingerprint. */
export const sameFinding = (f: Finding): string => `${f.ruleId}|${f.fingerprint}`;
