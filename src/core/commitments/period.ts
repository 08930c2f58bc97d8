// The plan's period, as a reader finds it (audit14, finding 17): its title's years (« Plan d'action national du Canada
// pour un gouvernement ouvert 2022-2024 », "Fifth U.S. Open Government National Action Plan 2022–2024"); else a period
// stated near the top (a line « 2022-2024 », the plan's date « December 2022 » under a title without years); else the
// span of its commitments' own dated milestones. Never a year of context (« la loi du 29 janvier 1993 », a report of
// 2019 quoted in the introduction). What a value "before the plan" and a milestone "after the plan" are measured
// against, and the years the examples are dated in. Plain expressions only: the text checks' assembly reads it in the
// pane's first script, which does not carry the date reader.
import type { SourceText } from '../source';

export interface PlanPeriod {
  start: number;
  end: number;
  /** The paragraph that states it (the title, or a line near the top); undefined when read from the milestones. */
  paragraph?: number;
}

const RANGE = /\b((?:19|20)\d\d)\s*(?:[-–—/]|\s(?:a|à|au|to|through)\s)\s*((?:19|20)\d\d|\d\d)\b/;
const YEAR = /(?<![\d/.-])(?:19|20)\d\d(?![\d/])/g;
const YEAR_WORD = /^(?:19|20)\d\d[,.;:]?$/;
/** A plan lasts a few years: a longer span is not a plan's period (« depuis 1978 », a strategy to 2040). */
const LONGEST = 6;
/**
 * A plan dated by one year (its date, « December 2022 ») runs two years from it: 159 of the 186 plans of the IRM's data
 * (../shared/ogp-data, year of submission and action plan end year) end two years after they were submitted.
 */
const USUAL_LENGTH = 2;
/** How many paragraphs with words count as "the top": the title, a date, a few lines of presentation. */
const TOP = 8;

