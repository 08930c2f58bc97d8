// Over 400 lines: one grammar of dates in two languages; its patterns share parts that would be copied if split.
// Dates as plans write them, in French and English: "31 mars 2018", "mars 2018", "T3 2018",
// "2e semestre 2019", "d'ici fin 2019", "Fall 2027", "by June 2020", "2018-2020".
// Each mention says whether it opens a period ("à partir de 2018": a start, never an end) or closes one.
import { foldSameLength } from '../text/fold';
import { NUMERIC_DATE, type DateConventions } from './conventions';

export { foldSameLength };
export { planDates, type DateConventions } from './conventions';

export type DateRole = 'start' | 'end' | 'point';

export interface DateMention {
  text: string;
  start: number;
  end: number;
  /** ISO-like: "2018-03-31", "2018-03", "2018-Q3", "2019-H2", "2019". */
  iso: string;
  role: DateRole;
  /** Sortable key for the last day the mention covers ("2019-H2" -> "2019-12-31"). */
  until: string;
  /** Sortable key for the first day it covers. */
  from: string;
}

const MONTHS: Record<string, number> = {
  janvier: 1,
  janv: 1,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  mars: 3,
  avril: 4,
  avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  juil: 7,
  aout: 8,
  septembre: 9,
  sept: 9,
  octobre: 10,
  oct: 10,
  novembre: 11,
  nov: 11,
  decembre: 12,
  dec: 12,
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  october: 10,
  november: 11,
  december: 12,
};
// Seasons map to the quarter that holds most of them: in the northern hemisphere here, in the southern one for a plan
// whose country lies there (DateConventions.south: spring is September to November, the fourth quarter).
const SEASONS: Record<string, number> = {
  printemps: 2,
  spring: 2,
  ete: 3,
  summer: 3,
  automne: 4,
  fall: 4,
  autumn: 4,
  hiver: 1,
  winter: 1,
};
const ORDINALS: Record<string, number> = {
  '1': 1,
  '1er': 1,
  '1re': 1,
  '1ere': 1,
  premier: 1,
  premiere: 1,
  first: 1,
  '1st': 1,
  '2': 2,
  '2e': 2,
  '2eme': 2,
  '2nd': 2,
  second: 2,
  deuxieme: 2,
  seconde: 2,
  '3': 3,
  '3e': 3,
  '3eme': 3,
  '3rd': 3,
  third: 3,
  troisieme: 3,
  '4': 4,
  '4e': 4,
  '4eme': 4,
  '4th': 4,
  fourth: 4,
  quatrieme: 4,
  dernier: 4,
  last: 4,
};

const MONTH_RE = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const SEASON_RE = Object.keys(SEASONS).join('|');
const ORD_RE = Object.keys(ORDINALS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const YEAR = '((?:19|20)\\d\\d)';

interface Pattern {
  re: RegExp;
  /** A cheap test the folded text must pass for `re` to have any chance (a word `re` cannot match without). */
  need?: (folded: string) => boolean;
  /** The date; null when the match is none (other patterns may read the span); false: no date, span taken. */
  make(m: RegExpExecArray, c: DateConventions): { iso: string; from: string; until: string } | null | false;
}

const pad = (n: number) => String(n).padStart(2, '0');
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const lastDay = (y: number, m: number) => (m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m - 1]);
const month = (y: number, m: number) => ({
  iso: `${y}-${pad(m)}`,
  from: `${y}-${pad(m)}-01`,
  until: `${y}-${pad(m)}-${pad(lastDay(y, m))}`,
});
const quarter = (y: number, q: number) => ({
  iso: `${y}-Q${q}`,
  from: `${y}-${pad(q * 3 - 2)}-01`,
  until: `${y}-${pad(q * 3)}-${pad(lastDay(y, q * 3))}`,
});
const half = (y: number, h: number) => ({
  iso: `${y}-H${h}`,
  from: `${y}-${h === 1 ? '01' : '07'}-01`,
  until: `${y}-${h === 1 ? '06-30' : '12-31'}`,
});
const year = (y: number) => ({ iso: `${y}`, from: `${y}-01-01`, until: `${y}-12-31` });
function day(y: number, m: number, d: number) {
  if (m < 1 || m > 12 || d < 1 || d > lastDay(y, m)) return null;
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  return { iso, from: iso, until: iso };
}

