// What ministries and the public write is text, everywhere it is published: HTML in a cell is shown as written,
// a javascript: or data: "link" is not a link, evidence links are kept only for http(s).
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { FEEDBACK_HEADER, PLAN, runCli, sheet, snapshot, TODAY, workspace } from './helpers';
import { writeFileSync } from 'node:fs';

jest.setTimeout(60_000);

const SCRIPT = '<script>alert("x")</script>';
const IMG = '<img src=x onerror=alert(1)>';

test('HTML and script links from the sheets and the feedback are shown as text on every page and in the feed', async () => {
  const dir = workspace();
  const updates = sheet(dir, 'hostile.csv', [
    {
      id: 'C01.1',
      period: '2025-01',
      status: 'complete',
      progress: `Fait ${SCRIPT} & publié`,
      progress_en: `Done ${IMG}`,
      evidence:
        'javascript:alert(1) data:text/html,<b>x</b> https://example.org/rapport?a=1&b=2 http://example.org/ok ftp://example.org/f',
      updated: '2025-01-31',
      milestone_en: `Order ${SCRIPT}`,
      commitment_en: `"><svg onload=alert(1)>`,
    },
  ]);
  const feedback = join(dir, 'avis.csv');
  writeFileSync(feedback, `${FEEDBACK_HEADER}\r\nC01,2025-01-10,citizen,"${IMG}",,\r\n`);
  const site = join(dir, 'site');
  const r = await runCli([
    'publish',
    PLAN,
    '--updates',
    updates,
    '--feedback',
    feedback,
    '--today',
    TODAY,
    '--site-lang',
    'fr,en',
    '--out',
    site,
  ]);
  expect(r.code).toBe(0);
  const files = snapshot(site);
  const pages = Object.entries(files).filter(([n]) => n.endsWith('.html') || n.endsWith('.xml'));
  for (const [name, text] of pages) {
    // No element or attribute from the sheets (escaped text has no "<"): no script, image, event handler on a
    // tag, no javascript:, data: or ftp: link.
    expect({
      name,
      bad: text.match(/<script|<img|<svg[^>]*onload|<[^>]*\son[a-z]+\s*=|href="(?:javascript|data|ftp):/gi),
    }).toEqual({
      name,
      bad: null,
    });
  }
  const fr = files['fr/C01.html'];
  expect(fr).toContain('Fait &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; publié');
  expect(fr).toContain('javascript:alert(1) data:text/html,&lt;b&gt;x&lt;/b&gt;');
  expect(fr).toContain('<a href="https://example.org/rapport?a=1&amp;b=2">https://example.org/rapport?a=1&amp;b=2</a>');
  expect(fr).toContain('<a href="http://example.org/ok">http://example.org/ok</a> ftp://example.org/f');
  expect(fr).toContain('&lt;img src=x onerror=alert(1)&gt;');
  const en = files['en/C01.html'];
  expect(en).toContain('Done &lt;img src=x onerror=alert(1)&gt;');
  expect(en).toContain('&quot;&gt;&lt;svg onload=alert(1)&gt;');
  expect(files['en/index.html']).toContain('&quot;&gt;&lt;svg onload=alert(1)&gt;');
  for (const lang of ['fr', 'en']) expect(XMLValidator.validate(files[`${lang}/feed.xml`])).toBe(true);
  // The open data keeps the words as they were written.
  const plan = JSON.parse(files['plan.json']);
  expect(plan.commitments[0].milestones[0].statuses[0].progress).toBe(`Fait ${SCRIPT} & publié`);
  expect(plan.commitments[0].feedback[0].text).toBe(IMG);
});

test('a cell a spreadsheet would run as a formula is written with an apostrophe and read back as it was', async () => {
  const dir = workspace();
  const updates = sheet(dir, 'formula.csv', [
    {
      id: 'C01.1',
      period: '2025-01',
      status: 'complete',
      progress: '=HYPERLINK("http://evil","clic")',
      updated: '2025-01-31',
    },
  ]);
  expect(snapshot(dir)['formula.csv']).toContain(`"'=HYPERLINK(""http://evil"",""clic"")"`);
  const site = join(dir, 'site');
  expect((await runCli(['publish', PLAN, '--updates', updates, '--today', TODAY, '--out', site])).code).toBe(0);
  const files = snapshot(site);
  expect(files['updates.csv']).toContain(`"'=HYPERLINK(""http://evil"",""clic"")"`);
  expect(JSON.parse(files['plan.json']).commitments[0].milestones[0].statuses[0].progress).toBe(
    '=HYPERLINK("http://evil","clic")',
  );
});
