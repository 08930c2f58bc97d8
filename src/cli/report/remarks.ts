// One row per remark, for a facilitator or a ministry to work through in a spreadsheet (sort, filter, tick off):
// where it is as a reader finds it, how serious, what kind, what to do. The commitments' summary is csv.ts. Written
// as csv.ts writes: RFC 4180, formulas defused, a BOM for Excel, unreadable files in rows of their own at the end.
import { csvCell, type Finding, type Lang } from '../../core';
import { reason, severityLabel, t } from '../i18n';
import { findingsOf, type FileReview } from '../review';
import { commitmentNumber, noteOf, quoted, ruleName, titleOf, whereOf } from './common';
import type { ReportWriter } from '.';

export function remarksCsvWriter(L: Lang, nameOf: (file: string) => string): ReportWriter {
  const header = [
    t('file', L),
    t('number', L),
    t('commitment', L),
    t('location', L),
    t('severity', L),
    t('severityCode', L), // error, warning, suggestion, info: the same in every language, to sort and filter by
    t('remarkKind', L),
    t('remarkCode', L), // the check's id, which house rules use to ignore it
    t('flagged', L),
    t('remark', L),
    t('suggestionColumn', L),
    t('explanation', L),
    t('unreadableReason', L),
  ];
  let head = `\ufeff${header.map(csvCell).join(',')}\r\n`;
  const headOnce = () => {
    const h = head;
    head = '';
    return h;
  };
  const row = (fr: FileReview, f: Finding): string => {
    const e = f.commitment === undefined ? undefined : fr.analysis.commitments[f.commitment];
    return (
      [
        nameOf(fr.file),
        e ? commitmentNumber(e) : '',
        e ? titleOf(e, L) : t('outsideCommitments', L),
        whereOf(fr, f, L),
        severityLabel(f.severity, L),
        f.severity,
        ruleName(f.ruleId, L),
        f.ruleId,
        quoted(f)?.trim() ?? '',
        f.message,
        f.expected.join(' | '),
        noteOf(f, L) ?? '',
        '',
      ]
        .map(csvCell)
        .join(',') + '\r\n'
    );
  };
  return {
    add(fr) {
      // Commitment by commitment, as the other reports list them, then the remarks outside any commitment.
      const rows: string[] = [];
      for (const e of fr.analysis.commitments) for (const f of findingsOf(fr, e)) rows.push(row(fr, f));
      for (const f of findingsOf(fr, undefined)) rows.push(row(fr, f));
      return [headOnce(), rows.join('')];
    },
    end(errors) {
      const rows = errors.map((e) => {
        const why = e.detail ? `${reason(e.code, L)} (${e.detail})` : reason(e.code, L);
        return [nameOf(e.file), ...Array<string>(header.length - 2).fill(''), why].map(csvCell).join(',') + '\r\n';
      });
      return headOnce() + rows.join('');
    },
  };
}
