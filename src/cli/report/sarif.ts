// SARIF 2.1.0 comes from the core's exporter; the CLI adds the descriptors of the engagement rules
// (missing-field, duplicate) so that viewers show a real description rather than the bare id.
import { jsonLines, toSarif, type Lang, type RuleDescriptor } from '../../core';
import { inFile, type FileReview } from '../review';
import type { ReportWriter } from '.';

const ENGAGEMENT_RULES = {
  'missing-field': {
    fr: 'Un champ attendu d’un engagement (indicateur, situation initiale, cible, jalons, coût…) manque.',
    en: 'A field a commitment should state (indicator, baseline, target, milestones, cost…) is missing.',
    level: 'warning',
  },
  duplicate: {
    fr: 'Engagement repris presque mot pour mot d’un autre engagement ou d’un autre plan.',
    en: 'Commitment copied almost word for word from another commitment or plan.',
    level: 'warning',
  },
} as const;

/** SARIF numbers rules across all files as they first appear: the log is written at the end, from every analysis. */
export function sarifWriter(L: Lang): ReportWriter {
  const files: FileReview[] = [];
  return {
    add(fr) {
      files.push(fr);
      return '';
    },
    end: () => sarifLog(files, L),
  };
}

export function sarifLog(reviews: readonly FileReview[], L: Lang): string {
  const extraRules: RuleDescriptor[] = Object.entries(ENGAGEMENT_RULES).map(([id, r]) => ({
    id,
    shortDescription: { text: r[L] },
    defaultConfiguration: { level: r.level },
    properties: { fr: r.fr, en: r.en },
  }));
  const log = toSarif(
    reviews.map((f) => ({ file: f.file, analysis: inFile(f) })),
    { lang: L, extraRules },
  );
  // Results one per line (runs > run > results > result).
  return `${jsonLines(log, 4)}\n`;
}
