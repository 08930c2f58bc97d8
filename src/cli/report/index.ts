import type { InputError } from '../input';
import type { FileReview, Review } from '../review';
import { csvWriter } from './csv';
import { htmlWriter } from './html';
import { jsonWriter } from './json';
import { markdownWriter } from './md';
import { sarifWriter } from './sarif';
import { textWriter } from './text';

export const FORMATS = ['text', 'json', 'md', 'html', 'sarif', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * A report written while the drafts are reviewed: each draft's part as it comes (in file order), the whole at
 * the end. The part is written while other drafts are still being read, and the draft can then be let go.
 */
export interface ReportWriter {
  add(fr: FileReview): void;
  /** The report, with the files that could not be read. */
  end(errors: readonly InputError[]): string;
}

/** `toFile`: the report goes to --out, so it also lists the unreadable files (on a terminal, stderr already did). */
export function reportWriter(format: Format, lang: Review['lang'], options: { toFile?: boolean } = {}): ReportWriter {
  switch (format) {
    case 'json':
      return jsonWriter(lang);
    case 'md':
      return markdownWriter(lang);
    case 'html':
      return htmlWriter(lang);
    case 'csv':
      return csvWriter(lang);
    case 'sarif':
      return sarifWriter(lang);
    default:
      return textWriter(lang, options.toFile ?? false);
  }
}

/** The report of a whole review at once. */
export function render(review: Review, format: Format, options: { toFile?: boolean } = {}): string {
  const writer = reportWriter(format, review.lang, options);
  for (const fr of review.files) writer.add(fr);
  return writer.end(review.errors);
}
