// The Fifth U.S. Open Government National Action Plan (GSA/open.usa.gov: the plan in Markdown and its commitment
// tracker, one row per sub-commitment with its agency, its status and its progress in August 2023 and February
// 2024) turned into what `jalon publish` reads: the plan in Jalon's form, in English, and its filled-in sheet.
//
//   npx tsx examples/us-tracker.ts ../shared/ogp-data/us-nap5-2022-2024-tracker.csv \
//     ../shared/ogp-data/us-nap5-2022-2024-plan.md --out us
//   npx jalon publish us/plan.md --updates us/updates.csv --out site   (an English site; --site-lang en,fr for both)
//
// Each commitment keeps the plan's own title and text; its milestones are the tracker's sub-commitments, led by
// their agency. What the tracker does not give is said, not invented: it has no due dates, so each milestone is
// due at the plan's end (December 2024); its one status is that of February 2024 (August 2023 has progress
// only); "In Progress" is the IRM's "limited", the scale's first step of progress; it names no challenges, so a
// limited or not-started milestone says the tracker gives none. Evidence is every http(s) link of the progress,
// once (a Markdown link "[address](address)" is one link); the progress text keeps what comes before its
// "Evidence:" part and that part's paragraphs that hold no link (a "None." left out): the sheet's evidence column
// holds addresses, so the words naming each link are not kept.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  analyze,
  assignIds,
  csvText,
  fromPlainText,
  matchVersions,
  milestoneText,
  planRows,
  plainText,
  sheetColumns,
  type SheetRow,
} from '../src/core';

export interface UsRow {
  plan: string;
  commitment_id: string;
  theme: string;
  commitment_title: string;
  sub_id: string;
  sub_commitment_text: string;
  agency: string;
  status: string;
  progress_aug_2023: string;
  progress_feb_2024: string;
}

export interface UsConverted {
  plan: string;
  sheet: string;
  /** The tracker's sub-commitment ids and the Jalon ids they got. */
  ids: string;
  /** Tracker commitments or sub-commitments that found no place in the plan. */
  unread: string[];
}

const PLAN_END = 'December 2024';
const NO_CHALLENGES = 'None given in the U.S. tracker.';
const STATUS: Record<string, string> = { complete: 'complete', 'not started': 'not-started', 'in progress': 'limited' };
const PERIODS = [
  ['2023-08', 'progress_aug_2023'],
  ['2024-02', 'progress_feb_2024'],
] as const;

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const key = (s: string) => oneLine(s).toLowerCase();
const agency = (s: string) =>
  s
    .split(/\n/)
    .map((x) => x.trim())
    .filter((x) => x !== '')
    .join(', ');

/** The plan's commitments: each "- ### Title" and the indented paragraphs under it. */
export function planSections(markdown: string): { title: string; body: string }[] {
  const sections: { title: string; lines: string[] }[] = [];
  let current: { title: string; lines: string[] } | undefined;
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^- ### (.+)$/.exec(line);
    if (heading) sections.push((current = { title: plainText(heading[1]).replace(/\.$/, ''), lines: [] }));
    else if (/^#{1,2} /.test(line)) current = undefined;
    else if (current) current.lines.push(line.replace(/^ {4}/, ''));
  }
  return sections.map((s) => ({ title: s.title, body: s.lines.join('\n').trim() }));
}

const MARKDOWN_LINK = /\[[^\]\n]*\]\(\s*(https?:\/\/[^)\n]*?)\s*\)/g;

/**
 * Every http(s) link of a progress text, each once, in order: a Markdown link "[text](address)" is its address (a
 * space in it written %20), a doubled "https:https://" keeps its second, real, address.
 */
