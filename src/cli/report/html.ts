// One self-contained page a facilitator can open or mail: inline style, no script, no external resource,
// readable in print (each draft starts a page, commitments are not cut across pages) and on a phone (the summary's
// rows stack below 40rem, long words wrap: nothing scrolls sideways). It opens with what was checked and when, and
// how to read levels, points and severities, for the ministry that receives it.
import { cli, colon, fill, frenchSpaces, type Commitment, type Finding, type Lang, type Severity } from '../../core';
import { reason, severityLabel, t } from '../i18n';
import { findingsOf, type FileReview } from '../review';
import {
  draftLanguageNote,
  listed,
  timesOf,
  type Listed,
  acronymsOnce,
  commitmentHeading,
  commitmentNumber,
  judgement,
  levelLabel,
  missingLabels,
  noteOf,
  questions,
  quoted,
  ruleCodes,
  ruleName,
  suggestionsLabel,
  summaryCells,
  tn,
} from './common';
import { whereOf } from './where';
import { checklistScore, digestOf, exampleRef, fieldHeading, guideFor, guideOf, moreLine, type Guide } from './digest';
import type { ReportWriter } from '.';

export function esc(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/**
 * A page's text set in its language's typography (French no-break spaces before « : ; ? ! » and inside « »), so a
 * narrow screen never starts a line with a colon or a closing guillemet; tags and the style sheet are left as they are.
 */
export function typeset(html: string, lang: Lang): string {
  if (lang !== 'fr') return html;
  let inStyle = false;
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith('<')) {
        if (/^<style[\s>]/i.test(part)) inStyle = true;
        else if (/^<\/style>/i.test(part)) inStyle = false;
        return part;
      }
      return inStyle ? part : frenchSpaces(part, lang);
    })
    .join('');
}

