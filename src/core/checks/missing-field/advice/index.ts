// Over 400 lines: the advice reads a commitment once for its subject and its example, and the plan's words once for
// all commitments; the two readings share their word tables, so they stay together.
// Advice about this commitment: which subject of real plans it is about (open data, procurement, open source...),
// and that subject's example for a field it lacks, written after a real well-rated commitment that it names. The
// subject is found by the bank's keywords, French and English together (a French plan checked in English still
// gets its subject), and the example is given in the report's language; no subject close enough, no example.
import { foldSameLength } from '../../../dates';
import type { CountryCode } from '../../../dates/conventions';
import { foldChar, foldWord } from '../../../text/fold';
import { inCurrency, type Currency } from '../../../template/currency';
import { fieldMeta, inLegislature, TEMPLATE_FIELDS } from '../../../template/fields';
import { datedFor, type PlanPeriod } from '../../../template/period';
import type { Commitment, FieldName, Lang } from '../../../types';
import {
  firstRunAfter,
  FNV_OFFSET,
  fnvMix,
  HASH_MASK,
  isWordAt,
  planWordHash,
  runsInside,
  type CommitmentWords,
  type WordsOfCommitments,
} from '../../plan-words';
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
  /** One of the subject's names (Subject.names): in the title, it decides the subject. */
  name: boolean;
}

const SUBJECT_IDS = fr.subjects.map((s) => s.id);
export const STOPWORDS = new Set([...fr.stopwords, ...en.stopwords].map(foldWord));
const LETTER = /[\p{L}\p{N}]/u;
const FOLDED_WORD = /^[a-z0-9]+$/;

/** What a code unit of the text makes of the folded text's words (see contentWordsIn). */
const enum Unit {
  /** Folds to letters or digits. */
  Word,
  /** Folds to something else: ends a word. */
  Break,
  /** Folds to nothing (an accent, a soft hyphen): inside a word, a word goes on across it. */
  Dropped,
  /** Surrogates and folds of several characters not all a-z or 0-9: the scan gives way to the plain reading. */
  Other,
}

/** An ASCII letter in lower case (foldSameLength of it). */
const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
const isWordAscii = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** What the code unit `c` (not ASCII) makes of the words, learnt once per text (`known`). */
function unitOf(c: number, known: Map<number, Unit>): Unit {
  let u = known.get(c);
  if (u === undefined) known.set(c, (u = foldedUnit(foldChar(c))));
  return u;
}

function foldedUnit(f: string): Unit {
  if (f.length === 0) return Unit.Dropped;
  if (f.length === 1) {
    const d = f.charCodeAt(0);
    if (d < 128) return isWordAscii(d) ? Unit.Word : Unit.Break;
    if (d >= 0xd800 && d <= 0xdfff) return Unit.Other;
    return LETTER.test(f) ? Unit.Word : Unit.Break;
  }
  return FOLDED_WORD.test(f) ? Unit.Word : Unit.Other;
}

/**
 * A text's content words (runs of letters and digits of its folded form, foldWord), stopwords left out, in order.
 * A scan of the text itself rather than a Unicode regular expression's match on a folded copy (speed shortcut, see
 * DEVELOPERS.md): most words are their slice of the text folded to the same length, which the plan pass has made.
 */
export function contentWords(text: string): string[] {
  return contentWordsIn(text, foldSameLength(text), 0, 0, text.length, []);
}

/**
 * contentWords of text[start, end), added to `out`; `folded` is foldSameLength of the text from offset `base` on
 * (the folded source, or the folded part).
 */
export function contentWordsIn(
  text: string,
  folded: string,
  base: number,
  start: number,
  end: number,
  out: string[],
): string[] {
  for (const w of wordsIn(text, folded, base, start, end, new Map(), [])) out.push(w.text);
  return out;
}

/** A word of the plan as the advice reads it, made once per plan (see PlanWords). */
export interface PlanWord {
  /** Its folded form (foldWord). */
  text: string;
  /** A hash of it (planWordHash): small integers as keys. */
  hash: number;
  /** A stopword: not a content word. */
  stop: boolean;
  /** The keywords whose first word it is (or starts, for a prefix), in the order `found` tries them. */
  started: readonly Keyword[];
}

