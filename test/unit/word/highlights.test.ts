// Highlights where Word has no annotations for Jalon: found again through search on every kind of text, written
// and restored exactly, in colours Word keeps, never as revisions, and never failing a batch for one span.
import { HIGHLIGHT_COLOURS, SYNCS, WordDocument } from '../../../src/word';
import { restorable } from '../../../src/word/text';
import { FakeWordDocument, installFake, PROFILES, type HostProfile } from './fakeWord';
import { setup } from './helpers';

const PLAN = [
  { text: 'Engagement 1 : Ouvrir les données de la commande publique', heading: 2 },
  'Nous allons renforcer la transparence et renforcer le dialogue.',
  { text: 'Indicateur : 80\u00a0% des marchés publiés 🚀', tags: ['jalon:indicator'] },
];
const FONT = PROFILES.windows2019; // WordApi 1.3: the font colour is the only way
/** Microsoft 365: findings are annotations; the selection feedback ('focus') is Range.highlight() (WordApi 1.8). */
const M365 = PROFILES.windows365;

describe('font highlight (Word 2016/2019, Word 2024)', () => {
  it('highlights the exact occurrence and restores what was there before', async () => {
    const { d, host } = await setup(FONT, PLAN);
    d.paragraphs[1].colours.fill('#00FF00', 0, 5); // the author's own highlight on "Nous "
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
      },
    ]);
    expect(d.syncs).toBe(SYNCS.highlight);
    expect(d.highlights(1)).toEqual([
      `Nous=${HIGHLIGHT_COLOURS.error}`,
      ' =#00FF00',
      `renforcer=${HIGHLIGHT_COLOURS.warning}`,
    ]);
    expect(d.highlights(2)).toEqual([`80\u00a0%=${HIGHLIGHT_COLOURS.suggestion}`]);
    await host.clearHighlights();
    expect(d.highlights(1)).toEqual(['Nous =#00FF00']);
    expect(d.highlights(2)).toEqual([]);
  });

  it('keeps its record in the document settings, so a new session can still remove its highlights', async () => {
    const d = new FakeWordDocument(PLAN);
    const { settings } = await installFake(d, { profile: FONT });
    const paras = await new WordDocument().readParagraphs();
    await new WordDocument().highlight([{ paragraphId: paras[1].id, start: 12, end: 21, kind: 'warning' }]);
    expect(settings.get('jalon.highlights.v1')).toHaveLength(1);
    d.reopen();
    await new WordDocument().clearHighlights();
    expect(d.highlights(1)).toEqual([]);
    expect(settings.has('jalon.highlights.v1')).toBe(false);
  });

  it('clears only the given paragraphs, and leaves a span the author re-coloured', async () => {
    const { d, host } = await setup(FONT, PLAN);
    const paras = await host.readParagraphs();
    await host.highlight([
      { paragraphId: paras[0].id, start: 0, end: 10, kind: 'info' },
      { paragraphId: paras[1].id, start: 12, end: 21, kind: 'warning' },
    ]);
    d.paragraphs[0].colours.fill('#0000FF', 0, 10); // the author chose blue meanwhile
    await host.clearHighlights([paras[1].id]);
    expect(d.highlights(1)).toEqual([]);
    expect(d.highlights(0)).toEqual(['Engagement=#0000FF']);
    await host.clearHighlights();
    expect(d.highlights(0)).toEqual(['Engagement=#0000FF']);
  });

  it('leaves alone a span under several colours, or under a colour Word would not keep (office-js#3950)', async () => {
    const { d, host } = await setup(FONT, PLAN);
    d.paragraphs[1].colours.fill('#FFFF00', 12, 15);
    const second = d.paragraphs[1].text.indexOf('renforcer', 20);
    d.paragraphs[1].colours.fill('#FF00FF', second, second + 9); // Pink: restored by the API, lost once saved
    const paras = await host.readParagraphs();
    await host.highlight([
      { paragraphId: paras[1].id, start: 12, end: 21, kind: 'error' },
      { paragraphId: paras[1].id, start: second, end: second + 9, kind: 'error' },
    ]);
    expect(d.highlights(1)).toEqual(['ren=#FFFF00', 'renforcer=#FF00FF']);
  });

  it('uses only colours Word keeps in the saved file', () => {
    for (const c of Object.values(HIGHLIGHT_COLOURS)) expect(restorable(c)).toBe(true);
    expect(['#FF00FF', '#00FFFF', '#C0C0C0', 'Pink', 'turquoise', 'LightGray'].map(restorable)).toEqual(
      Array(6).fill(false),
    );
  });

  it('ignores stale paragraph ids instead of highlighting the wrong text', async () => {
    const { d, host } = await setup(FONT, PLAN);
    const paras = await host.readParagraphs();
    d.paragraphs[1].text = 'Texte réécrit par l’auteur entre-temps.';
    await host.highlight([{ paragraphId: paras[1].id, start: 0, end: 5, kind: 'error' }]);
    expect(d.highlights(1)).toEqual([]);
  });

  it('highlights spans longer than Word’s 255-character search limit, counted after escaping', async () => {
    // 200 characters, but 60 non-breaking spaces: 260 once escaped as ^s, which Word would refuse in one search.
    const long = 'Nous allons ' + 'publier\u00a0le\u00a0décret\u00a0'.repeat(20) + 'fin.';
    const { d, host } = await setup(FONT, [long]);
    const [p] = await host.readParagraphs();
    d.syncs = 0;
    await host.highlight([{ paragraphId: p.id, start: 5, end: long.length - 1, kind: 'suggestion' }]);
    expect(d.syncs).toBe(SYNCS.highlight + 1);
    expect(d.highlights(0)).toEqual([`${long.slice(5, -1)}=${HIGHLIGHT_COLOURS.suggestion}`]);
    await host.clearHighlights();
    expect(d.highlights(0)).toEqual([]);
  });

  it('a span Word cannot search never fails the batch: the hundreds of others are highlighted', async () => {
    const lines = Array.from(
      { length: 300 },
      (_, i) => `Paragraphe ${i} : nous allons renforcer\u0002\u0001 la transparence.`,
    );
    const { d, host } = await setup(FONT, lines);
    const paras = await host.readParagraphs();
    const requests = paras.flatMap((p) => [
      {
        paragraphId: p.id,
        start: p.text.indexOf('renforcer'),
        end: p.text.indexOf('renforcer') + 9,
        kind: 'warning' as const,
      },
      // Over the control characters Word's search cannot find: the searchable runs around them are used.
      { paragraphId: p.id, start: p.text.indexOf('la'), end: p.text.indexOf('la') + 2, kind: 'error' as const },
    ]);
    await host.highlight(requests);
    for (let i = 0; i < lines.length; i++)
      expect(d.highlights(i)).toEqual([`renforcer=${HIGHLIGHT_COLOURS.warning}`, `la=${HIGHLIGHT_COLOURS.error}`]);
  });

  it('finds the exact occurrence when Word’s search matches straight and curly apostrophes alike', async () => {
    const text = "L’accès aux données et l'accès aux données ouvertes.";
    const { d, host } = await setup(FONT, [text]);
    const [p] = await host.readParagraphs();
    const second = text.indexOf("l'accès");
    await host.highlight([{ paragraphId: p.id, start: second, end: second + 7, kind: 'warning' }]);
    expect(d.highlights(0)).toEqual([`l'accès=${HIGHLIGHT_COLOURS.warning}`]);
  });

  it('under Track Changes (WordApi 1.4: Word 2024) writes nothing and says why', async () => {
    const { d, host } = await setup(PROFILES.windows2024, PLAN);
    d.changeTracking = 'TrackAll';
    const paras = await host.readParagraphs();
    await host.highlight([{ paragraphId: paras[1].id, start: 12, end: 21, kind: 'warning' }]);
    expect(d.revisions).toEqual([]);
    expect(d.highlights(1)).toEqual([]);
    expect(host.takeNotices().map((n) => n.code)).toEqual(['noAnnotations', 'trackingOn']);
  });
});

