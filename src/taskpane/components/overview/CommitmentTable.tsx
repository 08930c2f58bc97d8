// The commitments as a sortable table; each title goes to its commitment's card.
import type { Commitment } from '../../../core';
import { commitmentName } from '../../labels';
import { fieldLabel } from '../../template';
import { useUi } from '../ui';
import type { Column, PlanTable } from './usePlanTable';

function Header({
  table,
  col,
  label,
  width,
  long,
}: {
  table: PlanTable;
  col: Column;
  label: string;
  width?: string;
  /** The full name, where the column shows a short one. */
  long?: string;
}) {
  const { t, css } = useUi();
  const active = table.sort.col === col;
  const dir = table.sort.dir;
  return (
    <th
      className={css.th}
      style={width ? { width } : undefined}
      aria-sort={active ? (dir === 1 ? 'ascending' : 'descending') : 'none'}
      scope="col"
    >
      <button
        type="button"
        className={css.sortButton}
        onClick={() => table.sortBy(col)}
        title={t('overview.sortBy', { column: long ?? label })}
        aria-label={long}
      >
        {label}
        <span aria-hidden="true">{active ? (dir === 1 ? ' ↑' : ' ↓') : ''}</span>
      </button>
    </th>
  );
}

function Row({ commitment: e, vague, onOpen }: { commitment: Commitment; vague: number; onOpen: () => void }) {
  const { t, css } = useUi();
  const title = e.title || t('commitment.untitled');
  return (
    <tr>
      <td className={css.td}>
        <button type="button" className={css.linkButton} onClick={onOpen} title={t('overview.goTo', { title })}>
          {commitmentName(t, e.index + 1, e.title)}
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
      <td className={css.td}>{vague}</td>
    </tr>
  );
}

export function CommitmentTable({ table, onOpen }: { table: PlanTable; onOpen: (e: Commitment) => void }) {
  const { t, css } = useUi();
  return (
    <table className={css.table}>
      <caption className={css.muted} style={{ textAlign: 'left' }}>
        {t('overview.title')}
      </caption>
      <thead>
        <tr>
          <Header table={table} col="title" label={t('overview.colTitle')} />
          <Header table={table} col="level" label={t('overview.colLevel')} width="21%" />
          <Header table={table} col="points" label={t('overview.colPoints')} width="14%" />
          <Header table={table} col="missing" label={t('overview.colMissing')} width="16%" />
          <Header
            table={table}
            col="vague"
            label={t('overview.colVague')}
            width="15%"
            long={t('overview.colVagueLong')}
          />
        </tr>
      </thead>
      <tbody>
        {table.rows.map((e) => (
          <Row key={e.index} commitment={e} vague={table.vague.get(e.index) ?? 0} onOpen={() => onOpen(e)} />
        ))}
      </tbody>
    </table>
  );
}
