// The results: grouped by commitment or by rule, with Next and Previous through them in document order.
import { useEffect } from 'react';
import { Button } from '../Button';
import type { Finding } from '../../../core';
import type { PlaceOf } from '../../labels';
import type { SelectionState } from '../../state/useSelection';
import { useUi } from '../ui';
import type { FindingActions } from './FindingDetail';
import { FindingGroup } from './FindingGroup';
import { useFindingGroups, type GroupBy } from './useFindingGroups';

const GROUPINGS: GroupBy[] = ['commitment', 'rule'];

export interface FindingListProps {
  /** The findings not ignored, in document order. */
  findings: Finding[];
  /** The analysis the findings come from: where each is, its commitments. */
  analysis: PlaceOf;
  /** First results of a long plan, before the commitments are read. */
  partial?: boolean;
  selection: Pick<SelectionState, 'selectedKey' | 'selected' | 'position' | 'step' | 'takeFocus'>;
  actions: FindingActions;
}

export function FindingList({ findings, analysis, partial = false, selection, actions }: FindingListProps) {
  const { t, css } = useUi();
  const { selected, position, selectedKey } = selection;
  const list = useFindingGroups(findings, analysis.commitments, selected, position, t, partial);
  // After every render: the selected line exists once its group is open (an effect of useFindingGroups).
  useEffect(() => {
    if (selected) selection.takeFocus(document.getElementById(`jalon-f-${position}`));
  });
  return (
    <>
      <div className={css.row} role="group" aria-label={t('check.groupBy')}>
        <span id="jalon-groupby">{t('check.groupBy')}</span>
        <span className={css.segmented}>
          {GROUPINGS.map((g) => (
            <button
              key={g}
              type="button"
              aria-pressed={list.groupBy === g}
              className={`${css.segment} ${list.groupBy === g ? css.segmentOn : ''}`}
              onClick={() => list.setGroupBy(g)}
            >
              {g === 'commitment' ? t('check.byCommitment') : t('check.byRule')}
            </button>
          ))}
        </span>
      </div>
      <div className={css.nav}>
        <Button onClick={() => selection.step(-1)} text={t('check.previous')} />
        <Button onClick={() => selection.step(1)} text={t('check.next')} />
        {selected && (
          <span className={css.muted}>{t('check.position', { index: position + 1, total: findings.length })}</span>
        )}
      </div>
      <section aria-label={t('check.results')}>
        {list.groups.map((g) => (
          <FindingGroup
            key={g.key}
            group={g}
            open={list.isOpen(g)}
            limit={list.limit(g)}
            onToggle={() => list.toggle(g)}
            onMore={() => list.showMore(g)}
            selectedKey={selectedKey}
            indexOf={(f) => findings.indexOf(f)}
            analysis={analysis}
            actions={actions}
          />
        ))}
      </section>
    </>
  );
}
