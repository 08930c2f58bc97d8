// The kinds of check that run the rule data, over one paragraph at a time. A paragraph's result depends only
// on its text (and the compiled rules), so the incremental analyser can cache it; what depends on the whole
// document (first use of jargon, glossary) is decided afterwards from the per-paragraph occurrences.
import { MESSAGES } from '../rules/catalog';
import type { FormKind, RuleId } from '../rules/types';
import { lowerKeepAccents } from '../text/normalize';
import * as tk from '../text/tokenize';
import type { Token } from '../text/tokenize';
import type { Finding, Lang, Severity } from '../types';
import * as fp from './fingerprint';
import type { Candidate, CompiledException, CompiledRules, CompiledTerm } from './lexicon';
import * as patterns from './patterns';

// Module-local copies of imported constants and functions (see the note in src/core/text/normalize.ts).
const { CAP, ELIDED, LETTERS, NUM, SEP_CLOSE, SEP_HYPHEN, SEP_OPEN, SEP_OTHER, SEP_PAUSE, SEP_START, SEP_STOP, UPPER } =
  tk;
// Shared token objects: nothing below keeps a token beyond lintParagraph.
const tokenize = tk.tokenizeShared;
const { matchBackward, matchForward, testToken } = patterns;
const { fingerprintOfHashes } = fp;

export const LONG_SENTENCE_WORDS = tk.LONG_SENTENCE_WORDS;

/** A jargon word or acronym seen in a paragraph; whether it is flagged depends on the document. */
export interface JargonOccurrence {
  key: string;
  start: number; // paragraph-relative
  end: number;
  /** Explained right here: "open data (données publiques…)" or "Direction … (DINUM)". */
  explained: boolean;
  acronym: boolean;
  term?: CompiledTerm;
  /** Word hashes for the fingerprint, computed only if the occurrence becomes a finding. */
  hashes: [number, number, number, number, number];
}

export interface ParagraphStats {
  words: number;
  sentences: number;
  longSentences: number;
  syllables: number;
  longWords: number;
}

export interface ParagraphResult {
  /** Findings with paragraph-relative offsets (paragraph and paragraphOffset filled by the caller). */
  findings: Finding[];
  jargon: JargonOccurrence[];
  stats: ParagraphStats;
  /** Folded words of short paragraphs without their numbering ("2. Glossaire" -> "glossaire"), '' otherwise. */
  folded: string;
}

const DE = new Set(['de', 'du', 'des', 'd']);
const OF = new Set(['of', 'for']);
const AUX_FR = new Set([
  'suis',
  'es',
  'est',
  'sommes',
  'etes',
  'sont',
  'etait',
  'etaient',
  'sera',
  'seront',
  'serait',
  'seraient',
  'soit',
  'soient',
  'ete',
  'etre',
  'etant',
  'ai',
  'as',
  'a',
  'avons',
  'avez',
  'ont',
  'avait',
  'avaient',
  'aura',
  'auront',
  'aurait',
  'auraient',
  'ait',
  'aient',
  'eu',
  'avoir',
  'ayant',
  'se',
  's',
  'fut',
  'furent',
  'serons',
  'serez',
  'sera',
  'etions',
]);
const AUX_EN = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'has',
  'have',
  'had',
  'having',
  'get',
  'gets',
  'got',
]);
const DET_EN = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'our',
  'their',
  'its',
  'his',
  'her',
  'your',
  'my',
  'of',
  'for',
  'with',
  'and',
  'financial',
  'technical',
  'continued',
  'further',
  'more',
  'no',
  'any',
  'such',
  'provide',
  'provides',
  'provided',
  'providing',
  'receive',
  'receives',
  'received',
]);
const DET_FR = new Set([
  'le',
  'la',
  'les',
  'l',
  'un',
  'une',
  'des',
  'du',
  'ce',
  'cet',
  'cette',
  'ces',
  'son',
  'sa',
  'ses',
  'leur',
  'leurs',
  'notre',
  'nos',
  'votre',
  'vos',
]);
const REFLEXIVE = new Set(['s', 'se', 'nous', 'vous', 'me', 'm', 'te', 't']);
const LOWER_SEVERITY: Record<Severity, Severity> = {
  error: 'warning',
  warning: 'suggestion',
  suggestion: 'info',
  info: 'info',
};

