// Milestones read from real layouts, against Canada's official tracker of the same plans (milestone -> indicator,
// with deadlines and leads): the 2018-2020 draft (« Jalon 1.1 – … (SCT) » then « Indicateurs : » lists) and the
// 2022-2024 draft (« Jalon 1.1 : … » headings, then a table Indicateur | Échéance | Ministère responsable), each in
// its three formats (Markdown, pandoc .docx, LibreOffice .docx), which must agree.
// Tuned on the 2018-2020 draft and the US plan; the 2022-2024 draft was only checked at the end (its figures are
// a measurement, not a fit).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { readDraft } from '../../src/cli/input';
import { readCommitments } from '../../src/core/commitments';
import type { Milestone } from '../../src/core/types';

const DATA = join(__dirname, '../../../shared/ogp-data');
interface Row {
  plan: string;
  milestone_id: string;
  milestone_fr: string;
  due_date: string;
  lead_dept: string;
}
const tracker = parse(readFileSync(join(DATA, 'canada-nap-tracker-2018-2024.csv')), { columns: true }) as Row[];

function milestonesOf(file: string): Milestone[][] {
  const d = readDraft(file);
  return readCommitments(d.source, { lang: 'fr', earlierPlans: null }).map((c) => c.fields.milestones ?? []);
}

/**
 * What a reader sees of a milestone, the same whatever the format. The word processors change the text itself a
 * little (pandoc writes typographic apostrophes and collapses double spaces, LibreOffice's autocorrect curls
 * quotes), so those are read alike.
 */
const plain = (s?: string) => (s ?? '').replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
const seen = (ms: Milestone[]) =>
  JSON.stringify(ms.map((m) => [plain(m.text), m.date, plain(m.lead?.text), plain(m.indicator?.text)]));
// The tracker's department codes whose French acronym differs (Industry Canada is ISDE, and so on).
const DEPARTMENTS: Record<string, string> = { ic: 'isde', ec: 'eccc', dfatd: 'amc', wage: 'fegc' };
const share = (n: number, d: number) => (d === 0 ? 0 : n / d);
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

export async function run(): Promise<boolean> {
  let ok = true;
  const bar = (name: string, value: number, min: number) => {
    const pass = value >= min;
    console.log(`${pass ? 'ok  ' : 'FAIL'} ${name}: ${pct(value)} (bar ${pct(min)})`);
    ok &&= pass;
  };

  // 2018-2020: one milestone per tracker milestone, its date the last deadline of its indicators, its lead the
  // department in parentheses.
  const rows18 = tracker.filter((r) => r.plan.startsWith('Canada 2018'));
  const ids = [...new Set(rows18.map((r) => r.milestone_id))];
  const reads18 = ['md', 'pandoc.docx', 'lo.docx'].map((ext) =>
    milestonesOf(join(DATA, 'drafts', `fr-canada-pan-2018-2020.${ext}`)).flat(),
  );
  const same18 = reads18.every((r) => seen(r) === seen(reads18[0]));
  const ms = reads18[0];
  let dateAgrees = 0;
  let leadAgrees = 0;
  ids.forEach((id, k) => {
    const m = ms[k];
    if (!m) return;
    const due = rows18
      .filter((r) => r.milestone_id === id && r.due_date)
      .map((r) => r.due_date)
      .sort()
      .pop();
    if (due && m.date?.slice(0, 7) === due.slice(0, 7)) dateAgrees++;
    // The tracker's parentheses, without the partner credit (« /avec l'appui des MOVS. »: partners, not the lead).
    const lead = /\(([^()]+)\)\s*$/
      .exec(rows18.find((r) => r.milestone_id === id)!.milestone_fr)?.[1]
      .replace(/[\s,/]*\bavec\b.*$/, '');
    if (lead && m.lead && m.lead.text.replace(/\s/g, '') === lead.replace(/\s/g, '')) leadAgrees++;
    else if (process.env.VERBOSE) console.log(`  lead ${id}: tracker ${lead}, read ${m.lead?.text}`);
  });
  console.log(`Canada 2018-2020: ${ms.length} milestones read for ${ids.length} in the tracker`);
  bar('milestones read', share(Math.min(ms.length, ids.length), ids.length), 1);
  bar('milestones dated', share(ms.filter((m) => m.date).length, ids.length), 0.95);
  bar('dates agreeing with the tracker (month)', share(dateAgrees, ids.length), 0.8);
  bar('leads agreeing with the tracker', share(leadAgrees, ids.length), 0.95);
  bar('same milestones in .md, pandoc .docx and LibreOffice .docx', same18 ? 1 : 0, 1);

  // 2022-2024: each indicator row of the tables, with its deadline's year and its department.
  const rows22 = tracker.filter((r) => r.plan.startsWith('Canada 2022'));
  const reads22 = ['md', 'pandoc.docx', 'lo.docx'].map((ext) =>
    milestonesOf(join(DATA, 'drafts', `fr-canada-pan-2022-2024.${ext}`)).flat(),
  );
  const same22 = reads22.every((r) => seen(r) === seen(reads22[0]));
  // The rows are the milestones whose indicator is their own text (the « Jalon » headings are dated by them).
  const rowsRead = reads22[0].filter((m) => m.indicator && m.indicator.start === m.start);
  let year = 0;
  let dated = 0;
  let led = 0;
  rows22.forEach((r, k) => {
    const m = rowsRead[k];
    if (!m) return;
    if (m.date) {
      dated++;
      if (r.due_date && m.date.slice(0, 4) === r.due_date.slice(0, 4)) year++;
    }
    const acronym = /\(([^()]+)\)\s*$/.exec(m.lead?.text ?? '')?.[1]?.toLowerCase();
    const codes = r.lead_dept
      .toLowerCase()
      .split('-')
      .map((c) => DEPARTMENTS[c] ?? c);
    if (acronym ? codes.includes(acronym) : r.lead_dept === 'jus') led++;
    else if (process.env.VERBOSE) console.log(`  lead ${r.milestone_id}: tracker ${r.lead_dept}, read ${m.lead?.text}`);
  });
  console.log(`Canada 2022-2024: ${rowsRead.length} indicator rows read for ${rows22.length} in the tracker`);
  bar('indicator rows read', share(Math.min(rowsRead.length, rows22.length), rows22.length), 1);
  bar('rows whose deadline has the tracker’s year (of those dated)', share(year, dated), 0.9);
  bar('rows led by the tracker’s department', share(led, rows22.length), 0.9);
  bar('same milestones in .md, pandoc .docx and LibreOffice .docx', same22 ? 1 : 0, 1);
  return ok;
}
