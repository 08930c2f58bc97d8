import { DemoDocument } from '../../../src/demo/DemoDocument';
import { SAMPLE_PLAN, samplePlan } from '../../../src/demo/sample';
import { demoLang } from '../../../src/demo/strings';
import { analyze, detectLanguage, fromParagraphs, templateBlocks } from '../../../src/core';

describe('the sample plan', () => {
  it('has good and bad commitments the core can tell apart', async () => {
    const host = new DemoDocument(SAMPLE_PLAN);
    const paras = await host.readParagraphs();
    const a = analyze(fromParagraphs(paras));
    expect(a.commitments.length).toBe(5);
    const [good, vague] = a.commitments;
    expect(good.score / good.maxScore).toBeGreaterThan(vague.score / vague.maxScore);
    const rules = new Set(a.findings.map((f) => f.ruleId));
    expect([...rules]).toEqual(expect.arrayContaining(['vague-term', 'jargon']));
    expect(paras.some((p) => p.inTable)).toBe(true);
    expect(paras.some((p) => p.tags.includes('jalon:cost'))).toBe(true);
  });
});

describe('the English sample plan', () => {
  it('is English, and its commitments are as varied as the French ones', async () => {
    const paras = await new DemoDocument(samplePlan('en')).readParagraphs();
    const source = fromParagraphs(paras);
    expect(detectLanguage(source.text)).toBe('en');
    const en = analyze(source);
    const fr = analyze(fromParagraphs(await new DemoDocument(samplePlan('fr')).readParagraphs()));
    expect(en.language).toBe('en');
    expect(en.commitments).toHaveLength(fr.commitments.length);
    // The measurable ones and the vague one stand where the French sample has them.
    for (const i of [0, 1, 3]) expect(en.commitments[i].level).toBe(fr.commitments[i].level);
    const [good, vague] = en.commitments;
    expect(good.fields.milestones?.map((m) => m.date)).toEqual(['2026-03-31', '2026-06', '2026-12-31']);
    expect(good.score / good.maxScore).toBeGreaterThan(vague.score / vague.maxScore);
    expect([...new Set(en.findings.map((f) => f.ruleId))]).toEqual(expect.arrayContaining(['vague-term', 'jargon']));
    expect(samplePlan('fr')).toBe(SAMPLE_PLAN);
  });
});

describe('DemoDocument', () => {
  const lines = [
    { text: 'Engagement 1 : Ouvrir les données', heading: 2 },
    { text: 'Nous allons renforcer la transparence.' },
    { text: '', tag: 'jalon:cost' },
  ];

  it('reads paragraphs with stable ids that survive edits elsewhere', async () => {
    const host = new DemoDocument(lines);
    const before = await host.readParagraphs();
    await host.insertAfter(before[0].id, [{ kind: 'text', text: 'Nouveau paragraphe' }]);
    const after = await host.readParagraphs();
    expect(after.map((p) => p.id)).toEqual([before[0].id, expect.any(String), before[1].id, before[2].id]);
    expect(after[0]).toMatchObject({ headingLevel: 2, style: 'Titre 2' });
    expect(after[3].tags).toEqual(['jalon:cost']);
  });

  it('removes exactly the highlights asked for', async () => {
    const host = new DemoDocument(lines);
    const [p0, p1] = await host.readParagraphs();
    await host.highlight([
      { paragraphId: p0.id, start: 0, end: 10, kind: 'info' },
      { paragraphId: p1.id, start: 12, end: 21, kind: 'warning' },
    ]);
    await host.clearHighlights([p1.id]);
    expect(host.highlights.map((h) => h.paragraphId)).toEqual([p0.id]);
    await host.clearHighlights();
    expect(host.highlights).toEqual([]);
    await expect(host.highlight([{ paragraphId: p1.id, start: 5, end: 99, kind: 'error' }])).rejects.toThrow(/outside/);
  });

  it('inserts after the cursor, never inside a table, and keeps highlights on their words', async () => {
    const host = new DemoDocument([
      { text: 'Jalons :' },
      { text: 'Jalon', cell: { row: 0, col: 0 } },
      { text: 'Date', cell: { row: 0, col: 1 } },
      { text: 'Fin.' },
    ]);
    const ps = await host.readParagraphs();
    await host.select({ paragraphId: ps[1].id, start: 0, end: 5 });
    await host.insertAtCursor([{ kind: 'label', text: 'Coût :' }]);
    expect(host.paragraphs.map((p) => p.text)).toEqual(['Jalons :', 'Jalon', 'Date', 'Coût :', 'Fin.']);
    await host.highlight([{ paragraphId: ps[3].id, start: 0, end: 3, kind: 'info' }]);
    await host.insertText({ paragraphId: ps[3].id, start: 0, end: 0 }, '» ');
    expect(host.highlights[0]).toMatchObject({ start: 2, end: 5 });
  });

  it('writes fields into tagged paragraphs and creates missing ones', async () => {
    const host = new DemoDocument(lines);
    const ps = await host.readParagraphs();
    await host.writeFields(ps[0].id, ps[2].id, [
      { tag: 'jalon:cost', label: 'Coût :', text: '120 000 €' },
      { tag: 'jalon:indicator', label: 'Indicateur :', text: 'Part des données publiées' },
    ]);
    expect(await host.readControls('jalon:')).toEqual([
      expect.objectContaining({ tag: 'jalon:cost', text: '120 000 €' }),
      expect.objectContaining({ tag: 'jalon:indicator', text: 'Part des données publiées' }),
    ]);
  });

  it('tells listeners about edits, and drops highlights of an edited paragraph', async () => {
    const host = new DemoDocument(lines);
    const ps = await host.readParagraphs();
    let changes = 0;
    const off = host.onChange(() => (changes += 1));
    await host.highlight([{ paragraphId: ps[1].id, start: 12, end: 21, kind: 'warning' }]);
    expect(changes).toBe(0);
    host.setText(ps[1].id, 'Nous publierons 12 jeux de données.');
    expect(changes).toBe(1);
    expect(host.highlights).toEqual([]);
    const id = host.split(ps[1].id, 5);
    expect(host.paragraphs.map((p) => p.text).slice(1, 3)).toEqual(['Nous ', 'publierons 12 jeux de données.']);
    expect(host.mergeWithPrevious(id)).toEqual({ paragraphId: ps[1].id, start: 5, end: 5 });
    off();
    host.setText(ps[1].id, 'x');
    expect(changes).toBe(3);
  });

  it('keeps comments, footnotes and settings', async () => {
    const host = new DemoDocument(lines);
    const ps = await host.readParagraphs();
    expect(
      await host.addComments([{ range: { paragraphId: ps[1].id, start: 12, end: 21 }, text: 'Verbe vague' }]),
    ).toBe(1);
    expect(await host.listComments()).toEqual([
      expect.objectContaining({ text: 'Verbe vague', paragraphId: ps[1].id }),
    ]);
    expect(await host.removeComments()).toBe(1);
    await host.addFootnote({ paragraphId: ps[1].id, start: 12, end: 21 }, 'Définition');
    expect(host.footnotes).toEqual([{ paragraphId: ps[1].id, offset: 21, text: 'Définition' }]);
    await host.saveSetting('ignores', { terms: ['PGO'] });
    expect(await host.loadSetting('ignores')).toEqual({ terms: ['PGO'] });
  });
});

