// SARIF 2.1.0 comes from the core's exporter, every check described from the message catalogue; positions are the
// file's own.
import { jsonLines, toSarif, type Lang } from '../../core';
import { inFile, type FileReview } from '../review';
import type { ReportWriter } from '.';

/** SARIF numbers rules across all files as they first appear: the log is written at the end, from every analysis. */
export function sarifWriter(L: Lang): ReportWriter {
  const files: FileReview[] = [];
  return {
    add(fr) {
      files.push(fr);
      return [];
    },
    end: () => sarifLog(files, L),
  };
}

export function sarifLog(reviews: readonly FileReview[], L: Lang): string {
  const log = toSarif(
    reviews.map((f) => ({ file: f.file, analysis: inFile(f) })),
    { lang: L },
  );
  // Results one per line (runs > run > results > result).
  return `${jsonLines(log, 4)}\n`;
}
