// What the public follow-up site shows, computed once from the plan, its ids, the updates and the feedback:
// each milestone's status period by period, the points, what is overdue, what changed last. Pure data: the
// command line renders it as pages, plan.json holds it as open data. Over 400 lines: the site's
// types and the one pass that fills them, kept together (the plan's own text and problem are in plan-text.ts).
import type { SourceText } from '../source';
import type { Commitment, FieldName, Lang, OpenGovValue, PlanReading, SpecificityLevel } from '../types';
import { explainCommitment } from '../commitments/model';
import { parseDates } from '../dates';
import { daysBetween, dueDay } from './dates';
import type { Contact, Feedback } from './feedback';
import { ownIndicator, ownIndicatorId, rolesOf } from './groups';
import { indicatorId, type KnownCommitment, type PlanIds } from './ids';
import { milestoneParts } from './sheet';
import { MAX_POINTS, statusPoints, type TrackStatus } from './status';
import { fieldText, leadText, plainText, titleText } from './text';
import type { Report } from './updates';
import { acronymsOf } from './acronyms';
import { planTextOf, problemOf, spanOf } from './plan-text';

/** The plan's fields a commitment page shows, in this order: what the drafting check read. */
export const SHOWN_FIELDS = [
  'indicator',
  'baseline',
  'target',
  'calendar',
  'cost',
  'lead',
  'partners',
  'actions',
  'accountability',
  'audience',
] as const satisfies readonly FieldName[];
export type ShownField = (typeof SHOWN_FIELDS)[number];

export type PublicReport = Omit<Report, 'id' | 'file' | 'row'>;

/** Something reported on: a milestone, its indicator, or a commitment without milestones tracked as itself. */
export interface TrackedItem {
  id: string;
  kind: 'commitment' | 'milestone' | 'indicator';
  text: string;
  textAlt?: string;
  /** The due date as the plan gives it ("2019-06", "2019-Q3"...), and the last day of that span. */
  due?: string;
  dueDay?: string;
  lead?: string;
  /** Oldest period first. */
  reports: PublicReport[];
  /** The latest status reported. */
  status?: TrackStatus;
}

/** A unit of the points: a milestone (or the commitment itself when it has none). */
export interface Unit extends TrackedItem {
  indicator?: TrackedItem;
  /**
   * A milestone over a table of indicators (groups.ts): its indicators, one a row, each reported on, late or done
   * on its own (kind `indicator`). The milestone's status is made from theirs (`statusOfIndicators`): done when all
   * are, late when one is; its due date the last of theirs. It is one unit of the points, they are none.
   */
  indicators?: Unit[];
  /** How the plan numbers the milestone (« Jalon 1.1 »), where it does. */
  label?: string;
  /** A milestone over a table of indicators that is late: the due date of its indicator late the longest. */
  lateDue?: string;
  /** What the points count: its own status, else its indicator's. */
  effective?: TrackStatus;
  points: number;
  /** Due, not complete and not withdrawn. */
  overdue: boolean;
  daysLate?: number;
  /**
   * Complete after it was due: the period first reported so and how many months after the month it was due; or,
   * when that report writes the day it was done (« Guide publié le 12 avril 2026 »), that day, and the months (or,
   * within the month, the days) after the due date.
   */
  completedLate?: { period: string; months: number; day?: string; days?: number };
}

export interface Points {
  earned: number;
  max: number;
}

