// The updates ministries report, read from their sheets and checked: every id is one of the plan's, every
// status on the scale, every date a date, a status below "substantial" explains what holds it back (Canada's
// rule), and one id has one report per period. Rows with nothing reported (the template as it came) are skipped.
import { dueDay, periodMistake, readPeriod, sheetDay } from './dates';
import { assignIds, normalizeId, type PlanIds } from './ids';
import { otherLang, planRows, REPORTED, SHEET_ALIASES, sheetName, type SheetRow } from './sheet';
import { meantStatus, parseStatus, type TrackStatus } from './status';
import { columnLetter, Columns, type CsvRow, type CsvTable, type Problem } from './table';
import type { Commitment, Lang } from '../types';
import type { CountryCode } from '../countries';

export interface Report {
  id: string;
  /** YYYY-MM. */
  period: string;
  /** Absent when a ministry reported progress without a status. */
  status?: TrackStatus;
  progress: string;
  progressAlt: string;
  /** The cell's words, links or not: only http(s) links are ever made links. */
  evidence: string[];
  challenges: string;
  challengesAlt: string;
  /** YYYY-MM-DD. */
  updated?: string;
  file: string;
  row: number;
}

/** What the reader needs to know of the plan: which ids exist now, and which existed and were removed. */
export interface IdIndex {
  /** Every id of the plan: commitments, milestones, indicators (feedback may be about any). */
  ids: ReadonlySet<string>;
  /** Commitments that have milestones: they are reported on through them, not as a whole. */
  withMilestones: ReadonlySet<string>;
  /** Milestones over a table of indicators: reported on through their indicators (groups.ts). */
  withIndicators?: ReadonlySet<string>;
  /** Ids of the registry that no commitment of the plan matches any more, with their titles. */
  removed: ReadonlyMap<string, string>;
}

export interface Updates {
  reports: Report[];
  /** Texts in the other language by id (commitment, milestone or indicator), from any row, reported or not. */
  translations: Map<string, string>;
  problems: Problem[];
}

/** Texts a row may carry in the other language: its commitment's, its milestone's, its indicator's (by depth). */
const ALT_TEXTS = ['commitment', 'milestone', 'indicator'] as const;

/**
 * `country`: the plan's (planCountry). The rule that a status below "substantial" says what holds it back is named
 * as Canada's tracking rule to a Canadian plan only (audit 16, finding 21: a US agency was told Canada's rule).
 */
