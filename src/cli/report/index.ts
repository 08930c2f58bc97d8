import type { Review } from '../review';
import { toCsv } from './csv';
import { toHtml } from './html';
import { toJson } from './json';
import { toMarkdown } from './md';
import { toSarifReport } from './sarif';
import { toText } from './text';

export const FORMATS = ['text', 'json', 'md', 'html', 'sarif', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** `toFile`: the report goes to --out, so it also lists the unreadable files (on a terminal, stderr already did). */
export function render(review: Review, format: Format, options: { toFile?: boolean } = {}): string {
  switch (format) {
    case 'json':
      return toJson(review);
    case 'md':
      return toMarkdown(review);
    case 'html':
      return toHtml(review);
    case 'csv':
      return toCsv(review);
    case 'sarif':
      return toSarifReport(review);
    default:
      return toText(review, options.toFile ?? false);
  }
}
