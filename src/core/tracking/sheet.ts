// The follow-up sheet ministries fill in each reporting period: one row per milestone (and per indicator where
// the plan gives one; one row for a commitment without milestones; a milestone over a table of indicators has a
// row per indicator and none of its own; a commitment's own indicator a row of its own, groups.ts), prefilled with its id, text, due date and
// lead. The same columns make the merged open-data file. UTF-8 with a byte-order mark, so that Excel opens the
// accents correctly; cells a spreadsheet would run as a formula get an apostrophe first.
import { calendarOf } from '../commitments/fields';
import { parseDates } from '../dates';
import type { Commitment, Lang, Milestone, PlanReading } from '../types';
import { ownIndicator, ownIndicatorId, rolesOf } from './groups';
import { spanOf } from './plan-text';
import { assignIds, indicatorId, type IdRegistry, type KnownCommitment, type PlanIds } from './ids';
import { headerKey } from './table';
import { leadText, plainText, tableCells, titleText } from './text';

/** Context for whoever fills the sheet, taken from the plan (read back only to keep ids when the plan changes). */
export const PREFILLED = ['commitment', 'milestone', 'indicator', 'due', 'lead'] as const;
/** What a ministry reports, in this order after the prefilled ones. */
export const REPORTED = ['id', 'period', 'status', 'progress', 'evidence', 'challenges', 'updated'] as const;
/** Text columns that also come in the other language, suffixed with its code ("progress_en"). */
export const TRANSLATED = ['commitment', 'milestone', 'indicator', 'progress', 'challenges'] as const;

export type Column = (typeof PREFILLED)[number] | (typeof REPORTED)[number];

export const otherLang = (lang: Lang): Lang => (lang === 'fr' ? 'en' : 'fr');

export function sheetColumns(lang: Lang): string[] {
  const alt = otherLang(lang);
  return [...PREFILLED, ...REPORTED, ...TRANSLATED.map((c) => `${c}_${alt}`)];
}

/** The sheet's columns as a French sheet names them (the texts in English keep their suffix: « jalon_en »). */
const FRENCH_NAMES: Record<string, string> = {
  commitment: 'engagement',
  milestone: 'jalon',
  indicator: 'indicateur',
  due: 'échéance',
  lead: 'porteur',
  id: 'id',
  period: 'période',
  status: 'état',
  progress: 'avancement',
  evidence: 'preuves',
  challenges: 'difficultés',
  updated: 'mis à jour le',
};

/** A column's name in a sheet of the language (`commitment_en` is « engagement_en » in French). */
export function sheetName(column: string, french: boolean): string {
  if (!french) return column;
  const [base, suffix] = column.split('_');
  return `${FRENCH_NAMES[base] ?? base}${suffix ? `_${suffix}` : ''}`;
}

/** The header of a sheet for ministries of the language: French names in a French sheet. */
export function sheetHeader(lang: Lang): string[] {
  return sheetColumns(lang).map((c) => sheetName(c, lang === 'fr'));
}

/** A French sheet's column names (folded) to the names the code reads; English names are read as they are. */
export const SHEET_ALIASES: ReadonlyMap<string, string> = new Map(
  (['fr', 'en'] as const).flatMap((alt) =>
    [...PREFILLED, ...REPORTED, ...TRANSLATED.map((c) => `${c}_${alt}`)].map(
      (c) => [headerKey(sheetName(c, true)), c] as [string, string],
    ),
  ),
);

/** One row of the sheet, by column name. */
export type SheetRow = Record<string, string>;

/**
 * RFC 4180 quoting (a cell holding a comma or a semicolon is quoted); text with a leading =, +, -, @, tab or return gets an apostrophe so that no spreadsheet runs it
 * (a number is written as it is). The one cell writer of the follow-up sheets and the command line's CSV reports.
 */
