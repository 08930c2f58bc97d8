// Word annotations (critiques, WordApi 1.7/1.8) on the fake Word model: findings become underlines with a
// pop-up, nothing is written into the text, the colours or the file, and clearing removes only Jalon's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { HIGHLIGHT_COLOURS, WordDocument } from '../../../src/word';
import { SYNCS } from '../../../src/word/WordDocument';
import { ANNOTATION_RESOURCES, CRITIQUE_COLOURS } from '../../../src/word/annotations';
import type { HighlightRequest } from '../../../src/core/document';
import { FakeWordDocument, installFake } from './fakeWord';

const PLAN = [
  { text: 'Engagement 1 : Ouvrir les données de la commande publique', heading: 2 },
  'Nous allons renforcer la transparence et promouvoir le dialogue.',
  'Indicateur : 80\u00a0% des marchés publiés 🚀 sur data.gouv.fr',
];

async function setup(wordApi: string, lines: (string | object)[] = PLAN) {
  const d = new FakeWordDocument(lines as never);
  const installed = await installFake(d, { wordApi });
  const host = new WordDocument({ lang: 'fr' });
  const paras = await host.readParagraphs();
  d.syncs = 0;
  return { d, host, paras, ...installed };
}

const at = (
  p: { id: string; text: string },
  word: string,
  kind: HighlightRequest['kind'],
  extra: Partial<HighlightRequest> = {},
): HighlightRequest => {
  const start = p.text.indexOf(word);
  if (start < 0) throw new Error(`${word} not in ${p.text}`);
  return { paragraphId: p.id, start, end: start + word.length, kind, ...extra };
};

describe('capabilities().annotations', () => {
  it('follows WordApi 1.7', async () => {
    expect((await setup('1.6')).host.capabilities().annotations).toBe(false);
    expect((await setup('1.7')).host.capabilities().annotations).toBe(true);
    expect((await setup('1.8')).host.capabilities().annotations).toBe(true);
  });
});

describe('highlight() with annotations (WordApi 1.8)', () => {
  it('underlines each finding in its severity colour without touching text, colours or settings', async () => {
    const { d, host, paras, settings, saves } = await setup('1.8');
    const before = JSON.stringify(d.paragraphs.map((p) => [p.text, p.colours, p.temp]));
    await host.highlight([
      at(paras[1], 'renforcer', 'warning'),
      at(paras[1], 'promouvoir', 'error'),
      at(paras[2], '80\u00a0%', 'suggestion'),
      at(paras[2], '🚀', 'info'),
    ]);
    expect(d.syncs).toBe(SYNCS.annotate);
    expect(d.annotationsOf(1)).toEqual([`renforcer=${CRITIQUE_COLOURS.warning}`, 'promouvoir=Red']);
    expect(d.annotationsOf(2)).toEqual([`80\u00a0%=${CRITIQUE_COLOURS.suggestion}`, `🚀=${CRITIQUE_COLOURS.info}`]);
    expect(JSON.stringify(d.paragraphs.map((p) => [p.text, p.colours, p.temp]))).toBe(before);
    expect(settings.size).toBe(0);
    expect(saves()).toBe(0);
  });

  it('puts the manifest strings in the pop-up, and offers suggestions only when they replace the span', async () => {
    const { d, host, paras } = await setup('1.8');
    await host.highlight([
      at(paras[1], 'renforcer', 'warning', {
        suggestions: ['publier', ' publier ', 'former 20 agents', 'financer', 'ouvrir'],
        suggestionsReplace: true,
      }),
      // An example of a missing field is advice: accepting it in Word's pop-up would overwrite the title.
      at(paras[0], 'Ouvrir les données', 'suggestion', { suggestions: ['Indicateur : 80 % des marchés publiés'] }),
    ]);
    const [verb] = d.paragraphs[1].annotations;
    expect(verb.popupOptions).toEqual({
      brandingTextResourceId: ANNOTATION_RESOURCES.brand,
      titleResourceId: ANNOTATION_RESOURCES.title.warning,
      subtitleResourceId: ANNOTATION_RESOURCES.subtitleWithSuggestions,
      suggestions: ['publier', 'former 20 agents', 'financer'],
    });
    const [advice] = d.paragraphs[0].annotations;
    expect(advice.popupOptions).toMatchObject({
      titleResourceId: ANNOTATION_RESOURCES.title.suggestion,
      subtitleResourceId: ANNOTATION_RESOURCES.subtitlePlain,
      suggestions: [],
    });
  });

  it('changes the text only when the author accepts a suggestion in Word’s pop-up, and clears afterwards', async () => {
    const { d, host, paras } = await setup('1.8');
    await host.highlight([
      at(paras[1], 'renforcer', 'warning', { suggestions: ['publier'], suggestionsReplace: true }),
      at(paras[1], 'promouvoir', 'warning', { suggestions: ['organiser'], suggestionsReplace: true }),
    ]);
    expect(d.texts()[1]).toBe(PLAN[1]);
    const verbId = d.paragraphs[1].annotations.find((a) => a.start === paras[1].text.indexOf('renforcer'))!.id;
    await d.acceptSuggestion(verbId, 'publier'); // Word's own edit, on the author's click
    expect(d.texts()[1]).toBe('Nous allons publier la transparence et promouvoir le dialogue.');
    expect(d.annotationsOf(1)).toEqual([`promouvoir=${CRITIQUE_COLOURS.warning}`]);
    await host.clearHighlights();
    expect(d.annotationsOf(1)).toEqual([]);
    expect(d.texts()[1]).toBe('Nous allons publier la transparence et promouvoir le dialogue.');
  });

  it('keeps using the highlight for the focus kind', async () => {
    const { d, host, paras } = await setup('1.8');
    await host.highlight([at(paras[1], 'renforcer', 'focus'), at(paras[1], 'promouvoir', 'warning')]);
    expect(d.tempSpans(1)).toEqual(['renforcer']);
    expect(d.annotationsOf(1)).toEqual([`promouvoir=${CRITIQUE_COLOURS.warning}`]);
    await host.clearHighlights();
    expect(d.tempSpans(1)).toEqual([]);
    expect(d.annotationsOf(1)).toEqual([]);
  });

  it('skips stale paragraphs and spans past the end instead of failing the whole batch', async () => {
    const { d, host, paras } = await setup('1.8');
    await host.highlight([
      { paragraphId: 'gone', start: 0, end: 4, kind: 'error' },
      { paragraphId: paras[1].id, start: paras[1].text.length - 3, end: paras[1].text.length + 10, kind: 'error' },
      { paragraphId: paras[1].id, start: 5, end: 5, kind: 'error' },
      at(paras[2], 'publiés', 'warning'),
    ]);
    expect(d.annotationsOf(1)).toEqual(['ue.=Red']);
    expect(d.annotationsOf(2)).toEqual([`publiés=${CRITIQUE_COLOURS.warning}`]);
  });
});