/**
 * The words the advice has read in a plan, by a hash of their folded form. A plan repeats its words: each is cut out
 * of the text, looked up among the stopwords and the keywords once for all its commitments, not at every occurrence
 * (speed shortcut, see DEVELOPERS.md).
 */
export type PlanWords = Map<number, PlanWord[]>;

function newWord(words: PlanWords, hash: number, text: string): PlanWord {
  const stop = STOPWORDS.has(text);
  const word: PlanWord = { text, hash, stop, started: stop ? NONE : keywordsStartedBy(text) };
  const list = words.get(hash);
  if (list) list.push(word);
  else words.set(hash, [word]);
  return word;
}

/** The word `text`, made if it is new. */
function wordOf(words: PlanWords, text: string): PlanWord {
  const hash = planWordHash(text);
  for (const w of words.get(hash) ?? []) if (w.text === text) return w;
  return newWord(words, hash, text);
}

/** The word folded[from, to), whose hash is `hash`, made if it is new: a string only for a word not read before. */
function wordAt(words: PlanWords, hash: number, folded: string, from: number, to: number): PlanWord {
  for (const w of words.get(hash) ?? []) if (isWordAt(w.text, folded, from, to)) return w;
  return newWord(words, hash, folded.slice(from, to));
}

/** The content words of text[start, end) (as contentWordsIn), as words of the plan, added to `out`. */
function wordsIn(
  text: string,
  folded: string,
  base: number,
  start: number,
  end: number,
  words: PlanWords,
  out: PlanWord[],
): PlanWord[] {
  const before = out.length;
  const known = new Map<number, Unit>();
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const u = c < 128 ? (isWordAscii(c) ? Unit.Word : Unit.Break) : unitOf(c, known);
    if (u === Unit.Other) return plainWordsIn(text, start, end, words, out, before);
    if (u !== Unit.Word) {
      i++;
      continue;
    }
    const first = i;
    // Whether the word folded alone is its slice of the folded text: a letter that folds to one other (é -> e) is.
    // Its hash is that slice's, read as it goes.
    // An ASCII letter or digit folds to itself in lower case, without reading the folded text.
    let same = sameFold(text, folded, base, i);
    let hash = fnvMix(FNV_OFFSET, c < 128 ? lower(c) : folded.charCodeAt(i - base));
    for (i++; i < end; i++) {
      const d = text.charCodeAt(i);
      if (d < 128) {
        if (!isWordAscii(d)) break;
        hash = fnvMix(hash, lower(d));
      } else {
        const v = unitOf(d, known);
        if (v === Unit.Other) return plainWordsIn(text, start, end, words, out, before);
        if (v === Unit.Break) break;
        same &&= sameFold(text, folded, base, i);
        hash = fnvMix(hash, folded.charCodeAt(i - base));
      }
    }
    const w = same
      ? wordAt(words, hash & HASH_MASK, folded, first - base, i - base)
      : wordOf(words, foldWord(text.slice(first, i)));
    if (!w.stop) out.push(w);
  }
  return out;
}

function sameFold(text: string, folded: string, base: number, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return true;
  const f = foldChar(c);
  return f.length === 1 && f.charCodeAt(0) === folded.charCodeAt(i - base);
}

/** The words of text[start, end) as the regular expression reads its folded form (what the scan equals). */
function plainWordsIn(
  text: string,
  start: number,
  end: number,
  words: PlanWords,
  out: PlanWord[],
  keep: number,
): PlanWord[] {
  out.length = keep;
  for (const t of foldWord(text.slice(start, end)).match(/[\p{L}\p{N}]+/gu) ?? []) {
    const w = wordOf(words, t);
    if (!w.stop) out.push(w);
  }
  return out;
}

/** The content words of a whole text, as words of the plan. */
const wordsOf = (text: string, words: PlanWords) => wordsIn(text, foldSameLength(text), 0, 0, text.length, words, []);

