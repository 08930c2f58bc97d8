// Helpers every check uses to write a finding: its severity (house rules first), its fingerprint, its place.
import { fingerprintOf } from '../commitments/hash';
import { foldSameLength } from '../text/fold';
import { fingerprintOfHashes } from '../lint/fingerprint';
import { findings } from '../messages/findings';
import { translators, type Translate } from '../messages/translate';
import type { SourceText } from '../source';
import type { Token } from '../text/tokenize';
import type { Commitment, Finding, Lang, Severity } from '../types';
import type { RuleId } from './ids';
import type { CompiledRules } from './lexicon/compile';

// The findings' texts of each language, made once. The one place a check's translator comes from: the analysis
// makes it for the messages' language (the reader's: --lang, the pane's) and hands it to every check in its
// context, apart from the rules' language (the draft's: its vague verbs, its field labels, its suggestions).
const FINDING_TEXTS = translators(findings);

/** The findings' translator in the messages' language. */
export const findingTexts = (messages: Lang): Translate => FINDING_TEXTS[messages];

/** A plan check's translator: its context's, else (a check run alone) its options' messages' language's. */
export const planTexts = (p: { t?: Translate; options: { lang: Lang; messages?: Lang } }): Translate =>
  p.t ?? findingTexts(p.options.messages ?? p.options.lang);

/** The severity a rule's findings get: the organisation's choice, else the check's default. */
export function severityOf(rules: { severity: Partial<Record<RuleId, Severity>> }, id: RuleId, base: Severity) {
  return rules.severity[id] ?? base;
}

/** The severities, most severe first. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'suggestion', 'info'];
/** One step less severe (a participle used as an adjective, a noun without a complement). */
export const lower = (s: Severity): Severity => SEVERITIES[Math.min(SEVERITIES.indexOf(s) + 1, SEVERITIES.length - 1)];

/** Hash of the words of a match, as fingerprints have always combined them. */
function matchHash(tokens: readonly Token[], first: number, last: number): number {
  let h = tokens[first].hash;
  for (let k = first + 1; k <= last; k++) h = (Math.imul(h, 0x01000193) ^ tokens[k].hash) | 0;
  return h;
}

/** Two words before the match, the match, two words after (0 where there is none). */
export function contextHashes(tokens: readonly Token[], first: number, last: number) {
  const at = (k: number) => (k >= 0 && k < tokens.length ? tokens[k].hash : 0);
  return [at(first - 2), at(first - 1), matchHash(tokens, first, last), at(last + 1), at(last + 2)] as const;
}

/** Stable while text elsewhere changes: the rule, the folded match and two words either side (contextHashes). */
export function tokenFingerprint(rule: string, tokens: readonly Token[], first: number, last: number): string {
  return fingerprintOfHashes(rule, ...contextHashes(tokens, first, last));
}

/** A finding inside one paragraph, offsets relative to it (the runner places it in the document). */
export function paragraphFinding(
  text: string,
  start: number,
  end: number,
  f: Pick<Finding, 'ruleId' | 'severity' | 'message' | 'fingerprint'> & Partial<Finding>,
): Finding {
  // Members in the order reports have always written them (JSON keeps insertion order).
  return {
    ruleId: f.ruleId,
    source: 'jalon',
    severity: f.severity,
    message: f.message,
    note: f.note,
    actual: f.actual ?? text.slice(start, end),
    expected: f.expected ?? [],
    start,
    end,
    paragraph: 0,
    paragraphOffset: start,
    fingerprint: f.fingerprint,
    data: f.data,
    commitment: undefined, // known once the plan is read (assembleAnalysis)
  };
}

/**
 * Paragraph p's findings, moved to document offsets (the paragraph starts at `base`), added to `out` (copies: a
 * paragraph's own findings stay cached).
 */
export function placeInto(out: Finding[], findings: readonly Finding[], base: number, p: number): void {
  for (const f of findings)
    // Object.assign, not a spread: V8 copies a spread object property by property.
    out.push(
      Object.assign({}, f, { start: f.start + base, end: f.end + base, paragraph: p, paragraphOffset: f.start }),
    );
}

// Each commitment's title as fingerprints read it (folded, spaces collapsed), made once for all its findings; kept
// with the title it was made from, so a commitment whose title is written again gets it made again.
const titleKeys = new WeakMap<Commitment, { title: string; key: string }>();

function titleKey(c: Commitment): string {
  const known = titleKeys.get(c);
  if (known && known.title === c.title) return known.key;
  const key = foldSameLength(c.title).replace(/\s+/g, ' ').trim();
  titleKeys.set(c, { title: c.title, key });
  return key;
}

/**
 * A plan finding placed on the commitment's title, fingerprinted by the rule, what is reported (`key`: a field, the
 * other commitment) and the title, so that it survives edits elsewhere.
 */
export function commitmentFinding(
  source: SourceText,
  c: Commitment,
  f: Pick<Finding, 'ruleId' | 'severity' | 'message' | 'note' | 'data'> & { key: string; expected?: string[] },
): Finding {
  const end = c.start + c.title.length;
  return {
    ruleId: f.ruleId,
    source: 'jalon',
    severity: f.severity,
    message: f.message,
    note: f.note,
    actual: source.text.slice(c.start, end),
    expected: f.expected ?? [],
    start: c.start,
    end,
    paragraph: c.firstParagraph,
    paragraphOffset: c.start - source.paragraphs[c.firstParagraph].start,
    commitment: c.index,
    fingerprint: fingerprintOf(f.ruleId, f.key, titleKey(c)),
    data: f.data,
  };
}

export type { CompiledRules };
