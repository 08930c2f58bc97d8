// Every page's frame: language, title, the site's stylesheet, a policy that lets no request leave the site, a skip
// link, the plan's name, the language switch (to the same page in the other language, the plan's language
// first) and the open data in the footer. No script anywhere: links, tables and inline SVG only.
import type { Lang, Site } from '../../../core';
import { day, esc, inline } from './format';
import { wordsFor } from './words';

/** Nothing loads but the site's own stylesheet: no script, font, image, frame or form. */
export const CSP = "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'";

// The languages each site is published in (renderSite's), the plan's first.
const published = new WeakMap<Site, readonly Lang[]>();

export function publishIn(site: Site, langs: readonly Lang[]): void {
  published.set(site, langs);
}

/** The site's languages, the plan's first: those it is published in, else both. */
export function languages(site: Site): readonly Lang[] {
  return published.get(site) ?? languagesOf(site.lang);
}

/** Both languages, for a site whose plan is in `lang`, its own first. */
export function languagesOf(lang: Lang): Lang[] {
  return lang === 'fr' ? ['fr', 'en'] : ['en', 'fr'];
}

export interface PageOptions {
  site: Site;
  lang: Lang;
  /** The page's file name inside its language folder ("index.html", "C01.html"). */
  file: string;
  title: string;
  main: string;
}

/** A page's frame in one language, cut where the page's title, file name and content go. */
interface Frame {
  head: string;
  feed: string;
  /** The language switch's opening: a site in one language has none (no empty navigation announced). */
  nav: string;
  top: string;
  foot: string;
  /** The language switch's link to each language, after its address. */
  link: Partial<Record<Lang, string>>;
}

function frame(site: Site, lang: Lang): Frame {
  const { t } = wordsFor(site, lang);
  const tIn = (l: Lang) => wordsFor(site, l).t;
  const link: Frame['link'] = {};
  for (const l of languages(site))
    link[l] =
      ` hreflang="${l}" lang="${l}" aria-label="${esc(tIn(l)('site.inLanguage', { language: tIn(l)(`site.languageName.${l}`) }))}">${esc(t(`site.ownName.${l}`))}</a></li>`;
  return {
    link,
    head: `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>`,
    feed: `
<link rel="alternate" type="application/atom+xml" href="feed.xml" title="${esc(t('site.feedTitle', { title: site.title }))}">
<link rel="stylesheet" href="../style.css">
</head>
<body>
<a class="skip" href="#main">${esc(t('site.skip'))}</a>
<header class="top">
<p class="site"><a href="index.html">${inline(site.title, undefined, { plan: site.lang, page: lang })}</a></p>
`,
    nav: `<nav aria-label="${esc(t('site.languages'))}"><ul>`,
    top: `
<p class="give"><a href="feedback.html#give">${esc(t('site.giveFeedback'))}</a></p>
</header>
<main id="main" tabindex="-1">
`,
    foot: `
</main>
<footer>
<h2 class="footer-title">${esc(t('site.openData'))}</h2>
<ul>
<li><a href="../plan.json" type="application/json">${esc(t('site.planJson'))}</a></li>
<li><a href="../updates.csv" type="text/csv">${esc(t('site.updatesCsv'))}</a></li>
<li><a href="feed.xml" type="application/atom+xml">${esc(t('site.feed'))}</a></li>
</ul>
<p>${esc(t('site.generated', { date: day(site.today, lang) }))}</p>
</footer>
</body>
</html>
`,
  };
}

// Each site's frames, made once per language: ten thousand pages share them (the site does not change once made).
const frames = new WeakMap<Site, Partial<Record<Lang, Frame>>>();

function frameOf(site: Site, lang: Lang): Frame {
  let all = frames.get(site);
  if (!all) frames.set(site, (all = {}));
  return (all[lang] ??= frame(site, lang));
}

export function page(o: PageOptions): string {
  const f = frameOf(o.site, o.lang);
  let switcher = '';
  let alternates = '';
  for (const l of languages(o.site)) {
    alternates += `<link rel="alternate" hreflang="${l}" href="../${l}/${o.file}">`;
    if (l !== o.lang) switcher += `<li><a href="../${l}/${o.file}"${f.link[l]}`;
  }
  return `${f.head}${esc(o.title)}</title>
${alternates}${f.feed}${switcher === '' ? '' : `${f.nav}${switcher}</ul></nav>`}${f.top}${o.main}${f.foot}`;
}

/**
 * The site's root: a choice of language, each offered in its own words (no redirect: a reader of the other
 * language would never see the choice; no script to guess from the browser), the plan's language first. A site in
 * one language has no choice: its root sends straight to the dashboard (its link kept for browsers that do not).
 */
export function rootPage(site: Site): string {
  const langs = languages(site);
  const [first] = langs;
  const links = langs
    .map((l) => {
      const t = wordsFor(site, l).t;
      return `<li><a href="${l}/index.html" hreflang="${l}" lang="${l}">${esc(t('site.dashboard'))} — ${esc(t(`site.ownName.${l}`))}</a></li>`;
    })
    .join('');
  // A site in one language has no choice to offer: its dashboard's link only.
  const choose =
    langs.length > 1
      ? `<p>${langs.map((l) => `<span lang="${l}">${esc(wordsFor(site, l).t('site.chooseLanguage'))}</span>`).join(' / ')}</p>\n`
      : '';
  return `<!DOCTYPE html>
<html lang="${first}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${esc(site.title)}</title>
${langs.length === 1 ? `<meta http-equiv="refresh" content="0; url=${first}/index.html">\n` : ''}${langs.map((l) => `<link rel="alternate" hreflang="${l}" href="${l}/index.html">`).join('\n')}
<link rel="stylesheet" href="style.css">
</head>
<body>
<main id="main">
<h1>${esc(site.title)}</h1>
${choose}<ul class="languages">${links}</ul>
</main>
</body>
</html>
`;
}
