// Two versions of a draft, commitment by commitment: did the author act on the review?
// Commitments are matched by title first (as the core's matchVersions does), then by the number both versions give
// them (« Engagement 2 » whose title was made more precise), then by the words they share.
import {
  colon,
  csvCell,
  csvSeparator,
  listSeparator,
  matchVersions,
  ownNumber,
  type Commitment,
  type FieldName,
  type Finding,
  type Lang,
} from '../core';
import { fieldLabel, levelLabel, severityLabel, t } from './i18n';
import type { Format } from './report';
import { esc, typeset } from './report/html';
import { mdEscape } from './report/md';
import { quote, ruleName, tn } from './report/common';
import { sarifLog } from './report/sarif';
import { findingsOf, place, vagueCount, type FileReview } from './review';

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
  /**
   * How the pair was matched: same title, the same number in both versions (« Engagement 2 »), or shared content
   * (Jaccard similarity of their words).
   */
  matchedBy?: 'title' | 'number' | 'content';
  /** Remarks of the older version the newer no longer has (the same check, message and words). */
  remarksResolved: RemarkChange[];
  /** Remarks of the newer version the older did not have, with where they are in the newer draft. */
  remarksNew: RemarkChange[];
}

/** A remark as the comparison lists it: what it says, and where (its line in a text file). */
export interface RemarkChange {
  ruleId: string;
  severity: Finding['severity'];
  message: string;
  words: string;
  /** Its line in its draft when a text file (.md, .txt): the older draft's for a resolved remark; none in a document. */
  line?: number;
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
  const pairs = matchCommitments(olds.map(version(before)), news.map(version(after)));
  const takenNew = new Set([...pairs.values()].map((p) => p.index));

  const changes: CommitmentChange[] = [];
  olds.forEach((o, i) => {
    const b = side(before, o);
    const pair = pairs.get(i);
    if (!pair) {
      changes.push({ status: 'removed', before: b, ...NOTHING_CHANGED });
      return;
    }
    const a = side(after, news[pair.index]);
    const fieldsAdded = b.missing.filter((m) => !a.missing.includes(m));
    const fieldsLost = a.missing.filter((m) => !b.missing.includes(m));
    const fieldsChanged = reworded(o, news[pair.index]).filter((f) => !b.missing.includes(f) && !a.missing.includes(f));
    const ratio = (s: Side) => (s.maxScore > 0 ? s.score / s.maxScore : 0);
    const delta = ratio(a) - ratio(b) || fieldsAdded.length - fieldsLost.length || b.findings - a.findings;
    const status: ChangeStatus = delta > 0 ? 'improved' : delta < 0 ? 'regressed' : 'unchanged';
    const remarks = remarkChanges(before, o, after, news[pair.index]);
    changes.push({
      status,
      before: b,
      after: a,
      fieldsAdded,
      fieldsLost,
      fieldsChanged,
      matchedBy: pair.by,
      ...remarks,
    });
  });
  news.forEach((n, j) => {
    if (!takenNew.has(j)) changes.push({ status: 'added', after: side(after, n), ...NOTHING_CHANGED });
  });
  return { before: before.file, after: after.file, changes, afterReview: after };
}

type Pair = { index: number; by: NonNullable<CommitmentChange['matchedBy']> };

/**
 * Each older commitment's counterpart in the newer version: the same title; else the same number, when each version
 * gives that number to one commitment only (a title made more precise keeps its number); else the core's matching
 * by shared words, among those left. Unnumbered commitments are matched as before.
 */
function matchCommitments(
  olds: readonly { title: string; text: string }[],
  news: readonly { title: string; text: string }[],
): Map<number, Pair> {
  const pairs = new Map<number, Pair>();
  for (const [i, p] of matchVersions(olds, news)) if (p.by === 'title') pairs.set(i, p);
  const taken = new Set([...pairs.values()].map((p) => p.index));
  // A number given once in its version: the commitment it names there, else none.
  const numbered = (list: readonly { title: string }[]) => {
    const at = new Map<number, number | undefined>();
    list.forEach((e, i) => {
      const n = ownNumber(e.title);
      if (n !== undefined) at.set(n, at.has(n) ? undefined : i);
    });
    return at;
  };
  const newAt = numbered(news);
  for (const [n, i] of numbered(olds)) {
    const j = newAt.get(n);
    if (i === undefined || j === undefined || pairs.has(i) || taken.has(j)) continue;
    pairs.set(i, { index: j, by: 'number' });
    taken.add(j);
  }
  const restOld = olds.map((_, i) => i).filter((i) => !pairs.has(i));
  const restNew = news.map((_, j) => j).filter((j) => !taken.has(j));
  for (const [k, p] of matchVersions(
    restOld.map((i) => olds[i]),
    restNew.map((j) => news[j]),
  ))
    pairs.set(restOld[k], { index: restNew[p.index], by: p.by });
  return pairs;
}

const NOTHING_CHANGED = { fieldsAdded: [], fieldsLost: [], fieldsChanged: [], remarksResolved: [], remarksNew: [] };

/**
 * The remarks resolved and the new ones between two versions of a commitment: a remark is the same in both when its
 * check, message and words are (wherever its paragraph moved); as many times as it is made.
 */
