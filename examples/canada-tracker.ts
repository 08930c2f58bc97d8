// Canada's open government tracker (open-data/ckanext-canada: commitment -> milestone -> indicator, English
// and French, a due date per indicator) turned into what `jalon publish` reads: a plan per action plan, in
// French, and its follow-up sheet with the English texts, ready for each reporting period.
//
//   npx tsx examples/canada-tracker.ts ../shared/ogp-data/canada-nap-tracker-2018-2024.csv --out canada
//   npx jalon publish canada/canada-2022-2024/plan.md --updates canada/canada-2022-2024/updates.csv --out site
//
// Each commitment's milestones and indicators are written as a table whose header names the fields (« Jalon |
// Indicateur | Échéance | Ministère responsable »), one row per indicator, the dated thing a department reports
// on: Jalon reads each row as a milestone (its title, Canada's « Jalon 1.1 : … ») measured by its indicator, due
// and led as Canada says. A milestone with three indicators is thus three rows, each with the milestone's title.
// The file holds no status: the sheet comes with every row unreported, as a department receives it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  analyze,
  assignIds,
  csvText,
  fromParagraphs,
  milestoneText,
  planRows,
  sheetColumns,
  type SheetRow,
} from '../src/core';
import { readMarkdown } from '../src/cli/read/markdown';

export interface CanadaRow {
  plan: string;
  commitment_id: string;
  commitment_en: string;
  commitment_fr: string;
  milestone_id: string;
  milestone_en: string;
  milestone_fr: string;
  milestone_full_en: string;
  milestone_full_fr: string;
  indicator_id: string;
  indicator_en: string;
  indicator_fr: string;
  indicator_full_en: string;
  indicator_full_fr: string;
  deadline_fr: string;
  due_date: string;
  lead_dept: string;
}

export interface Converted {
  /** Folder name: "canada-2018-2020". */
  slug: string;
  plan: string;
  sheet: string;
  /** Canada's indicator and milestone ids, and the Jalon milestone (the row) and indicator they got. */
  ids: string;
  /** Tracker rows (indicator ids) that Jalon did not read back as written (it then says which). */
  unread: string[];
}

