// What a view that reads the results shows before the first check.
import { Button } from './Button';
import { useUi } from './ui';

export function NeedCheck({ onCheck }: { onCheck: () => void }) {
  const { t, css } = useUi();
  return (
    <div className={css.section}>
      <p className={css.muted}>{t('review.needCheck')}</p>
      <div>
        <Button primary onClick={onCheck} text={t('check.run')} />
      </div>
    </div>
  );
}
