// The countries a French or English plan may come from, and the one reading of a plan's country: its currency (the
// cost question asks for an amount in it), how it writes its dates (dates/conventions.ts) and the legislature its
// accountability field names (by `code`: `legislatures` in messages/fields.ts) all come from this table. No import:
// the pane's first script holds it (template/currency.ts), and the date reader must stay out of that script.
import type { Currency } from './template/currency';

/** The countries whose plans Jalon writes to by name (ISO 3166 codes, lower case). */
export type CountryCode = 'us' | 'gb' | 'ca' | 'fr' | 'ie' | 'au' | 'nz' | 'za' | 'ma';

export interface Country {
  /** None for a group of countries read alike. */
  code?: CountryCode;
  /** The names their plans call them, in English and French (alternatives of a regular expression). */
  names: string;
  currency?: Currency;
  /** Numeric dates: day first ("31/03/2024") or month first ("3/31/2024"); none where the country writes both. */
  order?: 'dm' | 'md';
  /** South of the equator: spring is September to November. */
  south?: boolean;
  /** The month its government's financial year starts (the US federal year: 10; the UK's: 4). */
  fiscalStart?: number;
}

// Financial years: the US federal government's starts on 1 October; France's (« l'exercice ») is the calendar year
// (LOLF, art. 1). A country whose numeric dates are written both ways (Canada) gives no order. Southern hemisphere:
// the list is short on purpose; a country not in it is read as northern.
export const COUNTRIES: readonly Country[] = [
  {
    code: 'us',
    names: 'United States|U\\.S\\.|USA|États-Unis|Etats-Unis',
    currency: 'dollar',
    order: 'md',
    fiscalStart: 10,
  },
  {
    code: 'gb',
    names: 'United Kingdom|UK|Royaume-Uni|Scotland|Écosse|Ecosse|Wales|England',
    currency: 'pound',
    order: 'dm',
    fiscalStart: 4,
  },
  { code: 'ca', names: 'Canada', currency: 'dollar', fiscalStart: 4 },
  { code: 'fr', names: 'France', currency: 'euro', order: 'dm', fiscalStart: 1 },
  { code: 'ie', names: 'Ireland|Irlande', currency: 'euro', order: 'dm', fiscalStart: 1 },
  { code: 'au', names: 'Australia|Australie', currency: 'dollar', order: 'dm', south: true, fiscalStart: 7 },
  {
    code: 'nz',
    names: 'New Zealand|Nouvelle-Zélande|Nouvelle-Zelande',
    currency: 'dollar',
    order: 'dm',
    south: true,
    fiscalStart: 7,
  },
  { code: 'za', names: 'South Africa|Afrique du Sud', order: 'dm', south: true, fiscalStart: 4 },
  { code: 'ma', names: 'Maroc|Morocco', currency: 'dirham' },
  { names: 'Belgique|Belgium|Luxembourg|Finlande|Finland|Grèce|Greece', currency: 'euro' },
  {
    names:
      "Sénégal|Senegal|Côte d[’']Ivoire|Burkina Faso|Bénin|Benin|Niger|Togo|Mali|Cameroun|Cameroon|Gabon|Tchad|Chad",
    currency: 'cfaFranc',
  },
  {
    names:
      'Argentin[ae]|Chile|Chili|Uruguay|Paraguay|Brazil|Brésil|Bresil|Madagascar|Namibi[ae]|Botswana|Lesotho|Eswatini|Mozambique|Zambi[ae]|Zimbabwe|Malawi',
    order: 'dm',
    south: true,
  },
];

// A name stands between characters that are not letters nor digits (`\b` would miss « les États-Unis »: É is no
// word character to it); "U.S." ends with its own full stop.
const NAMED = COUNTRIES.map((c) => new RegExp(`(?<![\\p{L}\\p{N}_])(?:${c.names})(?![\\p{L}\\p{N}_])`, 'u'));

// The opening read for a country when the title names none: a plan's introduction names its own country first.
const OPENING = 3000;

/**
 * The plan's country: the one its title names (one of its first two lines with letters, a comment such as
 * « <!-- Source… --> » left aside); when the title names none, the one its opening (its first 3,000 characters)
 * names. None when either names two (« the United States and Canada »): no guess.
 */
export function planCountry(text: string): Country | undefined {
  const lines: string[] = [];
  for (const line of text.split('\n', 40)) {
    if (/\p{L}/u.test(line) && !/^\s*<!--.*-->\s*$/.test(line)) lines.push(line);
    if (lines.length === 2) break;
  }
  const title = lines.join('\n');
  const named = COUNTRIES.filter((_, i) => NAMED[i].test(title));
  if (named.length > 0) return named.length === 1 ? named[0] : undefined;
  const opening = text.slice(0, OPENING).replace(/<!--[\s\S]*?-->/g, ' ');
  const inOpening = COUNTRIES.filter((_, i) => NAMED[i].test(opening));
  return inOpening.length === 1 ? inOpening[0] : undefined;
}
