// The list's grouping (by commitment or by rule), which groups are open and how much of each is shown. Next and
// Previous open the group of the finding they land on and scroll it into view.
import { useEffect, useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import type { Commitment, Finding } from '../../../core';
import { commitmentName } from '../../labels';
import { ruleName } from './findingText';

export type GroupBy = 'commitment' | 'rule';
/** Findings shown per group before "Show more". */
export const PAGE = 40;

export interface Group {
  key: string;
  name: string;
  findings: Finding[];
}

/** `partial`: first results, read before the commitments (none of them knows its commitment yet). */
export function groupFindings(
  findings: Finding[],
  groupBy: GroupBy,
  commitments: Commitment[],
  t: TFunction,
  partial = false,
): Group[] {
  // Until the plan pass answers, no finding is placed in a commitment: one group says so, rather than calling
  // them all the preamble's.
  if (partial && groupBy === 'commitment')
    return findings.length ? [{ key: 'e:reading', name: t('check.reading'), findings }] : [];
  const map = new Map<string, Group>();
  // Names are made once per group: a long plan has tens of thousands of findings.
  const nameOf = (f: Finding): string => {
    if (groupBy === 'rule') return ruleName(t, f.ruleId);
    if (f.commitment === undefined) return t('check.preamble');
    return commitmentName(t, f.commitment + 1, commitments[f.commitment]?.title ?? '');
  };
  for (const f of findings) {
    const key = groupBy === 'rule' ? `r:${f.ruleId}` : f.commitment === undefined ? 'e:preamble' : `e:${f.commitment}`;
    let g = map.get(key);
    if (!g) {
      g = { key, name: nameOf(f), findings: [] };
      map.set(key, g);
    }
    g.findings.push(f);
  }
  return [...map.values()];
}

/** `selected` is the finding at `position` in `findings`. */
export function useFindingGroups(
  findings: Finding[],
  commitments: Commitment[],
  selected: Finding | undefined,
  position: number,
  t: TFunction,
  partial = false,
) {
  const [groupBy, setGroupBy] = useState<GroupBy>('commitment');
  const [open, setOpen] = useState<Record<string, boolean>>({});
  const [shown, setShown] = useState<Record<string, number>>({});
  const groups = useMemo(
    () => groupFindings(findings, groupBy, commitments, t, partial),
    [findings, groupBy, commitments, t, partial],
  );

  useEffect(() => {
    if (!selected) return;
    const g = groups.find((x) => x.findings.includes(selected));
    if (!g) return;
    const pos = g.findings.indexOf(selected);
    setOpen((o) => (o[g.key] ? o : { ...o, [g.key]: true }));
    setShown((s) => ((s[g.key] ?? PAGE) > pos ? s : { ...s, [g.key]: pos + PAGE }));
    requestAnimationFrame(() => document.getElementById(`jalon-f-${position}`)?.scrollIntoView?.({ block: 'nearest' }));
  }, [selected, groups, position]);

  return {
    groupBy,
    setGroupBy,
    groups,
    /** A few groups start open; more start closed, so a long plan's list is a table of contents. */
    isOpen: (g: Group) => open[g.key] ?? groups.length <= 3,
    toggle: (g: Group) => setOpen((o) => ({ ...o, [g.key]: !(o[g.key] ?? groups.length <= 3) })),
    limit: (g: Group) => shown[g.key] ?? PAGE,
    showMore: (g: Group) => setShown((s) => ({ ...s, [g.key]: (s[g.key] ?? PAGE) + PAGE })),
  };
}
