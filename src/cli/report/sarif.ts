// SARIF 2.1.0 comes from the core's exporter, every check described from the message catalogue; positions are the
// file's own. The files that could not be read are the run's tool execution notifications, each with its URI and
// why, in the user's language.
import { jsonLines, toSarif, type Lang } from '../../core';
import { reason } from '../i18n';
import type { InputError } from '../input';
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
    end: (errors) => sarifLog(files, L, errors),
  };
}

export function sarifLog(reviews: readonly FileReview[], L: Lang, errors: readonly InputError[] = []): string {
  const log = toSarif(
    reviews.map((f) => ({ file: f.file, analysis: inFile(f) })),
    { lang: L },
  );
  // Only when a file could not be read (the run then exits with 2): a run that read everything is written as before.
  if (errors.length) {
    const run = (log.runs as Record<string, unknown>[])[0];
    run.invocations = [
      {
        executionSuccessful: false,
        toolExecutionNotifications: errors.map((e) => ({
          level: 'error',
          message: { text: e.detail ? `${reason(e.code, L)} (${e.detail})` : reason(e.code, L) },
          locations: [{ physicalLocation: { artifactLocation: { uri: e.file } } }],
          descriptor: { id: e.code },
        })),
      },
    ];
  }
  // Results one per line (runs > run > results > result).
  return `${jsonLines(log, 4)}\n`;
}
