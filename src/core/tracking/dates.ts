// The sheet's dates: a reporting period (YYYY-MM), a day (YYYY-MM-DD), and a milestone's due date as the
// drafting check reads it ("2018-03-31", "2018-03", "2018-Q3", "2019-H2", "2019"), due at the end of that span.

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isPeriod(s: string): boolean {
  return PERIOD.test(s);
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A real calendar day written YYYY-MM-DD (2024-02-30 is not one). */
export function isDay(s: string): boolean {
  const m = DAY.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo);
}

/** What is wrong with a text that is not a day, as a problem of the publish messages: its key and values. */
export interface DateMistake {
  code: string;
  vars: Record<string, string | number>;
}

/**
 * Why `s` is not a day: written otherwise than YYYY-MM-DD (`badDay`), or so written but not in the calendar, a
 * month past 12 (`noSuchMonth`) or a day past the month's last (`noSuchDay`, with the month's days): « 2025-02-30 »
 * is written as asked, and the user is told what is wrong with it rather than the form again. Undefined for a day.
 */
export function dayMistake(s: string): DateMistake | undefined {
  const m = DAY.exec(s);
  if (!m) return { code: 'badDay', vars: { value: s } };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12) return { code: 'noSuchMonth', vars: { value: s } };
  const days = daysIn(y, mo);
  return d >= 1 && d <= days ? undefined : { code: 'noSuchDay', vars: { value: s, days } };
}

/** Why `s` is not a period: written otherwise than YYYY-MM (`badPeriod`), or a month past 12 (`noSuchPeriod`). */
export function periodMistake(s: string): DateMistake | undefined {
  if (isPeriod(s)) return undefined;
  return { code: /^\d{4}-\d{2}$/.test(s) ? 'noSuchPeriod' : 'badPeriod', vars: { value: s } };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The last day of the span a due date names, YYYY-MM-DD; undefined when it is not one of the forms above. */
export function dueDay(date: string): string | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m) return isDay(date) ? date : undefined;
  m = /^(\d{4})-(\d{2})$/.exec(date);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    return mo >= 1 && mo <= 12 ? `${m[1]}-${m[2]}-${pad(daysIn(y, mo))}` : undefined;
  }
  m = /^(\d{4})-Q([1-4])$/.exec(date);
  if (m) {
    const mo = Number(m[2]) * 3;
    return `${m[1]}-${pad(mo)}-${pad(daysIn(Number(m[1]), mo))}`;
  }
  m = /^(\d{4})-H([12])$/.exec(date);
  if (m) return m[2] === '1' ? `${m[1]}-06-30` : `${m[1]}-12-31`;
  m = /^(\d{4})$/.exec(date);
  if (m) return `${m[1]}-12-31`;
  return undefined;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The period a day falls in. */
export function periodOf(day: string): string {
  return day.slice(0, 7);
}

// Months as a spreadsheet in French or English writes them (« juin 2026 », « juin-26 », "Jun 2026"), folded.
const MONTHS: Record<string, number> = {};
[
  ['janvier', 'janv', 'jan', 'january'],
  ['fevrier', 'fevr', 'fev', 'feb', 'february'],
  ['mars', 'mar', 'march'],
  ['avril', 'avr', 'apr', 'april'],
  ['mai', 'may'],
  ['juin', 'jun', 'june'],
  ['juillet', 'juil', 'jul', 'july'],
  ['aout', 'aug', 'august'],
  ['septembre', 'sept', 'sep', 'september'],
  ['octobre', 'oct', 'october'],
  ['novembre', 'nov', 'november'],
  ['decembre', 'dec', 'december'],
].forEach((names, k) => names.forEach((n) => (MONTHS[n] = k + 1)));

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/**
 * A period as people and spreadsheets write it: YYYY-MM, MM/YYYY, « juin 2026 », "June 2026", « juin-26 » (Excel in
 * French saves 2026-06 so), a quarter (« Q4 2023 », « T2 2019 », "2023-Q4": its last month, as quarterly reports
 * are filed), or a day (01/06/2026, as Excel rewrites a month): its month. A day is read by the sheet's language:
 * day first in French; in English, the reading that falls on a month's first day (Excel's month: US Excel saves
 * December 2023 as 12/1/2023), and `ambiguous` when both or neither do and the months differ (« 5/6/2024 »).
 * Undefined otherwise.
 */