/** Keywords by their first word (whole words) or its first three letters (prefixes): a word looks up few. */
const exact = new Map<string, Keyword[]>();
const byStart = new Map<string, Keyword[]>();
for (const bank of [fr, en])
  for (const s of bank.subjects) {
    const subject = SUBJECT_IDS.indexOf(s.id);
    for (const k of [...s.keywords, ...(s.names ?? [])]) {
      const parts = (foldWord(k).match(/[\p{L}\p{N}]+\*?/gu) ?? []).filter((p) => !STOPWORDS.has(p));
      const keyword: Keyword = {
        subject,
        words: parts.map((p) => p.replace('*', '')),
        prefix: parts.map((p) => p.endsWith('*')),
        name: s.names?.includes(k) ?? false,
      };
      const first = keyword.words[0];
      const [map, key] = keyword.prefix[0] ? [byStart, first.slice(0, 3)] : [exact, first];
      map.set(key, [...(map.get(key) ?? []), keyword]);
    }
  }

const NONE: readonly Keyword[] = [];

/**
 * Institutions the bank has no subject for, by their names (written as keywords): a commitment whose title names one
 * gets no example rather than a neighbour's (audit15, finding 16: following up the Cour des comptes' recommendations got
 * a parliament's votes, for the finance committees its table is sent to). Supreme audit institutions: the real plans
 * hold one commitment on following up an audit office's reports (Ghana 2013-2015, GH0009) and one on its law (Jordan
 * 2012-2014, JO0010), too few to write examples after.
 */
const UNCOVERED = [
  'cour* des comptes',
  'chambre* régionale* des comptes',
  'vérificat* général*',
  'institution* supérieure* de contrôle*',
  'auditor* general',
  'supreme audit*',
  'audit office*',
  'audit bureau*',
  'court* of audit*',
  'accounts chamber*',
  'chamber* of accounts',
].map((k) => {
  const parts = (foldWord(k).match(/[\p{L}\p{N}]+\*?/gu) ?? []).filter((p) => !STOPWORDS.has(p));
  return { words: parts.map((p) => p.replace('*', '')), prefix: parts.map((p) => p.endsWith('*')) };
});

/** Whether a title's content words name an institution the bank has no subject for (UNCOVERED). */
function namesUncovered(words: readonly PlanWord[]): boolean {
  return UNCOVERED.some((k) => {
    for (let i = 0; i + k.words.length <= words.length; i++) {
      let j = 0;
      while (
        j < k.words.length &&
        (k.prefix[j] ? words[i + j].text.startsWith(k.words[j]) : words[i + j].text === k.words[j])
      )
        j++;
      if (j === k.words.length) return true;
    }
    return false;
  });
}

function keywordsStartedBy(w: string): readonly Keyword[] {
  const out: Keyword[] = [...(exact.get(w) ?? NONE)];
  for (const k of byStart.get(w.length > 3 ? w.slice(0, 3) : w) ?? NONE) if (w.startsWith(k.words[0])) out.push(k);
  return out.length > 0 ? out : NONE;
}

/** Whether keyword `k`, whose first word is words[i], goes on with its other words from there. */
function matchesAfter(k: Keyword, words: readonly PlanWord[], i: number): boolean {
  if (i + k.words.length > words.length) return false;
  for (let j = 1; j < k.words.length; j++) {
    const w = words[i + j].text;
    if (k.prefix[j] ? !w.startsWith(k.words[j]) : w !== k.words[j]) return false;
  }
  return true;
}

interface Match {
  k: Keyword;
  /** Index of its first word. */
  at: number;
}

/** Each keyword found in `words`, where it starts. */
function matches(words: readonly PlanWord[]): Match[] {
  const out: Match[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const k of words[i].started) if (matchesAfter(k, words, i)) out.push({ k, at: i });
  }
  return out;
}

/** Each keyword of `all` (found in some words), once, with its weight: an expression counts twice a single word. */
function found(all: readonly Match[]): Map<Keyword, number> {
  const out = new Map<Keyword, number>();
  for (const { k } of all) out.set(k, k.words.length > 1 ? 2 : 1);
  return out;
}

/**
 * The subject whose institution the title names first (Subject.names), by index: a title begins with what the
 * commitment is about ("Openness of the Parliament: pupils' visits"), while a parliament named after another subject
 * is where the work goes ("Disability rights bill enacted by Parliament"). A name inside a longer keyword of another
 * subject is not one ("freedom of assembly" is a right, "municipal assembly" a local council).
 */
