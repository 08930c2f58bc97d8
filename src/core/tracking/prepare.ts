// From an analysed plan and the sheets to the site's data, in one call: ids (kept from the published site and
// the sheets where the plan changed), every problem of every input, and the site only when there is none.
import { planCountry } from '../countries';
import type { SourceText } from '../source';
import type { Commitment, PlanReading } from '../types';
import { FEEDBACK_COLUMNS, readFeedback } from './feedback';
import { ownIndicator, ownIndicatorId, rolesOf } from './groups';
import { assignIds, indicatorId, type KnownCommitment, type PlanIds } from './ids';
import { mergeRegistries, registryFromSheets } from './registry';
import { REPORTED, SHEET_ALIASES } from './sheet';
import type { Contact } from './feedback';
import { buildSite, type Site } from './site';
import { Columns, type CsvTable, type Problem } from './table';
import { evidenceNotLinks, firstIdMistakes, prefilledChanges, readUpdates, type IdIndex } from './updates';

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
  /** The plan's text: the site spells out the acronyms it defines. */
  source?: SourceText;
  /** How a citizen gives feedback (`--contact`). */
  contact?: Contact;
}

export interface Prepared {
  ids: PlanIds;
  /** Whether ids were matched against earlier ones (else they follow the plan's order). */
  matched: boolean;
  problems: Problem[];
  /** What the person is told and that does not stop publishing (a prefilled cell changed in a sheet). */
  notices: Problem[];
  /** Absent when there are problems: nothing is published from invalid input. */
  site?: Site;
  counts: { reports: number; feedback: number };
}

export function idIndex(commitments: readonly Commitment[], ids: PlanIds): IdIndex {
  const all = new Set<string>();
  const withMilestones = new Set<string>();
  const withIndicators = new Set<string>();
  commitments.forEach((c, k) => {
    const cid = ids.commitments[k];
    all.add(cid.id);
    if (cid.milestones.length) withMilestones.add(cid.id);
    const roles = rolesOf(c);
    (c.fields.milestones ?? []).forEach((m, j) => {
      all.add(cid.milestones[j]);
      const role = roles?.[j];
      if (role?.kind === 'head') withIndicators.add(cid.milestones[j]);
      // A table's row is an indicator itself; a milestone over a table has its rows as indicators.
      else if (m.indicator && role?.kind !== 'row') all.add(indicatorId(cid.milestones[j]));
    });
    if (ownIndicator(c)) all.add(ownIndicatorId(cid.id));
  });
  return { ids: all, withMilestones, withIndicators, removed: new Map(ids.removed.map((k) => [k.id, k.title])) };
}

/** The columns each kind of sheet has and the other has not (both have `id`). */
const OWN_COLUMNS = {
  updates: REPORTED.filter((c) => c !== 'id'),
  feedback: FEEDBACK_COLUMNS.filter((c) => c !== 'id'),
};

/**
 * The sheets given as one kind that are the other, by their columns (more of the other kind's own than of their
 * kind's): said once each, with what to do, rather than a line for each column the kind needs; the others, kept.
 */
export function sortOutSwapped(
  tables: readonly CsvTable[],
  kind: 'updates' | 'feedback',
): { kept: CsvTable[]; problems: Problem[] } {
  const other = kind === 'updates' ? 'feedback' : 'updates';
  const kept: CsvTable[] = [];
  const problems: Problem[] = [];
  for (const table of tables) {
    const cols = new Columns(table, SHEET_ALIASES);
    const count = (names: readonly string[]) => names.filter((n) => cols.has(n)).length;
    if (count(OWN_COLUMNS[other]) > count(OWN_COLUMNS[kind])) {
      const code = kind === 'updates' ? 'feedbackAsUpdates' : 'updatesAsFeedback';
      const columns = OWN_COLUMNS[other].filter((n) => cols.has(n)).join(', ');
      problems.push({ file: table.file, code, vars: { columns } });
    } else kept.push(table);
  }
  return { kept, problems };
}

export function prepareSite(input: PrepareInput): Prepared {
  const { analysis } = input;
  const lang = analysis.language;
  // A feedback file given as a follow-up sheet is not read for ids or updates (nor the converse).
  const updateSheets = sortOutSwapped(input.updates, 'updates');
  const feedbackSheets = sortOutSwapped(input.feedback ?? [], 'feedback');
  // On a first publication the plan's own ids are the reference: rows whose id is not their milestone's are said
  // and give no id (audit16 #5).
  const first = input.published?.length
    ? { problems: [], tables: updateSheets.kept }
    : firstIdMistakes(updateSheets.kept, analysis.commitments, lang);
  const registry = mergeRegistries(input.published ?? [], registryFromSheets(first.tables, lang));
  const ids = assignIds(analysis.commitments, registry);
  input.onIds?.(ids);
  const index = idIndex(analysis.commitments, ids);
  const country = input.source ? planCountry(input.source.text)?.code : undefined;
  const updates = readUpdates(first.tables, index, lang, country);
  updates.problems.unshift(...first.problems);
  const feedback = readFeedback(feedbackSheets.kept, index, lang);
  const problems = [...updateSheets.problems, ...updates.problems, ...feedbackSheets.problems, ...feedback.problems];
  const prepared: Prepared = {
    ids,
    matched: registry.length > 0,
    problems,
    notices: [...prefilledChanges(first.tables, analysis.commitments, ids, lang), ...evidenceNotLinks(first.tables)],
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
      source: input.source,
      contact: input.contact,
    });
  return prepared;
}
