// From an analysed plan and the sheets to the site's data, in one call: ids (kept from the published site and
// the sheets where the plan changed), every problem of every input, and the site only when there is none.
import type { Commitment, PlanReading } from '../types';
import { readFeedback } from './feedback';
import { assignIds, indicatorId, type KnownCommitment, type PlanIds } from './ids';
import { mergeRegistries, registryFromSheets } from './registry';
import { buildSite, type Site } from './site';
import type { CsvTable, Problem } from './table';
import { readUpdates, type IdIndex } from './updates';

export interface PrepareInput {
  analysis: PlanReading;
  title: string;
  /** YYYY-MM-DD. */
  today: string;
  updates: readonly CsvTable[];
  feedback?: readonly CsvTable[];
  /** The ids of the site published before (its plan.json), which take precedence over the sheets'. */
  published?: readonly KnownCommitment[];
  /**
   * Told the ids as soon as they are known, before the reports are read: the command line then starts making the
   * site's files while the rest is read.
   */
  onIds?: (ids: PlanIds) => void;
}

export interface Prepared {
  ids: PlanIds;
  /** Whether ids were matched against earlier ones (else they follow the plan's order). */
  matched: boolean;
  problems: Problem[];
  /** Absent when there are problems: nothing is published from invalid input. */
  site?: Site;
  counts: { reports: number; feedback: number };
}

export function idIndex(commitments: readonly Commitment[], ids: PlanIds): IdIndex {
  const all = new Set<string>();
  const withMilestones = new Set<string>();
  commitments.forEach((c, k) => {
    const cid = ids.commitments[k];
    all.add(cid.id);
    if (cid.milestones.length) withMilestones.add(cid.id);
    (c.fields.milestones ?? []).forEach((m, j) => {
      all.add(cid.milestones[j]);
      if (m.indicator) all.add(indicatorId(cid.milestones[j]));
    });
  });
  return { ids: all, withMilestones, removed: new Map(ids.removed.map((k) => [k.id, k.title])) };
}

export function prepareSite(input: PrepareInput): Prepared {
  const { analysis } = input;
  const lang = analysis.language;
  const registry = mergeRegistries(input.published ?? [], registryFromSheets(input.updates, lang));
  const ids = assignIds(analysis.commitments, registry);
  input.onIds?.(ids);
  const index = idIndex(analysis.commitments, ids);
  const updates = readUpdates(input.updates, index, lang);
  const feedback = readFeedback(input.feedback ?? [], index, lang);
  const problems = [...updates.problems, ...feedback.problems];
  const prepared: Prepared = {
    ids,
    matched: registry.length > 0,
    problems,
    counts: { reports: updates.reports.length, feedback: feedback.feedback.length },
  };
  if (problems.length === 0)
    prepared.site = buildSite({
      analysis,
      ids,
      reports: updates.reports,
      translations: updates.translations,
      feedback: feedback.feedback,
      title: input.title,
      today: input.today,
    });
  return prepared;
}
