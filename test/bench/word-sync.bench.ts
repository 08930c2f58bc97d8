// Round trips and time of the Word layer on a 10- and a 3,000-paragraph document, on every Word host profile, through
// the counting fake of Word's object model (test/unit/word/fakeWord.ts). The bar: no operation's sync count grows
// with the document. Times measure Jalon's own work around the syncs (planning, searching, restoring), not Word's.
import { performance } from 'node:perf_hooks';
import { WordDocument } from '../../src/word';
import { FakeWordDocument, installFake, PROFILES, type HostProfile } from '../unit/word/fakeWord';

const LINE = (i: number) =>
  i % 10 === 0
    ? { text: `Engagement ${i / 10 + 1} : Renforcer la transparence`, heading: 2 }
    : `Le ministère s’engage à renforcer la transparence et à promouvoir l’open data (PGO), paragraphe ${i}, avec 80\u00a0% des données 🚀.`;

const OPERATIONS = ['read', 'highlight', 'clear', 'select', 'fields', 'controls', 'template', 'comments'] as const;
type Counts = Record<(typeof OPERATIONS)[number], number>;

interface Figures {
  paragraphs: number;
  ranges: number;
  syncs: Counts;
  readMs: number;
  highlightMs: number;
  clearMs: number;
}

async function measure(n: number, profile: HostProfile): Promise<Figures> {
  const doc = new FakeWordDocument(Array.from({ length: n }, (_, i) => LINE(i)));
  await installFake(doc, { profile });
  const host = new WordDocument({ lang: 'en' });
  const syncs = {} as Counts;
  const timed = async <T>(op: keyof Counts, f: () => Promise<T>): Promise<[T, number]> => {
    doc.syncs = 0;
    const t = performance.now();
    const r = await f();
    const ms = performance.now() - t;
    syncs[op] = doc.syncs;
    return [r, ms];
  };
  const [paras, readMs] = await timed('read', () => host.readParagraphs());
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
  const [, highlightMs] = await timed('highlight', () => host.highlight(requests));
  const marked = doc.paragraphs.filter(
    (_, i) => doc.highlights(i).length || doc.tempSpans(i).length || doc.annotationsOf(i).length,
  ).length;
  if (marked !== paras.filter((p) => p.headingLevel === 0).length)
    throw new Error(`${profile.name}: marked ${marked} paragraphs, expected every body paragraph`);
  const [, clearMs] = await timed('clear', () => host.clearHighlights());
  if (doc.allAnnotations().length || doc.paragraphs.some((_, i) => doc.highlights(i).length || doc.tempSpans(i).length))
    throw new Error(`${profile.name}: clear left marks behind`);
  const last = paras[paras.length - 1];
  await timed('select', () => host.select(requests[requests.length - 1]));
  await timed('fields', () =>
    host.writeFields(paras[0].id, last.id, [{ tag: 'jalon:cost', label: 'Cost', text: '1 €' }]),
  );
  await timed('controls', () => host.readControls('jalon:'));
  doc.selection = { para: Math.floor(n / 2), start: 0, end: 0 };
  await timed('template', () =>
    host.insertAtCursor([
      { kind: 'label', text: 'Cost:' },
      { kind: 'field', text: '', tag: 'jalon:cost' },
    ]),
  );
  if (host.capabilities().comments) {
    const items = requests.slice(0, 50).map((r) => ({ range: r, text: 'Which action?' }));
    await timed('comments', () => host.addComments(items));
  } else syncs.comments = 0;
  return { paragraphs: n, ranges: requests.length, syncs, readMs, highlightMs, clearMs };
}

export async function run(): Promise<boolean> {
  let ok = true;
  for (const profile of Object.values(PROFILES)) {
    const small = await measure(10, profile);
    const large = await measure(3000, profile);
    console.log(profile.label);
    for (const f of [small, large]) {
      const counts = OPERATIONS.map((op) => `${op} ${f.syncs[op]}`).join(', ');
      console.log(
        `  ${String(f.paragraphs).padStart(5)} paragraphs, ${String(f.ranges).padStart(5)} ranges: syncs ${counts}; ` +
          `time read ${f.readMs.toFixed(1)} ms, highlight ${f.highlightMs.toFixed(1)} ms, clear ${f.clearMs.toFixed(1)} ms`,
      );
    }
    const same = OPERATIONS.every((op) => small.syncs[op] === large.syncs[op]);
    console.log(
      `  sync counts 3,000 vs 10 paragraphs: ${same ? 'equal (ratio 1.0)' : 'DIFFERENT'}; time ratio read ${(large.readMs / small.readMs).toFixed(0)}x, highlight ${(large.highlightMs / small.highlightMs).toFixed(0)}x for ${large.paragraphs / small.paragraphs}x the paragraphs`,
    );
    ok &&= same;
  }
  return ok;
}
