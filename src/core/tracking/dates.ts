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
