import type { InputError } from '../input';
import type { Lang } from '../../core';
import type { FileReview } from '../review';
import { csvWriter } from './csv';
import { htmlWriter } from './html';
import { jsonWriter } from './json';
import { markdownWriter } from './md';
import { sarifWriter } from './sarif';
import { textWriter } from './text';

export const FORMATS = ['text', 'json', 'md', 'html', 'sarif', 'csv'] as const;
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

/** `toFile`: the report goes to --out, so it also lists the unreadable files (on a terminal, stderr already did). */
export function reportWriter(format: Format, lang: Lang, options: { toFile?: boolean } = {}): ReportWriter {
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
