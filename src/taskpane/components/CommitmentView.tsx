import { useEffect, useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { TextField } from '@fluentui/react/lib/TextField';
import type { Commitment, FieldName } from '../../core';
import { FIELD_ORDER, langOf, metaFor } from '../template';
import type { PaneState } from '../usePaneState';
import type { PaneStyles } from '../styles';

export function CommitmentView({
  j,
  t,
  css,
  current,
  setCurrent,
}: {
  j: PaneState;
  t: TFunction;
  css: PaneStyles;
  current: number | undefined;
  setCurrent: (i: number | undefined) => void;
}) {
  const commitments = j.run?.analysis.commitments ?? [];
  const e: Commitment | undefined = current !== undefined ? commitments[current] : commitments[0];
  const [answers, setAnswers] = useState<Partial<Record<FieldName, string>>>({});

  // A new engagement, or a new check of it, starts a fresh form.
  useEffect(() => setAnswers({}), [e?.index, e?.title]);

  const missing = useMemo(() => (e ? FIELD_ORDER.filter((f) => e.missing.includes(f)) : []), [e]);

  const fromCursor = async () => {
    const i = await j.commitmentAtCursor();
    if (i !== undefined) setCurrent(i);
  };

  // Opening the card without a choice shows the engagement the author is working in.
  useEffect(() => {
    if (current === undefined && commitments.length > 0) void fromCursor();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [commitments.length > 0]);

  return (
    <div className={css.section}>
      <div className={css.row}>
        <PrimaryButton onClick={() => void j.insertTemplate()} text={t('commitment.insert')} />
        {!j.run && <DefaultButton onClick={() => void j.check('user')} text={t('check.run')} />}
      </div>
      {commitments.length === 0 ? (
        <p className={css.muted}>{t('commitment.none')}</p>
      ) : (
        <>
          <div>
            <label className={css.label} htmlFor="jalon-engagement">
              {t('commitment.choose')}
            </label>
            <select
              id="jalon-engagement"
              className={css.select}
              style={{ width: '100%' }}
              value={e?.index ?? 0}
              onChange={(ev) => setCurrent(Number(ev.target.value))}
            >
              {commitments.map((x) => (
                <option key={x.index} value={x.index}>
                  {x.index + 1}. {x.title || t('commitment.untitled')}
                </option>
              ))}
            </select>
          </div>
          <div className={css.row}>
            {j.hasCursor && <DefaultButton onClick={() => void fromCursor()} text={t('commitment.fromCursor')} />}
            {e && <DefaultButton onClick={() => void j.goToCommitment(e)} text={t('commitment.goTo')} />}
          </div>
          {e && (
            <article className={css.card} aria-labelledby="jalon-card-title">
              <h2 id="jalon-card-title" className={css.h2}>
                {e.index + 1}. {e.title || t('commitment.untitled')}
              </h2>
              <ProgressIndicator
                label={t('commitment.points', { score: e.score, max: e.maxScore })}
                description={t('commitment.level', { level: t(`level.${e.level}`) })}
                percentComplete={e.maxScore ? e.score / e.maxScore : 0}
              />
              <h3 className={css.h3}>{t('commitment.checklist')}</h3>
              <ul className={css.list}>
                {e.checklist.map((c) => (
                  <li key={c.id} className={css.checkItem}>
                    <span className={c.earned ? css.earned : css.missing} aria-hidden="true">
                      {c.earned ? '✓' : '✗'}
                    </span>
                    <span>
                      <span className={css.muted}>
                        {c.earned ? t('commitment.earned') : t('commitment.missing')} ·{' '}
                      </span>
                      {c.label} ({c.points})
                      {!c.earned && c.howToEarn && (
                        <>
                          <br />
                          <span className={css.muted}>{t('commitment.howTo', { how: c.howToEarn })}</span>
                        </>
                      )}
                    </span>
                  </li>
                ))}
              </ul>
              <h3 className={css.h3}>{t('commitment.formTitle')}</h3>
              {missing.length === 0 ? (
                <p>{t('commitment.complete')}</p>
              ) : (
                <form
                  onSubmit={(ev) => {
                    ev.preventDefault();
                    void j.writeFields(e, answers).then((ok) => ok && setAnswers({}));
                  }}
                  className={css.section}
                >
                  <p className={css.muted} style={{ margin: 0 }}>
                    {t('commitment.formIntro')}
                  </p>
                  {missing.map((field) => {
                    const meta = metaFor(field, langOf(t));
                    if (!meta) return null;
                    return (
                      <TextField
                        key={field}
                        label={meta.label}
                        description={`${meta.question} ${t('commitment.example', { example: meta.example.replace(/\n/g, ' ; ') })}`}
                        title={meta.help}
                        multiline={meta.multiline}
                        autoAdjustHeight={meta.multiline}
                        value={answers[field] ?? ''}
                        onChange={(_, v) => setAnswers((a) => ({ ...a, [field]: v ?? '' }))}
                      />
                    );
                  })}
                  <div>
                    <PrimaryButton type="submit" text={t('commitment.save')} />
                  </div>
                </form>
              )}
            </article>
          )}
        </>
      )}
    </div>
  );
}
