// The pane's view of the standard commitment template, which is data in the core (src/core/template):
// field order, labels, questions, help and examples in both languages.
import type { TFunction } from 'i18next';
import {
  type CountryCode,
  type Currency,
  fieldMeta,
  type FieldMeta,
  type FieldName,
  type Lang,
  type PlanPeriod,
  TEMPLATE_FIELDS,
} from '../core';

/** Commitment fields in template order. */
export const FIELD_ORDER: FieldName[] = TEMPLATE_FIELDS.flatMap((f) => (f.field ? [f.field] : []));

/** What the form asks of a field, in the plan's words: its currency, its years, its country's legislature. */
export interface PlanWords {
  currency?: Currency;
  period?: PlanPeriod;
  country?: CountryCode;
}

export function metaFor(field: FieldName, lang: Lang, plan: PlanWords = {}): FieldMeta | undefined {
  const f = TEMPLATE_FIELDS.find((x) => x.field === field);
  return f ? fieldMeta(f.id, lang, plan.currency, plan.period, plan.country) : undefined;
}

/** The language a translator speaks (catalogue key meta.lang). */
export const langOf = (t: TFunction): Lang => (t('meta.lang') === 'en' ? 'en' : 'fr');

export function fieldLabel(t: TFunction, field: FieldName): string {
  return metaFor(field, langOf(t))?.label ?? field;
}
