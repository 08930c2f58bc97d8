// Exports for publication and tracking, built in the pane and offered as downloads (no network).
import type { TFunction } from 'i18next';
import {
  countedValue,
  csvSeparator,
  findings as findingWords,
  translate,
  type Analysis,
  type Commitment,
  type Finding,
} from '../core';
import { commitmentLabel, whereFor } from './labels';
import { fieldLabel, langOf } from './template';

export interface ExportFile {
  name: string;
  type: string;
  content: string;
}

export function commitmentsJson(analysis: Analysis, t: TFunction): ExportFile {
  const commitments = analysis.commitments.map((e) => ({
    index: e.index,
    title: e.title,
    level: e.level,
    score: e.score,
    maxScore: e.maxScore,
    missing: e.missing,
    fields: Object.fromEntries(
      Object.entries(e.fields).map(([k, v]) => [
        k,
        Array.isArray(v) ? v.map((m) => ({ text: m.text, date: m.date, status: m.status })) : v?.text,
      ]),
    ),
    checklist: e.checklist.map((c) => ({ id: c.id, earned: c.earned, points: c.points })),
  }));
  const total = planTotals(analysis.commitments);
  return {
    name: t('export.files.commitments'),
    type: 'application/json',
    content: JSON.stringify({ language: analysis.language, total, commitments }, null, 2) + '\n',
  };
}

/** The milestones sheet's columns; their titles are the pane language's (export.columns). */
export const CSV_COLUMNS = [
  'commitment',
  'title',
  'milestone',
  'date',
  'status',
  'indicator',
  'baseline',
  'target',
  'lead',
  'cost',
] as const;