describe('onAnnotation(): the author acts on an underline in Word', () => {
  it('reports clicks, accepted suggestions and dismissals of Jalon’s annotations only, and writes nothing', async () => {
    const { d, host, paras } = await setup('1.8');
    const foreign = d.addForeignAnnotation(2, 0, 4);
    const events: unknown[] = [];
    const off = host.onAnnotation((e) => events.push(e));
    const renforcer = at(paras[1], 'renforcer', 'warning', { suggestions: ['publier'], suggestionsReplace: true });
    const promouvoir = at(paras[1], 'promouvoir', 'warning');
    await host.highlight([renforcer, promouvoir]);
    await new Promise((r) => setTimeout(r, 0)); // the handlers' registration batch
    const idOf = (start: number) => d.paragraphs[1].annotations.find((a) => a.start === start)!.id;
    const [verb, other] = [idOf(renforcer.start), idOf(promouvoir.start)];
    await d.clickAnnotation(verb);
    await d.clickAnnotation(foreign);
    await d.rejectAnnotation(other);
    await d.acceptSuggestion(verb, 'publier');
    const range = (r: HighlightRequest) => ({ paragraphId: r.paragraphId, start: r.start, end: r.end });
    expect(events).toEqual([
      { range: range(renforcer), action: 'click' },
      { range: range(promouvoir), action: 'reject' },
      { range: range(renforcer), action: 'accept', suggestion: 'publier' },
    ]);
    expect(d.texts()[1]).toBe('Nous allons publier la transparence et promouvoir le dialogue.'); // Word's edit only
    off();
    await new Promise((r) => setTimeout(r, 0));
    expect(d.annotationHandlers).toEqual({ clicked: [], popup: [] });
  });

  it('listens to clicks only on WordApi 1.7, and to nothing without annotations', async () => {
    const a = await setup('1.7');
    a.host.onAnnotation(() => undefined);
    await new Promise((r) => setTimeout(r, 0));
    expect([a.d.annotationHandlers.clicked.length, a.d.annotationHandlers.popup.length]).toEqual([1, 0]);
    const b = await setup('1.6');
    b.host.onAnnotation(() => undefined);
    await new Promise((r) => setTimeout(r, 0));
    expect([b.d.annotationHandlers.clicked.length, b.d.annotationHandlers.popup.length]).toEqual([0, 0]);
  });
});

