// The pane's view of the standard commitment template, which is data in the core (src/core/template):
// field order, labels, questions, help and examples in both languages.
import type { TFunction } from 'i18next';
import { type Currency, fieldMeta, type FieldMeta, type FieldName, type Lang, TEMPLATE_FIELDS } from '../core';

/** Commitment fields in template order. */
export const FIELD_ORDER: FieldName[] = TEMPLATE_FIELDS.flatMap((f) => (f.field ? [f.field] : []));

export function metaFor(field: FieldName, lang: Lang, currency?: Currency): FieldMeta | undefined {
  const f = TEMPLATE_FIELDS.find((x) => x.field === field);
  return f ? fieldMeta(f.id, lang, currency) : undefined;
}

/** The language a translator speaks (catalogue key meta.lang). */
export const langOf = (t: TFunction): Lang => (t('meta.lang') === 'en' ? 'en' : 'fr');

export function fieldLabel(t: TFunction, field: FieldName): string {
  return metaFor(field, langOf(t))?.label ?? field;
}
