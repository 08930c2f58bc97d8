// How the pane names a commitment: in a sentence « Engagement 2 : Ouvrir les données », in a list, a group's
// header or a table « 2. Ouvrir les données »; the title alone when the author's title already starts with its
// number (« Engagement 3 : … », the plan's own, even for its second commitment, as the reports' N°), never
// « Engagement 2 : Engagement 3 : … » nor « 2. Engagement 3 : … ».
import type { TFunction } from 'i18next';
import { frenchSpaces, ownNumber, paragraphOpening, type Analysis, type Finding } from '../core';

/** The title gives its commitment's number: « Engagement 2 », « ENGAGEMENT n° 2 », "Commitment 2", any case. */
export function namesCommitment(title: string): boolean {
  return ownNumber(title) !== undefined;
}

/**
 * Commitment `n`'s label in a sentence: its title alone when it gives its own number, else the catalogue's
 * `key` (« Engagement {{n}} : {{title}} »); `shown` is the title as written out (escaped for Markdown, say).
 */
export function commitmentLabel(
  t: TFunction,
  n: number,
  title: string,
  key = 'finding.inCommitment',
  shown: string = title,
): string {
  return namesCommitment(title) ? shown : t(key, { n, title: shown });
}

/**
 * Commitment `n`'s name in a list, a group's header, the plan's table or the card: « 2. Ouvrir les données », or
 * its title alone when it names the commitment; an untitled commitment is « 2. Engagement sans titre ».
 */
export function commitmentName(t: TFunction, n: number, title: string): string {
  return commitmentLabel(t, n, title || t('commitment.untitled'), 'commitment.numbered');
}

/** What says where a finding is: the analysed text, its paragraphs and commitments. */
export type PlaceOf = Pick<Analysis, 'text' | 'paragraphs' | 'commitments'>;

/**
 * Where a finding is, as every place in the pane says it (Word numbers no paragraph): a missing field by its
 * commitment, any other by its paragraph's first words, which Word's search finds; by its commitment when the
 * paragraph has no words the analysis holds, else '' (nothing to say).
 */
export function whereFor(t: TFunction, f: Finding, analysis: PlaceOf): string {
  if (f.ruleId === 'missing-field' && f.commitment !== undefined) return commitmentLabel(t, f.commitment + 1, f.actual);
  const words = paragraphOpening(analysis, f.paragraph);
  if (words) return t('finding.paragraphWords', { words });
  const c = f.commitment === undefined ? undefined : analysis.commitments[f.commitment];
  return c ? commitmentLabel(t, c.index + 1, c.title) : '';
}

/**
 * French spacing kept on one line in the pane's narrow column (the reports' typesetting: core's `frenchSpaces`), so
 * that no line starts with « » » or « : » nor ends with « « ». English puts no space before these marks: its text
 * comes back as it is.
 */
export function glued(text: string): string {
  return frenchSpaces(text, 'fr');
}
