// What the last check found, in a few lines: counts, statistics, and whether the results follow the edits.
import { Button } from '../Button';
import type { Lang } from '../../../core';
import type { CheckRun } from '../../checker';
import { MAX_HIGHLIGHTS } from '../../state/useHighlights';
import { useUi } from '../ui';

export interface CheckStatusProps {
  run: CheckRun;
  /** First results of a long plan: the statistics come with the whole check. */
  partial: boolean;
  visibleCount: number;
  ignoredCount: number;
  /** The host tells edits (results update by themselves), and how many paragraphs the last update read. */
  live: boolean;
  lastReanalysed: number | undefined;
  onRestore: () => void;
  /** Undoes this session's last ignore, when there is one. */
  onUndo?: () => void;
}

const otherLang = (lang: Lang): Lang => (lang === 'fr' ? 'en' : 'fr');

export function CheckStatus({
  run,
  partial,
  visibleCount,
  ignoredCount,
  live,
  lastReanalysed,
  onRestore,
  onUndo,
}: CheckStatusProps) {
  const { t, css } = useUi();
  const stats = run.analysis.stats;
  const line = { margin: 0 };
  return (
    <>
      <div role="status" aria-live="polite" className={css.row}>
        <strong>{t('check.summary', { count: visibleCount })}</strong>
        {ignoredCount > 0 && <span className={css.muted}>{t('check.ignoredCount', { count: ignoredCount })}</span>}
      </div>
      {stats && stats.words > 0 && !partial && (
        <p className={css.muted} style={line}>
          {t('check.stats', {
            words: t('check.statsWords', { count: stats.words }),
            sentences: t('check.statsSentences', { count: stats.sentences }),
            long: t('check.statsLong', { count: stats.longSentences }),
          })}
        </p>
      )}
      {run.languageGuessed && !partial && (
        <p className={css.muted} style={line}>
          {t('check.languageGuessed', {
            language: t(`check.languageNames.${run.analysis.language}`),
            other: t(`check.languageNames.${otherLang(run.analysis.language)}`),
            code: otherLang(run.analysis.language).toUpperCase(),
          })}
        </p>
      )}
      {visibleCount > MAX_HIGHLIGHTS && (
        <p className={css.muted} style={line}>
          {t('check.capped', { count: MAX_HIGHLIGHTS })}
        </p>
      )}
      {live && (
        <p className={css.muted} style={line}>
          {lastReanalysed !== undefined ? t('check.updated', { count: lastReanalysed }) : t('check.live')}
        </p>
      )}
      {ignoredCount > 0 && (
        <div className={css.row}>
          {onUndo && <Button onClick={onUndo} text={t('check.undoIgnore')} />}
          <Button onClick={onRestore} text={t('check.restoreIgnored', { count: ignoredCount })} />
        </div>
      )}
    </>
  );
}
