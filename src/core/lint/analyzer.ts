// The task pane's incremental analyser: per-paragraph results are reused while a paragraph's text is
// unchanged, so re-checking after each edit costs one paragraph plus the cheap document-level passes
// (first use of jargon, glossary), and commitments are reused while their paragraphs are unchanged.
import { analyze, type AnalyzeOptions } from '../analyze';
import { PlanCache } from '../commitments/cache';
import { fromParagraphs, type SourceText } from '../source';
import type { Analysis, ParagraphInput } from '../types';
import { ParagraphCache } from './index';

export interface Analyzer {
  analyze(input: readonly ParagraphInput[] | SourceText, options?: AnalyzeOptions): Analysis;
  /** Paragraph results reused / computed since creation, and commitments (for tests and the bench). */
  cacheStats(): { hits: number; misses: number; commitmentHits: number; commitmentMisses: number };
  clear(): void;
}

export function createAnalyzer(defaults: AnalyzeOptions = {}): Analyzer {
  let cache = new ParagraphCache();
  let planCache = new PlanCache();
  return {
    analyze(input, options) {
      const source = Array.isArray(input) ? fromParagraphs(input as readonly ParagraphInput[]) : (input as SourceText);
      return analyze(source, { ...defaults, ...options, cache, planCache });
    },
    cacheStats: () => ({
      hits: cache.hits,
      misses: cache.misses,
      commitmentHits: planCache.hits,
      commitmentMisses: planCache.misses,
    }),
    clear() {
      cache = new ParagraphCache();
      planCache = new PlanCache();
    },
  };
}
