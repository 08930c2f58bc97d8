// Advice about this commitment: which subject of real plans it is about (open data, procurement, open source...),
// and that subject's example for a field it lacks, written after a real well-rated commitment that it names. The
// subject is found by the bank's keywords, French and English together (a French plan checked in English still
// gets its subject), and the example is given in the report's language; no subject close enough, no example.
import { foldWord } from '../../../text/fold';
import { inCurrency, type Currency } from '../../../template/currency';
import { fieldMeta, TEMPLATE_FIELDS } from '../../../template/fields';
import type { Commitment, FieldName, Lang } from '../../../types';
import { en } from './en';
import { fr } from './fr';
import type { AdviceField, Bank } from './types';

export type { AdviceField, Bank, Subject } from './types';
export { REQUIRED_FIELDS } from './types';

export const BANKS: Record<Lang, Bank> = { fr, en };

/** An example for a missing field; `source` names the real commitment it follows (none for the template's own). */
export interface Advice {
  example: string;
  source?: string;
}

/**
 * The least score a subject needs: one of its words in the title, or an expression ("données ouvertes", "code
 * source") and a word in the text, or three words. Tuned on the Canadian 2018-2020 plan (French) and the US 2022-2024
 * plan; the keywords since on the tune half of test/eval/advice-labels, measured on its test half (`npm run eval advice`).
 */
export const MIN_SCORE = 3;

/**
 * What a keyword in the title adds to its count in the text. Four rather than two: on real plans (the `tune` half of
 * test/eval/advice-labels) a subject named in the title lost to one whose many related words fill the background
 * (a parliament's commitment full of schools and pupils it invites).
 */
export const TITLE_WEIGHT = 4;

interface Keyword {
  subject: number;
  words: string[];
  /** Per word: a prefix ("donnée*") rather than a whole word. */
  prefix: boolean[];
}

const SUBJECT_IDS = fr.subjects.map((s) => s.id);
export const STOPWORDS = new Set([...fr.stopwords, ...en.stopwords].map(foldWord));
const LETTER = /[\p{L}\p{N}]/u;

/** The length of the letter or digit at i (1, or 2 for a surrogate pair), 0 when there is none; ASCII without the regex. */
function wordCharAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return 1;
  if (c < 128) return 0;
  const cp = s.codePointAt(i)!;
  return LETTER.test(String.fromCodePoint(cp)) ? (cp > 0xffff ? 2 : 1) : 0;
}

/**
 * A text's content words (runs of letters and digits), folded, in order. A scan rather than a Unicode regular
 * expression's match: the bench plan's commitments in 3 ms instead of 18 (speed shortcut, see DEVELOPERS.md).
 */
export function contentWords(text: string): string[] {
  const s = foldWord(text);
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    let n = wordCharAt(s, i);
    if (n === 0) {
      i++;
      continue;
    }
    const start = i;
    while (n > 0) {
      i += n;
      n = i < s.length ? wordCharAt(s, i) : 0;
    }
    const w = s.slice(start, i);
    if (!STOPWORDS.has(w)) out.push(w);
  }
  return out;
}

/** Keywords by their first word (whole words) or its first three letters (prefixes): a word looks up few. */
const exact = new Map<string, Keyword[]>();
const byStart = new Map<string, Keyword[]>();
for (const bank of [fr, en])
  for (const s of bank.subjects) {
    const subject = SUBJECT_IDS.indexOf(s.id);
    for (const k of s.keywords) {
      const parts = (foldWord(k).match(/[\p{L}\p{N}]+\*?/gu) ?? []).filter((p) => !STOPWORDS.has(p));
      const keyword: Keyword = {
        subject,
        words: parts.map((p) => p.replace('*', '')),
        prefix: parts.map((p) => p.endsWith('*')),
      };
      const first = keyword.words[0];
      const [map, key] = keyword.prefix[0] ? [byStart, first.slice(0, 3)] : [exact, first];
      map.set(key, [...(map.get(key) ?? []), keyword]);
    }
  }

