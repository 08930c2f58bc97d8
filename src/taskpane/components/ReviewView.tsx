import { useCallback, useEffect, useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { CommentInfo, Finding, InsertBlock } from '../../core';
import { findingKey, findingRange } from '../checker';
import { download, reviewMarkdown } from '../exports';
import { FAILED, type PaneState } from '../usePaneState';
import type { PaneStyles } from '../styles';

const LIMIT = 200;

/** The question the author will read: the engine's message (a question for missing fields) and its explanation. */
export function questionFor(t: TFunction, f: Finding): string {
  return t('review.question', { message: f.message, note: f.note ?? '' }).trim();
}

export function ReviewView({ j, t, css }: { j: PaneState; t: TFunction; css: PaneStyles }) {
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [comments, setComments] = useState<CommentInfo[] | undefined>();
  const findings = useMemo(() => j.visible.filter((f) => f.severity !== 'info'), [j.visible]);
  const picked = findings.filter((f) => chosen.has(findingKey(f)));

  const refresh = useCallback(async () => {
    if (!j.caps.comments) return;
    const list = await j.guard('comments', () => j.host.listComments());
    if (list !== FAILED) setComments(list);
  }, [j]);

  useEffect(() => {
    void refresh();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [j.caps.comments]);

  const addComments = async () => {
    const run = j.run;
    if (!run) return;
    const items = picked.flatMap((f) => {
      const range = findingRange(f, run.paragraphs);
      return range ? [{ range, text: questionFor(t, f) }] : [];
    });
    const n = await j.guard('comments', () => j.host.addComments(items));
    if (n === FAILED) return;
    j.notify('success', (tt) => tt('review.added', { count: n }));
    setChosen(new Set());
    await refresh();
  };

  const insertSummary = async () => {
    const run = j.run;
    if (!run || run.paragraphs.length === 0) return;
    const blocks: InsertBlock[] = [
      { kind: 'heading', level: 2, text: t('review.summaryTitle') },
      ...picked.map((f): InsertBlock => ({
        kind: 'text',
        text: t('review.questionFor', { n: f.paragraph + 1, actual: f.actual, question: questionFor(t, f) }),
      })),
    ];
    const last = run.paragraphs[run.paragraphs.length - 1];
    const ok = await j.guard('insert', () => j.host.insertAfter(last.id, blocks));
    if (ok === FAILED) return;
    j.notify('success', (tt) => tt('review.summaryInserted'));
    setChosen(new Set());
    await j.check('change');
  };

  const removeAll = async () => {
    const n = await j.guard('comments', () => j.host.removeComments());
    if (n === FAILED) return;
    j.notify('success', (tt) => tt('review.removed', { count: n }));
    await refresh();
  };

  if (!j.run) {
    return (
      <div className={css.section}>
        <p className={css.muted}>{t('review.needCheck')}</p>
        <div>
          <PrimaryButton onClick={() => void j.check('user')} text={t('check.run')} />
        </div>
      </div>
    );
  }

  return (
    <div className={css.section}>
      <p style={{ margin: 0 }}>{t('review.intro')}</p>
      {!j.caps.comments && <MessageBar messageBarType={MessageBarType.info}>{t('review.noComments')}</MessageBar>}
      <div className={css.row}>
        <DefaultButton
          onClick={() => setChosen(new Set(findings.slice(0, LIMIT).map(findingKey)))}
          text={t('review.selectAll')}
          disabled={findings.length === 0}
        />
        <DefaultButton
          onClick={() => setChosen(new Set())}
          text={t('review.selectNone')}
          disabled={chosen.size === 0}
        />
      </div>
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend className={css.label}>{t('review.findingsList')}</legend>
        <ul className={css.list} style={{ maxHeight: 320, overflowY: 'auto' }}>
          {findings.slice(0, LIMIT).map((f) => {
            const key = findingKey(f);
            return (
              <li key={key} style={{ padding: '3px 0' }}>
                <Checkbox
                  checked={chosen.has(key)}
                  onChange={(_, c) =>
                    setChosen((s) => {
                      const n = new Set(s);
                      if (c) n.add(key);
                      else n.delete(key);
                      return n;
                    })
                  }
                  label={t('review.item', {
                    message: f.message,
                    where:
                      f.ruleId === 'missing-field' && f.commitment !== undefined
                        ? t('finding.inCommitment', { n: f.commitment + 1, title: f.actual })
                        : t('finding.paragraph', { n: f.paragraph + 1 }),
                  })}
                />
              </li>
            );
          })}
        </ul>
      </fieldset>
      <div className={css.row}>
        {j.caps.comments && (
          <PrimaryButton
            onClick={() => void addComments()}
            disabled={picked.length === 0}
            text={t('review.addComments', { count: picked.length })}
          />
        )}
        <DefaultButton
          onClick={() => void insertSummary()}
          disabled={picked.length === 0}
          text={t('review.insertSummary')}
          primary={!j.caps.comments}
        />
        <DefaultButton
          onClick={() => download(reviewMarkdown(j.run!.analysis, j.visible, t))}
          text={t('review.exportReport')}
        />
      </div>
      {j.caps.comments && (
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
            <DefaultButton onClick={() => void refresh()} text={t('review.refresh')} />
            <DefaultButton
              onClick={() => void removeAll()}
              disabled={!comments || comments.length === 0}
              text={t('review.removeAll')}
            />
          </div>
        </section>
      )}
    </div>
  );
}
