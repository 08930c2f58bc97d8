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

/** A title that opens on its commitment's number: « Engagement 2 : … », « ENGAGEMENT N° 2 – … », "Commitment 3: …". */
const OWN_NUMBER = /^\s*(?:engagement|commitment)\s*(?:n[°ºo]?\.?\s*)?(\d+)/i;

/**
 * The number the document gives a commitment in its title (« Engagement 3 : … » → 3, even when it is the plan's
 * second), undefined when the title gives none: reports and the pane name a commitment by it, else by its place.
 */
export function ownNumber(title: string): number | undefined {
  const m = OWN_NUMBER.exec(title);
  return m ? Number(m[1]) : undefined;
}
