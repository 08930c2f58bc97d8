import { WordDocument, HIGHLIGHT_COLOURS, COMMENT_PREFIX, WordHostError } from '../../../src/word';
import { FakeWordDocument, installFake } from './fakeWord';

const PLAN = [
  { text: 'Engagement 1 : Ouvrir les données de la commande publique', heading: 2 },
  'Nous allons renforcer la transparence et renforcer le dialogue.',
  { text: 'Indicateur : 80\u00a0% des marchés publiés 🚀', tag: 'jalon:indicator', parentTag: 'jalon:engagement' },
  { text: 'Cellule de tableau', inTable: true },
  '',
];

function doc(lines: (string | object)[] = PLAN) {
  return new FakeWordDocument(lines as never);
}

describe('WordDocument.readParagraphs', () => {
  it('reads text, headings, tables, tags and stable ids in one sync', async () => {
    const d = doc();
    await installFake(d, { wordApi: '1.6' });
    const host = new WordDocument();
    const paras = await host.readParagraphs();
    expect(d.syncs).toBe(1);
    expect(paras.map((p) => p.text)).toEqual(d.texts());
    expect(paras[0]).toMatchObject({ headingLevel: 2, style: 'Titre 2', inTable: false, tags: [], index: 0 });
    expect(paras[2].tags).toEqual(['jalon:engagement', 'jalon:indicator']);
    expect(paras[3].inTable).toBe(true);
    expect(paras[0].id).toBe(d.paragraphs[0].uid);
    const again = await host.readParagraphs();
    expect(again.map((p) => p.id)).toEqual(paras.map((p) => p.id));
  });

  it('falls back to index ids on Word 2019 (WordApi 1.3), and reads an empty document', async () => {
    const d = doc();
    await installFake(d, { wordApi: '1.3' });
    const paras = await new WordDocument().readParagraphs();
    expect(paras[1].id).toMatch(/^1\.[0-9a-z]+$/);
    await installFake(doc([]), { wordApi: '1.3' });
    expect(await new WordDocument().readParagraphs()).toEqual([]);
  });

  it('retries without uniqueLocalId when the host refuses it', async () => {
    const d = doc();
    d.refuseUid = true;
    await installFake(d, { wordApi: '1.6' });
    const paras = await new WordDocument().readParagraphs();
    expect(paras).toHaveLength(PLAN.length);
    expect(paras[0].id).toMatch(/^0\./);
    expect(d.syncs).toBe(2);
  });
});

