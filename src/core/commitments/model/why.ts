// Why the level, in plain words for people who are not statisticians: what the level rests on here, what holds it
// back, and the one or two changes that would move it up a level, in the commitment's own terms (the point items it
// earns and misses, its concrete actions, its share of vague verbs, its figures). The model's score and cuts are
// not said: they stay in the explanation's fields, for tools. Three short sentences at most.
import type { Translate } from '../../messages';
import type { SpecificityLevel } from '../../types';
import type { TextCounts } from './features';
import type { LevelInput, LevelModel, LevelResult } from './level';

const ORDER: readonly SpecificityLevel[] = ['none', 'low', 'medium', 'high'];
/** At most this many things named in each sentence: a sentence to read, not an inventory. */
const MOST = 3;

export interface WhyItem {
  id: string;
  earned: boolean;
  points: number;
}

/** A change the author could make, and the model's inputs once made. */
interface Change {
  id: string;
  /** An item to add (said after « ajoutez »), or a change said in a sentence of its own. */
  add: boolean;
  apply: (input: LevelInput) => LevelInput;
}

/**
 * The sentences: « Précision moyenne : elle tient à un livrable nommé et 2 actions concrètes. Ce qui la freine :
 * il manque un indicateur de résultat. Pour atteindre « élevée » : ajoutez une cible chiffrée et un jalon daté. »
 */
export function plainWhy(
  items: readonly WhyItem[],
  input: LevelInput,
  result: LevelResult,
  model: LevelModel,
  /** The level the model and its rules give to other inputs (levelFrom). */
  levelOf: (input: LevelInput) => LevelResult,
  t: Translate,
  listed: (items: readonly string[]) => string,
): string {
  const { counts } = input;
  const next = ORDER[ORDER.indexOf(result.level) + 1] as SpecificityLevel | undefined;
  const step = next ? nextStep(items, input, next, model, levelOf) : undefined;
  const named = new Set(step?.changes.map((c) => c.id));
  const out: string[] = [];

  if (result.rule === 'none') out.push(t('level.ruleNone'));
  else {
    // What it rests on: the earned items and the text's counts that add most to it.
    const strengths: { text: string; weight: number }[] = [];
    for (const c of items)
      if (c.earned && model.perPoint * c.points > 0)
        strengths.push({ text: t(`why.has.${c.id}`), weight: model.perPoint * c.points });
    if (counts.actions > 0)
      strengths.push({
        text: t('why.actions', { count: counts.actions }),
        weight: (model.features.actions ?? 0) * Math.log1p(counts.actions),
      });
    if (counts.figures > 0)
      strengths.push({
        text: t('why.figures', { count: counts.figures }),
        weight: (model.features.figures ?? 0) * Math.log1p(counts.figures),
      });
    const kept = strengths.filter((s) => s.weight > 0).sort((a, b) => b.weight - a.weight);
    if (kept.length)
      out.push(
        t('why.rests', { level: t(`level.${result.level}`), what: listed(kept.slice(0, MOST).map((s) => s.text)) }),
      );
  }

  if (next && result.rule !== 'none') {
    // What holds it back most, but for what the next sentence asks for (« Aucune précision » says it already).
    const holds: { text?: string; item?: WhyItem; weight: number }[] = [];
    const vagueWeight = -(model.features.vagueShare ?? 0) * (counts.vague / Math.max(1, counts.sentences));
    // Held at medium by its vague sentences (rule 2 of level.ts): said first, with their number.
    if (result.rule === 'vague') holds.push({ text: t('why.vagueLeft', { count: counts.vague }), weight: Infinity });
    else if (vagueWeight > 0 && !named.has('actions'))
      holds.push({
        text: t('why.vague', { percent: Math.round((100 * counts.vague) / Math.max(1, counts.sentences)) }),
        weight: vagueWeight,
      });
    for (const c of items) {
      const weight = model.perPoint * c.points;
      if (c.earned || weight <= 0 || named.has(c.id)) continue;
      if (c.id === 'milestone-path' && !input.earned('dated-milestone')) continue; // the first one comes first
      holds.push(c.id === 'focused' ? { text: t('why.unfocused'), weight } : { item: c, weight });
    }
    const most = holds.sort((a, b) => b.weight - a.weight).slice(0, 2);
    const lacking = most.filter((h) => h.item).map((h) => t(`why.missing.${h.item!.id}`));
    const said = [
      ...most.filter((h) => h.text).map((h) => h.text!),
      ...(lacking.length ? [t('why.lacks', { what: listed(lacking) })] : []),
    ];
    if (said.length) out.push(t('why.holds', { what: said.join(t('why.also')) }));
  }
  if (next && step) {
    const adds = step.changes.filter((c) => c.add).map((c) => t(`why.missing.${c.id}`));
    const others = step.changes.filter((c) => !c.add).map((c) => t(changeKey(c.id, counts)));
    const changes = listed([...(adds.length ? [t('why.add', { what: listed(adds) })] : []), ...others]);
    out.push(t(step.reaches ? 'why.reach' : 'why.closer', { level: t(`level.${next}`), changes }));
  }
  // At the top of the scale, the vague sentences left are still said: a card that says nothing more to add beside them
  // would tell the author the text is done (audit15, finding 4).
  if (!next && counts.vague > 0) out.push(t('why.vagueRemain', { count: counts.vague }));
  return out.join(' ');
}