function namedFirst(all: readonly Match[]): number | undefined {
  const inside = (n: Match, o: Match) =>
    o.k.subject !== n.k.subject &&
    o.k.words.length > n.k.words.length &&
    o.at <= n.at &&
    o.at + o.k.words.length >= n.at + n.k.words.length;
  const kept = all.filter((n) => !all.some((o) => inside(n, o)));
  if (kept.length === 0) return undefined;
  const at = Math.min(...kept.map((m) => m.at));
  const first = kept.filter((m) => m.at === at);
  const subject = first[0].k.subject;
  return first.every((m) => m.k.name && m.k.subject === subject) ? subject : undefined;
}

/** The subject whose institution a title names first (see namedFirst), by id. */
export function namedSubject(title: string): string | undefined {
  const k = namedFirst(matches(wordsOf(title, new Map())));
  return k === undefined ? undefined : SUBJECT_IDS[k];
}

/**
 * How much each subject's keywords weigh in a commitment, by subject id: each keyword found counts once in the text,
 * and TITLE_WEIGHT more in the title (a title says what the commitment is about; its text wanders).
 */
export function subjectScores(title: string, body: string, words: PlanWords = new Map()): Record<string, number> {
  const scores = scoresOf(matches(wordsOf(title, words)), wordsOf(body, words));
  return Object.fromEntries(SUBJECT_IDS.map((id, k) => [id, scores[k]]));
}

/** subjectScores by subject index. */
function scoresOf(inTitle: readonly Match[], bodyWords: readonly PlanWord[]): number[] {
  const scores = new Array<number>(SUBJECT_IDS.length).fill(0);
  found(inTitle).forEach((weight, k) => (scores[k.subject] += TITLE_WEIGHT * weight));
  found(matches(bodyWords)).forEach((weight, k) => (scores[k.subject] += weight));
  return scores;
}

/**
 * The subject a commitment is about: the one whose institution the title names first, if it does (Subject.names);
 * else the one whose keywords weigh most, at least MIN_SCORE and more than any other (two subjects as close: no
 * advice rather than a coin toss).
 */
export function subjectOf(title: string, body: string): string | undefined {
  const words: PlanWords = new Map();
  return subjectOfWords(wordsOf(title, words), wordsOf(body, words));
}

/**
 * `own`: the commitment's own words, its text without its title, read first when its title lists several subjects
 * (see LISTS_SUBJECTS): they decide where they name one clearly, the title's weight otherwise.
 */
function subjectOfWords(
  titleWords: readonly PlanWord[],
  bodyWords: readonly PlanWord[],
  own?: readonly PlanWord[],
): string | undefined {
  if (namesUncovered(titleWords)) return undefined;
  const inTitle = matches(titleWords);
  const named = namedFirst(inTitle);
  if (named !== undefined) return SUBJECT_IDS[named];
  return (own && clearBest(scoresOf([], own))) ?? clearBest(scoresOf(inTitle, bodyWords));
}

/** The subject that weighs most, at least MIN_SCORE and more than any other; undefined when none does. */
function clearBest(scores: readonly number[]): string | undefined {
  let best = 0;
  for (let k = 1; k < scores.length; k++) if (scores[k] > scores[best]) best = k;
  const alone = scores.every((x, k) => k === best || x < scores[best]);
  return scores[best] >= MIN_SCORE && alone ? SUBJECT_IDS[best] : undefined;
}

/**
 * A title that lists several subjects, a comma and then « et » / "and" before its last item (« Transparence fiscale,
 * financière et des entreprises »): a theme over the commitment's milestones, whose one named subject (« transparence
 * fiscale »: budget) outweighed what the milestone itself is about (a register of beneficial owners; audit15, finding
 * 16).
 */
const LISTS_SUBJECTS = /,[^,]*\s(?:et|and|&)\s/i;

/** The body's words after the title's, when the body opens with them (the title opens the commitment's text). */
function ownWords(title: readonly PlanWord[], body: readonly PlanWord[]): readonly PlanWord[] | undefined {
  if (body.length < title.length) return undefined;
  for (let i = 0; i < title.length; i++) if (body[i].text !== title[i].text) return undefined;
  return body.slice(title.length);
}

const isAdviceField = (field: FieldName, examples: object): field is AdviceField => field in examples;

