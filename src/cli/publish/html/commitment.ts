// One page per commitment: what the plan says (its fields as the drafting check read them, its level and
// verifiability), its milestones on a timeline with each period's status, progress, evidence and challenges,
// and civil society's feedback with the government's responses, the unanswered ones said so.
import {
  colon,
  daysBetween,
  fieldLabel,
  levelName,
  SHOWN_FIELDS,
  type Feedback,
  type Lang,
  type PublicReport,
  type Site,
  type SiteCommitment,
  type TrackedItem,
  type Unit,
} from '../../../core';
import { badge, block, day, due, esc, evidence, inline, period, percent, tFor, type PageText, type T } from './format';
import { page } from './layout';

function fields(c: SiteCommitment, t: T, l: PageText): string {
  const rows = SHOWN_FIELDS.map((f) => {
    const v = c.fields[f];
    const value = v ? block(v, undefined, l) : `<p class="missing">${esc(t('site.notGiven'))}</p>`;
    return `<dt>${esc(fieldLabel(f, l.page))}</dt><dd>${value}</dd>`;
  }).join('');
  return `<h2 id="plan">${esc(t('site.whatPlanSays'))}</h2><dl class="fields">${rows}</dl>`;
}

function quality(c: SiteCommitment, t: T, l: PageText): string {
  const lens = c.lens.length ? c.lens.map((v) => t(`site.lensValue.${v}`)).join(', ') : t('site.lensNone');
  const reason = c.verifiableReason ? ` — <span lang="${l.plan}">${esc(c.verifiableReason)}</span>` : '';
  return `<h2 id="quality">${esc(t('site.quality'))}</h2><dl class="fields">
<dt>${esc(t('site.level'))}</dt><dd>${esc(levelName(c.level, l.page))}</dd>
<dt>${esc(t('site.verifiable'))}</dt><dd>${esc(t(c.verifiable ? 'site.yes' : 'site.no'))}${reason}</dd>
<dt>${esc(t('site.lens'))}</dt><dd>${esc(lens)}</dd>
</dl>`;
}

function report(r: PublicReport, t: T, l: PageText): string {
  const parts = [
    `<p><strong>${esc(period(r.period, l.page))}</strong> ${badge(r.status, t)}${r.updated ? ` <span class="meta">${esc(t('site.updated', { date: day(r.updated, l.page) }))}</span>` : ''}</p>`,
  ];
  const labelled = (key: string, html: string) => (html ? `<p><strong>${esc(t(key))}</strong></p>${html}` : '');
  parts.push(labelled('site.progress', block(r.progress, r.progressAlt || undefined, l)));
  if (r.evidence.length) parts.push(`<p><strong>${esc(t('site.evidence'))}</strong> ${evidence(r.evidence)}</p>`);
  parts.push(labelled('site.challenges', block(r.challenges, r.challengesAlt || undefined, l)));
  return `<li>${parts.join('')}</li>`;
}

function reports(item: TrackedItem, t: T, l: PageText): string {
  if (item.reports.length === 0) return `<p class="meta">${esc(t('site.noReport'))}</p>`;
  // The latest first: what a reader comes for.
  return `<ul class="reports">${[...item.reports]
    .reverse()
    .map((r) => report(r, t, l))
    .join('')}</ul>`;
}

function unit(u: Unit, t: T, l: PageText): string {
  const cls = u.overdue ? ' class="late"' : u.effective === 'complete' ? ' class="done"' : '';
  const meta = [esc(u.due ? t('site.dueOn', { date: due(u.due, l.page, t) }) : t('site.noDue'))];
  if (u.lead) meta.push(`${esc(t('site.column.lead'))}${colon(l.page)} ${inline(u.lead, undefined, l)}`);
  const late = u.overdue
    ? ` <span class="badge late-badge">${esc(t('site.overdueBadge'))}</span> <span class="meta">${esc(t('site.daysLate', { count: u.daysLate ?? 0 }))}</span>`
    : '';
  const indicator = u.indicator
    ? `<h4>${esc(t('site.indicator', { id: u.indicator.id }))}</h4><p>${inline(u.indicator.text, u.indicator.textAlt, l)} ${badge(u.indicator.status, t)}</p>${reports(u.indicator, t, l)}`
    : '';
  const title = u.kind === 'commitment' ? `<p class="note">${esc(t('site.asItself'))}</p>` : '';
  return `<li id="${u.id}"${cls}>${title}<h3><span class="id">${u.id}</span>${inline(u.text, u.textAlt, l)}</h3>
<p class="meta">${meta.join(' · ')}</p>
<p>${badge(u.effective, t)}${late}</p>
<h4>${esc(t('site.reports'))}</h4>${reports(u, t, l)}${indicator}</li>`;
}

