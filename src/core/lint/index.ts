// The text rules (vague-term, jargon, vague-time, vague-quantity, readability) over a SourceText.
// Each paragraph is tokenised once and every rule reads the same tokens; per-paragraph results can be
// cached (see createAnalyzer), and the document-level decisions (first use of jargon, glossary) are cheap.
import { MESSAGES, RULE_DATA } from '../rules/catalog';
import type { SourceText } from '../source';
import { foldChar } from '../text/normalize';
import { tokenize } from '../text/tokenize';
import type { Finding, Lang, TextStats } from '../types';
import { jargonFingerprint, lintParagraph, type ParagraphResult } from './engine';
import { houseRulesOverrides, type HouseRules } from './house-rules';
import type { IgnoreList } from './ignore';
import { compileRules, type CompiledRules } from './lexicon';
import { kandelMoles, lix } from './readability';

export interface LintOptions {
  lang: Lang;
  /** The organisation's house rules (parsed with parseHouseRules). */
  houseRules?: HouseRules;
  /** The user's own ignores (occurrence fingerprints, terms, rules); the organisation's list is in houseRules. */
  ignores?: IgnoreList;
  /** Per-paragraph results kept between runs (createAnalyzer manages one). */
  cache?: ParagraphCache;
}

/** Per-paragraph results keyed by paragraph text, valid for one set of compiled rules. */
export class ParagraphCache {
  private map = new Map<string, ParagraphResult>();
  private used = new Set<string>();
  private rules: CompiledRules | undefined;
  hits = 0;
  misses = 0;

  get(text: string, rules: CompiledRules): ParagraphResult {
    if (rules !== this.rules) {
      this.map.clear();
      this.rules = rules;
    }
    this.used.add(text);
    let r = this.map.get(text);
    if (r === undefined) {
      this.misses++;
      r = lintParagraph(text, rules);
      this.map.set(text, r);
    } else this.hits++;
    return r;
  }

  /** Forgets paragraphs not seen since the last sweep, so memory follows the document. */
  sweep(): void {
    for (const k of this.map.keys()) if (!this.used.has(k)) this.map.delete(k);
    this.used.clear();
  }
}

const defaultCompiled = new Map<Lang, CompiledRules>();
const houseCompiled = new WeakMap<HouseRules, Map<Lang, CompiledRules>>();

/** The rules for a language, with the organisation's house rules applied (compiled once per rules object). */
export function compiledRulesFor(lang: Lang, houseRules?: HouseRules): CompiledRules {
  if (!houseRules) {
    let c = defaultCompiled.get(lang);
    if (!c) {
      c = compileRules(RULE_DATA[lang]);
      defaultCompiled.set(lang, c);
    }
    return c;
  }
  let byLang = houseCompiled.get(houseRules);
  if (!byLang) {
    byLang = new Map();
    houseCompiled.set(houseRules, byLang);
  }
  let c = byLang.get(lang);
  if (!c) {
    c = compileRules(RULE_DATA[lang], houseRulesOverrides(houseRules, lang));
    byLang.set(lang, c);
  }
  return c;
}

export function lint(source: SourceText, options: LintOptions): { findings: Finding[]; stats: TextStats } {
  const rules = compiledRulesFor(options.lang, options.houseRules);
  const results = source.paragraphs.map((p) =>
    options.cache ? options.cache.get(p.text, rules) : lintParagraph(p.text, rules),
  );
  options.cache?.sweep();
  return assemble(source, results, rules, options.cache === undefined);
}