/**
 * How "a/b/yyyy" reads: day/month when b only can be a month (a > 12), month/day when a only can be (b > 12), else by
 * the plan's order; 'either' when both readings are dates and the plan shows no order (the author is asked:
 * dateDoubts), 'none' when neither is a date.
 */
export function numericOrder(a: number, b: number, y: number, c: DateConventions): 'dm' | 'md' | 'either' | 'none' {
  const dm = day(y, b, a) !== null;
  const md = day(y, a, b) !== null;
  if (dm && md && a !== b) return c.order ?? 'either';
  return dm ? 'dm' : md ? 'md' : 'none';
}

function numeric(m: RegExpExecArray, c: DateConventions) {
  const a = +m[1];
  const b = +m[2];
  const y = +m[3];
  const order = numericOrder(a, b, y, c);
  // Both readings are dates of the same year: the year is certain, the month is not.
  if (order === 'either') return year(y);
  if (order === 'none') {
    // A day its month lacks ("31/06/2024", "6/31/2024"): its month, as "31 June 2024" is read (dateDoubts asks).
    const m = impossibleMonth(a, b);
    return m ? month(y, m) : null;
  }
  return order === 'dm' ? day(y, b, a) : day(y, a, b);
}

/** The month of a numeric date neither of whose readings is a date, when one number only can be a month. */
function impossibleMonth(a: number, b: number): number | undefined {
  if (a < 1 || b < 1 || a > 31 || b > 31) return undefined;
  return a <= 12 && b > 12 ? a : b <= 12 && a > 12 ? b : undefined;
}

/**
 * The financial year that ends in `end` ("FY2023" in the US: 1 October 2022 to 30 September 2023), or its quarter
 * q; false when the plan's country, and so its financial year, is unknown (not read as the calendar year: the US
 * year 2023 ends in September).
 */
function fiscal(end: number, c: DateConventions, q?: number) {
  const s = c.fiscalStart;
  if (s === undefined) return false;
  if (s === 1) return q ? quarter(end, q) : year(end);
  // The year starts in month s of the year before its end (s > 1): quarters are calendar quarters when s is 4, 7, 10.
  const first = s + 3 * ((q ?? 1) - 1); // counted from January of end - 1
  const y = first > 12 ? end : end - 1;
  const m = first > 12 ? first - 12 : first;
  if (q) return (m - 1) % 3 === 0 ? quarter(y, (m + 2) / 3) : false;
  const lastMonth = s - 1;
  return {
    iso: `${end}-${pad(lastMonth)}`,
    from: `${end - 1}-${pad(s)}-01`,
    until: `${end}-${pad(lastMonth)}-${pad(lastDay(end, lastMonth))}`,
  };
}

/** The year a financial year ends in: "2023-24" and "2023/2024" end in the second, "2023" in itself. */
function fiscalEnd(first: string, second: string | undefined): number | undefined {
  const y = first.length === 2 ? 2000 + +first : +first; // "FY24"
  if (second === undefined) return y;
  const e = second.length === 2 ? Math.floor(y / 100) * 100 + +second : +second;
  return e === y + 1 ? e : undefined;
}

