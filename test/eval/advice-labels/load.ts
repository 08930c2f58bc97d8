// Loads the advice's labelled commitments (see README.md) and checks them: every item names one real commitment
// (an IRM id, or a draft and the offset of its « ## Engagement N » heading), every subject is the bank's or a
// subject the bank lacks (listed below), and every item is in one split.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface AdviceItem {
  split: 'tune' | 'test';
  /**
   * Test items come in samples drawn one after the other: A, whose misses were read after the first measure, then B
   * (misses printed since), then C (drawn and labelled before the next round's changes, measured once at its end).
   */
  sample?: 'A' | 'B' | 'C';
  /** An IRM-rated commitment's id (`commitment_id` in ../shared/ogp-data's IRM file). */
  irm?: string;
  /** A draft under ../shared/ogp-data, with the offset of its commitment's heading and that commitment's number. */
  draft?: string;
  offset?: number;
  commitment?: string;
  /** The subjects whose examples a facilitator would find on topic; none when no subject fits. */
  subjects: string[];
  /** What the commitment is about when no subject fits, in our words. */
  topic?: string;
}

/**
 * Subjects a label may name that the bank did not have when the label was written: their commitments count as not
 * covered by a bank without them. Kept after the bank gained them, so that the labels load with the bank of before
 * (how the before/after figures in README.md were measured).
 */
export const MISSING_SUBJECTS: readonly string[] = [
  'proactive-publication',
  'extractives',
  'archives',
  'service-charters',
  'human-rights',
  'volunteering',
  'civil-service',
];

const DATA = join(__dirname, '../../../../shared/ogp-data');

export function loadAdviceLabels(bank: readonly string[]): { tune: AdviceItem[]; test: AdviceItem[] } {
  const items = JSON.parse(readFileSync(join(__dirname, 'labels.json'), 'utf8')) as AdviceItem[];
  const known = new Set([...bank, ...MISSING_SUBJECTS]);
  const seen = new Set<string>();
  for (const item of items) {
    const key = item.irm ?? `${item.draft}@${item.offset}`;
    if (seen.has(key)) throw new Error(`advice labels: ${key} twice`);
    seen.add(key);
    if (item.split !== 'tune' && item.split !== 'test') throw new Error(`advice labels: ${key} has no split`);
    if ((item.split === 'test') !== (item.sample === 'A' || item.sample === 'B' || item.sample === 'C'))
      throw new Error(`advice labels: ${key}: a test item, and only a test item, names its sample`);
    for (const s of item.subjects) if (!known.has(s)) throw new Error(`advice labels: ${key}: unknown subject ${s}`);
    if (item.draft) {
      const text = readFileSync(join(DATA, item.draft), 'utf8');
      if (!text.startsWith(`## Engagement ${item.commitment} `, item.offset))
        throw new Error(`advice labels: ${key} is not the heading of engagement ${item.commitment}`);
    } else if (!item.irm) throw new Error('advice labels: an item names neither an IRM id nor a draft');
  }
  return { tune: items.filter((i) => i.split === 'tune'), test: items.filter((i) => i.split === 'test') };
}
