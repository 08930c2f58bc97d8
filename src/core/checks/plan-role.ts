// A text finding's place in its commitment, once commitments are known: in the title, a milestone or the stated
// action it keeps its severity; in the context (the problem, what exists, the preamble of a plan) it is
// information only. Shared by the checks of vague words (vague-term, vague-time, vague-quantity, hedge).
import { commitmentAt } from '../commitments/at';
import { paragraphLabel } from '../commitments/labels';
import { sectionAt, sectionsOf, sentenceCommits, type Section } from '../commitments/sections';
import type { Commitment, Finding } from '../types';
import type { AssembleContext } from './types';

// What the vague-word checks learn of a plan while placing their findings, shared by all of them: each commitment's
// sections (each paragraph's label is the source's, read once: paragraphLabel).
const learnt = new WeakMap<AssembleContext, Map<Commitment, Section[]>>();

export type PlanRole = 'title' | 'milestone-action' | 'main-action' | 'context' | 'template';

function inMilestone(c: Commitment, offset: number): boolean {
  const within = (v: { start: number; end: number } | undefined) => !!v && v.start <= offset && offset < v.end;
  return (c.fields.milestones ?? []).some(
    (m) => within(m) || within(m.deliverable) || within(m.indicator) || within(m.lead),
  );
}

/**
 * Per finding in order, its role in the plan (undefined when the text has no commitments). `template`: the finding
 * lies in a template's label or question ("How will the commitment promote transparency?"), not the author's text.
 */
export function planRoles(findings: readonly Finding[], a: AssembleContext): (PlanRole | undefined)[] {
  let sections = learnt.get(a);
  if (!sections) learnt.set(a, (sections = new Map()));
  const inLabel = (f: Finding) => f.paragraphOffset < (paragraphLabel(a.source, f.paragraph)?.valueStart ?? 0);
  if (a.commitments.length === 0) return findings.map((f) => (inLabel(f) ? 'template' : undefined));
  return findings.map((f) => {
    if (inLabel(f)) return 'template';
    const c = commitmentAt(a.commitments, f.start);
    if (!c) return 'context'; // the plan's preamble, an annex
    // In a milestone as the commitment's reading found it (a line, a table row, its indicator or deadline cell).
    if (inMilestone(c, f.start) || a.source.paragraphs[f.paragraph]?.cell) return 'milestone-action';
    let s = sections.get(c);
    if (!s) sections.set(c, (s = sectionsOf(a.source, c)));
    const section = sectionAt(s, f.start);
    switch (section?.kind) {
      case 'title':
        return 'title';
      case 'milestone':
        return 'milestone-action';
      case 'action':
        return 'main-action';
      case 'context':
      case 'other':
        return 'context';
      default:
        return sentenceCommits(a.source, f.paragraph, f.start, true) ? 'main-action' : 'context';
    }
  });
}
