// The points a commitment earns or misses, and how to earn the missing ones.
import type { ChecklistItem } from '../../../core';
import { glued } from '../../labels';
import { useUi } from '../ui';

export function Checklist({ items }: { items: readonly ChecklistItem[] }) {
  const { t, css } = useUi();
  return (
    <>
      <h3 className={css.h3}>{t('commitment.checklist')}</h3>
      <ul className={css.list}>
        {items.map((c) => (
          <li key={c.id} className={css.checkItem}>
            <span className={c.earned ? css.earned : css.missing} aria-hidden="true">
              {c.earned ? '✓' : '✗'}
            </span>
            <span>
              <span className={css.muted}>{c.earned ? t('commitment.earned') : t('commitment.missing')} · </span>
              {glued(c.label)} ({c.points})
              {!c.earned && c.howToEarn && (
                <>
                  <br />
                  <span className={css.muted}>{glued(t('commitment.howTo', { how: c.howToEarn }))}</span>
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
