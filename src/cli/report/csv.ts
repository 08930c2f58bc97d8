// One row per commitment, for a spreadsheet (the remarks, one per row: remarks.ts). RFC 4180 quoting, columns
// separated by « ; » in French (as Excel in French reads them) and by commas in English; cells that a spreadsheet
// would run as a formula are prefixed with an apostrophe; a BOM so that Excel reads the accents. A file that could not be read
// gets a row of its own at the end, its name and why in the last column (empty on the commitments' rows), so
// that a spreadsheet of fifty drafts shows the ones missing from it.
import { csvCell, csvSeparator, type Lang } from '../../core';
import { reason, t } from '../i18n';
import { findingsOf, vagueCount } from '../review';
import { commitmentNumber, levelLabel, missingLabels } from './common';
import type { InputError } from '../input';
import type { ReportWriter } from '.';

export function csvWriter(L: Lang, nameOf: (file: string) => string): ReportWriter {
  const header = [
    t('file', L),
    t('language', L),
    t('number', L),
    t('commitment', L),
    t('level', L),
    t('levelCode', L), // none, low, medium, high: the same in every language, to sort and filter by
    t('points', L),
    t('maxPoints', L),
    t('missing', L),
    t('vagueTerms', L),
    t('findings', L),
    t('unreadableReason', L),
  ];
  const table = csvTable(header, L, nameOf);
  return {
    add(fr) {
      const rows: string[] = [];
      for (const e of fr.analysis.commitments) {
        const fs = findingsOf(fr, e);
        rows.push(
          table.line([
            nameOf(fr.file),
            fr.analysis.language,
            commitmentNumber(e),
            e.title,
            levelLabel(e, L),
            e.level,
            e.score,
            e.maxScore,
            missingLabels(e, L).join('; '),
            vagueCount(fs),
            fs.length,
            '',
          ]),
        );
      }
      return table.rows(rows);
    },
    end: table.end,
  };
}

/**
 * A table as both spreadsheets write it: the BOM and the header with the first rows (or alone at the end, when no
 * draft could be read), RFC 4180 lines, and a row per unreadable file, its name and why in the last column.
 */
export function csvTable(header: readonly string[], L: Lang, nameOf: (file: string) => string) {
  // « ; » for a French reader, whose Excel would put a comma-separated file in one column; "," in English.
  const sep = csvSeparator(L);
  const line = (cells: ReadonlyArray<string | number>) => cells.map(csvCell).join(sep) + '\r\n';
  let head = '\ufeff' + line(header);
  const headOnce = () => {
    const h = head;
    head = '';
    return h;
  };
  return {
    line,
    rows: (lines: readonly string[]) => [headOnce(), lines.join('')],
    end: (errors: readonly InputError[]) =>
      headOnce() +
      errors
        .map((e) => {
          const why = e.detail ? `${reason(e.code, L)} (${e.detail})` : reason(e.code, L);
          return line([nameOf(e.file), ...Array<string>(header.length - 2).fill(''), why]);
        })
        .join(''),
  };
}
