// Public follow-up of an adopted plan: stable ids, the follow-up sheet, the updates and feedback read and
// checked, progress points, what is overdue, and the site's data. Pure: the command line reads and writes files.
export { normalizeTitle, contentWords, matchVersions, CONTENT_MATCH, type Version, type VersionMatch } from './match';
export { parseStatus, statusPoints, MAX_POINTS, TRACK_STATUSES, type TrackStatus } from './status';
export { isDay, isPeriod, dueDay, daysBetween, dayMistake } from './dates';
export {
  assignIds,
  normalizeId,
  commitmentId,
  type CommitmentIds,
  type IdRegistry,
  type KnownCommitment,
  type KnownMilestone,
  type PlanIds,
} from './ids';
export {
  updatesSheet,
  sheetColumns,
  sheetHeader,
  planRows,
  csvText,
  csvCell,
  csvSeparator,
  listCell,
  type CsvSeparator,
  otherLang,
  milestoneText,
  milestoneParts,
  PREFILLED,
  REPORTED,
  TRANSLATED,
  type SheetRow,
  type SheetOptions,
} from './sheet';
export { plainText, titleText } from './text';
export { milestoneRoles, ownIndicator, ownIndicatorId, type MilestoneRole } from './groups';
export { columnLetter, isBlank, type CsvRow, type CsvTable, type Problem } from './table';
export { readUpdates, type Report, type Updates, type IdIndex } from './updates';
export {
  readFeedback,
  parseAuthor,
  parseContact,
  AUTHOR_TYPES,
  FEEDBACK_COLUMNS,
  type AuthorType,
  type Contact,
  type Feedback,
} from './feedback';
export { registryFromSheets, mergeRegistries } from './registry';
export {
  buildSite,
  planTitle,
  pointsOf,
  itemsOf,
  statusOfIndicators,
  completionDay,
  SHOWN_FIELDS,
  type Site,
  type SiteCommitment,
  type Unit,
  type TrackedItem,
  type PublicReport,
  type Change,
  type Points,
  type StatusCount,
  type ShownField,
} from './site';
export { planJson, planJsonParts, mergedUpdatesParts, registryFromPlanJson, PLAN_JSON_FORMAT } from './opendata';
export { prepareSite, idIndex, type PrepareInput, type Prepared } from './prepare';
export { problemLine } from './problems';
export { acronymsOf, acronymsNamed } from './acronyms';
