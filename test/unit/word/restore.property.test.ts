// Property: whatever the text (non-breaking spaces, soft hyphens, emoji, Word's ^ code character) and whatever
// spans the pane asks for, highlight then clear leaves every character's colour exactly as it was, and
// highlighting only ever colours characters inside a requested span.
import fc from 'fast-check';
import { HIGHLIGHT_COLOURS, WordDocument } from '../../../src/word';
import { FakeWordDocument, installFake } from './fakeWord';
import { PROFILES } from './fake/profiles';
import { critiqueView } from './fake/model';

const CHUNKS = ['a', 'b', 'ab', ' ', '\u00a0', '\u00ad', '🚀', '^', 'é', 'renforcer', '\t'];
const COLOURS = [null, null, null, '#00FF00', '#FF0000'];

const paragraph = fc.record({
  chunks: fc.array(fc.constantFrom(...CHUNKS), { minLength: 0, maxLength: 12 }),
  colours: fc.oneof(fc.constant([null]), fc.array(fc.constantFrom(...COLOURS), { minLength: 1, maxLength: 3 })),
});

/** Cut points that never split a surrogate pair: chunk boundaries. */
function boundaries(chunks: string[]): number[] {
  const out = [0];
  for (const c of chunks) out.push(out[out.length - 1] + c.length);
  return out;
}

it('highlight then clear restores every colour exactly (font highlight, WordApi 1.3)', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(paragraph, { minLength: 1, maxLength: 4 }),
      fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.constantFrom('error', 'warning', 'suggestion')), {
        maxLength: 8,
      }),
      async (paras, picks) => {
        const doc = new FakeWordDocument(paras.map((p) => p.chunks.join('')));
        // The author's own highlights, in runs that follow chunk boundaries.
        paras.forEach((p, i) => {
          boundaries(p.chunks)
            .slice(0, -1)
            .forEach((b, k) => {
              const end = boundaries(p.chunks)[k + 1];
              doc.paragraphs[i].colours.fill(p.colours[k % p.colours.length], b, end);
            });
        });
        const before = doc.paragraphs.map((p) => [...p.colours]);
        await installFake(doc, { wordApi: '1.3' });
        const host = new WordDocument({ lang: 'en' });
        const read = await host.readParagraphs();
        const requests = picks.flatMap(([pi, a, b, kind]) => {
          const p = read[pi % read.length];
          const cuts = boundaries(paras[pi % read.length].chunks);
          const s = cuts[a % cuts.length];
          const e = cuts[b % cuts.length];
          return s < e ? [{ paragraphId: p.id, start: s, end: e, kind: kind as 'error' }] : [];
        });
        await host.highlight(requests);
        doc.paragraphs.forEach((p, i) =>
          p.colours.forEach((c, k) => {
            if (c !== before[i][k]) {
              expect(requests.some((r) => r.paragraphId === read[i].id && r.start <= k && k < r.end)).toBe(true);
            }
          }),
        );
        await host.clearHighlights();
        expect(doc.paragraphs.map((p) => p.colours)).toEqual(before);
      },
    ),
    { numRuns: 150 },
  );
});

it('reads empty documents, empty paragraphs and odd characters without losing an offset', async () => {
  const texts = ['', 'trans\u00adparence', '50\u00a0% 🚀🚀', 'x^2', '\t'];
  const doc = new FakeWordDocument(texts);
  await installFake(doc, { wordApi: '1.3' });
  const host = new WordDocument();
  const read = await host.readParagraphs();
  expect(read.map((p) => p.text)).toEqual(texts);
  await host.highlight([
    { paragraphId: read[1].id, start: 0, end: 6, kind: 'warning' }, // "trans" + soft hyphen
    { paragraphId: read[2].id, start: 7, end: 9, kind: 'info' }, // the second rocket
    { paragraphId: read[3].id, start: 1, end: 3, kind: 'error' }, // "^2"
  ]);
  expect(doc.highlights(1)).toEqual([`trans\u00ad=${HIGHLIGHT_COLOURS.warning}`]);
  expect(doc.highlights(2)).toEqual([`🚀=${HIGHLIGHT_COLOURS.info}`]);
  expect(doc.paragraphs[2].colours.slice(5, 7)).toEqual([null, null]);
  expect(doc.highlights(3)).toEqual([`^2=${HIGHLIGHT_COLOURS.error}`]);
  await host.clearHighlights();
  expect([1, 2, 3].flatMap((i) => doc.highlights(i))).toEqual([]);
  await installFake(new FakeWordDocument([]), { wordApi: '1.3' });
  const empty = new WordDocument();
  expect(await empty.readParagraphs()).toEqual([]);
  await expect(empty.highlight([])).resolves.toBeUndefined();
  await expect(empty.clearHighlights()).resolves.toBeUndefined();
});

