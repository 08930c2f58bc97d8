// Review mode: the findings a reviewer picks become questions for the author, as Word comments (listed and
// removed in one step) or, where the host has no comments, as a summary at the end of the document.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import {
  findings as findingWords,
  type CommentInfo,
  type DocRange,
  type Finding,
  type InsertBlock,
} from '../../../core';
import { whereFor } from '../../labels';
import { findingKey, findingRange, type CheckRun } from '../../checker';
import { FAILED, type HostCalls } from '../../state/hostCalls';

/** At most this many findings are offered: a review sends a few questions, not a plan's every remark. */
export const LIMIT = 200;

/**
 * A repeated commitment's message and note as the author reads them: the facilitator's « if it is that plan itself,
 * ignore this finding » (a plan reviewed as published finds itself among the earlier plans) is not for the author,
 * who is asked only what the commitment adds since. Whichever language the message is in.
 */
function forAuthor(f: Finding): { message: string; note: string } {
  let { message, note = '' } = f;
  if (f.ruleId !== 'duplicate') return { message, note };
  for (const words of [findingWords.fr.duplicate, findingWords.en.duplicate]) {
    if (message.endsWith(words.forFacilitator))
      message = message.slice(0, -words.forFacilitator.length) + words.forAuthor;
    else if (message.endsWith(words.forFacilitatorPlan)) {
      message = message.slice(0, -words.forFacilitatorPlan.length) + words.forAuthorPlan;
      if (note === words.noteEarlierPlan) note = words.noteEarlierPlanAuthor;
    }
  }
  return { message, note };
}

/** The question the author will read: the engine's message (a question for missing fields) and its explanation. */
export function questionFor(t: TFunction, f: Finding): string {
  return t('review.question', forAuthor(f)).trim();
}

/**
 * The comments the picked findings make: one per place, its questions one after the other. The questions of a
 * commitment's missing fields all sit on its title, and nine comments on one heading bury the author's text (the
 * French audit: 16 comments on one title).
 */
export function commentsByPlace(
  picked: readonly Finding[],
  paragraphs: CheckRun['paragraphs'],
  question: (f: Finding) => string,
): { range: DocRange; text: string }[] {
  const byPlace = new Map<string, { range: DocRange; texts: string[] }>();
  for (const f of picked) {
    const range = findingRange(f, paragraphs);
    if (!range) continue;
    const key = `${range.paragraphId}:${range.start}:${range.end}`;
    const place = byPlace.get(key);
    if (place) place.texts.push(question(f));
    else byPlace.set(key, { range, texts: [question(f)] });
  }
  return [...byPlace.values()].map(({ range, texts }) => ({ range, text: texts.join('\n\n') }));
}

/** `findings` are those not ignored; `recheck` reads the document again after the summary is inserted. */
export function useReviewComments(
  { host, caps, guard, notify }: HostCalls,
  run: CheckRun,
  findings: Finding[],
  recheck: () => Promise<void>,
  t: TFunction,
) {
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [comments, setComments] = useState<CommentInfo[] | undefined>();
  const questions = useMemo(() => findings.filter((f) => f.severity !== 'info'), [findings]);
  const offered = questions.slice(0, LIMIT);
  const picked = questions.filter((f) => chosen.has(findingKey(f)));

  const refresh = useCallback(async () => {
    if (!caps.comments) return;
    const list = await guard('comments', () => host.listComments());
    if (list !== FAILED) setComments(list);
  }, [caps.comments, guard, host]);

  // The list is read when the view opens.
  useEffect(() => {
    void refresh();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on opening, not on every new guard
  }, [caps.comments]);

  const toggle = (f: Finding, on: boolean) =>
    setChosen((s) => {
      const next = new Set(s);
      if (on) next.add(findingKey(f));
      else next.delete(findingKey(f));
      return next;
    });

  const items = () => commentsByPlace(picked, run.paragraphs, (f) => questionFor(t, f));

  const addComments = async () => {
    const n = await guard('comments', () => host.addComments(items()));
    if (n === FAILED) return;
    notify('success', (tt) => tt('review.added', { count: n }));
    setChosen(new Set());
    await refresh();
  };

  const insertSummary = async () => {
    if (run.paragraphs.length === 0) return;
    const blocks: InsertBlock[] = [
      // Jalon's own words: the hosts mark them and never read them back for a check.
      { kind: 'heading', level: 2, text: t('review.summaryTitle'), own: true },
      ...picked.map((f): InsertBlock => ({
        kind: 'text',
        own: true,
        text: t('review.questionFor', { where: whereFor(t, f, run.analysis), question: questionFor(t, f) }),
      })),
    ];
    const last = run.paragraphs[run.paragraphs.length - 1];
    const ok = await guard('insert', () => host.insertAfter(last.id, blocks));
    if (ok === FAILED) return;
    notify('success', (tt) => tt('review.summaryInserted'));
    setChosen(new Set());
    await recheck();
  };

  const removeAll = async () => {
    const n = await guard('comments', () => host.removeComments());
    if (n === FAILED) return;
    notify('success', (tt) => tt('review.removed', { count: n }));
    await refresh();
  };

  return {
    /** The host takes comments (else the summary is the way). */
    supported: caps.comments,
    offered,
    picked,
    /** How many comments the picked findings make (one per place). */
    commentCount: () => items().length,
    isChosen: (f: Finding) => chosen.has(findingKey(f)),
    toggle,
    chooseAll: () => setChosen(new Set(offered.map(findingKey))),
    chooseNone: () => setChosen(new Set()),
    anyChosen: chosen.size > 0,
    comments,
    refresh,
    addComments,
    insertSummary,
    removeAll,
  };
}

export type ReviewComments = ReturnType<typeof useReviewComments>;
