import type { InputError } from '../input';
import type { Lang } from '../../core';
import type { FileReview } from '../review';
import { csvWriter } from './csv';
import { htmlWriter } from './html';
import { jsonWriter } from './json';
import { markdownWriter } from './md';
import { sarifWriter } from './sarif';
import { remarksCsvWriter } from './remarks';
import { textWriter } from './text';

/** `csv`: one row per commitment (the summary); `csv-remarks`: one row per remark, to work through in a spreadsheet. */
export const FORMATS = ['text', 'json', 'md', 'html', 'sarif', 'csv', 'csv-remarks'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * A report made while the drafts are reviewed: each draft's part as it comes (in file order), so that it is
 * written while other drafts are still being read and the draft can then be let go. The report is what `add`
 * and `end` return, in order: formats that begin with a summary of every draft (md, html) or number across
 * files (sarif) return nothing from `add` and everything from `end`.
 */
export interface ReportWriter {
  /**
   * What of the report can be written now that this draft is reviewed, in pieces written one after the other: a
   * draft's part (250 KB of JSON for a 20-page draft) is not joined to the separator before it, which would copy it
   * whole (measured: 50 such parts joined then written cost 200 ms of CPU, written apart 25 ms).
   */
  add(fr: FileReview): string[];
  /** The rest of the report, with the files that could not be read. */
  end(errors: readonly InputError[]): string;
}

export interface ReportOptions {
  /** The report goes to a file (--out, --out-dir), so it also lists the unreadable files (on a terminal, stderr did). */
  toFile?: boolean;
  /**
   * A file's name as the reports people read give it (text, md, html, csv): relative to the folder given, never the
   * facilitator's own path (`displayNames`). JSON and SARIF keep the path given, for the tools that open the files.
   */
  nameOf?: (file: string) => string;
  /** Information remarks listed in text and Markdown (--all); else counted per commitment. HTML folds them. */
  all?: boolean;
  /** When the review was made: the HTML report says so. */
  date?: Date;
  /** The locale the date is written for (en-US: "December 6, 2026"; en-GB: "6 December 2026"), from LANG. */
  locale?: string;
}

export function reportWriter(format: Format, lang: Lang, options: ReportOptions = {}): ReportWriter {
  const nameOf = options.nameOf ?? ((file: string) => file);
  switch (format) {
    case 'json':
      return jsonWriter(lang);
    case 'md':
      return markdownWriter(lang, nameOf, options.all ?? false);
    case 'html':
      return htmlWriter(lang, nameOf, options.date ?? new Date(), options.locale);
    case 'csv':
      return csvWriter(lang, nameOf);
    case 'csv-remarks':
      return remarksCsvWriter(lang, nameOf);
    case 'sarif':
      return sarifWriter(lang);
    default:
      return textWriter(lang, options.toFile ?? false, nameOf, options.all ?? false);
  }
}