export function links(text: string): string[] {
  const found: string[] = [];
  const bare = text.replace(MARKDOWN_LINK, (_, url: string) => {
    found.push(url.replace(/ /g, '%20'));
    return ' ';
  });
  for (const m of bare.matchAll(/https?:\/\/[^\s<>"')\]]+/g)) found.push(m[0].replace(/[.,;:]+$/, ''));
  return [...new Set(found)];
}

/**
 * A progress cell as the sheet's two columns: the text, without its "Evidence:" part's links (each paragraph of
 * that part that holds one, and a "None."), and every link of the cell.
 */
export function progressAndEvidence(cell: string): { progress: string; evidence: string[] } {
  const at = /(^|\n)[ \t]*Evidence:/i.exec(cell);
  if (!at) return { progress: cell, evidence: links(cell) };
  const kept = cell
    .slice(at.index + at[0].length)
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !/^none\.?$/i.test(p) && links(p).length === 0);
  const progress = [cell.slice(0, at.index).trim(), ...kept].filter((p) => p !== '').join('\n\n');
  return { progress, evidence: links(cell) };
}

export function convertUs(trackerCsv: string, planMarkdown: string): UsConverted {
  const rows = parse(trackerCsv, { bom: true, columns: true, skip_empty_lines: true }) as UsRow[];
  const commitments = [...new Set(rows.map((r) => r.commitment_id))].map((id) =>
    rows.filter((r) => r.commitment_id === id),
  );
  const sections = planSections(planMarkdown);
  // The tracker's short titles matched to the plan's as Jalon matches two versions of a plan (same title, else
  // shared words); the few left over, retitled beyond recognition, pair up in order: both follow the plan's order.
  const pairs = matchVersions(
    commitments.map((rs) => ({ title: rs[0].commitment_title, text: rs[0].commitment_title })),
    sections.map((s) => ({ title: s.title, text: s.title })),
  );
  const taken = new Set([...pairs.values()].map((p) => p.index));
  const free = sections.map((_, j) => j).filter((j) => !taken.has(j));
  const sectionOf = commitments.map((_, i) => pairs.get(i)?.index ?? free.shift());
  const unread: string[] = [];
  const out = [
    `# ${oneLine(rows[0]?.plan ?? 'U.S. Open Government National Action Plan')}`,
    '',
    'Converted from the U.S. commitment tracker (GSA/open.usa.gov) by examples/us-tracker.ts: each commitment is the plan’s text, its milestones the tracker’s sub-commitments.',
    '',
  ];
  const placed: UsRow[][] = [];
  commitments.forEach((rs, i) => {
    const at = sectionOf[i];
    const section = at === undefined ? undefined : sections[at];
    if (!section) {
      unread.push(rs[0].commitment_id);
      return;
    }
    placed.push(rs);
    const agencies = [...new Set(rs.map((r) => agency(r.agency)))];
    out.push(`## Commitment ${placed.length}: ${section.title}`, '', `**Lead agency:** ${agencies.join('; ')}`, '');
    if (section.body) out.push(section.body, '');
    out.push('**Milestones:**', '');
    for (const r of rs)
      out.push(`- ${oneLine(r.sub_commitment_text).replace(/\s*;\s*/g, ', ')} – ${PLAN_END} – ${agency(r.agency)}`);
    out.push('');
  });
  const plan = out.join('\n');
  const analysis = analyze(fromPlainText(plan, { markdown: true }), { lang: 'en', earlierPlans: null });
  const ids = assignIds(analysis.commitments);
  const sheetRows: SheetRow[] = planRows(analysis.commitments, ids, 'en');
  const reported: SheetRow[] = [];
  const mapping: SheetRow[] = [];
  analysis.commitments.forEach((c, k) => {
    const left = [...(placed[k] ?? [])];
    (c.fields.milestones ?? []).forEach((m, j) => {
      const text = key(milestoneText(m));
      const at = left.findIndex((r) => key(r.sub_commitment_text.replace(/\s*;\s*/g, ', ')).startsWith(text));
      if (at < 0) return;
      const [r] = left.splice(at, 1);
      const id = ids.commitments[k].milestones[j];
      const template = sheetRows.find((x) => x.id === id)!;
      mapping.push({ us: r.sub_id, jalon: id });
      for (const [period, column] of PERIODS) {
        if (r[column].trim() === '') continue;
        const { progress, evidence } = progressAndEvidence(r[column].trim());
        const status = period === '2024-02' ? (STATUS[r.status.trim().toLowerCase()] ?? '') : '';
        reported.push({
          ...template,
          period,
          status,
          progress,
          evidence: evidence.join(' '),
          challenges: status === 'limited' || status === 'not-started' ? NO_CHALLENGES : '',
        });
      }
    });
    unread.push(...left.map((r) => r.sub_id));
  });
  // Every row of the template (what a ministry receives), then each period's reports.
  const reportedIds = new Set(reported.map((r) => r.id));
  const all = [...sheetRows.filter((r) => !reportedIds.has(r.id)), ...reported];
  return {
    plan,
    sheet: csvText(sheetColumns('en'), all),
    ids: csvText(['us', 'jalon'], mapping),
    unread,
  };
}

function main(argv: string[]): number {
  const [tracker, planFile] = argv;
  const out = argv[argv.indexOf('--out') + 1];
  if (!tracker || !planFile || !argv.includes('--out') || !out) {
    process.stderr.write('usage: tsx examples/us-tracker.ts TRACKER.csv PLAN.md --out FOLDER\n');
    return 2;
  }
  const c = convertUs(readFileSync(tracker, 'utf8'), readFileSync(planFile, 'utf8'));
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'plan.md'), c.plan);
  writeFileSync(join(out, 'updates.csv'), c.sheet);
  writeFileSync(join(out, 'ids.csv'), c.ids);
  const unread = c.unread.length ? `; not placed: ${c.unread.join(', ')}` : '';
  process.stdout.write(`${out}: plan.md, updates.csv, ids.csv${unread}\n`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
