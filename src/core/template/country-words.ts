// The examples Jalon proposes for a missing field are written after real commitments, most of them Canadian, in
// British spelling. In a US plan they proposed « Public Services and Procurement » or « Privy Council Office » as the
// lead, « ministries » and « organisations » (issue 13, audit 14 finding 17). A plan's country (countries.ts,
// `planCountry`) now gives the examples its own words: for the US, the kind of agency that would lead such a
// commitment, "agencies" and "departments" rather than ministries, US spelling. The model commitment stays named in
// the example's label (« modelled on Canada 2018-2020… »): only the proposal to paste is adapted.
import type { CountryCode } from '../countries';
import type { Lang } from '../types';

/**
 * The leads of the English example bank (checks/missing-field/advice/en.ts), by their body (before the comma), as a
 * US plan would name them: the agency that leads such work in the federal government. A lead not listed names no
 * other country's body (checked by test/unit/template/country-words.test.ts).
 */
const US_LEADS: Readonly<Record<string, string>> = {
  'Public Services and Procurement': 'General Services Administration, procurement data lead',
  'Ministry of Industry': 'Department of the Treasury, Financial Crimes Enforcement Network',
  'Ministry of energy and mines': 'Department of the Interior, Office of Natural Resources Revenue',
  'Department of Finance': 'Office of Management and Budget, budget review division',
  'Treasury Board Secretariat': 'Department of Justice, Office of Information Policy',
  'Government secretariat': 'Department of Justice, Office of Information Policy',
  'National archives': 'National Archives and Records Administration, records management office',
  'Privy Council Office': 'Office of Management and Budget, Office of Information and Regulatory Affairs',
  'Department of Justice': 'Department of Justice, Bureau of Justice Statistics',
  'Standards in Public Office Commission': 'Office of Government Ethics, lobbying disclosure lead',
  'Department of Health':
    'Department of Health and Human Services, Substance Abuse and Mental Health Services Administration',
  'Environment and Climate Change department':
    'National Oceanic and Atmospheric Administration, climate services office',
  'Office of the Clerk of Parliament':
    'Office of the Clerk of the House of Representatives, information and communication office',
  'Ministry of Local Government': 'White House Office of Intergovernmental Affairs, local government team',
  'Department for Women and Gender Equality': 'White House Gender Policy Council, research and data team',
  'Department of Canadian Heritage': 'Cybersecurity and Infrastructure Security Agency, mis- and disinformation team',
  'Office of the Chief Science Advisor': 'Office of Science and Technology Policy, open science lead',
  'Public service transformation office': 'Office of Management and Budget, customer experience team',
  'Interministerial delegation for human rights': 'Department of State, Bureau of Democracy, Human Rights, and Labor',
  'Ministry in charge of civil society': 'AmeriCorps, volunteering unit',
  'Civil service directorate': 'Office of Personnel Management, recruitment and hiring office',
};

/** Other countries' words for government bodies, as a US plan says them (in the examples' milestones and texts). */
const US_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\btreasury board\b/gi, 'Office of Management and Budget'],
  [/\bcivil service directorate\b/gi, 'Office of Personnel Management'],
  [/\bPrime Minister’s office\b/g, 'Executive Office of the President'],
  [/\bnational secretariat of the initiative\b/g, 'Office of Natural Resources Revenue'],
  [/\bthe secretariat(’s)?\b/g, 'the program office$1'],
  [/\bgovernment secretariat\b/g, 'Office of Information Policy'],
  [/\bchief science advisor\b/g, 'Office of Science and Technology Policy'],
  [/\bDecree\b/g, 'Executive order'],
  [/\bmembers of parliament\b/g, 'members of Congress'],
  [/\breport to parliament\b/g, 'report to Congress'],
  [/\b([Ii]nter)ministerial\b/g, '$1agency'],
  [/\bministries’ secretaries-general\b/g, 'agencies’ chief operating officers'],
  [/\bMinistry of\b/g, 'Department of'],
  [/\bministry of\b/g, 'department of'],
  [/\bministry in charge of\b/g, 'agency in charge of'],
  // « economy ministry », « justice ministry »: the department.
  [
    /\b(economy|justice|finance|environment|health|education|energy|public administration|local government) ministry\b/g,
    '$1 department',
  ],
  [/\bministries\b/g, 'agencies'],
  [/\bMinistries\b/g, 'Agencies'],
  [/\bministry\b/g, 'agency'],
  [/\bMinistry\b/g, 'Agency'],
];

/** British spellings of the examples, as US English writes them. */
const US_SPELLING: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b([Oo]rgani|[Mm]oderni|[Rr]ecogni|[Pp]riori|[Ss]tandardi|[Dd]igiti)s(e|ed|es|ing|ations?)\b/g, '$1z$2'],
  [/\b([Pp]rogra)mme(s?)\b/g, '$1m$2'],
  [/\b([Cc]atalog)ue(s?)\b/g, '$1$2'],
  [/\b([Cc]ent)re(s?)\b/g, '$1er$2'],
  [/\b([Ll]icen)ce(s?)\b/g, '$1se$2'],
  [/\b([Bb]ehavi|[Ff]avo|[Ll]abo)ur(s?)\b/g, '$1or$2'],
];

/**
 * An example (or a line of examples) in the words of the plan's `country`: for a US plan in English, its lead named
 * as a US agency would be, government bodies as the US names them, US spelling. Other countries and French keep the
 * example as written.
 */
export function inCountryWords(example: string, lang: Lang, country?: CountryCode): string {
  if (country !== 'us' || lang !== 'en') return example;
  // A lead is « Body, its unit. »: the body names the lead's US counterpart, which says its unit too.
  let out = example.replace(/^([^,\n]+),[^\n]*?(\.?)$/, (whole, body: string, stop: string) =>
    US_LEADS[body] ? `${US_LEADS[body]}${stop}` : whole,
  );
  for (const [re, to] of US_WORDS) out = out.replace(re, to);
  for (const [re, to] of US_SPELLING) out = out.replace(re, to);
  return out;
}
