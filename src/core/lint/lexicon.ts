// Compiles rule data (plus an organisation's house rules) into one index: folded word -> candidates.
// Every rule is looked up with a single Map.get per token.
import type { ExceptionEntry, FormKind, PhraseEntry, RuleData, RuleId, VagueTermEntry } from '../rules/types';
import { fold } from '../text/normalize';
import { hashFolded, KEY_BITS, keyBit, pairHash } from '../text/tokenize';

export { keyBit, pairHash };
import type { Lang, Severity } from '../types';
import { conjugateEn, conjugateFr, nounForms, type Form } from './conjugate';
import { compileException, compileSequence, patternWords, type CompiledPattern, type TokenTest } from './patterns';

export interface CompiledException extends CompiledPattern {
  kinds?: FormKind[];
}

export interface CompiledTerm {
  rule: RuleId;
  /** Lemma (vague-term) or term as written in the data. */
  id: string;
  key: string; // folded id: what "ignore this term" stores
  after?: TokenTest[];
  reflexive?: boolean;
  expected: string[];
  explanation?: string;
  exceptions: CompiledException[];
}

export interface Candidate {
  term: CompiledTerm;
  kind: FormKind | 'phrase';
  /** Lowercase with accents: tells "renforcé" (participle) from "renforce" (verb). */
  form: string;
  /** Words after the head that belong to the term itself ("en place" in "mise en place"). */
  rest: TokenTest[];
  /** Case-sensitive terms (acronyms): the exact spelling required. */
  exact?: string;
  /** Hashes of the words rest[0] accepts, when it is a plain list of words: a pre-check without strings. */
  nextHashes?: Set<number>;
}

export interface CompiledRules {
  lang: Lang;
  index: Map<string, Candidate[]>;
  /** Bitmap of the index keys' hashes: most words are rejected without building their folded string. */
  keyBits: Uint32Array;
  /** Bitmap of (word, next word) hashes for words that only start multiword terms. */
  pairBits: Uint32Array;
  /** Whether the tokenizer counts syllables (only readability reads them). */
  syllables: boolean;
  terms: CompiledTerm[];
  enabled: Record<RuleId, boolean>;
  severity: Partial<Record<RuleId, Severity>>;
  accepted: Set<string>;
  notAcronyms: Set<string>;
  glossaryHeadings: Set<string>;
  defaultExpected: string[];
  ruleWideExceptions: Map<RuleId, CompiledException[]>;
}

/** What house rules may change; validated elsewhere (house-rules.ts). */
export interface RuleOverrides {
  enabled?: Partial<Record<RuleId, boolean>>;
  severity?: Partial<Record<RuleId, Severity>>;
  add?: TermAddition[];
  remove?: { rule?: RuleId; term: string }[];
  addExceptions?: ExceptionEntry[];
  removeExceptions?: { rule?: RuleId; term?: string; pattern: string }[];
  accept?: string[];
}

export interface TermAddition {
  rule: RuleId;
  term: string;
  /** vague-term only: verb (conjugated, default for one word ending like an infinitive), noun, or exact phrase. */
  kind?: 'verb' | 'noun' | 'phrase';
  nouns?: string[];
  after?: string;
  explanation?: string;
  expected?: string[];
  caseSensitive?: boolean;
}

function verbForms(lang: Lang, verb: string): Form[] {
  return lang === 'fr' ? conjugateFr(verb) : conjugateEn(verb);
}

function looksLikeInfinitive(lang: Lang, word: string): boolean {
  return lang === 'fr' ? /(?:er|ir|re)$/.test(word) : /^[a-z]+$/i.test(word);
}