export function csvCell(value: string | number): string {
  const s = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  // Quoted on either separator, so that the cell is one cell whichever the file uses (csvSeparator).
  return /[",;\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export type CsvSeparator = ',' | ';';

/**
 * The column separator a spreadsheet opens in the language: Excel set up in French (France, Quebec) splits a
 * double-clicked file on semicolons and puts a comma-separated one in a single column; in English, commas.
 */
export const csvSeparator = (lang: Lang): CsvSeparator => (lang === 'fr' ? ';' : ',');

/**
 * Several institutions in one cell, one per line in the plan (« Institutions porteuses : » and a list), joined so
 * that they read as several (« ; » in French, ", " in English), never run together with spaces as one name.
 */
export function listCell(text: string, lang: Lang): string {
  return leadText(text, lang);
}

/** The file's bytes as text: BOM, header, rows, CRLF line ends as Excel writes them. */
export function csvText(
  columns: readonly string[],
  rows: readonly SheetRow[],
  separator: CsvSeparator = ',',
  header: readonly string[] = columns,
): string {
  const lines = [header.map(csvCell).join(separator)];
  for (const r of rows) lines.push(columns.map((c) => csvCell(r[c] ?? '')).join(separator));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** The prefilled part of each row of a plan, with its id: what the template holds before anyone reports. */
export function planRows(commitments: readonly Commitment[], ids: PlanIds, lang: Lang): SheetRow[] {
  const alt = otherLang(lang);
  const rows: SheetRow[] = [];
  commitments.forEach((c, i) => {
    const cid = ids.commitments[i];
    const known = cid.known;
    const base = (): SheetRow => ({
      commitment: titleText(c.title),
      lead: c.fields.lead ? listCell(c.fields.lead.text, lang) : '',
      [`commitment_${alt}`]: known?.titleAlt ?? '',
    });
    const ms = c.fields.milestones ?? [];
    const end = calendarOf(c.fields).end ?? '';
    const own = ownIndicator(c);
    // Due when the commitment ends, as its page says (its calendar, its milestones', its target's date).
    const ownDue = own ? (spanOf(c).end ?? '') : '';
    if (ms.length === 0) {
      rows.push({ ...base(), id: cid.id, due: end });
      if (own) rows.push(ownIndicatorRow(base(), own, cid.id, ownDue, known, alt));
      return;
    }
    const roles = rolesOf(c);
    ms.forEach((m: Milestone, k) => {
      const role = roles?.[k];
      // A milestone over a table of indicators has no row of its own: its status is made from its indicators'.
      if (role?.kind === 'head') return;
      const head = role?.kind === 'row' ? ms[role.head] : m;
      const id = role?.kind === 'row' ? cid.milestones[role.head] : cid.milestones[k];
      const knownMilestone = known?.milestones.find((x) => x.id === id);
      const parts = milestoneParts(head, lang);
      const row: SheetRow = {
        ...base(),
        id,
        milestone: parts.text,
        due: head.date ?? '',
        [`milestone_${alt}`]: knownMilestone?.textAlt ?? '',
      };
      if (parts.lead) row.lead = parts.lead;
      if (role?.kind === 'row') {
        // One of the milestone's indicators: what, by when, who, its milestone's text beside.
        const iid = cid.milestones[k];
        const own = milestoneParts(m, lang);
        rows.push({
          ...row,
          id: iid,
          indicator: plainText(m.indicator!.text),
          due: m.date ?? '',
          lead: own.lead ?? row.lead,
          [`indicator_${alt}`]: known?.indicatorsAlt?.[iid] ?? '',
        });
        return;
      }
      rows.push(row);
      if (m.indicator) {
        const iid = indicatorId(id);
        const indicator = plainText(m.indicator.text);
        rows.push({ ...row, id: iid, indicator, [`indicator_${alt}`]: knownMilestone?.indicatorAlt ?? '' });
      }
    });
    if (own) rows.push(ownIndicatorRow(base(), own, cid.id, ownDue, known, alt));
  });
  return rows;
}

/** The row of a commitment's own indicator (groups.ts): due when the commitment ends. */
function ownIndicatorRow(
  base: SheetRow,
  v: { text: string },
  commitment: string,
  due: string,
  known: KnownCommitment | undefined,
  alt: Lang,
): SheetRow {
  const id = ownIndicatorId(commitment);
  return {
    ...base,
    id,
    indicator: plainText(v.text),
    due,
    [`indicator_${alt}`]: known?.indicatorsAlt?.[id] ?? '',
  };
}

/**
 * A milestone as the public reads it, and who leads it: its deliverable and lead where the plan names them;
 * else its line, without what the line says apart: the template's "deliverable – date – owner" gives all three,
 * a table row read whole gives its first cell with words (the date and owner cells are read apart).
 */
export function milestoneParts(m: Milestone, lang: Lang = 'fr'): { text: string; lead?: string } {
  const lead = m.lead ? leadText(m.lead.text, lang) || undefined : undefined;
  if (m.deliverable) return { text: plainText(m.deliverable.text), lead };
  const cells = tableCells(m.text);
  if (cells) return { text: plainText(cells.find((c) => /\p{L}{3}/u.test(c)) ?? m.text), lead };
  const parts = plainText(m.text).split(/\s+[–—]\s+/);
  const date = parts.findIndex((p, k) => k > 0 && p.length <= 40 && parseDates(p).length > 0);
  if (date < 0) return { text: parts.join(' – '), lead };
  const owner = leadText(parts.slice(date + 1).join(' – '), lang);
  // The owner's whole cell where the reading kept one name of it (« DAJ et Direction des achats de l'État (DAE) »).
  const whole = owner !== '' && (!lead || owner.includes(lead)) ? owner : lead;
  return { text: parts.slice(0, date).join(' – '), lead: whole };
}

export function milestoneText(m: Milestone): string {
  return milestoneParts(m).text;
}

export interface SheetOptions {
  /** Ids given before (an earlier sheet, the published site): matched commitments keep theirs. */
  registry?: IdRegistry;
}

/**
 * The follow-up sheet of an analysed plan, as `jalon updates-template` writes it and the pane's "Prepare the
 * follow-up sheet" saves it: the same text for the same analysis.
 */
export function updatesSheet(analysis: PlanReading, options: SheetOptions = {}): string {
  const ids = assignIds(analysis.commitments, options.registry);
  const lang = analysis.language;
  const rows = planRows(analysis.commitments, ids, lang);
  const columns = sheetColumns(lang);
  // An English plan is not translated into French unless its sheets already were (audit 16, finding 21): a US agency
  // is not given five French columns to leave alone. A French plan keeps its English columns (Canada's bilingual
  // tracking); sheets holding the columns are read all the same.
  const french = columns.filter((c) => c.endsWith('_fr'));
  const kept =
    lang === 'en' && !rows.some((r) => french.some((c) => r[c])) ? columns.filter((c) => !french.includes(c)) : columns;
  return csvText(
    kept,
    rows,
    csvSeparator(lang),
    kept.map((c) => sheetName(c, lang === 'fr')),
  );
}