// Every pattern holds a year: a text without one has no date. The other tests skip patterns whose key word is
// absent (most texts have a year and a month, few a quarter, a half or a season).
const ANY_YEAR = /(?:19|20)\d\d|\bfy\s?\d\d/;
const MONTH_WORD = new RegExp(`(?:${MONTH_RE})`);
const hasMonth = (f: string) => MONTH_WORD.test(f);
const QUARTER_CODE = /[tq][1-4]/;
const HALF_CODE = /[sh][12]/;
const SEASON_WORD = new RegExp(`(?:${SEASON_RE})`);
const FISCAL_WORD = /\bfy|fiscal|financial|exercice/;
// "FY2023", "FY24", "FY 2023-24", "fiscal year 2023", "the financial year 2023-24", « l'exercice 2024-2025 »,
// « exercice budgétaire 2024 »; "2023-24 financial year" below. Only "FY" takes a year of two digits ("FY24"). Two
// groups: that year or the year written in full; then the span's second year.
const FISCAL_YEAR = `(?:fy\\s?((?:19|20)?\\d\\d)|(?:(?:fiscal|financial)\\s+year|exercice(?:\\s+(?:financier|budgetaire))?)\\s+${YEAR})(?:\\s?[-–/]\\s?(\\d\\d(?:\\d\\d)?))?`;
const END_OF = `(?:end\\s+of\\s+(?:the\\s+)?|fin\\s+de\\s+l'\\s?)?`;