interface Hit {
  cand: Candidate;
  kind: FormKind | 'phrase';
  i: number; // first token
  j: number; // last token
  accepted?: boolean;
}

function severityFor(rules: CompiledRules, rule: RuleId, base: Severity): Severity {
  return rules.severity[rule] ?? base;
}

function exceptionApplies(tokens: Token[], hit: Hit, exs: readonly CompiledException[]): boolean {
  for (const ex of exs) {
    if (ex.kinds && (hit.kind === 'phrase' || !ex.kinds.includes(hit.kind))) continue;
    if (ex.before.length > 0 && !matchBackward(tokens, hit.i, ex.before)) continue;
    if (ex.after.length > 0 && matchForward(tokens, hit.j + 1, ex.after, false) < 0) continue;
    return true;
  }
  return false;
}

/** Resolves which analysis a token gets when forms collide once folded ("renforce" / "renforcé", "support" n./v.). */
function resolveKind(text: string, tokens: Token[], i: number, cands: Candidate[], lang: Lang): Candidate {
  if (cands.length === 1) return cands[0];
  const tok = tokens[i];
  const lower = lowerKeepAccents(text.slice(tok.start, tok.end));
  const exact = cands.filter((c) => c.form === lower);
  const pool = exact.length > 0 ? exact : cands;
  const kinds = new Set(pool.map((c) => c.kind));
  if (kinds.size === 1) return pool[0];
  const prev = i > 0 && !(tok.sep & SEP_STOP) ? tokens[i - 1].norm : '';
  const next = i + 1 < tokens.length && !(tokens[i + 1].sep & SEP_STOP) ? tokens[i + 1].norm : '';
  const pick = (k: string): Candidate | undefined => pool.find((c) => c.kind === k);
  if (kinds.has('noun') && kinds.has('verb')) {
    const det = lang === 'en' ? DET_EN : DET_FR;
    return (det.has(prev) ? pick('noun') : pick('verb')) ?? pool[0];
  }
  if (kinds.has('noun') && kinds.has('participle')) {
    const det = lang === 'en' ? DET_EN : DET_FR;
    return (det.has(prev) || prev === '' ? pick('noun') : pick('participle')) ?? pool[0];
  }
  // Same spelling in French ("accrus", "mis", "promus"): the passé simple never occurs in plans.
  if (lang === 'fr' && exact.length > 0 && kinds.has('participle') && kinds.has('verb'))
    return pick('participle') ?? pool[0];
  if (kinds.has('participle') && kinds.has('verb')) {
    // French accentless capitals (RENFORCE) and English -ed: a participle after an auxiliary or a determiner, or before "by".
    const aux = lang === 'en' ? AUX_EN : AUX_FR;
    const det = lang === 'en' ? DET_EN : DET_FR;
    const participle = aux.has(prev) || det.has(prev) || next === 'by' || next === 'par';
    return (participle ? pick('participle') : pick('verb')) ?? pool[0];
  }
  return pool[0];
}

// Messages depend only on the template (rule, kind, language) and the words matched: built once and shared
// (thousands of findings on a long plan).
const messageCache = new Map<unknown, Map<string, Map<string, string>>>();
function cached(template: (v: Record<string, string>) => string, vars: { actual: string; lemma: string }): string {
  let byLemma = messageCache.get(template);
  if (byLemma === undefined) {
    byLemma = new Map();
    messageCache.set(template, byLemma);
  }
  let byActual = byLemma.get(vars.lemma);
  if (byActual === undefined) {
    byActual = new Map();
    byLemma.set(vars.lemma, byActual);
  }
  let out = byActual.get(vars.actual);
  if (out === undefined) {
    if (byActual.size > 500) byActual.clear();
    out = template(vars);
    byActual.set(vars.actual, out);
  }
  return out;
}