function timeline(c: SiteCommitment, t: T, l: PageText): string {
  // By due date, those without one last, the plan's order otherwise.
  const units = [...c.units].sort((a, b) => (a.dueDay ?? '9999').localeCompare(b.dueDay ?? '9999'));
  return `<h2 id="milestones">${esc(t('site.milestones'))}</h2><ol class="timeline">${units.map((u) => unit(u, t, l)).join('')}</ol>`;
}

function history(c: SiteCommitment, t: T, l: PageText): string {
  const periods = [
    ...new Set(c.units.flatMap((u) => [...u.reports, ...(u.indicator?.reports ?? [])].map((r) => r.period))),
  ].sort();
  if (periods.length === 0) return '';
  const items = c.units.flatMap((u) => (u.indicator ? [u, u.indicator] : [u]));
  const rows = items
    .map((it) => {
      const cells = periods
        .map((p) => {
          const r = it.reports.find((x) => x.period === p);
          return `<td>${r?.status ? badge(r.status, t) : r ? '<span class="meta">—</span>' : '<span class="meta" aria-hidden="true">·</span>'}</td>`;
        })
        .join('');
      return `<tr><th scope="row" class="id"><a href="#${it.id}">${it.id}</a></th>${cells}</tr>`;
    })
    .join('');
  const head = periods.map((p) => `<th scope="col">${esc(period(p, l.page))}</th>`).join('');
  const name = t('site.history');
  return `<h3 id="history">${esc(name)}</h3><div class="scroll" role="region" tabindex="0" aria-label="${esc(t('site.scroll', { name }))}"><table><thead><tr><th scope="col">${esc(t('site.column.milestone'))}</th>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

function feedbackItem(f: Feedback, c: SiteCommitment, today: string, t: T, l: PageText): string {
  const about = f.id !== c.id ? ` · <a href="#${f.id}">${esc(t('site.about', { id: f.id }))}</a>` : '';
  const answered = f.response !== '' || f.responseAlt !== '';
  const response = answered
    ? `<div class="response"><p><strong>${esc(t('site.response', { date: day(f.responseDate!, l.page) }))}</strong></p>${block(f.response, f.responseAlt || undefined, l)}</div>`
    : `<p class="unanswered">${esc(t('site.unanswered', { count: Math.max(0, daysBetween(f.date, today)) }))}</p>`;
  return `<li><p class="meta"><strong>${esc(t(`site.author.${f.author}`))}</strong> · ${esc(day(f.date, l.page))}${about}</p><blockquote>${block(f.text, f.textAlt || undefined, l)}</blockquote>${response}</li>`;
}

function feedback(c: SiteCommitment, site: Site, t: T, l: PageText): string {
  const head = `<h2 id="feedback">${esc(t('site.feedback'))}</h2>`;
  if (c.feedback.length === 0) return `${head}<p>${esc(t('site.feedbackNone'))}</p>`;
  return `${head}<ul class="feedback">${c.feedback.map((f) => feedbackItem(f, c, site.today, t, l)).join('')}</ul>`;
}

export function commitmentPage(site: Site, c: SiteCommitment, lang: Lang): string {
  const t = tFor(lang);
  const l: PageText = { plan: site.lang, page: lang };
  const late = c.units.filter((u) => u.overdue).length;
  const lede = [
    `${t('site.points')}${colon(lang)} ${t('site.pointsValue', { earned: c.points.earned, max: c.points.max, percent: percent(c.points.earned, c.points.max) })}`,
    late ? `${t('site.overdue')}${colon(lang)} ${late}` : '',
  ].filter((x) => x !== '');
  const note =
    lang !== site.lang
      ? `<p class="note">${esc(t('site.planText', { language: t(`site.languageName.${site.lang}`) }))}</p>`
      : '';
  const main = `<nav aria-label="${esc(t('site.dashboard'))}"><p><a href="index.html">← ${esc(t('site.dashboard'))}</a></p></nav>
<h1><span class="id">${c.id}</span>${inline(c.title, c.titleAlt, l)}</h1>
<p class="lede">${esc(lede.join(' · '))}</p>${note}
${fields(c, t, l)}
${quality(c, t, l)}
${timeline(c, t, l)}
${history(c, t, l)}
${feedback(c, site, t, l)}`;
  return page({
    site,
    lang,
    file: `${c.id}.html`,
    title: `${c.id} ${c.titleAlt && lang !== site.lang ? c.titleAlt : c.title} — ${site.title}`,
    main,
  });
}
