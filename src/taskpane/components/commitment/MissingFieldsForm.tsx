// The form that asks for what a commitment lacks, field by field, with the template's question and help, and an
// example about the commitment's subject where the core has one (the same as the reports').
import { useEffect, useMemo, useRef, useState } from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { TextField } from '@fluentui/react/lib/TextField';
import type { Advice, Commitment, FieldName, Finding } from '../../../core';
import type { Answers } from '../../state/useCommitmentCard';
import { FIELD_ORDER, langOf, metaFor, type PlanWords } from '../../template';
import { useUi } from '../ui';

/** The answers being typed; a new commitment, or a new check of it, starts a fresh form. */
function useAnswers(commitment: Commitment) {
  const [answers, setAnswers] = useState<Answers>({});
  useEffect(() => setAnswers({}), [commitment.index, commitment.title]);
  return {
    answers,
    set: (field: FieldName, value: string) => setAnswers((a) => ({ ...a, [field]: value })),
    clear: () => setAnswers({}),
  };
}

export interface MissingFieldsFormProps {
  commitment: Commitment;
  /** The example for each missing field (core's commitmentAdvice); a field without one shows no example. */
  advice?: Partial<Record<FieldName, Advice>>;
  /** The plan's currency, years and country, named by the questions and examples (none: neutral words). */
  plan?: PlanWords;
  onSave: (commitment: Commitment, answers: Answers) => Promise<boolean>;
  /**
   * The level is held at medium by vague wording (the level's rule 'vague'): with every field present, the form says
   * so rather than only that the fields are there, and lists the « Verbe flou » remarks that show those sentences.
   */
  heldByVague?: readonly Finding[];
  /** Selects a remark's words in the document. */
  onSelect?: (finding: Finding) => void;
}

export function MissingFieldsForm({
  commitment: e,
  advice,
  plan,
  onSave,
  heldByVague,
  onSelect,
}: MissingFieldsFormProps) {
  const { t, css } = useUi();
  const { answers, set, clear } = useAnswers(e);
  const describe = (question: string, a: Advice | undefined) => {
    if (!a) return question;
    const example = a.example.replace(/\n/g, t('export.separator'));
    const line = a.source
      ? t('commitment.exampleFrom', { example, source: a.source })
      : t('commitment.example', { example });
    return `${question} ${line}`;
  };
  // The calendar is asked for its end date: where the checklist has earned an end date from the text, the form
  // does not call it missing beside that tick.
  const missing = useMemo(() => {
    const ended = e.checklist.some((c) => c.id === 'end-date' && c.earned);
    return FIELD_ORDER.filter((f) => e.missing.includes(f) && !(f === 'calendar' && ended));
  }, [e]);
  // Once every field is written the form goes, with the button that had the keyboard: the keyboard goes to the
  // message that says the commitment is complete, not to the page (where a screen reader user is lost).
  const complete = useRef<HTMLParagraphElement>(null);
  const saved = useRef(false);
  const none = missing.length === 0;
  useEffect(() => {
    if (!none || !saved.current) return;
    saved.current = false;
    if (!document.activeElement || document.activeElement === document.body) complete.current?.focus();
  }, [none]);
  return (
    <>
      <h3 className={css.h3}>{t('commitment.formTitle')}</h3>
      {none && heldByVague ? (
        <>
          <p ref={complete} tabIndex={-1}>
            {heldByVague.length > 0
              ? t('commitment.completeVague', { count: heldByVague.length, level: t(`level.${e.level}`) })
              : t('commitment.completeVagueHidden', { level: t(`level.${e.level}`) })}
          </p>
          {heldByVague.length > 0 && (
            <ul className={css.list}>
              {heldByVague.map((f) => (
                <li key={`${f.start}-${f.end}`}>
                  <DefaultButton
                    text={t('export.quoted', { text: f.actual })}
                    ariaLabel={t('commitment.goToVague', { words: f.actual })}
                    onClick={() => onSelect?.(f)}
                  />
                </li>
              ))}
            </ul>
          )}
        </>
      ) : none ? (
        <p ref={complete} tabIndex={-1}>
          {t('commitment.complete')}
        </p>
      ) : (
        <form
          onSubmit={(ev) => {
            ev.preventDefault();
            saved.current = true;
            void onSave(e, answers).then((ok) => ok && clear());
          }}
          className={css.section}
        >
          <p className={css.muted} style={{ margin: 0 }}>
            {t('commitment.formIntro')}
          </p>
          {missing.map((field) => {
            const meta = metaFor(field, langOf(t), plan);
            if (!meta) return null;
            return (
              <TextField
                key={field}
                label={meta.label}
                description={describe(meta.question, advice?.[field])}
                title={meta.help}
                // Every answer wraps and grows in a 350-px pane (audit13, finding 21); a field written as one
                // paragraph keeps its answer on one line of text.
                multiline
                autoAdjustHeight
                rows={meta.multiline ? 3 : 1}
                value={answers[field] ?? ''}
                onChange={(_, v) => set(field, meta.multiline ? (v ?? '') : (v ?? '').replace(/\s*\r?\n\s*/g, ' '))}
              />
            );
          })}
          <div>
            <PrimaryButton type="submit" text={t('commitment.save')} />
          </div>
        </form>
      )}
    </>
  );
}