describe('WordDocument.highlight (font colour fallback)', () => {
  it('highlights the exact occurrence and restores what was there before', async () => {
    const d = doc();
    d.paragraphs[1].colours.fill('#00FF00', 0, 5); // the author's own highlight on "Nous "
    await installFake(d, { wordApi: '1.3' });
    const host = new WordDocument();
    const paras = await host.readParagraphs();
    const p1 = paras[1];
    const second = p1.text.indexOf('renforcer', 20);
    d.syncs = 0;
    await host.highlight([
      { paragraphId: p1.id, start: second, end: second + 9, kind: 'warning' },
      { paragraphId: p1.id, start: 0, end: 4, kind: 'error' },
      {
        paragraphId: paras[2].id,
        start: paras[2].text.indexOf('80'),
        end: paras[2].text.indexOf('80') + 4,
        kind: 'suggestion',
      }, // "80 %" with a non-breaking space
    ]);
    expect(d.syncs).toBe(3);
    expect(d.highlights(1)).toEqual(['Nous=#FF00FF', ' =#00FF00', `renforcer=${HIGHLIGHT_COLOURS.warning}`]);
    expect(d.highlights(2)).toEqual([`80\u00a0%=${HIGHLIGHT_COLOURS.suggestion}`]);
    await host.clearHighlights();
    expect(d.highlights(1)).toEqual(['Nous =#00FF00']);
    expect(d.highlights(2)).toEqual([]);
  });

  it('keeps its record in the document settings, so a new session can still remove its highlights', async () => {
    const d = doc();
    const { settings } = await installFake(d, { wordApi: '1.3' });
    const paras = await new WordDocument().readParagraphs();
    await new WordDocument().highlight([{ paragraphId: paras[1].id, start: 12, end: 21, kind: 'warning' }]);
    expect(settings.get('jalon.highlights.v1')).toHaveLength(1);
    await new WordDocument().clearHighlights();
    expect(d.highlights(1)).toEqual([]);
    expect(settings.has('jalon.highlights.v1')).toBe(false);
  });

  it('clears only the given paragraphs, and leaves a span the author re-coloured', async () => {
    const d = doc();
    await installFake(d, { wordApi: '1.3' });
    const host = new WordDocument();
    const paras = await host.readParagraphs();
    await host.highlight([
      { paragraphId: paras[0].id, start: 0, end: 10, kind: 'info' },
      { paragraphId: paras[1].id, start: 12, end: 21, kind: 'warning' },
    ]);
    d.paragraphs[0].colours.fill('#FF0000', 0, 10); // the author chose red meanwhile
    await host.clearHighlights([paras[1].id]);
    expect(d.highlights(1)).toEqual([]);
    expect(d.highlights(0)).toEqual(['Engagemen=#FF0000'.replace('Engagemen', 'Engagement')]);
    await host.clearHighlights();
    expect(d.highlights(0)).toEqual(['Engagement=#FF0000']);
  });

  it('skips a span under several colours rather than leave a highlight it could not restore', async () => {
    const d = doc();
    d.paragraphs[1].colours.fill('#FFFF00', 12, 15);
    await installFake(d, { wordApi: '1.3' });
    const host = new WordDocument();
    const paras = await host.readParagraphs();
    await host.highlight([{ paragraphId: paras[1].id, start: 12, end: 21, kind: 'error' }]);
    expect(d.highlights(1)).toEqual(['ren=#FFFF00']);
  });

  it('ignores stale paragraph ids instead of highlighting the wrong text', async () => {
    const d = doc();
    await installFake(d, { wordApi: '1.3' });
    const host = new WordDocument();
    const paras = await host.readParagraphs();
    d.paragraphs[1].text = 'Texte réécrit par l’auteur entre-temps.';
    await host.highlight([{ paragraphId: paras[1].id, start: 0, end: 5, kind: 'error' }]);
    expect(d.highlights(1)).toEqual([]);
  });

  it('highlights spans longer than Word’s 255-character search limit', async () => {
    const long = 'Nous allons ' + 'promouvoir la participation citoyenne, '.repeat(12) + 'fin.';
    const d = doc([long]);
    await installFake(d, { wordApi: '1.3' });
    const host = new WordDocument();
    const [p] = await host.readParagraphs();
    d.syncs = 0;
    await host.highlight([{ paragraphId: p.id, start: 5, end: long.length - 1, kind: 'suggestion' }]);
    expect(d.syncs).toBe(4);
    expect(d.highlights(0)).toEqual([`${long.slice(5, -1)}=${HIGHLIGHT_COLOURS.suggestion}`]);
    await host.clearHighlights();
    expect(d.highlights(0)).toEqual([]);
  });
});

describe('WordDocument.highlight (WordApi 1.8 temporary highlight)', () => {
  it('uses range.highlight(), writes nothing to the file and removes exactly its spans', async () => {
    const d = doc();
    d.refuseAnnotations = true; // Word 2024 lists WordApi 1.8 but critiques need Microsoft 365 (annotations.test.ts)
    const { settings } = await installFake(d, { wordApi: '1.8' });
    const host = new WordDocument();
    expect(host.capabilities().tempHighlight).toBe(true);
    const paras = await host.readParagraphs();
    await host.highlight([{ paragraphId: paras[1].id, start: 12, end: 21, kind: 'warning' }]);
    expect(d.tempSpans(1)).toEqual(['renforcer']);
    expect(d.highlights(1)).toEqual([]);
    expect(settings.size).toBe(0);
    await host.clearHighlights();
    expect(d.tempSpans(1)).toEqual([]);
  });
});