/** Possible glossary heading: at most five words, numbers dropped. */
function headingWords(tokens: Token[]): string {
  if (tokens.length === 0 || tokens.length > 5) return '';
  let out = '';
  for (const t of tokens) {
    if (t.flags & NUM) continue;
    out = out === '' ? t.norm : `${out} ${t.norm}`;
  }
  return out;
}

function allSingleWord(group: Candidate[]): boolean {
  for (const g of group) if (g.rest.length > 0) return false;
  return true;
}

/** A participle is verbal after an auxiliary (a été renforcé, se sont efforcés) or before an agent (par, by). */
function participleIsVerbal(tokens: Token[], i: number, j: number, lang: Lang): boolean {
  const aux = lang === 'en' ? AUX_EN : AUX_FR;
  for (let k = i - 1, n = 0; k >= 0 && n < 3; k--, n++) {
    if (tokens[k + 1].sep & SEP_STOP) break;
    if (aux.has(tokens[k].norm)) return true;
  }
  const next = j + 1 < tokens.length ? tokens[j + 1] : undefined; // not read past the end: V8 deoptimises on that
  return next !== undefined && !(next.sep & SEP_STOP) && (next.norm === 'par' || next.norm === 'by');
}

/** Fingerprint of a match: rule, its folded words, and two words either side (missing neighbours count as 0). */
function tokenFingerprint(rule: string, tokens: Token[], i: number, j: number): string {
  const [b2, b1, m, a1, a2] = contextHashes(tokens, i, j);
  return fingerprintOfHashes(rule, b2, b1, m, a1, a2);
}

function contextHashes(tokens: Token[], i: number, j: number): [number, number, number, number, number] {
  const n = tokens.length;
  return [
    i >= 2 ? tokens[i - 2].hash : 0,
    i >= 1 ? tokens[i - 1].hash : 0,
    matchHash(tokens, i, j),
    j + 1 < n ? tokens[j + 1].hash : 0,
    j + 2 < n ? tokens[j + 2].hash : 0,
  ];
}

export function jargonFingerprint(o: JargonOccurrence): string {
  return fingerprintOfHashes('jargon', ...o.hashes);
}

function matchHash(tokens: Token[], i: number, j: number): number {
  let h = tokens[i].hash;
  for (let k = i + 1; k <= j; k++) h = (Math.imul(h, 0x01000193) ^ tokens[k].hash) | 0;
  return h;
}

function matchedNorm(tokens: Token[], i: number, j: number): string {
  let s = tokens[i].norm;
  for (let k = i + 1; k <= j; k++) s += ' ' + tokens[k].norm;
  return s;
}

const sharedHits: Hit[] = [];
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);
const NO_JARGON: readonly JargonOccurrence[] = Object.freeze([]);

const byPlace = (a: Hit, b: Hit) => a.i - b.i || b.j - a.j;
function hitsInOrder(hits: readonly Hit[]): boolean {
  for (let k = 1; k < hits.length; k++) if (byPlace(hits[k - 1], hits[k]) > 0) return false;
  return true;
}