const NAMES_PLAN = /\b(?:plan|PAN|NAP)\b/i;
/** A title of two words: the plan's name and its years, in either order. */
const SHORT_TITLE = /^(?:(?:plan|PAN|NAP)\s+\S+|\S+\s+(?:plan|PAN|NAP))$/i;
/** A heading's number (« 3. », « 1.2 », « 4) »): a commitment's or a section's, not the plan's title. */
const NUMBERED = /^\d{1,2}(?:\.\d{1,2})*[.)]?\s/;
// Below the title, only a plan's full name says the years are the plan's (« le plan climat 2020 » is another plan's).
const NAMES_ACTION_PLAN = /\b(?:action plan|plan d['’]action|PAN|NAP)\b/i;
/** A stop after a word: a sentence (not "U.S.", "Dec."), which says what happened, not the plan's period. */
const SENTENCE_END = /\p{Ll}{3}[.!?;](?:\s|$)/u;
/** A line of the top longer than this is prose, not a title or a date. */
const TOP_WORDS = 16;
const OPENS_COMMITMENT = /^(?:engagement|commitment|jalon|milestone)s?\b/i;
// Where the words of the top end: a commitment's heading or marker.
const COMMITMENT_STARTS =
  /^(?:#{1,6}\s*)?(?:\*\*|__)?\s*(?:\d{1,2}[.)]\s*)?(?:engagement|commitment)s?\s*(?:n[°o]\.?\s*)?\d/i;
// Words that may stand beside the plan's date on its line (« Publié en décembre 2022 », "Version of 15 December 2022").
const DATE_WORDS =
  /^(?:jan(?:v|vier|uary)?|f[eé]v(?:rier)?|feb(?:ruary)?|mar(?:s|ch)?|avr(?:il)?|apr(?:il)?|ma[iy]|juin|june?|juil(?:let)?|july?|ao[uû]t|aug(?:ust)?|sept?(?:embre|ember)?|oct(?:obre|ober)?|nov(?:embre|ember)?|d[eé]c(?:embre|ember)?|\d{1,2}(?:er|st|nd|rd|th)?|le|du|en|of|on|the|published|publi[eé]|version|date|updated|[,.:–—-])$/i;

/** planPeriod from a source: the commitments, when known, give the milestones' years (see statedPeriod). */
export function planPeriod(
  source: SourceText,
  commitments?: readonly { fields: { milestones?: readonly { date?: string }[] } }[],
): PlanPeriod | undefined {
  // Read afresh each time (the first paragraphs: at once): a document's text changes under the pane.
  return statedPeriod(
    (k) => source.paragraphs[k]?.text,
    () => milestoneYears(commitments),
  );
}

/** The years of the commitments' dated milestones. */
export function milestoneYears(
  commitments: readonly { fields: { milestones?: readonly { date?: string }[] } }[] = [],
): number[] {
  const years: number[] = [];
  for (const c of commitments)
    for (const m of c.fields.milestones ?? []) if (m.date) years.push(Number(m.date.slice(0, 4)));
  return years;
}

/**
 * The plan's period from its paragraphs (`paragraph(k)`, undefined past the last: a source's, or a text's lines) and
 * the years its commitments' own dates give (`years`, asked only when the top of the plan says no period): the
 * title's, else the top's, else the span of those years.
 */
export function statedPeriod(
  paragraph: (k: number) => string | undefined,
  years: () => readonly number[] = () => [],
): PlanPeriod | undefined {
  const titled = titlePeriod(paragraph);
  if (titled) return titled;
  const top = topPeriod(paragraph);
  if (top && top.end !== undefined) return { start: top.start, end: top.end, paragraph: top.paragraph };
  const known = years().filter((y) => Number.isFinite(y) && y >= 1990);
  if (top) {
    // The plan's date: its milestones may run further than its usual two years, not past a plan's length.
    const later = known.filter((y) => y > top.start + USUAL_LENGTH && y <= top.start + LONGEST);
    return { start: top.start, end: Math.max(top.start + USUAL_LENGTH, ...later), paragraph: top.paragraph };
  }
  return spanOf(known);
}

/**
 * The years the plan runs, from its title: one of the document's first two paragraphs with words, a short line naming
 * a plan (not a commitment) and holding a range of years. Undefined when the title says none.
 */
export function titlePeriod(paragraph: (k: number) => string | undefined): PlanPeriod | undefined {
  // The first two paragraphs with words: a converted document may open on its file's name (« fr-canada-pan-2022-2024 »).
  let seen = 0;
  for (let k = 0, raw = paragraph(0); raw !== undefined && seen < 2; raw = paragraph(++k)) {
    if (!/\p{L}/u.test(raw)) continue;
    seen++;
    const text = raw.replace(/^[\s#*_]+|[\s*_]+$/g, '');
    const range = rangeIn(text);
    const named = NAMES_PLAN.test(text) && !OPENS_COMMITMENT.test(text);
    const words = text.split(/\s+/).length;
    // One word is a file's name (« fr-canada-pan-2022-2024 »), not the title; two words are a title only when they
    // are the plan's name and its years (« Plan 2025-2027 », « PAN 2025–2027 »). A commitment's heading, numbered
    // (« 3. Plan vélo 2026-2028 ») or named (« Engagement 3 : … »), says its own years, not the plan's.
    const titled = words >= 3 ? !NUMBERED.test(text) : words === 2 && SHORT_TITLE.test(text);
    // A sentence (« In 2019, the previous action plan 2016-2018 was assessed. ») is context, not a title.
    if (range && named && titled && words <= 30 && !SENTENCE_END.test(text)) return { ...range, paragraph: k };
  }
  return undefined;
}

/**
 * A period stated near the top, before the first commitment, on a line that is no sentence (a title, a subtitle, a
 * date: no stop, 16 words at most): a range of years alone (« 2022-2024 ») or with the plan's name ("National Action
 * Plan 2022-2024"); else the plan's date, a year alone on its line with a month or a day (« December 2022 ») or with
 * the plan's name ("Fifth U.S. Open Government National Action Plan, 2022"), whose end is then not known. A sentence
 * of the introduction (« In 2019, the previous plan… ») is context. Web addresses and comments are not read (their
 * years are a page's, not the plan's).
 */
function topPeriod(
  paragraph: (k: number) => string | undefined,
): { start: number; end?: number; paragraph: number } | undefined {
  let dated: { start: number; paragraph: number } | undefined;
  let seen = 0;
  for (let k = 0, raw = paragraph(0); raw !== undefined && seen < TOP; raw = paragraph(++k)) {
    if (!/\p{L}|\d/u.test(raw)) continue;
    if (COMMITMENT_STARTS.test(raw.trim())) break;
    seen++;
    const text = raw
      .replace(/<!--[^]*?-->/g, ' ')
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ')
      .replace(/^[\s#*_]+|[\s*_]+$/g, '');
    if (text === '' || SENTENCE_END.test(text)) continue;
    const words = text.split(/\s+/);
    if (words.length > TOP_WORDS) continue;
    const named = NAMES_ACTION_PLAN.test(text) && !OPENS_COMMITMENT.test(text);
    const range = rangeIn(text);
    if (range && (named || words.length <= 3)) return { ...range, paragraph: k };
    if (dated || range) continue;
    const years = text.match(YEAR) ?? [];
    if (years.length !== 1) continue;
    const dateLine =
      words.length > 1 && words.every((w) => YEAR_WORD.test(w) || DATE_WORDS.test(w.replace(/[,.;:]+$/, '') || ','));
    if (dateLine || named) dated = { start: Number(years[0]), paragraph: k };
  }
  return dated;
}

function rangeIn(text: string): { start: number; end: number } | undefined {
  const m = RANGE.exec(text);
  if (!m) return undefined;
  const start = Number(m[1]);
  const end = m[2].length === 2 ? Math.floor(start / 100) * 100 + Number(m[2]) : Number(m[2]);
  return end >= start && end - start <= LONGEST ? { start, end } : undefined;
}

function spanOf(known: readonly number[]): PlanPeriod | undefined {
  if (!known.length) return undefined;
  let start = known[0];
  let end = known[0];
  for (const y of known) {
    if (y < start) start = y;
    if (y > end) end = y;
  }
  return end - start <= LONGEST ? { start, end } : undefined;
}
