// The plan's dashboard: a menu of its sections, its points and how they are counted, every commitment (what was
// promised, reached in a few Tab presses), the overdue milestones grouped by commitment, the latest period's
// changes, the milestones by status and the points period by period.
import { colon, itemsOf, levelName, acronymsNamed, type Change, type Lang, type Site } from '../../../core';
import { pointsBar, seriesChart, statusBar, STATUS_ORDER, swatch } from './charts';
import { badge, esc, inline, LIST_TEXT, percent, period, statusLabel, type PageText, type T } from './format';
import { page } from './layout';
import { wordsFor, type Words } from './words';

function scroll(name: string, table: string, t: T): string {
  return `<div class="scroll" role="region" tabindex="0" aria-label="${esc(t('site.scroll', { name }))}">${table}</div>`;
}

function figures(site: Site, t: T, lang: Lang): string {
  const p = percent(site.points.earned, site.points.max);
  const unanswered = site.commitments.reduce(
    (n, c) => n + c.feedback.filter((f) => f.response === '' && f.responseAlt === '').length,
    0,
  );
  const feedback = site.commitments.reduce((n, c) => n + c.feedback.length, 0);
  // How much of the points is known: a milestone without an update counts 0, which the share alone hides.
  const total = STATUS_ORDER.reduce((s, k) => s + site.counts[k], 0) - site.counts.withdrawn;
  const reported = total - site.counts.unreported;
  return `<h2 id="summary">${esc(t('site.summary'))}</h2>
<div class="figures">
<div class="figure"><p class="big">${p}${lang === 'fr' ? '\u202f%' : '%'}</p><p>${esc(t('site.points'))}${colon(lang)} ${esc(t('site.pointsValue', { earned: site.points.earned, max: site.points.max, percent: p }))}</p><p><strong>${esc(t('site.reportedShare', { count: reported, total }))}</strong></p></div>
<div class="figure${site.overdue.length ? ' late' : ''}"><p class="big">${site.overdue.length}</p><p><a href="#overdue">${esc(t('site.overdue'))}</a></p></div>
<div class="figure"><p class="big">${feedback}</p><p><a href="feedback.html">${esc(t('site.feedbackSummary', { total: feedback, unanswered }))}</a></p></div>
</div>
<h3>${esc(t('site.formulaTitle'))}</h3>
<p class="formula">${esc(t('site.formula'))}</p>`;
}

/** The overdue milestones by commitment, each commitment's folded under a line that counts them. */
function overdue(site: Site, w: Words): string {
  const { t, l } = w;
  const head = `<h2 id="overdue">${esc(t('site.overdue'))}</h2>`;
  if (site.overdue.length === 0) return `${head}<p>${esc(t('site.overdueNone', { date: w.dayText(site.today) }))}</p>`;
  const groups = new Map<string, Site['overdue']>();
  for (const o of site.overdue) {
    const g = groups.get(o.commitment.id);
    if (g) g.push(o);
    else groups.set(o.commitment.id, [o]);
  }
  const c = (k: string, num = false) =>
    `<th scope="col"${num ? ' class="num"' : ''}>${esc(t(`site.column.${k}`))}</th>`;
  // The days late and the status first: what a phone shows without scrolling sideways.
  const thead = `<thead><tr>${c('id')}${c('overdue', true)}${c('status')}${c('due', true)}${c('milestone')}${c('lead')}</tr></thead>`;
  let body = '';
  // Commitments in the order their oldest overdue milestone comes (the list is sorted oldest first).
  for (const units of groups.values()) {
    const commitment = units[0].commitment;
    const rows = units
      .map(
        ({ unit: u }) =>
          `<tr class="late"><td class="id"><a href="${commitment.id}.html#${u.id}">${u.id}</a></td><td class="num">${esc(t('site.daysLate', { count: u.daysLate ?? 0 }))}</td><td>${badge(u.effective, t)}</td><td class="num">${esc(w.dueText(u.lateDue ?? u.due!))}</td><td>${inline(u.text, u.textAlt, l, LIST_TEXT)}</td><td>${u.lead ? inline(acronymsNamed(u.lead, site.acronyms), undefined, l) : ''}</td></tr>`,
      )
      .join('');
    const name = commitment.id;
    body += `<details class="group"><summary><span class="id">${commitment.id}</span>${inline(commitment.title, commitment.titleAlt, l)} — <strong>${esc(t('site.overdueCount', { count: units.length }))}</strong> <span class="meta">(${esc(t('site.oldestLate', { days: t('site.daysLate', { count: units[0].unit.daysLate ?? 0 }) }))})</span></summary>${scroll(`${t('site.overdue')} — ${name}`, `<table>${thead}<tbody>${rows}</tbody></table>`, t)}</details>`;
  }
  return `${head}<p>${esc(t('site.overdueIntro'))}</p>${body}`;
}

