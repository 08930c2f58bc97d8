// The earlier plans' names as a report says them, in its language: the shipped corpus labels each plan as its
// source does, in English (« Canada 2018-2020 (4th NAP) (FR) », "Kyrgyz Republic 2018-2020"), and keeps that label as
// its key (findings' data and fingerprints). An organisation's own corpus is named as it labels its plans.
import type { Lang } from '../../types';
import type { EarlierRef } from './corpus';

/** The shipped corpus's plans not labelled "<country> <years>" by their source. */
const PLANS: Record<string, Record<Lang, string>> = {
  'Canada 2018-2020 (4th NAP)': { fr: 'Canada 2018-2020 (4e plan)', en: 'Canada 2018-2020 (4th plan)' },
  // The French text of the same plan (its own entry in the corpus, so that a French draft is compared with it).
  'Canada 2018-2020 (4th NAP) (FR)': { fr: 'Canada 2018-2020 (4e plan)', en: 'Canada 2018-2020 (4th plan)' },
  'Canada 2022-2024 (5th NAP)': { fr: 'Canada 2022-2024 (5e plan)', en: 'Canada 2022-2024 (5th plan)' },
  'Fifth U.S. Open Government National Action Plan (2022-2024)': {
    fr: 'États-Unis 2022-2024 (5e plan)',
    en: 'United States 2022-2024 (5th plan)',
  },
};

/** The countries and places of the shipped corpus, as the IRM names them in English, in each language. */
const COUNTRIES: Record<Lang, Record<string, string>> = {
  en: {},
  fr: {
    Albania: 'Albanie',
    Argentina: 'Argentine',
    Armenia: 'Arménie',
    Australia: 'Australie',
    Brazil: 'Brésil',
    'Buenos Aires, Argentina': 'Buenos Aires (Argentine)',
    Bulgaria: 'Bulgarie',
    'Cabo Verde': 'Cap-Vert',
    Canada: 'Canada',
    Chile: 'Chili',
    Colombia: 'Colombie',
    'Costa Rica': 'Costa Rica',
    "Cote d'Ivoire": 'Côte d’Ivoire',
    Croatia: 'Croatie',
    'Czech Republic': 'République tchèque',
    Denmark: 'Danemark',
    'Dominican Republic': 'République dominicaine',
    Ecuador: 'Équateur',
    Estonia: 'Estonie',
    Finland: 'Finlande',
    France: 'France',
    Georgia: 'Géorgie',
    Germany: 'Allemagne',
    Ghana: 'Ghana',
    Greece: 'Grèce',
    Guatemala: 'Guatemala',
    Honduras: 'Honduras',
    Indonesia: 'Indonésie',
    Ireland: 'Irlande',
    Israel: 'Israël',
    Italy: 'Italie',
    'Jalisco, Mexico': 'Jalisco (Mexique)',
    Jordan: 'Jordanie',
    'Kaduna State, Nigeria': 'État de Kaduna (Nigeria)',
    Kenya: 'Kenya',
    Kosovo: 'Kosovo',
    'Kyrgyz Republic': 'Kirghizistan',
    Latvia: 'Lettonie',
    Liberia: 'Liberia',
    Lithuania: 'Lituanie',
    'Madrid, Spain': 'Madrid (Espagne)',
    Malawi: 'Malawi',
    Moldova: 'Moldavie',
    Mongolia: 'Mongolie',
    Montenegro: 'Monténégro',
    Morocco: 'Maroc',
    Netherlands: 'Pays-Bas',
    'New Zealand': 'Nouvelle-Zélande',
    Nigeria: 'Nigeria',
    'North Macedonia': 'Macédoine du Nord',
    Norway: 'Norvège',
    Panama: 'Panama',
    'Papua New Guinea': 'Papouasie-Nouvelle-Guinée',
    Paraguay: 'Paraguay',
    Peru: 'Pérou',
    Philippines: 'Philippines',
    Portugal: 'Portugal',
    'Republic of Korea': 'République de Corée',
    Romania: 'Roumanie',
    'Scotland, United Kingdom': 'Écosse (Royaume-Uni)',
    Senegal: 'Sénégal',
    Serbia: 'Serbie',
    'Sierra Leone': 'Sierra Leone',
    'Slovak Republic': 'Slovaquie',
    'South Cotabato, Philippines': 'Cotabato du Sud (Philippines)',
    Spain: 'Espagne',
    'Sri Lanka': 'Sri Lanka',
    Sweden: 'Suède',
    'Tbilisi, Georgia': 'Tbilissi (Géorgie)',
    Tunisia: 'Tunisie',
    Ukraine: 'Ukraine',
    'United Kingdom': 'Royaume-Uni',
    'United States': 'États-Unis',
    Uruguay: 'Uruguay',
  },
};

/**
 * An earlier plan's name in the report's language: « Canada 2018-2020 (4e plan) », « Kirghizistan 2018-2020 »; a
 * plan the tables do not know (an organisation's own corpus) keeps its label.
 */
export function earlierPlanName(ref: Pick<EarlierRef, 'country' | 'plan'>, lang: Lang): string {
  if (Object.hasOwn(PLANS, ref.plan)) return PLANS[ref.plan][lang];
  const country = Object.hasOwn(COUNTRIES[lang], ref.country) ? COUNTRIES[lang][ref.country] : undefined;
  return country !== undefined && ref.plan.startsWith(`${ref.country} `)
    ? country + ref.plan.slice(ref.country.length)
    : ref.plan;
}

/** Whether the tables name this plan in every language (the shipped corpus's plans all are). */
export function namesPlan(ref: Pick<EarlierRef, 'country' | 'plan'>): boolean {
  return (
    Object.hasOwn(PLANS, ref.plan) ||
    (ref.plan.startsWith(`${ref.country} `) &&
      Object.values(COUNTRIES).every((c) => c === COUNTRIES.en || Object.hasOwn(c, ref.country)))
  );
}