export function lintParagraph(text: string, rules: CompiledRules): ParagraphResult {
  const lang = rules.lang;
  const tokenized = tokenize(text, rules);
  const tokens = tokenized.tokens;
  titleCaseTokens = undefined; // the token array is shared between paragraphs: forget the last one's case
  const hits = sharedHits; // hits never leave this function: one array for all paragraphs
  let nh = 0; // written by index and cut to length after (emptied with length = 0, it would lose its storage)
  const urls = tokenized.maybeUrl ? urlRanges(text) : undefined;
  let u = 0;
  // Only the tokens the tokenizer's prefilter kept (words or word pairs that may start a term).
  const candidateIndexes = tokenized.candidates ?? [];
  for (let ci = 0; ci < candidateIndexes.length; ci++) {
    const i = candidateIndexes[ci];
    const tok = tokens[i];
    // Words inside a web address or an e-mail are not prose.
    if (urls !== undefined) {
      while (u < urls.length && urls[u][1] <= tok.start) u++;
      if (u < urls.length && urls[u][0] <= tok.start) continue;
    }
    const cands = rules.index.get(tok.norm);
    if (cands === undefined) continue;
    // Group the candidates by term: one analysis per term and token.
    let groups: Map<CompiledTerm, Candidate[]> | undefined;
    const nextTok = tokens[i + 1];
    for (const c of cands) {
      // Cheap pre-check of multiword terms on the next word: "de", "la", "à" start many terms and match few.
      if (c.rest.length > 0) {
        if (nextTok === undefined) continue;
        if (c.nextHashes !== undefined ? !c.nextHashes.has(nextTok.hash) : !testToken(c.rest[0], nextTok)) continue;
      }
      if (!rules.enabled[c.term.rule]) continue;
      if (c.exact !== undefined && text.slice(tok.start, tok.end) !== c.exact) continue;
      groups ??= new Map();
      const g = groups.get(c.term);
      if (g) g.push(c);
      else groups.set(c.term, [c]);
    }
    if (!groups) continue;
    for (const [term, group] of groups) {
      // Phrase-shaped candidates with different continuations are tried in turn; the longest wins.
      let best: Hit | undefined;
      let ties: Candidate[] = [];
      for (const cand of group.length > 1 && allSingleWord(group)
        ? [resolveKind(text, tokens, i, group, lang)]
        : group) {
        let j = i;
        if (cand.rest.length > 0) {
          j = matchForward(tokens, i + 1, cand.rest);
          if (j < 0) continue;
        }
        if (term.after && cand.kind !== 'noun') {
          j = matchForward(tokens, j + 1, term.after);
          if (j < 0) continue;
        }
        if (term.reflexive) {
          let ok = false;
          for (let k = i - 1, n = 0; k >= 0 && n < 3; k--, n++) {
            if (tokens[k + 1].sep & SEP_STOP) break;
            if (REFLEXIVE.has(tokens[k].norm)) {
              ok = true;
              break;
            }
          }
          if (!ok) continue;
        }
        if (!best || j > best.j) {
          best = { cand, kind: cand.kind, i, j };
          ties = [cand];
        } else if (j === best.j) ties.push(cand);
      }
      if (!best) continue;
      // "mise en place": the noun after a determiner, the participle after an auxiliary.
      if (ties.length > 1) {
        const cand = resolveKind(text, tokens, i, ties, lang);
        best = { cand, kind: cand.kind, i, j: best.j };
      }
      // "Federally-supported research": a hyphenated participle is an adjective of a compound, not an action.
      if (best.kind === 'participle' && tokens[i].sep & SEP_HYPHEN) continue;
      // "Innovation, Sciences et Développement économique Canada": a capitalised noun inside a sentence is a name.
      if (term.rule === 'vague-term' && best.kind === 'noun' && isInsideName(tokens, i)) continue;
      const exs = rules.ruleWideExceptions.get(term.rule);
      if (exceptionApplies(tokens, best, term.exceptions) || (exs && exceptionApplies(tokens, best, exs))) continue;
      // Accepted vocabulary still takes its place, so "open data" accepted does not leave "open" and "data".
      if (
        rules.accepted.size > 0 &&
        (rules.accepted.has(term.key) || rules.accepted.has(matchedNorm(tokens, best.i, best.j)))
      )
        best.accepted = true;
      hits[nh++] = best;
    }
  }

  const findings: Finding[] = [];
  const jargon: JargonOccurrence[] = [];
  hitFindings(text, tokens, hits, nh, rules, findings, jargon);
  if (rules.enabled.jargon && tokenized.upperWords > 0) findAcronyms(text, tokens, rules, jargon, tokenized.maybeUrl);
  const stats = paragraphStats(text, tokenized, rules, findings);
  // Most paragraphs have nothing: share one empty array rather than keep thousands.
  return {
    findings: findings.length > 0 ? findings : (NO_FINDINGS as Finding[]),
    jargon: jargon.length > 0 ? jargon : (NO_JARGON as JargonOccurrence[]),
    stats,
    folded: headingWords(tokens),
  };
}

/**
 * The findings (and jargon occurrences) of a paragraph's hits, added to `findings` and `jargon`. Apart from
 * lintParagraph so that each is compiled on its own: V8 compiles a smaller function faster, and recompiles only
 * this one when it changes its mind about where its findings live.
 */
