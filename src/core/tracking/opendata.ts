// The open data published beside the pages: plan.json (commitments, milestones, indicators, statuses by period,
// feedback) and updates.csv (every report of every period in the sheet's columns, one blank row for an item
// never reported), so that the merged file is also next period's sheet. Texts in the other language carry its
// suffix ("title_en"), as the sheet's columns do.
import type { Feedback } from './feedback';
import type { KnownCommitment } from './ids';
import { csvCell, otherLang, sheetColumns } from './sheet';
import type { PublicReport, Site, SiteCommitment, TrackedItem, Unit } from './site';

/** Bumped when plan.json changes in a way its readers must know. */
export const PLAN_JSON_FORMAT = 1;

type Json = Record<string, unknown>;

/** The entries that say something, in the same order (a copy: deleting keys would slow every later read of o). */
function dropEmpty(o: Json): Json {
  const out: Json = {};
  for (const k in o) if (o[k] !== undefined && o[k] !== '') out[k] = o[k];
  return out;
}

/** A report's entries that say something, in dropEmpty's order, made without the object dropEmpty would copy: a
 * national repository has 120,000 reports (test/unit/publish/updates.test.ts, against the copy). */
export function reportJson(r: PublicReport, alt: string): Json {
  const o: Json = {};
  if (r.period !== '') o.period = r.period;
  if (r.status !== undefined) o.status = r.status;
  if (r.progress !== '') o.progress = r.progress;
  if (r.progressAlt !== '') o[`progress_${alt}`] = r.progressAlt;
  o.evidence = r.evidence;
  if (r.challenges !== '') o.challenges = r.challenges;
  if (r.challengesAlt !== '') o[`challenges_${alt}`] = r.challengesAlt;
  if (r.updated !== undefined && r.updated !== '') o.updated = r.updated;
  return o;
}

function itemJson(t: TrackedItem, alt: string): Json {
  return dropEmpty({
    id: t.id,
    text: t.text,
    [`text_${alt}`]: t.textAlt,
    due: t.due,
    lead: t.lead,
    status: t.status,
    statuses: t.reports.map((r) => reportJson(r, alt)),
  });
}

function unitJson(u: Unit, alt: string): Json {
  return dropEmpty({
    ...itemJson(u, alt),
    // Added in format 1 (audit 16): how the plan numbers it, and a milestone's table of indicators, each with its
    // own due date, lead, status and reports; the milestone's `status` is then made from theirs (`status_from`).
    ...(u.indicators ? { status: u.effective, status_from: 'indicators' } : {}),
    label: u.label,
    points: u.points,
    overdue: u.overdue,
    indicator: u.indicator ? itemJson(u.indicator, alt) : undefined,
    // Its indicators' points are not the plan's: the milestone is one unit of the points.
    indicators: u.indicators?.map((r) => dropEmpty({ ...unitJson(r, alt), points: undefined })),
  });
}

function feedbackJson(f: Feedback, alt: string): Json {
  return dropEmpty({
    id: f.id,
    date: f.date,
    author_type: f.author,
    text: f.text,
    [`text_${alt}`]: f.textAlt,
    response: f.response,
    [`response_${alt}`]: f.responseAlt,
    response_date: f.responseDate,
  });
}

function commitmentJson(c: SiteCommitment, alt: string): Json {
  const own = c.units.length === 1 && c.units[0].kind === 'commitment' ? c.units[0] : undefined;
  return dropEmpty({
    id: c.id,
    title: c.title,
    [`title_${alt}`]: c.titleAlt,
    level: c.level,
    verifiable: c.verifiable,
    verifiableReason: c.verifiableReason,
    lens: c.lens,
    problem: c.problem,
    fields: c.fields,
    start: c.span?.start,
    end: c.span?.end,
    missing: c.missing,
    points: c.points,
    // A commitment without milestones is reported on as itself.
    statuses: own ? own.reports.map((r) => reportJson(r, alt)) : undefined,
    status: own?.status,
    overdue: own?.overdue,
    milestones: own ? [] : c.units.map((u) => unitJson(u, alt)),
    // The commitment's own indicator (C01.0.1), added in format 1 (audit 16); a commitment without milestones has
    // it as `indicator` too.
    indicator: own?.indicator ? itemJson(own.indicator, alt) : c.indicator ? itemJson(c.indicator, alt) : undefined,
    feedback: c.feedback.map((f) => feedbackJson(f, alt)),
  });
}

/** plan.json's fields before its commitments. */
function planHead(site: Site, generator: { name: string; version: string }): Json {
  return {
    generator: generator.name,
    version: generator.version,
    format: PLAN_JSON_FORMAT,
    title: site.title,
    language: site.lang,
    today: site.today,
    periods: site.periods,
    points: site.points,
    counts: site.counts,
  };
}

/** Gone from the plan: kept so that their ids are never given to another commitment. */
function removedJson(site: Site, alt: string): Json[] {
  return site.removed.map((k) =>
    dropEmpty({
      id: k.id,
      title: k.title,
      [`title_${alt}`]: k.titleAlt,
      milestones: k.milestones.map((m) => dropEmpty({ id: m.id, text: m.text, [`text_${alt}`]: m.textAlt })),
    }),
  );
}

