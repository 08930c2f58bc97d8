// One group of the results: a header that opens and closes it, its findings (a page at a time), and under the
// selected one its details.
import { Button } from '../Button';
import type { Finding } from '../../../core';
import { findingKey } from '../../checker';
import { whereFor, type PlaceOf } from '../../labels';
import { useUi } from '../ui';
import { FindingDetail, type FindingActions } from './FindingDetail';
import { headline } from './findingText';
import { PAGE, type Group } from './useFindingGroups';

export interface FindingGroupProps {
  group: Group;
  open: boolean;
  limit: number;
  onToggle: () => void;
  onMore: () => void;
  selectedKey: string | undefined;
  /** A finding's place in the whole list (ids the keyboard and Next/Previous scroll to). */
  indexOf: (f: Finding) => number;
  /** What says where a finding is (its paragraph's first words, its commitment). */
  analysis: PlaceOf;
  actions: FindingActions;
}

export function FindingGroup({
  group,
  open,
  limit,
  onToggle,
  onMore,
  selectedKey,
  indexOf,
  analysis,
  actions,
}: FindingGroupProps) {
  const { t, css } = useUi();
  const panelId = `jalon-g-${group.key.replace(/[^a-z0-9]/gi, '_')}`;
  return (
    <div>
      <h2 className={css.h3} style={{ margin: 0 }}>
        <button
          type="button"
          className={css.groupHeader}
          aria-expanded={open}
          aria-controls={panelId}
          onClick={onToggle}
        >
          <span>
            <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
            {group.name}
          </span>
          <span className={css.badge} aria-label={t('check.summary', { count: group.findings.length })}>
            {group.findings.length}
          </span>
        </button>
      </h2>
      {open && (
        <ul className={css.list} id={panelId}>
          {group.findings.slice(0, limit).map((f) => {
            const key = findingKey(f);
            const isSelected = key === selectedKey;
            return (
              <li key={key}>
                <button
                  type="button"
                  id={`jalon-f-${indexOf(f)}`}
                  className={`${css.item} ${css[`sev_${f.severity}`]} ${isSelected ? css.itemSelected : ''}`}
                  aria-current={isSelected ? 'true' : undefined}
                  onClick={() => void actions.select(f)}
                >
                  <span className={css.actual}>{headline(f, t)}</span>
                  <span className={css.muted}> · {t(`severity.${f.severity}`)}</span>
                  <br />
                  <span>{f.message}</span>
                  <span className={css.srOnly}>{t('finding.where2', { where: whereFor(t, f, analysis) })}</span>
                </button>
                {isSelected && <FindingDetail f={f} analysis={analysis} actions={actions} />}
              </li>
            );
          })}
          {group.findings.length > limit && (
            <li>
              <Button
                onClick={onMore}
                text={t('check.showMore', { count: Math.min(PAGE, group.findings.length - limit) })}
              />
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