export function readPeriod(s: string, lang: 'fr' | 'en' = 'fr'): string | { ambiguous: [string, string] } | undefined {
  if (isPeriod(s)) return s;
  const f = fold(s);
  let m = /^(\d{1,2})[/.-](\d{4})$/.exec(f);
  if (m) return monthOf(Number(m[2]), Number(m[1]));
  m = /^(?:q|t|trimestre|quarter)\s*([1-4])[\s/-]*(\d{4})$/.exec(f) ?? /^(\d{4})[\s/-]*(?:q|t)([1-4])$/.exec(f);
  if (m) {
    const [q, y] = m[1].length === 4 ? [m[2], m[1]] : [m[1], m[2]];
    return monthOf(Number(y), Number(q) * 3);
  }
  m = /^([a-z]+)\.?[\s-]*(\d{4}|\d{2})$/.exec(f);
  if (m && MONTHS[m[1]]) return monthOf(m[2].length === 2 ? 2000 + Number(m[2]) : Number(m[2]), MONTHS[m[1]]);
  const day = readDay(s, lang);
  if (day && 'day' in day) return day.day.slice(0, 7);
  if (day && 'ambiguous' in day) {
    const [dayFirst, monthFirst] = day.ambiguous;
    const firsts = day.ambiguous.filter((d) => isDay(d) && d.endsWith('-01'));
    if (firsts.length === 1) return firsts[0].slice(0, 7);
    if (dayFirst.slice(0, 7) === monthFirst.slice(0, 7)) return dayFirst.slice(0, 7);
    return { ambiguous: [dayFirst.slice(0, 7), monthFirst.slice(0, 7)] };
  }
  return undefined;
}

function monthOf(year: number, month: number): string | undefined {
  return month >= 1 && month <= 12 ? `${year}-${pad(month)}` : undefined;
}

/**
 * A day as people and spreadsheets write it: YYYY-MM-DD, else DD/MM/YYYY (Excel in French rewrites 2026-12-20 as
 * 20/12/2026; also with dots or dashes). In an English sheet, MM/DD/YYYY too where one of the two numbers cannot be
 * a month; both readings when either could be (`ambiguous`). Undefined when it is not written as a day at all.
 */
export function readDay(
  s: string,
  lang: 'fr' | 'en',
): { day: string } | { ambiguous: [string, string] } | { written: string } | undefined {
  if (DAY.test(s)) return isDay(s) ? { day: s } : { written: s };
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s.trim());
  if (!m) return undefined;
  const [a, b, y] = [Number(m[1]), Number(m[2]), m[3]];
  const iso = (month: number, d: number) => `${y}-${pad(month)}-${pad(d)}`;
  const dayFirst = iso(b, a);
  const monthFirst = iso(a, b);
  const read = (iso: string) => (isDay(iso) ? { day: iso } : { written: iso });
  if (lang === 'fr' || a > 12 || a === b) return read(dayFirst);
  if (b > 12) return read(monthFirst);
  return { ambiguous: [dayFirst, monthFirst] };
}

/** A sheet's day cell read (`readDay`) as a day, else what is wrong with it (the value as written in its message). */
export function sheetDay(s: string, lang: 'fr' | 'en'): { day: string } | { mistake: DateMistake } {
  const read = readDay(s, lang);
  if (read && 'day' in read) return { day: read.day };
  if (read && 'ambiguous' in read)
    return {
      mistake: { code: 'ambiguousDay', vars: { value: s, first: read.ambiguous[0], second: read.ambiguous[1] } },
    };
  const m = dayMistake(read && 'written' in read ? read.written : s)!;
  return { mistake: { code: m.code, vars: { ...m.vars, value: s } } };
}