export function planJson(site: Site, generator: { name: string; version: string }): Json {
  const alt = otherLang(site.lang);
  return {
    ...planHead(site, generator),
    commitments: site.commitments.map((c) => commitmentJson(c, alt)),
    removed: removedJson(site, alt),
  };
}

/**
 * plan.json's text, one commitment a line (small enough for a national repository, still readable and diffable),
 * in parts: a national repository's 30 MB are written as they are made, each line let go once written.
 */
export function* planJsonParts(site: Site, generator: { name: string; version: string }): Generator<string> {
  const alt = otherLang(site.lang);
  const head = { ...planHead(site, generator), removed: removedJson(site, alt), commitments: [] };
  yield `${JSON.stringify(head).slice(0, -2)}\n`; // without "]}"
  for (let k = 0; k < site.commitments.length; k++)
    yield `${k ? ',\n' : ''}${JSON.stringify(commitmentJson(site.commitments[k], alt))}`;
  yield '\n]}\n';
}

/** The ids plan.json gives (what the next publication matches the edited plan against). */
export function registryFromPlanJson(json: unknown): KnownCommitment[] {
  const plan = json as { language?: string; commitments?: Json[]; removed?: Json[] };
  if (!Array.isArray(plan?.commitments)) return [];
  const alt = plan.language === 'en' ? 'fr' : 'en';
  const removed = Array.isArray(plan.removed) ? plan.removed : [];
  return [...known(plan.commitments, alt), ...known(removed, alt).map((k) => ({ ...k, removed: true }))];
}

function known(list: Json[], alt: string): KnownCommitment[] {
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return list
    .filter((c) => typeof c.id === 'string' && typeof c.title === 'string')
    .map((c) => ({
      id: c.id as string,
      title: c.title as string,
      titleAlt: str(c[`title_${alt}`]),
      indicatorsAlt: indicatorsAlt(c, alt),
      milestones: (Array.isArray(c.milestones) ? (c.milestones as Json[]) : [])
        .filter((m) => typeof m.id === 'string' && typeof m.text === 'string')
        .map((m) => ({
          id: m.id as string,
          text: m.text as string,
          textAlt: str(m[`text_${alt}`]),
          indicatorAlt: str((m.indicator as Json | undefined)?.[`text_${alt}`]),
        })),
    }));
}

/** The texts in the other language of a commitment's own indicator and of its milestones' tables of indicators. */
function indicatorsAlt(c: Json, alt: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  const add = (i: unknown) => {
    const j = i as Json | undefined;
    const text = j?.[`text_${alt}`];
    if (typeof j?.id === 'string' && typeof text === 'string' && text !== '') out[j.id] = text;
  };
  add(c.indicator);
  for (const m of Array.isArray(c.milestones) ? (c.milestones as Json[]) : [])
    for (const i of Array.isArray(m.indicators) ? (m.indicators as Json[]) : []) add(i);
  return Object.keys(out).length ? out : undefined;
}

/** updates.csv as published: every report, and a blank row for each item never reported; a line a part. */
export function* mergedUpdatesParts(site: Site): Generator<string> {
  const alt = otherLang(site.lang);
  const columns = sheetColumns(site.lang);
  // Cells in the sheet's column order, written a line at a time (120,000 reports make no row objects); each
  // cell is quoted when set, so an item's own cells are quoted once for all its reports.
  const at = new Map(columns.map((c, i) => [c, i]));
  yield `\ufeff${columns.map(csvCell).join(',')}\r\n`;
  const line = (cells: string[]) => `${cells.join(',')}\r\n`;
  for (const c of site.commitments) {
    const units: (Unit | undefined)[] = c.units;
    // The commitment's own indicator last, as the sheet has it.
    for (const u of c.indicator ? [...units, undefined] : units) {
      const items: [TrackedItem, boolean][] = [];
      // A milestone over a table of indicators has no row of its own: its indicators have, its text beside.
      if (u && !u.indicators) items.push([u, false]);
      if (u?.indicator) items.push([u.indicator, true]);
      for (const r of u?.indicators ?? []) items.push([r, true]);
      if (!u) items.push([c.indicator!, true]);
      for (const [t, isIndicator] of items) {
        const cells: string[] = columns.map(() => '');
        const set = (column: string, value: string | undefined) => (cells[at.get(column)!] = csvCell(value ?? ''));
        set('commitment', c.title);
        set(`commitment_${alt}`, c.titleAlt);
        if (u?.kind === 'milestone') {
          set('milestone', u.text);
          set(`milestone_${alt}`, u.textAlt);
        }
        if (isIndicator) {
          set('indicator', t.text);
          set(`indicator_${alt}`, t.textAlt);
        }
        set('id', t.id);
        set('due', t.due);
        set('lead', t.lead);
        if (t.reports.length === 0) yield line(cells);
        for (const r of t.reports) {
          set('period', r.period);
          set('status', r.status);
          set('progress', r.progress);
          set('evidence', r.evidence.join(' '));
          set('challenges', r.challenges);
          set('updated', r.updated);
          set(`progress_${alt}`, r.progressAlt);
          set(`challenges_${alt}`, r.challengesAlt);
          yield line(cells);
        }
      }
    }
  }
}
