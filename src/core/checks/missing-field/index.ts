// What a commitment lacks to be measurable: one question per missing field (or field present but unusable: "Coût :
// non chiffré", milestones without a date), on the commitment's title. The measurable core the workshop asked for
// (indicator, baseline, target, milestones, cost) is a warning; the rest, suggestions.
import { foldedText } from '../../commitments/text';
import { planDates } from '../../dates';
import { fields as fieldTexts } from '../../messages/fields';
import type { Translate } from '../../messages/translate';
import { listSeparator } from '../../text/typography';
import { planCurrency } from '../../template/plan-currency';
import { planPeriod } from '../../template/plan-period';
import { fieldMeta, TEMPLATE_FIELDS, type FieldMeta } from '../../template/fields';
import type { FieldName, Finding, Lang } from '../../types';
import { wordsOfCommitments } from '../plan-words';
import { commitmentFinding, findingTexts, planTexts } from '../finding';
import type { PlanCheck } from '../types';
import { adviceReading, commitmentSubject, subjectAdvice, type Advice } from './advice';

/** The measurable core the workshop asked for: missing one is a warning; the others are suggestions. */
export const CORE_FIELDS: readonly FieldName[] = ['indicator', 'baseline', 'target', 'milestones', 'cost'];

export const missingField: PlanCheck = {
  id: 'missing-field',
  scope: 'plan',
  defaultSeverity: 'warning',
  run(context) {
    const { source, commitments, options, words } = context;
    const t = planTexts(context);
    // The question, its help and notes in the messages' language; the label, the tag and the examples (text to
    // paste into the draft) in the draft's.
    const { lang } = options;
    const reader = options.messages ?? lang;
    const out: Finding[] = [];
    // The cost's help and the examples' amounts are in the plan's currency (read only when a field is missing).
    // The examples' years fit the plan's period, when it states one (template/period.ts).
    const lacking = commitments.some((c) => c.missing.length);
    const currency = lacking ? planCurrency(source.text, commitments) : undefined;
    const period = lacking ? planPeriod(source.text, commitments) : undefined;
    // The legislature the accountability field names: the plan's country, as its dates' reading finds it.
    const country = lacking ? planDates(source).country : undefined;
    const reading = adviceReading(foldedText(source), words ?? wordsOfCommitments(source));
    // A finding's words depend on the commitment's subject, the field and whether it is weak, not on the commitment:
    // made once for each (a plan asks the same few questions hundreds of times).
    const said = new Map<string, { meta: FieldMeta; note: string; expected: string[] }>();
    for (const c of commitments) {
      if (!c.missing.length) continue;
      const subject = commitmentSubject(source.text, c, reading);
      for (const field of c.missing) {
        const template = TEMPLATE_FIELDS.find((f) => f.field === field);
        if (!template) continue;
        const weak = c.weak?.includes(field) ?? false;
        const key = `${subject}|${field}|${weak}`;
        let wording = said.get(key);
        if (!wording) {
          const meta = fieldMeta(template.id, lang, currency, period, country);
          const asked = reader === lang ? meta : fieldMeta(template.id, reader, currency, period, country);
          const advice = subjectAdvice(subject, field, lang, currency, period, country);
          wording = {
            meta: { ...meta, question: asked.question },
            note: note(field, weak, reader, t, asked.help, advice),
            expected: expected(lang, advice),
          };
          said.set(key, wording);
        }
        const { meta } = wording;
        const core = CORE_FIELDS.includes(field);
        out.push(
          commitmentFinding(source, c, {
            ruleId: 'missing-field',
            severity: options.severity?.['missing-field'] ?? (core ? this.defaultSeverity : 'suggestion'),
            message: meta.question,
            note: wording.note,
            expected: [...wording.expected],
            key: field,
            data: { field, weak, label: meta.label, tag: meta.tag },
          }),
        );
      }
    }
    return out;
  },
};

// The example is about this commitment's subject (see advice/), or absent: a question and its help are better
// than an example about something else.
function note(
  field: FieldName,
  weak: boolean,
  lang: Lang,
  t: Translate,
  help: string,
  advice: Advice | undefined,
): string {
  const weakNotes = fieldTexts[lang].weak as Partial<Record<FieldName, string>>;
  const weakNote = weak && weakNotes[field] ? `${weakNotes[field]} ` : '';
  if (!advice) return `${weakNote}${help}`;
  const example = advice.example.split('\n')[0];
  const line = advice.source
    ? t('missing-field.exampleFrom', { example, source: advice.source })
    : t('missing-field.example', { example });
  return `${weakNote}${help} ${line}`;
}

function expected(lang: Lang, advice: Advice | undefined): string[] {
  if (!advice) return [];
  // Several milestones are one suggestion: on one line, as the pane's form shows them.
  const example = advice.example.replace(/\n/g, listSeparator(lang));
  const { source } = advice;
  return [source ? findingTexts(lang)('missing-field.withSource', { example, source }) : example];
}
