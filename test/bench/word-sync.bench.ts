// Round trips and time of the Word layer on a 10- and a 3,000-paragraph document, through the counting fake
// of Word's object model (test/unit/word/fakeWord.ts). The bar: the sync counts do not grow with size.
// Times measure Jalon's own work around the syncs (planning, searching, restoring), not Word's.
import { performance } from 'node:perf_hooks';
import { WordDocument } from '../../src/word';
import { FakeWordDocument, installFake } from '../unit/word/fakeWord';

const LINE = (i: number) =>
  i % 10 === 0
    ? { text: `Engagement ${i / 10 + 1} : Renforcer la transparence`, heading: 2 }
    : `Le ministère s’engage à renforcer la transparence et à promouvoir l’open data (PGO), paragraphe ${i}, avec 80\u00a0% des données 🚀.`;

interface Figures {
  paragraphs: number;
  readSyncs: number;
  highlightSyncs: number;
  clearSyncs: number;
  readMs: number;
  highlightMs: number;
  clearMs: number;
  ranges: number;
}

async function measure(n: number, wordApi: string, annotations: boolean): Promise<Figures> {
  const doc = new FakeWordDocument(Array.from({ length: n }, (_, i) => LINE(i)));
  // Without the Microsoft 365 service Word refuses critiques even where it lists WordApi 1.7/1.8.
  doc.refuseAnnotations = !annotations;
  await installFake(doc, { wordApi });
  const host = new WordDocument({ lang: 'en' });
  doc.syncs = 0;
  let t = performance.now();
  const paras = await host.readParagraphs();
  const readMs = performance.now() - t;
  const readSyncs = doc.syncs;
  const requests = paras.flatMap((p) =>
    ['renforcer', 'promouvoir', 'open data', 'PGO', '80\u00a0%']
      .map((w) => ({ w, s: p.text.indexOf(w) }))
      .filter(({ s }) => s >= 0)
      .map(({ w, s }) => ({
        paragraphId: p.id,
        start: s,
        end: s + w.length,
        kind: 'warning' as const,
        suggestions: ['publier'],
        suggestionsReplace: w === 'renforcer',
      })),
  );
  doc.syncs = 0;
  t = performance.now();
  await host.highlight(requests);
  const highlightMs = performance.now() - t;
  const highlightSyncs = doc.syncs;
  const marked = doc.paragraphs.filter(
    (_, i) => doc.highlights(i).length || doc.tempSpans(i).length || doc.annotationsOf(i).length,
  ).length;
  if (annotations && doc.allAnnotations().length !== requests.length)
    throw new Error(`${doc.allAnnotations().length} annotations for ${requests.length} findings`);
  if (marked !== paras.filter((p) => p.headingLevel === 0).length)
    throw new Error(`highlighted ${marked} paragraphs, expected every body paragraph`);
  doc.syncs = 0;
  t = performance.now();
  await host.clearHighlights();
  if (doc.allAnnotations().length || doc.paragraphs.some((_, i) => doc.highlights(i).length || doc.tempSpans(i).length))
    throw new Error('clear left marks behind');
  return {
    paragraphs: n,
    readSyncs,
    highlightSyncs,
    clearSyncs: doc.syncs,
    readMs,
    highlightMs,
    clearMs: performance.now() - t,
    ranges: requests.length,
  };
}

export async function run(): Promise<boolean> {
  let ok = true;
  for (const [api, annotations, label] of [
    ['1.3', false, 'Word 2019/2021 (WordApi 1.3: font highlight + restore)'],
    ['1.8', false, 'WordApi 1.8 without Microsoft 365 critiques (one refused attempt, then temporary highlight)'],
    ['1.8', true, 'Microsoft 365 (WordApi 1.7/1.8: annotations, underline + pop-up)'],
  ] as const) {
    const small = await measure(10, api, annotations);
    const large = await measure(3000, api, annotations);
    console.log(`${label}`);
    for (const f of [small, large]) {
      console.log(
        `  ${String(f.paragraphs).padStart(5)} paragraphs, ${String(f.ranges).padStart(5)} ranges: syncs read ${f.readSyncs}, highlight ${f.highlightSyncs}, clear ${f.clearSyncs}; ` +
          `time read ${f.readMs.toFixed(1)} ms, highlight ${f.highlightMs.toFixed(1)} ms, clear ${f.clearMs.toFixed(1)} ms`,
      );
    }
    const same =
      small.readSyncs === large.readSyncs &&
      small.highlightSyncs === large.highlightSyncs &&
      small.clearSyncs === large.clearSyncs;
    console.log(
      `  sync counts 3,000 vs 10 paragraphs: ${same ? 'equal (ratio 1.0)' : 'DIFFERENT'}; time ratio read ${(large.readMs / small.readMs).toFixed(0)}x, highlight ${(large.highlightMs / small.highlightMs).toFixed(0)}x for ${large.paragraphs / small.paragraphs}x the paragraphs`,
    );
    ok &&= same;
  }
  return ok;
}
