// What every human-readable report says about a commitment: its level, points, what to add, what to ask.
import {
  cli,
  colon,
  datedFor,
  listSeparator,
  explainCommitment,
  FIELD_NAMES,
  ownNumber,
  findings as findingWords,
  score as scoreWords,
  translate,
  type Commitment,
  type FieldName,
  type Finding,
  type Lang,
  type Vars,
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
 * Checklist items that ask what a field's question asks already (« Quelles sont les étapes… » and « Ajoutez un
 * jalon daté »): asked once, by the field, when the field is missing.
 */
const ASKED_BY_FIELD: Readonly<Record<string, FieldName>> = {
  'dated-milestone': 'milestones',
  'milestone-path': 'milestones',
  'end-date': 'calendar',
  deliverable: 'actions',
};

/**
 * What a report says under a draft read in a language other than the report's: which rules read it, and that the
 * examples to paste into it stay in its language (its remarks are in the report's: the core writes them so); or, for a
 * draft too short to tell its language from, that its language was guessed and how to set it.
 */
export function draftLanguageNote(fr: FileReview, lang: Lang): string | undefined {
  const draft = fr.analysis.language;
  if (fr.languageGuessed) {
    // Too few words to tell: read in the report's language unless --text-lang says otherwise.
    const other: Lang = draft === 'fr' ? 'en' : 'fr';
    const names = cli[lang].guard.languages;
    return tn('languageGuessedNote', lang, { language: names[draft], other: names[other], code: other });
  }
  if (draft === lang) return undefined;
  return tn('draftLanguageNote', lang, { language: cli[lang].guard.languages[draft] });
}

/** A checklist item's advice in the report's language (the core's words when the catalogue has none for it). */
function howToEarn(id: string, fallback: string, lang: Lang): string {
  const key = `items.${id}.howToEarn`;
  const said = translate(scoreWords[lang], lang, key);
  return said === key ? fallback : datedFor(said, undefined);
}

/**
 * Questions for the author, in the report's language: the core's missing-field questions (or ours when it
 * gives none), then how to earn the checklist points still missing; each thing asked once. The milestones are asked
 * about as the commitment stands: none (the field's question), none dated (when each step is due), one dated (a
 * second dated step). A report that lists the missing fields' remarks (`listedAbove`) leaves their questions out.
 */
export function questions(e: Commitment, lang: Lang, findings: readonly Finding[] = [], listedAbove = false): string[] {
  const undated = e.weak?.includes('milestones') ?? false;
  const ask = (field: FieldName, question: string) =>
    field === 'milestones' && undated ? t('undatedMilestones', lang) : question;
  const fieldFindings = findings.filter((f) => f.ruleId === 'missing-field');
  const asked = fieldFindings.map((f) => ask(f.data?.field as FieldName, f.message));
  // `listedAbove`: the report lists the missing fields' remarks (question and example) just above: asked there, once
  // (a sharper question, « À quelle date chaque étape sera-t-elle livrée ? », is still asked here).
  const listed = new Set(listedAbove ? fieldFindings.map((f) => f.message) : []);
  const out = asked.length
    ? [...new Set(asked)].filter((q) => !listed.has(q))
    : e.missing.flatMap((m) => {
        const q = fieldQuestion(m, lang);
        return q ? [ask(m, q)] : [];
      });
  const earned = new Set((e.checklist ?? []).filter((c) => c.earned).map((c) => c.id));
  for (const item of e.checklist ?? []) {
    // Items named after a field repeat its question in other words.
    if ((FIELD_NAMES as readonly string[]).includes(item.id)) continue;
    const field = ASKED_BY_FIELD[item.id];
    if (field && e.missing.includes(field)) continue;
    // A second dated milestone once there is a first.
    if (item.id === 'milestone-path' && !earned.has('dated-milestone')) continue;
    const how = item.howToEarn && howToEarn(item.id, item.howToEarn, lang);
    if (!item.earned && how && !out.includes(how)) out.push(how);
  }
  return out;
}

/** Quotation marks as each language writes them: « texte » in French, "text" in English (as its catalogue does). */
export function quote(s: string, lang: Lang): string {
  return lang === 'fr' ? `« ${s} »` : `"${s}"`;
}

