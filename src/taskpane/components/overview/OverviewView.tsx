// The Plan overview tab: the plan's totals, its commitments as a table to sort and filter, and the exports.
import { DefaultButton } from '@fluentui/react/lib/Button';
import { TextField } from '@fluentui/react/lib/TextField';
import type { Analysis, Commitment, Finding, SpecificityLevel } from '../../../core';
import { commitmentsJson, download, followUpSheet, milestonesCsv, planTotals, reviewMarkdown } from '../../exports';
import { NeedCheck } from '../NeedCheck';
import { useUi } from '../ui';
import { CommitmentTable } from './CommitmentTable';
import { LEVELS, usePlanTable, type PlanTable } from './usePlanTable';

export interface OverviewViewProps {
  analysis: Analysis | undefined;
  /** The findings not ignored. */
  findings: Finding[];
  onOpen: (e: Commitment) => void;
  onCheck: () => void;
}

function Totals({ commitments }: { commitments: Commitment[] }) {
  const { t, css } = useUi();
  const total = planTotals(commitments);
  const percent = total.maxScore ? Math.round((100 * total.score) / total.maxScore) : 0;
  const remaining = total.count - total.verifiable;
  return (
    <div className={css.card} role="status" aria-live="polite">
      <strong>{t('overview.total', { count: total.score, max: total.maxScore, percent })}</strong>
      <span>{t('overview.verifiable', { count: total.verifiable, total: total.count })}</span>
      <span>{remaining > 0 ? t('overview.distance', { count: remaining }) : t('overview.allVerifiable')}</span>
    </div>
  );
}

function Filters({ table }: { table: PlanTable }) {
  const { t, css } = useUi();
  return (
    <div className={css.row} style={{ alignItems: 'flex-end' }}>
      <div style={{ flex: '1 1 140px', minWidth: 0 }}>
        <TextField label={t('overview.filter')} value={table.filter} onChange={(_, v) => table.setFilter(v ?? '')} />
      </div>
      <div style={{ flex: '0 1 auto' }}>
        <label className={css.label} htmlFor="jalon-level-filter">
          {t('overview.levelFilter')}
        </label>
        <select
          id="jalon-level-filter"
          className={css.select}
          value={table.level}
          onChange={(e) => table.setLevel(e.target.value as SpecificityLevel | '')}
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
  );
}

function Overview({
  analysis,
  findings,
  onOpen,
}: {
  analysis: Analysis;
  findings: Finding[];
  onOpen: OverviewViewProps['onOpen'];
}) {
  const { t, css } = useUi();
  const table = usePlanTable(analysis.commitments, findings);
  return (
    <div className={css.section}>
      <h2 className={css.h2}>{t('overview.title')}</h2>
      <Totals commitments={analysis.commitments} />
      <Filters table={table} />
      {table.rows.length === 0 ? (
        <p className={css.muted}>{t('overview.noRows')}</p>
      ) : (
        <CommitmentTable table={table} onOpen={onOpen} />
      )}
      <div className={css.row}>
        <DefaultButton onClick={() => download(commitmentsJson(analysis, t))} text={t('overview.exportJson')} />
        <DefaultButton onClick={() => download(milestonesCsv(analysis, t))} text={t('overview.exportCsv')} />
        <DefaultButton
          onClick={() => download(reviewMarkdown(analysis, findings, t))}
          text={t('overview.exportMarkdown')}
        />
        <DefaultButton onClick={() => void followUpSheet(analysis).then(download)} text={t('overview.exportUpdates')} />
      </div>
    </div>
  );
}

export function OverviewView({ analysis, onCheck, ...rest }: OverviewViewProps) {
  return analysis ? <Overview analysis={analysis} {...rest} /> : <NeedCheck onCheck={onCheck} />;
}
