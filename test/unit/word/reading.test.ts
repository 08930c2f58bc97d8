// Reading the document: paragraph names that survive what Word does to its ids, tables as cells, the text Jalon
// reads where Word's text differs from it, a read too large for one request, and the cursor.
import { SYNCS, WordDocument } from '../../../src/word';
import { control, FakeWordDocument, installFake, PROFILES, table, VARIANTS } from './fakeWord';
import { cellsOf as tableCells } from '../../../src/word/paragraphs';
import { setup, TAGGED_PLAN } from './helpers';

const PLAN = TAGGED_PLAN;

describe('readParagraphs', () => {
  it('reads text, headings, table cells, tags and stable ids in one round trip', async () => {
    const { d, host } = await setup(PROFILES.windows365, PLAN);
    const paras = await host.readParagraphs();
    expect(d.syncs).toBe(SYNCS.read);
    expect(paras.map((p) => p.text)).toEqual(d.texts());
    expect(paras[0]).toMatchObject({ headingLevel: 2, style: 'Titre 2', inTable: false, tags: [], index: 0 });
    expect(paras[0].cell).toBeUndefined();
    expect(paras[2].tags).toEqual(['jalon:engagement', 'jalon:indicator']);
    expect(paras[3]).toMatchObject({ inTable: true, cell: { table: 0, row: 0, column: 0 } });
    expect(paras[0].id).toBe(d.paragraphs[0].uid);
    const again = await host.readParagraphs();
    expect(again.map((p) => p.id)).toEqual(paras.map((p) => p.id));
  });

  it('falls back to index ids on Word 2016/2019 (WordApi 1.3), and reads an empty document', async () => {
    const { host } = await setup(PROFILES.windows2019, PLAN);
    const paras = await host.readParagraphs();
    expect(paras[1].id).toMatch(/^1\.[0-9a-z]+$/);
    const empty = await setup(PROFILES.windows2019, []);
    expect(await empty.host.readParagraphs()).toEqual([]);
  });

  it('retries without uniqueLocalId when the host refuses it', async () => {
    const d = new FakeWordDocument(PLAN);
    d.refuseUid = true;
    await installFake(d, { profile: PROFILES.windows365 });
    const paras = await new WordDocument().readParagraphs();
    expect(paras).toHaveLength(PLAN.length);
    expect(paras[0].id).toMatch(/^0\./);
    expect(d.syncs).toBe(2);
  });

  it('names paragraphs by position when Word gives null ids (office-js#4258), so each finding stays in its own', async () => {
    const lines = ['Renforcer la transparence.', 'Renforcer la transparence.', 'Promouvoir le dialogue.'];
    const { d, host } = await setup(VARIANTS.windows365Offline, lines);
    const paras = await host.readParagraphs();
    expect(new Set(paras.map((p) => p.id)).size).toBe(3);
    await host.highlight([{ paragraphId: paras[1].id, start: 0, end: 9, kind: 'warning' }]);
    expect(d.annotationsOf(0)).toEqual([]);
    expect(d.annotationsOf(1)).toEqual(['Renforcer=Blue']);
  });

  it('names paragraphs by position when Word repeats an id', async () => {
    const { d, host } = await setup(PROFILES.windows365, ['Un.', 'Deux.', 'Trois.']);
    d.paragraphs[2].uid = d.paragraphs[0].uid;
    const paras = await host.readParagraphs();
    expect(paras.map((p) => p.id)).toEqual([
      expect.stringMatching(/^0\./),
      expect.stringMatching(/^1\./),
      expect.stringMatching(/^2\./),
    ]);
  });

  it('finds the paragraph again when its id moved to a new one (office-js#5784, Mac) and never writes into the wrong one', async () => {
    const { d, host } = await setup(PROFILES.mac, ['Engagement 1', 'Nous allons renforcer la transparence.', 'Fin.']);
    const paras = await host.readParagraphs();
    await host.insertAfter(paras[1].id, [{ kind: 'text', text: 'Inséré par Jalon.' }]);
    expect(d.paragraphs[2].uid).toBe(paras[1].id); // Word moved the id to the new paragraph
    await host.highlight([{ paragraphId: paras[1].id, start: 12, end: 21, kind: 'warning' }]);
    expect(d.annotationsOf(1)).toEqual(['renforcer=Blue']);
    expect(d.annotationsOf(2)).toEqual([]);
    await host.select({ paragraphId: paras[1].id, start: 12, end: 21 });
    expect(d.selected).toMatchObject({ para: d.paragraphs[1], start: 12, end: 21 });
  });

  it('refuses to write where the author has changed the paragraph since the check', async () => {
    const { d, host } = await setup(PROFILES.windows365, ['Nous allons renforcer la transparence.']);
    const [p] = await host.readParagraphs();
    d.authorEdit(0, 'Le texte a été réécrit entre-temps.');
    await host.highlight([{ paragraphId: p.id, start: 12, end: 21, kind: 'warning' }]);
    expect(d.allAnnotations()).toEqual([]);
    await expect(host.select({ paragraphId: p.id, start: 12, end: 21 })).rejects.toMatchObject({ code: 'stale' });
  });

  it('numbers tables in document order, nested tables after the table holding them', () => {
    // outer table (cells a, b), a nested table inside cell b, back to the outer table, body text, another table
    const levels = [1, 1, 2, 2, 1, 0, 1];
    const cell = (row: number, column: number) => ({ row, column });
    expect(
      tableCells(levels, [cell(0, 0), cell(0, 1), cell(0, 0), cell(1, 0), cell(0, 1), undefined, cell(0, 0)]),
    ).toEqual([
      { table: 0, row: 0, column: 0 },
      { table: 0, row: 0, column: 1 },
      { table: 1, row: 0, column: 0 },
      { table: 1, row: 1, column: 0 },
      { table: 0, row: 0, column: 1 },
      undefined,
      { table: 2, row: 0, column: 0 },
    ]);
  });

  it('reads the cells of two tables and of a nested one from Word, in one round trip', async () => {
    const [t1, t2, inner] = [table(), table(), table()];
    const { d, host } = await setup(PROFILES.web, [
      { text: 'Jalon', cell: { table: t1, row: 0, column: 0 } },
      { text: 'Date', cell: { table: t1, row: 0, column: 1 } },
      { text: 'Décret', cell: { table: t1, row: 1, column: 0 } },
      'Entre les tableaux',
      { text: 'Coût', cell: { table: t2, row: 0, column: 0 } },
    ]);
    // A table nested in the second table's cell.
    d.paragraphs.push({
      ...d.paragraphs[4],
      text: 'Détail',
      uid: 'nested',
      containers: [{ cell: { table: t2, row: 0, column: 1 } }, { cell: { table: inner, row: 0, column: 0 } }],
      colours: Array(6).fill(null),
      temp: Array(6).fill(false),
      deleted: Array(6).fill(false),
      annotations: [],
    });
    const paras = await host.readParagraphs();
    expect(d.syncs).toBe(1);
    expect(paras.map((p) => p.cell)).toEqual([
      { table: 0, row: 0, column: 0 },
      { table: 0, row: 0, column: 1 },
      { table: 0, row: 1, column: 0 },
      undefined,
      { table: 1, row: 0, column: 0 },
      { table: 2, row: 0, column: 0 },
    ]);
  });

  it('reads the current text: tracked deletions out on the web (office-js#1267), note marks out, hyphen codes as Unicode', async () => {
    const raw = 'Publier\u0002 rapidement le dé\u001fcret non\u001eperpétuel.';
    const del = raw.indexOf('rapidement ');
    for (const profile of [PROFILES.web, PROFILES.windows365, PROFILES.windows2019]) {
      const { d, host } = await setup(profile, [{ text: raw, deleted: [[del, del + 11]] }]);
      const [p] = await host.readParagraphs();
      expect(p.text).toBe('Publier le dé\u00adcret non\u2011perpétuel.');
      // Two round trips where Word can say the document has tracked changes (WordApi 1.6), one otherwise.
      expect(d.syncs).toBe(profile.wordApi === '1.3' ? 1 : 2);
    }
  });

  it('reads a document too large for one response on the web in slices, within Word’s limit', async () => {
    // Word on the web's limit made ten times smaller than the documented 5 MB, so the test stays quick.
    const web = { ...PROFILES.web, payloadLimit: 500_000 };
    const big = 'Le ministère publiera les données essentielles des marchés publics. '.repeat(400);
    const lines = Array.from({ length: 24 }, (_, i) => `${i} ${big}`); // some 650,000 characters
    const { d, host } = await setup(web, lines);
    const paras = await host.readParagraphs();
    expect(paras.map((p) => p.text)).toEqual(lines);
    expect(d.syncs).toBeGreaterThan(2);
    expect(d.largestResponse).toBeLessThanOrEqual(web.payloadLimit);
    // The same document reads in one round trip where Word has no such limit.
    const desktop = await setup(PROFILES.windows365, lines);
    await desktop.host.readParagraphs();
    expect(desktop.d.syncs).toBe(1);
  });

  it('does not load a content control’s text once per paragraph it holds', async () => {
    const line = 'Jalon : publier le décret relatif aux données essentielles avant juin 2026.';
    const read = async (n: number) => {
      const cc = control('jalon:milestones');
      const { d, host } = await setup(
        PROFILES.web,
        Array.from({ length: n }, () => ({ text: line, controls: [cc] })),
      );
      await host.readParagraphs();
      return { d, host, bytes: d.largestResponse };
    };
    const small = await read(150);
    const { host, bytes } = await read(300);
    // Twice the paragraphs, twice the bytes: each paragraph's text once, not the whole control's once per paragraph.
    expect(bytes / small.bytes).toBeLessThan(2.1);
    const controls = await host.readControls('jalon:');
    expect(controls).toHaveLength(1);
    expect(controls[0].text).toBe(Array(300).fill(line).join('\n'));
  });
});

describe('getSelection', () => {
  it('works as the first call (office-js ids are decided by the read it makes), on every id scheme', async () => {
    for (const profile of [PROFILES.windows365, PROFILES.windows2019, VARIANTS.windows365Offline, PROFILES.mac]) {
      const { d, host } = await setup(profile, ['Titre', 'Nous allons renforcer la transparence.', 'Fin.']);
      d.selection = { para: 1, start: 12, end: 21 };
      const sel = await host.getSelection();
      expect(d.syncs).toBe(SYNCS.getSelection);
      const paras = await host.readParagraphs();
      expect(sel).toEqual({ paragraphId: paras[1].id, start: 12, end: 12 });
    }
  });

  it('gives the offset in Jalon’s text past a note mark and a tracked deletion', async () => {
    const raw = 'Publier\u0002 rapidement le décret.';
    const { d, host } = await setup(PROFILES.web, [{ text: raw, deleted: [[9, 20]] }]);
    d.selection = { para: 0, start: raw.indexOf('décret'), end: raw.indexOf('décret') };
    const sel = await host.getSelection();
    const [p] = await host.readParagraphs();
    expect(p.text.slice(sel!.start)).toBe('décret.');
  });
});
