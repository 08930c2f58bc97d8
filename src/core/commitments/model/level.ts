// The level, what the IRM asks first (verifiable, lens), and why, from the fitted model shipped as data.
//
// The rules that keep the level consistent with the point items (the workshop's checklist):
// 1. none when the commitment names no deliverable, no dated milestone and no concrete action (the IRM's None:
//    "no verifiable deliverables or milestones"), whatever else the text says;
// 2. never high without a target and a dated milestone (the workshop's measurable core): a text the model rates
//    high without them is medium, and the explanation says what it lacks; nor while its sentences with only a vague
//    verb outnumber those with a concrete action (audit15, finding 4: the form's fields filled, « promouvoir …,
//    favoriser … » untouched, is not what an IRM reader rates high): medium, and the explanation says how many;
// 3. otherwise the model's level: its score (the points times a fitted factor, plus the text's counts times their
//    weights) against two fitted cuts (low | medium | high);
// 4. earning a point item never lowers the level (the factor is fitted non-negative, rules 1 and 2 only lift);
// 5. verifiable exactly when the level is medium or high (the IRM counted Medium and High specificity as
//    verifiable), with the reason in one sentence.
import shipped from '../data/level-model.json';
import { score as messages, translator } from '../../messages';
import type { ChecklistItem, Lang, OpenGovValue, SpecificityLevel } from '../../types';
import { TEXT_FEATURES, textFeatures, type TextCounts, type TextFeature } from './features';
import { lensOf, type LensCounts } from './lens';
import { plainWhy } from './why';

export interface LevelModel {
  /** What one point of the checklist adds to the score. */
  perPoint: number;
  features: Record<string, number>;
  /** Added to every score, so that the cuts read plainly (medium from 1, high from 2). */
  offset: number;
  cuts: { medium: number; high: number };
  lens: Record<OpenGovValue, number>;
}

export const LEVEL_MODEL: LevelModel = shipped as LevelModel;

export interface LevelInput {
  earned: (id: string) => boolean;
  /** The checklist's points earned. */
  points: number;
  counts: TextCounts;
}

export interface LevelResult {
  level: SpecificityLevel;
  /** The model's score: what the items and the text add up to. */
  score: number;
  /** Which rule set the level, when not the score alone. */
  rule?: 'none' | 'capped' | 'vague';
  verifiable: boolean;
}

/** The model's input from a commitment's checklist and text counts. */
export function levelInput(checklist: readonly ChecklistItem[], counts: TextCounts): LevelInput {
  const earned = new Set<string>();
  let points = 0;
  for (const c of checklist)
    if (c.earned) {
      earned.add(c.id);
      points += c.points;
    }
  return { earned: (id) => earned.has(id), points, counts };
}

export function modelScore(input: LevelInput, model: LevelModel = LEVEL_MODEL): number {
  const t = textFeatures(input.counts);
  let s = model.offset + model.perPoint * input.points;
  for (const f of TEXT_FEATURES) s += (model.features[f] ?? 0) * t[f];
  return s;
}

export function levelFrom(input: LevelInput, model: LevelModel = LEVEL_MODEL): LevelResult {
  return levelOfModelScore(input, modelScore(input, model), model);
}

/** The level of a given score by rules 1 to 3 (the fit scores a commitment with inputs of its own, then asks this). */
export function levelOfModelScore(input: LevelInput, score: number, model: LevelModel = LEVEL_MODEL): LevelResult {
  const e = input.earned;
  if (!e('deliverable') && !e('dated-milestone') && input.counts.actions === 0)
    return { level: 'none', score, rule: 'none', verifiable: false };
  if (score >= model.cuts.high) {
    if (!e('target') || !e('dated-milestone')) return { level: 'medium', score, rule: 'capped', verifiable: true };
    if (input.counts.vague > input.counts.actions) return { level: 'medium', score, rule: 'vague', verifiable: true };
    return { level: 'high', score, verifiable: true };
  }
  if (score >= model.cuts.medium) return { level: 'medium', score, verifiable: true };
  return { level: 'low', score, verifiable: false };
}

export function lensFrom(counts: LensCounts, model: LevelModel = LEVEL_MODEL): OpenGovValue[] {
  return lensOf(counts, model.lens);
}

/** One sentence: what makes the commitment checkable, or what is missing. */
export function verifiableReason(input: LevelInput, result: LevelResult, lang: Lang): string {
  const t = translator(messages, lang);
  if (result.verifiable) {
    const what = input.earned('dated-milestone')
      ? 'verifiable.yesMilestone'
      : input.counts.actions > 0
        ? 'verifiable.yesAction'
        : 'verifiable.yesDeliverable';
    return t('verifiable.yes', { what: t(what) });
  }
  if (result.rule === 'none') return t('verifiable.no', { what: t('verifiable.noNothing') });
  // Not « nothing lets one verify » beside an earned dated milestone: the text around it holds the level down.
  if (input.earned('dated-milestone') || input.earned('deliverable')) return t('verifiable.noVagueDated');
  return t('verifiable.no', { what: t('verifiable.noVague') });
}

