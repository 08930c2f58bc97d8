// Inserting the template and the fields: after the outermost container of the anchor, out of lists, with the grey
// prompts where Word allows them, and all or nothing.
import { templateBlocks } from '../../../src/core';
import { SYNCS, WordHostError } from '../../../src/word';
import { control, PROFILES, table } from './fakeWord';
import { cellsOf, controlsOf } from './fake/model';
import { setup, TAGGED_PLAN } from './helpers';

const PLAN = TAGGED_PLAN;

describe('insertAtCursor and insertAfter', () => {
  it('inserts after the selection without touching it, in two round trips', async () => {
    const { d, host } = await setup(PROFILES.windows365, PLAN);
    d.selection = { para: 1, start: 12, end: 21 };
    await host.insertAtCursor([
      { kind: 'heading', text: 'Engagement 2', level: 2 },
      { kind: 'label', text: 'Coût :' },
      { kind: 'field', text: '', tag: 'jalon:cost', placeholder: 'Montant en euros' },
    ]);
    expect(d.syncs).toBe(SYNCS.insertAtCursor);
    expect(d.texts().slice(1, 5)).toEqual([PLAN[1], 'Engagement 2', 'Coût :', '']);
    expect(d.paragraphs[2].styleBuiltIn).toBe('Heading2');
    expect(d.paragraphs[3]).toMatchObject({ styleBuiltIn: 'Normal', bold: true });
    expect(controlsOf(d.paragraphs[4])).toMatchObject([{ tag: 'jalon:cost', placeholder: 'Montant en euros' }]);
  });

  it("marks Jalon's own words with a control each, and never reads them back", async () => {
    const { d, host } = await setup(PROFILES.windows365, PLAN);
    const before = await host.readParagraphs();
    await host.insertAfter(before[1].id, [
      { kind: 'heading', level: 2, text: 'Questions de relecture', own: true },
      { kind: 'text', text: 'Paragraphe 2 : préciser « renforcer ».', own: true },
    ]);
    expect(d.texts().slice(2, 4)).toEqual(['Questions de relecture', 'Paragraphe 2 : préciser « renforcer ».']);
    expect(controlsOf(d.paragraphs[2])).toMatchObject([{ tag: 'jalon-note' }]);
    expect(controlsOf(d.paragraphs[3])).toMatchObject([{ tag: 'jalon-note' }]);
    const after = await host.readParagraphs();
    expect(after.map((p) => [p.id, p.text, p.index])).toEqual(before.map((p) => [p.id, p.text, p.index]));
    // A summary inserted after the last paragraph the pane knows goes after its container, not inside it.
    await host.insertAfter(before[1].id, [{ kind: 'text', text: 'Ajouté', own: true }]);
    expect(d.texts().slice(2, 5)).toEqual([
      'Ajouté',
      'Questions de relecture',
      'Paragraphe 2 : préciser « renforcer ».',
    ]);
    expect(controlsOf(d.paragraphs[2])).toMatchObject([{ tag: 'jalon-note' }]);
  });

  it('inserts after the outermost of two content controls, so writing the outer one later keeps the new text', async () => {
    const outer = control('jalon:engagement');
    const { d, host } = await setup(PROFILES.windows365, [
      { text: 'Titre', controls: [outer] },
      { text: 'Indicateur', controls: [outer, control('jalon:indicator')] },
      'Fin.',
    ]);
    const paras = await host.readParagraphs();
    d.syncs = 0;
    await host.insertAfter(paras[1].id, [{ kind: 'text', text: 'Ajouté' }]);
    expect(d.syncs).toBe(SYNCS.insertAfter + 1); // the container is probed first
    expect(d.texts()).toEqual(['Titre', 'Indicateur', 'Ajouté', 'Fin.']);
    expect(controlsOf(d.paragraphs[2])).toEqual([]);
  });

  it('inserts after a table held in a control after the control, and after a control held in a cell after the table', async () => {
    const box = control('jalon:milestones');
    const t = table();
    const inControl = await setup(PROFILES.windows365, [
      { text: 'Jalon', controls: [box], cell: { table: t, row: 0, column: 0 } },
      { text: 'Date', controls: [box], cell: { table: t, row: 0, column: 1 } },
      { text: 'Note', controls: [box] },
      'Fin.',
    ]);
    inControl.d.selection = { para: 0, start: 0, end: 0 };
    await inControl.host.insertAtCursor([{ kind: 'text', text: 'Ajouté' }]);
    expect(inControl.d.texts()).toEqual(['Jalon', 'Date', 'Note', 'Ajouté', 'Fin.']);
    const u = table();
    const inCell = await setup(PROFILES.windows365, [
      {
        text: 'Jalon',
        controls: [control('jalon:milestone')],
        cell: { table: u, row: 0, column: 0 },
        cellOutside: true,
      },
      { text: 'Date', cell: { table: u, row: 0, column: 1 } },
      'Fin.',
    ]);
    inCell.d.selection = { para: 0, start: 0, end: 0 };
    await inCell.host.insertAtCursor([{ kind: 'text', text: 'Ajouté' }]);
    expect(inCell.d.texts()).toEqual(['Jalon', 'Date', 'Ajouté', 'Fin.']);
    expect(cellsOf(inCell.d.paragraphs[2])).toEqual([]);
  });

  it('a heading anchor does not turn the inserted body into headings, nor a list item into list items', async () => {
    const { d, host } = await setup(PROFILES.windows365, [
      { text: 'Engagement 1', heading: 2 },
      { text: 'Jalon 1', list: 0 },
    ]);
    d.selection = { para: 1, start: 0, end: 0 };
    await host.insertAtCursor([{ kind: 'text', text: 'Texte' }]);
    expect(d.paragraphs[2]).toMatchObject({ text: 'Texte', styleBuiltIn: 'Normal', list: undefined });
    const paras = await host.readParagraphs();
    await host.insertAfter(paras[0].id, [{ kind: 'label', text: 'Coût :' }]);
    expect(d.paragraphs[1]).toMatchObject({ text: 'Coût :', styleBuiltIn: 'Normal' });
  });

  it('a host that refuses the prompt text still inserts every field, and says so once', async () => {
    const { d, host } = await setup(PROFILES.windows365, PLAN);
    d.failures.set('ContentControl.placeholderText', 'NotAllowed');
    const blocks = templateBlocks('fr');
    await host.insertAtCursor(blocks);
    expect(d.paragraphs).toHaveLength(PLAN.length + blocks.length);
    const made = d.paragraphs.slice(1, 1 + blocks.length);
    expect(
      made.map((p) =>
        controlsOf(p)
          .map((c) => c.tag)
          .join(),
      ),
    ).toEqual(blocks.map((b) => (b.kind === 'field' || b.kind === 'heading' ? b.tag : '')));
    expect(host.takeNotices().map((n) => n.code)).toEqual(['placeholders']);
    await host.insertAtCursor(blocks); // from then on without prompts: no failed round trip
    expect(host.takeNotices()).toEqual([]);
  });

  it('a failed insertion leaves the document as it was', async () => {
    const { d, host } = await setup(PROFILES.windows365, PLAN);
    const before = JSON.stringify(d.paragraphs.map((p) => [p.text, p.containers.length]));
    d.failures.set('Paragraph.insertContentControl', 'GeneralException');
    await expect(host.insertAtCursor(templateBlocks('fr'))).rejects.toMatchObject({ code: 'GeneralException' });
    expect(JSON.stringify(d.paragraphs.map((p) => [p.text, p.containers.length]))).toBe(before);
  });

  it('inserts text after a character (an emoji kept whole), and a footnote where WordApi 1.5 has them', async () => {
    const { d, host } = await setup(PROFILES.windows365, PLAN);
    const paras = await host.readParagraphs();
    const at = paras[2].text.indexOf('🚀') + 2;
    await host.insertText({ paragraphId: paras[2].id, start: at, end: at }, ' (fusée)');
    expect(d.paragraphs[2].text.endsWith('🚀 (fusée)')).toBe(true);
    await host.addFootnote({ paragraphId: paras[1].id, start: 0, end: 4 }, 'Définition');
    expect(d.footnotes).toMatchObject([{ offset: 4, text: 'Définition' }]);
    const old = await setup(PROFILES.windows2019, PLAN);
    await expect(old.host.addFootnote({ paragraphId: 'x', start: 0, end: 1 }, 'n')).rejects.toBeInstanceOf(
      WordHostError,
    );
  });
});