describe('clearHighlights() with annotations', () => {
  it('removes only Jalon’s annotations, all or those of the given paragraphs', async () => {
    const { d, host, paras } = await setup('1.8');
    const foreign = d.addForeignAnnotation(1, 0, 4);
    await host.highlight([
      at(paras[1], 'renforcer', 'warning'),
      at(paras[2], 'publiés', 'error'),
      at(paras[0], 'Ouvrir', 'suggestion'),
    ]);
    d.syncs = 0;
    await host.clearHighlights([paras[2].id]);
    expect(d.syncs).toBe(SYNCS.clearAnnotations);
    expect(d.annotationsOf(2)).toEqual([]);
    expect(d.annotationsOf(1)).toEqual([`renforcer=${CRITIQUE_COLOURS.warning}`]);
    expect(d.annotationsOf(0)).toHaveLength(1);
    await host.clearHighlights();
    expect(d.allAnnotations().map((x) => x.annotation.id)).toEqual([foreign]);
    d.syncs = 0;
    await host.clearHighlights();
    expect(d.syncs).toBe(0); // nothing of Jalon's left: no round trip
  });

  it('after the pane is reopened, the first clear-all removes the critiques the previous pane left in Word', async () => {
    const { d, host, paras } = await setup('1.8');
    const foreign = d.addForeignAnnotation(2, 0, 4);
    await host.highlight([at(paras[1], 'renforcer', 'warning'), at(paras[2], 'publiés', 'error')]);
    const reopened = new WordDocument({ lang: 'fr' }); // a new pane instance: no ids in memory
    await reopened.clearHighlights([paras[1].id]);
    expect(d.annotationsOf(1)).toHaveLength(1); // a targeted clear only knows its own ids
    d.syncs = 0;
    await reopened.clearHighlights();
    expect(d.syncs).toBe(SYNCS.clearAnnotations);
    expect(d.allAnnotations().map((x) => x.annotation.id)).toEqual([foreign]);
    d.syncs = 0;
    await reopened.clearHighlights();
    expect(d.syncs).toBe(0); // swept once per pane
  });

  it('a first clear-all on a host that refuses critiques fails quietly', async () => {
    const { d, host } = await setup('1.8');
    d.refuseAnnotations = true;
    await expect(host.clearHighlights()).resolves.toBeUndefined();
  });

  it('survives annotations Word already removed (edited text) and paragraphs that are gone', async () => {
    const { d, host, paras } = await setup('1.8');
    await host.highlight([at(paras[1], 'renforcer', 'warning'), at(paras[2], 'publiés', 'error')]);
    d.paragraphs[1].annotations = []; // Word dropped it when the author retyped the word
    d.paragraphs.splice(2, 1);
    await host.clearHighlights();
    expect(d.allAnnotations()).toEqual([]);
  });
});

describe('round trips with annotations do not grow with the document', () => {
  async function count(n: number) {
    const lines = Array.from(
      { length: n },
      (_, i) => `Engagement ${i} : renforcer la transparence et promouvoir l'open data (PGO).`,
    );
    const { d, host, paras } = await setup('1.8', lines);
    const requests = paras.flatMap((p) => [
      at(p, 'renforcer', 'warning', { suggestions: ['publier'], suggestionsReplace: true }),
      at(p, 'open data', 'suggestion'),
    ]);
    await host.highlight(requests);
    const highlight = d.syncs;
    const inserted = d.allAnnotations().length;
    const calls = d.annotationCalls;
    d.syncs = 0;
    await host.clearHighlights(paras.filter((_, i) => i % 2 === 0).map((p) => p.id));
    const clearSome = d.syncs;
    d.syncs = 0;
    await host.clearHighlights();
    return { highlight, clearSome, clear: d.syncs, inserted, calls, left: d.allAnnotations().length };
  }
  it('same sync counts for 10 and 3,000 paragraphs', async () => {
    const small = await count(10);
    const large = await count(3000);
    expect(small).toMatchObject({
      highlight: SYNCS.annotate,
      clearSome: SYNCS.clearAnnotations,
      clear: SYNCS.clearAnnotations,
      inserted: 20,
      calls: 10,
      left: 0,
    });
    expect(large).toMatchObject({
      highlight: small.highlight,
      clearSome: small.clearSome,
      clear: small.clear,
      inserted: 6000,
      calls: 3000,
      left: 0,
    });
  });
});