describe('round trips do not grow with the document', () => {
  function big(n: number): string[] {
    return Array.from(
      { length: n },
      (_, i) => `Engagement ${i} : renforcer la transparence et promouvoir l'open data (PGO).`,
    );
  }
  async function count(n: number, wordApi: string) {
    const d = doc(big(n));
    await installFake(d, { wordApi });
    const host = new WordDocument();
    d.syncs = 0;
    const paras = await host.readParagraphs();
    const read = d.syncs;
    const requests = paras.flatMap((p) => [
      {
        paragraphId: p.id,
        start: p.text.indexOf('renforcer'),
        end: p.text.indexOf('renforcer') + 9,
        kind: 'warning' as const,
      },
      {
        paragraphId: p.id,
        start: p.text.indexOf('open data'),
        end: p.text.indexOf('open data') + 9,
        kind: 'suggestion' as const,
      },
    ]);
    d.syncs = 0;
    await host.highlight(requests);
    const highlight = d.syncs;
    d.syncs = 0;
    await host.clearHighlights();
    return { read, highlight, clear: d.syncs, left: d.paragraphs.filter((_, i) => d.highlights(i).length).length };
  }
  it.each(['1.3', '1.6', '1.8'])('same sync counts for 10 and 3,000 paragraphs (WordApi %s)', async (api) => {
    const small = await count(10, api);
    const large = await count(3000, api);
    expect(large).toEqual(small);
    expect(small.read).toBe(1);
    expect(small.left).toBe(0);
  });
});

describe('inserting and fields', () => {
  it('inserts after the selection without touching it', async () => {
    const d = doc();
    d.selection = { para: 1, start: 12, end: 21 };
    await installFake(d);
    await new WordDocument().insertAtCursor([
      { kind: 'heading', text: 'Engagement 2', level: 2 },
      { kind: 'label', text: 'Coût :' },
      { kind: 'field', text: '', tag: 'jalon:cost', placeholder: 'Montant en euros' },
    ]);
    expect(d.texts().slice(1, 5)).toEqual([PLAN[1], 'Engagement 2', 'Coût :', '']);
    expect(d.paragraphs[2].styleBuiltIn).toBe('Heading2');
    expect(d.paragraphs[3].styleBuiltIn).toBe('Normal');
    expect(d.paragraphs[4].control).toMatchObject({ tag: 'jalon:cost', placeholder: 'Montant en euros' });
  });

  it('inserts after the table when the cursor is in a cell', async () => {
    const d = doc(['Jalons :', { text: 'Jalon', inTable: true }, { text: 'Date', inTable: true }, 'Fin.']);
    d.selection = { para: 1, start: 0, end: 5 };
    await installFake(d);
    await new WordDocument().insertAtCursor([
      { kind: 'label', text: 'Coût :' },
      { kind: 'text', text: 'à chiffrer' },
    ]);
    expect(d.texts()).toEqual(['Jalons :', 'Jalon', 'Date', 'Coût :', 'à chiffrer', 'Fin.']);
    expect(d.paragraphs[3].tableNestingLevel).toBe(0);
  });

  it('writes into existing tagged controls and creates the missing ones after the engagement', async () => {
    const d = doc();
    await installFake(d, { wordApi: '1.3' });
    const host = new WordDocument();
    const paras = await host.readParagraphs();
    await host.writeFields(paras[0].id, paras[2].id, [
      { tag: 'jalon:indicator', label: 'Indicateur :', text: 'Part des marchés publiés en open data' },
      { tag: 'jalon:cost', label: 'Coût :', text: '120 000 €' },
    ]);
    expect(d.texts().slice(2, 5)).toEqual(['Part des marchés publiés en open data', 'Coût :', '120 000 €']);
    const controls = await host.readControls('jalon:');
    expect(controls.map((c) => [c.tag, c.text])).toEqual([
      ['jalon:indicator', 'Part des marchés publiés en open data'],
      ['jalon:cost', '120 000 €'],
    ]);
  });

  it('inserts text after a character, and selects a span', async () => {
    const d = doc();
    await installFake(d, { wordApi: '1.3' });
    const host = new WordDocument();
    const paras = await host.readParagraphs();
    const at = paras[2].text.indexOf('🚀') + 2;
    await host.insertText({ paragraphId: paras[2].id, start: at, end: at }, ' (fusée)');
    expect(d.paragraphs[2].text.endsWith('🚀 (fusée)')).toBe(true);
    const fresh = await host.readParagraphs();
    const second = fresh[1].text.indexOf('renforcer', 20);
    await host.select({ paragraphId: fresh[1].id, start: second, end: second + 9 });
    expect(d.selected).toMatchObject({ start: second, end: second + 9 });
    expect(second).toBeGreaterThan(20);
  });

  it('reports the cursor position', async () => {
    const d = doc();
    d.selection = { para: 1, start: 12, end: 21 };
    await installFake(d, { wordApi: '1.3' });
    const host = new WordDocument();
    const paras = await host.readParagraphs();
    expect(await host.getSelection()).toEqual({ paragraphId: paras[1].id, start: 12, end: 12 });
  });
});

