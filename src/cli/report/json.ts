// The engine issue's JSON (the core's toJson: findings with line/column, stats, suppressed) plus, per file,
// the commitments (engagements issue) and, at the end, the files that could not be read.
import { findingJson, jsonLines, lineStarts, RawJson, type Lang } from '../../core';
import { reason } from '../i18n';
import { commitmentJson, inFile, type ParagraphOrigin } from '../review';
import type { ReportWriter } from '.';

/**
 * Findings in a footnote or endnote say so (`noteRef`), and those in a text box (`textBox`): their paragraph
 * index counts the note and text box paragraphs too. Written as JSON members to append to the finding's.
 */
function whereMembers(p: ParagraphOrigin | undefined): string {
  if (p?.note) return `,"noteRef":${JSON.stringify(p.note)}`;
  return p?.textBox ? ',"textBox":true' : '';
}

/** Findings and commitments one per line (files > file > findings > finding): jsonLines(report, 4), file by file. */
export function jsonWriter(lang: Lang): ReportWriter {
  let files = 0;
  return {
    add(fr) {
      // The core's toJson entry plus the commitments, with each finding written once, straight from the analysis.
      const analysis = inFile(fr); // a text file's findings at the file's own offsets
      const starts = lineStarts(analysis.text);
      const paragraphs = fr.draft.paragraphs;
      const file = {
        file: fr.file,
        language: analysis.language,
        stats: analysis.stats,
        findings: analysis.findings.map(
          (f) => new RawJson(findingJson(starts, f, whereMembers(paragraphs?.[f.paragraph]))),
        ),
        suppressed: (analysis.suppressed ?? []).map((f) => new RawJson(findingJson(starts, f))),
        commitments: analysis.commitments.map((c) => commitmentJson(c, fr.analysis, lang)),
      };
      return [files++ === 0 ? '{\n  "files": [\n    ' : ',\n    ', jsonLines(file, 2, '  ', '    ')];
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
