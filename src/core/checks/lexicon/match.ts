// Where the lexicon's terms occur in a paragraph: every word is looked up once in the compiled index, and each
// candidate is matched with its continuation ("mise en place", "à moyen terme"), its kind (verb, participle,
// noun) and its exceptions. The checks then read the hits of their own rule.
import { lowerKeepAccents } from '../../text/fold';
import { ELIDED, SEP_STOP, type Token } from '../../text/tokenize';
import type { Lang } from '../../types';
import type { Candidate, CompiledException, CompiledRules, CompiledTerm, LexiconRule } from './compile';
import { matchBackward, matchForward, testToken } from './patterns';
import type { FormKind } from './types';

export interface Hit {
  term: CompiledTerm;
  kind: FormKind | 'phrase';
  /** First and last token of the match. */
  first: number;
  last: number;
  /** In the organisation's accepted vocabulary: not flagged, but it takes its place ("open data" hides "data"). */
  accepted: boolean;
}

/**
 * Where a hit ends in the text: after its last word, and after the apostrophe of an elided one (« s'efforçant d' »),
 * so that a finding quotes and selects what the author wrote, not « efforçant d ».
 */
export function hitEnd(tokens: readonly Token[], h: Pick<Hit, 'last'>): number {
  const t = tokens[h.last];
  return t.flags & ELIDED ? t.end + 1 : t.end;
}

const DET_EN = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'our', 'their', 'its', 'his', 'her', 'your', 'my', 'of', 'for',
  'with', 'and', 'financial', 'technical', 'continued', 'further', 'more', 'no', 'any', 'such', 'provide', 'provides',
  'provided', 'providing', 'receive', 'receives', 'received',
]); // prettier-ignore
const DET_FR = new Set([
  'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs',
  'notre', 'nos', 'votre', 'vos',
]); // prettier-ignore
export const AUX_FR = new Set([
  'suis', 'es', 'est', 'sommes', 'etes', 'sont', 'etait', 'etaient', 'sera', 'seront', 'serait', 'seraient', 'soit',
  'soient', 'ete', 'etre', 'etant', 'ai', 'as', 'a', 'avons', 'avez', 'ont', 'avait', 'avaient', 'aura', 'auront',
  'aurait', 'auraient', 'ait', 'aient', 'eu', 'avoir', 'ayant', 'se', 's', 'fut', 'furent', 'serons', 'serez', 'etions',
]); // prettier-ignore
export const AUX_EN = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'having', 'get', 'gets', 'got',
]); // prettier-ignore
const REFLEXIVE = new Set(['s', 'se', 'nous', 'vous', 'me', 'm', 'te', 't']);

// A web address, an e-mail, or the target of a Markdown link ("](./page)").
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()"]+|[\w.+-]+@[\w-]+\.[\w.-]+|\]\([^)\s]*\)/giu;

/** Whether "www." stands in the text, in any case ("WWW.DATA.GOUV.FR"), looked for from each full stop. */
function hasWww(text: string): boolean {
  const w = (i: number) => (text.charCodeAt(i) | 32) === 119; // w or W
  for (let i = text.indexOf('.', 3); i !== -1; i = text.indexOf('.', i + 1))
    if (w(i - 1) && w(i - 2) && w(i - 3)) return true;
  return false;
}

/** Web addresses and e-mails in a paragraph: their words are not prose. */
export function urlRanges(text: string): [number, number][] {
  // Each of them holds one of these marks; most paragraphs hold none.
  if (!(text.includes('@') || text.includes('://') || text.includes('](') || hasWww(text))) return [];
  return [...text.matchAll(URL)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * Every lexicon hit of the paragraph, after exceptions, in text order (longest first at one place). `urls`: the
 * paragraph's spans that are not prose (its web addresses, urlRanges; a template's label), whose words are passed over.
 */
export function lexiconHits(
  text: string,
  tokens: readonly Token[],
  rules: CompiledRules,
  urls: readonly (readonly [number, number])[],
): Hit[] {
  const { maybeHead, heads, index } = rules;
  const hits: Hit[] = [];
  // Hits come word by word, in text order: only several hits at one word need sorting (longest first).
  let several = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (maybeHead[token.hash & 0xffff] === 0) continue;
    const next = heads.get(token.hash);
    if (next === undefined || (next !== null && !(tokens[i + 1] && next.has(tokens[i + 1].hash)))) continue;
    const candidates = index.get(token.norm);
    if (!candidates) continue;
    if (urls.length > 0 && urls.some(([a, b]) => a <= token.start && token.start < b)) continue;
    for (const [term, group] of byTerm(text, tokens, i, candidates)) {
      const hit = matchTerm(text, tokens, i, term, group, rules.lang);
      if (!hit || excepted(tokens, hit, rules)) continue;
      hit.accepted =
        rules.accepted.size > 0 &&
        (rules.accepted.has(term.key) || rules.accepted.has(matchedNorm(tokens, hit.first, hit.last)));
      if (hits.length > 0 && hits[hits.length - 1].first === i) several = true;
      hits.push(hit);
    }
  }
  return several ? hits.sort((a, b) => a.first - b.first || b.last - a.last) : hits;
}

/** The candidates of a word that may match here, grouped by term: one analysis per term and word. */
function byTerm(text: string, tokens: readonly Token[], i: number, candidates: Candidate[]) {
  const token = tokens[i];
  const groups: [CompiledTerm, Candidate[]][] = [];
  for (const c of candidates) {
    // "de", "à", "plus" start many phrases and match few: a phrase whose next word is not there is dropped first.
    if (c.rest.length > 0 && !(tokens[i + 1] && testToken(c.rest[0], tokens[i + 1]))) continue;
    if (c.exact !== undefined && text.slice(token.start, token.end) !== c.exact) continue;
    const group = groups.find(([term]) => term === c.term);
    if (group) group[1].push(c);
    else groups.push([c.term, [c]]);
  }
  return groups;
}