describe('fields', () => {
  it('writes into existing tagged controls and creates the missing ones after the commitment', async () => {
    const { d, host } = await setup(PROFILES.windows2019, PLAN);
    const paras = await host.readParagraphs();
    await host.writeFields(paras[0].id, paras[2].id, [
      { tag: 'jalon:indicator', label: 'Indicateur :', text: 'Part des marchés publiés en open data' },
      { tag: 'jalon:cost', label: 'Coût :', text: '120 000 €' },
    ]);
    // The new field goes after the engagement's control, outside it.
    expect(d.texts().slice(2, 5)).toEqual(['Part des marchés publiés en open data', 'Coût :', '120 000 €']);
    expect(controlsOf(d.paragraphs[4]).map((c) => c.tag)).toEqual(['jalon:cost']);
    const controls = await host.readControls('jalon:');
    expect(controls.map((c) => [c.tag, c.text])).toEqual([
      ['jalon:engagement', 'Part des marchés publiés en open data'],
      ['jalon:indicator', 'Part des marchés publiés en open data'],
      ['jalon:cost', '120 000 €'],
    ]);
  });

  it('reads a control over several paragraphs as those paragraphs, in two round trips', async () => {
    const box = control('jalon:milestones');
    const { d, host } = await setup(PROFILES.web, [
      'Jalons :',
      { text: 'T1 2026 : décret', controls: [box] },
      { text: 'T3 2026\u0002 : données', controls: [box] },
    ]);
    d.syncs = 0;
    const controls = await host.readControls('jalon:');
    expect(d.syncs).toBe(SYNCS.readControls);
    expect(controls).toEqual([
      {
        id: String(box.id),
        tag: 'jalon:milestones',
        text: 'T1 2026 : décret\nT3 2026 : données',
        paragraphId: (await host.readParagraphs())[1].id,
      },
    ]);
  });

  it('refuses to write fields between paragraphs that are gone', async () => {
    const { host } = await setup(PROFILES.windows365, PLAN);
    await expect(
      host.writeFields('nope', 'gone', [{ tag: 'jalon:cost', label: 'Coût', text: '1 €' }]),
    ).rejects.toMatchObject({ code: 'stale' });
  });
});
