// Canada's open government tracker (open-data/ckanext-canada: commitment -> milestone -> indicator, English
// and French, a due date per indicator) turned into what `jalon publish` reads: a plan per action plan, in
// French, and its follow-up sheet with the English texts, ready for each reporting period.
//
//   npx tsx examples/canada-tracker.ts ../shared/ogp-data/canada-nap-tracker-2018-2024.csv --out canada
//   npx jalon publish canada/canada-2022-2024/plan.md --updates canada/canada-2022-2024/updates.csv --out site
//
// Each of Canada's indicators, the dated thing a department reports on, becomes a Jalon milestone (Jalon reads one
// indicator per milestone; Canada's milestones, which group them, are kept in ids.csv with Canada's ids). The
// file holds no status: the sheet comes with every row unreported, as a department receives it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  analyze,
  assignIds,
  csvText,
  fromPlainText,
  milestoneText,
  planRows,
  sheetColumns,
  type SheetRow,
} from '../src/core';

export interface CanadaRow {
  plan: string;
  commitment_id: string;
  commitment_en: string;
  commitment_fr: string;
  milestone_id: string;
  milestone_en: string;
  milestone_fr: string;
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
  /** Canada's indicator id, Canada's milestone, and the Jalon id it got. */
  ids: string;
  /** Tracker rows that Jalon did not read as a milestone (it then says which). */
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

const MONTH_YEAR =
  /\b(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+\d{4}\b/giu;

/** The deadlines a cell names (« D'ici février 2022 et février 2023 »), when it names more than one. */
function deadlines(r: CanadaRow): string[] {
  const all = [...new Set(r.deadline_fr.match(MONTH_YEAR) ?? [])];
  return all.length > 1 ? all : [];
}

function due(r: CanadaRow): string {
  // Several deadlines: the milestone is due at the last; the cell is kept whole in its text (`milestoneLine`).
  const several = deadlines(r);
  if (several.length) return several[several.length - 1];
  if (/^\d{4}-\d{2}$/.test(r.due_date)) return MONTHS.format(new Date(`${r.due_date}-01T00:00:00Z`));
  return cell(r.deadline_fr);
}

// Jalon reads "x (juin 2019); y (juin 2020)" on one line as two milestones: one indicator stays one milestone.
const indicatorFr = (r: CanadaRow) =>
  cell(r.indicator_full_fr || r.indicator_fr).replace(/\s*;\s*/g, ', ') +
  (deadlines(r).length ? ` (${cell(r.deadline_fr).replace(/\s*;\s*/g, ', ')})` : '');
const indicatorEn = (r: CanadaRow) => cell(r.indicator_full_en || r.indicator_en);

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
    // One line per milestone, as Jalon's template asks: deliverable – date – owner.
    out.push('**Jalons :**', '');
    for (const r of rs) out.push(`- ${[indicatorFr(r), due(r), lead(r)].filter((x) => x !== '').join(' – ')}`);
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
    const analysis = analyze(fromPlainText(plan, { markdown: true }), { lang: 'fr', earlierPlans: null });
    const ids = assignIds(analysis.commitments);
    const sheetRows: SheetRow[] = planRows(analysis.commitments, ids, 'fr');
    // Canada's English texts beside Jalon's ids: the commitment by its number, each indicator by its French text.
    const byText = new Map(rs.map((r) => [key(indicatorFr(r)), r]));
    const commitmentIds = [...new Set(rs.map((r) => r.commitment_id))];
    const mapping: SheetRow[] = [];
    analysis.commitments.forEach((c, k) => {
      const first = rs.find((r) => r.commitment_id === commitmentIds[k]);
      (c.fields.milestones ?? []).forEach((m, j) => {
        // Jalon's text of the line, or its start when the indicator's own words hold a " – date – " part.
        const text = key(milestoneText(m));
        const found = byText.has(text)
          ? text
          : [...byText.keys()].find((k) => k.startsWith(text) || text.startsWith(k));
        const r = found === undefined ? undefined : byText.get(found);
        const id = ids.commitments[k].milestones[j];
        const row = sheetRows.find((x) => x.id === id)!;
        if (first) row.commitment_en = cell(first.commitment_en);
        if (!r) return;
        row.milestone_en = indicatorEn(r);
        mapping.push({
          canada_indicator: r.indicator_id,
          canada_milestone: r.milestone_id,
          canada_milestone_en: cell(r.milestone_en),
          jalon: id,
        });
        byText.delete(found!);
      });
    });
    return {
      slug,
      plan,
      sheet: csvText(sheetColumns('fr'), sheetRows),
      ids: csvText(['canada_indicator', 'canada_milestone', 'canada_milestone_en', 'jalon'], mapping),
      unread: [...byText.values()].map((r) => r.indicator_id),
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
    const unread = c.unread.length ? `; not read as milestones: ${c.unread.join(', ')}` : '';
    process.stdout.write(`${dir}: plan.md, updates.csv, ids.csv${unread}\n`);
  }
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