/** The subject's example for a field, in `lang`, with its source; undefined when the bank has none. */
export function exampleOf(
  subject: string | undefined,
  field: FieldName,
  lang: Lang,
  currency?: Currency,
  period?: PlanPeriod,
): Advice | undefined {
  const s = BANKS[lang].subjects.find((x) => x.id === subject);
  if (!s || !isAdviceField(field, s.examples)) return undefined;
  const example = s.examples[field];
  const source = s.sources?.[field] ?? s.source;
  if (!example || fromThisPlan(source, period)) return undefined;
  return { example: datedFor(inCurrency(example, currency, lang), period), source };
}

/** A source as the banks write it: its country, then its plan's years (« Canada 2018-2020, engagement 2, … »). */
const SOURCE_PLAN = /^(.+?) ((?:19|20)\d\d)-((?:19|20)\d\d)\b/;

/**
 * Whether an example was drawn from the plan under review: its title names the source's country and its years
 * (« Plan d'action national du Canada … de 2018-2020 » and « Canada 2018-2020, engagement 2 »). Shown its own
 * commitment rewritten, with figures that are not its own, the author would be asked to imitate themselves.
 */
function fromThisPlan(source: string | undefined, period: PlanPeriod | undefined): boolean {
  const m = source && period?.title ? SOURCE_PLAN.exec(source) : null;
  if (m === null || Number(m[2]) !== period!.start || Number(m[3]) !== period!.end) return false;
  // A title of the same years that names no country (« Open Government National Action Plan 2021-2023 ») may be that
  // very plan: its commitment would be offered as a model of itself (audit12 #21).
  const title = foldWord(period!.title!);
  return title.includes(foldWord(m[1])) || !namesPlace(period!.title!);
}

/** The words of a plan's title that name no place (« Open Government National Action Plan », « Plan d'action »). */
const TITLE_WORDS = new Set(
  'open government national action plan plans partnership draft the for of and on ogp pgo nap pan fifth fourth third second first sixth update updated revised plan d action nationale pour une un de des du la le les gouvernement ouvert partenariat projet version'.split(
    ' ',
  ),
);

