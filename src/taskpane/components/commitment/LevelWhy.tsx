// Why the commitment has its level, in plain words (what it rests on, what holds it back, what would raise it),
// whether a reviewer could verify it and why, the open-government values it serves, and (on demand) which way
// each item and text count moves it: never the model's score, cuts or weights, which are for tools.
import type { LevelExplanation } from '../../../core';
import { glued } from '../../labels';
import { useUi } from '../ui';

export function LevelWhy({ why }: { why: LevelExplanation }) {
  const { t, css } = useUi();
  // Only what moves the score is worth a line: the rest would bury it.
  const weighed = why.reasons.filter((r) => r.weight !== 0);
  return (
    <section aria-labelledby="jalon-why-title">
      <h3 id="jalon-why-title" className={css.h3}>
        {t('commitment.why')}
      </h3>
      <p>{glued(why.summary)}</p>
      <p>{glued(why.verifiableReason)}</p>
      <p className={css.muted}>{glued(why.lensText)}</p>
      {weighed.length > 0 && (
        <details>
          <summary>{t('commitment.whyDetails')}</summary>
          <ul className={css.list}>
            {weighed.map((r) => (
              <li key={r.id}>{glued(r.said)}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
