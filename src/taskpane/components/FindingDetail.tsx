import type { TFunction } from 'i18next';
import { DefaultButton } from '@fluentui/react/lib/Button';
import type { Finding } from '../../core';
import { findingTerm } from '../ignores';
import type { PaneState } from '../usePaneState';
import type { PaneStyles } from '../styles';
import { ruleName } from './CheckView';

/** The plain-language explanation a jargon finding carries (engine's glossary), if any. */
export function definitionOf(f: Finding): string | undefined {
  if (f.ruleId !== 'jargon') return undefined;
  const d = f.data?.definition ?? f.data?.explanation;
  if (typeof d === 'string' && d.trim()) return d.trim();
  const s = f.expected[0]?.trim();
  if (!s) return undefined;
  // The engine suggests "term (explanation)": the definition is what the parentheses hold.
  if (s.startsWith(f.actual) && s.endsWith(')')) {
    const inner = s.slice(f.actual.length).trim();
    if (inner.startsWith('(')) return inner.slice(1, -1).trim() || undefined;
  }
  return s;
}

/** The sentences a copy-paste finding shares with the other commitment (the core lists them). */
function sharedSentences(f: Finding): string[] {
  const list = f.ruleId === 'duplicate' ? f.data?.sharedSentences : undefined;
  if (!Array.isArray(list)) return [];
  return list
    .map((x) =>
      typeof x === 'string'
        ? x
        : x && typeof x === 'object' && typeof (x as { text?: unknown }).text === 'string'
          ? (x as { text: string }).text
          : '',
    )
    .filter(Boolean)
    .slice(0, 5);
}

export function FindingDetail({ j, t, css, f }: { j: PaneState; t: TFunction; css: PaneStyles; f: Finding }) {
  const e = f.commitment !== undefined ? j.run?.analysis.commitments[f.commitment] : undefined;
  const definition = definitionOf(f);
  const shared = sharedSentences(f);
  return (
    <div className={css.detail} role="region" aria-label={t('finding.details')}>
      <strong>{f.message}</strong>
      {f.note && <span>{f.note}</span>}
      <div>
        <span className={css.label}>{t('finding.suggestions')}</span>
        {f.expected.length > 0 ? (
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {f.expected.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
        ) : (
          <span className={css.muted}>{t('finding.noSuggestion')}</span>
        )}
      </div>
      {shared.length > 0 && (
        <div>
          <span className={css.label}>{t('finding.shared')}</span>
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {shared.map((x, i) => (
              <li key={i}>{x}</li>
            ))}
          </ul>
        </div>
      )}
      <div>
        <span className={css.label}>{t('finding.where')}</span>
        <span>{t('finding.paragraph', { n: f.paragraph + 1 })}</span>
        {e && <span> · {t('finding.inCommitment', { n: e.index + 1, title: e.title })}</span>}
      </div>
      <div className={css.row}>
        <DefaultButton onClick={() => void j.select(f)} text={t('finding.select')} />
        {definition && (
          <DefaultButton
            onClick={() => void j.insertDefinition(f, definition)}
            text={j.caps.footnotes ? t('finding.insertFootnote') : t('finding.insertParentheses')}
          />
        )}
      </div>
      <div className={css.row}>
        <DefaultButton onClick={() => void j.ignore(f, 'occurrence')} text={t('finding.ignoreOccurrence')} />
        {f.ruleId !== 'missing-field' && f.ruleId !== 'duplicate' && (
          <DefaultButton
            onClick={() => void j.ignore(f, 'term')}
            text={t('finding.ignoreTerm', { term: findingTerm(f) })}
          />
        )}
        <DefaultButton
          onClick={() => void j.ignore(f, 'rule')}
          text={t('finding.ignoreRule', { rule: ruleName(t, f.ruleId) })}
        />
      </div>
    </div>
  );
}