export function readUpdates(tables: readonly CsvTable[], index: IdIndex, lang: Lang, country?: CountryCode): Updates {
  const alt = otherLang(lang);
  const noChallenges = country === 'ca' ? 'noChallenges' : 'noChallengesPlain';
  const out: Updates = { reports: [], translations: new Map(), problems: [] };
  // Each id's reports so far, one per period: a repeated row must say the same as the first.
  const seen = new Map<string, Report[]>();
  // The columns' names in the other language, made once for every row of every sheet.
  const altTexts = ALT_TEXTS.map((t) => `${t}_${alt}`);
  const progressAlt = `progress_${alt}`;
  const challengesAlt = `challenges_${alt}`;
  // A national repository's sheets say the same periods, days and statuses again and again (120,000 rows, 8
  // periods): each distinct cell is read once, and its reading (a period or a day: one text each) is shared by
  // every report that says it.
  const periodOf = readOnce((p) => readPeriod(p, lang));
  const dayOf = readOnce((d) => sheetDay(d, lang));
  const statusOf = readOnce(parseStatus);
  for (const table of tables) {
    const cols = new Columns(table, SHEET_ALIASES, sheetName);
    const headerProblems = cols.check(REPORTED);
    out.problems.push(...headerProblems);
    if (headerProblems.length) continue;
    for (const row of table.rows) {
      const problem = (name: string, code: string, vars?: Problem['vars']) =>
        out.problems.push(cols.problem(row, name, code, vars));
      const status = cols.get(row, 'status');
      const progress = cols.get(row, 'progress');
      const progressAltText = cols.get(row, progressAlt);
      const evidence = cols.get(row, 'evidence');
      const challenges = cols.get(row, 'challenges');
      const challengesAltText = cols.get(row, challengesAlt);
      const reported =
        status !== '' ||
        progress !== '' ||
        progressAltText !== '' ||
        evidence !== '' ||
        challenges !== '' ||
        challengesAltText !== '';
      // Every bad cell of a row is said, not only the first: the id's, the period's, the status's, the day's (but
      // for a row of a commitment the plan removed: the user is told to delete it).
      const idCell = cols.get(row, 'id');
      let id: string | undefined;
      let removedRow = false;
      if (idCell === '') {
        if (!reported) continue;
        problem('id', 'noId');
      } else {
        id = normalizeId(idCell);
        if (!id) problem('id', 'badId', { value: idCell });
        else if (!index.ids.has(id)) {
          const removed = index.removed.get(id.split('.')[0]);
          if (removed !== undefined) problem('id', 'removedId', { id, title: removed });
          else problem('id', 'unknownId', { id, hint: nearIds(id, index.ids) });
          removedRow = removed !== undefined;
          id = undefined;
        } else if (reported && index.withMilestones.has(id)) {
          problem('id', 'reportOnMilestones', { id, milestones: nearIds(`${id}.1`, index.ids) });
          id = undefined;
        } else if (reported && index.withIndicators?.has(id)) {
          problem('id', 'reportOnIndicators', { id, indicators: nearIds(`${id}.1`, index.ids) });
          id = undefined;
        } else {
          // Translations come with any row, reported or not: the commitment's, the milestone's, the indicator's.
          for (let level = 0; level < altTexts.length; level++) {
            const text = cols.get(row, altTexts[level]);
            if (text === '') continue;
            const parts = id.split('.');
            if (parts.length > level) out.translations.set(parts.slice(0, level + 1).join('.'), text);
          }
        }
      }
      if (!reported || removedRow) continue;
      const period = cols.get(row, 'period');
      const periodCell = period === '' ? undefined : periodOf(period);
      const periodRead = typeof periodCell === 'string' ? periodCell : undefined;
      if (period === '') problem('period', 'noPeriod');
      else if (typeof periodCell === 'object')
        problem('period', 'ambiguousPeriod', {
          value: period,
          first: periodCell.ambiguous[0],
          second: periodCell.ambiguous[1],
        });
      else if (!periodRead) {
        const mistake = periodMistake(period)!;
        problem('period', mistake.code, mistake.vars);
      }
      let parsed: TrackStatus | undefined;
      if (status !== '') {
        parsed = statusOf(status);
        if (!parsed) {
          const meant = meantStatus(status);
          problem('status', meant ? `statusMeant.${meant}` : 'badStatus', { value: status });
        }
      }
      if ((parsed === 'not-started' || parsed === 'limited') && challenges === '' && challengesAltText === '')
        problem('challenges', noChallenges, { status });
      const updated = cols.get(row, 'updated');
      const read = updated === '' ? undefined : dayOf(updated);
      const day = read && 'day' in read ? read.day : undefined;
      if (read && 'mistake' in read) problem('updated', read.mistake.code, read.mistake.vars);
      // A report cannot be written before its period begins: one of the two cells was misread or mistyped.
      if (day && periodRead && day.slice(0, 7) < periodRead)
        problem('period', 'periodAfterUpdated', { value: period, period: periodRead, updated: day });
      if (id === undefined || periodRead === undefined || (status !== '' && !parsed)) continue;
      // Every field named here, those a row may leave out too: the reports all have one shape.
      const r: Report = {
        id,
        period: periodRead,
        status: parsed,
        progress,
        progressAlt: progressAltText,
        // The cell is trimmed: its words are what lies between runs of spaces.
        evidence: evidence === '' ? [] : evidence.split(/\s+/),
        challenges,
        challengesAlt: challengesAltText,
        updated: day,
        file: table.file,
        row: row.row,
      };
      const earlier = seen.get(id);
      const first = earlier?.find((e) => e.period === r.period);
      if (!first) {
        if (earlier) earlier.push(r);
        else seen.set(id, [r]);
        out.reports.push(r);
      } else if (!sameReport(first, r)) {
        problem('id', 'duplicate', { id, period, file: first.file, row: first.row });
      }
    }
  }
  return out;
}

/** `read`, asked once for each distinct text (a Map made by each call of readUpdates). */
function readOnce<T>(read: (s: string) => T): (s: string) => T {
  const said = new Map<string, T>();
  return (s) => {
    const known = said.get(s);
    if (known !== undefined || said.has(s)) return known as T;
    const value = read(s);
    said.set(s, value);
    return value;
  };
}

