// How a plan writes its dates, read from the plan itself: the order of its numeric dates (« 31/03/2024 » or
// "3/31/2024"), its country's hemisphere (a season's quarter) and its country's financial year ("FY2023"). Each is
// left unknown where the plan does not show it: the date reader then reads less (a year, or nothing), never a guess.
// The country is the plan's one reading of it (countries.ts), whose table says each country's conventions.
import { planCountry, type CountryCode } from '../countries';
import { detectLanguage } from '../text/language';

export type { CountryCode } from '../countries';

export interface DateConventions {
  /** Numeric dates: day first ("31/03/2024") or month first ("3/31/2024"); undefined when the plan does not show. */
  order?: 'dm' | 'md';
  /** The plan's country lies south of the equator: its spring is September to November. */
  south?: boolean;
  /** The month its country's financial year starts (the US federal year: 10; the UK's: 4); undefined: unknown. */
  fiscalStart?: number;
  /** The plan's country, where its title (or, for want of one there, its opening) names one only. */
  country?: CountryCode;
}

// A numeric date standing alone: not a piece of a web address or a path ("documents/2022/08/24/2022-18219").
export const NUMERIC_DATE = /(?<![\w/.-])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\w/]|\.\d)/g;

/**
 * The order the plan's own numeric dates show: a date whose first number is over 12 can only be day/month, one whose
 * second is, only month/day. Those are the plan's convention (an author writes all dates one way), so they settle the
 * dates that could be read either way. Undefined when it shows neither, or both.
 */
function shownOrder(text: string): 'dm' | 'md' | undefined {
  if (!text.includes('/')) return undefined;
  let dm = false;
  let md = false;
  NUMERIC_DATE.lastIndex = 0;
  for (let m = NUMERIC_DATE.exec(text); m; m = NUMERIC_DATE.exec(text)) {
    const a = +m[1];
    const b = +m[2];
    if (a > 12 && b >= 1 && b <= 12) dm = true;
    else if (b > 12 && a >= 1 && a <= 12) md = true;
  }
  return dm === md ? undefined : dm ? 'dm' : 'md';
}

function read(text: string): DateConventions {
  const country = planCountry(text);
  // A French text writes day first, always; otherwise the plan's own unambiguous dates, else its country's habit.
  const order = detectLanguage(text) === 'fr' ? 'dm' : (shownOrder(text) ?? country?.order);
  return { order, south: country?.south, fiscalStart: country?.fiscalStart, country: country?.code };
}

// Read once per text (a plan's commitments each ask): kept with the text it was read from.
const known = new WeakMap<object, { text: string; conventions: DateConventions }>();

/** The date conventions of a whole plan (`source.text`). */
export function planDates(source: { text: string }): DateConventions {
  const seen = known.get(source);
  if (seen && seen.text === source.text) return seen.conventions;
  const conventions = read(source.text);
  known.set(source, { text: source.text, conventions });
  return conventions;
}
