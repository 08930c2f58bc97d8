// Compiles the lexicon checks' data (plus an organisation's house rules) into one index, folded word ->
// candidates, so that a paragraph's words are looked up once for all of those checks.
import { foldWord } from '../../text/fold';
import { wordHash } from '../../text/tokenize';
import type { Lang, Severity } from '../../types';
import { RULE_IDS, type RuleId } from '../ids';
import { conjugateEn, conjugateFr, nounForms, type Form } from './conjugate';
import { compileException, compileSequence, patternWords, type CompiledPattern, type TokenTest } from './patterns';
import type { ExceptionEntry, FormKind, LexiconData, PhraseEntry, VagueTermEntry } from './types';

/** The checks whose terms live in the lexicon. */
export type LexiconRule = 'vague-term' | 'vague-time' | 'vague-quantity' | 'hedge' | 'jargon';

export interface CompiledException extends CompiledPattern {
  kinds?: FormKind[];
}

export interface CompiledTerm {
  rule: LexiconRule;
  /** Lemma (vague-term) or term as written in the data. */
  id: string;
  key: string; // folded id: what "ignore this term" stores
  after?: TokenTest[];
  /** Words that must follow the term, outside its span (VagueTermEntry.then). */
  then?: TokenTest[];
  reflexive?: boolean;
  expected: string[];
  explanation?: string;
  /** A phrase that is vague only where a date is expected (see PhraseEntry). */
  deadline?: boolean;
  /** A date given loosely: information only (see PhraseEntry). */
  loose?: boolean;
  /** Vague terms: a verb of making, a verb of process, a verb of continuing (see VagueTermEntry). */
  makes?: boolean;
  process?: boolean;
  repeats?: boolean;
  effort?: boolean;
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
}

export interface CompiledRules {
  lang: Lang;
  /** Folded word -> the enabled checks' candidates it may start. */
  index: Map<string, Candidate[]>;
  /**
   * wordHash of every index key: a word is looked up only when its hash is one of them (see Token). For a word that
   * only starts phrases ("de" in "de nombreux", "à" in "à terme"), the hashes of the words that may follow it: the
   * commonest words of the language are then passed over without a look-up. null: any word may follow.
   */
  heads: Map<number, Set<number> | null>;
  /**
   * Set at the low 16 bits of every head's hash (speed shortcut, see DEVELOPERS.md): most words of a plan are no
   * head, and are told so by one byte instead of a map look-up.
   */
  maybeHead: Uint8Array;
  terms: CompiledTerm[];
  enabled: Record<RuleId, boolean>;
  severity: Partial<Record<RuleId, Severity>>;
  accepted: Set<string>;
  notAcronyms: Set<string>;
  glossaryHeadings: Set<string>;
  defaultExpected: string[];
  ruleWideExceptions: Map<LexiconRule, CompiledException[]>;
}

/** What house rules may change; validated elsewhere (src/core/lint/house-rules.ts). */
export interface RuleOverrides {
  enabled?: Partial<Record<RuleId, boolean>>;
  severity?: Partial<Record<RuleId, Severity>>;
  add?: TermAddition[];
  remove?: { rule?: RuleId; term: string }[];
  addExceptions?: (ExceptionEntry & { rule: LexiconRule })[];
  removeExceptions?: { rule?: RuleId; term?: string; pattern: string }[];
  accept?: string[];
}

export interface TermAddition {
  rule: LexiconRule;
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

export function compileRules(data: LexiconData, lang: Lang, overrides: RuleOverrides = {}): CompiledRules {
  const index = new Map<string, Candidate[]>();
  const terms: CompiledTerm[] = [];
  const removed = new Set((overrides.remove ?? []).map((r) => `${r.rule ?? '*'}\u0000${foldWord(r.term)}`));
  const isRemoved = (rule: LexiconRule, id: string): boolean =>
    removed.has(`${rule}\u0000${foldWord(id)}`) || removed.has(`*\u0000${foldWord(id)}`);

  const add = (key: string, c: Candidate): void => {
    const list = index.get(key);
    if (!list) index.set(key, [c]);
    else if (!list.some((o) => o.term === c.term && o.kind === c.kind && o.form === c.form)) list.push(c);
  };

  const newTerm = (rule: LexiconRule, id: string, extra: Partial<CompiledTerm>): CompiledTerm => {
    // "plus de|d" is shown and ignored as "plus de": the first alternative of each word.
    const canonical = id.replace(/\|\S+/g, '');
    const t: CompiledTerm = { rule, id: canonical, key: foldWord(canonical), expected: [], exceptions: [], ...extra };
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
    for (const head of words[0].split('|')) {
      const forms: Form[] =
        inflect && kind === 'noun'
          ? nounForms(head, lang)
          : [{ form: head.toLowerCase(), kind: kind === 'phrase' ? 'noun' : kind }];
      for (const f of forms) add(foldWord(f.form), { term, kind, form: f.form, rest, exact: exact ? head : undefined });
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
      then: ve.then ? compileSequence(ve.then) : undefined,
      reflexive: ve.reflexive,
      expected: ve.expected ?? [],
      makes: ve.makes,
      process: ve.process,
      repeats: ve.repeats,
      effort: ve.effort,
    });
    if (kind === 'verb') {
      const verb = ve.verb ?? words[0];
      for (const f of verbForms(lang, verb)) add(foldWord(f.form), { term, kind: f.kind, form: f.form, rest: [] });
      for (const f of ve.forms ?? []) add(foldWord(f.form), { term, kind: f.kind, form: f.form, rest: [] });
    } else if (kind === 'noun') addHeadedPhrase(term, lemma, 'noun', true);
    else addHeadedPhrase(term, lemma, 'phrase', false);
    for (const n of ve.nouns ?? []) addHeadedPhrase(term, n, 'noun', true);
  };

