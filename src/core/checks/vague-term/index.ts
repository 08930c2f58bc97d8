// Vague verbs and their nominalisations ("renforcer", "renforcement", "promote", "mise en place"): the action is
// stated as an intention. Data: ./fr.ts and ./en.ts (terms, exceptions, examples).
import { translators } from '../../messages/translate';
import { findings } from '../../messages/findings';
import {
  CAP,
  LETTERS,
  SEP_HYPHEN,
  SEP_OPEN,
  SEP_OTHER,
  SEP_PAUSE,
  SEP_START,
  SEP_STOP,
  UPPER,
} from '../../text/tokenize';
import type { Token } from '../../text/tokenize';
import type { Finding, Lang } from '../../types';
import { lower, paragraphFinding, severityOf, tokenFingerprint } from '../finding';
import { AUX_EN, AUX_FR, oneHitPerPlace, type Hit } from '../lexicon/match';
import type { TextCheck } from '../types';

const messages = translators(findings);

const DE = new Set(['de', 'du', 'des', 'd']);
const OF = new Set(['of', 'for']);

export const vagueTerm: TextCheck = {
  id: 'vague-term',
  scope: 'text',
  defaultSeverity: 'warning',
  paragraph({ scan, rules }) {
    const { text, tokens } = scan;
    const t = messages[rules.lang];
    const base = severityOf(rules, 'vague-term', this.defaultSeverity);
    let titleCase: boolean | undefined; // read only when a noun needs it
    const hits = scan.hits.filter(
      (h) =>
        h.term.rule === 'vague-term' &&
        // "Federally-supported research": a hyphenated participle is an adjective of a compound, not an action.
        !(h.kind === 'participle' && tokens[h.first].sep & SEP_HYPHEN) &&
        // "Innovation, Sciences et Développement économique Canada": a capitalised noun inside a sentence is a name.
        !(h.kind === 'noun' && isInsideName(tokens, h.first) && !(titleCase ??= isTitleCase(tokens))),
    );
    const out: Finding[] = [];
    for (const h of oneHitPerPlace(hits)) {
      if (h.accepted) continue;
      const start = tokens[h.first].start;
      const end = tokens[h.last].end;
      const vars = { actual: text.slice(start, end), lemma: h.term.id };
      const weak =
        h.kind === 'noun'
          ? !nounWithComplement(tokens, h, rules.lang)
          : h.kind === 'participle' && !participleIsVerbal(tokens, h, rules.lang);
      out.push(
        paragraphFinding(text, start, end, {
          ruleId: 'vague-term',
          severity: weak ? lower(base) : base,
          message: t(`vague-term.${h.kind === 'phrase' ? 'verb' : h.kind}`, vars),
          note: t('vague-term.note', vars),
          expected: h.term.expected.length > 0 ? h.term.expected : rules.defaultExpected,
          fingerprint: tokenFingerprint('vague-term', tokens, h.first, h.last),
          data: { term: h.term.id, lemma: h.term.id, kind: h.kind },
        }),
      );
    }
    return out;
  },
};

/** "le renforcement des contrôles" names an action; "un renforcement" alone is weaker. */
function nounWithComplement(tokens: readonly Token[], h: Hit, lang: Lang): boolean {
  const next = tokens[h.last + 1];
  return next !== undefined && !(next.sep & SEP_STOP) && (lang === 'fr' ? DE : OF).has(next.norm);
}

/** A participle is verbal after an auxiliary (a été renforcé, se sont efforcés) or before an agent (par, by). */
function participleIsVerbal(tokens: readonly Token[], h: Hit, lang: Lang): boolean {
  const aux = lang === 'en' ? AUX_EN : AUX_FR;
  for (let k = h.first - 1; k >= 0 && k >= h.first - 3; k--) {
    if (tokens[k + 1].sep & SEP_STOP) break;
    if (aux.has(tokens[k].norm)) return true;
  }
  const next = tokens[h.last + 1];
  return next !== undefined && !(next.sep & SEP_STOP) && (next.norm === 'par' || next.norm === 'by');
}

/** Most longer words capitalised: a heading in Title Case, where capitals say nothing about names. */
function isTitleCase(tokens: readonly Token[]): boolean {
  const long = tokens.filter((w) => w.norm.length > 3 && w.flags & LETTERS);
  return long.filter((w) => w.flags & CAP).length * 5 >= long.length * 3;
}

/** A capitalised word that does not start a sentence, a clause or a bracket. */
function isInsideName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!(t.flags & CAP) || t.flags & UPPER) return false;
  return i > 0 && !(t.sep & (SEP_START | SEP_STOP | SEP_PAUSE | SEP_OPEN | SEP_OTHER));
}
