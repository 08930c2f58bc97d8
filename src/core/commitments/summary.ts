// The plan-level summary: points per commitment and overall, levels, what is most often missing, and
// milestone progress (the IRM completion scale) so the same score shows progress later.
import { fieldMeta, TEMPLATE_FIELDS } from '../template/fields';
import type { Commitment, FieldName, Lang, ProgressStatus, SpecificityLevel } from '../types';
import { STATUS_PROGRESS } from './status';

export interface CommitmentSummary {
  index: number;
  title: string;
  score: number;
  maxScore: number;
  level: SpecificityLevel;
  missing: FieldName[];
  milestones: number;
  /** Share of its milestones' way done (0-1), when at least one milestone carries a status. */
  progress?: number;
}

export interface PlanSummary {
  commitments: CommitmentSummary[];
  score: number;
  maxScore: number;
  /** Mean score as a share of the maximum, 0-1. */
  ratio: number;
  levels: Record<SpecificityLevel, number>;
  /** How many commitments miss each field, most missed first. */
  missing: Array<{ field: FieldName; count: number }>;
  milestones: { total: number; byStatus: Record<ProgressStatus | 'unknown', number> };
  /** Share of all tracked milestones' way done, 0-1 (milestones without a status are left out). */
  progress?: number;
}

export function planSummary(commitments: readonly Commitment[]): PlanSummary {
  const levels: Record<SpecificityLevel, number> = { none: 0, low: 0, medium: 0, high: 0 };
  const byStatus: Record<ProgressStatus | 'unknown', number> = {
    'not-started': 0,
    limited: 0,
    substantial: 0,
    complete: 0,
    unknown: 0,
  };
  const missingCount = new Map<FieldName, number>();
  let total = 0;
  let tracked = 0;
  let done = 0;
  const rows: CommitmentSummary[] = commitments.map((e) => {
    levels[e.level] += 1;
    for (const f of e.missing) missingCount.set(f, (missingCount.get(f) ?? 0) + 1);
    const ms = e.fields.milestones ?? [];
    let eTracked = 0;
    let eDone = 0;
    for (const j of ms) {
      total += 1;
      byStatus[j.status ?? 'unknown'] += 1;
      if (j.status) {
        eTracked += 1;
        eDone += STATUS_PROGRESS[j.status];
      }
    }
    tracked += eTracked;
    done += eDone;
    const row: CommitmentSummary = {
      index: e.index,
      title: e.title,
      score: e.score,
      maxScore: e.maxScore,
      level: e.level,
      missing: [...e.missing],
      milestones: ms.length,
    };
    if (eTracked > 0) row.progress = eDone / eTracked;
    return row;
  });
  const score = rows.reduce((s, r) => s + r.score, 0);
  const maxScore = rows.reduce((s, r) => s + r.maxScore, 0);
  const summary: PlanSummary = {
    commitments: rows,
    score,
    maxScore,
    ratio: maxScore > 0 ? score / maxScore : 0,
    levels,
    missing: [...missingCount.entries()].map(([field, count]) => ({ field, count })).sort((a, b) => b.count - a.count),
    milestones: { total, byStatus },
  };
  if (tracked > 0) summary.progress = done / tracked;
  return summary;
}

const LEVEL_NAMES: Record<SpecificityLevel, Record<Lang, string>> = {
  none: { fr: 'aucune', en: 'none' },
  low: { fr: 'faible', en: 'low' },
  medium: { fr: 'moyenne', en: 'medium' },
  high: { fr: 'élevée', en: 'high' },
};

export function levelName(level: SpecificityLevel, lang: Lang): string {
  return LEVEL_NAMES[level][lang];
}

export function fieldLabel(field: FieldName, lang: Lang): string {
  const t = TEMPLATE_FIELDS.find((f) => f.field === field);
  return t ? fieldMeta(t.id, lang).label : field;
}

/** A plain-text report: one line per commitment with its points, level and what to add, then the totals. */
export function formatPlanSummary(summary: PlanSummary, lang: Lang): string {
  const fr = lang === 'fr';
  const lines: string[] = [];
  for (const r of summary.commitments) {
    const add = r.missing.map((f) => fieldLabel(f, lang)).join(', ');
    const progress =
      r.progress !== undefined
        ? fr
          ? ` ; avancement ${Math.round(r.progress * 100)} %`
          : `; progress ${Math.round(r.progress * 100)}%`
        : '';
    lines.push(
      `${r.index + 1}. ${r.title} — ${r.score}/${r.maxScore} ${fr ? 'points' : 'points'}, ${fr ? 'précision' : 'specificity'} ${levelName(r.level, lang)}${progress}`,
    );
    if (add) lines.push(`   ${fr ? 'À ajouter :' : 'To add:'} ${add}`);
  }
  const pct = Math.round(summary.ratio * 100);
  lines.push(
    fr
      ? `Total : ${summary.score}/${summary.maxScore} points (${pct} %) ; précision élevée ${summary.levels.high}, moyenne ${summary.levels.medium}, faible ${summary.levels.low}, aucune ${summary.levels.none}`
      : `Total: ${summary.score}/${summary.maxScore} points (${pct}%); specificity high ${summary.levels.high}, medium ${summary.levels.medium}, low ${summary.levels.low}, none ${summary.levels.none}`,
  );
  if (summary.progress !== undefined) {
    lines.push(
      fr
        ? `Avancement des jalons suivis : ${Math.round(summary.progress * 100)} %`
        : `Progress of tracked milestones: ${Math.round(summary.progress * 100)}%`,
    );
  }
  return lines.join('\n');
}
