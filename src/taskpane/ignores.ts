// Ignoring at three levels (occurrence, term, rule), stored in the document's settings so that a reviewer who
// opens the same document sees the same state.
import type { Finding } from '../core/types';

export const IGNORES_KEY = 'jalon.ignores';

export interface Ignores {
  fingerprints: string[];
  terms: string[]; // "ruleId:normalised term"
  rules: string[];
}

export const emptyIgnores = (): Ignores => ({ fingerprints: [], terms: [], rules: [] });

export function normaliseIgnores(value: unknown): Ignores {
  const v = (value ?? {}) as Partial<Ignores>;
  const strings = (a: unknown): string[] => (Array.isArray(a) ? a.filter((x): x is string => typeof x === 'string') : []);
  return { fingerprints: strings(v.fingerprints), terms: strings(v.terms), rules: strings(v.rules) };
}

/** The term a finding is about: the engine's lemma or term when it gives one, else the matched text. */
export function findingTerm(f: Finding): string {
  const d = f.data ?? {};
  const raw = typeof d.lemma === 'string' ? d.lemma : typeof d.term === 'string' ? d.term : f.actual;
  return raw
    .normalize('NFC')
    .replace(/[\u00a0\u202f\s]+/g, ' ')
    .trim()
    .toLocaleLowerCase('fr');
}

export const termKey = (f: Finding): string => `${f.ruleId}:${findingTerm(f)}`;

export function isIgnored(f: Finding, ig: Ignores): boolean {
  return ig.rules.includes(f.ruleId) || ig.fingerprints.includes(f.fingerprint) || ig.terms.includes(termKey(f));
}

export type IgnoreLevel = 'occurrence' | 'term' | 'rule';

export function addIgnore(ig: Ignores, f: Finding, level: IgnoreLevel): Ignores {
  const add = (list: string[], v: string) => (list.includes(v) ? list : [...list, v]);
  if (level === 'occurrence') return { ...ig, fingerprints: add(ig.fingerprints, f.fingerprint) };
  if (level === 'term') return { ...ig, terms: add(ig.terms, termKey(f)) };
  return { ...ig, rules: add(ig.rules, f.ruleId) };
}

export const ignoreCount = (ig: Ignores): number => ig.fingerprints.length + ig.terms.length + ig.rules.length;