const MONTHS = new Intl.DateTimeFormat('fr', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const cell = (s: string) => s.replace(/\s+/g, ' ').trim();
const key = (s: string) => cell(s).toLowerCase();

/**
 * The departments' French names by their French acronym, written once in each commitment's lead line
 * (« Ressources naturelles Canada (RNCAN) ») so that the published site names them; the tracker's English
 * acronyms (WAGE, ESDC) and former names (MAECD, now Affaires mondiales Canada) given their French form.
 */
const DEPARTMENTS: Record<string, string> = {
  AMC: 'Affaires mondiales Canada',
  BAC: 'Bibliothèque et Archives Canada',
  BCP: 'Bureau du Conseil privé',
  CFC: 'Condition féminine Canada',
  CNRC: 'Conseil national de recherches Canada',
  CRDI: 'Centre de recherches pour le développement international',
  ECCC: 'Environnement et Changement climatique Canada',
  EDSC: 'Emploi et Développement social Canada',
  ÉFPC: 'École de la fonction publique du Canada',
  FEGC: 'Femmes et Égalité des genres Canada',
  FIN: 'Finances Canada',
  GRC: 'Gendarmerie royale du Canada',
  ISDE: 'Innovation, Sciences et Développement économique Canada',
  JUS: 'Justice Canada',
  PCH: 'Patrimoine canadien',
  RCAAN: 'Relations Couronne-Autochtones et Affaires du Nord Canada',
  RNCAN: 'Ressources naturelles Canada',
  SAC: 'Services aux Autochtones Canada',
  SC: 'Santé Canada',
  SCT: 'Secrétariat du Conseil du Trésor du Canada',
  SP: 'Sécurité publique Canada',
  SPAC: 'Services publics et Approvisionnement Canada',
  STATCAN: 'Statistique Canada',
};
const FRENCH_ACRONYM: Record<string, string> = { WAGE: 'FEGC', ESDC: 'EDSC', MAECD: 'AMC', EC: 'ECCC', IC: 'ISDE' };

/** "tbs-sct" is the Treasury Board Secretariat, "SCT" in French; 4th-plan milestones end with "(SCT)". */
function lead(r: CanadaRow): string {
  const acronym = r.lead_dept
    ? r.lead_dept.split('-').pop()!.toUpperCase()
    : (/\(([^()]{2,30})\)\.?\s*$/.exec(r.milestone_fr)?.[1].trim() ?? '');
  return FRENCH_ACRONYM[acronym] ?? acronym;
}

/** A lead line's department: its name and its acronym, or the acronym alone when its name is not known here. */
const named = (acronym: string) => (DEPARTMENTS[acronym] ? `${DEPARTMENTS[acronym]} (${acronym})` : acronym);

/**
 * The date cell: Canada's own deadline (« D'ici juin 2024 », « D'ici l'automne 2022 »), with the month of the
 * tracker's due date after it when its words name no year (« En cours (décembre 2024) »), or that month alone;
 * when the tracker gives neither, the deadline the indicator states at its end (« … (Juin 2020) »).
 */
function due(r: CanadaRow): string {
  const words = cell(r.deadline_fr);
  const month = /^\d{4}-\d{2}$/.test(r.due_date) ? MONTHS.format(new Date(`${r.due_date}-01T00:00:00Z`)) : '';
  if (/\b\d{4}\b/.test(words)) return words;
  if (month) return words ? `${words} (${month})` : month;
  return words || (/\(([^()]*\b\d{4}\b[^()]*)\)\s*\.?$/.exec(indicatorFr(r))?.[1].trim() ?? '');
}

/** « Jalon 1.1 : … », as Canada's plan numbers its milestones (« C01.1 » is the first of commitment 1). */
function milestoneFr(r: CanadaRow): string {
  return `Jalon ${number(r.milestone_id)} : ${cell(r.milestone_full_fr || r.milestone_fr)}`;
}
function milestoneEn(r: CanadaRow): string {
  return `Milestone ${number(r.milestone_id)}: ${cell(r.milestone_full_en || r.milestone_en)}`;
}
const number = (id: string) => id.replace(/^C0*/, '');
const indicatorFr = (r: CanadaRow) => cell(r.indicator_full_fr || r.indicator_fr);
const indicatorEn = (r: CanadaRow) => cell(r.indicator_full_en || r.indicator_en);
/** A Markdown table cell: one line, its bars escaped. */
const tableCell = (s: string) => s.replace(/\|/g, '\\|');

function planText(title: string, rows: CanadaRow[]): string {
  const out = [
    `# ${title}`,
    '',
    'Converti depuis le suivi canadien (open-data/ckanext-canada) par examples/canada-tracker.ts.',
    '',
  ];
  const commitments = [...new Set(rows.map((r) => r.commitment_id))];
  commitments.forEach((id, k) => {
    const rs = rows.filter((r) => r.commitment_id === id);
    const leads = [...new Set(rs.map(lead).filter((l) => l !== ''))];
    out.push(`## Engagement ${k + 1} : ${cell(rs[0].commitment_fr)}`, '');
    if (leads.length) out.push(`**Porteur :** ${leads.map(named).join(', ')}`, '');
    // One row per indicator, under the milestone it measures; the header names each column's field.
    out.push('| Jalon | Indicateur | Échéance | Ministère responsable |', '| --- | --- | --- | --- |');
    for (const r of rs) out.push(`| ${[milestoneFr(r), indicatorFr(r), due(r), lead(r)].map(tableCell).join(' | ')} |`);
    out.push('');
  });
  return out.join('\n');
}

export function convertCanada(csv: string): Converted[] {
  const rows = parse(csv, { bom: true, columns: true, skip_empty_lines: true }) as CanadaRow[];
  return [...new Set(rows.map((r) => r.plan))].map((name) => {
    const rs = rows.filter((r) => r.plan === name);
    const years = /(\d{4})-(\d{4})/.exec(name);
    const slug = `canada-${years ? `${years[1]}-${years[2]}` : name.replace(/\W+/g, '-').toLowerCase()}`;
    const title = `Plan d’action national du Canada pour un gouvernement ouvert ${years ? `${years[1]}-${years[2]}` : name}`;
    const plan = planText(title, rs);
    // Read as `jalon publish` reads plan.md (tables are cells), so that the ids are the site's.
    const analysis = analyze(fromParagraphs(readMarkdown(plan)), { lang: 'fr', earlierPlans: null });
    const ids = assignIds(analysis.commitments);
    const sheetRows: SheetRow[] = planRows(analysis.commitments, ids, 'fr');
    // Canada's English texts beside Jalon's ids, each row by its place: the k-th commitment's j-th milestone is its
    // j-th tracker row, when Jalon read that row's milestone and indicator as written.
    const commitmentIds = [...new Set(rs.map((r) => r.commitment_id))];
    const mapping: SheetRow[] = [];
    const unread: string[] = [];
    commitmentIds.forEach((cid, k) => {
      const c = analysis.commitments[k];
      const ms = c?.fields.milestones ?? [];
      rs.filter((r) => r.commitment_id === cid).forEach((r, j) => {
        const m = ms[j];
        if (
          !m ||
          !m.indicator ||
          key(milestoneText(m)) !== key(milestoneFr(r)) ||
          key(m.indicator.text) !== key(indicatorFr(r))
        ) {
          unread.push(r.indicator_id);
          return;
        }
        const id = ids.commitments[k].milestones[j];
        const iid = `${id}.1`; // Jalon's id of a milestone's indicator
        for (const row of sheetRows.filter((x) => x.id === id || x.id === iid)) {
          row.commitment_en = cell(r.commitment_en);
          row.milestone_en = milestoneEn(r);
          if (row.id === iid) row.indicator_en = indicatorEn(r);
        }
        mapping.push({
          canada_indicator: r.indicator_id,
          canada_milestone: r.milestone_id,
          canada_milestone_en: cell(r.milestone_en),
          jalon: id,
          jalon_indicator: iid,
        });
      });
    });
    return {
      slug,
      plan,
      sheet: csvText(sheetColumns('fr'), sheetRows),
      ids: csvText(
        ['canada_indicator', 'canada_milestone', 'canada_milestone_en', 'jalon', 'jalon_indicator'],
        mapping,
      ),
      unread,
    };
  });
}

function main(argv: string[]): number {
  const input = argv[0];
  const out = argv[argv.indexOf('--out') + 1];
  if (!input || !argv.includes('--out') || !out) {
    process.stderr.write('usage: tsx examples/canada-tracker.ts TRACKER.csv --out FOLDER\n');
    return 2;
  }
  for (const c of convertCanada(readFileSync(input, 'utf8'))) {
    const dir = join(out, c.slug);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'plan.md'), c.plan);
    writeFileSync(join(dir, 'updates.csv'), c.sheet);
    writeFileSync(join(dir, 'ids.csv'), c.ids);
    const unread = c.unread.length ? `; not read back as written: ${c.unread.join(', ')}` : '';
    process.stdout.write(`${dir}: plan.md, updates.csv, ids.csv${unread}\n`);
  }
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
