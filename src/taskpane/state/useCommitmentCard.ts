// The commitment card: which commitment it shows (the one the author picks, the one under the cursor, the one
// of the finding they look at), and what it changes in the document (the template, the answers to its form).
import { useCallback, useEffect, useState } from 'react';
import type { Advice, ChecklistItem, Commitment, FieldName, Lang, LevelExplanation } from '../../core';
import type { PlanWords } from '../template';
import type { CheckRunState } from './useCheckRun';
import { FAILED, type HostCalls } from './hostCalls';

export type Answers = Partial<Record<FieldName, string>>;

interface CardDetails {
  why: LevelExplanation;
  advice: Partial<Record<FieldName, Advice>>;
  /** The plan's currency, years and country, which the form's questions and examples name (as the reports do). */
  plan: PlanWords;
  /** The commitment's checklist in the plan's country's words (Congress for a US plan), as the reports say it. */
  checklist: readonly ChecklistItem[];
  /** The commitment these details were read for: a card never shows another's checklist. */
  of: Commitment;
}

/**
 * `checks` gives the latest results and re-checks after a write; `lang` is the pane's (the template speaks the
 * document's, when known); `followed` is the commitment of the selected finding.
 */
export function useCommitmentCard(
  { host, guard, notify }: HostCalls,
  checks: Pick<CheckRunState, 'run' | 'partial' | 'latest' | 'recheck' | 'check'>,
  lang: Lang,
  followed: number | undefined,
) {
  const { run, partial, latest, recheck, check } = checks;
  const [current, setCurrent] = useState<number | undefined>();
  // The paragraph the host selected after inserting the template (its title): the card shows its commitment once a
  // check has read it (the check after the insertion may be queued behind one that started before it).
  const [inserted, setInserted] = useState<string | undefined>();
  const commitments = run?.analysis.commitments ?? [];
  const commitment: Commitment | undefined = current !== undefined ? commitments[current] : commitments[0];
  const analysis = run?.analysis;
  // What the card says of the commitment in the pane's language (the plan's may be the other one): why it has its
  // level, the form's examples about its subject (as the reports' missing-field findings). Loaded on demand with the
  // plan half, so the pane's first script stays within its budget. Its checklist is the analysis's own, written in
  // the pane's language by the check (its messages' language; a change of language checks again), then said in the
  // words of the plan's country once the plan half is loaded (the accountability item names Congress for a US plan,
  // as the form's question and the reports do).
  const [details, setDetails] = useState<CardDetails | undefined>();
  useEffect(() => {
    let live = true;
    // A new check's first results carry the previous check's commitments without the document's text: the card
    // keeps what it shows until the new commitments are read.
    if (analysis && commitment && commitment.lastParagraph >= analysis.paragraphs.length) return;
    setDetails(undefined);
    if (analysis && commitment)
      void import('../../core/plan').then((m) => {
        if (!live) return;
        const currency = m.planCurrency(analysis.text, analysis.commitments);
        const period = m.planPeriod(analysis.text, analysis.commitments);
        const country = m.planCountry(analysis.text)?.code;
        setDetails({
          why: m.explainCommitment(analysis, commitment, lang),
          advice: m.commitmentAdvice(analysis.text, commitment, lang, currency, undefined, period, country),
          plan: { currency, period, country },
          checklist: m.checklistIn(commitment.checklist, lang, country),
          of: commitment,
        });
      });
    return () => {
      live = false;
    };
  }, [analysis, commitment, lang]);

  // The card follows the finding the author is looking at.
  useEffect(() => {
    if (followed !== undefined) setCurrent(followed);
  }, [followed]);

  useEffect(() => {
    // A partial run pairs the new paragraphs with the previous check's commitments: wait for the whole one.
    if (inserted === undefined || !run || partial) return;
    const i = run.paragraphs.findIndex((p) => p.id === inserted);
    if (i < 0) return;
    setInserted(undefined);
    const index = run.analysis.commitments.find((e) => e.firstParagraph <= i && i <= e.lastParagraph)?.index;
    if (index !== undefined) setCurrent(index);
  }, [run, partial, inserted]);

  const goTo = useCallback(
    async (e: Commitment) => {
      const p = latest()?.paragraphs[e.firstParagraph];
      if (p) await guard('select', () => host.select({ paragraphId: p.id, start: 0, end: p.text.length }));
    },
    [guard, host, latest],
  );

  /** The author's choice in the list. */
  const choose = useCallback((index: number) => {
    setInserted(undefined);
    setCurrent(index);
  }, []);

  /** Shows the commitment under the cursor, where the host tells the cursor. */
  const fromCursor = useCallback(async () => {
    const r = latest();
    if (!host.getSelection || !r) return;
    const sel = await guard('read', () => host.getSelection!());
    if (sel === FAILED || !sel) return;
    const i = r.paragraphs.findIndex((p) => p.id === sel.paragraphId);
    if (i < 0) return;
    const index = r.analysis.commitments.find((e) => e.firstParagraph <= i && i <= e.lastParagraph)?.index;
    if (index !== undefined) setCurrent(index);
  }, [guard, host, latest]);

  const insertTemplate = useCallback(async () => {
    // The template speaks the document's language, whatever the pane's.
    const { templateBlocks } = await import('../../core/plan');
    const blocks = templateBlocks(latest()?.analysis.language ?? lang);
    const ok = await guard('insert', () => host.insertAtCursor(blocks));
    if (ok === FAILED) return;
    notify('success', (t) => t('commitment.inserted'));
    // The host selects the new commitment's title, as Word does (typing replaces its prompt): where it is.
    const at = host.getSelection ? await guard('read', () => host.getSelection!()) : undefined;
    if (at && at !== FAILED) setInserted(at.paragraphId);
    // Checked even when the document was not yet: the card shows the commitment just inserted, not « Aucun
    // engagement trouvé… insérez le modèle ».
    await check('change');
  }, [guard, host, lang, latest, notify, check]);

  /** Writes the form's answers into the commitment's fields; true when something was written. */
  const save = useCallback(
    async (e: Commitment, answers: Answers) => {
      const r = latest();
      if (!r) return false;
      const first = r.paragraphs[e.firstParagraph];
      const last = r.paragraphs[e.lastParagraph] ?? r.paragraphs[r.paragraphs.length - 1];
      const { answersToFieldWrites } = await import('../../core/plan');
      const fields = answersToFieldWrites(answers, r.analysis.language);
      if (fields.length === 0) {
        notify('info', (t) => t('commitment.nothingToSave'));
        return false;
      }
      if (!first || !last) return false;
      const ok = await guard('fields', () => host.writeFields(first.id, last.id, fields));
      if (ok === FAILED) return false;
      const count = fields.length;
      notify('success', (t) => t('commitment.saved', { count }));
      await recheck();
      return true;
    },
    [guard, host, latest, notify, recheck],
  );

  return {
    commitments,
    commitment,
    ...details,
    checklist: details && details.of === commitment ? details.checklist : commitment?.checklist,
    /** The author's choice; undefined until they make one (the card then shows the first). */
    current,
    choose,
    hasCursor: Boolean(host.getSelection),
    fromCursor,
    goTo,
    insertTemplate,
    save,
  };
}

export type CommitmentCardState = ReturnType<typeof useCommitmentCard>;
