// Hand-made analyses for the core's tests: commitments with just what the follow-up reads.
import type { Analysis, Commitment, Lang, Milestone } from '../../../src/core';

export interface MilestoneSpec {
  text: string;
  date?: string;
  indicator?: string;
}

export function commitment(
  index: number,
  title: string,
  milestones: MilestoneSpec[] = [],
  calendar?: string,
): Commitment {
  const fv = (text: string) => ({ text, start: 0, end: 0, source: 'label' as const });
  const ms: Milestone[] = milestones.map((m) => {
    const out: Milestone = { text: m.text, start: 0, end: 0 };
    if (m.date) out.date = m.date;
    if (m.indicator) out.indicator = fv(m.indicator);
    return out;
  });
  const c: Commitment = {
    index,
    title,
    start: 0,
    end: 0,
    firstParagraph: index,
    lastParagraph: index,
    fields: {
      lead: fv('Ministère'),
      ...(ms.length ? { milestones: ms } : {}),
      ...(calendar ? { calendar: fv(calendar) } : {}),
    },
    missing: [],
    score: 10,
    maxScore: 21,
    level: 'medium',
    checklist: [],
    verifiable: true,
    lens: ['transparency'],
  };
  return c;
}

export function analysis(commitments: Commitment[], language: Lang = 'fr'): Analysis {
  return {
    language,
    text: '',
    paragraphs: [],
    findings: [],
    commitments,
    stats: { words: 0, sentences: 0, longSentences: 0, lix: 0 },
  };
}
