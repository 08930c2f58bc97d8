// Two versions of a draft, commitment by commitment: did the author act on the review?
// Commitments are matched as the core's matchVersions does: by title first, then by the words they share.
import { colon, csvCell, listSeparator, matchVersions, type Commitment, type FieldName, type Lang } from '../core';
import { fieldLabel, levelLabel, t } from './i18n';
import type { Format } from './report';
import { esc, typeset } from './report/html';
import { mdEscape } from './report/md';
import { quote, tn } from './report/common';
import { sarifLog } from './report/sarif';
import { findingsOf, vagueCount, type FileReview } from './review';

export type ChangeStatus = 'improved' | 'regressed' | 'unchanged' | 'added' | 'removed';

export interface Side {
  index: number;
  title: string;
  level: Commitment['level'];
  score: number;
  maxScore: number;
  missing: FieldName[];
  findings: number;
  vagueTerms: number;
}

export interface CommitmentChange {
  status: ChangeStatus;
  before?: Side;
  after?: Side;
  fieldsAdded: FieldName[];
  fieldsLost: FieldName[];
  /** Fields present in both versions whose words changed (a target from 95 % to 97 %): they earn no point, yet the
   * facilitator asked for them. */
  fieldsChanged: FieldName[];
  /** How the pair was matched: same title, or shared content (Jaccard similarity of their words). */
  matchedBy?: 'title' | 'content';
}

export interface Comparison {
  before: string;
  after: string;
  changes: CommitmentChange[];
  afterReview: FileReview;
}

function side(fr: FileReview, e: Commitment): Side {
  const fs = findingsOf(fr, e);
  return {
    index: e.index,
    title: e.title,
    level: e.level,
    score: e.score,
    maxScore: e.maxScore,
    missing: [...e.missing],
    findings: fs.length,
    vagueTerms: vagueCount(fs),
  };
}

export function compareDrafts(before: FileReview, after: FileReview): Comparison {
  const olds = before.analysis.commitments;
  const news = after.analysis.commitments;
  const version = (fr: FileReview) => (e: Commitment) => ({
    title: e.title,
    text: fr.analysis.text.slice(e.start, e.end),
  });
  const pairs = matchVersions(olds.map(version(before)), news.map(version(after)));
  const takenNew = new Set([...pairs.values()].map((p) => p.index));

  const changes: CommitmentChange[] = [];
  olds.forEach((o, i) => {
    const b = side(before, o);
    const pair = pairs.get(i);
    if (!pair) {
      changes.push({ status: 'removed', before: b, fieldsAdded: [], fieldsLost: [], fieldsChanged: [] });
      return;
    }
    const a = side(after, news[pair.index]);
    const fieldsAdded = b.missing.filter((m) => !a.missing.includes(m));
    const fieldsLost = a.missing.filter((m) => !b.missing.includes(m));
    const fieldsChanged = reworded(o, news[pair.index]).filter((f) => !b.missing.includes(f) && !a.missing.includes(f));
    const ratio = (s: Side) => (s.maxScore > 0 ? s.score / s.maxScore : 0);
    const delta = ratio(a) - ratio(b) || fieldsAdded.length - fieldsLost.length || b.findings - a.findings;
    const status: ChangeStatus = delta > 0 ? 'improved' : delta < 0 ? 'regressed' : 'unchanged';
    changes.push({ status, before: b, after: a, fieldsAdded, fieldsLost, fieldsChanged, matchedBy: pair.by });
  });
  news.forEach((n, j) => {
    if (!takenNew.has(j))
      changes.push({ status: 'added', after: side(after, n), fieldsAdded: [], fieldsLost: [], fieldsChanged: [] });
  });
  return { before: before.file, after: after.file, changes, afterReview: after };
}

/** The fields both versions state whose words differ (spaces and case aside), in the template's order. */
function reworded(before: Commitment, after: Commitment): FieldName[] {
  const words = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().toLocaleLowerCase();
  const text = (e: Commitment, f: FieldName) =>
    f === 'milestones' ? e.fields.milestones?.map((m) => words(m.text)).join('\n') : words(e.fields[f]?.text);
  const names = Object.keys({ ...before.fields, ...after.fields }) as FieldName[];
  return names.filter((f) => text(before, f) && text(after, f) && text(before, f) !== text(after, f));
}

