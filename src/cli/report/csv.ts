// One row per commitment, for a spreadsheet. RFC 4180 quoting; cells that a spreadsheet would run as a
// formula are prefixed with an apostrophe; a BOM so that Excel reads the accents.
import { csvCell, type Lang } from '../../core';
import { t } from '../i18n';
import { findingsOf, vagueCount } from '../review';
import { levelLabel, missingLabels } from './common';
import type { ReportWriter } from '.';

export function csvWriter(L: Lang): ReportWriter {
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
  ];
  // The BOM and the header come with the first rows, or alone at the end.
  let head = `\ufeff${header.map(csvCell).join(',')}\r\n`;
  const headOnce = () => {
    const h = head;
    head = '';
    return h;
  };
  return {
    add(fr) {
      const rows: string[] = [];
      for (const e of fr.analysis.commitments) {
        const fs = findingsOf(fr, e);
        rows.push(
          [
            fr.file,
            fr.analysis.language,
            e.index + 1,
            e.title,
            levelLabel(e, L),
            e.level,
            e.score,
            e.maxScore,
            missingLabels(e, L).join('; '),
            vagueCount(fs),
            fs.length,
          ]
            .map(csvCell)
            .join(',') + '\r\n',
        );
      }
      return [headOnce(), rows.join('')];
    },
    end: headOnce,
  };
}
