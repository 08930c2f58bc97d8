// The terminal report: one line per finding (file:line:column, as editors jump to), then each commitment.
import { colon, type Lang } from '../../core';
import { errorLine, severityLabel, t } from '../i18n';
import { findingsOf } from '../review';
import { acronymsOnce, missingLabels, quote, quoted, titleOf, tn, whereOf } from './common';
import type { ReportWriter } from '.';

export function textWriter(L: Lang, listErrors: boolean): ReportWriter {
  let files = 0;
  const spell = acronymsOnce(L); // the IRM spelled out where the report first names it
  return {
    // Drafts are separated by a blank line; the report ends with one line end.
    add(fr) {
      const lines: string[] = [];
      const a = fr.analysis;
      lines.push(
        `${fr.file} (${a.language}) — ${tn('commitmentCount', L, { count: a.commitments.length })}, ${tn('findingCount', L, { count: a.findings.length })}`,
      );
      for (const f of a.findings) {
        const message = spell(f.message);
        const sugg = f.expected.length ? ` → ${oneLine(spell(f.expected.join(' | ')))}` : '';
        const words = quoted(f);
        lines.push(
          `  ${fr.file}${whereOf(fr, f, L)}  ${severityLabel(f.severity, L)}  ${f.ruleId}  ${words !== undefined ? `${quote(oneLine(words), L)}${colon(L)} ` : ''}${oneLine(message)}${sugg}`,
        );
      }
      for (const e of a.commitments) {
        const missing = missingLabels(e, L);
        const todo = missing.length ? `${t('toAdd', L)}${colon(L)} ${missing.join(', ')}` : t('nothingToAdd', L);
        const count = findingsOf(fr, e).length;
        const title = e.title.trim() ? quote(oneLine(e.title), L) : titleOf(e, L); // "(sans titre)" is not quoted
        // The document's own number and title (« Engagement 6 : Démocratie saine ») are kept as written.
        const heading = /^\s*(?:engagement|commitment)\s*(?:n[°o]\s*)?\d+/i.test(e.title)
          ? oneLine(e.title)
          : `${t('commitment', L)} ${e.index + 1} ${title}`;
        // « précision élevée », « aucune précision »: a phrase that reads for every level.
        const level = tn(`levelPhrase.${e.level}`, L, {});
        lines.push(
          `  ${heading} — ${level} (${t(e.verifiable ? 'verifiable' : 'notVerifiable', L)}), ${e.score}/${e.maxScore} ${t('points', L).toLowerCase()}, ${tn('findingCount', L, { count })} — ${todo}`,
        );
      }
      if (a.commitments.length === 0) lines.push(`  ${t('noCommitment', L)}`);
      return [files++ === 0 ? '' : '\n\n', lines.join('\n')];
    },
    end(errors) {
      const unread = listErrors ? errors.map((e) => errorLine(e.file, e.code, L)) : [];
      // No draft read and nothing to list: nothing at all (not an empty line on stdout).
      if (unread.length === 0) return files === 0 ? '' : '\n';
      return `${files === 0 ? '' : '\n\n'}${unread.join('\n')}\n`;
    },
  };
}

/** A finding stays on one line, whatever line breaks its text or suggestions hold. */
function oneLine(s: string): string {
  return s.replace(/[\r\n\u000b\u2028\u2029]+/g, ' ⏎ ');
}
