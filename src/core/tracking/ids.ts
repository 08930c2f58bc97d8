// Stable ids for the public follow-up: C01 for a commitment, C01.1 for its first milestone, C01.1.1 for that
// milestone's indicator, as in Canada's tracker. A plan is edited after it is published (commitments retitled,
// reordered, added): each commitment keeps the id it was published under when it can be matched to it, as
// `jalon check --compare` matches two versions, so that the updates already written for it still apply.
import type { Commitment } from '../types';
import { rolesOf } from './groups';
import { matchVersions, normalizeTitle, type Version } from './match';

export interface KnownMilestone {
  id: string;
  text: string;
  /** Its text, and its indicator's, in the other language, where a sheet gave them. */
  textAlt?: string;
  indicatorAlt?: string;
}

export interface KnownCommitment {
  id: string;
  title: string;
  titleAlt?: string;
  milestones: KnownMilestone[];
  /**
   * Indicators' texts in the other language by their ids, where a sheet gave them: a milestone's table of
   * indicators (C01.1.2), the commitment's own indicator (C01.0.1).
   */
  indicatorsAlt?: Record<string, string>;
  /** Already gone from the plan when the site was last published: its id is never given to another one. */
  removed?: boolean;
}

/** Ids given before: those of the last published site (its plan.json) and those the updates sheets carry. */
export type IdRegistry = readonly KnownCommitment[];

export interface CommitmentIds {
  id: string;
  /**
   * One per milestone of the commitment as the reading gives them, in the plan's order: for an indicator row of a
   * milestone's table, that indicator's id (C01.1.2).
   */
  milestones: string[];
  /** How the id was found: matched by title or content, new (the registry had none for it), or in plan order. */
  by: 'title' | 'content' | 'new' | 'order';
  /** The registry's entry it was matched to. */
  known?: KnownCommitment;
}

export interface PlanIds {
  commitments: CommitmentIds[];
  /** Entries of the registry no commitment of the plan matches any more. */
  removed: KnownCommitment[];
}

const COMMITMENT_ID = /^C(\d+)$/;
const ROW_ID = /^C(\d+)(?:\.(\d+)(?:\.(\d+))?)?$/;

export const commitmentId = (n: number): string => `C${String(n).padStart(2, '0')}`;
export const milestoneId = (commitment: string, n: number): string => `${commitment}.${n}`;
export const indicatorId = (milestone: string): string => `${milestone}.1`;

/**
 * An id as people type it, written the way Jalon writes it ("c1.2" is C01.2); undefined when it is not an id
 * at all.
 */
export function normalizeId(cell: string): string | undefined {
  const m = ROW_ID.exec(cell.trim().toUpperCase());
  if (!m) return undefined;
  let id = commitmentId(Number(m[1]));
  if (m[2] !== undefined) id += `.${Number(m[2])}`;
  if (m[3] !== undefined) id += `.${Number(m[3])}`;
  return id;
}

const numberOf = (id: string): number => Number(COMMITMENT_ID.exec(id)?.[1] ?? 0);
const lastNumber = (id: string): number => Number(id.slice(id.lastIndexOf('.') + 1)) || 0;

function milestoneTexts(c: Commitment): string[] {
  return (c.fields.milestones ?? []).map((m) => m.text);
}

/** What a commitment is matched on: its title, and its title and milestones as its words. */
function versionOf(title: string, milestones: readonly string[]): Version {
  return { title, text: [title, ...milestones].join(' ') };
}

/**
 * One id per milestone of the commitment: a milestone's own (C01.2), or, for an indicator row of a milestone's
 * table (groups.ts), its milestone's followed by its place in the table (C01.1.2). The milestones themselves are
 * numbered and matched to the registry's as before; a plan without such tables gets the ids it always had.
 */
function milestoneIds(c: Commitment, id: string, known?: KnownCommitment): string[] {
  const roles = rolesOf(c);
  if (!roles) return ownIds(milestoneTexts(c), id, known);
  const slots: number[] = [];
  roles.forEach((r, k) => {
    if (r.kind !== 'row') slots.push(k);
  });
  const texts = milestoneTexts(c);
  // Ids given when each row was a milestone of its own (before audit 16: C01.2 for Jalon 1.1's first row) are not
  // the milestones': the milestones are then numbered in the plan's order, as the plan numbers them.
  const rowTexts = new Set(roles.flatMap((r, k) => (r.kind === 'row' ? [normalizeTitle(texts[k])] : [])));
  const flat = known?.milestones.some((m) => rowTexts.has(normalizeTitle(m.text)));
  const slotIds = ownIds(
    slots.map((k) => texts[k]),
    id,
    flat ? undefined : known,
  );
  const byIndex = new Map(slots.map((k, s) => [k, slotIds[s]]));
  return roles.map((r, k) => (r.kind === 'row' ? `${byIndex.get(r.head)!}.${r.n}` : byIndex.get(k)!));
}

function ownIds(texts: readonly string[], id: string, known?: KnownCommitment): string[] {
  if (!known || known.milestones.length === 0) return texts.map((_, k) => milestoneId(id, k + 1));
  const pairs = matchVersions(
    known.milestones.map((m) => ({ title: m.text, text: m.text })),
    texts.map((t) => ({ title: t, text: t })),
  );
  const ids: (string | undefined)[] = texts.map(() => undefined);
  for (const [i, p] of pairs) ids[p.index] = known.milestones[i].id;
  let next = Math.max(0, ...known.milestones.map((m) => lastNumber(m.id)));
  return ids.map((x) => x ?? milestoneId(id, ++next));
}

/** Ids for every commitment and milestone of the plan, the registry's where they match. */
export function assignIds(commitments: readonly Commitment[], registry: IdRegistry = []): PlanIds {
  if (registry.length === 0) {
    return {
      commitments: commitments.map((c, i) => {
        const id = commitmentId(i + 1);
        return { id, milestones: milestoneIds(c, id), by: 'order' };
      }),
      removed: [],
    };
  }
  const pairs = matchVersions(
    registry.map((k) =>
      versionOf(
        k.title,
        k.milestones.map((m) => m.text),
      ),
    ),
    commitments.map((c) => versionOf(c.title, milestoneTexts(c))),
  );
  const found = new Map<number, { known: KnownCommitment; by: 'title' | 'content' }>();
  const removed: KnownCommitment[] = [];
  registry.forEach((k, i) => {
    const p = pairs.get(i);
    if (p) found.set(p.index, { known: k, by: p.by });
    else removed.push(k);
  });
  let next = Math.max(0, ...registry.map((k) => numberOf(k.id)));
  return {
    commitments: commitments.map((c, i) => {
      const f = found.get(i);
      if (f) return { id: f.known.id, milestones: milestoneIds(c, f.known.id, f.known), by: f.by, known: f.known };
      const id = commitmentId(++next);
      return { id, milestones: milestoneIds(c, id), by: 'new' };
    }),
    removed,
  };
}