// Order matters: the most precise forms first; a span already taken is not matched again.
const PATTERNS: Pattern[] = [
  {
    re: new RegExp(`\\b${YEAR}-(\\d\\d)-(\\d\\d)\\b`, 'g'),
    need: (f) => f.includes('-'),
    make: (m) => day(+m[1], +m[2], +m[3]),
  },
  {
    // Not a piece of a web address: "…/documents/2022/08/24/2022-18219" holds no date (NUMERIC_DATE).
    re: new RegExp(NUMERIC_DATE.source, 'g'),
    need: (f) => f.includes('/'),
    make: numeric,
  },
  // Financial years, before the years they hold are read as calendar years.
  {
    re: new RegExp(`\\b(?:q([1-4])\\s+)${FISCAL_YEAR}\\b`, 'g'),
    need: (f) => FISCAL_WORD.test(f),
    make: (m, c) => {
      const end = fiscalEnd(m[2] ?? m[3], m[4]);
      return end === undefined ? false : fiscal(end, c, +m[1]);
    },
  },
  {
    re: new RegExp(`\\b${END_OF}${FISCAL_YEAR}\\b`, 'g'),
    need: (f) => FISCAL_WORD.test(f),
    make: (m, c) => {
      const end = fiscalEnd(m[1] ?? m[2], m[3]);
      return end === undefined ? false : fiscal(end, c);
    },
  },
  {
    re: new RegExp(`\\b${YEAR}(?:\\s?[-–/]\\s?(\\d\\d(?:\\d\\d)?))?\\s+(?:fiscal|financial)\\s+year\\b`, 'g'),
    need: (f) => FISCAL_WORD.test(f),
    make: (m, c) => {
      const end = fiscalEnd(m[1], m[2]);
      return end === undefined ? false : fiscal(end, c);
    },
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(${MONTH_RE})\\.?,?\\s+${YEAR}\\b`, 'g'),
    need: hasMonth,
    make: (m) => day(+m[3], MONTHS[m[2]], +m[1]),
  },
  {
    re: new RegExp(`\\b(${MONTH_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, 'g'),
    need: hasMonth,
    make: (m) => day(+m[3], MONTHS[m[1]], +m[2]),
  },
  {
    re: new RegExp(`(?<![\\w/.-])(\\d{1,2})/${YEAR}\\b`, 'g'), // not a web address's "…/2014/12/02/2014-28326"
    need: (f) => f.includes('/'),
    make: (m) => (+m[1] >= 1 && +m[1] <= 12 ? month(+m[2], +m[1]) : null),
  },
  {
    re: new RegExp(`\\b(${MONTH_RE})\\.?\\s+(?:de\\s+l'annee\\s+|of\\s+)?${YEAR}\\b`, 'g'),
    need: hasMonth,
    make: (m) => month(+m[2], MONTHS[m[1]]),
  },
  {
    re: new RegExp(`\\b(?:t|q)([1-4])\\s*(?:de\\s+|of\\s+)?${YEAR}\\b`, 'g'),
    need: (f) => QUARTER_CODE.test(f),
    make: (m) => quarter(+m[2], +m[1]),
  },
  {
    re: new RegExp(`\\b${YEAR}[\\s-]*(?:t|q)([1-4])\\b`, 'g'),
    need: (f) => QUARTER_CODE.test(f),
    make: (m) => quarter(+m[1], +m[2]),
  },
  {
    re: new RegExp(
      `\\b(${ORD_RE})\\s+(?:trimestre|quarter)\\s+(?:de\\s+l'annee\\s+|de\\s+|of\\s+(?:the\\s+year\\s+)?)?${YEAR}\\b`,
      'g',
    ),
    need: (f) => f.includes('trimestre') || f.includes('quarter'),
    make: (m) => quarter(+m[2], ORDINALS[m[1]]),
  },
  {
    re: new RegExp(
      `\\b(${ORD_RE})\\s+(?:semestre|half(?:\\s+of)?(?:\\s+the\\s+year)?)\\s+(?:de\\s+l'annee\\s+|de\\s+)?${YEAR}\\b`,
      'g',
    ),
    need: (f) => f.includes('semestre') || f.includes('half'),
    make: (m) => half(+m[2], ORDINALS[m[1]] >= 2 ? 2 : 1),
  },
  {
    re: new RegExp(`\\b(?:s|h)([12])\\s+${YEAR}\\b`, 'g'),
    need: (f) => HALF_CODE.test(f),
    make: (m) => half(+m[2], +m[1]),
  },
  {
    re: new RegExp(`\\b(${SEASON_RE})\\s+(?:de\\s+l'annee\\s+|of\\s+)?${YEAR}\\b`, 'g'),
    need: (f) => SEASON_WORD.test(f),
    make: (m, c) => quarter(+m[2], c.south ? ((SEASONS[m[1]] + 1) % 4) + 1 : SEASONS[m[1]]),
  },
  {
    re: new RegExp(`\\b(?:fin|end\\s+of|late|fin\\s+de\\s+l'annee)\\s+${YEAR}\\b`, 'g'),
    need: (f) => f.includes('fin') || f.includes('end') || f.includes('late'),
    make: (m) => ({ ...year(+m[1]), from: `${m[1]}-10-01` }),
  },
  {
    re: new RegExp(`\\b(?:debut|beginning\\s+of|early|start\\s+of)\\s+${YEAR}\\b`, 'g'),
    need: (f) => f.includes('debut') || f.includes('beginning') || f.includes('early') || f.includes('start'),
    make: (m) => ({ ...year(+m[1]), until: `${m[1]}-03-31` }),
  },
  {
    re: new RegExp(`\\b(?:mi-|mid-?\\s?)${YEAR}\\b`, 'g'),
    need: (f) => f.includes('mi-') || f.includes('mid'),
    make: (m) => ({ ...year(+m[1]), from: `${m[1]}-05-01`, until: `${m[1]}-08-31` }),
  },
  {
    re: new RegExp(`(?<![\\d/.])${YEAR}(?!\\d|[/.]\\d|-\\d\\d(?!\\d)|\\s*(?:€|euros|%|k€|m€))`, 'g'),
    make: (m) => year(+m[1]),
  },
];

const END_CUE =
  /(?:d'ici(?:\s+a)?(?:\s+la)?|avant(?:\s+la)?|au\s+plus\s+tard(?:\s+(?:en|le|au))?|jusqu'(?:en|a|au)|pour|echeance\s*:?|date\s+de\s+fin\s*:?|fin\s*:|by(?:\s+the)?|before|no\s+later\s+than|until|till|deadline\s*:?|end\s+date\s*:?|due(?:\s+by)?|completed?\s+(?:by|in))\s*(?:le|la|l'|the|en|in|au|a)?\s*$/;
const START_CUE =
  /(?:a\s+partir\s+d[eu']\s*(?:la|l')?|a\s+compter\s+d[eu']\s*|des(?:\s+le|\s+la)?|depuis(?:\s+le|\s+la)?|debut\s*:|date\s+de\s+debut\s*:?|from|starting(?:\s+in|\s+from)?|beginning(?:\s+in)?|as\s+of|start\s+date\s*:?|start\s*:|launch(?:ed)?\s+in)\s*(?:le|la|l'|the|en|in)?\s*$/;

/** Does [s, e) overlap a mention already found? (A text holds few dates: a scan beats a per-character map.) */
function isTaken(found: ReadonlyArray<{ start: number; end: number }>, s: number, e: number): boolean {
  for (const d of found) if (d.start < e && s < d.end) return true;
  return false;
}

/**
 * All date mentions of `text`, in order. Ranges ("2018-2020", "de 2018 à 2020") give a start and an end. `c`: the
 * plan's conventions (planDates); without them a date that could be read two ways is read as its year, a financial
 * year not at all and a season as in the northern hemisphere.
 */
export function parseDates(text: string, c: DateConventions = NONE): DateMention[] {
  return parseFoldedDates(text, foldSameLength(text), c);
}

const NONE: DateConventions = {};

// Every mention holds a year and lies within a few words of it: the patterns run only on windows around the
// years, joined by a character no pattern crosses (not a space, a word character, a digit, "/", "." or "-"). A
// financial year may write its year in two digits ("FY24"): "fy" and them count as a year.
const YEARS = /(?:19|20)\d\d|\bfy\s?\d\d/g;
const WINDOW_BEFORE = 64;
const WINDOW_AFTER = 16;
const JOIN = '\u0001';
/** What /\s/ matches, by code (the hot loops of the date windows and of the shingles test characters so). */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    (c > 127 &&
      (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff))
  );
}

/** Windows of `folded` around its years, cut at spaces (so word boundaries at their edges are the text's own). */
export function yearWindows(folded: string): number[] {
  const out: number[] = []; // start, end pairs
  YEARS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEARS.exec(folded))) {
    let s = Math.max(0, m.index - WINDOW_BEFORE);
    while (s > 0 && !isSpace(folded.charCodeAt(s - 1))) s--;
    let e = Math.min(folded.length, m.index + m[0].length + WINDOW_AFTER);
    while (e < folded.length && !isSpace(folded.charCodeAt(e))) e++;
    if (out.length > 0 && s <= out[out.length - 1]) out[out.length - 1] = Math.max(e, out[out.length - 1]);
    else out.push(s, e);
  }
  return out;
}

