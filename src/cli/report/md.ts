// The same review as the HTML page, in Markdown (for a wiki, a ticket or a mail).
import { cli, colon, fill, type Commitment, type Finding, type Lang } from '../../core';
import { reason, severityLabel, t } from '../i18n';
import { findingsOf, type FileReview } from '../review';
import {
  draftLanguageNote,
  listed,
  timesOf,
  type Listed,
  tn,
  acronymsOnce,
  commitmentHeading,
  commitmentNumber,
  judgement,
  levelLabel,
  missingLabels,
  questions,
  quote,
  quoted,
  ruleCodes,
  ruleName,
  suggestionsLabel,
  summaryCells,
} from './common';
import { whereOf } from './where';
import { checklistScore, digestOf, exampleRef, fieldHeading, guideFor, guideOf, moreLine, type Guide } from './digest';
import type { ReportWriter } from '.';

export function mdEscape(s: string): string {
  return s.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`).replace(/[\r\n\u000b]+/g, ' ');
}

export function markdownWriter(L: Lang, nameOf: (file: string) => string, all = false): ReportWriter {
  const summary: string[] = [];
  const rules = new Set<string>(); // the checks the findings come from, for the legend
  const sections: string[] = [];
  const spell = acronymsOnce(L); // the IRM spelled out where the report first names it
  const written = new Map<string, string>(); // each missing field's example, written once in the report
  return {
    add(fr) {
      for (const e of fr.analysis.commitments) {
        const c = summaryCells(fr, e, L);
        summary.push(
          `| ${mdEscape(nameOf(fr.file))} | ${commitmentNumber(e)} | ${mdEscape(c.title)} | ${c.level} | ${c.points} | ${mdEscape(c.missing)} | ${c.vague} |`,
        );
      }
      if (fr.analysis.commitments.length === 0)
        summary.push(`| ${mdEscape(nameOf(fr.file))} | – | ${t('noCommitment', L)} | | | | |`);
      for (const f of fr.analysis.findings) rules.add(f.ruleId);
      sections.push(`## ${mdEscape(nameOf(fr.file))} (${fr.analysis.language})`, '');
      const said = draftLanguageNote(fr, L);
      if (said) sections.push(mdEscape(said), '');
      const guide = guideOf(fr, L, nameOf(fr.file), written);
      const commitments = fr.analysis.commitments;
      if (commitments.length) {
        sections.push(`### ${mdEscape(tn('digest', L, {}))}`, '');
        for (const e of commitments) sections.push(...digest(fr, e, L, spell, guide));
      }
      sections.push(...guideLines(guide, L, spell));
      if (commitments.length) sections.push(`### ${mdEscape(tn('allRemarks', L, {}))}`, '');
      for (const e of commitments) sections.push(...commitment(fr, e, L, spell, all, guide));
      const loose = findingsOf(fr, undefined);
      if (loose.length)
        sections.push(`### ${t('outsideCommitments', L)}`, '', ...remarkLines(fr, loose, L, spell, all, guide), '');
      return []; // the summary of every draft comes first
    },
    end(errors) {
      // The title then the summary's heading: how a walk knows the report for one (input.ts).
      const out: string[] = [`# ${t('title', L)}`, '', `## ${t('summary', L)}`, ''];
      out.push(
        `| ${t('file', L)} | ${t('number', L)} | ${t('commitment', L)} | ${t('level', L)} | ${tn('checklist', L, {})} | ${t('missing', L)} | ${t('vagueTerms', L)} |`,
        '|---|---|---|---|---|---|---|',
        ...summary,
        '',
      );
      // Each check's code said once, under the summary, for house rules, rather than on every line.
      if (rules.size) out.push(fill(cli[L].legend.codes, { codes: ruleCodes(rules, L, (id) => `\`${id}\``) }, L), '');
      out.push(...sections);
      if (errors.length) {
        out.push(`## ${t('unreadable', L)}`, '');
        for (const e of errors) out.push(`- ${mdEscape(nameOf(e.file))}${colon(L)} ${reason(e.code, L)}`);
        out.push('');
      }
      return `${out.join('\n').trimEnd()}\n`;
    },
  };
}

type Spell = (s: string) => string;

/** A commitment's digest: its level, what to add (the questions, one line), its main remarks, how many more. */
function digest(fr: FileReview, e: Commitment, L: Lang, spell: Spell, guide: Guide): string[] {
  const d = digestOf(e, findingsOf(fr, e), L);
  const out = [`**${mdEscape(commitmentHeading(e, t('commitment', L), L))}** — ${levelWords(e, L)}`, ''];
  if (d.asks.length) out.push(mdEscape(tn('digestAsk', L, { questions: d.asks.map(spell).join(' ') })), '');
  const more = moreLine(d, L);
  const lines = [...d.top.map((x) => findingLine(fr, x, L, spell, guide)), ...(more ? [`- ${mdEscape(more)}`] : [])];
  if (lines.length) out.push(...lines, '');
  return out;
}

