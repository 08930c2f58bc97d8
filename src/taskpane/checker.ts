// Incremental, chunked checking. Text rules run paragraph by paragraph with a cache keyed by the paragraph's
// text, so a re-check only re-analyses what changed; the engagement pass (segmentation, fields, score) needs
// the whole plan and runs once at the end. Work is cut into slices of a few milliseconds with a yield to the
// event loop between them, so the pane never blocks for long even on a 300-page plan.
import { engagementFindings, readEngagements } from '../core/engagements';
import { detectLanguage, lint } from '../core/lint';
import { fromParagraphs, paragraphAt, type SourceText } from '../core/source';
import type { DocParagraph, DocRange } from '../core/document';
import type { Analysis, Engagement, Finding, Lang, TextStats } from '../core/types';

/** Rules whose verdict depends on the whole plan: taken from the engagement pass, never from the paragraph cache. */
const PLAN_RULES = new Set(['missing-field', 'duplicate']);
const SLICE_MS = 12;
const CACHE_LIMIT = 20000;

export interface CheckProgress {
  done: number;
  total: number;
}

export interface CheckRun {
  analysis: Analysis;
  paragraphs: DocParagraph[];
  /** How many paragraphs were analysed afresh (the rest came from the cache). */
  reanalysed: number;
}

export interface CheckOptions {
  lang?: Lang;
  onProgress?: (p: CheckProgress) => void;
  /** Text-rule findings so far, for first results while the rest of a long document is analysed. */
  onPartial?: (findings: Finding[], paragraphs: DocParagraph[]) => void;
  signal?: { aborted: boolean };
}

export class CheckCancelled extends Error {
  constructor() {
    super('check cancelled');
  }
}

interface CachedParagraph {
  findings: Finding[]; // offsets relative to the paragraph
  stats: TextStats;
}

export const yieldToEventLoop = (): Promise<void> =>
  new Promise((resolve) => {
    // MessageChannel runs sooner than setTimeout's clamped 4 ms in browsers; jsdom and Node fall back.
    if (typeof MessageChannel !== 'undefined') {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        ch.port1.close();
        resolve();
      };
      ch.port2.postMessage(null);
    } else setTimeout(resolve, 0);
  });

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export class Checker {
  private cache = new Map<string, CachedParagraph>();

  async run(paragraphs: DocParagraph[], options: CheckOptions = {}): Promise<CheckRun> {
    const source = fromParagraphs(paragraphs);
    const lang = options.lang ?? detectLanguage(sampleText(source));
    const total = paragraphs.length;
    const textFindings: Finding[] = [];
    const stats: TextStats = { words: 0, sentences: 0, longSentences: 0, lix: 0 };
    let lixWeighted = 0;
    let reanalysed = 0;
    let sliceStart = now();
    let lastPartial = sliceStart;
    const seen = new Set<string>();

    for (let i = 0; i < total; i++) {
      const p = paragraphs[i];
      const key = `${lang}\u0000${p.text}`;
      let cached = this.cache.get(key);
      if (!cached) {
        cached = lintParagraph(p, lang);
        reanalysed += 1;
        if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
        this.cache.set(key, cached);
      }
      seen.add(key);
      const base = source.paragraphs[i].start;
      for (const f of cached.findings) {
        textFindings.push({ ...f, start: f.start + base, end: f.end + base, paragraph: i, paragraphOffset: f.start });
      }
      stats.words += cached.stats.words;
      stats.sentences += cached.stats.sentences;
      stats.longSentences += cached.stats.longSentences;
      lixWeighted += cached.stats.lix * cached.stats.words;

      if (now() - sliceStart > SLICE_MS) {
        options.onProgress?.({ done: i + 1, total });
        if (options.onPartial && now() - lastPartial > 300) {
          options.onPartial(textFindings.slice(), paragraphs);
          lastPartial = now();
        }
        await yieldToEventLoop();
        if (options.signal?.aborted) throw new CheckCancelled();
        sliceStart = now();
      }
    }
    stats.lix = stats.words > 0 ? Math.round((lixWeighted / stats.words) * 10) / 10 : 0;
    options.onProgress?.({ done: total, total });
    await yieldToEventLoop();
    if (options.signal?.aborted) throw new CheckCancelled();

    const engagements: Engagement[] = readEngagements(source, { lang });
    const planFindings = engagementFindings(source, engagements, { lang });
    for (const f of planFindings) {
      f.paragraph = paragraphAt(source, f.start);
      f.paragraphOffset = f.start - source.paragraphs[f.paragraph].start;
    }
    const findings = [...textFindings, ...planFindings];
    for (const f of findings) f.engagement ??= engagementAt(engagements, f.start);
    findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
    return {
      paragraphs,
      reanalysed,
      analysis: {
        language: lang,
        text: source.text,
        paragraphs: source.paragraphs.map(({ start, end }) => ({ start, end })),
        findings,
        engagements,
        stats,
      },
    };
  }
}

function lintParagraph(p: DocParagraph, lang: Lang): CachedParagraph {
  const source = fromParagraphs([p]);
  const { findings, stats } = lint(source, { lang });
  // Only text rules live in the per-paragraph cache; whole-plan rules come from the engagement pass.
  return { findings: findings.filter((f) => !PLAN_RULES.has(f.ruleId)), stats };
}

function sampleText(source: SourceText): string {
  // Language detection needs a sample, not 150,000 words.
  return source.text.length > 20000 ? source.text.slice(0, 20000) : source.text;
}

function engagementAt(engagements: Engagement[], offset: number): number | undefined {
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

/** A finding's place in the document, as the host understands it (paragraph-relative, clipped to one paragraph). */
export function findingRange(f: Finding, paragraphs: DocParagraph[]): DocRange | undefined {
  const p = paragraphs[f.paragraph];
  if (!p) return undefined;
  const start = Math.min(f.paragraphOffset, p.text.length);
  const end = Math.min(start + Math.max(0, f.end - f.start), p.text.length);
  return { paragraphId: p.id, start, end };
}

/** A key unique within one analysis (React keys, selection). Across re-checks, match on the fingerprint. */
export function findingKey(f: Finding): string {
  return `${f.ruleId}|${f.start}|${f.end}|${f.fingerprint}`;
}
