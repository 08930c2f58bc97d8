// The engine issue's JSON (the core's toJson: findings with line/column, stats, suppressed) plus, per file,
// the commitments (engagements issue) and, at the end, the files that could not be read.
import { findingJson, jsonLines, lineStarts, RawJson, writeJsonLines, type Lang } from '../../core';
import { reason } from '../i18n';
import { commitmentJson, inFile, type FileReview, type ParagraphOrigin } from '../review';
import type { ReportWriter } from '.';

/**
 * Findings in a footnote or endnote say so (`noteRef`), and those in a text box (`textBox`): their paragraph
 * index counts the note and text box paragraphs too. Written as JSON members to append to the finding's.
 */
function whereMembers(p: ParagraphOrigin | undefined): string {
  if (p?.note) return `,"noteRef":${JSON.stringify(p.note)}`;
  return p?.textBox ? ',"textBox":true' : '';
}

/** A draft's entry in the report: the core's toJson entry plus the commitments, each finding written once, straight from the analysis. */
export function fileEntry(fr: FileReview, lang: Lang): Record<string, unknown> {
  const analysis = inFile(fr); // a text file's findings at the file's own offsets
  const starts = lineStarts(analysis.text);
  const paragraphs = fr.draft.paragraphs;
  return {
    file: fr.file,
    language: analysis.language,
    stats: analysis.stats,
    findings: analysis.findings.map(
      (f) => new RawJson(findingJson(starts, f, whereMembers(paragraphs?.[f.paragraph]))),
    ),
    suppressed: (analysis.suppressed ?? []).map((f) => new RawJson(findingJson(starts, f))),
    commitments: analysis.commitments.map((c) => commitmentJson(c, fr.analysis, lang)),
  };
}

/** Findings and commitments one per line (files > file > findings > finding): jsonLines(report, 4), file by file. */
export function jsonWriter(lang: Lang): ReportWriter {
  let files = 0;
  return {
    add: (fr) => jsonChunks(fileEntry(fr, lang), 2, '  ', '    ', files++ === 0 ? '{\n  "files": [\n    ' : ',\n    '),
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

/** About how many characters each piece of a draft's JSON holds (see jsonChunks). */
export const CHUNK = 8192;

/**
 * `before` then `jsonLines(value, depth, indent, pad)`, the same characters, in pieces of about CHUNK characters,
 * each written as it comes. A draft's JSON (250 KB for a 20-page draft, 12 MB for the bench's 50) made whole was a
 * fresh large string per draft, which the system hands out page by page and the collector frees at once; its
 * pieces are small strings the young generation recycles. Measured on the bench's 50 drafts, warm: joined whole and
 * written 110-190 ms of CPU, in pieces 33-75 ms.
 */
export function jsonChunks(value: unknown, depth: number, indent: string, pad: string, before = ''): string[] {
  const chunks: string[] = [];
  let out: string[] = [before];
  let size = before.length;
  const push = (s: string) => {
    out.push(s);
    size += s.length;
    if (size >= CHUNK) {
      chunks.push(out.join(''));
      out = [];
      size = 0;
    }
  };
  writeJsonLines(value, depth, indent, pad, push);
  if (out.length) chunks.push(out.join(''));
  return chunks;
}