/** `owned`: the paragraph results are this run's own (no cache), so their findings are moved, not copied. */
function assemble(
  source: SourceText,
  results: ParagraphResult[],
  rules: CompiledRules,
  owned = false,
): { findings: Finding[]; stats: TextStats } {
  const findings: Finding[] = [];
  let words = 0;
  let sentences = 0;
  let longSentences = 0;
  let syllables = 0;
  let longWords = 0;
  results.forEach((r, p) => {
    const base = source.paragraphs[p].start;
    // Cached paragraph findings are never mutated: each run gets its own copies, built field by field
    // (a literal of known shape is much cheaper than a spread on thousands of findings).
    if (owned) {
      for (const f of r.findings) {
        f.start += base;
        f.end += base;
        f.paragraph = p;
        findings.push(f);
      }
    } else
      for (const f of r.findings) {
        findings.push({
          ruleId: f.ruleId,
          source: f.source,
          severity: f.severity,
          message: f.message,
          note: f.note,
          actual: f.actual,
          expected: f.expected,
          start: f.start + base,
          end: f.end + base,
          paragraph: p,
          paragraphOffset: f.start,
          fingerprint: f.fingerprint,
          data: f.data,
        });
      }
    words += r.stats.words;
    sentences += r.stats.sentences;
    longSentences += r.stats.longSentences;
    syllables += r.stats.syllables;
    longWords += r.stats.longWords;
  });
  if (rules.enabled.jargon) findings.push(...jargonFindings(source, results, rules));
  const stats: TextStats = { words, sentences, longSentences, lix: round1(lix(words, sentences, longWords)) };
  // Syllables are counted only for the readability rule: with it off, there is no Kandel-Moles score.
  if (rules.lang === 'fr' && rules.syllables) stats.kandelMoles = round1(kandelMoles(words, sentences, syllables));
  return { findings, stats };
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** Jargon is flagged once, at its first use, unless explained there or defined in a glossary section. */
function jargonFindings(source: SourceText, results: ParagraphResult[], rules: CompiledRules): Finding[] {
  const glossary = glossaryRegions(source, results, rules);
  const defined = new Set<string>();
  for (const [from, to] of glossary)
    for (let p = from; p < to; p++) {
      for (const t of tokenize(source.paragraphs[p].text).tokens) defined.add(t.norm);
      for (const o of results[p].jargon) defined.add(o.key);
    }
  const inGlossary = (p: number): boolean => glossary.some(([from, to]) => p >= from - 1 && p < to);
  const seen = new Set<string>();
  const out: Finding[] = [];
  const m = MESSAGES[rules.lang];
  const severity = rules.severity.jargon ?? 'suggestion';
  results.forEach((r, p) => {
    if (r.jargon.length === 0 || inGlossary(p)) return;
    const base = source.paragraphs[p].start;
    for (const o of r.jargon) {
      if (seen.has(o.key)) continue;
      seen.add(o.key);
      if (o.explained || defined.has(o.key)) continue;
      const text = source.paragraphs[p].text;
      const actual = text.slice(o.start, o.end);
      const explanation = o.term?.explanation;
      const example = explanation ? spelledOut(actual, explanation) : undefined;
      const vars = { actual, explanation: explanation ?? '', example: example ?? '' };
      out.push({
        ruleId: 'jargon',
        source: 'jalon',
        severity,
        message: o.acronym ? m.acronym(vars) : m.jargon(vars),
        note: o.acronym ? m.acronymNote(vars) : m.jargonNote(vars),
        actual,
        expected: example ? [example] : [],
        start: base + o.start,
        end: base + o.end,
        paragraph: p,
        paragraphOffset: o.start,
        fingerprint: jargonFingerprint(o),
        data: { term: o.term?.id ?? actual, acronym: o.acronym },
      });
    }
  });
  return out;
}

/**
 * The words to write instead: the term with its explanation in parentheses ("open data (données publiques...)"),
 * or the explanation alone when it names the term already ("Haute Autorité ... (HATVP)" for HATVP).
 */
function spelledOut(actual: string, explanation: string): string {
  const at = explanation.indexOf(actual);
  const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
  const named = at >= 0 && !isLetter(explanation[at - 1]) && !isLetter(explanation[at + actual.length]);
  return named ? explanation : `${actual} (${explanation})`;
}

/** Paragraph ranges [from, to) that follow a "Glossaire" / "Sigles" heading, up to the next heading of its level. */
function glossaryRegions(source: SourceText, results: ParagraphResult[], rules: CompiledRules): [number, number][] {
  const regions: [number, number][] = [];
  const ps = source.paragraphs;
  for (let p = 0; p < ps.length; p++) {
    const folded = results[p].folded;
    if (folded === '' || !rules.glossaryHeadings.has(folded)) continue;
    const level = ps[p].headingLevel ?? 0;
    let q = p + 1;
    while (q < ps.length) {
      const l = ps[q].headingLevel ?? 0;
      if (l > 0 && (level === 0 || l <= level)) break;
      q++;
    }
    regions.push([p + 1, q]);
    p = q - 1;
  }
  return regions;
}

/** The common words the language guess counts, by language (French wins a word both have). */
export const STOP_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  fr: [
    'le',
    'la',
    'les',
    'des',
    'et',
    'est',
    'du',
    'de',
    'une',
    'pour',
    'dans',
    'que',
    'qui',
    'sur',
    'au',
    'aux',
    'par',
    'avec',
    'ce',
    'cette',
    'sont',
    'nous',
    'plus',
    'l',
    'd',
  ],
  en: [
    'the',
    'and',
    'of',
    'to',
    'is',
    'in',
    'for',
    'that',
    'with',
    'on',
    'by',
    'are',
    'this',
    'be',
    'it',
    'as',
    'will',
    'an',
    'from',
    'we',
    'or',
    'which',
    'have',
  ],
};
// Each word a number (base 27, a = 1): words are counted as they are read, without making a string of each.
const packWord = (w: string) => [...w].reduce((n, c) => n * 27 + c.charCodeAt(0) - 96, 0);
const STOP_LONGEST = Math.max(...[...STOP_WORDS.fr, ...STOP_WORDS.en].map((w) => w.length));
const STOP_LANG = new Map<number, Lang>([
  ...STOP_WORDS.en.map((w): [number, Lang] => [packWord(w), 'en']),
  ...STOP_WORDS.fr.map((w): [number, Lang] => [packWord(w), 'fr']),
]);
const LANGUAGE_SAMPLE = 20000;
// What folding makes of each ASCII character, read from foldChar once: a letter a to z (its code), nothing (-1,
// an invisible character), or a word break (0). Other characters go through foldChar.
const ASCII_FOLDED = Int16Array.from({ length: 128 }, (_, code) => {
  const f = foldChar(code);
  if (f === '') return -1;
  if (f.length === 1 && f >= 'a' && f <= 'z') return f.charCodeAt(0);
  return /[a-z]/.test(f) ? -2 : 0; // -2: none today; such a character would take the general path
});

