// A field's value as the score counts it, in a module of its own (types only besides): the pane's exports read it
// without loading the field reader.
import type { FieldName, FieldValue, Milestone } from '../types';

/**
 * A field's value as the score counts it: present and not weak. A weak value (« Coût : non chiffré », "Baseline:
 * TBD") stays in the fields as written, but counts as missing: the checklist and the pane's exports read fields so.
 */
export function countedValue(
  c: {
    fields: Partial<Record<Exclude<FieldName, 'milestones'>, FieldValue>> & { milestones?: Milestone[] };
    weak?: readonly FieldName[];
  },
  f: Exclude<FieldName, 'milestones'>,
): FieldValue | undefined {
  const v = c.fields[f];
  return v && !c.weak?.includes(f) ? v : undefined;
}