function changeKey(id: string, counts: TextCounts): string {
  if (id === 'focused') return 'why.focus';
  if (id === 'figures') return 'why.figure';
  return counts.vague > 0 ? 'why.concrete' : 'why.concreteNew';
}

/** What the author could change: each missing item, one more concrete action, one more figure. */
function changesOf(items: readonly WhyItem[], input: LevelInput, model: LevelModel): Change[] {
  const out: Change[] = [];
  for (const c of items) {
    if (c.earned || model.perPoint * c.points <= 0) continue;
    // A second dated milestone once there is a first; before, the first is the change to ask for.
    if (c.id === 'milestone-path' && !input.earned('dated-milestone')) continue;
    out.push({
      id: c.id,
      add: c.id !== 'focused',
      apply: (i) => ({ ...i, earned: (id) => id === c.id || i.earned(id), points: i.points + c.points }),
    });
  }
  if ((model.features.actions ?? 0) > 0)
    // A vague sentence made concrete, or a concrete sentence added.
    out.push({
      id: 'actions',
      add: false,
      apply: (i) => {
        const k = i.counts;
        const counts =
          k.vague > 0
            ? { ...k, actions: k.actions + 1, vague: k.vague - 1 }
            : { ...k, actions: k.actions + 1, sentences: k.sentences + 1 };
        return { ...i, counts };
      },
    });
  if ((model.features.figures ?? 0) > 0)
    out.push({
      id: 'figures',
      add: false,
      apply: (i) => ({ ...i, counts: { ...i.counts, figures: i.counts.figures + 1 } }),
    });
  return out;
}

/**
 * The fewest changes (one, else two) that reach `next` by the model and its rules, those that raise the score most
 * among them; when none or two do not, the two that raise it most (`reaches` false).
 */
export function nextStep(
  items: readonly WhyItem[],
  input: LevelInput,
  next: SpecificityLevel,
  model: LevelModel,
  levelOf: (input: LevelInput) => LevelResult,
): { changes: Change[]; reaches: boolean } | undefined {
  const changes = changesOf(items, input, model);
  if (!changes.length) return undefined;
  const goal = ORDER.indexOf(next);
  const tried = (set: Change[]) => {
    const r = levelOf(set.reduce((i, c) => c.apply(i), input));
    return { set, reaches: ORDER.indexOf(r.level) >= goal, score: r.score };
  };
  const better = (a: ReturnType<typeof tried>, b: ReturnType<typeof tried> | undefined) =>
    !b || (a.reaches && !b.reaches) || (a.reaches === b.reaches && a.score > b.score + 1e-9);
  let best: ReturnType<typeof tried> | undefined;
  for (const c of changes) {
    const r = tried([c]);
    if (r.reaches && better(r, best)) best = r;
  }
  if (best) return { changes: best.set, reaches: true };
  for (let a = 0; a < changes.length; a++)
    for (let b = a + 1; b < changes.length; b++) {
      const r = tried([changes[a], changes[b]]);
      if (better(r, best)) best = r;
    }
  return best && { changes: best.set, reaches: best.reaches };
}