export interface SiteCommitment {
  id: string;
  index: number;
  title: string;
  titleAlt?: string;
  /** The fields the plan states under a label, a heading or a table column (a form's content control too). */
  fields: Partial<Record<ShownField, string>>;
  /**
   * Fields the drafting check found only in running prose (a sentence that mentions a report, a public, a cost):
   * shown as the plan's sentence, said to be the sentence where Jalon found it.
   */
  inProse: ShownField[];
  /**
   * Fields the drafting check counts as stated without a text of their own to show (an end date read in the
   * prose): the page points to the plan's text, never says they are absent.
   */
  inText: ShownField[];
  /** When the commitment starts and ends (YYYY-MM…), from its calendar, its milestones or its target's date. */
  span?: { start?: string; end?: string };
  /** The problem it addresses, as the plan states it (« Problème à résoudre : », « Enjeux »). */
  problem?: string;
  /** The plan's own text of the commitment (after its title), paragraph by paragraph, list items one a line. */
  text?: string;
  missing: FieldName[];
  level: SpecificityLevel;
  verifiable: boolean;
  verifiableReason?: string;
  /** The same sentence in the other language: it is Jalon's, not the plan's. */
  verifiableReasonAlt?: string;
  /**
   * The plan names no action of its own: the drafting check took one of the milestones for it (enough not to ask the
   * author again, but a milestone's line is not what the plan says under « action »).
   */
  actionsInMilestones?: boolean;
  lens: OpenGovValue[];
  units: Unit[];
  /**
   * The commitment's own indicator (« Indicateur : … » for the commitment, groups.ts), when it has milestones:
   * reported on as C01.0.1, shown beside them, not a unit of the points (a commitment without milestones has it
   * as its unit's indicator).
   */
  indicator?: TrackedItem;
  points: Points;
  feedback: Feedback[];
}

export interface Change {
  id: string;
  commitment: string;
  period: string;
  from?: TrackStatus;
  to: TrackStatus;
  updated?: string;
}

export type StatusCount = Record<TrackStatus | 'unreported', number>;

export interface Site {
  title: string;
  /** The channel for feedback; none when the plan gives none (the site says so). */
  contact?: Contact;
  /** Acronyms the plan spells out (« Ressources naturelles Canada (RNCAN) »): the name by the acronym. */
  acronyms: ReadonlyMap<string, string>;
  lang: Lang;
  today: string;
  /** Every period reported, oldest first. */
  periods: string[];
  points: Points;
  /** Units by their status now. */
  counts: StatusCount;
  /** Overdue units, most overdue first, with their commitment. */
  overdue: { commitment: SiteCommitment; unit: Unit }[];
  /** Every status change, oldest first; those of the latest period are `latestChanges`. */
  changes: Change[];
  latestChanges: Change[];
  /** The plan's points at the end of each period. */
  series: ({ period: string } & Points)[];
  commitments: SiteCommitment[];
  /** Commitments published before and gone from the plan: their ids stay theirs. */
  removed: KnownCommitment[];
}

export interface SiteInput {
  analysis: PlanReading;
  ids: PlanIds;
  reports: readonly Report[];
  translations: ReadonlyMap<string, string>;
  feedback: readonly Feedback[];
  title: string;
  /** The plan's text, where the acronyms it spells out are read. */
  source?: SourceText;
  contact?: Contact;
  /** YYYY-MM-DD: what is overdue is said as of this day. */
  today: string;
}