/** RFC 4180 quoting; cells a spreadsheet would run as a formula are defused with a leading apostrophe. */
export function csvCell(value: string | number | undefined): string {
  let s = value === undefined ? '' : String(value);
  if (/^[=+@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function milestonesCsv(analysis: Analysis, t: TFunction): ExportFile {
  // Separated as the reports are: « ; » in French (Excel in French opens a comma file in one column), « , » in English.
  const sep = csvSeparator(langOf(t));
  const rows: string[] = [CSV_COLUMNS.map((c) => csvCell(t(`export.columns.${c}`))).join(sep)];
  for (const e of analysis.commitments) {
    const f = e.fields;
    // As the score reads them: a weak value (« Coût : non chiffré ») is listed as missing, not as the cost.
    const common = {
      indicator: countedValue(e, 'indicator')?.text,
      baseline: countedValue(e, 'baseline')?.text,
      target: countedValue(e, 'target')?.text,
      lead: countedValue(e, 'lead')?.text,
      cost: countedValue(e, 'cost')?.text,
    };
    const milestones = f.milestones && f.milestones.length > 0 ? f.milestones : [undefined];
    for (const m of milestones) {
      const row: Record<(typeof CSV_COLUMNS)[number], string | number | undefined> = {
        commitment: e.index + 1,
        title: e.title,
        milestone: m?.text,
        date: m?.date,
        status: m?.status,
        ...common,
      };
      rows.push(CSV_COLUMNS.map((c) => csvCell(row[c])).join(sep));
    }
  }
  // The BOM lets spreadsheet software read the accents as UTF-8.
  return {
    name: t('export.files.milestones'),
    type: 'text/csv;charset=utf-8',
    content: '\ufeff' + rows.join('\r\n') + '\r\n',
  };
}

export function planTotals(commitments: Commitment[]): {
  score: number;
  maxScore: number;
  verifiable: number;
  count: number;
} {
  let score = 0;
  let maxScore = 0;
  let verifiable = 0;
  for (const e of commitments) {
    score += e.score;
    maxScore += e.maxScore;
    if (e.level === 'medium' || e.level === 'high') verifiable += 1;
  }
  return { score, maxScore, verifiable, count: commitments.length };
}

const mdEscape = (s: string): string =>
  s
    .replace(/([\\`*_[\]<>#|])/g, '\\$1')
    .replace(/\s+/g, ' ')
    .trim();

/** The opening words of a missing field's example sentence, in either language (« Exemple d’après », "Example: "). */
const EXAMPLE_LEADS = (['fr', 'en'] as const).flatMap((lang) =>
  ['missing-field.exampleFrom', 'missing-field.example'].map(
    (key) => translate(findingWords[lang], lang, key, { source: '\u0000', example: '\u0000' }).split('\u0000')[0],
  ),
);

/** A missing field's note without its closing example sentence (the suggestion gives the example). */
function withoutExample(note: string | undefined): string | undefined {
  if (!note) return note;
  for (const lead of EXAMPLE_LEADS) {
    const at = lead ? note.lastIndexOf(lead) : -1;
    if (at >= 0) return note.slice(0, at).trim() || undefined;
  }
  return note;
}

export function reviewMarkdown(analysis: Analysis, findings: Finding[], t: TFunction, date = new Date()): ExportFile {
  const out: string[] = [
    `# ${t('export.reportTitle')}`,
    '',
    `_${t('export.generated', { date: date.toISOString().slice(0, 10) })}_`,
    '',
  ];
  const total = planTotals(analysis.commitments);
  if (total.count > 0) {
    const percent = total.maxScore ? Math.round((100 * total.score) / total.maxScore) : 0;
    out.push(
      `## ${t('export.plan')}`,
      '',
      `- ${t('overview.total', { count: total.score, max: total.maxScore, percent })}`,
    );
    out.push(`- ${t('overview.verifiable', { count: total.verifiable, total: total.count })}`, '');
  }
  const byCommitment = new Map<number | undefined, Finding[]>();
  for (const f of findings) {
    const list = byCommitment.get(f.commitment) ?? [];
    list.push(f);
    byCommitment.set(f.commitment, list);
  }
  const section = (heading: string, lines: string[], list: Finding[] | undefined) => {
    out.push(`## ${heading}`, '', ...lines);
    if (lines.length) out.push('');
    if (!list || list.length === 0) out.push(t('export.noFindings'), '');
    else {
      for (const f of list) {
        // A missing field is reported on its commitment's title, which the place already names: not quoted again;
        // its note ends with its suggestion's example (« Exemple d’après … : « … » »), given once, as the suggestion.
        const whole = f.ruleId === 'missing-field' && f.commitment !== undefined;
        const sugg = f.expected.length ? ` → ${f.expected.map(mdEscape).join(t('export.separator'))}` : '';
        const quoted = whole ? '' : ` ${t('export.quoted', { text: mdEscape(f.actual) })}`;
        out.push(`- **${mdEscape(f.message)}**${quoted} (${mdEscape(whereFor(t, f, analysis))})${sugg}`);
        const note = whole && f.expected.length ? withoutExample(f.note) : f.note;
        if (note) out.push(`  ${mdEscape(note)}`);
      }
      out.push('');
    }
  };
  const preamble = byCommitment.get(undefined);
  if (preamble?.length) section(t('export.preamble'), [], preamble);
  for (const e of analysis.commitments) {
    const lines = [`- ${t('export.levelLine', { level: t(`level.${e.level}`), count: e.score, max: e.maxScore })}`];
    if (e.missing.length)
      lines.push(`- ${t('export.missingLine', { fields: e.missing.map((m) => fieldLabel(t, m)).join(', ') })}`);
    section(
      commitmentLabel(t, e.index + 1, e.title, 'export.commitmentHeading', mdEscape(e.title)),
      lines,
      byCommitment.get(e.index),
    );
  }
  return { name: t('export.files.review'), type: 'text/markdown;charset=utf-8', content: out.join('\n') };
}

/**
 * The follow-up sheet ministries fill in each reporting period, the one `jalon updates-template` writes and
 * `jalon publish` reads: the same ids, columns and bytes for the same plan.
 */
export async function followUpSheet(analysis: Analysis): Promise<ExportFile> {
  // Loaded on demand with the plan half: the pane's first script stays within its budget.
  const { updatesSheet } = await import('../core/plan');
  return { name: 'updates.csv', type: 'text/csv;charset=utf-8', content: updatesSheet(analysis) };
}

/** Offers a file as a download through an object URL: the data never leaves the machine. */
export function download(file: ExportFile): void {
  const blob = new Blob([file.content], { type: file.type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