function sameReport(a: Report, b: Report): boolean {
  return (
    a.status === b.status &&
    a.progress === b.progress &&
    a.progressAlt === b.progressAlt &&
    a.evidence.join(' ') === b.evidence.join(' ') &&
    a.challenges === b.challenges &&
    a.challengesAlt === b.challengesAlt &&
    a.updated === b.updated
  );
}

/** For an unknown id, the ids it was likely meant to be: the same commitment's, or the range of the plan's. */
export function nearIds(id: string, ids: ReadonlySet<string>): string {
  const parts = id.split('.');
  for (let depth = parts.length - 1; depth >= 1; depth--) {
    const prefix = `${parts.slice(0, depth).join('.')}.`;
    const siblings = [...ids].filter((x) => x.startsWith(prefix) && x.split('.').length === parts.length);
    if (siblings.length) return range(siblings);
  }
  return range([...ids].filter((x) => !x.includes('.')));
}

function range(ids: string[]): string {
  if (ids.length === 0) return '';
  return ids.length <= 3 ? ids.join(', ') : `${ids[0]} … ${ids[ids.length - 1]}`;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** What identifies a sheet row's milestone (or indicator, or commitment without milestones) by its prefilled text. */
function rowKey(cols: Columns, row: CsvRow | SheetRow): string {
  const get = (name: string) =>
    squash('cells' in row ? cols.get(row as CsvRow, name) : ((row as SheetRow)[name] ?? ''));
  const milestone = get('milestone');
  return milestone === '' ? `\u0001${get('commitment')}` : `${milestone}\u0000${get('indicator')}`;
}

/**
 * On a first publication (no site published before), the plan's own ids, those `updates-template` derived from
 * it, are the reference: a row whose id is not its milestone's (a typo, « C01.7 » for C01.2; an id copied from
 * another row) is said, naming that row, and left out of what gives ids, so that a typo never becomes a public
 * id. A sheet made before an edit of the plan keeps its ids: a row is said only when the id its text has in the
 * plan is used by no other row and the other rows carry the plan's ids (the typo's case), or when its id is another
 * row's, of the text the plan gives that id.
 */
export function firstIdMistakes(
  tables: readonly CsvTable[],
  commitments: readonly Commitment[],
  lang: Lang,
): { problems: Problem[]; tables: CsvTable[] } {
  const planned = planRows(commitments, assignIds(commitments), lang);
  const byKey = new Map<string, string | null>();
  const textOf = new Map<string, string>();
  const noCols = new Columns({ file: '', header: [], rows: [] });
  for (const r of planned) {
    const key = rowKey(noCols, r);
    byKey.set(key, byKey.has(key) ? null : r.id);
    textOf.set(r.id, key);
  }
  // Every row's id and key, to tell which ids the sheets use and for which texts.
  const rows: { table: CsvTable; cols: Columns; row: CsvRow; id: string; key: string }[] = [];
  for (const table of tables) {
    const cols = new Columns(table, SHEET_ALIASES, sheetName);
    if (!cols.has('id') || !cols.has('milestone')) continue;
    for (const row of table.rows) {
      const id = normalizeId(cols.get(row, 'id'));
      const key = rowKey(cols, row);
      if (id && key !== '\u0001') rows.push({ table, cols, row, id, key });
    }
  }
  const used = new Map<string, (typeof rows)[number][]>();
  for (const r of rows) used.set(r.id, [...(used.get(r.id) ?? []), r]);
  // Whether the sheets otherwise give the plan's own ids: the other rows of the commitment the row's text is in
  // (else all other rows) carry the id the plan gives their text. Not so for a sheet made before the plan was
  // reordered or had a milestone added: its ids are matched as they are.
  const keepsPlanIds = (r: (typeof rows)[number], expected: string) => {
    const prefix = `${expected.split('.')[0]}.`;
    const others = rows.filter((o) => o !== r && byKey.get(o.key));
    const siblings = others.filter((o) => byKey.get(o.key)!.startsWith(prefix));
    const evidence = siblings.length ? siblings : others;
    return evidence.length > 0 && evidence.every((o) => byKey.get(o.key) === o.id);
  };
  const problems: Problem[] = [];
  const wrong = new Set<CsvRow>();
  for (const r of rows) {
    const expected = byKey.get(r.key);
    if (!expected || expected === r.id) continue;
    const text = r.key.split(/[\u0000\u0001]/).find((s) => s !== '') ?? '';
    const other = used.get(r.id)!.find((o) => o.key !== r.key && o.key === textOf.get(r.id));
    if (other) {
      const otherText = other.key.split(/[\u0000\u0001]/).find((s) => s !== '') ?? '';
      problems.push(
        r.cols.problem(r.row, 'id', 'idOfAnother', {
          id: r.id,
          other: otherText,
          file: other.table.file,
          row: other.row.row,
          text,
          expected,
        }),
      );
    } else if (!textOf.has(r.id) && !used.has(expected) && keepsPlanIds(r, expected)) {
      problems.push(r.cols.problem(r.row, 'id', 'idNotItsMilestone', { id: r.id, text, expected }));
    } else continue;
    wrong.add(r.row);
  }
  if (wrong.size === 0) return { problems, tables: [...tables] };
  return { problems, tables: tables.map((t) => ({ ...t, rows: t.rows.filter((row) => !wrong.has(row)) })) };
}

/**
 * The prefilled cells a ministry changed (the due date, the milestone's text): the plan's stay, and the person is
 * told so, naming the cells, since a change to a commitment goes through a revision of the plan. Rows reported on
 * only; a due date Excel rewrote (« Dec-23 », 12/1/2023) is the same month.
 */
export function prefilledChanges(
  tables: readonly CsvTable[],
  commitments: readonly Commitment[],
  ids: PlanIds,
  lang: Lang,
): Problem[] {
  const planned = new Map(planRows(commitments, ids, lang).map((r) => [r.id, r]));
  const month = (s: string) => {
    const p = readPeriod(s, lang);
    return typeof p === 'string' ? p : dueDay(s)?.slice(0, 7);
  };
  const notices: Problem[] = [];
  for (const table of tables) {
    const cols = new Columns(table, SHEET_ALIASES, sheetName);
    for (const row of table.rows) {
      const id = normalizeId(cols.get(row, 'id'));
      const plan = id ? planned.get(id) : undefined;
      if (!plan || (cols.get(row, 'status') === '' && cols.get(row, 'progress') === '')) continue;
      const due = cols.get(row, 'due');
      const milestone = squash(cols.get(row, 'milestone'));
      const dueChanged =
        cols.has('due') &&
        due !== '' &&
        due !== plan.due &&
        (month(due) === undefined || month(due) !== month(plan.due));
      const textChanged = cols.has('milestone') && milestone !== '' && milestone !== squash(plan.milestone ?? '');
      if (!dueChanged && !textChanged) continue;
      const code = dueChanged && textChanged ? 'prefilledBoth' : dueChanged ? 'prefilledDue' : 'prefilledText';
      notices.push({
        file: table.file,
        row: row.row,
        code,
        vars: {
          id: id!,
          dueLetter: columnLetter(cols.at('due') ?? 0),
          textLetter: columnLetter(cols.at('milestone') ?? 0),
          due: plan.due ?? '',
          text: plan.milestone ?? '',
        },
      });
    }
  }
  return notices;
}

/** An address the public can open from the site: the evidence column's words that are one are linked. */
export const isWebLink = (word: string): boolean => /^https?:\/\/[^\s<>"'`]+$/i.test(word);

/**
 * Evidence that is not a web address (« See the OIP SharePoint folder », an intranet path): published as text the
 * public cannot open (audit 16, finding 21). Said, naming the cell; the site is still made.
 */
export function evidenceNotLinks(tables: readonly CsvTable[]): Problem[] {
  const notices: Problem[] = [];
  for (const table of tables) {
    const cols = new Columns(table, SHEET_ALIASES, sheetName);
    if (!cols.has('evidence')) continue;
    for (const row of table.rows) {
      const words = cols
        .get(row, 'evidence')
        .split(/\s+/)
        .filter((w) => w !== '');
      const text = words.filter((w) => !isWebLink(w));
      if (text.length === 0) continue;
      const code = text.length === words.length ? 'evidenceNotLink' : 'evidenceTextBeside';
      notices.push(cols.problem(row, 'evidence', code, { value: text.join(' ') }));
    }
  }
  return notices;
}