export function compileRules(data: RuleData, overrides: RuleOverrides = {}): CompiledRules {
  const lang = data.lang;
  const index = new Map<string, Candidate[]>();
  const terms: CompiledTerm[] = [];
  const removed = new Set((overrides.remove ?? []).map((r) => `${r.rule ?? '*'}\u0000${fold(r.term)}`));
  const isRemoved = (rule: RuleId, id: string): boolean =>
    removed.has(`${rule}\u0000${fold(id)}`) || removed.has(`*\u0000${fold(id)}`);

  const add = (key: string, c: Candidate): void => {
    const list = index.get(key);
    if (!list) index.set(key, [c]);
    else if (!list.some((o) => o.term === c.term && o.kind === c.kind && o.form === c.form)) list.push(c);
  };

  const newTerm = (rule: RuleId, id: string, extra: Partial<CompiledTerm>): CompiledTerm => {
    // "plus de|d" is shown and ignored as "plus de": the first alternative of each word.
    const canonical = id.replace(/\|\S+/g, '');
    const t: CompiledTerm = { rule, id: canonical, key: fold(canonical), expected: [], exceptions: [], ...extra };
    terms.push(t);
    return t;
  };

  const addHeadedPhrase = (
    term: CompiledTerm,
    phrase: string,
    kind: FormKind | 'phrase',
    inflect: boolean,
    exact?: boolean,
  ): void => {
    const words = patternWords(phrase);
    if (words.length === 0) return;
    const rest = compileSequence(words.slice(1).join(' '));
    const heads = words[0].split('|');
    for (const head of heads) {
      const forms: Form[] =
        inflect && kind === 'noun'
          ? nounForms(head, lang)
          : [{ form: head.toLowerCase(), kind: kind === 'phrase' ? 'noun' : kind }];
      const first = rest[0];
      const nextHashes =
        first &&
        first.lits &&
        first.prefixes.length === 0 &&
        !first.num &&
        !first.cap &&
        !first.any &&
        !first.optionalAdverb
          ? new Set([...first.lits].map(hashFolded))
          : undefined;
      for (const f of forms)
        add(fold(f.form), { term, kind, form: f.form, rest, exact: exact ? head : undefined, nextHashes });
    }
  };

  const addVagueTerm = (e: VagueTermEntry | TermAddition, isAddition: boolean): void => {
    const lemma = 'lemma' in e ? e.lemma : e.term;
    if (isRemoved('vague-term', lemma)) return;
    const ve = e as VagueTermEntry & TermAddition;
    const words = patternWords(lemma);
    const kind = isAddition
      ? (ve.kind ?? (words.length === 1 && looksLikeInfinitive(lang, words[0]) ? 'verb' : 'phrase'))
      : 'verb';
    const term = newTerm('vague-term', lemma, {
      after: ve.after ? compileSequence(ve.after) : undefined,
      reflexive: ve.reflexive,
      expected: ve.expected ?? [],
    });
    if (kind === 'verb') {
      const verb = ve.verb ?? words[0];
      for (const f of verbForms(lang, verb)) add(fold(f.form), { term, kind: f.kind, form: f.form, rest: [] });
      for (const f of ve.forms ?? []) add(fold(f.form), { term, kind: f.kind, form: f.form, rest: [] });
    } else if (kind === 'noun') addHeadedPhrase(term, lemma, 'noun', true);
    else addHeadedPhrase(term, lemma, 'phrase', false);
    for (const n of ve.nouns ?? []) addHeadedPhrase(term, n, 'noun', true);
  };

  const addPhrase = (rule: RuleId, e: PhraseEntry | TermAddition): void => {
    if (isRemoved(rule, e.term)) return;
    const term = newTerm(rule, e.term, { expected: e.expected ?? [], explanation: e.explanation });
    addHeadedPhrase(term, e.term, 'phrase', false, e.caseSensitive);
  };

  for (const e of data.vagueTerms) addVagueTerm(e, false);
  for (const e of data.vagueTime) addPhrase('vague-time', e);
  for (const e of data.vagueQuantity) addPhrase('vague-quantity', e);
  for (const e of data.jargon) addPhrase('jargon', e);
  for (const a of overrides.add ?? []) {
    if (a.rule === 'vague-term') addVagueTerm(a, true);
    else if (a.rule === 'vague-time' || a.rule === 'vague-quantity' || a.rule === 'jargon') addPhrase(a.rule, a);
  }

  // Exceptions: attached to their term (matched on its folded id), or rule-wide.
  const removedEx = new Set(
    (overrides.removeExceptions ?? []).map((r) => `${r.term ? fold(r.term) : ''}\u0000${r.pattern}`),
  );
  const ruleWideExceptions = new Map<RuleId, CompiledException[]>();
  const byKey = new Map<string, CompiledTerm[]>();
  for (const t of terms) {
    const k = `${t.rule}\u0000${patternWords(t.key).join(' ')}`;
    byKey.set(k, [...(byKey.get(k) ?? []), t]);
  }
  for (const ex of [...data.exceptions, ...(overrides.addExceptions ?? [])]) {
    if (removedEx.has(`${ex.term ? fold(ex.term) : ''}\u0000${ex.pattern}`)) continue;
    const compiled: CompiledException = { ...compileException(ex.pattern), kinds: ex.kinds };
    if (ex.term)
      for (const t of byKey.get(`${ex.rule}\u0000${patternWords(fold(ex.term)).join(' ')}`) ?? [])
        t.exceptions.push(compiled);
    else ruleWideExceptions.set(ex.rule, [...(ruleWideExceptions.get(ex.rule) ?? []), compiled]);
  }

  const enabled: Record<RuleId, boolean> = {
    'vague-term': true,
    jargon: true,
    'vague-time': true,
    'vague-quantity': true,
    readability: true,
    ...overrides.enabled,
  };
  const enabledRules: Partial<Record<RuleId, boolean>> = overrides.enabled ?? {};
  // Words that only start multiword terms with a known next word ("de" in "de nombreux", "à" in "à terme")
  // go into a bitmap of (word, next word) pairs: the commonest words of the language then cost nothing.
  const keyBits = new Uint32Array(KEY_BITS >>> 5);
  const pairBits = new Uint32Array(KEY_BITS >>> 5);
  const on = (c: Candidate): boolean => enabledRules[c.term.rule] !== false;
  for (const [key, all] of index) {
    // Rules turned off by the house rules put nothing in the prefilter.
    const cands = all.filter(on);
    if (cands.length === 0) continue;
    const h = hashFolded(key);
    if (cands.every((c) => c.nextHashes !== undefined)) {
      for (const c of cands)
        for (const n of c.nextHashes ?? []) {
          const b = keyBit(pairHash(h, n));
          pairBits[b >>> 5] |= 1 << (b & 31);
        }
    } else {
      const b = keyBit(h);
      keyBits[b >>> 5] |= 1 << (b & 31);
    }
  }
  return {
    lang,
    index,
    keyBits,
    pairBits,
    syllables: enabled.readability,
    terms,
    enabled,
    severity: overrides.severity ?? {},
    accepted: new Set((overrides.accept ?? []).map(fold)),
    notAcronyms: new Set(data.notAcronyms),
    glossaryHeadings: new Set(data.glossaryHeadings.map((h) => patternWords(fold(h)).join(' '))),
    defaultExpected: data.defaultExpected,
    ruleWideExceptions,
  };
}