const STYLE = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1b1b1b;max-width:60rem;margin:2rem auto;padding:0 1rem;overflow-wrap:break-word}
h1{font-size:1.6rem}h2{font-size:1.3rem;border-bottom:2px solid #000091;padding-bottom:.2rem;margin-top:2.5rem}
h3{font-size:1.1rem;margin-top:1.5rem}h4{font-size:1rem;margin:.8rem 0 .3rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #bbb;padding:.3rem .45rem;text-align:left;vertical-align:top}
th{background:#eee}td.num{text-align:right;white-space:nowrap}
.intro{font-size:1rem}.legend{background:#f4f4f8;border:1px solid #ccd;padding:.2rem 1rem .6rem;margin:1rem 0}
.legend h2{font-size:1.1rem;border:0;margin-top:.6rem}.legend dt{font-weight:600;margin-top:.4rem}.legend dd{margin:0 0 0 1rem}
.level{font-weight:600;padding:0 .35rem;border-radius:3px;white-space:nowrap}
.level-none,.level-low{background:#fde2e1;color:#8a1c12}.level-medium{background:#fff1cc;color:#6b4d00}.level-high{background:#dff3e4;color:#17532a}
.sev{font-size:.8rem;font-weight:600;text-transform:uppercase}.sev-error{color:#b00020}.sev-warning{color:#8a5a00}.sev-suggestion,.sev-info{color:#0b5394}
.rule{font-size:.85rem;color:#333}.where{color:#555;font-size:.9rem}
q{font-style:italic}section.commitment{border-left:4px solid #000091;padding-left:.8rem;margin:1rem 0;break-inside:avoid}
footer{margin-top:3rem;color:#666;font-size:.8rem}
.asks{font-weight:600}.more{color:#555;font-size:.9rem}.guide dt{font-weight:600;margin-top:.6rem}.guide dd{margin:0 0 0 1rem}
details.all>summary{font-size:1.1rem;font-weight:600;margin:1.5rem 0 .5rem;cursor:pointer}
@media (max-width:40rem){body{margin:1rem auto;padding:0 .6rem}
table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;width:auto}
table.stack thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
table.stack tr{border:1px solid #bbb;margin:0 0 .6rem;padding:.2rem .4rem}
table.stack td{border:0;padding:.15rem 0;text-align:left}table.stack td.num{white-space:normal}
table.stack td::before{content:attr(data-label) " ";font-weight:600}
section.commitment{padding-left:.5rem}ol,ul{padding-left:1.2rem}}
@media print{body{margin:0;max-width:none;font-size:11pt}h2{break-before:page}h2.first,.legend h2{break-before:auto}
th{background:none}.level{border:1px solid #000;background:none;color:#000}a{color:#000;text-decoration:none}}
`;

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'suggestion', 'info'];

export function htmlWriter(
  L: Lang,
  nameOf: (file: string) => string = (f) => f,
  date = new Date(),
  locale?: string,
): ReportWriter {
  const rows: string[] = [];
  const sections: string[] = [];
  const rules = new Set<string>(); // the checks the findings come from, for the legend
  const spell = acronymsOnce(L); // the IRM spelled out where the report first names it: in the legend, at the top
  spell(cli[L].legend.level);
  const written = new Map<string, string>(); // each missing field's example, written once in the report
  // The summary's cells carry their column's name, shown before each value when the rows stack on a phone.
  const cell = (label: string, html: string, cls = '') =>
    `<td${cls ? ` class="${cls}"` : ''} data-label="${esc(label + colon(L))}">${html}</td>`;
  return {
    add(fr) {
      const file = esc(nameOf(fr.file));
      for (const e of fr.analysis.commitments) {
        const c = summaryCells(fr, e, L);
        rows.push(
          `<tr>${cell(t('file', L), file)}${cell(t('number', L), String(commitmentNumber(e)), 'num')}${cell(t('commitment', L), esc(c.title))}` +
            `${cell(t('level', L), levelBadge(e, L))}${cell(tn('checklist', L, {}), c.points, 'num')}${cell(t('missing', L), esc(c.missing) || '–')}` +
            `${cell(t('vagueTerms', L), String(c.vague), 'num')}</tr>`,
        );
      }
      if (fr.analysis.commitments.length === 0) {
        rows.push(
          `<tr>${cell(t('file', L), file)}<td class="num">–</td><td colspan="5">${t('noCommitment', L)}</td></tr>`,
        );
      }
      for (const f of fr.analysis.findings) rules.add(f.ruleId);
      sections.push(fileSection(fr, file, L, spell, guideOf(fr, L, nameOf(fr.file), written)));
      return []; // the summary of every draft comes first
    },
    end(errors) {
      const unread = errors.length
        ? `<h2>${t('unreadable', L)}</h2><ul>${errors.map((e) => `<li><strong>${esc(nameOf(e.file))}</strong>${colon(L)} ${esc(reason(e.code, L))}</li>`).join('')}</ul>`
        : '';
      const words = cli[L].legend;
      const when = new Intl.DateTimeFormat(dateLocale(L, locale), { dateStyle: 'long' }).format(date);
      const intro = fill(words.intro, { drafts: tn('draftCount', L, { count: sections.length }), date: when }, L);
      const severities = SEVERITIES.map(
        (s) => `<li><span class="sev sev-${s}">${esc(severityLabel(s, L))}</span>${colon(L)} ${esc(words[s])}</li>`,
      ).join('');
      // For the facilitator who writes house rules, not for the ministry the report is mailed to (audit15, finding 18):
      // at the foot of the page, not in « Comment lire ce rapport ».
      const codes = rules.size ? `<p>${esc(fill(words.codes, { codes: ruleCodes(rules, L) }, L))}</p>` : '';
      return typeset(
        `<!DOCTYPE html>
<html lang="${L}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('title', L)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${t('title', L)}</h1>
<p class="intro">${esc(intro)}</p>
<section class="legend" aria-labelledby="legend">
<h2 id="legend">${esc(words.title)}</h2>
<dl>
<dt>${t('level', L)}</dt><dd>${esc(words.level)}</dd>
<dt>${esc(tn('checklist', L, {}))}</dt><dd>${esc(words.points)}</dd>
<dt>${esc(words.severities)}</dt><dd><ul>${severities}</ul><p>${esc(words.where)}</p></dd>
</dl>
</section>
<h2 class="first" id="summary">${t('summary', L)}</h2>
<table class="stack" aria-labelledby="summary">
<thead><tr><th scope="col">${t('file', L)}</th><th scope="col">${t('number', L)}</th><th scope="col">${t('commitment', L)}</th><th scope="col">${t('level', L)}</th><th scope="col">${esc(tn('checklist', L, {}))}</th><th scope="col">${t('missing', L)}</th><th scope="col">${t('vagueTerms', L)}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
${sections.join('\n')}
${unread}
</main>
<footer>${codes}${t('generated', L)} — ${tn('draftCount', L, { count: sections.length })} — ${esc(when)}</footer>
</body>
</html>
`,
        L,
      );
    },
  };
}

function levelBadge(e: Commitment, L: Lang): string {
  return `<span class="level level-${esc(e.level)}">${esc(levelLabel(e, L))}</span>`;
}

type Spell = (s: string) => string;

function fileSection(fr: FileReview, file: string, L: Lang, spell: Spell, guide: Guide): string {
  const parts = [`<h2>${file} <small>(${esc(fr.analysis.language)})</small></h2>`];
  const said = draftLanguageNote(fr, L);
  if (said) parts.push(`<p class="draft-language">${esc(said)}</p>`);
  const commitments = fr.analysis.commitments;
  // The digest, what a facilitator mails: per commitment, what to add and its main remarks.
  if (commitments.length) {
    parts.push(`<section class="digest"><h3>${esc(tn('digest', L, {}))}</h3>`);
    for (const e of commitments) {
      const d = digestOf(e, findingsOf(fr, e), L);
      const more = moreLine(d, L);
      const items = d.top.map((x) => findingItem(fr, x, L, spell, guide)).join('');
      parts.push(
        `<section class="commitment"><h4>${esc(commitmentHeading(e, t('commitment', L), L))}</h4>` +
          `<p>${levelWords(e, L)}</p>` +
          (d.asks.length
            ? `<p class="asks">${esc(tn('digestAsk', L, { questions: d.asks.map(spell).join(' ') }))}</p>`
            : '') +
          (items ? `<ul>${items}</ul>` : '') +
          (more ? `<p class="more">${esc(more)}</p>` : '') +
          `</section>`,
      );
    }
    parts.push('</section>');
  }
  parts.push(guideSection(guide, L, spell));
  const full: string[] = [];
  for (const e of commitments) {
    const fs = findingsOf(fr, e);
    const qs = questions(e, L, fs);
    full.push(
      `<section class="commitment"><h3>${esc(commitmentHeading(e, t('commitment', L), L))}</h3>` +
        `<p>${t('level', L)}${colon(L)} ${levelWords(e, L)} — ${t('missing', L)}${colon(L)} ${esc(missingLabels(e, L).join(', ')) || '–'}</p>` +
        `<p class="why"><strong>${t('why', L)}</strong>${colon(L)} ${esc(judgement(fr, e, L).map(spell).join(' '))}</p>` +
        `<h4>${t('findings', L)}</h4>${findingList(fr, fs, L, spell, guide)}` +
        (qs.length
          ? `<h4>${t('questions', L)}</h4><ol>${qs.map((q) => `<li>${esc(spell(q))}</li>`).join('')}</ol>`
          : '') +
        `</section>`,
    );
  }
  if (commitments.length === 0) parts.push(`<p>${t('noCommitment', L)}</p>`);
  const loose = findingsOf(fr, undefined);
  if (loose.length) full.push(`<h3>${t('outsideCommitments', L)}</h3>${findingList(fr, loose, L, spell, guide)}`);
  // Every remark, commitment by commitment, folded under the digest.
  if (full.length) {
    const count = tn('allRemarksCount', L, { count: fr.analysis.findings.length });
    parts.push(`<details class="all"><summary>${esc(count)}</summary>\n${full.join('\n')}\n</details>`);
  }
  return parts.join('\n');
}

/** « <span>moyen</span> (vérifiable) — grille de l’atelier : 3/21 »: the level, then the points, named as the checklist. */
function levelWords(e: Commitment, L: Lang): string {
  return `${levelBadge(e, L)} (${t(e.verifiable ? 'verifiable' : 'notVerifiable', L)}) — ${esc(checklistScore(e, L))}`;
}

/** Each missing field's example once, field by field, with the commitments it is for. */
function guideSection(guide: Guide, L: Lang, spell: Spell): string {
  if (!guide.entries.length) return '';
  const out: string[] = [
    `<section class="guide"><h3>${esc(tn('guide', L, {}))}</h3><p>${esc(tn('guideIntro', L, {}))}</p><dl>`,
  ];
  let field = '';
  for (const x of guide.entries) {
    if (x.field !== field) {
      if (field) out.push('</ul></dd>');
      field = x.field;
      out.push(`<dt>${esc(fieldHeading(x.field, L))} — ${esc(spell(x.question))}</dt><dd><ul>`);
    }
    const what = x.earlier === undefined ? spell(x.example) : tn('guideAbove', L, { file: x.earlier });
    out.push(`<li><strong>${esc(x.ref)}</strong> (${esc(guideFor(x, L))})${colon(L)} ${esc(what)}</li>`);
  }
  out.push('</ul></dd></dl></section>');
  return out.join('');
}

/** A remark as the HTML lists it: where, how serious, what kind, the words, the message, its suggestions and note. */
function findingItem(fr: FileReview, x: Listed, L: Lang, spell: Spell, guide?: Guide): string {
  const f = x.f;
  const message = spell(f.message) + timesOf(x);
  // A missing field's example is written once, in the guide: pointed to, and its note's example left out.
  const ref = guide?.refOf(f);
  const sugg = ref
    ? ` <em>(${esc(exampleRef(ref, L))})</em>`
    : f.expected.length
      ? ` <em>(${suggestionsLabel(f, L)}${colon(L)} ${esc(spell(f.expected.join(', ')))})</em>`
      : '';
  // Rule links are printed as text: the page must not reach outside itself. A missing field's example is its
  // suggestion: not printed again in the note.
  const text = noteOf(f, L);
  const note = text ? `<br><small>${esc(spell(text))}</small>` : '';
  const where = whereOf(fr, f, L);
  return (
    `<li>${where ? `<span class="where">${esc(where)}</span> ` : ''}<span class="sev sev-${esc(f.severity)}">${esc(severityLabel(f.severity, L))}</span> — ` +
    `<span class="rule">${esc(ruleName(f.ruleId, L))}</span> — ` +
    `${quoted(f) !== undefined ? `<q>${esc(f.actual)}</q>${colon(L)} ` : ''}${esc(message)}${sugg}${note}</li>`
  );
}

function findingList(fr: FileReview, fs: readonly Finding[], L: Lang, spell: Spell, guide?: Guide): string {
  if (!fs.length) return `<p>${t('noFinding', L)}</p>`;
  // Each word once per paragraph, most severe first; the information remarks folded, with their count.
  const { main, info } = listed(fs);
  const item = (x: Listed) => findingItem(fr, x, L, spell, guide);
  const list = main.length ? `<ul>${main.map(item).join('')}</ul>` : '';
  const folded = info.length
    ? `<details class="info"><summary>${esc(tn('infoCount', L, { count: info.length }))}</summary><ul>${info.map(item).join('')}</ul></details>`
    : '';
  return list + folded;
}

/**
 * The locale a report's date is written in: the user's (LANG's en_US writes "December 6, 2026", en_GB and others "6
 * December 2026") when it is of the report's language, else that language's usual one (French: « 6 décembre 2026 »).
 */
export function dateLocale(L: Lang, locale: string | undefined): string {
  const m = /^([a-z]{2})[_-]([A-Z]{2})\b/.exec(locale ?? '');
  if (m && m[1] === L) {
    const tag = `${m[1]}-${m[2]}`;
    if (Intl.DateTimeFormat.supportedLocalesOf(tag).length) return tag;
  }
  return L === 'fr' ? 'fr-FR' : 'en-GB';
}
