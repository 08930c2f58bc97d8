// Puts the two halves of a check together: the text rules' findings and the plan pass's (which a worker may
// have computed). Kept apart from analyze.ts so that the pane's main bundle need not load the plan pass.
import { findingTexts, SEVERITIES } from './checks/finding';
import { TEXT_CHECKS } from './checks/text';
import { planRoles } from './checks/plan-role';
import { dateDoubts, planDates } from './dates';
import { planPeriod } from './commitments/period';
import { commitmentAt } from './commitments/at';
import { applyIgnores, type IgnoreList } from './lint/ignore';
import type { HouseRules } from './lint/house-rules';
import { paragraphAt, type SourceText } from './source';
import type { Analysis, Commitment, Finding, Lang, TextStats } from './types';

export interface PlanResult {
  commitments: Commitment[];
  findings: Finding[];
}

/** The text rules' findings and the plan pass's, placed (paragraph, commitment), in text order, ignores applied. */
export function assembleAnalysis(
  source: SourceText,
  lang: Lang,
  text: { findings: Finding[]; stats: TextStats },
  plan: PlanResult,
  options: { ignores?: IgnoreList; houseRules?: HouseRules; messages?: Lang } = {},
): Analysis {
  const placed = placeTextFindings(source, lang, text.findings, plan.commitments, options.messages);
  return joinAnalysis(source, lang, { findings: placed, stats: text.stats }, plan, options);
}

/** The assembly's second stage: the text findings from `placeTextFindings` and the plan's, placed, sorted, ignores applied. */
export function joinAnalysis(
  source: SourceText,
  lang: Lang,
  text: { findings: Finding[]; stats: TextStats },
  plan: PlanResult,
  options: { ignores?: IgnoreList; houseRules?: HouseRules } = {},
): Analysis {
  const { commitments } = plan;
  const findings = text.findings.slice();
  for (const f of plan.findings) findings.push(f);
  for (const f of findings) {
    // Rules that know their paragraph set it; the others are placed by a search.
    const known = source.paragraphs[f.paragraph];
    if (
      !known ||
      f.start < known.start ||
      f.start > known.end ||
      (f.start === known.end &&
        f.paragraph + 1 < source.paragraphs.length &&
        source.paragraphs[f.paragraph + 1].start === f.start)
    ) {
      f.paragraph = paragraphAt(source, f.start);
    }
    f.paragraphOffset = f.start - source.paragraphs[f.paragraph].start;
    f.commitment ??= commitmentAt(commitments, f.start)?.index;
  }
  // Rule ids are ASCII words: compared by code unit, not by localeCompare (a collator call on every tie).
  findings.sort(
    (a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
  // Ignores apply to every rule, engagement rules included: the user's own list and the organisation's. After
  // `oncePerPhrase`, so that ignoring a finding does not bring up another on the same words.
  const { kept, suppressed } = applyIgnores(oncePerPhrase(findings), options.ignores, options.houseRules?.ignore);
  return {
    language: lang,
    text: source.text,
    paragraphs: source.paragraphs.map(({ start, end }) => ({ start, end })),
    findings: kept,
    commitments,
    stats: text.stats,
    suppressed,
  };
}

/** The checks that each ask for precision where words are vague, in the order that wins a tie (TEXT_CHECKS'). */
const VAGUE_KINDS = ['vague-term', 'vague-time', 'vague-quantity', 'hedge'];

/**
 * On the same words, one of the vague kinds speaks: the most severe, the first of VAGUE_KINDS on a tie. « increased »
 * is a vague verb and a quantity without a figure: "provide increased funding" asks for a figure (the verb's role
 * there is information), "Increased transparency" as the expected result is a vague aim (a warning). Two findings
 * asking one question of the same words read as noise. Findings in text order (start, end); others kept as they are.
 */
function oncePerPhrase(findings: Finding[]): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < findings.length;) {
    let j = i + 1;
    while (j < findings.length && findings[j].start === findings[i].start && findings[j].end === findings[i].end) j++;
    let best: Finding | undefined;
    for (let k = i; k < j; k++) {
      const f = findings[k];
      const kind = VAGUE_KINDS.indexOf(f.ruleId);
      if (kind < 0) continue;
      const rank = SEVERITIES.indexOf(f.severity) - SEVERITIES.indexOf(best?.severity ?? 'info');
      if (!best || rank < 0 || (rank === 0 && kind < VAGUE_KINDS.indexOf(best.ruleId))) best = f;
    }
    for (let k = i; k < j; k++)
      if (findings[k] === best || !VAGUE_KINDS.includes(findings[k].ruleId)) out.push(findings[k]);
    i = j;
  }
  return out;
}

/**
 * The assembly's first stage, which needs the commitments but not the plan checks' findings: the text checks' last
 * stage (a vague verb's role, readability per commitment). A host whose plan pass sends its commitments first (the
 * pane's worker) runs it while the plan checks still run, then `joinAnalysis`.
 */
export function placeTextFindings(
  source: SourceText,
  lang: Lang,
  findings: Finding[],
  commitments: readonly Commitment[],
  /** The messages' language (the reader's); the rules' language `lang` by default. */
  messages: Lang = lang,
): Finding[] {
  // Each check's findings, in the order given, sorted out in one pass.
  const byCheck = new Map<string, Finding[]>(TEXT_CHECKS.map((check) => [check.id, []]));
  for (const f of findings) byCheck.get(f.ruleId)?.push(f);
  const out: Finding[] = [];
  // One context for all checks: what it learns of the plan (labels, sections) is learnt once (plan-role.ts).
  const context = {
    source,
    commitments,
    lang,
    messages,
    t: findingTexts(messages),
    severity: {},
    planRoles,
    dates: { doubts: dateDoubts, conventions: planDates },
    period: planPeriod,
  };
  for (const check of TEXT_CHECKS) {
    const own = byCheck.get(check.id)!;
    for (const f of check.assemble ? check.assemble(own, context) : own) out.push(f);
  }
  return out;
}
