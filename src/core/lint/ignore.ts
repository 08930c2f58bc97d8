// Ignoring at four levels: this occurrence (fingerprint), this term (lemma or word), this rule, and the
// organisation's shared list (the same three kinds of entry, read-only, shipped in the house rules).
import { foldWord } from '../text/fold';
import type { Finding } from '../types';

export interface IgnoreList {
  /** Finding.fingerprint values: one occurrence each. */
  fingerprints?: string[];
  /** Lemmas or terms ("renforcer", "open data", "PGO"): every form of them. */
  terms?: string[];
  /** Rule ids ("vague-quantity"). */
  rules?: string[];
}

export type Suppression = NonNullable<Finding['suppression']>;

interface CompiledIgnores {
  fingerprints: Set<string>;
  terms: Set<string>;
  rules: Set<string>;
}

function compile(list: IgnoreList | undefined): CompiledIgnores {
  return {
    fingerprints: new Set(list?.fingerprints ?? []),
    terms: new Set((list?.terms ?? []).map(foldWord)),
    rules: new Set(list?.rules ?? []),
  };
}

function match(f: Finding, c: CompiledIgnores): Suppression['level'] | undefined {
  if (c.rules.has(f.ruleId)) return 'rule';
  if (c.fingerprints.has(f.fingerprint)) return 'occurrence';
  if (c.terms.size > 0) {
    const term = f.data?.lemma ?? f.data?.term;
    if ((typeof term === 'string' && c.terms.has(foldWord(term))) || c.terms.has(foldWord(f.actual))) return 'term';
  }
  return undefined;
}

/** Splits findings into those to show and those ignored (marked with how and by whom). */
export function applyIgnores(
  findings: Finding[],
  user?: IgnoreList,
  organisation?: IgnoreList,
): { kept: Finding[]; suppressed: Finding[] } {
  if (!user && !organisation) return { kept: findings, suppressed: [] };
  const u = compile(user);
  const o = compile(organisation);
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const f of findings) {
    const byOrg = match(f, o);
    const byUser = byOrg ? undefined : match(f, u);
    if (byOrg) suppressed.push({ ...f, suppression: { level: 'organisation', by: 'organisation' } });
    else if (byUser) suppressed.push({ ...f, suppression: { level: byUser, by: 'user' } });
    else kept.push(f);
  }
  return { kept, suppressed };
}
