// The engine issue's JSON: {"files": [{"file", "language", "findings", "commitments"}]}, plus the unreadable files.
import type { Finding } from '../../core';
import { reason } from '../i18n';
import { commitmentJson, type FileReview, type Review } from '../review';

/** Findings in a footnote or endnote say so (`noteRef`): their paragraph index counts the note paragraphs too. */
export function findingJson(fr: FileReview, f: Finding): Finding & { noteRef?: { kind: string; id: string } } {
  const noteRef = fr.draft.paragraphs?.[f.paragraph]?.note;
  return noteRef ? { ...f, noteRef } : f;
}

export function toJson(review: Review): string {
  const doc = {
    files: review.files.map((fr) => ({
      file: fr.file,
      language: fr.analysis.language,
      findings: fr.analysis.findings.map((f) => findingJson(fr, f)),
      commitments: fr.analysis.engagements.map(commitmentJson),
    })),
    errors: review.errors.map((e) => ({ file: e.file, code: e.code, reason: reason(e.code, review.lang) })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