function hitFindings(
  text: string,
  tokens: Token[],
  hits: Hit[],
  nh: number,
  rules: CompiledRules,
  findings: Finding[],
  jargon: JargonOccurrence[],
): void {
  const lang = rules.lang;
  // One hit per rule and place: the longest ("à moyen terme" over "à terme"), the earliest.
  // Hits come in token order, mostly already sorted: the sort (and the copy it makes) only when they are not.
  hits.length = nh;
  if (!hitsInOrder(hits)) hits.sort(byPlace);
  // Last token covered, per rule (a handful of rules: a small object beats a Map per paragraph).
  const lastEnd: Partial<Record<RuleId, number>> = {};
  const m = MESSAGES[lang];
  for (const h of hits) {
    const rule = h.cand.term.rule;
    if ((lastEnd[rule] ?? -1) >= h.i) continue;
    lastEnd[rule] = h.j;
    if (h.accepted) continue;
    const start = tokens[h.i].start;
    const end = tokens[h.j].end;
    const actual = text.slice(start, end);
    const term = h.cand.term;
    if (rule === 'jargon') {
      jargon.push({
        key: term.key,
        start,
        end,
        explained: explainedHere(tokens, h.i, h.j),
        acronym: false,
        term,
        hashes: contextHashes(tokens, h.i, h.j),
      });
      continue;
    }
    const fingerprint = tokenFingerprint(rule, tokens, h.i, h.j);
    let severity: Severity;
    let message: string;
    let note: string;
    let expected: string[];
    const data: Record<string, unknown> =
      rule === 'vague-term' ? { term: term.id, lemma: term.id, kind: h.kind } : { term: term.id };
    if (rule === 'vague-term') {
      const base = severityFor(rules, rule, 'warning');
      const vars = { actual, lemma: term.id };
      if (h.kind === 'noun') {
        const next = tokens[h.j + 1];
        const withDe = next !== undefined && !(next.sep & SEP_STOP) && (lang === 'fr' ? DE : OF).has(next.norm);
        severity = withDe ? base : LOWER_SEVERITY[base];
        message = cached(m.noun, vars);
      } else if (h.kind === 'participle') {
        severity = participleIsVerbal(tokens, h.i, h.j, lang) ? base : LOWER_SEVERITY[base];
        message = cached(m.participle, vars);
      } else {
        severity = base;
        message = cached(m.verb, vars);
      }
      note = cached(m.note, vars);
      expected = term.expected.length > 0 ? term.expected : rules.defaultExpected;
    } else if (rule === 'vague-time') {
      severity = severityFor(rules, rule, 'warning');
      message = cached(m.time, { actual, lemma: '' });
      note = cached(m.timeNote, { actual: '', lemma: '' });
      expected = term.expected;
    } else {
      severity = severityFor(rules, rule, 'suggestion');
      message = cached(m.quantity, { actual, lemma: '' });
      note = cached(m.quantityNote, { actual: '', lemma: '' });
      expected = term.expected;
    }
    findings.push({
      ruleId: rule,
      source: 'jalon',
      severity,
      message,
      note,
      actual,
      expected,
      start,
      end,
      paragraph: 0,
      paragraphOffset: start,
      fingerprint,
      data,
    });
  }
}

let titleCaseTokens: Token[] | undefined;
let titleCase = false;

/** A capitalised word that does not start a sentence, in a paragraph that is not in Title Case. */
function isInsideName(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!(t.flags & CAP) || t.flags & UPPER) return false;
  if (i === 0 || t.sep & (SEP_START | SEP_STOP | SEP_PAUSE | SEP_OPEN | SEP_OTHER)) return false;
  if (titleCaseTokens !== tokens) {
    titleCaseTokens = tokens;
    let words = 0;
    let caps = 0;
    for (const w of tokens) {
      if (w.norm.length <= 3 || !(w.flags & LETTERS)) continue;
      words++;
      if (w.flags & CAP) caps++;
    }
    titleCase = caps * 5 >= words * 3;
  }
  return !titleCase;
}

