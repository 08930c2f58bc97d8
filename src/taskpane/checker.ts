// Incremental, chunked checking. The engine's per-paragraph cache (keyed by paragraph text) is filled in
// slices of a few milliseconds with a yield to the event loop between them, so the pane stays responsive on
// a 300-page plan and a re-check only analyses the paragraphs that changed. The document-level decisions
// (first use of jargon, glossary) then run on the whole plan from the warm cache, and the plan pass
// runs on the whole plan in a worker when the page has one, started first so that both run at once (2 cores).
import {
  type Analysis,
  compiledRulesFor,
  type DocParagraph,
  type DocRange,
  type Finding,
  fromParagraphs,
  type Lang,
  languageGuess,
  lint,
  ParagraphCache,
  type SourceText,
} from '../core';
import { inlinePlanPass, type PlanPass } from './planPass';

const SLICE_MS = 12;

export interface CheckProgress {
  done: number;
  total: number;
}

export interface CheckRun {
  analysis: Analysis;
  paragraphs: DocParagraph[];
  /** How many paragraphs were analysed afresh (the rest came from the cache). */
  reanalysed: number;
  /** The document's language was guessed from too few words (languageGuess): it is then the pane's. */
  languageGuessed?: boolean;
}

export interface CheckOptions {
  /** The rules' language: the document's (guessed when not given). */
  lang?: Lang;
  /**
   * The language the findings, checklist and level reasons are written in: the pane's (an English Word reviewing a
   * French plan reads English findings, with French suggestions to paste); the document's by default.
   */
  messages?: Lang;
  onProgress?: (p: CheckProgress) => void;
  /** Paragraph-level findings so far, for first results while the rest of a long document is analysed. */
  onPartial?: (findings: Finding[], paragraphs: DocParagraph[]) => void;
  signal?: { aborted: boolean };
}

export class CheckCancelled extends Error {
  constructor() {
    super('check cancelled');
  }
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
  private cache = new ParagraphCache();

  /** The whole-plan pass: a Web Worker in the pane (see planPass.ts), inline by default. */
  constructor(private planPass: PlanPass = inlinePlanPass) {}

  async run(paragraphs: DocParagraph[], options: CheckOptions = {}): Promise<CheckRun> {
    const source = fromParagraphs(paragraphs);
    // Too short to tell (a skeleton of labels): the pane's language, so that what the pane writes into it matches.
    const guess = options.lang ? undefined : languageGuess(sampleText(source), options.messages);
    const lang = options.lang ?? guess!.lang;
    const rules = compiledRulesFor(lang);
    const messages = options.messages ?? lang;
    // A worker's plan pass runs while this thread checks the text; an inline one waits for the text rules, so
    // that first results come first.
    const early = this.planPass.concurrent ? this.planPass(paragraphs, lang, messages) : undefined;
    // A cancelled run never reads them.
    early?.commitments.catch(() => undefined);
    early?.findings.catch(() => undefined);
    // The assembly (a finding's place in the plan) is needed only once the plan pass answers: fetched meanwhile.
    const assembly = import('../core/assembly');
    assembly.catch(() => undefined); // a cancelled run never reads it
    // Where a template's label opens a paragraph (its words are not the author's): read by the assembly's module, which
    // carries the labels' words out of this first script; fetched once, cached by the page after.
    const { labelSpan: labels } = await assembly;
    if (options.signal?.aborted) throw new CheckCancelled();
    const total = paragraphs.length;
    const missesBefore = this.cache.misses;
    const partial: Finding[] = [];
    let sliceStart = now();
    let lastPartial = sliceStart;

    for (let i = 0; i < total; i++) {
      const result = this.cache.get(paragraphs[i].text, rules, messages, labels);
      if (options.onPartial) {
        const base = source.paragraphs[i].start;
        for (const f of result.findings)
          partial.push({ ...f, start: f.start + base, end: f.end + base, paragraph: i, paragraphOffset: f.start });
      }
      if (now() - sliceStart > SLICE_MS) {
        options.onProgress?.({ done: i + 1, total });
        if (options.onPartial && now() - lastPartial > 250) {
          options.onPartial(partial.slice(), paragraphs);
          lastPartial = now();
        }
        await yieldToEventLoop();
        if (options.signal?.aborted) throw new CheckCancelled();
        sliceStart = now();
      }
    }
    const reanalysed = this.cache.misses - missesBefore;
    options.onProgress?.({ done: total, total });
    await yieldToEventLoop();
    if (options.signal?.aborted) throw new CheckCancelled();

    // Every paragraph is cached now: this assembles, and decides what needs the whole text (jargon's first use).
    const { findings: textFindings, stats } = lint(source, { lang, messages, cache: this.cache, labels });
    // The text rules are complete: show them while the plan pass (seconds on a long plan) runs.
    options.onPartial?.(textFindings, paragraphs);
    await yieldToEventLoop();
    const plan = early ?? this.planPass(paragraphs, lang, messages);
    const commitments = await plan.commitments;
    await yieldToEventLoop(); // receiving the worker's answer is a task of its own
    if (options.signal?.aborted) throw new CheckCancelled();
    const { placeTextFindings, joinAnalysis } = await assembly;
    if (options.signal?.aborted) throw new CheckCancelled();
    // While a worker's plan checks still run: the text findings' roles in the plan (title, milestone, context).
    const placed = placeTextFindings(source, lang, textFindings, commitments, messages);
    const findings = await plan.findings;
    await yieldToEventLoop();
    if (options.signal?.aborted) throw new CheckCancelled();
    // Ignores are the pane's own business (state/useIgnores.ts filters with the document's list): none applied here.
    return {
      paragraphs,
      reanalysed,
      analysis: joinAnalysis(source, lang, { findings: placed, stats }, { commitments, findings }),
      ...(guess?.sure === false ? { languageGuessed: true } : {}),
    };
  }
}

function sampleText(source: SourceText): string {
  // Language detection needs a sample, not 150,000 words.
  return source.text.length > 20000 ? source.text.slice(0, 20000) : source.text;
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