describe("Jalon's own words and the template", () => {
  it('never reads back a review summary it inserted, even split by the author', async () => {
    const host = new DemoDocument([{ text: 'Engagement 1 : Ouvrir les données', heading: 2 }, { text: 'Texte.' }]);
    const before = await host.readParagraphs();
    await host.insertAfter(before[1].id, [
      { kind: 'heading', level: 2, text: 'Questions de relecture', own: true },
      { kind: 'text', text: 'Paragraphe 2 : préciser « renforcer ».', own: true },
    ]);
    expect(host.paragraphs).toHaveLength(4);
    host.split(host.paragraphs[3].id, 12);
    expect(await host.readParagraphs()).toEqual(before);
    expect(host.text()).toContain('Questions de relecture');
  });

  it('makes the inserted template a commitment at once, its title prompt shown', async () => {
    const host = new DemoDocument([{ text: 'Commitment 1: Open contracting' }, { text: 'Lead: Cabinet Office.' }]);
    host.lastCursor = { paragraphId: host.paragraphs[1].id, start: 0, end: 0 };
    await host.insertAtCursor(templateBlocks('en'));
    const title = host.paragraphs[2];
    expect(title).toMatchObject({ text: '', headingLevel: 2, tag: 'jalon:title', placeholder: 'Commitment: title' });
    // Selected, as Word selects it: the pane asks where the cursor is to show the new commitment.
    expect(await host.getSelection()).toEqual({ paragraphId: title.id, start: 0, end: 0 });
    const a = analyze(fromParagraphs(await host.readParagraphs()), { lang: 'en' });
    expect(a.commitments.map((c) => c.firstParagraph)).toEqual([0, 2]);
  });
});

describe('demoLang', () => {
  it('follows ?lang=, then the browser, French by default', () => {
    expect(demoLang('?lang=en', ['fr-FR'])).toBe('en');
    expect(demoLang('', ['en-GB', 'fr'])).toBe('en');
    expect(demoLang('', ['de-DE', 'fr-CA'])).toBe('fr');
    expect(demoLang('', [])).toBe('fr');
  });
});

test('the sample’s milestone table reaches the core as a table, each row a milestone with its date (as Word’s and the command line’s)', async () => {
  const doc = new DemoDocument(SAMPLE_PLAN);
  const paragraphs = await doc.readParagraphs();
  const cells = paragraphs.filter((p) => p.cell);
  expect(cells.length).toBe(8);
  expect(new Set(cells.map((p) => p.cell!.table))).toEqual(new Set([0]));
  expect(cells.map((p) => [p.cell!.row, p.cell!.column])).toEqual([
    [0, 0],
    [0, 1],
    [1, 0],
    [1, 1],
    [2, 0],
    [2, 1],
    [3, 0],
    [3, 1],
  ]);
  const first = analyze(fromParagraphs(paragraphs), { lang: 'fr' }).commitments[0];
  expect(first.fields.milestones?.map((m) => [m.text, m.date])).toEqual([
    ['Publication de l’arrêté fixant le format', '2026-03-31'],
    ['Mise en service du validateur', '2026-06'],
    ['95 % des marchés publiés', '2026-12-31'],
  ]);
});

test('a content control that holds its own label gives the value after it (Engagement 4 of the sample)', async () => {
  const paragraphs = await new DemoDocument(SAMPLE_PLAN).readParagraphs();
  const fourth = analyze(fromParagraphs(paragraphs), { lang: 'fr' }).commitments[3];
  expect(fourth.fields.lead).toMatchObject({ text: 'DINUM.', source: 'control' });
  expect(fourth.fields.baseline?.text).toBe('12 administrations ont publié un inventaire en 2024.');
  expect(fourth.fields.milestones?.map((m) => m.text)).toEqual([
    'guide de publication (T1 2026)',
    '25 inventaires publiés (T4 2026)',
    '40 inventaires publiés (T2 2027).',
  ]);
});