function remarkChanges(
  before: FileReview,
  o: Commitment,
  after: FileReview,
  n: Commitment,
): { remarksResolved: RemarkChange[]; remarksNew: RemarkChange[] } {
  const key = (f: Finding) => `${f.ruleId}|${f.message}|${f.actual.toLocaleLowerCase()}`;
  const unmatched = (fs: readonly Finding[], others: readonly Finding[]): Finding[] => {
    const left = new Map<string, number>();
    for (const f of others) left.set(key(f), (left.get(key(f)) ?? 0) + 1);
    return fs.filter((f) => {
      const k = left.get(key(f)) ?? 0;
      if (k > 0) left.set(key(f), k - 1);
      return k === 0;
    });
  };
  const olds = findingsOf(before, o);
  const news = findingsOf(after, n);
  return {
    remarksResolved: unmatched(olds, news).map((f) => remarkOf(before, f)),
    remarksNew: unmatched(news, olds).map((f) => remarkOf(after, f)),
  };
}

/** A remark with its line in its draft (a text file's; a document has none). */
function remarkOf(fr: FileReview, f: Finding): RemarkChange {
  const at = place(fr, f, { note: '', textBox: '', quote: (s) => s });
  const line = /^:(\d+):/.exec(at)?.[1];
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    words: f.actual,
    ...(line ? { line: Number(line) } : {}),
  };
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
  // A title that names the commitment (« Engagement 1 : Ouvrir… ») is not prefixed with the word again.
  const named = /^\s*(?:engagement|commitment)\s*(?:n[°o]\s*)?\d+/i.test(s.title);
  const head = `${named ? '' : `${t('commitment', L)} `}${retitled}${quote(s.title, L)} — ${t(c.status, L)}`;
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

/** « avertissement — Échéance floue — « régulière » n’est pas une échéance… (ligne 24) ». */
function remarkLine(r: RemarkChange, L: Lang, withLine: boolean): string {
  const at = r.line === undefined || !withLine ? '' : ` (${t('line', L)} ${r.line})`;
  return `${severityLabel(r.severity, L)} — ${ruleName(r.ruleId, L)} — ${r.message.replace(/\s+/g, ' ')}${at}`;
}

/**
 * The remarks resolved, then the new ones with their line in the newer draft (a resolved one's line is the older
 * draft's, which the facilitator is no longer reading), each under its heading.
 */
function remarkLists(c: CommitmentChange, L: Lang): { heading: string; items: string[] }[] {
  return [
    { heading: t('remarksResolved', L), items: c.remarksResolved.map((r) => remarkLine(r, L, false)) },
    { heading: t('remarksNew', L), items: c.remarksNew.map((r) => remarkLine(r, L, true)) },
  ].filter((x) => x.items.length > 0);
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
      const sep = csvSeparator(L);
      // Each column's name starts with a capital, as a sheet's headers do, in both languages (the words are those
      // of the sentences, which start lower case).
      const head = [
        t('change', L),
        t('before', L),
        t('after', L),
        // The comparison's main result: the level before and after (« Précision avant »), then the points.
        `${t('level', L)} ${t('before', L)}`,
        `${t('level', L)} ${t('after', L)}`,
        `${t('points', L)} ${t('before', L)}`,
        `${t('points', L)} ${t('after', L)}`,
        t('fieldsAdded', L),
        t('fieldsLost', L),
        t('fieldsChanged', L),
      ].map((h) => h.charAt(0).toLocaleUpperCase(L) + h.slice(1));
      const rows = c.changes.map((x) =>
        [
          t(x.status, L),
          x.before?.title ?? '',
          x.after?.title ?? '',
          x.before ? levelLabel(x.before.level, L) : '',
          x.after ? levelLabel(x.after.level, L) : '',
          x.before?.score ?? '',
          x.after?.score ?? '',
          fields(x.fieldsAdded, L),
          fields(x.fieldsLost, L),
          fields(x.fieldsChanged, L),
        ]
          .map((v) => csvCell(v))
          .join(sep),
      );
      return `\ufeff${[head.map(csvCell).join(sep), ...rows].join('\r\n')}\r\n`;
    }
    case 'md': {
      const item = (x: CommitmentChange) =>
        [
          `- ${mdEscape(describe(x, L))}`,
          ...remarkLists(x, L).flatMap((l) => [
            `  - ${mdEscape(l.heading)}${colon(L).trimEnd()}`,
            ...l.items.map((i) => `    - ${mdEscape(i)}`),
          ]),
        ].join('\n');
      return `# ${t('compareTitle', L)}\n\n${mdEscape(names.before)} → ${mdEscape(names.after)}\n\n${c.changes.map(item).join('\n')}\n`;
    }
    case 'html': {
      const lists = (x: CommitmentChange) =>
        remarkLists(x, L)
          .map((l) => `<p>${esc(l.heading)}</p><ul>${l.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`)
          .join('');
      return typeset(
        `<!DOCTYPE html>\n<html lang="${L}"><head><meta charset="utf-8"><title>${t('compareTitle', L)}</title><style>body{font:15px/1.45 system-ui,Arial,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}.improved{color:#17532a}.regressed{color:#b00020}li li,li p{color:#222}</style></head><body><h1>${t('compareTitle', L)}</h1><p>${esc(names.before)} → ${esc(names.after)}</p><ul>${c.changes.map((x) => `<li class="${x.status}">${esc(describe(x, L))}${lists(x)}</li>`).join('')}</ul></body></html>\n`,
        L,
      );
    }
    default: {
      const item = (x: CommitmentChange) =>
        [
          `  ${describe(x, L)}`,
          ...remarkLists(x, L).flatMap((l) => [
            `    ${l.heading}${colon(L).trimEnd()}`,
            ...l.items.map((i) => `      - ${i}`),
          ]),
        ].join('\n');
      return `${t('compareTitle', L)}${colon(L)} ${names.before} → ${names.after}\n${c.changes.map(item).join('\n')}\n`;
    }
  }
}