/** Whether a title holds a capitalised word that is not one of a plan title's own: a country's name, most likely. */
function namesPlace(title: string): boolean {
  for (const w of title.match(/\p{Lu}[\p{L}’'-]*/gu) ?? [])
    if (
      !TITLE_WORDS.has(
        foldWord(w)
          .replace(/^[a-z][’']/, '')
          .replace(/[’'].*$/, ''),
      )
    )
      return true;
  return false;
}

/** The closest subject's example for a field of a text (title and body as one), or undefined when none is close. */
export function adviceFor(text: string, field: FieldName, lang: Lang): Advice | undefined {
  return exampleOf(subjectOf('', text), field, lang);
}

/**
 * What the plan check shares between its commitments' advice: the folded source (foldSameLength of the text), the
 * words read so far (see PlanWords), and each commitment's runs of letters, which the copy check reads too.
 */
export interface AdviceReading {
  folded: string;
  words: PlanWords;
  runs?: WordsOfCommitments;
  /** The word last found for each value of a hash's low bits: most runs are found there, without a map's look-up. */
  recent: PlanWord[];
}

/** An AdviceReading of the text whose folded form is `folded`. */
export const adviceReading = (folded: string, runs?: WordsOfCommitments): AdviceReading => ({
  folded,
  words: new Map(),
  runs,
  recent: new Array<PlanWord>(RECENT_MASK + 1).fill(NO_WORD),
});

const RECENT_MASK = 0xfff;
const NO_WORD: PlanWord = { text: '', hash: -1, stop: true, started: NONE };

/**
 * The content words of folded[from, to) from a commitment's runs of a to z and 0 to 9 (`runs.plain`: they are its
 * words), added to `out`; false, adding nothing, when a run crosses `from` or `to` (cut there, it is another word).
 */
function wordsOfRuns(
  runs: CommitmentWords,
  from: number,
  to: number,
  { folded, words, recent }: AdviceReading,
  out: PlanWord[],
): boolean {
  let k = firstRunAfter(runs, from);
  const past = runsInside(runs, k, from, to);
  if (past < 0) return false;
  for (; k < past; k++) {
    const hash = runs.hashes[k];
    let w = recent[hash & RECENT_MASK];
    if (w.hash !== hash || !isWordAt(w.text, folded, runs.starts[k], runs.ends[k]))
      recent[hash & RECENT_MASK] = w = wordAt(words, hash, folded, runs.starts[k], runs.ends[k]);
    if (!w.stop) out.push(w);
  }
  return true;
}

/**
 * A commitment's subject, from its title and its text but for its cost line: its text, not its cost line, tells the
 * subject ("150 k€ sur le budget" says nothing of what it is about). A title that lists several subjects lets the
 * commitment's own words speak first.
 */
export function commitmentSubject(text: string, c: Commitment, reading?: AdviceReading): string | undefined {
  const { title, body } = adviceWords(text, c, reading);
  return subjectOfWords(title, body, LISTS_SUBJECTS.test(c.title) ? ownWords(title, body) : undefined);
}

/** A commitment's content words as its subject reads them: its title's, and its text's but for its cost line. */
export function adviceWords(
  text: string,
  c: Commitment,
  reading?: AdviceReading,
): { title: readonly PlanWord[]; body: readonly PlanWord[] } {
  // The body's words read where they stand in the text, around the cost line when it lies inside; the plan check
  // gives the folded source, else the commitment's part is folded.
  const base = reading === undefined ? c.start : 0;
  const f = reading?.folded ?? foldSameLength(text.slice(c.start, c.end));
  const cost = c.fields.cost;
  const words = reading?.words ?? new Map();
  const body: PlanWord[] = [];
  const inside = cost && cost.start >= c.start && cost.end <= c.end;
  // Where its runs of a to z are its words, the runs the copy check reads too.
  const runs = reading?.runs?.of(c);
  const shared = reading !== undefined && runs?.plain === true;
  const read =
    shared &&
    (inside
      ? wordsOfRuns(runs, c.start, cost.start, reading, body) && wordsOfRuns(runs, cost.end, c.end, reading, body)
      : wordsOfRuns(runs, c.start, c.end, reading, body));
  if (!read) {
    body.length = 0;
    if (inside) {
      wordsIn(text, f, base, c.start, cost.start, words, body);
      wordsIn(text, f, base, cost.end, c.end, words, body);
    } else wordsIn(text, f, base, c.start, c.end, words, body);
  }
  // The title, where it opens the commitment's text (most plans), is its first runs.
  const title: PlanWord[] = [];
  const titleRead =
    shared && text.startsWith(c.title, c.start) && wordsOfRuns(runs, c.start, c.start + c.title.length, reading, title);
  return { title: titleRead ? title : wordsOf(c.title, words), body };
}

/**
 * The example shown for each field a commitment lacks, the same in every report and in the pane: the bank's for its
 * subject (amounts in the plan's `currency`); else the template's own where it fits any commitment (the calendar) or
 * where the template speaks of that very subject (its examples are about public procurement); else none.
 */
export function commitmentAdvice(
  text: string,
  c: Commitment,
  lang: Lang,
  currency?: Currency,
  reading?: AdviceReading,
  /** The plan's period (planPeriod of the text and its commitments): the examples' years fit it. */
  period?: PlanPeriod,
  /** The plan's country (planCountry of the text): its legislature in the examples, as the reports name it. */
  country?: CountryCode,
): Partial<Record<FieldName, Advice>> {
  const subject = commitmentSubject(text, c, reading);
  const out: Partial<Record<FieldName, Advice>> = {};
  for (const field of c.missing) {
    const advice = subjectAdvice(subject, field, lang, currency, period, country);
    if (advice) out[field] = advice;
  }
  return out;
}

/** The example shown for a field a commitment about `subject` lacks (see commitmentAdvice). */
export function subjectAdvice(
  subject: string | undefined,
  field: FieldName,
  lang: Lang,
  currency?: Currency,
  period?: PlanPeriod,
  /** The plan's country (planDates): its legislature named in the examples. */
  country?: CountryCode,
): Advice | undefined {
  const advice = exampleOf(subject, field, lang, currency, period);
  if (advice) return { ...advice, example: inLegislature(advice.example, lang, country) };
  if (field !== 'calendar' && subject !== 'procurement') return advice;
  const template = TEMPLATE_FIELDS.find((f) => f.field === field);
  return template ? { example: fieldMeta(template.id, lang, currency, period, country).example } : undefined;
}