describe('comments, footnotes, settings and missing APIs', () => {
  it('lists and removes only Jalon’s comments', async () => {
    const d = doc();
    await installFake(d, { wordApi: '1.5' });
    d.comments.push({ id: 'author', content: 'Voir avec le ministère', para: d.paragraphs[0] });
    const host = new WordDocument();
    const paras = await host.readParagraphs();
    expect(
      await host.addComments([{ range: { paragraphId: paras[1].id, start: 12, end: 21 }, text: 'Verbe vague' }]),
    ).toBe(1);
    expect(d.comments[1].content).toBe(`${COMMENT_PREFIX}Verbe vague`);
    expect(await host.listComments()).toEqual([{ id: 'c2', text: 'Verbe vague' }]);
    expect(await host.removeComments()).toBe(1);
    expect(d.comments.filter((c) => !c.deleted).map((c) => c.id)).toEqual(['author']);
    await host.addFootnote({ paragraphId: paras[2].id, start: 0, end: 10 }, 'Définition');
    expect(d.footnotes).toMatchObject([{ offset: 10, text: 'Définition' }]);
  });

  it('throws a typed error in the user’s language where the API is missing', async () => {
    await installFake(doc(), { wordApi: '1.3', displayLanguage: 'en-US' });
    const host = new WordDocument();
    expect(host.capabilities()).toMatchObject({ comments: false, footnotes: false, tempHighlight: false });
    await expect(host.listComments()).rejects.toThrow(/WordApi 1.4 is missing/);
    await expect(host.addFootnote({ paragraphId: 'x', start: 0, end: 1 }, 'n')).rejects.toBeInstanceOf(WordHostError);
    await installFake(doc(), { wordApi: '1.3', noSettings: true });
    const fr = new WordDocument({ lang: 'fr' });
    expect(fr.capabilities().settings).toBe(false);
    await expect(fr.saveSetting('x', 1)).rejects.toThrow(/Cette version de Word/);
  });

  it('round-trips settings through the document', async () => {
    const { settings, saves } = await installFake(doc());
    const host = new WordDocument();
    await host.saveSetting('ignores', { terms: ['PGO'] });
    expect(await host.loadSetting('ignores')).toEqual({ terms: ['PGO'] });
    expect(await host.loadSetting('absent')).toBeUndefined();
    expect(settings.has('jalon.ignores')).toBe(true);
    expect(saves()).toBe(1);
  });

  it('subscribes to paragraph events where WordApi 1.6 has them', async () => {
    const d = doc();
    await installFake(d, { wordApi: '1.6' });
    const host = new WordDocument();
    let calls = 0;
    const off = host.onChange(() => (calls += 1));
    await new Promise((r) => setTimeout(r, 0));
    expect(d.handlers).toHaveLength(3);
    await d.handlers[0]();
    expect(calls).toBe(1);
    off();
    await new Promise((r) => setTimeout(r, 0));
    expect(d.handlers).toHaveLength(0);
  });
});
