// The selected finding, opened under its line: the message, suggestions, where it is, and what the author can do.
import { Button } from '../Button';
import type { Finding } from '../../../core';
import { findingTerm, type IgnoreLevel } from '../../ignores';
import { commitmentLabel, glued, whereFor, type PlaceOf } from '../../labels';
import { useUi } from '../ui';
import { definitionOf, passage, ruleName, sharedSentences } from './findingText';

/** What the author can do with a finding. */
export interface FindingActions {
  select: (f: Finding) => Promise<void>;
  ignore: (f: Finding, level: IgnoreLevel) => Promise<void>;
  insertDefinition: (f: Finding, definition: string) => Promise<void>;
  /** The host takes footnotes (else a definition goes in parentheses). */
  footnotes: boolean;
  /** A missing field is answered in the commitment's form (the Commitment tab), not in the text. */
  answer?: (f: Finding) => void;
}

function Bullets({ items }: { items: string[] }) {
  return (
    <ul style={{ margin: 0, paddingLeft: 18 }}>
      {items.map((s, i) => (
        <li key={i}>{glued(s)}</li>
      ))}
    </ul>
  );
}

export function FindingDetail({ f, analysis, actions }: { f: Finding; analysis: PlaceOf; actions: FindingActions }) {
  const { t, css } = useUi();
  // Where, as the Review tab and the exports say it (Word numbers no paragraph), then its commitment unless that
  // is already where it is (a missing field).
  const where = whereFor(t, f, analysis);
  const commitment = f.commitment === undefined ? undefined : analysis.commitments[f.commitment];
  const inCommitment = commitment && commitmentLabel(t, commitment.index + 1, commitment.title);
  const place = [where, inCommitment !== where ? inCommitment : undefined].filter((s) => s).join(' · ');
  const definition = definitionOf(f);
  const shared = sharedSentences(f);
  const quoted = passage(f, t);
  return (
    <div className={css.detail} role="region" aria-label={t('finding.details')}>
      <strong>{glued(f.message)}</strong>
      {quoted && <q>{quoted}</q>}
      {f.note && <span>{glued(f.note)}</span>}
      <div>
        <span className={css.label}>{t('finding.suggestions')}</span>
        {f.expected.length > 0 ? (
          <Bullets items={f.expected} />
        ) : (
          <span className={css.muted}>{glued(t('finding.noSuggestion'))}</span>
        )}
      </div>
      {shared.length > 0 && (
        <div>
          <span className={css.label}>{t('finding.shared')}</span>
          <Bullets items={shared} />
        </div>
      )}
      {place && (
        <div>
          <span className={css.label}>{t('finding.where')}</span>
          <span>{glued(place)}</span>
        </div>
      )}
      <div className={css.row}>
        <Button onClick={() => void actions.select(f)} text={t('finding.select')} />
        {f.ruleId === 'missing-field' && commitment && actions.answer && (
          <Button onClick={() => actions.answer!(f)} text={t('finding.answer')} />
        )}
        {definition && (
          <Button
            onClick={() => void actions.insertDefinition(f, definition)}
            text={actions.footnotes ? t('finding.insertFootnote') : t('finding.insertParentheses')}
          />
        )}
      </div>
      <div className={css.row}>
        <Button onClick={() => void actions.ignore(f, 'occurrence')} text={t('finding.ignoreOccurrence')} />
        {f.ruleId !== 'missing-field' && f.ruleId !== 'duplicate' && (
          <Button
            onClick={() => void actions.ignore(f, 'term')}
            text={t('finding.ignoreTerm', { term: findingTerm(f) })}
          />
        )}
        <Button
          onClick={() => void actions.ignore(f, 'rule')}
          text={t('finding.ignoreRule', { rule: ruleName(t, f.ruleId) })}
        />
      </div>
    </div>
  );
}
