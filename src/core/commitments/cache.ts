// Commitments kept between checks of the same plan: while a commitment's paragraphs are unchanged, its fields,
// score and shingles are reused (moved to where the commitment now sits), so a re-check after an edit reads one
// commitment again instead of the whole plan. The plan checks (missing fields, copies) compare the whole plan
// every time.
import { shingledOf, type Shingled } from '../checks/duplicate/shingles';
import type { SourceText } from '../source';
import type { Commitment, Lang } from '../types';
import type { Segment } from './segment';

interface Entry {
  /** Offset and paragraph of the commitment's first paragraph when it was read. */
  base: number;
  first: number;
  commitment: Commitment;
  /** Its shingles for the copy check, offsets as when it was read. */
  shingled?: Shingled;
}

export class PlanCache {
  private entries = new Map<string, Entry>();
  private used = new Set<string>();
  /** The entry each commitment handed out came from, and how far it moved since. */
  private placed = new WeakMap<Commitment, { entry: Entry; delta: number }>();
  hits = 0;
  misses = 0;

  /**
   * The commitment of this segment, from the cache or read by `read` (and kept). `plan`: what its reading takes
   * from the whole plan (its period, its date conventions: see planFacts), the same for every commitment of a check.
   */
  commitment(
    source: SourceText,
    seg: Segment,
    index: number,
    lang: Lang,
    read: () => Commitment,
    plan = '',
  ): Commitment {
    const key = keyOf(source, seg, lang, plan);
    const base = source.paragraphs[seg.first].start;
    this.used.add(key);
    let entry = this.entries.get(key);
    if (!entry) {
      this.misses++;
      entry = { base, first: seg.first, commitment: read() };
      this.entries.set(key, entry);
    } else this.hits++;
    const delta = base - entry.base;
    const dp = seg.first - entry.first;
    // Always a copy: the kept one must not change with what a host does to the result.
    const e = moved(entry.commitment, index, delta, dp);
    this.placed.set(e, { entry, delta });
    return e;
  }

  /** A commitment's shingles, made once while its text is unchanged (sentence offsets moved with it). */
  shingled(e: Commitment, make: () => Shingled): Shingled {
    const p = this.placed.get(e);
    if (!p) return make();
    if (!p.entry.shingled) p.entry.shingled = p.delta === 0 ? make() : shift(make(), -p.delta);
    return p.delta === 0 ? p.entry.shingled : shift(p.entry.shingled, p.delta);
  }

  /** Forgets commitments not seen in the last check, so memory follows the plan. */
  sweep(): void {
    for (const key of this.entries.keys()) if (!this.used.has(key)) this.entries.delete(key);
    this.used.clear();
  }
}

/**
 * Everything a commitment's reading depends on: its paragraphs (text, heading level, table, tags), its title and the
 * plan's facts (a title edited to another period dates « chaque année, avant le 30 juin » in another year).
 */
function keyOf(source: SourceText, seg: Segment, lang: Lang, plan: string): string {
  const ps = source.paragraphs;
  const base = ps[seg.first].start;
  let key = `${lang}|${plan}|${seg.titleLast - seg.first}|${seg.titleStart - base}|${seg.titleEnd - base}|${seg.title}`;
  for (let i = seg.first; i <= seg.last; i++) {
    const p = ps[i];
    key += `\u0001${p.headingLevel ?? 0}|${p.inTable ? 1 : 0}|${p.tags ? p.tags.join('\u0002') : ''}|${p.text}`;
  }
  return key;
}

function shift(sh: Shingled, delta: number): Shingled {
  return shingledOf(
    sh.distinct,
    sh.sentences.map((s) => ({ ...s, start: s.start + delta, end: s.end + delta })),
  );
}

function moved(e: Commitment, index: number, delta: number, dp: number): Commitment {
  const fields: Commitment['fields'] = {};
  const shift = <T extends { start: number; end: number } | undefined>(v: T): T =>
    v && { ...v, start: v.start + delta, end: v.end + delta };
  for (const [name, value] of Object.entries(e.fields) as Array<[keyof Commitment['fields'], unknown]>) {
    if (name === 'milestones')
      // A milestone and what the plan says of it (deliverable, indicator, lead) move together.
      fields.milestones = e.fields.milestones!.map((m) => ({
        ...shift(m),
        deliverable: shift(m.deliverable),
        indicator: shift(m.indicator),
        lead: shift(m.lead),
      }));
    else {
      const v = value as NonNullable<Commitment['fields']['cost']>;
      fields[name] = shift(v);
    }
  }
  const out: Commitment = {
    ...e,
    index,
    start: e.start + delta,
    end: e.end + delta,
    firstParagraph: e.firstParagraph + dp,
    lastParagraph: e.lastParagraph + dp,
    fields,
    missing: [...e.missing],
    checklist: e.checklist.map((c) => ({ ...c })),
  };
  if (e.weak) out.weak = [...e.weak];
  return out;
}