/**
 * A commitment's number as reports show it (the « N° » column, its heading): the document's own (« Engagement 2 »
 * is 2 even when it is the extract's first), else its place in the document. The pane names it the same way.
 */
export function commitmentNumber(e: Commitment): number {
  return ownNumber(e.title) ?? e.index + 1;
}

/** "Engagement 2 : titre", without doubling a number the author already wrote ("Engagement 2 : …"). */
export function commitmentHeading(e: Commitment, word: string, lang: Lang): string {
  return ownNumber(e.title) !== undefined ? e.title : `${word} ${e.index + 1}${colon(lang)} ${titleOf(e, lang)}`;
}

/**
 * The quoted text of a finding, left out when it is only the anchor of a missing field (the title), or when the
 * message quotes it already (« renforcer » est flou... for « Renforcer »). A message that quotes other words (the
 * verb's dictionary form, « s’efforcer de » for « efforçant d’ ») gets the text's words before it.
 */
export function quoted(f: Finding): string | undefined {
  // A missing field is on the title, readability on a whole sentence its note quotes, the language on the first
  // paragraph: none needs quoting again.
  const whole = ['missing-field', 'duplicate', 'readability', 'language'].includes(f.ruleId);
  if (whole || f.actual.trim() === '' || quotes(f.message, f.actual)) return undefined;
  // Words that end on an elision (« Faire preuve d’ ») are not quoted cut: left out when the message quotes them
  // whole (« « faire preuve de » est flou »), else marked as going on (« efforçant d’… »).
  const elided = /\s*\p{L}['’]$/u.exec(f.actual);
  if (!elided) return f.actual;
  return quotes(f.message, f.actual.slice(0, elided.index)) ? undefined : `${f.actual}…`;
}

/** Whether `message` holds `words` as words of its own, whatever their case and kind of apostrophe. */
function quotes(message: string, words: string): boolean {
  const m = plain(message);
  const w = plain(words);
  for (let i = m.indexOf(w); i >= 0; i = m.indexOf(w, i + 1))
    if (!LETTER.test(m[i - 1] ?? '') && !LETTER.test(m[i + w.length] ?? '')) return true;
  return false;
}

const plain = (s: string) => s.toLocaleLowerCase().replace(/[’ʼ]/g, "'");
const LETTER = /[\p{L}\p{N}]/u;

/** A catalogue text of the command line with its values, singular or plural by `count` ("1 projet", "5 projets"). */
export function tn(key: string, lang: Lang, vars: Vars): string {
  return translate(cli[lang], lang, key, vars);
}

/** "suggestion" or "suggestions", as many as the finding gives. */
export function suggestionsLabel(f: Finding, lang: Lang): string {
  return tn('suggestionsLabel', lang, { count: f.expected.length });
}

/** A check as a report names it (« Verbe flou »); a house rule's own id alone. Its id is said once, in the legend. */
export function ruleName(ruleId: string, lang: Lang): string {
  const key = `${ruleId}.name`;
  const name = translate(findingWords[lang], lang, key);
  return name === key ? ruleId : name;
}

/**
 * The checks a report's findings come from, each with its id (« Verbe flou : vague-term »), in the order first met:
 * the ids house rules use to ignore a check or change its severity, said once in the legend rather than on every
 * line. `id` formats the id (Markdown's code span).
 */
export function ruleCodes(ruleIds: Iterable<string>, lang: Lang, id: (s: string) => string = (s) => s): string {
  const seen = [...new Set(ruleIds)];
  return seen
    .map((r) => (ruleName(r, lang) === r ? id(r) : `${ruleName(r, lang)}${colon(lang)} ${id(r)}`))
    .join(listSeparator(lang));
}

/**
 * A finding's note as a report prints it under the finding: a missing field's note ends with the same example as
 * its suggestion (« Exemple d’après … : « … » »), printed just before it; that sentence is left out then.
 */
export function noteOf(f: Finding, lang: Lang): string | undefined {
  if (!f.note || f.ruleId !== 'missing-field' || f.expected.length === 0) return f.note;
  for (const key of ['missing-field.exampleFrom', 'missing-field.example']) {
    // The sentence's words before its values: « Exemple d’après », « Exemple : « ».
    const lead = translate(findingWords[lang], lang, key, { source: '\u0000', example: '\u0000' }).split('\u0000')[0];
    const at = f.note.lastIndexOf(lead);
    if (lead && at >= 0) return f.note.slice(0, at).trim() || undefined;
  }
  return f.note;
}

/**
 * The IRM's acronym (« MEI », "IRM") spelled out where a report first uses it, in the texts the report writes (its
 * messages, suggestions, explanations), not in the author's words; after that the acronym alone, also where Jalon's
 * own words spell it out (an example's source: « évalué par le Mécanisme d’évaluation indépendant (MEI) », so that
 * the pane, which shows each alone, explains it too). One per report: keep it for the whole report.
 */
export function acronymsOnce(lang: Lang): (s: string) => string {
  const short = t('acronym', lang);
  const name = t('acronymName', lang);
  const spelled = `${name} (${short})`;
  const re = new RegExp(`\\b${short}\\b`);
  let done = false;
  // After the first, « Mécanisme d’évaluation indépendant (MEI) » is said « MEI ».
  const shorten = (s: string, from: number) => {
    const at = s.indexOf(spelled, from);
    return at < 0 ? s : s.slice(0, at) + s.slice(at).replaceAll(spelled, short);
  };
  return (s) => {
    if (done) return shorten(s, 0);
    const at = s.indexOf(name);
    if (at >= 0) {
      done = true;
      return shorten(s, at + name.length);
    }
    if (!re.test(s)) return s;
    done = true;
    const replaced = s.replace(re, spelled);
    return shorten(replaced, replaced.indexOf(spelled) + spelled.length);
  };
}

/** What the level rests on, in the report's language: the rule or score, whether it is verifiable and why, the lens. */
export function judgement(fr: FileReview, e: Commitment, lang: Lang): string[] {
  const why = explainCommitment(fr.analysis, e, lang);
  // « Aucune précision : ni livrable nommé, ni jalon daté… » already says why it cannot be verified: not twice.
  return [why.summary, why.rule === 'none' ? '' : why.verifiableReason, why.lensText].filter((s) => s !== '');
}

/** A commitment's line in the summary tables (md, html): its title, level, points, what is missing, vague terms. */
export function summaryCells(fr: FileReview, e: Commitment, lang: Lang) {
  return {
    title: titleOf(e, lang),
    level: levelLabel(e, lang),
    points: `${e.score}/${e.maxScore}`,
    missing: missingLabels(e, lang).join(', '),
    vague: vagueCount(findingsOf(fr, e)),
  };
}

/** A remark as a report lists it: the same word with the same message in one paragraph is one remark, × times. */
export interface Listed {
  f: Finding;
  times: number;
}

const RANK: Record<string, number> = { error: 0, warning: 1, suggestion: 2, info: 3 };

export const WHOLE_COMMITMENT = ['missing-field', 'duplicate'];

/**
 * A commitment's remarks as the reports people read list them (json and sarif keep every occurrence): the same word
 * flagged with the same message in one paragraph once, with its count; the others first, most severe first (text
 * order within a severity), then the information remarks, which HTML folds and text and Markdown count.
 */
export function listed(fs: readonly Finding[]): { main: Listed[]; info: Listed[] } {
  const byKey = new Map<string, Listed>();
  const all: Listed[] = [];
  for (const f of fs) {
    const key = WHOLE_COMMITMENT.includes(f.ruleId)
      ? undefined
      : `${f.paragraph}|${f.ruleId}|${f.severity}|${f.message}|${f.actual.toLowerCase()}`;
    const seen = key === undefined ? undefined : byKey.get(key);
    if (seen) seen.times++;
    else {
      const item = { f, times: 1 };
      all.push(item);
      if (key !== undefined) byKey.set(key, item);
    }
  }
  const main = all.filter((x) => x.f.severity !== 'info');
  main.sort((a, b) => (RANK[a.f.severity] ?? 3) - (RANK[b.f.severity] ?? 3));
  return { main, info: all.filter((x) => x.f.severity === 'info') };
}

/** " ×3" after a remark listed once for three occurrences. */
export const timesOf = (x: Listed): string => (x.times > 1 ? ` ×${x.times}` : '');
