// The Review tab: pick findings, send them to the author as comments or as a summary, export the report.
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { Analysis, Finding } from '../../../core';
import { findingKey, type CheckRun } from '../../checker';
import { download, reviewMarkdown } from '../../exports';
import type { HostCalls } from '../../state/hostCalls';
import { NeedCheck } from '../NeedCheck';
import { useUi } from '../ui';
import { CommentList } from './CommentList';
import { whereFor } from '../../labels';
import { useReviewComments, type ReviewComments } from './useReviewComments';

export interface ReviewViewProps {
  calls: HostCalls;
  run: CheckRun | undefined;
  /** The findings not ignored. */
  findings: Finding[];
  onCheck: () => void;
  recheck: () => Promise<void>;
}

function FindingPicker({ review, analysis }: { review: ReviewComments; analysis: Analysis }) {
  const { t, css } = useUi();
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <legend className={css.label}>{t('review.findingsList')}</legend>
      <ul className={css.list} style={{ maxHeight: 320, overflowY: 'auto' }}>
        {review.offered.map((f) => (
          <li key={findingKey(f)} style={{ padding: '3px 0' }}>
            <Checkbox
              checked={review.isChosen(f)}
              onChange={(_, on) => review.toggle(f, Boolean(on))}
              label={t('review.item', { message: f.message, where: whereFor(t, f, analysis) })}
            />
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function Review({ calls, run, findings, recheck }: Omit<ReviewViewProps, 'run' | 'onCheck'> & { run: CheckRun }) {
  const { t, css } = useUi();
  const review = useReviewComments(calls, run, findings, recheck, t);
  const none = review.picked.length === 0;
  return (
    <div className={css.section}>
      <p style={{ margin: 0 }}>{t('review.intro')}</p>
      {!review.supported && <MessageBar messageBarType={MessageBarType.info}>{t('review.noComments')}</MessageBar>}
      <div className={css.row}>
        <DefaultButton onClick={review.chooseAll} text={t('review.selectAll')} disabled={review.offered.length === 0} />
        <DefaultButton onClick={review.chooseNone} text={t('review.selectNone')} disabled={!review.anyChosen} />
      </div>
      <FindingPicker review={review} analysis={run.analysis} />
      <div className={css.row}>
        {review.supported && (
          <PrimaryButton
            onClick={() => void review.addComments()}
            disabled={none}
            text={t('review.addComments', { count: review.commentCount() })}
          />
        )}
        <DefaultButton
          onClick={() => void review.insertSummary()}
          disabled={none}
          text={t('review.insertSummary')}
          primary={!review.supported}
        />
        <DefaultButton
          onClick={() => download(reviewMarkdown(run.analysis, findings, t))}
          text={t('review.exportReport')}
        />
      </div>
      {review.supported && (
        <CommentList comments={review.comments} onRefresh={review.refresh} onRemoveAll={review.removeAll} />
      )}
    </div>
  );
}

export function ReviewView({ run, onCheck, ...rest }: ReviewViewProps) {
  return run ? <Review run={run} {...rest} /> : <NeedCheck onCheck={onCheck} />;
}
