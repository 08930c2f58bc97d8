import { useEffect, useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import type { Finding } from '../../core';
import { findingKey } from '../checker';
import { MAX_HIGHLIGHTS, type PaneState } from '../usePaneState';
import type { PaneStyles } from '../styles';
import { FindingDetail } from './FindingDetail';

type GroupBy = 'commitment' | 'rule';
const PAGE = 40;

interface Group {
  key: string;
  name: string;
  findings: Finding[];
}

/** What the list shows in bold: the matched words, or for a missing field the field's name. */
export function headline(f: Finding): string {
  const label = f.data?.label;
  return f.ruleId === 'missing-field' && typeof label === 'string' ? label : f.actual;
}

export function ruleName(t: TFunction, ruleId: string): string {
  return t(`rules.${ruleId}`, { defaultValue: ruleId });
}

export function CheckView({ j, t, css }: { j: PaneState; t: TFunction; css: PaneStyles }) {
  const [groupBy, setGroupBy] = useState<GroupBy>('commitment');
  const [open, setOpen] = useState<Record<string, boolean>>({});
  const [shown, setShown] = useState<Record<string, number>>({});
  const commitments = useMemo(() => j.run?.analysis.commitments ?? [], [j.run]);

  const groups = useMemo<Group[]>(() => {
    const map = new Map<string, Group>();
    // Names are made once per group: a long plan has tens of thousands of findings.
    const nameOf = (f: Finding): string => {
      if (groupBy === 'rule') return ruleName(t, f.ruleId);
      if (f.commitment === undefined) return t('check.preamble');
      return `${f.commitment + 1}. ${commitments[f.commitment]?.title || t('commitment.untitled')}`;
    };
    for (const f of j.visible) {
      const key =
        groupBy === 'rule' ? `r:${f.ruleId}` : f.commitment === undefined ? 'e:preamble' : `e:${f.commitment}`;
      let g = map.get(key);
      if (!g) {
        g = { key, name: nameOf(f), findings: [] };
        map.set(key, g);
      }
      g.findings.push(f);
    }
    return [...map.values()];
  }, [j.visible, groupBy, commitments, t]);

  const selectedIndex = j.visible.findIndex((f) => findingKey(f) === j.selectedKey);
  const selected = selectedIndex >= 0 ? j.visible[selectedIndex] : undefined;

  // Next/Previous must reveal the finding they land on.
  useEffect(() => {
    if (!selected) return;
    const g = groups.find((x) => x.findings.includes(selected));
    if (!g) return;
    const pos = g.findings.indexOf(selected);
    setOpen((o) => (o[g.key] ? o : { ...o, [g.key]: true }));
    setShown((s) => ((s[g.key] ?? PAGE) > pos ? s : { ...s, [g.key]: pos + PAGE }));
    requestAnimationFrame(() =>
      document.getElementById(`jalon-f-${selectedIndex}`)?.scrollIntoView?.({ block: 'nearest' }),
    );
  }, [selected, groups, selectedIndex]);

  const stats = j.run?.analysis.stats;
  return (
    <div className={css.section}>
      <div className={css.row}>
        <PrimaryButton
          onClick={() => void j.check('user')}
          disabled={j.checking}
          text={j.run ? t('check.rerun') : t('check.run')}
        />
        <DefaultButton
          onClick={() => void j.clearHighlights()}
          disabled={!j.run || j.checking}
          text={t('check.clear')}
        />
      </div>
      {j.checking && (
        <ProgressIndicator
          label={t('check.running')}
          description={j.progress ? t('check.progress', { done: j.progress.done, total: j.progress.total }) : undefined}
          // Once every paragraph is read, the whole-plan pass has no measurable progress: show it as ongoing.
          percentComplete={
            j.progress && j.progress.total && j.progress.done < j.progress.total
              ? j.progress.done / j.progress.total
              : undefined
          }
        />
      )}
      {!j.run && !j.checking && <p className={css.muted}>{t('check.notYet')}</p>}
      {j.run && (
        <>
          <div role="status" aria-live="polite" className={css.row}>
            <strong>{t('check.summary', { count: j.visible.length })}</strong>
            {j.ignoredCount > 0 && (
              <span className={css.muted}>{t('check.ignoredCount', { count: j.ignoredCount })}</span>
            )}
          </div>
          {stats && stats.words > 0 && !j.partial && (
            <p className={css.muted} style={{ margin: 0 }}>
              {t('check.stats', { words: stats.words, sentences: stats.sentences, long: stats.longSentences })}
            </p>
          )}
          {j.visible.length > MAX_HIGHLIGHTS && (
            <p className={css.muted} style={{ margin: 0 }}>
              {t('check.capped', { count: MAX_HIGHLIGHTS })}
            </p>
          )}
          {j.live && (
            <p className={css.muted} style={{ margin: 0 }}>
              {j.lastReanalysed !== undefined ? t('check.updated', { count: j.lastReanalysed }) : t('check.live')}
            </p>
          )}
          {j.ignoredCount > 0 && (
            <div>
              <DefaultButton onClick={() => void j.restoreIgnored()} text={t('check.restoreIgnored')} />
            </div>
          )}
          {j.visible.length === 0 && !j.checking && <p>{t('check.none')}</p>}
          {j.visible.length > 0 && (
            <>
              <div className={css.row} role="group" aria-label={t('check.groupBy')}>
                <span id="jalon-groupby">{t('check.groupBy')}</span>
                <span className={css.segmented}>
                  {(['commitment', 'rule'] as GroupBy[]).map((g) => (
                    <button
                      key={g}
                      type="button"
                      aria-pressed={groupBy === g}
                      className={`${css.segment} ${groupBy === g ? css.segmentOn : ''}`}
                      onClick={() => setGroupBy(g)}
                    >
                      {g === 'commitment' ? t('check.byCommitment') : t('check.byRule')}
                    </button>
                  ))}
                </span>
              </div>
              <div className={css.nav}>
                <DefaultButton onClick={() => j.step(-1)} text={t('check.previous')} />
                <DefaultButton onClick={() => j.step(1)} text={t('check.next')} />
                {selected && (
                  <span className={css.muted}>
                    {t('check.position', { index: selectedIndex + 1, total: j.visible.length })}
                  </span>
                )}
              </div>
              <section aria-label={t('check.results')}>
                {groups.map((g) => {
                  const isOpen = open[g.key] ?? groups.length <= 3;
                  const limit = shown[g.key] ?? PAGE;
                  const panelId = `jalon-g-${g.key.replace(/[^a-z0-9]/gi, '_')}`;
                  return (
                    <div key={g.key}>
                      <h2 className={css.h3} style={{ margin: 0 }}>
                        <button
                          type="button"
                          className={css.groupHeader}
                          aria-expanded={isOpen}
                          aria-controls={panelId}
                          onClick={() => setOpen((o) => ({ ...o, [g.key]: !isOpen }))}
                        >
                          <span>
                            <span aria-hidden="true">{isOpen ? '▾ ' : '▸ '}</span>
                            {g.name}
                          </span>
                          <span className={css.badge} aria-label={t('check.summary', { count: g.findings.length })}>
                            {g.findings.length}
                          </span>
                        </button>
                      </h2>
                      {isOpen && (
                        <ul className={css.list} id={panelId}>
                          {g.findings.slice(0, limit).map((f) => {
                            const key = findingKey(f);
                            const isSel = key === j.selectedKey;
                            const index = j.visible.indexOf(f);
                            return (
                              <li key={key}>
                                <button
                                  type="button"
                                  id={`jalon-f-${index}`}
                                  className={`${css.item} ${css[`sev_${f.severity}`]} ${isSel ? css.itemSelected : ''}`}
                                  aria-current={isSel ? 'true' : undefined}
                                  onClick={() => void j.select(f)}
                                >
                                  <span className={css.actual}>{headline(f)}</span>
                                  <span className={css.muted}> · {t(`severity.${f.severity}`)}</span>
                                  <br />
                                  <span>{f.message}</span>
                                  <span className={css.srOnly}>{t('finding.where2', { n: f.paragraph + 1 })}</span>
                                </button>
                                {isSel && <FindingDetail j={j} t={t} css={css} f={f} />}
                              </li>
                            );
                          })}
                          {g.findings.length > limit && (
                            <li>
                              <DefaultButton
                                onClick={() => setShown((s) => ({ ...s, [g.key]: limit + PAGE }))}
                                text={t('check.showMore', { count: Math.min(PAGE, g.findings.length - limit) })}
                              />
                            </li>
                          )}
                        </ul>
                      )}
                    </div>
                  );
                })}
              </section>
            </>
          )}
        </>
      )}
    </div>
  );
}
