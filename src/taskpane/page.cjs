// The HTML of the add-in's pages (dist/taskpane.html in Word, dist/demo.html without it) and their
// Content-Security-Policy. Used by webpack.config.js and by the start page's test.
//
// The Word pane loads nothing of Jalon's itself: its start script (start.js, ES5) checks that the webview can run the
// pane, then loads the pane's scripts, or shows the message below in French and English (the catalogue's host
// namespace, startPage). Office.js comes from Microsoft's CDN, which the documentation names under two hosts:
// appsforoffice.microsoft.com ("Referencing the Office JavaScript API library") and officeapis.public.onecdn.static.microsoft
// ("Update the version of your Office JavaScript API", the unified Microsoft 365 domain): the policy allows both.

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_CDNS = ['https://appsforoffice.microsoft.com', 'https://officeapis.public.onecdn.static.microsoft'];

/** Scripts only from our origin and Microsoft's Office.js CDN; no network beyond our origin. */
function csp(dev) {
  return [
    "default-src 'self'",
    `script-src 'self' ${OFFICE_CDNS.join(' ')}`,
    // Fluent UI writes its styles at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    // The dev server's live-reload websocket, in development only.
    `connect-src 'self'${dev ? ' wss://localhost:3000 ws://localhost:3000' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

const escape = (s) =>
  String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The message for a webview the pane cannot run in, in one language (host.startPage of the catalogue). */
function unsupportedSection(lang, m) {
  return `<section lang="${lang}">
<h1 style="font-size:16px;margin:0 0 8px">${escape(m.title)}</h1>
<p>${escape(m.why)}</p>
<ul style="padding-left:18px">
<li>${escape(m.web)}</li>
<li>${escape(m.upgrade)}</li>
<li>${escape(m.cli)}</li>
</ul>
</section>`;
}

function head({ title, dev, officeJs }) {
  return `<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="X-UA-Compatible" content="IE=Edge">
<meta http-equiv="Content-Security-Policy" content="${csp(dev)}">
<title>${title}</title>
<link rel="icon" type="image/png" href="assets/icon-32.png">
${officeJs ? `<script src="${OFFICE_JS}"></script>` : ''}`;
}

/**
 * The Word pane: Office.js in the head (it must be there before the body, per Microsoft), the hidden message, and
 * the start script, which loads `scripts` (the pane's bundle) only where they can run.
 */
function panePage({ scripts, dev, messages }) {
  return `<!doctype html>
<html lang="fr">
<head>
${head({ title: 'Jalon', dev, officeJs: true })}
</head>
<body>
<div id="root"></div>
<div id="jalon-unsupported" role="alert" hidden style="padding:12px;font-family:Segoe UI,sans-serif;font-size:14px">
${unsupportedSection('fr', messages.fr.startPage)}
${unsupportedSection('en', messages.en.startPage)}
</div>
<script id="jalon-start" src="start.js" data-pane="${escape(scripts.join(' '))}"></script>
</body>
</html>`;
}

/** The demo page: no Office.js, the bundle injected by webpack. */
function demoPage({ dev }) {
  return `<!doctype html>
<html lang="fr">
<head>
${head({ title: 'Jalon — démonstration', dev, officeJs: false })}
</head>
<body>
<div id="root"></div>
</body>
</html>`;
}

module.exports = { csp, panePage, demoPage, OFFICE_CDNS };
