// Two versions of a draft, commitment by commitment: did the author act on the review?
// Commitments are matched as the core's matchVersions does: by title first, then by the words they share.
import { colon, csvCell, matchVersions, type Commitment, type FieldName, type Lang } from '../core';
import { fieldLabel, levelLabel, t } from './i18n';
import type { Format } from './report';
import { esc } from './report/html';
import { mdEscape } from './report/md';
import { quote } from './report/common';
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
      changes.push({ status: 'removed', before: b, fieldsAdded: [], fieldsLost: [] });
      return;
    }
    const a = side(after, news[pair.index]);
    const fieldsAdded = b.missing.filter((m) => !a.missing.includes(m));
    const fieldsLost = a.missing.filter((m) => !b.missing.includes(m));
    const ratio = (s: Side) => (s.maxScore > 0 ? s.score / s.maxScore : 0);
    const delta = ratio(a) - ratio(b) || fieldsAdded.length - fieldsLost.length || b.findings - a.findings;
    const status: ChangeStatus = delta > 0 ? 'improved' : delta < 0 ? 'regressed' : 'unchanged';
    changes.push({ status, before: b, after: a, fieldsAdded, fieldsLost, matchedBy: pair.by });
  });
  news.forEach((n, j) => {
    if (!takenNew.has(j)) changes.push({ status: 'added', after: side(after, n), fieldsAdded: [], fieldsLost: [] });
  });
  return { before: before.file, after: after.file, changes, afterReview: after };
}

function fields(fs: FieldName[], L: Lang): string {
  return fs.map((f) => fieldLabel(f, L)).join(', ');
}

function describe(c: CommitmentChange, L: Lang): string {
  const s = c.after ?? c.before!;
  const retitled = c.before && c.after && c.before.title !== c.after.title ? `${quote(c.before.title, L)} → ` : '';
  const head = `${t('commitment', L)} ${retitled}${quote(s.title, L)} — ${t(c.status, L)}`;
  if (!c.before || !c.after) return head;
  const parts = [
    `${levelLabel(c.before.level, L)} → ${levelLabel(c.after.level, L)}`,
    `${c.before.score}/${c.before.maxScore} → ${c.after.score}/${c.after.maxScore} ${t('points', L).toLowerCase()}`,
    `${t('findingsDelta', L)} ${c.before.findings} → ${c.after.findings}`,
  ];
  if (c.fieldsAdded.length) parts.push(`${t('fieldsAdded', L)}${colon(L)} ${fields(c.fieldsAdded, L)}`);
  if (c.fieldsLost.length) parts.push(`${t('fieldsLost', L)}${colon(L)} ${fields(c.fieldsLost, L)}`);
  return `${head}${colon(L)} ${parts.join(L === 'fr' ? ' ; ' : '; ')}`;
}

export function renderComparison(c: Comparison, format: Format, L: Lang): string {
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
        ]
          .map((v) => csvCell(v))
          .join(','),
      );
      return `\ufeff${[head.map(csvCell).join(','), ...rows].join('\r\n')}\r\n`;
    }
    case 'md':
      return `# ${t('compareTitle', L)}\n\n${mdEscape(c.before)} → ${mdEscape(c.after)}\n\n${c.changes.map((x) => `- ${mdEscape(describe(x, L))}`).join('\n')}\n`;
    case 'html':
      return `<!DOCTYPE html>\n<html lang="${L}"><head><meta charset="utf-8"><title>${t('compareTitle', L)}</title><style>body{font:15px/1.45 system-ui,Arial,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}.improved{color:#17532a}.regressed{color:#b00020}</style></head><body><h1>${t('compareTitle', L)}</h1><p>${esc(c.before)} → ${esc(c.after)}</p><ul>${c.changes.map((x) => `<li class="${x.status}">${esc(describe(x, L))}</li>`).join('')}</ul></body></html>\n`;
    default:
      return `${t('compareTitle', L)}${colon(L)} ${c.before} → ${c.after}\n${c.changes.map((x) => `  ${describe(x, L)}`).join('\n')}\n`;
  }
}
