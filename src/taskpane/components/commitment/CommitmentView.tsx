// The Commitment tab: insert the template, pick a commitment (from the list or under the cursor), see its card.
import { useEffect } from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import type { Finding } from '../../../core';
import type { CommitmentCardState } from '../../state/useCommitmentCard';
import { useUi } from '../ui';
import { CommitmentCard } from './CommitmentCard';
import { CommitmentChoice } from './CommitmentChoice';

export interface CommitmentViewProps {
  card: CommitmentCardState;
  /** No check yet: the view offers one. */
  checked: boolean;
  onCheck: () => void;
  /** The findings the author sees (ignored ones left out), and how one is selected in the document. */
  findings?: readonly Finding[];
  onSelect?: (finding: Finding) => void;
}

export function CommitmentView({ card, checked, onCheck, findings, onSelect }: CommitmentViewProps) {
  const { t, css } = useUi();
  const { commitments, commitment: e, current, fromCursor } = card;

  // Opening the card without a choice shows the commitment the author is working in.
  const found = commitments.length > 0;
  useEffect(() => {
    if (current === undefined && found) void fromCursor();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once when commitments appear, not on every choice
  }, [found]);

  return (
    <div className={css.section}>
      <div className={css.row}>
        <PrimaryButton onClick={() => void card.insertTemplate()} text={t('commitment.insert')} />
        {!checked && <DefaultButton onClick={onCheck} text={t('check.run')} />}
      </div>
      {!found ? (
        <p className={css.muted}>{t('commitment.none')}</p>
      ) : (
        <>
          <CommitmentChoice commitments={commitments} chosen={e?.index} onChoose={card.choose} />
          <div className={css.row}>
            {card.hasCursor && <DefaultButton onClick={() => void fromCursor()} text={t('commitment.fromCursor')} />}
            {e && <DefaultButton onClick={() => void card.goTo(e)} text={t('commitment.goTo')} />}
          </div>
          {e && (
            <CommitmentCard
              commitment={e}
              why={card.why}
              advice={card.advice}
              plan={card.plan}
              checklist={card.checklist}
              onSave={card.save}
              findings={findings}
              onSelect={onSelect}
            />
          )}
        </>
      )}
    </div>
  );
}
