// The plan overview's table: vague terms counted per commitment, a title filter, a level filter, and sorting
// by any column (a second click reverses it).
import { useMemo, useState } from 'react';
import type { Commitment, Finding, SpecificityLevel } from '../../../core';

export type Column = 'index' | 'title' | 'level' | 'points' | 'missing' | 'vague';
export const LEVELS: SpecificityLevel[] = ['none', 'low', 'medium', 'high'];
const LEVEL_RANK: Record<SpecificityLevel, number> = { none: 0, low: 1, medium: 2, high: 3 };

/** Vague terms, deadlines and quantities per commitment index. */
export function vagueCounts(findings: Finding[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const f of findings) {
    if (f.commitment !== undefined && f.ruleId.startsWith('vague-'))
      counts.set(f.commitment, (counts.get(f.commitment) ?? 0) + 1);
  }
  return counts;
}

export function usePlanTable(commitments: Commitment[], findings: Finding[]) {
  const [sort, setSort] = useState<{ col: Column; dir: 1 | -1 }>({ col: 'index', dir: 1 });
  const [filter, setFilter] = useState('');
  const [level, setLevel] = useState<SpecificityLevel | ''>('');
  const vague = useMemo(() => vagueCounts(findings), [findings]);

  const rows = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase();
    const value = (e: Commitment): number | string => {
      switch (sort.col) {
        case 'title':
          return e.title.toLocaleLowerCase();
        case 'level':
          return LEVEL_RANK[e.level];
        case 'points':
          return e.maxScore ? e.score / e.maxScore : 0;
        case 'missing':
          return e.missing.length;
        case 'vague':
          return vague.get(e.index) ?? 0;
        default:
          return e.index;
      }
    };
    return commitments
      .filter((e) => (!needle || e.title.toLocaleLowerCase().includes(needle)) && (!level || e.level === level))
      .sort((a, b) => {
        const va = value(a);
        const vb = value(b);
        const c = typeof va === 'string' ? va.localeCompare(vb as string) : va - (vb as number);
        return c * sort.dir || a.index - b.index;
      });
  }, [commitments, filter, level, sort, vague]);

  return {
    rows,
    vague,
    sort,
    sortBy: (col: Column) => setSort((s) => ({ col, dir: s.col === col ? (-s.dir as 1 | -1) : 1 })),
    filter,
    setFilter,
    level,
    setLevel,
  };
}

export type PlanTable = ReturnType<typeof usePlanTable>;
