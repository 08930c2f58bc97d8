// One commitment's card. Each part is a component that takes the commitment: a new part of the card (the
// level's explanation, what makes it verifiable...) is one more component listed here.
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import type { Advice, ChecklistItem, Commitment, FieldName, Finding, LevelExplanation } from '../../../core';
import type { PlanWords } from '../../template';
import type { Answers } from '../../state/useCommitmentCard';
import { commitmentName } from '../../labels';
import { useUi } from '../ui';
import { Checklist } from './Checklist';
import { LevelWhy } from './LevelWhy';
import { MissingFieldsForm } from './MissingFieldsForm';

function Score({ commitment: e }: { commitment: Commitment }) {
  const { t } = useUi();
  return (
    // The level first; the bar and its words are the workshop's checklist, which is not the level.
    <ProgressIndicator
      label={t('commitment.level', { level: t(`level.${e.level}`) })}
      description={t('commitment.points', { count: e.score, max: e.maxScore })}
      percentComplete={e.maxScore ? e.score / e.maxScore : 0}
    />
  );
}

export interface CommitmentCardProps {
  commitment: Commitment;
  /** Why it has its level, in the pane's language. */
  why?: LevelExplanation;
  /** The example for each missing field, about this commitment's subject (none where no subject is close). */
  advice?: Partial<Record<FieldName, Advice>>;
  /** The plan's currency, years and country, named by the form's questions and examples. */
  plan?: PlanWords;
  /** Its checklist in the plan's country's words (the commitment's own until the plan half has said them). */
  checklist?: readonly ChecklistItem[];
  /** Writes the form's answers into the document; true when something was written. */
  onSave: (commitment: Commitment, answers: Answers) => Promise<boolean>;
  /** The check's findings the author sees (the card lists its vague verbs where they hold its level). */
  findings?: readonly Finding[];
  /** Selects a finding's words in the document. */
  onSelect?: (finding: Finding) => void;
}

export function CommitmentCard({
  commitment: e,
  why,
  advice,
  plan,
  checklist,
  onSave,
  findings,
  onSelect,
}: CommitmentCardProps) {
  const { t, css } = useUi();
  // A level held at medium by vague wording (the level's rule 'vague'): the « Verbe flou » remarks of this commitment
  // show the sentences that hold it, which the form lists once every field is there.
  const heldByVague =
    why?.rule === 'vague' && e.level === 'medium'
      ? (findings ?? []).filter((f) => f.ruleId === 'vague-term' && f.commitment === e.index)
      : undefined;
  return (
    <article className={css.card} aria-labelledby="jalon-card-title">
      <h2 id="jalon-card-title" className={css.h2}>
        {commitmentName(t, e.index + 1, e.title)}
      </h2>
      <Score commitment={e} />
      {why && <LevelWhy why={why} />}
      <Checklist items={checklist ?? e.checklist} />
      <MissingFieldsForm
        commitment={e}
        advice={advice}
        plan={plan}
        onSave={onSave}
        heldByVague={heldByVague}
        onSelect={onSelect}
      />
    </article>
  );
}
