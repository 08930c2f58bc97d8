// One self-contained page a facilitator can open or mail: inline style, no script, no external resource,
// readable in print (each draft starts a page, commitments are not cut across pages).
import { colon, type Commitment, type Finding, type Lang } from '../../core';
import { reason, severityLabel, t } from '../i18n';
import { findingsOf, type FileReview } from '../review';
import {
  acronymsOnce,
  commitmentHeading,
  judgement,
  levelLabel,
  missingLabels,
  questions,
  quoted,
  ruleName,
  suggestionsLabel,
  summaryCells,
  tn,
  whereOf,
} from './common';
import type { ReportWriter } from '.';

export function esc(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

const STYLE = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1b1b1b;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.3rem;border-bottom:2px solid #000091;padding-bottom:.2rem;margin-top:2.5rem}
h3{font-size:1.1rem;margin-top:1.5rem}h4{font-size:1rem;margin:.8rem 0 .3rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #bbb;padding:.3rem .45rem;text-align:left;vertical-align:top}
th{background:#eee}td.num{text-align:right;white-space:nowrap}
.level{font-weight:600;padding:0 .35rem;border-radius:3px}
.level-none,.level-low{background:#fde2e1;color:#8a1c12}.level-medium{background:#fff1cc;color:#6b4d00}.level-high{background:#dff3e4;color:#17532a}
.sev{font-size:.8rem;font-weight:600;text-transform:uppercase}.sev-error{color:#b00020}.sev-warning{color:#8a5a00}.sev-suggestion,.sev-info{color:#0b5394}
.rule{font-size:.85rem;color:#333}.where{color:#555;font-family:ui-monospace,Consolas,monospace;font-size:.85rem}
q{font-style:italic}section.commitment{border-left:4px solid #000091;padding-left:.8rem;margin:1rem 0;break-inside:avoid}
footer{margin-top:3rem;color:#666;font-size:.8rem}
@media print{body{margin:0;max-width:none;font-size:11pt}h2{break-before:page}h2.first{break-before:auto}
th{background:none}.level{border:1px solid #000;background:none;color:#000}a{color:#000;text-decoration:none}}
`;

export function htmlWriter(L: Lang): ReportWriter {
  const rows: string[] = [];
  const sections: string[] = [];
  const spell = acronymsOnce(L); // the IRM spelled out where the report first names it
  return {
    add(fr) {
      for (const e of fr.analysis.commitments) {
        const c = summaryCells(fr, e, L);
        rows.push(
          `<tr><td>${esc(fr.file)}</td><td class="num">${e.index + 1}</td><td>${esc(c.title)}</td><td>${levelBadge(e, L)}</td>` +
            `<td class="num">${c.points}</td><td>${esc(c.missing) || '–'}</td><td class="num">${c.vague}</td></tr>`,
        );
      }
      if (fr.analysis.commitments.length === 0) {
        rows.push(
          `<tr><td>${esc(fr.file)}</td><td class="num">–</td><td colspan="5">${t('noCommitment', L)}</td></tr>`,
        );
      }
      sections.push(fileSection(fr, L, spell));
      return []; // the summary of every draft comes first
    },
    end(errors) {
      const unread = errors.length
        ? `<h2>${t('unreadable', L)}</h2><ul>${errors.map((e) => `<li><strong>${esc(e.file)}</strong>${colon(L)} ${esc(reason(e.code, L))}</li>`).join('')}</ul>`
        : '';
      return `<!DOCTYPE html>
<html lang="${L}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('title', L)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${t('title', L)}</h1>
<h2 class="first">${t('summary', L)}</h2>
<table>
<thead><tr><th>${t('file', L)}</th><th>${t('number', L)}</th><th>${t('commitment', L)}</th><th>${t('level', L)}</th><th>${t('points', L)}</th><th>${t('missing', L)}</th><th>${t('vagueTerms', L)}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
${sections.join('\n')}
${unread}
<footer>${t('generated', L)} — ${tn('draftCount', L, { count: sections.length })}</footer>
</body>
</html>
`;
    },
  };
}

function levelBadge(e: Commitment, L: Lang): string {
  return `<span class="level level-${esc(e.level)}">${esc(levelLabel(e, L))}</span>`;
}

type Spell = (s: string) => string;

function fileSection(fr: FileReview, L: Lang, spell: Spell): string {
  const parts = [`<h2>${esc(fr.file)} <small>(${esc(fr.analysis.language)})</small></h2>`];
  for (const e of fr.analysis.commitments) {
    const fs = findingsOf(fr, e);
    const qs = questions(e, fr.analysis.language, fs);
    parts.push(
      `<section class="commitment"><h3>${esc(commitmentHeading(e, t('commitment', L), L))}</h3>` +
        `<p>${t('level', L)}${colon(L)} ${levelBadge(e, L)} (${t(e.verifiable ? 'verifiable' : 'notVerifiable', L)}) — ${e.score}/${e.maxScore} ${t('points', L).toLowerCase()} — ${t('missing', L)}${colon(L)} ${esc(missingLabels(e, L).join(', ')) || '–'}</p>` +
        `<p class="why"><strong>${t('why', L)}</strong>${colon(L)} ${esc(judgement(fr, e, L).map(spell).join(' '))}</p>` +
        `<h4>${t('findings', L)}</h4>${findingList(fr, fs, L, spell)}` +
        (qs.length
          ? `<h4>${t('questions', L)}</h4><ol>${qs.map((q) => `<li>${esc(spell(q))}</li>`).join('')}</ol>`
          : '') +
        `</section>`,
    );
  }
  if (fr.analysis.commitments.length === 0) parts.push(`<p>${t('noCommitment', L)}</p>`);
  const loose = findingsOf(fr, undefined);
  if (loose.length) parts.push(`<h3>${t('outsideCommitments', L)}</h3>${findingList(fr, loose, L, spell)}`);
  return parts.join('\n');
}

function findingList(fr: FileReview, fs: readonly Finding[], L: Lang, spell: Spell): string {
  if (!fs.length) return `<p>${t('noFinding', L)}</p>`;
  const items = fs.map((f) => {
    const message = spell(f.message);
    const sugg = f.expected.length
      ? ` <em>(${suggestionsLabel(f, L)}${colon(L)} ${esc(spell(f.expected.join(', ')))})</em>`
      : '';
    // Rule links are printed as text: the page must not reach outside itself.
    const note = f.note ? `<br><small>${esc(spell(f.note))}</small>` : '';
    const where = whereOf(fr, f, L).replace(/^ · |^:/, '');
    return (
      `<li>${where ? `<span class="where">${esc(where)}</span> ` : ''}<span class="sev sev-${esc(f.severity)}">${esc(severityLabel(f.severity, L))}</span> — ` +
      `<span class="rule">${esc(ruleName(f.ruleId, L))}</span> — ` +
      `${quoted(f) !== undefined ? `<q>${esc(f.actual)}</q>${colon(L)} ` : ''}${esc(message)}${sugg}${note}</li>`
    );
  });
  return `<ul>${items.join('')}</ul>`;
}