function byStatus(site: Site, t: T): string {
  const total = STATUS_ORDER.reduce((s, k) => s + site.counts[k], 0);
  const legend = STATUS_ORDER.filter((k) => site.counts[k] > 0)
    .map((k) => `<li>${swatch(k)} ${esc(statusLabel(k, t))}</li>`)
    .join('');
  const rows = STATUS_ORDER.map(
    (k) =>
      `<tr><th scope="row">${badge(k, t)}</th><td class="num">${site.counts[k]}</td><td class="num">${percent(site.counts[k], total)}</td></tr>`,
  ).join('');
  return `<h2 id="status">${esc(t('site.byStatus'))}</h2>
<figure>${statusBar(site.counts)}<ul class="legend">${legend}</ul></figure>
<table><thead><tr><th scope="col">${esc(t('site.column.status'))}</th><th scope="col" class="num">${esc(t('site.column.count'))}</th><th scope="col" class="num">%</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function series(site: Site, t: T, lang: Lang): string {
  const head = `<h2 id="series">${esc(t('site.seriesTitle'))}</h2>`;
  if (site.series.length === 0) return `${head}<p>${esc(t('site.seriesNone'))}</p>`;
  const rows = site.series
    .map(
      (s) =>
        `<tr><th scope="row">${esc(period(s.period, lang))}</th><td class="num">${s.earned} / ${s.max}</td><td class="num">${percent(s.earned, s.max)}</td></tr>`,
    )
    .join('');
  const table = `<table><thead><tr><th scope="col">${esc(t('site.column.period'))}</th><th scope="col" class="num">${esc(t('site.column.points'))}</th><th scope="col" class="num">${esc(t('site.column.percent'))}</th></tr></thead><tbody>${rows}</tbody></table>`;
  return `${head}<figure>${seriesChart(site.series, lang)}</figure>${scroll(t('site.seriesTitle'), table, t)}`;
}

export function changeText(c: Change, t: T): string {
  return c.from
    ? `${statusLabel(c.from, t)} → ${statusLabel(c.to, t)}`
    : t('site.firstStatus', { to: statusLabel(c.to, t) });
}

/** A national repository changes thousands of statuses a period: the dashboard names the first, the feed all. */
const MAX_CHANGES = 200;

function changes(site: Site, t: T, l: PageText): string {
  const latest = site.periods[site.periods.length - 1];
  if (!latest) return '';
  const head = `<h2 id="changes">${esc(t('site.changes', { period: period(latest, l.page) }))}</h2>`;
  if (site.latestChanges.length === 0) return `${head}<p>${esc(t('site.changesNone'))}</p>`;
  const texts = textsById(site);
  const items = site.latestChanges
    .slice(0, MAX_CHANGES)
    .map((c) => {
      const x = texts.get(c.id);
      return `<li><a href="${c.commitment}.html#${c.id}">${c.id}</a> ${x ? inline(x.text, x.textAlt, l, LIST_TEXT) : ''} — ${badge(c.to, t)} <span class="meta">(${esc(changeText(c, t))})</span></li>`;
    })
    .join('');
  const more = site.latestChanges.length - MAX_CHANGES;
  const rest = more > 0 ? `<p>${esc(t('site.moreChanges', { count: more }))}</p>` : '';
  return `${head}<ul class="changes">${items}</ul>${rest}`;
}

type Texts = Map<string, { text: string; textAlt?: string }>;

// The dashboard and the feed, in each language, name the same items: the map is made once per site.
const textsOf = new WeakMap<Site, Texts>();

/** Every tracked item's texts by id (milestones and indicators), for lists that name them. */
export function textsById(site: Site): Texts {
  let out = textsOf.get(site);
  if (out) return out;
  out = new Map();
  for (const c of site.commitments) {
    for (const u of c.units) for (const t of itemsOf(u)) out.set(t.id, t);
    if (c.indicator) out.set(c.indicator.id, c.indicator);
  }
  textsOf.set(site, out);
  return out;
}

function commitments(site: Site, t: T, l: PageText): string {
  const label = (k: string) => esc(t(`site.column.${k}`));
  const rows = site.commitments
    .map((c) => {
      const late = c.units.filter((u) => u.overdue).length;
      const lead = c.fields.lead ? inline(acronymsNamed(c.fields.lead, site.acronyms), undefined, l) : '';
      return `<tr${late ? ' class="late"' : ''}><td class="id">${c.id}</td><td class="title"><a href="${c.id}.html">${inline(c.title, c.titleAlt, l)}</a></td><td class="num" data-label="${label('points')}">${pointsBar(c.points)} ${c.points.earned} / ${c.points.max}</td><td class="num" data-label="${label('overdue')}">${late}</td><td data-label="${label('level')}">${esc(levelName(c.level, l.page))}</td><td data-label="${label('lead')}">${lead}</td></tr>`;
    })
    .join('');
  const h = (k: string, num = false) =>
    `<th scope="col"${num ? ' class="num"' : ''}>${esc(t(`site.column.${k}`))}</th>`;
  // The points and what is late before the longer cells; on a phone each commitment is a card (style.ts), every
  // cell under its column's name: nothing hidden off-screen.
  const table = `<table class="cards"><thead><tr>${h('id')}${h('commitment')}${h('points', true)}${h('overdue', true)}${h('level')}${h('lead')}</tr></thead><tbody>${rows}</tbody></table>`;
  return `<h2 id="commitments">${esc(t('site.commitments'))}</h2>${scroll(t('site.commitments'), table, t)}<p class="meta">${esc(t('site.levelNoteShort'))}</p>`;
}

export function dashboardPage(site: Site, lang: Lang): string {
  const w = wordsFor(site, lang);
  const { t, l } = w;
  const latest = site.periods[site.periods.length - 1];
  const lede = [
    t('site.tracking'),
    t('site.asOf', { date: w.dayText(site.today) }),
    latest ? t('site.latestPeriod', { period: period(latest, lang) }) : t('site.noPeriod'),
  ].join(' · ');
  const note =
    lang !== site.lang
      ? `<p class="note">${esc(t('site.planText', { language: t(`site.languageName.${site.lang}`) }))}</p>`
      : '';
  const sections: [string, string][] = [
    ['summary', t('site.summary')],
    ['commitments', t('site.commitments')],
    ['overdue', t('site.overdue')],
  ];
  if (latest) sections.push(['changes', t('site.changes', { period: period(latest, lang) })]);
  sections.push(['status', t('site.byStatus')], ['series', t('site.seriesTitle')]);
  const menu = `<nav aria-label="${esc(t('site.onThisPage'))}" class="menu"><ul>${sections.map(([id, name]) => `<li><a href="#${id}">${esc(name)}</a></li>`).join('')}</ul></nav>`;
  const main = `<h1>${inline(site.title, undefined, l)}</h1>
<p class="lede">${esc(lede)}</p>${note}
${menu}
${figures(site, t, lang)}
${commitments(site, t, l)}
${overdue(site, w)}
${changes(site, t, l)}
${byStatus(site, t)}
${series(site, t, lang)}`;
  return page({ site, lang, file: 'index.html', title: `${site.title} — ${t('site.dashboard')}`, main });
}
