// The names a page or report gives a level and a field, from the message catalogue and the template.
import { score } from '../messages';
import { fieldMeta, TEMPLATE_FIELDS } from '../template/fields';
import type { FieldName, Lang, SpecificityLevel } from '../types';

export function levelName(level: SpecificityLevel, lang: Lang): string {
  return score[lang].level[level];
}

export function fieldLabel(field: FieldName, lang: Lang): string {
  const t = TEMPLATE_FIELDS.find((f) => f.field === field);
  return t ? fieldMeta(t.id, lang).label : field;
}