const URL = /\b(?:https?:\/\/|www\.)[^\s<>()"]+|[\w.+-]+@[\w-]+\.[\w.-]+/giu;

function urlRanges(text: string): [number, number][] | undefined {
  if (text.indexOf('://') < 0 && text.indexOf('www.') < 0 && text.indexOf('@') < 0) return undefined;
  const out: [number, number][] = [];
  URL.lastIndex = 0;
  for (let m = URL.exec(text); m; m = URL.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** "open data (données publiques…)" or "Direction interministérielle du numérique (DINUM)". */
function explainedHere(tokens: Token[], i: number, j: number): boolean {
  const next = j + 1 < tokens.length ? tokens[j + 1] : undefined; // not read past the end: V8 deoptimises on that
  if (next !== undefined && next.sep & SEP_OPEN) return true;
  if (i > 0 && tokens[i].sep & SEP_OPEN && (next === undefined || next.sep & SEP_CLOSE)) return true;
  return false;
}

function findAcronyms(
  text: string,
  tokens: Token[],
  rules: CompiledRules,
  out: JargonOccurrence[],
  maybeUrl: boolean,
): void {
  // A heading in capitals is not a string of acronyms.
  let upper = 0;
  let lettered = 0;
  for (const t of tokens) {
    if (t.flags & LETTERS) lettered++;
    if (t.flags & UPPER) upper++;
  }
  if (lettered >= 3 && upper * 2 >= lettered) return;
  const known = new Set(out.map((o) => o.start));
  const urls = maybeUrl ? urlRanges(text) : undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!(t.flags & UPPER) || t.flags & NUM || t.flags & ELIDED) continue;
    const len = t.end - t.start;
    if (len < 2 || len > 8 || known.has(t.start)) continue;
    if (urls && urls.some(([a, b]) => a <= t.start && t.start < b)) continue;
    // A word in a run of capitals ("AMELIORER L'ACCES") is shouting, not an acronym.
    const prev = i > 0 && !(t.sep & (SEP_STOP | SEP_OTHER)) ? tokens[i - 1] : undefined;
    const next = i + 1 < tokens.length && !(tokens[i + 1].sep & (SEP_STOP | SEP_OTHER)) ? tokens[i + 1] : undefined;
    if ((prev && (prev.flags & UPPER || (prev.flags & CAP && prev.flags & ELIDED))) || (next && next.flags & UPPER))
      continue;
    const raw = text.slice(t.start, t.end);
    if (rules.notAcronyms.has(raw) || rules.accepted.has(t.norm)) continue;
    out.push({
      key: t.norm,
      start: t.start,
      end: t.end,
      explained: explainedHere(tokens, i, i),
      acronym: true,
      hashes: contextHashes(tokens, i, i),
    });
  }
}

function paragraphStats(
  text: string,
  tokenized: tk.Tokenized,
  rules: CompiledRules,
  findings: Finding[],
): ParagraphStats {
  const stats: ParagraphStats = {
    words: tokenized.words,
    sentences: tokenized.sentences,
    longSentences: tokenized.longSentences.length / 3,
    syllables: tokenized.syllables,
    longWords: tokenized.longWords,
  };
  const long = tokenized.longSentences;
  if (rules.enabled.readability)
    for (let k = 0; k < long.length; k += 3)
      longSentenceFinding(text, tokenized.tokens, rules, findings, long[k + 2], long[k], long[k + 1]);
  return stats;
}

function longSentenceFinding(
  text: string,
  tokens: Token[],
  rules: CompiledRules,
  findings: Finding[],
  words: number,
  first: number,
  last: number,
): void {
  const m = MESSAGES[rules.lang];
  const start = tokens[first].start;
  const end = tokens[last].end;
  findings.push({
    ruleId: 'readability',
    source: 'jalon',
    severity: severityFor(rules, 'readability', 'info'),
    message: m.longSentence({ words }),
    note: m.longSentenceNote({ limit: LONG_SENTENCE_WORDS }),
    actual: text.slice(start, end),
    expected: [],
    start,
    end,
    paragraph: 0,
    paragraphOffset: start,
    fingerprint: tokenFingerprint('readability', tokens, first, last),
    data: { words },
  });
}

export { testToken };
