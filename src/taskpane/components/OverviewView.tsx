import { useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { TextField } from '@fluentui/react/lib/TextField';
import type { Commitment, SpecificityLevel } from '../../core';
import { download, commitmentsJson, milestonesCsv, planTotals, reviewMarkdown } from '../exports';
import { fieldLabel } from '../template';
import type { PaneState } from '../usePaneState';
import type { PaneStyles } from '../styles';

type Column = 'index' | 'title' | 'level' | 'points' | 'missing' | 'vague';
const LEVEL_RANK: Record<SpecificityLevel, number> = { none: 0, low: 1, medium: 2, high: 3 };
const LEVELS: SpecificityLevel[] = ['none', 'low', 'medium', 'high'];

export function OverviewView({
  j,
  t,
  css,
  open,
}: {
  j: PaneState;
  t: TFunction;
  css: PaneStyles;
  open: (e: Commitment) => void;
}) {
  const [sort, setSort] = useState<{ col: Column; dir: 1 | -1 }>({ col: 'index', dir: 1 });
  const [filter, setFilter] = useState('');
  const [level, setLevel] = useState<SpecificityLevel | ''>('');
  const analysis = j.run?.analysis;
  const commitments = useMemo(() => analysis?.commitments ?? [], [analysis]);

  const vague = useMemo(() => {
    const counts = new Map<number, number>();
    for (const f of j.visible) {
      if (f.commitment !== undefined && f.ruleId.startsWith('vague-'))
        counts.set(f.commitment, (counts.get(f.commitment) ?? 0) + 1);
    }
    return counts;
  }, [j.visible]);

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

  if (!analysis) {
    return (
      <div className={css.section}>
        <p className={css.muted}>{t('review.needCheck')}</p>
        <div>
          <PrimaryButton onClick={() => void j.check('user')} text={t('check.run')} />
        </div>
      </div>
    );
  }

  const total = planTotals(commitments);
  const percent = total.maxScore ? Math.round((100 * total.score) / total.maxScore) : 0;
  const remaining = total.count - total.verifiable;

  const header = (col: Column, label: string, width?: string, long?: string) => {
    const active = sort.col === col;
    return (
      <th
        className={css.th}
        style={width ? { width } : undefined}
        aria-sort={active ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}
        scope="col"
      >
        <button
          type="button"
          className={css.sortButton}
          onClick={() => setSort((s) => ({ col, dir: s.col === col ? (-s.dir as 1 | -1) : 1 }))}
          title={t('overview.sortBy', { column: long ?? label })}
          aria-label={long}
        >
          {label}
          <span aria-hidden="true">{active ? (sort.dir === 1 ? ' ↑' : ' ↓') : ''}</span>
        </button>
      </th>
    );
  };

  return (
    <div className={css.section}>
      <h2 className={css.h2}>{t('overview.title')}</h2>
      <div className={css.card} role="status" aria-live="polite">
        <strong>{t('overview.total', { score: total.score, max: total.maxScore, percent })}</strong>
        <span>{t('overview.verifiable', { count: total.verifiable, total: total.count })}</span>
        <span>{remaining > 0 ? t('overview.distance', { count: remaining }) : t('overview.allVerifiable')}</span>
      </div>
      <div className={css.row} style={{ alignItems: 'flex-end' }}>
        <div style={{ flex: '1 1 140px', minWidth: 0 }}>
          <TextField label={t('overview.filter')} value={filter} onChange={(_, v) => setFilter(v ?? '')} />
        </div>
        <div style={{ flex: '0 1 auto' }}>
          <label className={css.label} htmlFor="jalon-level-filter">
            {t('overview.levelFilter')}
          </label>
          <select
            id="jalon-level-filter"
            className={css.select}
            value={level}
            onChange={(e) => setLevel(e.target.value as SpecificityLevel | '')}
          >
            <option value="">{t('overview.allLevels')}</option>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(`level.${l}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {rows.length === 0 ? (
        <p className={css.muted}>{t('overview.noRows')}</p>
      ) : (
        <table className={css.table}>
          <caption className={css.muted} style={{ textAlign: 'left' }}>
            {t('overview.title')}
          </caption>
          <thead>
            <tr>
              {header('title', t('overview.colTitle'))}
              {header('level', t('overview.colLevel'), '21%')}
              {header('points', t('overview.colPoints'), '14%')}
              {header('missing', t('overview.colMissing'), '16%')}
              {header('vague', t('overview.colVague'), '15%', t('overview.colVagueLong'))}
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => (
              <tr key={e.index}>
                <td className={css.td}>
                  <button
                    type="button"
                    className={css.linkButton}
                    onClick={() => open(e)}
                    title={t('overview.goTo', { title: e.title || t('commitment.untitled') })}
                  >
                    {e.index + 1}. {e.title || t('commitment.untitled')}
                  </button>
                  {e.missing.length > 0 && (
                    <div className={css.muted}>
                      {t('overview.missingList', { fields: e.missing.map((m) => fieldLabel(t, m)).join(', ') })}
                    </div>
                  )}
                </td>
                <td className={css.td}>{t(`level.${e.level}`)}</td>
                <td className={css.td}>
                  {e.score}/{e.maxScore}
                </td>
                <td className={css.td}>{e.missing.length || t('overview.noneMissing')}</td>
                <td className={css.td}>{vague.get(e.index) ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className={css.row}>
        <DefaultButton onClick={() => download(commitmentsJson(analysis))} text={t('overview.exportJson')} />
        <DefaultButton onClick={() => download(milestonesCsv(analysis))} text={t('overview.exportCsv')} />
        <DefaultButton
          onClick={() => download(reviewMarkdown(analysis, j.visible, t))}
          text={t('overview.exportMarkdown')}
        />
      </div>
    </div>
  );
}
