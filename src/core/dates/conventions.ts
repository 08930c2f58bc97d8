// How a plan writes its dates, read from the plan itself: the order of its numeric dates (« 31/03/2024 » or
// "3/31/2024"), its country's hemisphere (a season's quarter) and its country's financial year ("FY2023"). Each is
// left unknown where the plan does not show it: the date reader then reads less (a year, or nothing), never a guess.
// The country read here is the plan's one country reading: the advice names its parliament from it too.
import { detectLanguage } from '../text/language';

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

/** The countries the reading knows (ISO 3166 codes, lower case). */
export type CountryCode = 'us' | 'gb' | 'ca' | 'fr' | 'ie' | 'au' | 'nz' | 'za';

interface Country {
  /** None for a group of countries read alike. */
  code?: CountryCode;
  name: RegExp;
  order?: 'dm' | 'md';
  south?: boolean;
  fiscalStart?: number;
}

// Countries a French or English plan may come from, by the names their plans call them. Financial years: the US
// federal government's starts on 1 October; the UK's, Canada's, New Zealand's... see each line. A country whose
// numeric dates are written both ways (Canada) gives no order. Southern hemisphere: the list is short on purpose;
// a country not in it is read as northern, as before.
const COUNTRIES: readonly Country[] = [
  { code: 'us', name: /\b(?:United States|U\.S\.|USA|États-Unis|Etats-Unis)(?!\w)/, order: 'md', fiscalStart: 10 },
  {
    code: 'gb',
    name: /\b(?:United Kingdom|UK|Royaume-Uni|Scotland|Écosse|Ecosse|Wales|England)\b/,
    order: 'dm',
    fiscalStart: 4,
  },
  { code: 'ca', name: /\b(?:Canada)\b/, fiscalStart: 4 },
  // France's financial year (« l'exercice ») is the calendar year (LOLF, art. 1).
  { code: 'fr', name: /\b(?:France)\b/, order: 'dm', fiscalStart: 1 },
  { code: 'ie', name: /\b(?:Ireland|Irlande)\b/, order: 'dm', fiscalStart: 1 },
  { code: 'au', name: /\b(?:Australia|Australie)\b/, order: 'dm', south: true, fiscalStart: 7 },
  {
    code: 'nz',
    name: /\b(?:New Zealand|Nouvelle-Zélande|Nouvelle-Zelande)\b/,
    order: 'dm',
    south: true,
    fiscalStart: 7,
  },
  { code: 'za', name: /\b(?:South Africa|Afrique du Sud)\b/, order: 'dm', south: true, fiscalStart: 4 },
  {
    name: /\b(?:Argentin[ae]|Chile|Chili|Uruguay|Paraguay|Brazil|Brésil|Bresil|Madagascar|Namibi[ae]|Botswana|Lesotho|Eswatini|Mozambique|Zambi[ae]|Zimbabwe|Malawi)\b/,
    order: 'dm',
    south: true,
  },
];

// The opening read for a country when the title names none: a plan's introduction names its own country first.
const OPENING = 3000;

/**
 * The country the plan's title names (one of its first two lines with letters, a comment such as « <!-- Source… -->»
 * left aside); when the title names none, the one its opening (its first 3,000 characters) names. None when either
 * names two (« the United States and Canada »): no guess.
 */
function titleCountry(text: string): Country | undefined {
  const lines: string[] = [];
  for (const line of text.split('\n', 40)) {
    if (/\p{L}/u.test(line) && !/^\s*<!--.*-->\s*$/.test(line)) lines.push(line);
    if (lines.length === 2) break;
  }
  const named = COUNTRIES.filter((c) => lines.some((l) => c.name.test(l)));
  if (named.length > 0) return named.length === 1 ? named[0] : undefined;
  const opening = text.slice(0, OPENING).replace(/<!--[\s\S]*?-->/g, ' ');
  const inOpening = COUNTRIES.filter((c) => c.name.test(opening));
  return inOpening.length === 1 ? inOpening[0] : undefined;
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
  const country = titleCountry(text);
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
