// The standard commitment template, as data. It maps the current OGP template (2020-2022: problem, solution,
// results, milestones) to French and adds what the 2017 workshop asked for and OGP leaves optional: indicator,
// baseline, target, cost, lead, accountability, audience (ogp-reference.md §1.5, our proposal, not an OGP text).
// Each field is a content control tagged `jalon:<id>` so reading it back is exact.
import type { CountryCode } from '../countries';
import { fields } from '../messages/fields';
import { fill } from '../messages/translate';
import type { FieldName, Lang } from '../types';
import { inCountryWords } from './country-words';
import { inCurrency, type Currency } from './currency';
import { datedFor, type PlanPeriod } from './period';

export type TemplateFieldId = FieldName | 'title' | 'problem' | 'contribution';

export interface Bilingual {
  fr: string;
  en: string;
}

export interface TemplateField {
  id: TemplateFieldId;
  /** The engagement field it fills, when it is one Jalon reads and scores. */
  field?: FieldName;
  label: Bilingual;
  /** The question asked when the field is missing: the author answers it. */
  question: Bilingual;
  help: Bilingual;
  example: Bilingual;
  /** The measurable core the workshop asked for: missing it is a warning, not a suggestion. */
  core: boolean;
  /** Several lines expected (milestones: one per line). */
  multiline?: boolean;
}

// Which fields the template has, in order; their words (label, question, help, example) are in the message
// catalogue (src/core/messages/fields.ts).
const SPECS: ReadonlyArray<Pick<TemplateField, 'id' | 'field' | 'core' | 'multiline'>> = [
  { id: 'title', core: false },
  { id: 'problem', core: false, multiline: true },
  { id: 'baseline', field: 'baseline', core: true },
  { id: 'actions', field: 'actions', core: false, multiline: true },
  { id: 'indicator', field: 'indicator', core: true },
  { id: 'target', field: 'target', core: true },
  { id: 'milestones', field: 'milestones', core: true, multiline: true },
  { id: 'calendar', field: 'calendar', core: false },
  { id: 'cost', field: 'cost', core: true },
  { id: 'lead', field: 'lead', core: false },
  { id: 'partners', field: 'partners', core: false },
  { id: 'accountability', field: 'accountability', core: false },
  { id: 'audience', field: 'audience', core: false },
  { id: 'contribution', core: false, multiline: true },
];

const textsOf = (id: TemplateFieldId, key: 'label' | 'question' | 'help' | 'example'): Bilingual => ({
  fr: fields.fr[id][key],
  en: fields.en[id][key],
});

export const TEMPLATE_FIELDS: readonly TemplateField[] = SPECS.map((spec) => ({
  ...spec,
  label: textsOf(spec.id, 'label'),
  question: textsOf(spec.id, 'question'),
  help: textsOf(spec.id, 'help'),
  example: textsOf(spec.id, 'example'),
}));

export const TAG_PREFIX = 'jalon:';
export const tagOf = (id: TemplateFieldId): string => `${TAG_PREFIX}${id}`;

export function templateField(id: TemplateFieldId): TemplateField {
  const f = TEMPLATE_FIELDS.find((t) => t.id === id);
  if (!f) throw new Error(`unknown template field ${id}`);
  return f;
}

/** Label, question, help and example of a field in one language: what the pane's form shows. */
export interface FieldMeta {
  id: TemplateFieldId;
  field?: FieldName;
  tag: string;
  label: string;
  question: string;
  help: string;
  example: string;
  core: boolean;
  multiline: boolean;
}

/**
 * A field's words in `lang`; the cost's help names the plan's currency when there is one (`planCurrency`), and stays
 * neutral otherwise; the example's amounts are in that currency, its years in the plan's `period` (`planPeriod`). The
 * accountability field names the legislature of the plan's `country` (`planDates(source).country`) where the
 * catalogue has its words: a US plan reports to Congress.
 */
export function fieldMeta(
  id: TemplateFieldId,
  lang: Lang,
  currency?: Currency,
  period?: PlanPeriod,
  country?: CountryCode,
): FieldMeta {
  const f = templateField(id);
  const texts = fields[lang];
  const legislature: { question?: string; example?: string } | undefined =
    id === 'accountability' && country ? legislatures(lang)[country] : undefined;
  return {
    id: f.id,
    field: f.field,
    tag: tagOf(f.id),
    label: f.label[lang],
    question: legislature?.question ?? f.question[lang],
    help:
      id === 'cost' && currency
        ? fill(texts.cost.helpIn, { currency: texts.currencies[currency] }, lang)
        : f.help[lang],
    example: datedFor(
      inCurrency(inCountryWords(legislature?.example ?? f.example[lang], lang, country), currency, lang),
      period,
    ),
    core: f.core,
    multiline: !!f.multiline,
  };
}

const legislatures = (lang: Lang) =>
  fields[lang].legislatures as Partial<Record<CountryCode, { question?: string; example?: string; name?: string }>>;

/**
 * An example modelled on another country's commitment, in the words of the plan's `country`: its legislature where
 * the catalogue names it ("a yearly report to Parliament" reads "a yearly report to Congress" in a US plan, as its
 * amounts are in the plan's currency; « parlementaires », "parliamentary" are left as they are), and for a US plan its
 * agencies and spelling (country-words.ts).
 */
export function inLegislature(source: string, lang: Lang, country?: CountryCode): string {
  const example = inCountryWords(source, lang, country);
  const name = country && legislatures(lang)[country]?.name;
  if (!name) return example;
  return example.replace(lang === 'fr' ? /\bParlement\b/g : /\b[Pp]arliament\b/g, name);
}

export function allFieldMeta(lang: Lang): FieldMeta[] {
  return TEMPLATE_FIELDS.map((f) => fieldMeta(f.id, lang));
}
