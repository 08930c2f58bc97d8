// The Check tab: run the check, see how far it is, and the results.
import { useEffect, useRef } from 'react';
import type { TFunction } from 'i18next';
import { Button } from '../Button';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import type { CheckProgress } from '../../checker';
import type { CheckRunState } from '../../state/useCheckRun';
import type { IgnoresState } from '../../state/useIgnores';
import type { SelectionState } from '../../state/useSelection';
import { useUi } from '../ui';
import { CheckStatus } from './CheckStatus';
import type { FindingActions } from './FindingDetail';
import { FindingList } from './FindingList';
import { useKeptFocus } from './useKeptFocus';

export interface CheckViewProps {
  checks: Pick<CheckRunState, 'run' | 'partial' | 'checking' | 'progress' | 'lastReanalysed' | 'live' | 'check'>;
  ignores: Pick<IgnoresState, 'visible' | 'ignoredCount' | 'restore' | 'canUndo' | 'undo'>;
  selection: Pick<SelectionState, 'selectedKey' | 'selected' | 'position' | 'step' | 'takeFocus' | 'select'>;
  actions: FindingActions;
  onClearHighlights: () => void;
  /** What the last action on the list did, read out by screen readers (not shown). */
  said?: string;
  say: (text: (t: TFunction) => string) => void;
}

function Progress({ progress }: { progress: CheckProgress | undefined }) {
  const { t } = useUi();
  return (
    <ProgressIndicator
      label={t('check.running')}
      description={progress ? t('check.progress', { count: progress.done, total: progress.total }) : undefined}
      // Once every paragraph is read, the whole-plan pass has no measurable progress: show it as ongoing.
      percentComplete={
        progress && progress.total && progress.done < progress.total ? progress.done / progress.total : undefined
      }
    />
  );
}

export function CheckView({ checks, ignores, selection, actions, onClearHighlights, said, say }: CheckViewProps) {
  const { t, css } = useUi();
  const { run, checking } = checks;
  const findings = ignores.visible;
  const empty = useRef<HTMLParagraphElement>(null);
  const onFocus = useKeptFocus({ findings, all: run?.analysis.findings ?? [], select: selection.select, empty, say });
  // The button is disabled while the check runs, and a browser then drops the keyboard's focus to the page:
  // a screen reader's user would lose their place. It gets the focus back once the check is over.
  const button = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (checking || !refocus.current) return;
    refocus.current = false;
    const active = document.activeElement;
    if (!active || active === document.body || active === button.current) button.current?.focus();
  }, [checking]);
  return (
    <div className={css.section} onFocus={onFocus}>
      <div className={css.row}>
        <Button
          primary
          elementRef={button}
          onClick={() => {
            refocus.current = document.activeElement === button.current;
            void checks.check('user');
          }}
          disabled={checking}
          text={run ? t('check.rerun') : t('check.run')}
        />
        <Button onClick={onClearHighlights} disabled={!run || checking} text={t('check.clear')} />
      </div>
      {checking && <Progress progress={checks.progress} />}
      {!run && !checking && <p className={css.muted}>{t('check.notYet')}</p>}
      {run && (
        <>
          <CheckStatus
            run={run}
            partial={checks.partial}
            visibleCount={findings.length}
            ignoredCount={ignores.ignoredCount}
            live={checks.live}
            lastReanalysed={checks.lastReanalysed}
            onRestore={() => void ignores.restore()}
            onUndo={ignores.canUndo ? () => void ignores.undo() : undefined}
          />
          {findings.length === 0 && !checking && (
            <p ref={empty} tabIndex={-1}>
              {ignores.ignoredCount > 0 ? t('check.allIgnored', { count: ignores.ignoredCount }) : t('check.none')}
            </p>
          )}
          {findings.length > 0 && (
            <FindingList
              findings={findings}
              analysis={run.analysis}
              partial={checks.partial}
              selection={selection}
              actions={actions}
            />
          )}
        </>
      )}
      <div role="status" aria-live="polite" className={css.srOnly}>
        {said}
      </div>
    </div>
  );
}