describe('temporary highlight (WordApi 1.8, Microsoft 365)', () => {
  it('uses range.highlight(), writes nothing to the file and removes exactly its spans', async () => {
    const { d, host, settings } = await setup(M365, PLAN);
    expect(host.capabilities().tempHighlight).toBe(true);
    const paras = await host.readParagraphs();
    await host.highlight([{ paragraphId: paras[1].id, start: 12, end: 21, kind: 'focus' }]);
    expect(d.tempSpans(1)).toEqual(['renforcer']);
    expect(d.highlights(1)).toEqual([]);
    expect(settings.size).toBe(0);
    await host.clearHighlights();
    expect(d.tempSpans(1)).toEqual([]);
  });

  it('on the web puts the author’s selection back after highlight() moved it (office-js#6141)', async () => {
    const { d, host } = await setup(PROFILES.web, PLAN);
    d.selection = { para: 2, start: 3, end: 3 };
    const paras = await host.readParagraphs();
    await host.highlight([{ paragraphId: paras[1].id, start: 12, end: 21, kind: 'focus' }]);
    expect(d.tempSpans(1)).toEqual(['renforcer']);
    expect(d.selected).toEqual({ para: d.paragraphs[2], start: 3, end: 3 });
  });

  it('never relies on highlight() on Word 2024, where it shows nothing (office-js#6168)', async () => {
    const { d, host } = await setup(PROFILES.windows2024, PLAN);
    const paras = await host.readParagraphs();
    await host.highlight([{ paragraphId: paras[1].id, start: 12, end: 21, kind: 'warning' }]);
    expect(d.highlights(1)).toEqual([`renforcer=${HIGHLIGHT_COLOURS.warning}`]);
    expect(host.capabilities()).toMatchObject({ tempHighlight: false, annotations: false });
  });
});