function fields(fs: FieldName[], L: Lang): string {
  return fs.map((f) => fieldLabel(f, L)).join(', ');
}

function describe(c: CommitmentChange, L: Lang): string {
  const s = c.after ?? c.before!;
  const retitled = c.before && c.after && c.before.title !== c.after.title ? `${quote(c.before.title, L)} → ` : '';
  const head = `${t('commitment', L)} ${retitled}${quote(s.title, L)} — ${t(c.status, L)}`;
  if (!c.before || !c.after) return head;
  // What stayed is said as such (« niveau inchangé (élevé) »), not as a move from a value to itself.
  const { before: b, after: a } = c;
  const gained = a.score - b.score;
  const parts = [
    b.level === a.level
      ? tn('levelSame', L, { level: levelLabel(a.level, L) })
      : `${levelLabel(b.level, L)} → ${levelLabel(a.level, L)}`,
    gained === 0 && b.maxScore === a.maxScore
      ? tn('pointsSame', L, { score: `${a.score}/${a.maxScore}` })
      : `${b.score}/${b.maxScore} → ${a.score}/${a.maxScore} ${t('points', L).toLowerCase()} (${tn(gained < 0 ? 'pointsLost' : 'pointsGained', L, { count: Math.abs(gained) })})`,
    `${t('findingsDelta', L)} ${b.findings} → ${a.findings}`,
  ];
  if (c.fieldsAdded.length) parts.push(`${t('fieldsAdded', L)}${colon(L)} ${fields(c.fieldsAdded, L)}`);
  if (c.fieldsLost.length) parts.push(`${t('fieldsLost', L)}${colon(L)} ${fields(c.fieldsLost, L)}`);
  if (c.fieldsChanged.length) parts.push(`${t('fieldsChanged', L)}${colon(L)} ${fields(c.fieldsChanged, L)}`);
  return `${head}${colon(L)} ${parts.join(listSeparator(L))}`;
}

/**
 * The comparison as a report. `names` are the two drafts as people read them (relative to where they were given, as
 * every human report names drafts); json and sarif keep the paths, for tools.
 */
export function renderComparison(
  c: Comparison,
  format: Format,
  L: Lang,
  names: { before: string; after: string } = c,
): string {
  switch (format) {
    case 'json': {
      const { afterReview: _omit, ...rest } = c;
      return `${JSON.stringify(rest, null, 2)}\n`;
    }
    case 'sarif':
      return sarifLog([c.afterReview], L);
    case 'csv': {
      const head = [
        t('change', L),
        t('before', L),
        t('after', L),
        `${t('points', L)} ${t('before', L)}`,
        `${t('points', L)} ${t('after', L)}`,
        t('fieldsAdded', L),
        t('fieldsLost', L),
        t('fieldsChanged', L),
      ];
      const rows = c.changes.map((x) =>
        [
          t(x.status, L),
          x.before?.title ?? '',
          x.after?.title ?? '',
          x.before?.score ?? '',
          x.after?.score ?? '',
          fields(x.fieldsAdded, L),
          fields(x.fieldsLost, L),
          fields(x.fieldsChanged, L),
        ]
          .map((v) => csvCell(v))
          .join(','),
      );
      return `\ufeff${[head.map(csvCell).join(','), ...rows].join('\r\n')}\r\n`;
    }
    case 'md':
      return `# ${t('compareTitle', L)}\n\n${mdEscape(names.before)} → ${mdEscape(names.after)}\n\n${c.changes.map((x) => `- ${mdEscape(describe(x, L))}`).join('\n')}\n`;
    case 'html':
      return typeset(
        `<!DOCTYPE html>\n<html lang="${L}"><head><meta charset="utf-8"><title>${t('compareTitle', L)}</title><style>body{font:15px/1.45 system-ui,Arial,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}.improved{color:#17532a}.regressed{color:#b00020}</style></head><body><h1>${t('compareTitle', L)}</h1><p>${esc(names.before)} → ${esc(names.after)}</p><ul>${c.changes.map((x) => `<li class="${x.status}">${esc(describe(x, L))}</li>`).join('')}</ul></body></html>\n`,
        L,
      );
    default:
      return `${t('compareTitle', L)}${colon(L)} ${names.before} → ${names.after}\n${c.changes.map((x) => `  ${describe(x, L)}`).join('\n')}\n`;
  }
}