it('leaves out a span overlapping one already highlighted, so both stay removable', async () => {
  const doc = new FakeWordDocument(['Nous allons renforcer la transparence.']);
  await installFake(doc, { wordApi: '1.3' });
  const host = new WordDocument();
  const [p] = await host.readParagraphs();
  await host.highlight([
    { paragraphId: p.id, start: 0, end: 21, kind: 'suggestion' },
    { paragraphId: p.id, start: 12, end: 21, kind: 'warning' },
  ]);
  expect(doc.highlights(0)).toEqual([`Nous allons renforcer=${HIGHLIGHT_COLOURS.suggestion}`]);
  await host.highlight([{ paragraphId: p.id, start: 5, end: 30, kind: 'error' }]);
  expect(doc.highlights(0)).toEqual([`Nous allons renforcer=${HIGHLIGHT_COLOURS.suggestion}`]);
  await host.clearHighlights();
  expect(doc.highlights(0)).toEqual([]);
});

it('on every host, with note marks and tracked deletions, marks land only on the requested text and clear leaves nothing', async () => {
  const CHUNKS2 = ['a', 'b', 'ab', ' ', '\u00a0', '🚀', '^', "l'", 'l’', 'renforcer', '\u0002', '\t'];
  const hosts = [PROFILES.windows2019, PROFILES.windows2024, PROFILES.web, PROFILES.mac];
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...hosts),
      fc.array(
        fc.record({
          chunks: fc.array(fc.constantFrom(...CHUNKS2), { minLength: 1, maxLength: 10 }),
          deleted: fc.nat(),
        }),
        {
          minLength: 1,
          maxLength: 3,
        },
      ),
      fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 6 }),
      async (profile, paras, picks) => {
        const lines = paras.map((p) => {
          const text = p.chunks.join('');
          // One chunk tracked as deleted (shown by the web in paragraph.text, office-js#1267).
          const k = p.deleted % p.chunks.length;
          const start = p.chunks.slice(0, k).join('').length;
          return {
            text,
            deleted: p.chunks.length > 1 ? ([[start, start + p.chunks[k].length]] as [number, number][]) : [],
          };
        });
        const doc = new FakeWordDocument(lines);
        await installFake(doc, { profile });
        const before = JSON.stringify(doc.paragraphs.map((p) => [p.text, p.colours]));
        const host = new WordDocument({ lang: 'en' });
        const read = await host.readParagraphs();
        const requests = picks.flatMap(([pi, a, b]) => {
          const p = read[pi % read.length];
          const s = Math.min(a, b) % (p.text.length + 1);
          const e = Math.max(a, b) % (p.text.length + 1);
          // Whole characters only (the pane's offsets never split an emoji).
          const ok = (i: number) => i === 0 || i === p.text.length || !/[\udc00-\udfff]/.test(p.text[i]);
          return s < e && ok(s) && ok(e) ? [{ paragraphId: p.id, start: s, end: e, kind: 'warning' as const }] : [];
        });
        await host.highlight(requests);
        // Every character Jalon marked is in a requested span (of Jalon's text), whatever Word's text is. A range over a
        // tracked deletion or a note mark also covers them: only the characters the author reads are checked.
        doc.paragraphs.forEach((p, i) => {
          const seen: number[] = []; // raw offset of each character of Jalon's text
          for (let k = 0; k < p.text.length; k++) if (!p.deleted[k] && p.text[k] !== '\u0002') seen.push(k);
          expect(seen.map((k) => p.text[k]).join('')).toBe(read[i].text);
          const crit = critiqueView(p);
          const marked = new Set<number>();
          for (const a of p.annotations) for (let c = a.start; c < a.start + a.length; c++) marked.add(crit[c]);
          p.colours.forEach((c, k) => c && marked.add(k));
          p.temp.forEach((t, k) => t && marked.add(k));
          seen.forEach((k, j) => {
            if (!marked.has(k)) return;
            expect(requests.some((r) => r.paragraphId === read[i].id && r.start <= j && j < r.end)).toBe(true);
          });
        });
        await host.clearHighlights();
        expect(JSON.stringify(doc.paragraphs.map((p) => [p.text, p.colours]))).toBe(before);
        expect(doc.allAnnotations()).toEqual([]);
        expect(doc.paragraphs.some((p) => p.temp.includes(true))).toBe(false);
      },
    ),
    { numRuns: 80 },
  );
});
