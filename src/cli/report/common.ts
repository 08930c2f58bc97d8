// What every human-readable report says about a commitment: its level, points, what to add, what to ask.
import {
  colon,
  explainCommitment,
  FIELD_NAMES,
  type Commitment,
  type FieldName,
  type Finding,
  type Lang,
} from '../../core';
import { fieldLabel, fieldQuestion, levelLabel as levelName, t } from '../i18n';
import { findingsOf, vagueCount, type FileReview } from '../review';

/** The commitment's title as a report shows it: "(sans titre)" for a template's title not yet written. */
export function titleOf(e: Commitment, lang: Lang): string {
  return e.title.trim() === '' ? t('untitled', lang) : e.title;
}

export function missingLabels(e: Commitment, lang: Lang): string[] {
  return e.missing.map((m: FieldName) => fieldLabel(m, lang));
}

export function levelLabel(e: Commitment, lang: Lang): string {
  return levelName(e.level, lang);
}

/**
 * Questions for the author, in the draft's own language: the core's missing-field questions (or ours when it
 * gives none), then how to earn the checklist points still missing.
 */
export function questions(e: Commitment, lang: Lang, findings: readonly Finding[] = []): string[] {
  const asked = findings.filter((f) => f.ruleId === 'missing-field').map((f) => f.message);
  const out = asked.length
    ? [...new Set(asked)]
    : e.missing.map((m) => fieldQuestion(m, lang)).filter((q): q is string => !!q);
  for (const item of e.checklist ?? []) {
    // Items named after a field repeat its question in other words.
    if ((FIELD_NAMES as readonly string[]).includes(item.id)) continue;
    if (!item.earned && item.howToEarn && !out.includes(item.howToEarn)) out.push(item.howToEarn);
  }
  return out;
}

/** Quotation marks as each language writes them: « texte » in French, “text” in English. */
export function quote(s: string, lang: Lang): string {
  return lang === 'fr' ? `« ${s} »` : `“${s}”`;
}

/** "Engagement 2 : titre", without doubling a number the author already wrote ("Engagement 2 : …"). */
export function commitmentHeading(e: Commitment, word: string, lang: Lang): string {
  return /^\s*(engagement|commitment)\s*(n[°o]\s*)?\d+/i.test(e.title)
    ? e.title
    : `${word} ${e.index + 1}${colon(lang)} ${titleOf(e, lang)}`;
}

/**
 * The quoted text of a finding, left out when it is only the anchor of a missing field (the title), or when the
 * message quotes it already (« renforcera » est flou...).
 */
export function quoted(f: Finding): string | undefined {
  // A missing field is on the title, readability on a whole sentence its note quotes, the language on the first
  // paragraph: none needs quoting again.
  const whole = ['missing-field', 'duplicate', 'readability', 'language'].includes(f.ruleId);
  return whole || f.actual.trim() === '' || f.message.includes(f.actual) ? undefined : f.actual;
}

/** A commitment's line in the summary tables (md, html): its title, level, points, what is missing, vague terms. */
/** What the level rests on, in the report's language: the rule or score, whether it is verifiable and why, the lens. */
export function judgement(fr: FileReview, e: Commitment, lang: Lang): string[] {
  const why = explainCommitment(fr.analysis, e, lang);
  return [why.summary, why.verifiableReason, why.lensText];
}

export function summaryCells(fr: FileReview, e: Commitment, lang: Lang) {
  return {
    title: titleOf(e, lang),
    level: levelLabel(e, lang),
    points: `${e.score}/${e.maxScore}`,
    missing: missingLabels(e, lang).join(', '),
    vague: vagueCount(findingsOf(fr, e)),
  };
}