/**
 * French or English, by a vote of common words over the first part of the text; French when undecided. Words are
 * the runs of a to z in the folded text, read as it is folded (the same words as fold(sample).split(/[^a-z]+/)).
 */
export function detectLanguage(text: string): Lang {
  const votes = new LanguageVotes();
  const n = Math.min(text.length, LANGUAGE_SAMPLE);
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    const ascii = code < 128 ? ASCII_FOLDED[code] : -2;
    if (ascii > 0) votes.letter(ascii);
    else if (ascii === 0) votes.wordBreak();
    else if (ascii === -2) {
      const folded = foldChar(code);
      for (let k = 0; k < folded.length; k++) {
        const c = folded.charCodeAt(k);
        if (c >= 97 && c <= 122) votes.letter(c);
        else votes.wordBreak();
      }
    }
  }
  votes.wordBreak();
  return votes.en > votes.fr ? 'en' : 'fr';
}

/**
 * The stop words counted so far, and the word being read (packed base 27). Methods rather than closures made per
 * call: V8 deoptimised the loop when the next call brought new closures.
 */
class LanguageVotes {
  fr = 0;
  en = 0;
  private word = 0;
  private length = 0;

  letter(c: number): void {
    if (this.length < STOP_LONGEST) this.word = this.word * 27 + c - 96;
    this.length++;
  }

  wordBreak(): void {
    if (this.length > 0 && this.length <= STOP_LONGEST) {
      const lang = STOP_LANG.get(this.word);
      if (lang === 'fr') this.fr++;
      else if (lang === 'en') this.en++;
    }
    this.word = 0;
    this.length = 0;
  }
}

export { RULES, ruleInfo } from '../rules/catalog';
export type { RuleId, RuleInfo } from '../rules/types';
export {
  parseHouseRules,
  houseRulesSchema,
  type HouseRules,
  type HouseRulesError,
  type HouseRulesResult,
} from './house-rules';
export { applyIgnores, type IgnoreList, type Suppression } from './ignore';
export { fold } from '../text/normalize';
export { tokenize };