/** parseDates when the caller has fold(text) already (a slice of a folded document is the folded slice). */
export function parseFoldedDates(text: string, folded: string, c: DateConventions = NONE): DateMention[] {
  const windows = yearWindows(folded);
  if (windows.length === 0) return [];
  let covered = 0;
  for (let k = 0; k < windows.length; k += 2) covered += windows[k + 1] - windows[k];
  if (covered * 10 > folded.length * 7) return readMentions(text, folded, findMentions(text, folded, c));
  const { joined, toText } = joinWindows(folded, windows);
  const found = findMentions(joined, joined, c).map((d) => {
    const start = toText(d.start);
    const end = start + (d.end - d.start);
    return { ...d, text: text.slice(start, end), start, end };
  });
  return readMentions(text, folded, found);
}

/** The windows (start, end pairs of `folded`) side by side, and `toText`, which maps an offset of the joined string back. */
function joinWindows(folded: string, windows: readonly number[]): { joined: string; toText: (i: number) => number } {
  const at: number[] = [];
  let joined = '';
  for (let k = 0; k < windows.length; k += 2) {
    if (k > 0) joined += JOIN;
    at.push(joined.length, windows[k]);
    joined += folded.slice(windows[k], windows[k + 1]);
  }
  const toText = (i: number): number => {
    let lo = 0;
    let hi = at.length / 2 - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (at[mid * 2] <= i) lo = mid;
      else hi = mid - 1;
    }
    return at[lo * 2 + 1] + (i - at[lo * 2]);
  };
  return { joined, toText };
}