function matchesAt(k: Keyword, words: readonly string[], i: number): boolean {
  if (i + k.words.length > words.length) return false;
  for (let j = 0; j < k.words.length; j++) {
    const w = words[i + j];
    if (k.prefix[j] ? !w.startsWith(k.words[j]) : w !== k.words[j]) return false;
  }
  return true;
}

/** Each keyword found in `words`, once, with its weight: an expression counts twice a single word. */
function found(words: readonly string[]): Map<Keyword, number> {
  const out = new Map<Keyword, number>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    for (const list of [exact.get(w), byStart.get(w.slice(0, 3))])
      if (list) for (const k of list) if (matchesAt(k, words, i)) out.set(k, k.words.length > 1 ? 2 : 1);
  }
  return out;
}

/**
 * How much each subject's keywords weigh in a commitment, by subject id: each keyword found counts once in the text,
 * and TITLE_WEIGHT more in the title (a title says what the commitment is about; its text wanders).
 */
export function subjectScores(title: string, body: string): Record<string, number> {
  const scores: Record<string, number> = Object.fromEntries(SUBJECT_IDS.map((id) => [id, 0]));
  for (const [k, weight] of found(contentWords(title))) scores[SUBJECT_IDS[k.subject]] += TITLE_WEIGHT * weight;
  for (const [k, weight] of found(contentWords(body))) scores[SUBJECT_IDS[k.subject]] += weight;
  return scores;
}

/**
 * The subject a commitment is about: the one whose keywords weigh most, at least MIN_SCORE and more than any other
 * (two subjects as close: no advice rather than a coin toss).
 */
export function subjectOf(title: string, body: string): string | undefined {
  const scores = subjectScores(title, body);
  const [best, second] = SUBJECT_IDS.slice().sort((a, b) => scores[b] - scores[a]);
  return scores[best] >= MIN_SCORE && scores[best] > scores[second] ? best : undefined;
}

const isAdviceField = (field: FieldName, examples: object): field is AdviceField => field in examples;

/** The subject's example for a field, in `lang` (amounts in `currency`), with its source; undefined when none. */
export function exampleOf(
  subject: string | undefined,
  field: FieldName,
  lang: Lang,
  currency?: Currency,
): Advice | undefined {
  const s = BANKS[lang].subjects.find((x) => x.id === subject);
  if (!s || !isAdviceField(field, s.examples)) return undefined;
  const example = s.examples[field];
  return example ? { example: inCurrency(example, currency, lang), source: s.sources?.[field] ?? s.source } : undefined;
}

/** The closest subject's example for a field of a text (title and body as one), or undefined when none is close. */
export function adviceFor(text: string, field: FieldName, lang: Lang): Advice | undefined {
  return exampleOf(subjectOf('', text), field, lang);
}

/** A commitment's subject, from its title and its text but for its cost line. */
export function commitmentSubject(text: string, c: Commitment): string | undefined {
  const cost = c.fields.cost;
  const body =
    cost && cost.start >= c.start && cost.end <= c.end
      ? `${text.slice(c.start, cost.start)}\n${text.slice(cost.end, c.end)}`
      : text.slice(c.start, c.end);
  return subjectOf(c.title, body);
}

/**
 * The example shown for each field a commitment lacks, the same in every report and in the pane: the bank's for its
 * subject; else the template's own where it fits any commitment (the calendar) or where the template speaks of that
 * very subject (its examples are about public procurement); else none. Its text, not its cost line, tells the
 * subject ("150 k€ sur le budget" says nothing of what it is about).
 */
export function commitmentAdvice(
  text: string,
  c: Commitment,
  lang: Lang,
  currency?: Currency,
): Partial<Record<FieldName, Advice>> {
  const subject = commitmentSubject(text, c);
  const out: Partial<Record<FieldName, Advice>> = {};
  for (const field of c.missing) {
    const advice = exampleOf(subject, field, lang, currency);
    if (advice) out[field] = advice;
    else if (field === 'calendar' || subject === 'procurement') {
      const template = TEMPLATE_FIELDS.find((f) => f.field === field);
      if (template) out[field] = { example: fieldMeta(template.id, lang, currency).example };
    }
  }
  return out;
}