/** The longest match of one term at word i, its kind settled when forms collide; undefined when none matches. */
function matchTerm(
  text: string,
  tokens: readonly Token[],
  i: number,
  term: CompiledTerm,
  group: Candidate[],
  lang: Lang,
): Hit | undefined {
  const singleWords = group.every((c) => c.rest.length === 0);
  const tried = group.length > 1 && singleWords ? [resolveKind(text, tokens, i, group, lang)] : group;
  let best: Hit | undefined;
  let ties: Candidate[] = [];
  for (const cand of tried) {
    let last = i;
    if (cand.rest.length > 0) {
      last = matchForward(tokens, i + 1, cand.rest);
      if (last < 0) continue;
    }
    if (term.after && cand.kind !== 'noun') {
      last = matchForward(tokens, last + 1, term.after);
      if (last < 0) continue;
    }
    if (term.then && cand.kind !== 'noun' && matchForward(tokens, last + 1, term.then) < 0) continue;
    if (term.reflexive && !reflexiveBefore(tokens, i)) continue;
    if (!best || last > best.last) {
      best = { term, kind: cand.kind, first: i, last, accepted: false };
      ties = [cand];
    } else if (last === best.last) ties.push(cand);
  }
  // "mise en place": the noun after a determiner, the participle after an auxiliary.
  if (best && ties.length > 1) best.kind = resolveKind(text, tokens, i, ties, lang).kind;
  return best;
}

function reflexiveBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    if (tokens[k + 1].sep & SEP_STOP) return false;
    if (REFLEXIVE.has(tokens[k].norm)) return true;
  }
  return false;
}

function excepted(tokens: readonly Token[], hit: Hit, rules: CompiledRules): boolean {
  return (
    hit.term.exceptions.some((ex) => applies(tokens, hit, ex)) ||
    (rules.ruleWideExceptions.get(hit.term.rule)?.some((ex) => applies(tokens, hit, ex)) ?? false)
  );
}

/** Whether an exception applies to a hit: its kind, then the words before and after it. */
function applies(tokens: readonly Token[], hit: Hit, ex: CompiledException): boolean {
  return (
    !(ex.kinds && (hit.kind === 'phrase' || !ex.kinds.includes(hit.kind))) &&
    (ex.before.length === 0 || matchBackward(tokens, hit.first, ex.before)) &&
    (ex.after.length === 0 || matchForward(tokens, hit.last + 1, ex.after, false) >= 0)
  );
}

/** Which analysis a word gets when forms collide once folded ("renforce" / "renforcé", "support" n./v.). */
function resolveKind(
  text: string,
  tokens: readonly Token[],
  i: number,
  candidates: Candidate[],
  lang: Lang,
): Candidate {
  if (candidates.length === 1) return candidates[0];
  const token = tokens[i];
  const lower = lowerKeepAccents(text.slice(token.start, token.end));
  const exact = candidates.filter((c) => c.form === lower);
  const pool = exact.length > 0 ? exact : candidates;
  const kinds = new Set(pool.map((c) => c.kind));
  if (kinds.size === 1) return pool[0];
  const prev = i > 0 && !(token.sep & SEP_STOP) ? tokens[i - 1].norm : '';
  const next = i + 1 < tokens.length && !(tokens[i + 1].sep & SEP_STOP) ? tokens[i + 1].norm : '';
  const pick = (k: string): Candidate | undefined => pool.find((c) => c.kind === k);
  const det = lang === 'en' ? DET_EN : DET_FR;
  if (kinds.has('noun') && kinds.has('verb')) return (det.has(prev) ? pick('noun') : pick('verb')) ?? pool[0];
  if (kinds.has('noun') && kinds.has('participle'))
    return (det.has(prev) || prev === '' ? pick('noun') : pick('participle')) ?? pool[0];
  // Same spelling in French ("accrus", "mis", "promus"): the passé simple never occurs in plans.
  if (lang === 'fr' && exact.length > 0 && kinds.has('participle') && kinds.has('verb'))
    return pick('participle') ?? pool[0];
  if (kinds.has('participle') && kinds.has('verb')) {
    // French accentless capitals (RENFORCE) and English -ed: a participle after an auxiliary or a determiner,
    // or before "by".
    const aux = lang === 'en' ? AUX_EN : AUX_FR;
    const participle = aux.has(prev) || det.has(prev) || next === 'by' || next === 'par';
    return (participle ? pick('participle') : pick('verb')) ?? pool[0];
  }
  return pool[0];
}

export function matchedNorm(tokens: readonly Token[], first: number, last: number): string {
  return tokens
    .slice(first, last + 1)
    .map((t) => t.norm)
    .join(' ');
}

/**
 * One hit per place for one rule: the longest ("à moyen terme" over "à terme"), the earliest. `rule`: the hits of
 * that rule only, when `hits` holds others' too.
 */
export function oneHitPerPlace(hits: readonly Hit[], rule?: LexiconRule): Hit[] {
  const out: Hit[] = [];
  let covered = -1;
  for (const h of hits) {
    if ((rule !== undefined && h.term.rule !== rule) || covered >= h.first) continue;
    covered = h.last;
    out.push(h);
  }
  return out;
}