/**
 * Where the date mentions of some of yearWindows's windows lie (`windows`: their start, end pairs, in order), in
 * `folded`'s offsets, ordered: mentionPlacesInWindow of each window, read in one pass over the windows joined as
 * parseFoldedDates joins them (no pattern crosses the joint), rather than each window's patterns tried apart.
 */
export function mentionPlacesInWindows(
  folded: string,
  windows: readonly number[],
): ReadonlyArray<{ start: number; end: number }> {
  const { joined, toText } = joinWindows(folded, windows);
  const places = mentionPlacesInWindow(joined, joined).map((d) => {
    const start = toText(d.start);
    return { start, end: start + (d.end - d.start) };
  });
  return places.sort((a, b) => a.start - b.start);
}

/**
 * Where the date mentions of one of yearWindows's windows lie, without their roles: a window is its own years' one
 * window, so this is parseFoldedDates of it, without reading its windows again or the cues around each mention
 * (what the level's figure count asks: is a number inside a date?).
 */
export function mentionPlacesInWindow(text: string, folded: string): ReadonlyArray<{ start: number; end: number }> {
  // A financial year the plan's country does not date ("FY2023") is still a date's place, not a figure.
  const places: Array<{ start: number; end: number }> = [];
  places.push(...findMentions(text, folded, NONE, places));
  return places;
}

/** The plain computation parseFoldedDates must equal: every pattern over the whole text. */
export function parseFoldedDatesPlain(text: string, folded: string, c: DateConventions = NONE): DateMention[] {
  if (!ANY_YEAR.test(folded)) return [];
  return readMentions(text, folded, findMentions(text, folded, c));
}

/** `blocked`: where a pattern read no date but took its span (a financial year of an unknown country). */
function findMentions(
  text: string,
  folded: string,
  c: DateConventions,
  blocked: Array<{ start: number; end: number }> = [],
): DateMention[] {
  const found: DateMention[] = [];
  let month: boolean | undefined; // three patterns need a month's name: looked for once
  for (const p of PATTERNS) {
    if (p.need === hasMonth ? !(month ??= hasMonth(folded)) : p.need && !p.need(folded)) continue;
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(folded))) {
      const s = m.index;
      const e = s + m[0].length;
      if (isTaken(found, s, e) || (blocked.length > 0 && isTaken(blocked, s, e))) continue;
      const made = p.make(m, c);
      if (made === false) blocked.push({ start: s, end: e });
      if (!made) continue;
      found.push({ text: text.slice(s, e), start: s, end: e, ...made, role: 'point' });
    }
  }
  return found;
}