describe('round trips do not grow with the document', () => {
  const big = (n: number) =>
    Array.from({ length: n }, (_, i) => `Engagement ${i} : renforcer la transparence et promouvoir l'open data (PGO).`);
  async function count(n: number, profile: HostProfile) {
    const { d, host } = await setup(profile, big(n));
    d.syncs = 0;
    const paras = await host.readParagraphs();
    const read = d.syncs;
    const requests = paras.flatMap((p) =>
      ['renforcer', 'open data'].map((w) => ({
        paragraphId: p.id,
        start: p.text.indexOf(w),
        end: p.text.indexOf(w) + w.length,
        kind: 'warning' as const,
      })),
    );
    d.syncs = 0;
    await host.highlight(requests);
    const highlight = d.syncs;
    d.syncs = 0;
    await host.clearHighlights();
    const left = d.paragraphs.filter(
      (_, i) => d.highlights(i).length || d.tempSpans(i).length || d.annotationsOf(i).length,
    ).length;
    return { read, highlight, clear: d.syncs, left };
  }
  it.each([FONT, M365, PROFILES.windows2024, PROFILES.web].map((p) => [p.name, p] as const))(
    'same sync counts for 10 and 3,000 paragraphs (%s)',
    async (_n, profile) => {
      const small = await count(10, profile);
      const large = await count(3000, profile);
      expect(large).toEqual(small);
      expect(small.read).toBe(SYNCS.read);
      expect(small.left).toBe(0);
    },
  );

  it('splits only a batch past the payload bound, and stays under Word on the web’s limit', async () => {
    const web = PROFILES.web;
    const lines = Array.from({ length: 2000 }, (_, i) => `${i} ${'renforcer la transparence '.repeat(12)}`);
    const { d, host } = await setup(web, lines);
    const paras = await host.readParagraphs();
    // Ten spans per paragraph: some 20,000 searches, past the bound of one request.
    const requests = paras.flatMap((p) =>
      Array.from({ length: 10 }, (_, k) => ({
        paragraphId: p.id,
        start: 2 + k * 26,
        end: 11 + k * 26,
        kind: 'focus' as const,
      })),
    );
    d.syncs = 0;
    await host.highlight(requests);
    expect(d.syncs).toBeGreaterThan(SYNCS.highlight);
    expect(d.largestRequest).toBeLessThanOrEqual(web.payloadLimit!);
    expect(d.paragraphs.every((_, i) => d.tempSpans(i).length === 10)).toBe(true);
  });
});
