// The plan's own structure of its milestones, as the follow-up tracks it (audit 16). Canada's 2022-2024 plan
// writes a milestone as a heading (« ### Jalon 1.1 : … ») over a table of its indicators (« | Indicateur |
// Échéance | Ministère responsable | », one row each: what, by when, who). The drafting check reads the heading
// and each row as milestones, each row with its own cell as its indicator: the follow-up puts them back together,
// the milestone with its indicators, as Canada's own tracker does (C01.1, then C01.1.1, C01.1.2…), each row
// reported on, the milestone's status made from its rows. Plans without such tables keep their ids: a milestone,
// then its indicator as `.1`.
//
// A commitment's own labelled indicator (« Indicateur : part des marchés publiés… », not a milestone's) is tracked
// too, under the id `C01.0.1`: the indicator (`.1`) of the commitment taken as its own milestone `0`.
import type { Commitment, FieldValue, Milestone } from '../types';

/** What a milestone of the plan's list is to the follow-up. */
export type MilestoneRole =
  /** A milestone of its own (its indicator, if any, tracked as `.1`). */
  | { kind: 'plain' }
  /** A milestone whose indicators are the rows that follow it (indices in the list). */
  | { kind: 'head'; rows: number[] }
  /** The `n`-th (from 1) indicator row of the milestone at `head`. */
  | { kind: 'row'; head: number; n: number };

/** A table row read as a milestone whose indicator is its own cell: a row of an « Indicateur » table. */
const isRow = (m: Milestone): boolean =>
  m.end > m.start && m.indicator !== undefined && m.indicator.start === m.start && m.indicator.end === m.end;

const rolesCache = new WeakMap<readonly Milestone[], MilestoneRole[] | undefined>();

/**
 * Each milestone's role, in the plan's order; undefined when the commitment has no milestone with a table of
 * indicators (then every milestone is plain, as before). A milestone (not a row) followed by indicator rows is
 * their milestone; rows with no milestone before them stay milestones of their own.
 */
export function milestoneRoles(ms: readonly Milestone[]): MilestoneRole[] | undefined {
  if (rolesCache.has(ms)) return rolesCache.get(ms);
  let roles: MilestoneRole[] | undefined;
  for (let i = 0; i < ms.length; i++) {
    if (isRow(ms[i]) || i + 1 >= ms.length || !isRow(ms[i + 1])) continue;
    roles ??= ms.map(() => ({ kind: 'plain' }));
    const rows: number[] = [];
    for (let j = i + 1; j < ms.length && isRow(ms[j]); j++) {
      rows.push(j);
      roles[j] = { kind: 'row', head: i, n: rows.length };
    }
    roles[i] = { kind: 'head', rows };
    i = rows[rows.length - 1];
  }
  rolesCache.set(ms, roles);
  return roles;
}

export const rolesOf = (c: Commitment): MilestoneRole[] | undefined => milestoneRoles(c.fields.milestones ?? []);

/** The id of a commitment's own indicator: C01.0.1. */
export const ownIndicatorId = (commitment: string): string => `${commitment}.0.1`;

/**
 * The commitment's own indicator, where the plan labels one for the commitment (a label, a heading, a form's
 * field: not a sentence of the prose) that is none of its milestones' (the reading also gives a commitment the
 * first indicator of its milestones).
 */
export function ownIndicator(c: Commitment): FieldValue | undefined {
  const v = c.fields.indicator;
  if (!v || v.source === 'prose' || c.missing.includes('indicator') || v.text.trim() === '') return undefined;
  const inside = (a?: { start: number; end: number }) => a !== undefined && v.start < a.end && a.start < v.end;
  for (const m of c.fields.milestones ?? []) if (inside(m) || inside(m.indicator)) return undefined;
  return v;
}
