// The same review as the HTML page, in Markdown (for a wiki, a ticket or a mail).
import type { Engagement, Finding } from '../../core';
import { reason, severityLabels, t } from '../i18n';
import { findingsOf, place, vagueCount, type FileReview, type Review } from '../review';
import { commitmentHeading, levelLabel, missingLabels, questions, quoted, titleOf } from './common';

export function mdEscape(s: string): string {
  return s.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`).replace(/[\r\n\u000b]+/g, ' ');
}

export function toMarkdown(review: Review): string {
  const L = review.lang;
  const out: string[] = [`# ${t('title', L)}`, '', `## ${t('summary', L)}`, ''];
  out.push(
    `| ${t('file', L)} | # | ${t('commitment', L)} | ${t('level', L)} | ${t('points', L)} | ${t('missing', L)} | ${t('vagueTerms', L)} |`,
    '|---|---|---|---|---|---|---|',
  );
  for (const fr of review.files) {
    for (const e of fr.analysis.engagements) {
      out.push(
        `| ${mdEscape(fr.file)} | ${e.index + 1} | ${mdEscape(titleOf(e, L))} | ${levelLabel(e, L)} | ${e.score}/${e.maxScore} | ${mdEscape(missingLabels(e, L).join(', '))} | ${vagueCount(findingsOf(fr, e))} |`,
      );
    }
    if (fr.analysis.engagements.length === 0) out.push(`| ${mdEscape(fr.file)} | – | ${t('noCommitment', L)} | | | | |`);
  }
  out.push('');
  for (const fr of review.files) {
    out.push(`## ${mdEscape(fr.file)} (${fr.analysis.language})`, '');
    for (const e of fr.analysis.engagements) out.push(...commitment(fr, e, review));
    const loose = findingsOf(fr, undefined);
    if (loose.length) out.push(`### ${t('outsideCommitments', L)}`, '', ...loose.map((f) => findingLine(fr, f, review)), '');
  }
  if (review.errors.length) {
    out.push(`## ${t('unreadable', L)}`, '');
    for (const e of review.errors) out.push(`- ${mdEscape(e.file)} : ${reason(e.code, L)}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function commitment(fr: FileReview, e: Engagement, review: Review): string[] {
  const L = review.lang;
  const fs = findingsOf(fr, e);
  const out = [
    `### ${mdEscape(commitmentHeading(e, t('commitment', L), L))}`,
    '',
    `${t('level', L)} : **${levelLabel(e, L)}** — ${e.score}/${e.maxScore} ${t('points', L).toLowerCase()} — ${t('missing', L)} : ${mdEscape(missingLabels(e, L).join(', ')) || '–'}`,
    '',
    `#### ${t('findings', L)}`,
    '',
  ];
  out.push(...(fs.length ? fs.map((f) => findingLine(fr, f, review)) : [t('noFinding', L)]), '');
  const qs = questions(e, fr.analysis.language, fs);
  if (qs.length) out.push(`#### ${t('questions', L)}`, '', ...qs.map((q) => `- ${mdEscape(q)}`), '');
  return out;
}

function findingLine(fr: FileReview, f: Finding, review: Review): string {
  const L = review.lang;
  const sugg = f.expected.length ? ` (${t('suggestions', L)} : ${mdEscape(f.expected.join(', '))})` : '';
  return `- ${place(fr, f, t('note', L), t('textBox', L))} ${severityLabels[f.severity]?.[L] ?? f.severity} \`${f.ruleId}\` ${quoted(f) !== undefined ? `« ${mdEscape(f.actual.replace(/\s*[\r\n]+\s*/g, ' '))} » ` : ''}${mdEscape(f.message)}${sugg}`;
}