/** Roles, read in the text itself: start and end cues before a mention, and ranges. */
function readMentions(text: string, folded: string, found: DateMention[]): DateMention[] {
  found.sort((a, b) => a.start - b.start);
  for (let i = 0; i < found.length; i++) {
    const d = found[i];
    const before = folded.slice(Math.max(0, d.start - 40), d.start);
    const lead = folded.slice(d.start, d.end);
    if (/^(?:fin|end|late)/.test(lead)) d.role = 'end';
    // « début 2019 », "early 2023" is a time (the first months), not the opening of a period: it stays a point
    // ("publish a report in early 2023" is due then); « à partir de début 2019 » is a start by its cue.
    if (END_CUE.test(before)) d.role = 'end';
    else if (START_CUE.test(before)) d.role = 'start';
    // Ranges: "2018-2020", "2018 à 2020", "de mars 2018 à juin 2019", "from 2018 to 2020", "between ... and ...".
    const next = found[i + 1];
    if (next) {
      const between = folded.slice(d.end, next.start);
      if (/^\s*(?:-|–|—|\/|a|au|to|through|until|jusqu'(?:a|en|au)|et|and)\s*(?:fin\s+|end\s+of\s+)?$/.test(between)) {
        const opener = /(?:\bde|\bdu|\bfrom|\bbetween|\bentre|^|\s|\()\s*$/.test(before);
        if (opener || /^\s*[-–—/]\s*$/.test(between)) {
          d.role = 'start';
          next.role = 'end';
          i += 1;
        }
      }
    }
  }
  return found;
}

/** The start and end of a text's calendar: earliest start-or-point, latest end-or-point. */
export function dateSpan(mentions: readonly DateMention[]): { start?: DateMention; end?: DateMention } {
  let start: DateMention | undefined;
  let end: DateMention | undefined;
  for (const d of mentions) {
    if (d.role !== 'end' && (!start || d.from < start.from)) start = d;
    if (d.role !== 'start' && (!end || d.until > end.until)) end = d;
  }
  return { start, end };
}

// The words around a date in a date slot (« D'ici le printemps 2022 », "By end of March 2023", « Achèvement d'ici mars
// 2025 »), folded: what a slot may hold besides its dates.
const SLOT_WORDS =
  /\b(?:d'ici|d’ici|au plus tard|jusqu'(?:a|en|au)|avant|a partir|fin|debut|mi|achevement|acheve|echeance|le|la|l|les|de|du|des|en|au|aux|et|ou|by|end|beginning|start|mid|of|the|in|on|and|or|before|until|completion|completed|due|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december|printemps|ete|automne|hiver|spring|summer|fall|autumn|winter)\b/g;

/**
 * The due date written in a milestone's date slot: a line « livrable – date – responsable » (the template's and
 * Canada's layout, dashes between spaces) is due on the date of its slot, whatever year its deliverable's words hold
 * (« … d'ici 2023 par rapport au niveau de référence de 2021 … – mars 2023 – EC » is due March 2023); so is a line
 * that ends on a date alone in parentheses (« … de 2020-2021 et des années à venir. (Février 2020) »). Undefined when
 * no such part is a date alone.
 */
export function slotDue(
  text: string,
  folded = foldSameLength(text),
  c: DateConventions = NONE,
): DateMention | undefined {
  const re = /\s+[–—]\s+/g;
  let m: RegExpExecArray | null;
  const cuts: Array<[number, number]> = [];
  while ((m = re.exec(text))) cuts.push([m.index, m.index + m[0].length]);
  const slots = cuts.map(([, from], k): [number, number] => [from, k + 1 < cuts.length ? cuts[k + 1][0] : text.length]);
  // Canada's 2018 indicators end on their deadline in parentheses: « … (Février 2020) ».
  const last = /\(([^()]{2,60})\)[\s.;]*$/.exec(text);
  if (last) slots.push([last.index + 1, last.index + 1 + last[1].length]);
  for (const [from, to] of slots) {
    const slot = text.slice(from, to);
    const slotFolded = folded.slice(from, to);
    if (slot.length > 60) continue;
    const ds = parseFoldedDates(slot, slotFolded, c);
    if (ds.length === 0) continue;
    // A date alone: once its dates and the words around dates are taken out, a status in brackets at most is left.
    let rest = slotFolded;
    for (const d of ds) rest = rest.slice(0, d.start) + ' '.repeat(d.end - d.start) + rest.slice(d.end);
    rest = rest.replace(/[[(][^\])]*[\])]/g, ' ').replace(SLOT_WORDS, ' ');
    if (/\p{L}{2}/u.test(rest)) continue;
    const ends = ds.filter((d) => d.role !== 'start');
    const due = dateSpan(ends).end ?? ds[ds.length - 1];
    return { ...due, start: due.start + from, end: due.end + from };
  }
  return undefined;
}

/**
 * The date a milestone is due: its date slot's (slotDue), else its last end-or-point mention (a start alone does not
 * make a due date).
 */
export function dueDate(text: string, c: DateConventions = NONE): DateMention | undefined {
  const ds = parseDates(text, c);
  return (ds.length > 0 ? slotDue(text, undefined, c) : undefined) ?? dateSpan(ds).end;
}

