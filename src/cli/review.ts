// One reviewed draft: the core's analysis plus what the reports need around it.
import {
  type Analysis,
  analyze,
  type AnalyzeOptions,
  type Commitment,
  type Finding,
  lineStarts,
  position,
} from '../core';
import type { DocxParagraph } from './docx/read';
import type { Draft } from './input';

export interface FileReview {
  file: string;
  kind: Draft['kind'];
  analysis: Analysis;
  /** What the reports need of the draft beyond the analysis: which paragraphs come from notes or text boxes. */
  draft: { file: string; kind: Draft['kind']; paragraphs?: readonly (ParagraphOrigin | undefined)[] };
}

export type ParagraphOrigin = Pick<DocxParagraph, 'note' | 'textBox'>;

/** Per paragraph, its origin when it is not the body (undefined entries otherwise: cheap to send between threads). */
export function paragraphOrigins(
  paragraphs: readonly DocxParagraph[] | undefined,
): (ParagraphOrigin | undefined)[] | undefined {
  return paragraphs?.map((p) => (p.note ? { note: p.note } : p.textBox ? { textBox: true } : undefined));
}

export function reviewDraft(draft: Draft, options: AnalyzeOptions): FileReview {
  const { file, kind } = draft;
  return {
    file,
    kind,
    analysis: analyze(draft.source, options),
    draft: { file, kind, paragraphs: paragraphOrigins(draft.paragraphs) },
  };
}

export interface CommitmentJson {
  index: number;
  title: string;
  start: number;
  end: number;
  fields: Commitment['fields'];
  missing: Commitment['missing'];
  score: number;
  maxScore: number;
  level: Commitment['level'];
}

export function commitmentJson(e: Commitment): CommitmentJson {
  const { index, title, start, end, fields, missing, score, maxScore, level } = e;
  return { index, title, start, end, fields, missing, score, maxScore, level };
}

/**
 * Findings that belong to a commitment (or to none), in text order; read-only, shared by the reports. Grouped
 * once per draft: a report asks for each commitment's findings several times (summary, section, counts).
 */
export function findingsOf(fr: FileReview, e: Commitment | undefined): readonly Finding[] {
  let groups = findingsByCommitment.get(fr);
  if (!groups) {
    groups = new Map();
    for (const f of fr.analysis.findings) {
      const group = groups.get(f.commitment);
      if (group) group.push(f);
      else groups.set(f.commitment, [f]);
    }
    findingsByCommitment.set(fr, groups);
  }
  return groups.get(e?.index) ?? NONE;
}

const findingsByCommitment = new WeakMap<FileReview, Map<number | undefined, Finding[]>>();
const NONE: readonly Finding[] = [];

export function vagueCount(findings: readonly Finding[]): number {
  return findings.filter((f) => f.ruleId === 'vague-term').length;
}

/** Where a finding is, for people: "12:5" (line:column) in text files, "§12:5" (paragraph, offset) in .docx, 1-based. */
export function place(fr: FileReview, f: Finding, noteWord = 'note', textBoxWord = 'text box'): string {
  const p = fr.draft.paragraphs?.[f.paragraph];
  if (fr.kind !== 'docx') {
    // A text file's paragraph may span wrapped lines: the place is the file's line and column.
    let starts = lineStartsOf.get(fr);
    if (!starts) lineStartsOf.set(fr, (starts = lineStarts(fr.analysis.text)));
    const { line, column } = position(starts, f.start);
    return `${line}:${column}`;
  }
  const pos = `${f.paragraph + 1}:${f.paragraphOffset + 1}`;
  if (p?.note) return `§${pos} (${noteWord} ${p.note.id})`;
  return p?.textBox ? `§${pos} (${textBoxWord})` : `§${pos}`;
}

const lineStartsOf = new WeakMap<FileReview, number[]>();

/** Whether a draft has error-level findings (exit code 1). */
export function hasErrors(fr: FileReview): boolean {
  return fr.analysis.findings.some((x) => x.severity === 'error');
}
