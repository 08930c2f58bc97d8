// One page per commitment: what the plan says (its fields as the drafting check read them, its level and
// verifiability), its milestones on a timeline with each period's status, progress, evidence and challenges,
// and civil society's feedback with the government's responses, the unanswered ones said so.
import {
  colon,
  daysBetween,
  itemsOf,
  levelName,
  SHOWN_FIELDS,
  acronymsNamed,
  type Feedback,
  type Lang,
  type PublicReport,
  type Site,
  type SiteCommitment,
  type TrackedItem,
  type Unit,
} from '../../../core';
import { block, esc, evidence, inline, percent } from './format';
import { page } from './layout';
import { wordsFor, type Words } from './words';

/** A value after its label: its first letter a capital, as a field's own line would start. */
const capital = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

function fields(c: SiteCommitment, site: Site, w: Words): string {
  let rows = '';
  if (c.problem) rows += `<dt>${w.label('site.problem')}</dt><dd>${block(c.problem, undefined, w.l)}</dd>`;
  for (const f of SHOWN_FIELDS) {
    const v = f === 'lead' && c.fields.lead ? acronymsNamed(c.fields.lead, site.acronyms) : c.fields[f];
    let value: string;
    if (v) {
      value = block(capital(v), undefined, w.l);
      if (c.inProse.includes(f)) value += `<p class="meta">${w.label('site.foundInProse')}</p>`;
    } else if (f === 'calendar' && c.span) value = `<p>${esc(spanText(c.span, w))}</p>`;
    else if (f === 'actions' && c.actionsInMilestones)
      value = `<p class="missing">${w.label('site.actionsInMilestones')}</p>`;
    else if (c.inText.includes(f)) value = `<p class="meta">${w.label('site.inText')}</p>`;
    else value = `<p class="missing">${w.label('site.notGiven')}</p>`;
    rows += `<dt>${w.field(f)}</dt><dd>${value}</dd>`;
  }
  return `<h2 id="plan">${w.label('site.whatPlanSays')}</h2><dl class="fields">${rows}</dl>`;
}

/** When the commitment starts and ends, at the precision the plan gives. */
function spanText(span: NonNullable<SiteCommitment['span']>, w: Words): string {
  const { start, end } = span;
  if (start && end && start !== end) return w.t('site.span', { start: w.dueText(start), end: w.dueText(end) });
  if (end) return w.t('site.spanEnd', { end: w.dueText(end) });
  return w.t('site.spanStart', { start: w.dueText(start!) });
}

/** The plan's own words for the commitment, folded: what no field shows is there too. */
function planText(c: SiteCommitment, w: Words): string {
  if (!c.text) return '';
  return `<details class="plan-text"><summary>${w.label('site.planTextTitle')}</summary>${block(c.text, undefined, w.l)}</details>`;
}

function quality(c: SiteCommitment, w: Words): string {
  const { t, l } = w;
  const lens = c.lens.length ? c.lens.map((v) => t(`site.lensValue.${v}`)).join(', ') : t('site.lensNone');
  // Jalon's own sentence, in the page's language when it has it.
  const reason = c.verifiableReason
    ? ` — ${l.page === l.plan ? esc(c.verifiableReason) : inline(c.verifiableReason, c.verifiableReasonAlt, l)}`
    : '';
  return `<h2 id="quality">${w.label('site.quality')}</h2><dl class="fields">
<dt>${w.label('site.level')}</dt><dd><p>${esc(levelName(c.level, l.page))}</p><p class="meta">${w.label('site.levelNote')}</p></dd>
<dt>${w.label('site.verifiable')}</dt><dd>${w.label(c.verifiable ? 'site.yes' : 'site.no')}${reason}</dd>
<dt>${w.label('site.lens')}</dt><dd>${esc(lens)}</dd>
</dl>`;
}

function report(r: PublicReport, w: Words): string {
  const updated = r.updated ? ` ${w.updated(r.updated)}` : '';
  const progress = block(r.progress, r.progressAlt || undefined, w.l, '', true);
  const challenges = block(r.challenges, r.challengesAlt || undefined, w.l);
  return `<li><p><strong>${w.period(r.period)}</strong> ${w.badge(r.status)}${updated}</p>${
    progress && `<p><strong>${w.label('site.progress')}</strong></p>${progress}`
  }${r.evidence.length ? `<p><strong>${w.label('site.evidence')}</strong> ${evidence(r.evidence)}</p>` : ''}${
    challenges && `<p><strong>${w.label('site.challenges')}</strong></p>${challenges}`
  }</li>`;
}