export interface LevelReason {
  id: string;
  kind: 'item' | 'text';
  /** Items: earned or not, and their points in the workshop's system. */
  earned?: boolean;
  points?: number;
  /** Text features: the count or share read in the text. */
  value?: number;
  /** What the item (when earned) or one unit of the feature adds to the score. */
  weight: number;
  /** What it adds to this commitment's score. */
  contribution: number;
  /** Its part, with the model's numbers (for tools: the JSON report). */
  text: string;
  /** Its part in plain words, without the model's numbers (for people: the card). */
  said: string;
}

export interface LevelExplanation extends LevelResult {
  cuts: { medium: number; high: number };
  /** Why, in plain words: what the level rests on, what holds it back, what would raise it (no score, no cut). */
  summary: string;
  verifiableReason: string;
  lens: OpenGovValue[];
  lensText: string;
  reasons: LevelReason[];
}

const formats = new Map<Lang, Intl.NumberFormat>();
function num(x: number, lang: Lang): string {
  let f = formats.get(lang);
  if (!f) formats.set(lang, (f = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 })));
  return f.format(x);
}

/**
 * Why the level is what it is: each point item with its points, its weight and a sentence, each text count with
 * its weight, the rule that applied, whether it is verifiable and why, and the lens. For the card and reports.
 */
export function explainLevel(
  checklist: readonly ChecklistItem[],
  counts: TextCounts,
  lensCounts: LensCounts,
  lang: Lang,
  model: LevelModel = LEVEL_MODEL,
): LevelExplanation {
  const t = translator(messages, lang);
  const input = levelInput(checklist, counts);
  const result = levelFrom(input, model);
  const reasons: LevelReason[] = [];
  for (const c of checklist) {
    const weight = model.perPoint * c.points;
    const value = num(weight, lang);
    const effect =
      weight <= 0 ? t('reason.neutral') : c.earned ? t('reason.raises', { value }) : t('reason.wouldRaise', { value });
    reasons.push({
      id: c.id,
      kind: 'item',
      earned: c.earned,
      points: c.points,
      weight,
      contribution: c.earned ? weight : 0,
      text: t(c.earned ? 'reason.earned' : 'reason.missing', {
        label: t(`items.${c.id}.label`),
        points: c.points,
        effect,
      }),
      said: t(c.earned ? 'reason.earned' : 'reason.missing', {
        label: t(`items.${c.id}.label`),
        points: c.points,
        effect: weight <= 0 ? t('reason.neutral') : t(c.earned ? 'why.raises' : 'why.wouldRaise'),
      }),
    });
  }
  const values = textFeatures(counts);
  for (const f of TEXT_FEATURES) {
    const weight = model.features[f] ?? 0;
    const contribution = weight * values[f];
    reasons.push({
      id: f,
      kind: 'text',
      value: values[f],
      weight,
      contribution,
      text: t('reason.feature', { what: featureText(f, counts, t), effect: effectOf(contribution, t, lang) }),
      said: t('reason.feature', {
        what: featureText(f, counts, t),
        effect:
          Math.abs(contribution) < 0.005 ? t('reason.neutral') : t(contribution > 0 ? 'why.raises' : 'why.lowers'),
      }),
    });
  }
  const lens = lensFrom(lensCounts, model);
  const summary = plainWhy(
    checklist,
    input,
    result,
    model,
    (i) => levelFrom(i, model),
    t,
    (xs) => listed(xs, t),
  );
  return {
    ...result,
    cuts: { ...model.cuts },
    summary,
    verifiableReason: verifiableReason(input, result, lang),
    lens,
    lensText:
      lens.length === 0
        ? t('lens.none')
        : t('lens.some', {
            values: listed(
              lens.map((v) => t(`lens.${v}`)),
              t,
            ),
          }),
    reasons,
  };
}

type T = ReturnType<typeof translator>;

/** A list as a sentence says it: « transparente, participative et redevable », "transparent and accountable". */
function listed(items: readonly string[], t: T): string {
  return items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')}${t('level.and')}${items[items.length - 1]}`;
}

function featureText(f: TextFeature, c: TextCounts, t: T): string {
  const share = (k: number) => Math.round((100 * k) / Math.max(1, c.sentences));
  switch (f) {
    case 'actions':
      return t('features.actions', { count: c.actions });
    case 'vagueShare':
      return t('features.vagueShare', { percent: share(c.vague) });
    case 'figures':
      return t('features.figures', { count: c.figures });
  }
}

function effectOf(contribution: number, t: T, lang: Lang): string {
  if (Math.abs(contribution) < 0.005) return t('reason.neutral');
  return t(contribution > 0 ? 'reason.raises' : 'reason.lowers', { value: num(Math.abs(contribution), lang) });
}
