// The engine issue's JSON (the core's toJson: findings with line/column, stats, suppressed) plus, per file,
// the commitments (engagements issue) and, at the end, the files that could not be read.
import { jsonLines, toJson as coreJson, type JsonFinding, type Lang } from '../../core';
import { reason } from '../i18n';
import { commitmentJson, type FileReview } from '../review';
import type { ReportWriter } from '.';

/**
 * Findings in a footnote or endnote say so (`noteRef`), and those in a text box (`textBox`): their paragraph
 * index counts the note and text box paragraphs too.
 */
function withNote(fr: FileReview, f: JsonFinding): JsonFinding & { noteRef?: { kind: string; id: string }; textBox?: true } {
  const p = fr.draft.paragraphs?.[f.paragraph];
  if (p?.note) return { ...f, noteRef: p.note };
  return p?.textBox ? { ...f, textBox: true } : f;
}

/** Findings and commitments one per line (files > file > findings > finding): jsonLines(report, 4), file by file. */
export function jsonWriter(lang: Lang): ReportWriter {
  let files = 0;
  return {
    add(fr) {
      const entry = coreJson([{ file: fr.file, analysis: fr.analysis }]).files[0];
      const file = { ...entry, findings: entry.findings.map((f) => withNote(fr, f)), commitments: fr.analysis.engagements.map(commitmentJson) };
      return `${files++ === 0 ? '{\n  "files": [\n' : ',\n'}    ${jsonLines(file, 2, '  ', '    ')}`;
    },
    end(errors) {
      const unread = jsonLines(
        errors.map((e) => ({ file: e.file, code: e.code, reason: reason(e.code, lang) })),
        2,
        '  ',
        '  ',
      );
      return `${files === 0 ? '{\n  "files": []' : '\n  ]'},\n  "errors": ${unread}\n}\n`;
    },
  };
}
