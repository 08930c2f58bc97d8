// The terminal report, for people: each draft, then each commitment (level, points, what to add) with its remarks
// under it, each located by its paragraph's first words (and its line in a text file), then the remarks outside the
// commitments. The checks' codes, which house rules use, are said once at the end. Tools read json or sarif.
import { cli, colon, fill, frenchSpaces, type Commitment, type Finding, type Lang } from '../../core';
import { errorLine, severityLabel, t } from '../i18n';
import { findingsOf, type FileReview } from '../review';
import { checklistScore, digestOf, exampleRef, fieldHeading, guideFor, guideOf, moreLine, type Guide } from './digest';
import {
  acronymsOnce,
  draftLanguageNote,
  listed,
  timesOf,
  missingLabels,
  quote,
  quoted,
  ruleCodes,
  ruleName,
  titleOf,
  tn,
} from './common';
import { whereOf } from './where';
import type { ReportWriter } from '.';

export function textWriter(
  L: Lang,
  listErrors: boolean,
  nameOf: (file: string) => string = (f) => f,
  all = false,
): ReportWriter {
  let files = 0;
  const rules = new Set<string>(); // the checks the findings come from, for the last line
  const spell = acronymsOnce(L); // the IRM spelled out where the report first names it
  const written = new Map<string, string>(); // each missing field's example, written once in the report
  let guide: Guide | undefined; // the draft's examples, which its missing fields point to
  const line = (fr: FileReview, f: Finding, times = ''): string => {
    rules.add(f.ruleId);
    const message = spell(f.message);
    const ref = guide?.refOf(f);
    const sugg = ref
      ? ` → ${exampleRef(ref, L)}`
      : f.expected.length
        ? ` → ${oneLine(spell(f.expected.join(' | ')))}`
        : '';
    const words = quoted(f);
    const where = whereOf(fr, f, L);
    return `    ${where ? `${oneLine(where)}  ` : ''}${severityLabel(f.severity, L)}  ${ruleName(f.ruleId, L)}  ${words !== undefined ? `${quote(oneLine(words), L)}${colon(L)} ` : ''}${oneLine(message)}${times}${sugg}`;
  };
  // The remarks of a commitment (or outside them): each word once per paragraph, the information ones counted.
  const remarks = (fr: FileReview, fs: readonly Finding[]): string[] => {
    const { main, info } = listed(fs);
    const out = main.map((x) => line(fr, x.f, timesOf(x)));
    if (all) out.push(...info.map((x) => line(fr, x.f, timesOf(x))));
    else if (info.length) out.push(`    ${tn('infoHidden', L, { count: info.length })}`);
    return out;
  };
  return {
    // Drafts are separated by a blank line; the report ends with one line end.
    add(fr) {
      const lines: string[] = [];
      const a = fr.analysis;
      lines.push(
        `${nameOf(fr.file)} (${a.language}) — ${tn('commitmentCount', L, { count: a.commitments.length })}, ${tn('findingCount', L, { count: a.findings.length })}`,
      );
      const said = draftLanguageNote(fr, L);
      if (said) lines.push(`  ${said}`);
      guide = guideOf(fr, L, nameOf(fr.file), written);
      const head = (e: Commitment): string => {
        const title = e.title.trim() ? quote(oneLine(e.title), L) : titleOf(e, L); // "(sans titre)" is not quoted
        // The document's own number and title (« Engagement 6 : Démocratie saine ») are kept as written.
        const heading = /^\s*(?:engagement|commitment)\s*(?:n[°o]\s*)?\d+/i.test(e.title)
          ? oneLine(e.title)
          : `${t('commitment', L)} ${e.index + 1} ${title}`;
        // « précision élevée », « aucune précision »: a phrase that reads for every level.
        const level = tn(`levelPhrase.${e.level}`, L, {});
        return `${heading} — ${level} (${t(e.verifiable ? 'verifiable' : 'notVerifiable', L)}) — ${checklistScore(e, L)}`;
      };
      // The digest: per commitment, what to add on one line, then its main remarks.
      if (a.commitments.length) lines.push(`  ${tn('digest', L, {})}`);
      for (const e of a.commitments) {
        const d = digestOf(e, findingsOf(fr, e), L);
        lines.push(`  ${head(e)}`);
        if (d.asks.length) lines.push(`    ${oneLine(tn('digestAsk', L, { questions: d.asks.map(spell).join(' ') }))}`);
        lines.push(...d.top.map((x) => line(fr, x.f, timesOf(x))));
        const more = moreLine(d, L);
        if (more) lines.push(`    ${more}`);
      }
      // Each missing field's example once, with the commitments it is for.
      if (guide.entries.length) {
        lines.push(`  ${tn('guide', L, {})} — ${tn('guideIntro', L, {})}`);
        let field = '';
        for (const x of guide.entries) {
          if (x.field !== field) {
            field = x.field;
            lines.push(`    ${fieldHeading(x.field, L)}${colon(L)} ${oneLine(spell(x.question))}`);
          }
          const what = x.earlier === undefined ? oneLine(spell(x.example)) : tn('guideAbove', L, { file: x.earlier });
          lines.push(`      ${x.ref} (${guideFor(x, L)})${colon(L)} ${what}`);
        }
      }
      if (a.commitments.length) lines.push(`  ${tn('allRemarks', L, {})}`);
      for (const e of a.commitments) {
        const missing = missingLabels(e, L);
        const todo = missing.length ? `${t('toAdd', L)}${colon(L)} ${missing.join(', ')}` : t('nothingToAdd', L);
        const fs = findingsOf(fr, e);
        lines.push(`  ${head(e)}, ${tn('findingCount', L, { count: fs.length })} — ${todo}`);
        lines.push(...remarks(fr, fs));
      }
      if (a.commitments.length === 0) lines.push(`  ${t('noCommitment', L)}`);
      const loose = findingsOf(fr, undefined);
      if (loose.length) lines.push(`  ${t('outsideCommitments', L)}`, ...remarks(fr, loose));
      return [files++ === 0 ? '' : '\n\n', mailSpaces(lines.join('\n'), L)];
    },
    end(errors) {
      const unread = listErrors ? errors.map((e) => errorLine(nameOf(e.file), e.code, L)) : [];
      const codes = rules.size ? [fill(cli[L].legend.codes, { codes: ruleCodes(rules, L) }, L)] : [];
      const tail = [...codes, ...unread];
      // No draft read and nothing to list: nothing at all (not an empty line on stdout).
      if (tail.length === 0) return files === 0 ? '' : '\n';
      return `${files === 0 ? '' : '\n\n'}${mailSpaces(tail.join('\n'), L)}\n`;
    },
  };
}

/** A finding stays on one line, whatever line breaks its text or suggestions hold. */
function oneLine(s: string): string {
  return s.replace(/[\r\n\u000b\u2028\u2029]+/g, ' ⏎ ');
}

/**
 * French spacing that keeps a mark or a unit on its number's line once the report is pasted in a mail, as the HTML
 * report does (audit15, finding 14): a no-break space before « : » and inside « », a narrow one before ; ? !
 * (frenchSpaces), a no-break space between a number and « % », « $ », « € », and a narrow one between its groups of
 * thousands (« 250 000 $ »).
 */
export function mailSpaces(text: string, lang: Lang): string {
  if (lang !== 'fr') return text;
  return frenchSpaces(text, lang)
    .replace(/(?<=\d) (?=[%$€])/g, '\u00a0')
    .replace(/(?<=(?:^|[^\d.,])\d{1,3}(?: \d{3})*) (?=\d{3}(?!\d))/g, '\u202f');
}
