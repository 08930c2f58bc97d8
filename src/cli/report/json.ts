// The engine issue's JSON (the core's toJson: findings with line/column, stats, suppressed) plus, per file,
// the commitments (engagements issue) and, at the end, the files that could not be read.
import { jsonLines, toJson as coreJson, type JsonFinding } from '../../core';
import { reason } from '../i18n';
import { commitmentJson, type FileReview, type Review } from '../review';

/**
 * Findings in a footnote or endnote say so (`noteRef`), and those in a text box (`textBox`): their paragraph
 * index counts the note and text box paragraphs too.
 */
function withNote(fr: FileReview, f: JsonFinding): JsonFinding & { noteRef?: { kind: string; id: string }; textBox?: true } {
  const p = fr.draft.paragraphs?.[f.paragraph];
  if (p?.note) return { ...f, noteRef: p.note };
  return p?.textBox ? { ...f, textBox: true } : f;
}

export function toJson(review: Review): string {
  const base = coreJson(review.files.map((f) => ({ file: f.file, analysis: f.analysis })));
  const doc = {
    files: base.files.map((entry, i) => {
      const fr = review.files[i];
      return {
        ...entry,
        findings: entry.findings.map((f) => withNote(fr, f)),
        commitments: fr.analysis.engagements.map(commitmentJson),
      };
    }),
    errors: review.errors.map((e) => ({ file: e.file, code: e.code, reason: reason(e.code, review.lang) })),
  };
  // Findings and commitments one per line (files > file > findings > finding).
  return `${jsonLines(doc, 4)}\n`;
}
