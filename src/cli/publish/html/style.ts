// The site's one stylesheet, style.css beside the pages (inlined in each, it made a tenth of a national
// repository's bytes: publish.bench.ts). System fonts only: no web font. Text colours reach 4.5:1 on their
// backgrounds; a status is always written, its colour only helps; without the stylesheet a page still reads.
export const STYLE = `
:root{--ink:#1b1b1b;--muted:#4d4d4d;--line:#c9c9c9;--link:#0b57a4;--focus:#b34700;--bg:#fff;--soft:#f4f6f8}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);background:var(--bg);overflow-wrap:break-word}
a{color:var(--link);text-underline-offset:2px}
a:focus-visible,[tabindex]:focus-visible,summary:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem;z-index:2}
.skip:focus{left:.5rem}
.top{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;justify-content:space-between;align-items:baseline;padding:.75rem 1rem;border-bottom:1px solid var(--line);background:var(--soft)}
.top .site{margin:0;font-weight:600}
.top ul{list-style:none;margin:0;padding:0;display:flex;gap:1rem}
main{max-width:64rem;margin:0 auto;padding:1rem}
footer{max-width:64rem;margin:2rem auto 0;padding:1rem;border-top:1px solid var(--line);color:var(--muted);font-size:.9rem}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.3rem;margin:2rem 0 .5rem;padding-top:.5rem;border-top:2px solid var(--line)}
h3{font-size:1.05rem;margin:1rem 0 .25rem}
h4{font-size:1rem;margin:.75rem 0 .25rem}
footer h2{border:0;padding:0;margin:0 0 .5rem;font-size:1.05rem}
.lede{color:var(--muted);margin:.25rem 0 1rem}
.note{color:var(--muted);font-style:italic}
.id{font-variant-numeric:tabular-nums;color:var(--muted);font-weight:600;margin-right:.4rem}
.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:.75rem}
.figure{border:1px solid var(--line);border-radius:6px;padding:.75rem 1rem;background:var(--soft)}
.figure .big{font-size:2rem;font-weight:700;margin:0;line-height:1.1}
.figure p{margin:.25rem 0}
.figure.late{border-color:#8f1610;background:#fdf0ef}
.formula{background:var(--soft);border-left:4px solid var(--line);padding:.5rem 1rem}
.badge{display:inline-block;padding:0 .45rem;border-radius:4px;font-size:.875rem;font-weight:600;white-space:nowrap;border:1px solid transparent}
.s-not-started{background:#ececec;color:#333}
.s-limited{background:#fff1cc;color:#6b4500}
.s-substantial{background:#dcebfa;color:#0b3d6e}
.s-complete{background:#dcf2e1;color:#145a2a}
.s-withdrawn{background:#f0f0f0;color:#4d4d4d;text-decoration:line-through}
.s-unreported{background:#fff;color:#4d4d4d;border-color:#767676;border-style:dashed}
.late-badge{background:#fde8e7;color:#8f1610;border-color:#8f1610}
.scroll{overflow-x:auto;max-width:100%;border:1px solid var(--line);border-radius:4px}
table{border-collapse:collapse;width:100%;font-size:.95rem}
caption{text-align:left;font-weight:600;padding:.5rem}
th,td{border-bottom:1px solid var(--line);padding:.4rem .5rem;text-align:left;vertical-align:top}
thead th{background:var(--soft);position:sticky;top:0}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.late td:first-child{box-shadow:inset 4px 0 0 #8f1610}
figure{margin:1rem 0}
figure svg{max-width:100%;height:auto}
.legend{list-style:none;padding:0;margin:.5rem 0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
dl.fields{display:grid;grid-template-columns:minmax(9rem,14rem) 1fr;gap:.25rem 1rem;margin:0}
dl.fields dt{font-weight:600}
dl.fields dd{margin:0}
dl.fields dd p{margin:0 0 .25rem}
td.id,th.id{white-space:nowrap}
.missing{color:var(--muted);font-style:italic}
ol.timeline{list-style:none;margin:0;padding:0 0 0 1.25rem;border-left:3px solid var(--line)}
ol.timeline>li{position:relative;margin:0 0 1.25rem;padding-left:.5rem;break-inside:avoid}
ol.timeline>li::before{content:"";position:absolute;left:-1.75rem;top:.45rem;width:.9rem;height:.9rem;border-radius:50%;background:#fff;border:3px solid #767676}
ol.timeline>li.late::before{border-color:#8f1610;background:#8f1610}
ol.timeline>li.done::before{border-color:#145a2a;background:#145a2a}
ol.indicators{list-style:none;margin:0;padding:0}
ol.indicators>li{border-left:3px solid var(--line);padding:.1rem 0 .1rem .75rem;margin:.75rem 0}
ol.indicators>li.late{border-left-color:#8f1610}
ol.indicators>li.done{border-left-color:#145a2a}
.meta{margin:.15rem 0;color:var(--muted)}
.reports{list-style:none;padding:0;margin:.25rem 0}
.reports>li{border-left:3px solid var(--line);padding:.1rem 0 .1rem .75rem;margin:.5rem 0}
.reports p{margin:.2rem 0}
.feedback{list-style:none;padding:0}
.feedback>li{border:1px solid var(--line);border-radius:6px;padding:.5rem 1rem;margin:.75rem 0}
.feedback blockquote{margin:.25rem 0;padding-left:.75rem;border-left:3px solid var(--line)}
.response{background:var(--soft);padding:.25rem .75rem;border-radius:4px}
.unanswered{color:#8f1610;font-weight:600}
.changes{padding-left:1.25rem}
.top .give{margin:0;font-weight:600}
.menu ul{list-style:none;margin:.5rem 0 1rem;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem}
details.group{border:1px solid var(--line);border-radius:6px;margin:.5rem 0;padding:.25rem .75rem}
details.group>summary{cursor:pointer;padding:.25rem 0}
details.group[open]>summary{margin-bottom:.5rem}
.contact{font-size:1.15rem;font-weight:600}
.feedback .about{margin:.15rem 0 .35rem;font-weight:600}
.languages{list-style:none;padding:0;font-size:1.2rem}
.languages li{margin:.5rem 0}
@media (max-width:40rem){
  body{font-size:15px}
  h1{font-size:1.35rem}
  dl.fields{grid-template-columns:1fr}
  dl.fields dd{margin-bottom:.5rem}
  td.num svg{display:none}
  .scroll:has(table.cards){overflow:visible;border:0}
  table.cards thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
  table.cards,table.cards tbody,table.cards tr,table.cards td{display:block;width:auto}
  table.cards tr{border:1px solid var(--line);border-radius:6px;margin:0 0 .75rem;padding:.4rem .75rem}
  table.cards tr.late{border-left:4px solid #8f1610}
  table.cards tr.late td:first-child{box-shadow:none}
  table.cards td{border:0;padding:.1rem 0;text-align:left;white-space:normal}
  table.cards td.id{display:inline;font-weight:600;margin-right:.5rem}
  table.cards td.title{display:inline;font-weight:600}
  table.cards td[data-label]::before{content:attr(data-label) " : ";font-weight:600;color:var(--muted)}
  :lang(en) table.cards td[data-label]::before{content:attr(data-label) ": "}
  table.cards td[data-label]:empty{display:none}
}
@media print{
  .skip,.top nav{display:none}
  .top{background:none}
  body{font-size:11pt}
  .scroll{overflow:visible;border:0}
  thead th{position:static}
  a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em;color:var(--muted)}
  h2,h3{break-after:avoid}
  tr,li{break-inside:avoid}
}
`.trimStart();
