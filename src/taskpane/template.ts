// The standard commitment template as blocks for DocumentHost.insertAtCursor: a heading, then for each field a
// label line and a content control tagged jalon:<field>. Labels, help and examples come from the catalogue.
import type { TFunction } from 'i18next';
import type { InsertBlock } from '../core/document';
import type { FieldName } from '../core/types';

export const FIELD_ORDER: FieldName[] = [
  'actions',
  'indicator',
  'baseline',
  'target',
  'milestones',
  'calendar',
  'cost',
  'lead',
  'partners',
  'accountability',
  'audience',
];

export const fieldTag = (field: FieldName): string => `jalon:${field}`;

export function templateBlocks(t: TFunction): InsertBlock[] {
  const blocks: InsertBlock[] = [{ kind: 'heading', level: 2, text: t('template.heading') }];
  for (const field of FIELD_ORDER) {
    blocks.push({ kind: 'label', text: `${t(`fields.${field}.label`)}${t('template.colon')}` });
    blocks.push({ kind: 'field', text: '', tag: fieldTag(field), placeholder: t(`fields.${field}.help`) });
  }
  return blocks;
}