  const addPhrase = (rule: LexiconRule, e: PhraseEntry | TermAddition): void => {
    if (isRemoved(rule, e.term)) return;
    const deadline = 'deadline' in e ? e.deadline : undefined;
    const loose = 'loose' in e ? e.loose : undefined;
    const term = newTerm(rule, e.term, { expected: e.expected ?? [], explanation: e.explanation, deadline, loose });
    addHeadedPhrase(term, e.term, 'phrase', false, e.caseSensitive);
  };

  for (const e of data.vagueTerm.terms) addVagueTerm(e, false);
  for (const e of data.vagueTime.terms) addPhrase('vague-time', e);
  for (const e of data.vagueQuantity.terms) addPhrase('vague-quantity', e);
  for (const e of data.hedge.terms) addPhrase('hedge', e);
  for (const e of data.jargon.terms) addPhrase('jargon', e);
  for (const a of overrides.add ?? []) {
    if (a.rule === 'vague-term') addVagueTerm(a, true);
    else addPhrase(a.rule, a);
  }

  // Exceptions: attached to their term (matched on its folded id), or rule-wide.
  const removedEx = new Set(
    (overrides.removeExceptions ?? []).map((r) => `${r.term ? foldWord(r.term) : ''}\u0000${r.pattern}`),
  );
  const ruleWideExceptions = new Map<LexiconRule, CompiledException[]>();
  const byKey = new Map<string, CompiledTerm[]>();
  for (const t of terms) {
    const k = `${t.rule}\u0000${patternWords(t.key).join(' ')}`;
    byKey.set(k, [...(byKey.get(k) ?? []), t]);
  }
  const exceptions: (ExceptionEntry & { rule: LexiconRule })[] = [
    ...data.vagueTerm.exceptions.map((e) => ({ ...e, rule: 'vague-term' as const })),
    ...data.vagueTime.exceptions.map((e) => ({ ...e, rule: 'vague-time' as const })),
    ...data.vagueQuantity.exceptions.map((e) => ({ ...e, rule: 'vague-quantity' as const })),
    ...data.hedge.exceptions.map((e) => ({ ...e, rule: 'hedge' as const })),
    ...data.jargon.exceptions.map((e) => ({ ...e, rule: 'jargon' as const })),
    ...(overrides.addExceptions ?? []),
  ];
  for (const ex of exceptions) {
    if (removedEx.has(`${ex.term ? foldWord(ex.term) : ''}\u0000${ex.pattern}`)) continue;
    const compiled: CompiledException = { ...compileException(ex.pattern), kinds: ex.kinds };
    if (ex.term)
      for (const t of byKey.get(`${ex.rule}\u0000${patternWords(foldWord(ex.term)).join(' ')}`) ?? [])
        t.exceptions.push(compiled);
    else ruleWideExceptions.set(ex.rule, [...(ruleWideExceptions.get(ex.rule) ?? []), compiled]);
  }

  // Every check on unless the house rules turn it off (a new check needs only its id in RULE_IDS).
  const enabled = Object.fromEntries(RULE_IDS.map((id) => [id, overrides.enabled?.[id] ?? true])) as Record<
    RuleId,
    boolean
  >;
  // Only the enabled checks' words are looked up: a check turned off costs nothing (the bench's vague-term-only run).
  const lookedUp = new Map<string, Candidate[]>();
  for (const [key, candidates] of index) {
    const on = candidates.filter((c) => enabled[c.term.rule]);
    if (on.length > 0) lookedUp.set(key, on);
  }
  const heads = headsOf(lookedUp);
  return {
    lang,
    index: lookedUp,
    heads,
    maybeHead: lowBits(heads.keys()),
    terms,
    enabled,
    severity: overrides.severity ?? {},
    accepted: new Set((overrides.accept ?? []).map(foldWord)),
    notAcronyms: new Set(data.jargon.notAcronyms),
    glossaryHeadings: new Set(data.jargon.glossaryHeadings.map((h) => patternWords(foldWord(h)).join(' '))),
    defaultExpected: data.vagueTerm.defaultExpected,
    ruleWideExceptions,
  };
}

function headsOf(index: Map<string, Candidate[]>): Map<number, Set<number> | null> {
  const heads = new Map<number, Set<number> | null>();
  for (const [key, candidates] of index) {
    // The words that may follow, when every candidate is a phrase whose second word is a plain word or list.
    const plain = candidates.every((c) => {
      const t = c.rest[0];
      return t && t.lits && t.prefixes.length === 0 && !t.num && !t.cap && !t.any && !t.optionalAdverb;
    });
    const hash = wordHash(key);
    const next = plain ? new Set(candidates.flatMap((c) => [...c.rest[0].lits!].map(wordHash))) : null;
    const known = heads.get(hash);
    // Two keys of one hash: the union of what may follow them (null when either takes any word).
    heads.set(hash, known === undefined ? next : known === null || next === null ? null : new Set([...known, ...next]));
  }
  return heads;
}

/** A byte per value of a hash's low 16 bits, 1 where one of the hashes has them. */
function lowBits(hashes: Iterable<number>): Uint8Array {
  const bits = new Uint8Array(0x10000);
  for (const h of hashes) bits[h & 0xffff] = 1;
  return bits;
}
