// The one entry point every host uses: text in, findings and engagements out.
import { engagementFindings, readEngagements, type EngagementOptions } from './engagements';
import { applyIgnores, detectLanguage, lint, type LintOptions } from './lint';
import { paragraphAt, type SourceText } from './source';
import type { Analysis, Engagement, Finding, Lang } from './types';

export type AnalyzeOptions = Partial<LintOptions> & Partial<EngagementOptions> & { lang?: Lang };

export function analyze(source: SourceText, options: AnalyzeOptions = {}): Analysis {
  const lang = options.lang ?? detectLanguage(source.text);
  const { findings: textFindings, stats } = lint(source, { ...options, lang });
  const engagements = readEngagements(source, { ...options, lang });
  const findings = [...textFindings, ...engagementFindings(source, engagements, { ...options, lang })];
  for (const f of findings) {
    // Rules that know their paragraph set it; the others are placed by a search.
    const known = source.paragraphs[f.paragraph];
    if (!known || f.start < known.start || f.start > known.end || (f.start === known.end && f.paragraph + 1 < source.paragraphs.length && source.paragraphs[f.paragraph + 1].start === f.start)) {
      f.paragraph = paragraphAt(source, f.start);
    }
    f.paragraphOffset = f.start - source.paragraphs[f.paragraph].start;
    f.engagement ??= engagementAt(engagements, f.start);
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  // Ignores apply to every rule, engagement rules included: the user's own list and the organisation's.
  const { kept, suppressed } = applyIgnores(findings, options.ignores, options.houseRules?.ignore);
  return {
    language: lang,
    text: source.text,
    paragraphs: source.paragraphs.map(({ start, end }) => ({ start, end })),
    findings: kept,
    engagements,
    stats,
    suppressed,
  };
}

/** Binary search: engagements are in document order and findings come by the thousand. */
export function engagementAt(engagements: Engagement[], offset: number): number | undefined {
  if (!inOrder(engagements)) return engagements.find((e) => e.start <= offset && offset < e.end)?.index;
  let lo = 0;
  let hi = engagements.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = engagements[mid];
    if (offset < e.start) hi = mid - 1;
    else if (offset >= e.end) lo = mid + 1;
    else return e.index;
  }
  return undefined;
}

const checked = new WeakSet<Engagement[]>();
function inOrder(engagements: Engagement[]): boolean {
  if (checked.has(engagements)) return true;
  for (let i = 1; i < engagements.length; i++) if (engagements[i].start < engagements[i - 1].end) return false;
  checked.add(engagements);
  return true;
}
