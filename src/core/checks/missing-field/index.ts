// What a commitment lacks to be measurable: one question per missing field (or field present but unusable: "Coût :
// non chiffré", milestones without a date), on the commitment's title. The measurable core the workshop asked for
// (indicator, baseline, target, milestones, cost) is a warning; the rest, suggestions.
import { fields as fieldTexts } from '../../messages/fields';
import { findings } from '../../messages/findings';
import { translators } from '../../messages/translate';
import { fieldMeta, TEMPLATE_FIELDS } from '../../template/fields';
import type { FieldName, Finding, Lang } from '../../types';
import { commitmentFinding } from '../finding';
import type { PlanCheck } from '../types';

const messages = translators(findings);

/** The measurable core the workshop asked for: missing one is a warning; the others are suggestions. */
export const CORE_FIELDS: readonly FieldName[] = ['indicator', 'baseline', 'target', 'milestones', 'cost'];

export const missingField: PlanCheck = {
  id: 'missing-field',
  scope: 'plan',
  defaultSeverity: 'warning',
  run({ source, commitments, options }) {
    const { lang } = options;
    const out: Finding[] = [];
    for (const c of commitments)
      for (const field of c.missing) {
        const template = TEMPLATE_FIELDS.find((f) => f.field === field);
        if (!template) continue;
        const meta = fieldMeta(template.id, lang);
        const weak = c.weak?.includes(field) ?? false;
        const core = CORE_FIELDS.includes(field);
        out.push(
          commitmentFinding(source, c, {
            ruleId: 'missing-field',
            severity: options.severity?.['missing-field'] ?? (core ? this.defaultSeverity : 'suggestion'),
            message: meta.question,
            note: note(field, weak, lang, meta.help, meta.example),
            expected: [meta.example],
            key: field,
            data: { field, weak, label: meta.label, tag: meta.tag },
          }),
        );
      }
    return out;
  },
};

function note(field: FieldName, weak: boolean, lang: Lang, help: string, example: string): string {
  const t = messages[lang];
  const weakNotes = fieldTexts[lang].weak as Partial<Record<FieldName, string>>;
  const weakNote = weak && weakNotes[field] ? `${weakNotes[field]} ` : '';
  return `${weakNote}${help} ${t('missing-field.example', { example: example.split('\n')[0] })}`;
}