/** A date the author should write again: read two ways ("12/01/2023") or a day its month does not have. */
export interface DateDoubt {
  kind: 'order' | 'day';
  start: number;
  end: number;
  text: string;
  year: number;
  /** 'order': the day/month and the month/day readings (ISO days). */
  readings?: [string, string];
  /** 'day': the month (1-12) the day is written in, and the days that month has. */
  month?: number;
  days?: number;
}

const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(${MONTH_RE})\\.?,?\\s+${YEAR}\\b`, 'g');
const MONTH_DAY = new RegExp(`\\b(${MONTH_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, 'g');
// A day number a month may lack (29 to 31) next to a month's name: the cheap test before the two patterns above.
const LATE_DAY = /\b(?:29|3[01])(?!\d)/;

/**
 * The dates of `text` that its author should write again: a numeric date both of whose readings are dates when the
 * plan shows no order (`c.order`), and a day its month does not have ("31 June 2024", « 30 février 2023 »,
 * "31/06/2024"), which the reader takes as its month.
 */
export function dateDoubts(text: string, c: DateConventions, folded = foldSameLength(text)): DateDoubt[] {
  const out: DateDoubt[] = [];
  const add = (m: RegExpExecArray, y: number, more: Pick<DateDoubt, 'kind' | 'readings' | 'month'>) => {
    const end = m.index + m[0].length;
    const days = more.month ? lastDay(y, more.month) : undefined;
    out.push({ ...more, start: m.index, end, text: text.slice(m.index, end), year: y, days });
  };
  if (folded.includes('/')) {
    const re = new RegExp(NUMERIC_DATE.source, 'g');
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      const a = +m[1];
      const b = +m[2];
      const y = +m[3];
      const order = numericOrder(a, b, y, c);
      if (order === 'either') add(m, y, { kind: 'order', readings: [day(y, b, a)!.iso, day(y, a, b)!.iso] });
      else if (order === 'none') {
        const month = impossibleMonth(a, b);
        if (month) add(m, y, { kind: 'day', month });
      }
    }
  }
  if (LATE_DAY.test(folded) && MONTH_WORD.test(folded)) {
    for (const [re, d, mo] of [
      [DAY_MONTH, 1, 2],
      [MONTH_DAY, 2, 1],
    ] as const) {
      re.lastIndex = 0;
      for (let m = re.exec(folded); m; m = re.exec(folded)) {
        const n = +m[d];
        if (n >= 1 && n <= 31 && day(+m[3], MONTHS[m[mo]], n) === null)
          add(m, +m[3], { kind: 'day', month: MONTHS[m[mo]] });
      }
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

// A document named by its year: "the Office of Management and Budget's 2021 report to Congress", "the 2021 annual
// report", « le rapport 2021 », « le bilan annuel de 2022 ». The year says which document, not when anything is due.
const DOCUMENT_AFTER =
  /^\s*\[?\s*(?:(?:annual|progress|final|interim|mid-term|midterm|statistical)\s+)?(?:reports?|review|surveys?|study|census|audit|assessment|evaluation|edition|yearbook)\b/;
const DOCUMENT_BEFORE =
  /(?:\b(?:rapport|bilan|enquete|etude|recensement|audit|evaluation|edition|barometre|revue)(?:\s+(?:annuel(?:le)?|d'activite|de performance|final(?:e)?|d'etape))?\s+(?:de\s+|du\s+)?|\b(?:report|census|survey)\s+)$/;

/** Is mention `d` of `text` a year that names a document (a report, a survey) rather than a date? */
export function namesDocument(text: string, d: DateMention, folded = foldSameLength(text)): boolean {
  if (d.iso.length !== 4 || d.text.length !== 4) return false;
  return (
    DOCUMENT_AFTER.test(folded.slice(d.end, d.end + 40)) ||
    DOCUMENT_BEFORE.test(folded.slice(Math.max(0, d.start - 40), d.start))
  );
}
