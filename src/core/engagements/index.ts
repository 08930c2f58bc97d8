// PLACEHOLDER until issue 4 lands: segmentation, fields, score, missing-field and duplicate findings.
import type { SourceText } from '../source';
import type { Engagement, Finding, Lang } from '../types';

export interface EngagementOptions {
  lang: Lang;
}

export function readEngagements(_source: SourceText, _options: EngagementOptions): Engagement[] {
  return [];
}

export function engagementFindings(
  _source: SourceText,
  _engagements: Engagement[],
  _options: EngagementOptions,
): Finding[] {
  return [];
}
