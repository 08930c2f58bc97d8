// The text half of an analysis: the text checks over a SourceText. Each paragraph is scanned once (its words, the
// lexicon's hits, its sentences) and every text check reads that scan; a paragraph's scan and the checks' results
// on it are kept by paragraph text (ParagraphCache), so a re-check after an edit redoes one paragraph, then the
// cheap decisions on the whole document (jargon's first use, glossary).
import { TEXT_CHECKS, LEXICON_DATA } from '../checks/text';
import { findingTexts, placeInto } from '../checks/finding';
import { compileRules, type CompiledRules } from '../checks/lexicon/compile';
import { paragraphStats, textStats, type ParagraphStats } from '../checks/readability';
import { scanParagraph } from '../checks/scan';
import type { DocumentContext, LabelSpans } from '../checks/types';
import type { Translate } from '../messages/translate';
import type { SourceText } from '../source';
import type { Finding, Lang, TextStats } from '../types';
import { houseRulesOverrides, type HouseRules } from './house-overrides';
import type { IgnoreList } from './ignore';

export interface LintOptions {
  /** The rules' language (the draft's). */
  lang: Lang;
  /** The findings' messages' language (the reader's); the rules' language by default. */
  messages?: Lang;
  /** The organisation's house rules (parsed with parseHouseRules). */
  houseRules?: HouseRules;
  /** The user's own ignores (occurrence fingerprints, terms, rules); the organisation's list is in houseRules. */
  ignores?: IgnoreList;
  /** Per-paragraph results kept between runs (createAnalyzer and the pane keep one). */
  cache?: ParagraphCache;
  /**
   * Where a template's label opens a paragraph (labelSpan: `analyze` and the command line pass it, the pane once it has
   * fetched the assembly): the text checks pass over its words. Without it, labels are read as prose.
   */
  labels?: LabelSpans;
}

/** What each text check made of one paragraph (findings relative to the paragraph), and its statistics. */
export interface ParagraphResult {
  /** Each text check's items for this paragraph, in TEXT_CHECKS order (empty for a check turned off). */
  items: (readonly unknown[])[];
  /** The items that are findings already (every check but jargon's first-use decision): for early display. */
  findings: Finding[];
  stats: ParagraphStats;
}

/** A check turned off has no items (one empty list shared by every paragraph). */
const NONE: readonly unknown[] = Object.freeze([]);

function checkParagraph(text: string, rules: CompiledRules, t: Translate, labels?: LabelSpans): ParagraphResult {
  // The scan lives only while its paragraph is checked: a plan's words kept as objects would fill the memory.
  const scan = scanParagraph(text, rules, labels);
  const context = { scan, rules, t };
  const items: (readonly unknown[])[] = [];
  const findings: Finding[] = [];
  for (const check of TEXT_CHECKS) {
    const own = rules.enabled[check.id] ? check.paragraph(context) : NONE;
    items.push(own);
    if (!check.document) for (const f of own as Finding[]) findings.push(f);
  }
  return { items, findings, stats: paragraphStats(scan, rules.lang === 'fr' && rules.enabled.readability) };
}

/**
 * Per-paragraph results keyed by paragraph text, valid for one set of compiled rules, one messages' language and one
 * reading of labels.
 */
export class ParagraphCache {
  private map = new Map<string, ParagraphResult>();
  private used = new Set<string>();
  private rules: CompiledRules | undefined;
  private messages: Lang | undefined;
  private labels: LabelSpans | undefined;
  hits = 0;
  misses = 0;

  /**
   * `messages`: the language the findings are written in (the reader's), the rules' language by default; `labels`:
   * LintOptions.labels.
   */
  get(text: string, rules: CompiledRules, messages: Lang = rules.lang, labels?: LabelSpans): ParagraphResult {
    if (rules !== this.rules || messages !== this.messages || labels !== this.labels) {
      this.map.clear();
      this.rules = rules;
      this.messages = messages;
      this.labels = labels;
    }
    this.used.add(text);
    let r = this.map.get(text);
    if (r === undefined) {
      this.misses++;
      r = checkParagraph(text, rules, findingTexts(messages), labels);
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
  const byLang = houseRules ? (houseCompiled.get(houseRules) ?? new Map()) : defaultCompiled;
  if (houseRules) houseCompiled.set(houseRules, byLang);
  let rules = byLang.get(lang);
  if (!rules) {
    rules = compileRules(LEXICON_DATA[lang], lang, houseRules ? houseRulesOverrides(houseRules, lang) : {});
    byLang.set(lang, rules);
  }
  return rules;
}

/** placeInto for findings no cache keeps: they are moved to document offsets rather than copied. */
function moveInto(out: Finding[], findings: readonly Finding[], base: number, p: number): void {
  for (const f of findings) {
    f.paragraphOffset = f.start;
    f.start += base;
    f.end += base;
    f.paragraph = p;
    out.push(f);
  }
}

export function lint(source: SourceText, options: LintOptions): { findings: Finding[]; stats: TextStats } {
  const rules = compiledRulesFor(options.lang, options.houseRules);
  const messages = options.messages ?? options.lang;
  const t = findingTexts(messages);
  // Each paragraph's findings are placed as soon as it is checked, and only the items of the checks that decide on
  // the whole document are kept: a paragraph's own results, unless cached, are then dropped at once (kept to the
  // end, they were most of the memory the collector had to move during a check).
  const placedBy: Finding[][] = TEXT_CHECKS.map(() => []);
  const itemsBy: (readonly unknown[])[][] = TEXT_CHECKS.map(() => []);
  const stats: ParagraphStats[] = [];
  const { paragraphs } = source;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const result = options.cache
      ? options.cache.get(p.text, rules, messages, options.labels)
      : checkParagraph(p.text, rules, t, options.labels);
    for (let k = 0; k < TEXT_CHECKS.length; k++) {
      const check = TEXT_CHECKS[k];
      if (!rules.enabled[check.id]) continue;
      if (check.document) itemsBy[k].push(result.items[k]);
      else if (options.cache) placeInto(placedBy[k], result.items[k] as Finding[], p.start, i);
      else moveInto(placedBy[k], result.items[k] as Finding[], p.start, i);
    }
    stats.push(result.stats);
  }
  options.cache?.sweep();
  const context: DocumentContext = { source, rules, t };
  const findings: Finding[] = [];
  TEXT_CHECKS.forEach((check, k) => {
    if (!rules.enabled[check.id]) return;
    for (const f of check.document ? check.document(itemsBy[k], context) : placedBy[k]) findings.push(f);
  });
  const withSyllables = options.lang === 'fr' && rules.enabled.readability;
  return { findings, stats: textStats(stats, options.lang, withSyllables) };
}

export { detectLanguage, languageGuess, STOP_WORDS, type LanguageGuess } from '../text/language';
export { RULES, ruleInfo, type RuleId, type RuleInfo } from '../checks';
export { parseHouseRules, houseRulesSchema, type HouseRulesError, type HouseRulesResult } from './house-rules';
export { ruleEnabled, type HouseRules } from './house-overrides';
export { applyIgnores, type IgnoreList, type Suppression } from './ignore';
