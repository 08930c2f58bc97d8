// Jalon's comments in the document, with a refresh and a one-step removal.
import { DefaultButton } from '@fluentui/react/lib/Button';
import type { CommentInfo } from '../../../core';
import { useUi } from '../ui';

export interface CommentListProps {
  comments: CommentInfo[] | undefined;
  onRefresh: () => Promise<void>;
  onRemoveAll: () => Promise<void>;
}

export function CommentList({ comments, onRefresh, onRemoveAll }: CommentListProps) {
  const { t, css } = useUi();
  return (
    <section aria-labelledby="jalon-comments" className={css.card}>
      <h2 id="jalon-comments" className={css.h3}>
        {t('review.list')}
      </h2>
      {comments && comments.length > 0 ? (
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {comments.map((c) => (
            <li key={c.id}>{c.text}</li>
          ))}
        </ul>
      ) : (
        <p className={css.muted} style={{ margin: 0 }}>
          {t('review.noneInDoc')}
        </p>
      )}
      <div className={css.row}>
        <DefaultButton onClick={() => void onRefresh()} text={t('review.refresh')} />
        <DefaultButton
          onClick={() => void onRemoveAll()}
          disabled={!comments || comments.length === 0}
          text={t('review.removeAll')}
        />
      </div>
    </section>
  );
}
