/*
 * The first script of the pane page, run in whatever webview Office gives the add-in, so it is ES5 and nothing else
 * (test/unit/word/start-page.test.ts parses it with acorn at ecmaVersion 5). Volume-licensed Office 2016 and 2019
 * run add-ins in Internet Explorer 11 (Trident), retail ones without WebView2 in the old Edge (EdgeHTML)
 * ("Browsers and webview controls used by Office Add-ins", learn.microsoft.com); Jalon's pane (ES2020, React 18)
 * cannot run there and would stay blank. There, this script shows the page's message, in French and English, and
 * loads nothing else; everywhere else it loads the pane's scripts (listed in its data-pane attribute).
 */
(function () {
  'use strict';

  /** Why the pane cannot run here: the webview Microsoft names, or a missing feature the pane needs; '' if none. */
  function unsupported(ua) {
    // Microsoft's own test ("Support older Microsoft webviews and Office versions"): Trident, then EdgeHTML ("Edge/",
    // where Chromium Edge says "Edg/").
    if (ua.indexOf('Trident') !== -1 || ua.indexOf('MSIE ') !== -1) return 'trident';
    if (/\bEdge\/\d/.test(ua)) return 'edgehtml';
    // What the pane's code uses beyond ES5: ES2019-2020 built-ins, Intl plurals, and the core's patterns
    // (RegExp lookbehind and Unicode property escapes, which an older Safari on a Mac refuses).
    var g = window;
    if (typeof g.Promise !== 'function' || typeof g.Promise.allSettled !== 'function') return 'old';
    if (typeof g.Symbol !== 'function' || typeof g.Map !== 'function' || typeof g.WeakMap !== 'function') return 'old';
    if (typeof Object.fromEntries !== 'function' || typeof Array.prototype.flatMap !== 'function') return 'old';
    if (typeof g.Intl === 'undefined' || typeof g.Intl.PluralRules !== 'function') return 'old';
    try {
      new RegExp('(?<![0-9])a', 'g');
      new RegExp('\\p{L}', 'u');
    } catch (e) {
      return 'old';
    }
    return '';
  }

  function show(reason) {
    var box = document.getElementById('jalon-unsupported');
    var root = document.getElementById('root');
    if (root && root.parentNode) root.parentNode.removeChild(root);
    if (!box) return;
    // Both languages are shown; the reader's own first.
    var lang = String(navigator.language || navigator.userLanguage || '').toLowerCase();
    var en = box.querySelector('[lang="en"]');
    if (lang.indexOf('en') === 0 && en) box.insertBefore(en, box.firstChild);
    box.setAttribute('data-reason', reason);
    box.removeAttribute('hidden');
  }

  function load(scripts) {
    for (var i = 0; i < scripts.length; i++) {
      if (!scripts[i]) continue;
      var s = document.createElement('script');
      s.src = scripts[i];
      s.async = false; // in order
      document.body.appendChild(s);
    }
  }

  var me = document.getElementById('jalon-start');
  var reason = unsupported(String(navigator.userAgent || ''));
  if (reason) show(reason);
  else load(me ? String(me.getAttribute('data-pane') || '').split(' ') : []);
})();
