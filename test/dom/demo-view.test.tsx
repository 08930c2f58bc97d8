// The demo's editable page (src/demo/view.ts): what the author types reaches the in-memory document, and a
// keystroke reads back only the paragraph it changed (reading all 6,000 of a 300-page plan at each keystroke
// made typing lag).
import { DemoDocument } from '../../src/demo/DemoDocument';
import { DemoDocumentView } from '../../src/demo/view';

const labels = {
  documentLabel: 'Document',
  notes: 'Notes',
  comments: 'Commentaires',
  note: (before: string, text: string) => `${before} ${text}`,
  comment: (quoted: string, text: string) => `${quoted} ${text}`,
  fieldLabel: (tag: string) => tag,
};

function demo(count: number) {
  document.body.replaceChildren();
  const page = document.body.appendChild(document.createElement('div'));
  const doc = new DemoDocument(
    Array.from({ length: count }, (_, i) =>
      i % 10 === 0 ? { text: `Engagement ${i}`, heading: 2 } : { text: `Texte ${i}.` },
    ),
  );
  new DemoDocumentView(doc, page, labels);
  const setText = jest.spyOn(doc, 'setText');
  const el = (i: number) => page.querySelector<HTMLElement>(`[data-pid="${doc.paragraphs[i].id}"]`)!;
  return { doc, page, setText, el };
}

test('a keystroke reads back the paragraph it changed, and only it', () => {
  const { doc, page, setText, el } = demo(300);
  const text = el(151).firstChild as Text;
  text.data += ' et publier'; // what the browser does when the author types
  page.dispatchEvent(new Event('input'));
  expect(doc.paragraphs[151].text).toBe('Texte 151. et publier');
  expect(setText.mock.calls.map((c) => c[0])).toEqual([doc.paragraphs[151].id]);
  // A letter in another paragraph, then one in a heading: each read alone.
  (el(7).firstChild as Text).data = 'Texte 7!';
  page.dispatchEvent(new Event('input'));
  (el(20).firstChild as Text).insertData(0, 'Nouvel ');
  page.dispatchEvent(new Event('input'));
  expect(setText.mock.calls.map((c) => c[0])).toEqual([151, 7, 20].map((i) => doc.paragraphs[i].id));
  expect(
    doc
      .text()
      .split('\n')
      .filter((t, i) => t !== (i % 10 === 0 ? `Engagement ${i}` : `Texte ${i}.`)),
  ).toEqual(['Texte 7!', 'Nouvel Engagement 20', 'Texte 151. et publier']);
});

test('a paragraph the browser removed (a selection across paragraphs deleted) leaves the document too', () => {
  const { doc, page, el } = demo(30);
  const gone = doc.paragraphs[12].id;
  (el(11).firstChild as Text).data = 'Texte 11 et 13.';
  el(12).remove();
  page.dispatchEvent(new Event('input'));
  expect(doc.paragraphs.map((p) => p.id)).not.toContain(gone);
  expect(doc.paragraphs[11].text).toBe('Texte 11 et 13.');
  expect(doc.paragraphs).toHaveLength(29);
  expect(page.querySelectorAll('[data-pid]')).toHaveLength(29);
});

test('what the page redraws from the document is not read back as typing', () => {
  const { doc, page, setText, el } = demo(30);
  doc.split(doc.paragraphs[5].id, 3); // Enter: the model splits, the page is redrawn
  (el(8).firstChild as Text).data += '?';
  page.dispatchEvent(new Event('input'));
  expect(setText.mock.calls.map((c) => c[0])).toEqual([doc.paragraphs[8].id]);
  expect(page.querySelectorAll('[data-pid]')).toHaveLength(31);
});

test('a keystroke repaints only the highlights it changed (CSS highlights)', async () => {
  // The CSS Custom Highlight API as Chromium has it: a registry of named sets of ranges.
  const registry = new Map<string, Set<Range>>();
  const g = globalThis as unknown as { CSS?: unknown; Highlight?: unknown };
  const saved = { CSS: g.CSS, Highlight: g.Highlight };
  g.CSS = { ...(g.CSS as object), highlights: registry };
  g.Highlight = class extends Set<Range> {
    constructor(...ranges: Range[]) {
      super(ranges);
    }
  };
  try {
    const { doc, page, el } = demo(300);
    const marks = doc.paragraphs
      .filter((p) => p.text.startsWith('Texte'))
      .map((p) => ({ paragraphId: p.id, start: 0, end: 5, kind: 'warning' as const }));
    await doc.highlight(marks);
    await new Promise((r) => requestAnimationFrame(r));
    const warnings = registry.get('jalon-warning')!;
    expect(warnings.size).toBe(marks.length);
    const before = new Set(warnings);
    (el(151).firstChild as Text).data += ' et publier';
    page.dispatchEvent(new Event('input'));
    await new Promise((r) => requestAnimationFrame(r));
    // The typed paragraph's highlight went (its words changed); every other one is the same range as before.
    expect(registry.get('jalon-warning')).toBe(warnings);
    expect(warnings.size).toBe(marks.length - 1);
    expect([...warnings].every((r) => before.has(r))).toBe(true);
    expect([...warnings].some((r) => el(151).contains(r.startContainer))).toBe(false);
  } finally {
    g.CSS = saved.CSS;
    g.Highlight = saved.Highlight;
  }
});

test('a pasted table (rows of cells separated by tabs) stays a table: the same review as the command line gives', async () => {
  const { analyze, fromParagraphs } = await import('../../src/core');
  const { readText } = await import('../../src/cli/read/text');
  const pasted = [
    'Commitment 1: Open contracting',
    'Lead department: Cabinet Office.',
    'What the government will do: publish contract data in the Open Contracting Data Standard.',
    'Milestones:',
    'Milestone \t New or ongoing \t Start date \t End date',
    'Publish a register of contracts \t New \t April 2022 \t March 2023',
    'Report on redactions in contracts \t Ongoing \t July 2022 \t July 2023',
    'Reporting: the Cabinet Office reports twice a year to the Open Government Forum.',
  ].join('\n');
  document.body.replaceChildren();
  const page = document.body.appendChild(document.createElement('div'));
  const doc = new DemoDocument([{ text: '' }]);
  new DemoDocumentView(doc, page, labels);
  const at = page.querySelector<HTMLElement>('[data-pid]')!;
  window.getSelection()!.collapse(at, 0);
  const ev = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(ev, 'clipboardData', { value: { getData: () => pasted } });
  page.dispatchEvent(ev);

  expect(page.querySelectorAll('table')).toHaveLength(1);
  expect(doc.text().replace(/\n/g, ' ')).toContain('Publish a register of contracts');
  const inPane = analyze(fromParagraphs(await doc.readParagraphs()), { lang: 'en' });
  const inCli = analyze(fromParagraphs(readText(pasted)), { lang: 'en' });
  const review = (a: typeof inPane) =>
    a.commitments.map((c) => ({
      score: c.score,
      level: c.level,
      missing: c.missing,
      milestones: c.fields.milestones?.map((m) => m.text),
    }));
  expect(review(inPane)).toEqual(review(inCli));
  // The header row is never a milestone.
  const milestones = inPane.commitments[0].fields.milestones ?? [];
  expect(milestones).toHaveLength(2);
  expect(milestones.some((m) => /Start date/.test(m.text))).toBe(false);
});
