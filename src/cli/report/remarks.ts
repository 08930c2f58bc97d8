// One row per remark, for a facilitator or a ministry to work through in a spreadsheet (sort, filter, tick off):
// where it is as a reader finds it, how serious, what kind, what to do. The commitments' summary is csv.ts. Written
// as csv.ts writes: RFC 4180, formulas defused, a BOM for Excel, unreadable files in rows of their own at the end.
import type { Finding, Lang } from '../../core';
import { severityLabel, t } from '../i18n';
import { findingsOf, type FileReview } from '../review';
import { commitmentNumber, noteOf, quoted, ruleName, titleOf } from './common';
import { whereOf } from './where';
import { csvTable } from './csv';
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
  const table = csvTable(header, L, nameOf);
  const row = (fr: FileReview, f: Finding): string => {
    const e = f.commitment === undefined ? undefined : fr.analysis.commitments[f.commitment];
    return table.line([
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
    ]);
  };
  return {
    add(fr) {
      // Commitment by commitment, as the other reports list them, then the remarks outside any commitment.
      const rows: string[] = [];
      for (const e of fr.analysis.commitments) for (const f of findingsOf(fr, e)) rows.push(row(fr, f));
      for (const f of findingsOf(fr, undefined)) rows.push(row(fr, f));
      return table.rows(rows);
    },
    end: table.end,
  };
}
