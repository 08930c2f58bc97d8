import type { Review } from '../review';
import { toCsv } from './csv';
import { toHtml } from './html';
import { toJson } from './json';
import { toMarkdown } from './md';
import { toSarifReport } from './sarif';
import { toText } from './text';

export const FORMATS = ['text', 'json', 'md', 'html', 'sarif', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export function render(review: Review, format: Format): string {
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
      return toText(review);
  }
}
