// Words and dates as each page's language writes them, and the plan's texts in the page's language: the
// other-language version a sheet gave, else the plan's own words marked with their language.
import { publish, translator, type Lang, type TrackStatus, type Vars } from '../../../core';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/;

/** Text as HTML text or attribute value. Most of a site's texts need nothing: they are returned as they are. */
export function esc(s: string): string {
  return SPECIAL.test(s) ? s.replace(/[&<>"']/g, (c) => ENTITIES[c]) : s;
}

export type T = (key: string, vars?: Vars) => string;

/** The plain translate function of a language, made afresh: a site's pages take theirs from `wordsFor` (words.ts),
 * which remembers the texts without values. */
export function tFor(lang: Lang): T {
  return translator(publish, lang);
}

const days: Record<Lang, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat('fr', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};
const months: Record<Lang, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat('fr', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** "15 mars 2024" / "March 15, 2024" from YYYY-MM-DD. */
export function day(iso: string, lang: Lang): string {
  const text = days[lang].format(new Date(`${iso}T00:00:00Z`));
  // French writes the first of the month as an ordinal: « 1er mars ».
  return lang === 'fr' ? text.replace(/^1 /, '1er ') : text;
}

/** "mars 2024" / "March 2024" from YYYY-MM. */
export function period(p: string, lang: Lang): string {
  return months[lang].format(new Date(`${p}-01T00:00:00Z`));
}

/** A due date at the precision the plan gave it: a day, a month, a quarter, a half-year or a year. */
export function due(d: string, lang: Lang, t: T): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(d)) return day(d, lang);
  if (/^\d{4}-\d{2}$/.test(d)) return period(d, lang);
  let m = /^(\d{4})-Q([1-4])$/.exec(d);
  if (m) return t('site.quarter', { quarter: m[2], year: m[1] });
  m = /^(\d{4})-H([12])$/.exec(d);
  if (m) return t('site.half', { half: m[2], year: m[1] });
  return d;
}

export function statusLabel(s: TrackStatus | 'unreported' | undefined, t: T): string {
  return t(`site.status.${s ?? 'unreported'}`);
}

export function percent(earned: number, max: number): number {
  return max > 0 ? Math.round((earned / max) * 100) : 0;
}

/** What a page shows of a text that may have a version in the other language. */
export interface PageText {
  /** The plan's language, and the page's. */
  plan: Lang;
  page: Lang;
}

/** The text to show: the plan's words on a page of the plan's language, else the sheet's translation, else the
 * plan's words, marked with their language. */
export function pick(own: string, alt: string | undefined, l: PageText): { value: string; lang?: Lang } {
  if (l.page === l.plan) return { value: own };
  return alt ? { value: alt } : { value: own, lang: l.plan };
}

/**
 * A short text, escaped, in a span naming its language when it is not the page's; cut at `max` characters (on a
 * word) where a list only names it and its page gives it whole.
 */
export function inline(own: string, alt: string | undefined, l: PageText, max = Infinity): string {
  const v = pick(own, alt, l);
  const value =
    v.value.length > max
      ? `${v.value.slice(0, v.value.lastIndexOf(' ', max) > 0 ? v.value.lastIndexOf(' ', max) : max)}…`
      : v.value;
  return v.lang ? `<span lang="${v.lang}">${esc(value)}</span>` : esc(value);
}

/** How much of a milestone's text a dashboard list shows. */
export const LIST_TEXT = 160;

// A Markdown link to an http(s) address, as sheets copied from web pages hold them: "[text](https://…)".
const MARKDOWN_LINK = /\[([^\]\n]+)\]\((https?:\/\/[^\s()<>"'`]+)\)/gi;

// A Markdown link, or an http(s) address written in the text as the US tracker writes them (« Guidance issued -
// https://… »); the punctuation that ends a sentence after an address is not part of it.
const ANY_LINK = /\[([^\]\n]+)\]\((https?:\/\/[^\s()<>"'`]+)\)|https?:\/\/[^\s<>"'`]*[^\s<>"'`.,;:!?)\]»”’]/gi;

/**
 * Text escaped, its Markdown links to http(s) addresses made links (their text and address escaped); with `bare`,
 * the http(s) addresses written plainly in it too (a report's progress: audit 16, finding 21). No other scheme is
 * ever a link.
 */
export function escLinks(s: string, bare = false): string {
  if (bare ? !s.includes('://') : !s.includes('](')) return esc(s);
  let html = '';
  let from = 0;
  for (const m of s.matchAll(bare ? ANY_LINK : MARKDOWN_LINK)) {
    const [text, href] = m[2] === undefined ? [m[0], m[0]] : [m[1], m[2]];
    html += `${esc(s.slice(from, m.index))}<a href="${esc(href)}">${esc(text)}</a>`;
    from = m.index + m[0].length;
  }
  return html + esc(s.slice(from));
}

/**
 * A text that may hold blank lines, line breaks and Markdown links, as escaped paragraphs; `bare`: its plain http(s)
 * addresses made links too.
 */
export function block(own: string, alt: string | undefined, l: PageText, cls = '', bare = false): string {
  const v = pick(own, alt, l);
  const text = v.value.includes('\n') ? undefined : v.value.trim();
  if (text === '') return '';
  const attrs = `${v.lang ? ` lang="${v.lang}"` : ''}${cls ? ` class="${cls}"` : ''}`;
  if (text !== undefined) return `<p${attrs}>${escLinks(text, bare)}</p>`;
  return v.value
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p${attrs}>${escLinks(p, bare).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** A status badge: its words always, its colour as a help. */
export function badge(s: TrackStatus | 'unreported' | undefined, t: T): string {
  const status = s ?? 'unreported';
  return `<span class="badge s-${status}">${esc(t(`site.status.${status}`))}</span>`;
}

/** Links only for http(s) addresses; any other word (a javascript: link among them) is shown as text. Each word
 * once: a sheet that gives an address twice shows one link. */
export function evidence(words: readonly string[]): string {
  let html = '';
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (words.indexOf(w) < k) continue;
    const e = esc(w);
    html += `${html ? ' ' : ''}${/^https?:\/\/[^\s<>"'`]+$/i.test(w) ? `<a href="${e}">${e}</a>` : e}`;
  }
  return html;
}