function reports(item: TrackedItem, w: Words): string {
  if (item.reports.length === 0) return `<p class="meta">${w.label('site.noReport')}</p>`;
  // The latest first: what a reader comes for.
  let items = '';
  for (let k = item.reports.length - 1; k >= 0; k--) items += report(item.reports[k], w);
  return `<ul class="reports">${items}</ul>`;
}

/** How late a milestone was completed: on the day its update writes, else in the period it was reported so. */
function completedLateText(late: NonNullable<Unit['completedLate']>, w: Words): string {
  const period = w.periodText(late.period);
  if (!late.day) return w.t('site.completedLate', { count: late.months, period });
  const day = w.dayText(late.day);
  if (late.months > 0) return w.t('site.completedLateOn', { count: late.months, day, period });
  return w.t('site.completedLateOnDays', { count: late.days ?? 0, day, period });
}

/** Where a unit is due and who leads it, its status and how late it is. */
function unitHead(u: Unit, site: Site, w: Words): { cls: string; meta: string; late: string } {
  const { t, l } = w;
  const cls = u.overdue ? ' class="late"' : u.effective === 'complete' ? ' class="done"' : '';
  const due = u.due ? w.dueOn(u.due) : w.label('site.noDue');
  const meta = u.lead
    ? `${due} · ${w.label('site.column.lead')}${colon(l.page)} ${inline(acronymsNamed(u.lead, site.acronyms), undefined, l)}`
    : due;
  const late = u.overdue
    ? ` <span class="badge late-badge">${w.label('site.overdueBadge')}</span> <span class="meta">${esc(t('site.daysLate', { count: u.daysLate ?? 0 }))}</span>`
    : u.completedLate
      ? ` <span class="meta">${esc(completedLateText(u.completedLate, w))}</span>`
      : '';
  return { cls, meta, late };
}

/** An item's indicator, its status and reports. */
function indicatorOf(i: TrackedItem, w: Words, h = 'h4'): string {
  return `<${h}>${esc(w.t('site.indicator', { id: i.id }))}</${h}><p>${inline(i.text, i.textAlt, w.l)} ${w.badge(i.status)}</p>${reports(i, w)}`;
}

/**
 * A milestone over a table of indicators (« Jalon 1.1 » and its rows): the milestone as the plan numbers it, its
 * status made from its indicators', then each indicator with what, by when, who, its status and its reports.
 */
function group(u: Unit, site: Site, w: Words): string {
  const { l } = w;
  const { cls, meta, late } = unitHead(u, site, w);
  let rows = '';
  for (const r of u.indicators!) {
    const h = unitHead(r, site, w);
    rows += `<li id="${r.id}"${h.cls}><h4><span class="id">${r.id}</span>${inline(r.text, r.textAlt, l)}</h4>
<p class="meta">${h.meta}</p>
<p>${w.badge(r.effective)}${h.late}</p>
${reports(r, w)}</li>`;
  }
  const label = u.label ? `${esc(u.label)}${colon(site.lang)} ` : '';
  return `<li id="${u.id}"${cls}><h3><span class="id">${u.id}</span>${label}${inline(u.text, u.textAlt, l)}</h3>
<p class="meta">${meta}</p>
<p>${w.badge(u.effective)}${late}</p>
<p class="note">${esc(w.t('site.fromIndicators', { count: u.indicators!.length }))}</p>
<h4>${w.label('site.indicators')}</h4><ol class="indicators">${rows}</ol></li>`;
}

function unit(u: Unit, site: Site, w: Words): string {
  if (u.indicators) return group(u, site, w);
  const { l } = w;
  const { cls, meta, late } = unitHead(u, site, w);
  const indicator = u.indicator ? indicatorOf(u.indicator, w) : '';
  const title = u.kind === 'commitment' ? `<p class="note">${w.label('site.asItself')}</p>` : '';
  return `<li id="${u.id}"${cls}>${title}<h3><span class="id">${u.id}</span>${inline(u.text, u.textAlt, l)}</h3>
<p class="meta">${meta}</p>
<p>${w.badge(u.effective)}${late}</p>
<h4>${w.label('site.reports')}</h4>${reports(u, w)}${indicator}</li>`;
}

function timeline(c: SiteCommitment, site: Site, w: Words): string {
  // By due date, those without one last, the plan's order otherwise.
  const units = [...c.units].sort((a, b) => (a.dueDay ?? '9999').localeCompare(b.dueDay ?? '9999'));
  let items = '';
  for (const u of units) items += unit(u, site, w);
  // The commitment's own indicator, beside its milestones (C01.0.1).
  const own = c.indicator
    ? `<div id="${c.indicator.id}" class="own-indicator">${indicatorOf(c.indicator, w, 'h3')}<p class="meta">${w.label('site.ownIndicatorNote')}</p></div>`
    : '';
  return `<h2 id="milestones">${w.label('site.milestones')}</h2><ol class="timeline">${items}</ol>${own}`;
}