describe('hosts without annotations fall back to the reversible highlight', () => {
  it('WordApi 1.6: font highlight, no annotation call', async () => {
    const { d, host, paras } = await setup('1.6');
    await host.highlight([at(paras[1], 'renforcer', 'warning')]);
    expect(d.annotationCalls).toBe(0);
    expect(d.highlights(1)).toEqual(['renforcer=#FFFF00']);
    await host.clearHighlights();
    expect(d.highlights(1)).toEqual([]);
  });

  it('WordApi 1.7 without popup options (1.8): underline only', async () => {
    const { d, host, paras } = await setup('1.7');
    await host.highlight([
      at(paras[1], 'renforcer', 'warning', { suggestions: ['publier'], suggestionsReplace: true }),
    ]);
    expect(d.annotationsOf(1)).toEqual([`renforcer=${CRITIQUE_COLOURS.warning}`]);
    expect(d.paragraphs[1].annotations[0].popupOptions).toBeUndefined();
  });

  it('a host that lists the set but refuses critiques (no Microsoft 365): highlights, once and for all', async () => {
    const { d, host, paras } = await setup('1.8');
    d.refuseAnnotations = true;
    const caps = host.capabilities();
    await host.highlight([at(paras[1], 'renforcer', 'warning'), at(paras[2], 'publiés', 'error')]);
    expect(d.allAnnotations()).toEqual([]);
    // Highlight() draws nothing on such a host (office-js#6168): the font colour, which Jalon restores.
    expect(d.highlights(1)).toEqual([`renforcer=${HIGHLIGHT_COLOURS.warning}`]);
    expect(d.highlights(2)).toEqual([`publiés=${HIGHLIGHT_COLOURS.error}`]);
    expect(caps).toMatchObject({ annotations: false, tempHighlight: false }); // the object the pane holds tells the truth
    expect(d.syncs).toBe(SYNCS.annotate + SYNCS.highlight);
    expect(host.takeNotices().map((n) => n.code)).toEqual(['noAnnotations']);
    d.syncs = 0;
    await host.highlight([at(paras[1], 'promouvoir', 'warning')]);
    expect(d.syncs).toBe(SYNCS.highlight); // no second attempt
    await host.clearHighlights();
    expect(d.highlights(1)).toEqual([]);
    expect(d.highlights(2)).toEqual([]);
  });

  it('other failures are retried in smaller batches; what Word still refuses is highlighted, nothing twice', async () => {
    const lines = Array.from(
      { length: 8 },
      (_, i) => `Engagement ${i} : renforcer la transparence et promouvoir le dialogue.`,
    );
    const { d, host, paras } = await setup('1.8', lines);
    d.refuseCritiquesOn.add(d.paragraphs[5]);
    const requests = paras.flatMap((p) => [at(p, 'renforcer', 'warning'), at(p, 'promouvoir', 'error')]);
    await host.highlight(requests);
    for (let i = 0; i < lines.length; i++) {
      if (i === 5) {
        expect(d.annotationsOf(i)).toEqual([]);
        expect(d.tempSpans(i)).toEqual(['renforcer', 'promouvoir']);
      } else {
        expect(d.annotationsOf(i)).toEqual([
          `renforcer=${CRITIQUE_COLOURS.warning}`,
          `promouvoir=${CRITIQUE_COLOURS.error}`,
        ]);
      }
    }
    expect(host.capabilities().annotations).toBe(true); // not the documented refusal: annotations stay
    await host.clearHighlights();
    expect(d.allAnnotations()).toEqual([]);
    expect(d.tempSpans(5)).toEqual([]);
  });

  it('places critiques in Word’s offsets past a tracked deletion and a note mark (office-js#5672, #4997)', async () => {
    const raw = 'Le décret\u0002 sera rapidement publié : renforcer la transparence.';
    const del = raw.indexOf('rapidement ');
    const { d, host, paras } = await setup('1.8', [{ text: raw, deleted: [[del, del + 11]] }]);
    expect(paras[0].text).toBe('Le décret sera publié : renforcer la transparence.');
    await host.highlight([at(paras[0], 'renforcer', 'warning'), at(paras[0], 'décret sera', 'error')]);
    expect(d.annotationsOf(0)).toEqual(['décret sera=Red', `renforcer=${CRITIQUE_COLOURS.warning}`]);
  });
});

describe('manifest resources for the pop-up', () => {
  const xml = readFileSync(join(__dirname, '..', '..', '..', 'manifest.xml'), 'utf8');
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    isArray: (n) => ['Override', 'String'].includes(n),
  });
  const strings = parser.parse(xml).OfficeApp.VersionOverrides.Resources.ShortStrings.String as Record<
    string,
    unknown
  >[];
  const ids = [
    ANNOTATION_RESOURCES.brand,
    ...Object.values(ANNOTATION_RESOURCES.title),
    ANNOTATION_RESOURCES.subtitleWithSuggestions,
    ANNOTATION_RESOURCES.subtitlePlain,
  ];
  it.each(ids)('%s is a short string in French with an English override', (id) => {
    expect(id.length).toBeLessThanOrEqual(32); // the schema's limit on resource ids
    const s = strings.find((x) => x['@id'] === id) as
      { '@DefaultValue': string; Override: Record<string, string>[] } | undefined;
    expect(s).toBeDefined();
    expect(s!['@DefaultValue']).toBeTruthy();
    expect(s!.Override.find((o) => o['@Locale'] === 'en-US')?.['@Value']).toBeTruthy();
  });
});
