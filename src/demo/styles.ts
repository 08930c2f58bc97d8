// The demo page's own styles (the pane brings Fluent UI's). Injected at start-up: the build has no CSS loader.
export const DEMO_CSS = `
:root { color-scheme: light dark; }
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { font-family: 'Segoe UI', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif; background: #f3f2f1; color: #201f1e; }
body[data-theme="dark"] { background: #151515; color: #f3f2f1; }
.demo { display: grid; grid-template-rows: auto 1fr; height: 100vh; }
.demo-bar { display: flex; gap: 16px; align-items: center; padding: 8px 16px; background: #185abd; color: #fff; }
.demo-bar h1 { font-size: 16px; margin: 0; font-weight: 600; }
.demo-bar p { margin: 0; font-size: 13px; }
.demo-bar a { color: #fff; }
.demo-main { display: grid; grid-template-columns: minmax(0, 1fr) 380px; min-height: 0; }
.demo-doc { overflow: auto; padding: 24px; }
.demo-pane { border-left: 1px solid #c8c6c4; overflow: auto; background: #fff; min-height: 0; }
body[data-theme="dark"] .demo-pane { background: #1f1f1f; border-color: #484644; }
.page { max-width: 800px; margin: 0 auto; background: #fff; color: #201f1e; padding: 56px 64px; box-shadow: 0 1px 4px rgba(0,0,0,.25);
  font-family: Calibri, Carlito, 'Segoe UI', sans-serif; font-size: 15px; line-height: 1.5; outline: none; min-height: 600px; }
.page:focus-visible { box-shadow: 0 0 0 3px #185abd; }
.page h1 { font-size: 26px; color: #0d326a; font-weight: 600; margin: 0 0 16px; }
.page h2 { font-size: 19px; color: #12448f; font-weight: 600; margin: 28px 0 8px; }
.page h3 { font-size: 16px; color: #12448f; margin: 20px 0 6px; }
.page p { margin: 0 0 8px; }
/* A 300-page draft: lay out and paint only what is near the screen. */
.page > p, .page > h1, .page > h2, .page > h3, .page > h4, .page > table { content-visibility: auto; contain-intrinsic-size: auto 1.5em; }
.demo-table { border-collapse: collapse; margin: 4px 0 12px; width: 100%; }
.demo-table th, .demo-table td { border: 1px solid #8a8886; padding: 4px 8px; text-align: left; vertical-align: top; }
.demo-table th { background: #f3f2f1; }
.demo-table p { margin: 0; }
.demo-control { border: 1px solid #a9c4ea; border-radius: 2px; padding: 2px 6px; position: relative; }
.demo-control:empty::before, .demo-control:has(> br:only-child)::before { content: '[' attr(data-field) ']'; color: #605e5c; }
/* Jalon's own words (a review summary): set apart, as Word's control around them does. */
.demo-note { border-left: 3px solid #8a8886; padding-left: 8px; }
.demo-notes { max-width: 800px; margin: 16px auto 0; padding: 16px 64px; background: #fff; color: #201f1e; font-size: 13px; }
.demo-notes h2 { font-size: 14px; margin: 8px 0 4px; }
::highlight(jalon-error) { background-color: #fbd3d8; text-decoration: underline wavy #a4262c; }
::highlight(jalon-warning) { background-color: #fff1a8; text-decoration: underline wavy #8a6d00; }
::highlight(jalon-suggestion) { background-color: #d0e7f8; text-decoration: underline dotted #185abd; }
::highlight(jalon-info) { background-color: #e1dfdd; }
::highlight(jalon-focus) { background-color: #a9c4ea; }
::highlight(jalon-comment) { text-decoration: underline dashed #5c2e91; }
mark.jalon-error { background: #fbd3d8; } mark.jalon-warning { background: #fff1a8; }
mark.jalon-suggestion { background: #d0e7f8; } mark.jalon-info, mark.jalon-focus { background: #e1dfdd; }
@media (max-width: 900px) { .demo-main { grid-template-columns: 1fr; grid-template-rows: 1fr 1fr; } .page { padding: 24px; } }
`;