const NOT_REPORTED = '<td><span class="meta" aria-hidden="true">·</span></td>';

function history(c: SiteCommitment, w: Words): string {
  // The periods any of its items was reported in (a site has a handful: a list beats a set).
  const periods: string[] = [];
  const items: TrackedItem[] = [];
  for (const u of c.units) items.push(...itemsOf(u));
  if (c.indicator) items.push(c.indicator);
  for (const it of items) for (const r of it.reports) if (!periods.includes(r.period)) periods.push(r.period);
  if (periods.length === 0) return '';
  periods.sort();
  let rows = '';
  for (const it of items) {
    let cells = '';
    for (const p of periods) {
      const r = it.reports.find((x) => x.period === p);
      cells += r ? w.cell(r.status) : NOT_REPORTED;
    }
    rows += `<tr><th scope="row" class="id"><a href="#${it.id}">${it.id}</a></th>${cells}</tr>`;
  }
  let head = '';
  for (const p of periods) head += `<th scope="col">${w.period(p)}</th>`;
  const name = w.t('site.history');
  return `<h3 id="history">${esc(name)}</h3><div class="scroll" role="region" tabindex="0" aria-label="${esc(w.t('site.scroll', { name }))}"><table><thead><tr><th scope="col">${w.label('site.column.milestone')}</th>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

export function feedbackItem(f: Feedback, c: SiteCommitment, today: string, w: Words, page = ''): string {
  const { t, l } = w;
  const about = f.id !== c.id ? ` · <a href="${page}#${f.id}">${esc(t('site.about', { id: f.id }))}</a>` : '';
  const answered = f.response !== '' || f.responseAlt !== '';
  const response = answered
    ? `<div class="response"><p><strong>${esc(t('site.response', { date: w.dayText(f.responseDate!) }))}</strong></p>${block(f.response, f.responseAlt || undefined, l)}</div>`
    : `<p class="unanswered">${esc(t('site.unanswered', { count: Math.max(0, daysBetween(f.date, today)) }))}</p>`;
  return `<li><p class="meta"><strong>${w.label(`site.author.${f.author}`)}</strong> · ${w.day(f.date)}${about}</p><blockquote>${block(f.text, f.textAlt || undefined, l)}</blockquote>${response}</li>`;
}

function feedback(c: SiteCommitment, site: Site, w: Words): string {
  const head = `<h2 id="feedback">${w.label('site.feedback')}</h2>`;
  const give = `<p><a href="feedback.html#give">${w.label('site.seeAllFeedback')}</a></p>`;
  if (c.feedback.length === 0) return `${head}<p>${w.label('site.feedbackNone')}</p>${give}`;
  let items = '';
  for (const f of c.feedback) items += feedbackItem(f, c, site.today, w);
  return `${head}<ul class="feedback">${items}</ul>${give}`;
}

export function commitmentPage(site: Site, c: SiteCommitment, lang: Lang): string {
  const w = wordsFor(site, lang);
  const { t, l } = w;
  const late = c.units.filter((u) => u.overdue).length;
  const lede = [
    `${t('site.points')}${colon(lang)} ${t('site.pointsValue', { earned: c.points.earned, max: c.points.max, percent: percent(c.points.earned, c.points.max) })}`,
    late ? `${t('site.overdue')}${colon(lang)} ${late}` : '',
  ].filter((x) => x !== '');
  const note =
    lang !== site.lang
      ? `<p class="note">${esc(t('site.planText', { language: t(`site.languageName.${site.lang}`) }))}</p>`
      : '';
  const main = `<nav aria-label="${w.label('site.dashboard')}"><p><a href="index.html">← ${w.label('site.dashboard')}</a></p></nav>
<h1><span class="id">${c.id}</span>${inline(c.title, c.titleAlt, l)}</h1>
<p class="lede">${esc(lede.join(' · '))}</p>${note}
${planText(c, w)}
${fields(c, site, w)}
${quality(c, w)}
${timeline(c, site, w)}
${history(c, w)}
${feedback(c, site, w)}`;
  return page({
    site,
    lang,
    file: `${c.id}.html`,
    title: `${c.id} ${c.titleAlt && lang !== site.lang ? c.titleAlt : c.title} — ${site.title}`,
    main,
  });
}
