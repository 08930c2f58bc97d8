// Renderers of the standard commitment template: a Word structure (InsertBlock[], each field a content
// control tagged `jalon:<field>`) for the hosts, Markdown for the command line, and a form's answers as
// FieldWrite[] for DocumentHost.writeFields.
import type { FieldWrite, InsertBlock } from '../document';
import { fields } from '../messages';
import { colon, frenchSpaces, listSeparator } from '../text/typography';
import type { Lang } from '../types';
import { TEMPLATE_FIELDS, fieldMeta, tagOf, type TemplateFieldId } from './fields';

export * from './fields';
export { CURRENCIES, inCurrency, type Currency } from './currency';
export { planCurrency } from './plan-currency';
export { datedFor, type PlanPeriod } from './period';
export type { CountryCode } from '../countries';
export { planPeriod } from './plan-period';
export { colon, frenchSpaces, listSeparator };

export interface TemplateOptions {
  /** Heading level of the engagement title (default 2: level 1 is usually the plan's axes). */
  headingLevel?: number;
  /** Title and field values to prefill; empty fields get the question as a grey placeholder. */
  values?: Partial<Record<TemplateFieldId, string>>;
  /** Only these fields (in template order), e.g. the missing ones of an existing engagement. */
  only?: readonly TemplateFieldId[];
}

/**
 * The template as blocks: the title as a heading (tagged `jalon:title`, so segmentation finds it even when
 * the author changes its style), then for each field a label line and a content control tagged `jalon:<id>`.
 */
export function templateBlocks(lang: Lang, options: TemplateOptions = {}): InsertBlock[] {
  const values = options.values ?? {};
  const blocks: InsertBlock[] = [];
  const wants = (id: TemplateFieldId) => !options.only || options.only.includes(id);
  if (wants('title')) {
    blocks.push({
      kind: 'heading',
      level: options.headingLevel ?? 2,
      text: values.title ?? '',
      tag: tagOf('title'),
      placeholder: fields[lang].template.title,
    });
  }
  for (const f of TEMPLATE_FIELDS) {
    if (f.id === 'title' || !wants(f.id)) continue;
    const meta = fieldMeta(f.id, lang);
    blocks.push({ kind: 'label', text: `${meta.label}${colon(lang)}` });
    blocks.push({ kind: 'field', text: values[f.id] ?? '', tag: meta.tag, placeholder: meta.question });
  }
  return blocks;
}

/** The same template in Markdown: labelled lines Jalon reads back as fields (`jalon check` finds them). */
export function templateMarkdown(lang: Lang, options: TemplateOptions = {}): string {
  const values = options.values ?? {};
  const level = Math.min(6, Math.max(1, options.headingLevel ?? 2));
  const out: string[] = [];
  const wants = (id: TemplateFieldId) => !options.only || options.only.includes(id);
  if (wants('title')) out.push(`${'#'.repeat(level)} ${values.title ?? fields[lang].template.title}`, '');
  for (const f of TEMPLATE_FIELDS) {
    if (f.id === 'title' || !wants(f.id)) continue;
    const meta = fieldMeta(f.id, lang);
    const value = values[f.id]?.trim();
    out.push(`**${meta.label}${colon(lang)}**`);
    if (value) {
      out.push(...(f.multiline ? value.split(/\r?\n/).map((l) => (f.id === 'milestones' ? `- ${l}` : l)) : [value]));
    } else {
      // A commented prompt: invisible once rendered, but it tells the author what to write.
      out.push(
        `<!-- ${meta.question} ${fields[lang].template.example}${colon(lang)} ${meta.example.replace(/\n/g, listSeparator(lang))} -->`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}

/** A form's answers as writes into the tagged controls; empty answers are left out (never erase by accident). */
export function answersToFieldWrites(answers: Partial<Record<TemplateFieldId, string>>, lang: Lang): FieldWrite[] {
  const writes: FieldWrite[] = [];
  for (const f of TEMPLATE_FIELDS) {
    const text = answers[f.id];
    if (text === undefined || text.trim() === '') continue;
    const meta = fieldMeta(f.id, lang);
    writes.push({ tag: meta.tag, label: meta.label, text: text.trim() });
  }
  return writes;
}