/** The plan's title: its first heading before the first commitment, else its first short line. */
export function planTitle(source: SourceText, commitments: readonly Commitment[]): string {
  const end = commitments[0]?.firstParagraph ?? source.paragraphs.length;
  const before = source.paragraphs.slice(0, end).filter((p) => p.text.trim() !== '');
  const heading = before.find((p) => (p.headingLevel ?? 0) > 0) ?? before.find((p) => p.text.trim().length <= 150);
  return heading ? plainText(heading.text.replace(/^\s*#{1,6}\s+/, '')) : '';
}

function item(
  id: string,
  kind: TrackedItem['kind'],
  text: string,
  reports: Map<string, Report[]>,
  translations: ReadonlyMap<string, string>,
): TrackedItem {
  const rs = (reports.get(id) ?? []).sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  // The reports themselves, not copies without their id and place: what reads a site reads their public fields by
  // name (pages, plan.json, updates.csv), and a national repository has 120,000 of them.
  const out: TrackedItem = { id, kind, text, reports: rs };
  const alt = translations.get(id);
  if (alt) out.textAlt = alt;
  for (const r of rs) if (r.status) out.status = r.status;
  return out;
}

function withDue<T extends TrackedItem>(t: T, due: string | undefined, lead: string | undefined): T {
  if (due) {
    t.due = due;
    const day = dueDay(due);
    if (day) t.dueDay = day;
  }
  if (lead) t.lead = lead;
  return t;
}

/** The item made a unit (the item itself, made for it alone: no copy). */
function unitOf(t: TrackedItem, indicator: TrackedItem | undefined, today: string): Unit {
  const u = t as Unit;
  u.points = 0;
  u.overdue = false;
  if (indicator) u.indicator = indicator;
  const effective = t.status ?? indicator?.status;
  if (effective) u.effective = effective;
  if (effective && effective !== 'withdrawn') u.points = statusPoints(effective);
  if (t.dueDay && t.dueDay < today && effective !== 'complete' && effective !== 'withdrawn') {
    u.overdue = true;
    u.daysLate = daysBetween(t.dueDay, today);
  }
  if (effective === 'complete' && t.dueDay) {
    const done = (t.status === 'complete' ? t : indicator)?.reports.find((r) => r.status === 'complete');
    const late = done ? lateness(t.dueDay, done) : undefined;
    if (late) u.completedLate = late;
  }
  return u;
}

/** How late a milestone due on `due` was completed, as the report that first says it complete dates it. */
function lateness(due: string, done: PublicReport): Unit['completedLate'] {
  const day = completionDay(done);
  if (!day) {
    const months = monthsAfter(due, done.period);
    return months > 0 ? { period: done.period, months } : undefined;
  }
  if (day <= due) return undefined;
  return { period: done.period, months: monthsAfter(due, day), day, days: daysBetween(due, day) };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The day a report saying « achevé » dates the work by: the latest day its progress text writes (« publié le 12
 * avril 2026 », 2026-04-12, 12/04/2026), else its evidence, none after the month reported on (nor after the day
 * it was updated, when later); undefined when they write no day (a month or a year is no more precise than the
 * period).
 */
export function completionDay(r: PublicReport): string | undefined {
  const periodEnd = dueDay(r.period) ?? `${r.period}-31`;
  const bound = r.updated && r.updated > periodEnd ? r.updated : periodEnd;
  for (const text of [`${r.progress}\n${r.progressAlt}`, r.evidence.join('\n')]) {
    let latest: string | undefined;
    for (const d of parseDates(text))
      if (ISO_DAY.test(d.iso) && d.iso <= bound && (!latest || d.iso > latest)) latest = d.iso;
    if (latest) return latest;
  }
  return undefined;
}

/**
 * A milestone's status made from its indicators' (withdrawn ones aside): none while none is reported; complete
 * when all are; else along the scale by their mean progress, an indicator not reported counting as not started
 * (substantial from two points of three on average, limited from any progress).
 */
export function statusOfIndicators(statuses: readonly (TrackStatus | undefined)[]): TrackStatus | undefined {
  const active = statuses.filter((s) => s !== 'withdrawn');
  if (active.length === 0) return statuses.length ? 'withdrawn' : undefined;
  if (active.every((s) => s === undefined)) return undefined;
  if (active.every((s) => s === 'complete')) return 'complete';
  let sum = 0;
  for (const s of active) if (s) sum += statusPoints(s);
  const mean = sum / active.length;
  return mean >= 2 ? 'substantial' : mean > 0 ? 'limited' : 'not-started';
}

/** A milestone made a unit from its indicators' units (the item itself, made for it alone: no copy). */
function groupOf(t: TrackedItem, indicators: Unit[]): Unit {
  const u = t as Unit;
  u.indicators = indicators;
  u.points = 0;
  u.overdue = false;
  const effective = statusOfIndicators(indicators.map((r) => r.effective));
  if (effective) u.effective = effective;
  if (effective && effective !== 'withdrawn') u.points = statusPoints(effective);
  for (const r of indicators)
    if (r.overdue && (!u.overdue || (r.daysLate ?? 0) > (u.daysLate ?? 0))) {
      u.overdue = true;
      u.daysLate = r.daysLate ?? 0;
      u.lateDue = r.due;
    }
  if (effective === 'complete' && t.dueDay) {
    // Done when its last indicator was: the latest day (or period) its indicators were reported done by.
    let last: { key: string; report: PublicReport } | undefined;
    for (const r of indicators) {
      const done = r.reports.find((x) => x.status === 'complete');
      if (!done) continue;
      const key = completionDay(done) ?? dueDay(done.period) ?? done.period;
      if (!last || key > last.key) last = { key, report: done };
    }
    const late = last ? lateness(t.dueDay, last.report) : undefined;
    if (late) u.completedLate = late;
  }
  return u;
}

/** How the plan numbers a milestone: the words before its text on its line (« ### Jalon 1.1 : »), when a number. */
function milestoneLabel(source: SourceText | undefined, m: { start: number }): string | undefined {
  if (!source) return undefined;
  const line = source.text.slice(source.text.lastIndexOf('\n', m.start - 1) + 1, m.start);
  const label = line
    .replace(/^[\s#>*_-]+/, '')
    .replace(/[\s*_]*[:.–—-]?[\s*_]*$/, '')
    .trim();
  return /^\p{L}[\p{L} ]{0,24}\s\d+(?:\.\d+)*$/u.test(label) ? label : undefined;
}

/** Whole months from the month of `day` (YYYY-MM-DD) to `period` (YYYY-MM). */
function monthsAfter(day: string, period: string): number {
  const month = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7));
  return month(period) - month(day);
}

/** Points of units: each counts 0 to 3, a withdrawn one not at all. */
export function pointsOf(units: readonly { effective?: TrackStatus; points: number }[]): Points {
  const sum: Points = { earned: 0, max: 0 };
  for (const u of units) addPoints(sum, u.effective, u.points);
  return sum;
}

function addPoints(sum: Points, effective: TrackStatus | undefined, points: number): void {
  if (effective === 'withdrawn') return;
  sum.earned += points;
  sum.max += MAX_POINTS;
}

function commitmentOf(
  c: Commitment,
  k: number,
  input: SiteInput,
  reports: Map<string, Report[]>,
  feedback: Map<string, Feedback[]>,
): SiteCommitment {
  const { ids, translations, today } = input;
  const cid = ids.commitments[k];
  const lead = c.fields.lead ? leadText(c.fields.lead.text, input.analysis.language) : undefined;
  const ms = c.fields.milestones ?? [];
  const span = spanOf(c);
  const own = ownIndicator(c);
  const ownItem = own
    ? withDue(item(ownIndicatorId(cid.id), 'indicator', plainText(own.text), reports, translations), span.end, lead)
    : undefined;
  const roles = rolesOf(c);
  const lang = input.analysis.language;
  /** A milestone over a table of indicators: their units, then its own. */
  const group = (m: (typeof ms)[number], j: number, rows: readonly number[]): Unit => {
    const indicators = rows.map((r) => {
      const row = ms[r];
      const rowLead = milestoneParts(row, lang).lead ?? lead;
      const text = plainText(row.indicator!.text);
      return unitOf(
        withDue(item(cid.milestones[r], 'indicator', text, reports, translations), row.date, rowLead),
        undefined,
        today,
      );
    });
    // Due when its last indicator is; led by its indicators' leads, each once.
    const last = indicators.reduce<Unit | undefined>(
      (a, r) => (r.dueDay && (!a || r.dueDay > a.dueDay!) ? r : a),
      undefined,
    );
    const leads = [...new Set(indicators.map((r) => r.lead).filter((x): x is string => !!x))];
    const t = withDue(
      item(cid.milestones[j], 'milestone', milestoneParts(m, lang).text, reports, translations),
      last?.due,
      leads.length ? leads.join(lang === 'fr' ? ' ; ' : '; ') : lead,
    );
    const u = groupOf(t, indicators);
    const label = milestoneLabel(input.source, m);
    if (label) u.label = label;
    return u;
  };
  const units: Unit[] = [];
  if (ms.length === 0)
    units.push(
      unitOf(
        withDue(item(cid.id, 'commitment', titleText(c.title), reports, translations), span.end, lead),
        ownItem,
        today,
      ),
    );
  ms.forEach((m, j) => {
    const role = roles?.[j];
    if (role?.kind === 'row') return;
    if (role?.kind === 'head') {
      units.push(group(m, j, role.rows));
      return;
    }
    const id = cid.milestones[j];
    const parts = milestoneParts(m, lang);
    const mLead = parts.lead ?? lead;
    const t = withDue(item(id, 'milestone', parts.text, reports, translations), m.date, mLead);
    const ind = m.indicator
      ? withDue(item(indicatorId(id), 'indicator', plainText(m.indicator.text), reports, translations), m.date, mLead)
      : undefined;
    units.push(unitOf(t, ind, today));
  });
  const fields: SiteCommitment['fields'] = {};
  const inProse: ShownField[] = [];
  const inText: ShownField[] = [];
  let actionsInMilestones = false;
  for (const f of SHOWN_FIELDS) {
    const v = c.fields[f];
    // What the drafting check counts as stated, the page never says is absent (`check` and the site agree).
    if (!v || c.missing.includes(f)) {
      if (!c.missing.includes(f) && !(f === 'calendar' && (span.start || span.end))) inText.push(f);
      continue;
    }
    // A milestone's line taken for the action is the milestone's, shown with the milestones.
    if (f === 'actions' && ms.some((m) => m.start === v.start && m.end === v.end)) actionsInMilestones = true;
    else {
      fields[f] = f === 'lead' ? leadText(v.text, input.analysis.language) : fieldText(v.text);
      if (v.source === 'prose') inProse.push(f);
    }
  }
  const out: SiteCommitment = {
    id: cid.id,
    index: c.index,
    title: titleText(c.title),
    fields,
    inProse,
    inText,
    missing: [...c.missing],
    level: c.level,
    verifiable: c.verifiable,
    lens: [...c.lens],
    units,
    points: pointsOf(units),
    ...(ms.length && ownItem ? { indicator: ownItem } : {}),
    feedback: (feedback.get(cid.id) ?? []).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)),
  };
  const titleAlt = translations.get(cid.id);
  if (titleAlt) out.titleAlt = titleAlt;
  if (c.verifiableReason) {
    out.verifiableReason = c.verifiableReason;
    // The same sentence in the other language, as a report explains a commitment in its reader's language.
    const other = input.analysis.language === 'fr' ? 'en' : 'fr';
    if (input.source) out.verifiableReasonAlt = explainCommitment(input.source, c, other).verifiableReason;
  }
  if (actionsInMilestones) out.actionsInMilestones = true;
  if (span.start || span.end) out.span = span;
  if (input.source) {
    const problem = problemOf(input.source, c);
    if (problem) out.problem = problem;
    const text = planTextOf(input.source, c);
    if (text) out.text = text;
  }
  return out;
}

/**
 * The plan's points at the end of each period: each unit's statuses walked once along its reports (oldest first),
 * its own status reported up to a period counting before its indicator's.
 */
function seriesOf(periods: readonly string[], commitments: readonly SiteCommitment[]): Site['series'] {
  const sums: Points[] = periods.map(() => ({ earned: 0, max: 0 }));
  const latest = (reports: readonly PublicReport[], k: number, period: string, s: TrackStatus | undefined) => {
    for (; k < reports.length && reports[k].period <= period; k++) if (reports[k].status) s = reports[k].status;
    return [k, s] as const;
  };
  for (const c of commitments)
    for (const u of c.units) {
      if (u.indicators) {
        // A milestone over a table of indicators: its status at each period made from theirs then.
        const at = u.indicators.map(() => 0);
        const now: (TrackStatus | undefined)[] = u.indicators.map(() => undefined);
        periods.forEach((period, p) => {
          u.indicators!.forEach((r, k) => ([at[k], now[k]] = latest(r.reports, at[k], period, now[k])));
          const effective = statusOfIndicators(now);
          addPoints(sums[p], effective, effective && effective !== 'withdrawn' ? statusPoints(effective) : 0);
        });
        continue;
      }
      let own: TrackStatus | undefined;
      let indicator: TrackStatus | undefined;
      let i = 0;
      let j = 0;
      periods.forEach((period, p) => {
        [i, own] = latest(u.reports, i, period, own);
        if (u.indicator) [j, indicator] = latest(u.indicator.reports, j, period, indicator);
        const effective = own ?? indicator;
        addPoints(sums[p], effective, effective && effective !== 'withdrawn' ? statusPoints(effective) : 0);
      });
    }
  return periods.map((period, p) => ({ period, ...sums[p] }));
}

/** What a unit reports on, in the page's order: itself, its indicator or its table of indicators. */
export function itemsOf(u: Unit): TrackedItem[] {
  const out: TrackedItem[] = [u];
  if (u.indicator) out.push(u.indicator);
  if (u.indicators) out.push(...u.indicators);
  return out;
}

/** The item's status changes, each into the list of its period. */
function changesOf(t: TrackedItem, commitment: string, byPeriod: ReadonlyMap<string, Change[]>): void {
  let from: TrackStatus | undefined;
  for (const r of t.reports) {
    if (!r.status || r.status === from) continue;
    const c: Change = { id: t.id, commitment, period: r.period, to: r.status };
    if (from) c.from = from;
    if (r.updated) c.updated = r.updated;
    byPeriod.get(r.period)!.push(c);
    from = r.status;
  }
}

export function buildSite(input: SiteInput): Site {
  const reports = new Map<string, Report[]>();
  const reported = new Set<string>(); // the periods
  for (const r of input.reports) {
    reported.add(r.period);
    const list = reports.get(r.id);
    if (list) list.push(r);
    else reports.set(r.id, [r]);
  }
  // Feedback by the commitment it is about, whether on the commitment or on one of its milestones.
  const feedback = new Map<string, Feedback[]>();
  for (const f of input.feedback) {
    const id = f.id.split('.')[0];
    const list = feedback.get(id);
    if (list) list.push(f);
    else feedback.set(id, [f]);
  }
  const commitments = input.analysis.commitments.map((c, k) => commitmentOf(c, k, input, reports, feedback));
  const periods = [...reported].sort();
  const counts: StatusCount = {
    'not-started': 0,
    limited: 0,
    substantial: 0,
    complete: 0,
    withdrawn: 0,
    unreported: 0,
  };
  const points: Points = { earned: 0, max: 0 };
  const overdue: Site['overdue'] = [];
  // Changes listed period by period, oldest first, each period's in the plan's order.
  const byPeriod = new Map(periods.map((p) => [p, [] as Change[]]));
  for (const c of commitments) {
    for (const u of c.units) {
      counts[u.effective ?? 'unreported'] += 1;
      addPoints(points, u.effective, u.points);
      if (u.overdue) overdue.push({ commitment: c, unit: u });
      for (const t of itemsOf(u)) changesOf(t, c.id, byPeriod);
    }
    if (c.indicator) changesOf(c.indicator, c.id, byPeriod);
  }
  // The most overdue first: by the days late, which for a milestone over a table of indicators are its oldest
  // late indicator's (its own due date is its last indicator's).
  overdue.sort((a, b) => (b.unit.daysLate ?? 0) - (a.unit.daysLate ?? 0));
  const changes = ([] as Change[]).concat(...periods.map((p) => byPeriod.get(p)!));
  const latest = periods[periods.length - 1];
  const site: Site = {
    title: input.title,
    acronyms: input.source ? acronymsOf(input.source.text) : new Map(),
    lang: input.analysis.language,
    today: input.today,
    periods,
    points,
    counts,
    overdue,
    changes,
    latestChanges: latest === undefined ? [] : byPeriod.get(latest)!,
    series: seriesOf(periods, commitments),
    commitments,
    removed: input.ids.removed.map((k) => ({ ...k, removed: true })),
  };
  if (input.contact) site.contact = input.contact;
  return site;
}