/** Each missing field's example once, field by field, with the commitments it is for. */
function guideLines(guide: Guide, L: Lang, spell: Spell): string[] {
  if (!guide.entries.length) return [];
  const out = [`### ${mdEscape(tn('guide', L, {}))}`, '', mdEscape(tn('guideIntro', L, {})), ''];
  let field = '';
  for (const x of guide.entries) {
    if (x.field !== field) {
      if (field) out.push('');
      field = x.field;
      out.push(`**${mdEscape(fieldHeading(x.field, L))}** — ${mdEscape(spell(x.question))}`, '');
    }
    const what = x.earlier === undefined ? spell(x.example) : tn('guideAbove', L, { file: x.earlier });
    out.push(`- ${mdEscape(x.ref)} (${mdEscape(guideFor(x, L))})${colon(L)} ${mdEscape(what)}`);
  }
  out.push('');
  return out;
}

/** « **moyen** (vérifiable) — grille de l’atelier : 3/21 »: the level, then the points, named as the checklist. */
function levelWords(e: Commitment, L: Lang): string {
  return `**${levelLabel(e, L)}** (${t(e.verifiable ? 'verifiable' : 'notVerifiable', L)}) — ${checklistScore(e, L)}`;
}

function commitment(fr: FileReview, e: Commitment, L: Lang, spell: Spell, all: boolean, guide: Guide): string[] {
  const fs = findingsOf(fr, e);
  const out = [
    `### ${mdEscape(commitmentHeading(e, t('commitment', L), L))}`,
    '',
    `${t('level', L)}${colon(L)} ${levelWords(e, L)} — ${t('missing', L)}${colon(L)} ${mdEscape(missingLabels(e, L).join(', ')) || '–'}`,
    '',
    `${t('why', L)}${colon(L)} ${judgement(fr, e, L)
      .map((s) => mdEscape(spell(s)))
      .join(' ')}`,
    '',
    `#### ${t('findings', L)}`,
    '',
  ];
  out.push(...(fs.length ? remarkLines(fr, fs, L, spell, all, guide) : [t('noFinding', L)]), '');
  // The missing fields' questions are the remarks above, with their examples: only the other questions here.
  const listedAbove = fs.some((f) => f.ruleId === 'missing-field' && (all || f.severity !== 'info'));
  const qs = questions(e, L, fs, listedAbove);
  if (qs.length) out.push(`#### ${t('questions', L)}`, '', ...qs.map((q) => `- ${mdEscape(spell(q))}`), '');
  return out;
}

/** A commitment's remarks: each word once per paragraph, most severe first; information remarks counted unless --all. */
function remarkLines(
  fr: FileReview,
  fs: readonly Finding[],
  L: Lang,
  spell: Spell,
  all: boolean,
  guide?: Guide,
): string[] {
  const { main, info } = listed(fs);
  const out = main.map((x) => findingLine(fr, x, L, spell, guide));
  if (all) out.push(...info.map((x) => findingLine(fr, x, L, spell, guide)));
  else if (info.length) out.push(`- ${tn('infoHidden', L, { count: info.length })}`);
  return out;
}

/** "- « Le ministère renforcera… » (ligne 12) avertissement — Verbe flou — « renforcer » est flou : … (suggestions : …)". */
function findingLine(fr: FileReview, x: Listed, L: Lang, spell: Spell, guide?: Guide): string {
  const f = x.f;
  const message = spell(f.message) + timesOf(x);
  // A missing field's example is written once, in the guide: pointed to.
  const ref = guide?.refOf(f);
  const sugg = ref
    ? ` (${mdEscape(exampleRef(ref, L))})`
    : f.expected.length
      ? ` (${suggestionsLabel(f, L)}${colon(L)} ${mdEscape(spell(f.expected.join(', ')))})`
      : '';
  const where = whereOf(fr, f, L, (s) => quote(mdEscape(s), L));
  const words = quoted(f);
  const text = `${words !== undefined ? `${quote(mdEscape(words.replace(/\s*[\r\n]+\s*/g, ' ')), L)}${colon(L)} ` : ''}${mdEscape(message)}`;
  const rule = ruleName(f.ruleId, L);
  return `- ${where ? `${where} ` : ''}${severityLabel(f.severity, L)} — ${rule} — ${text}${sugg}`;
}
