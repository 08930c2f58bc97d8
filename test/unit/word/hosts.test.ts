// Every pane flow that the browser tests run (check, go to a finding, highlight and clear, fill the form, insert
// the template, review comments, clear comments), on every Word host profile (fake/profiles.ts), on a plan with
// what makes real documents hard (plan.ts). Each flow ends with the document as its author would expect: nothing
// lost, nothing misplaced, every highlight removable, and a notice where the host could not do something.
import {
  firstWords,
  templateBlocks,
  answersToFieldWrites,
  type DocParagraph,
  type HighlightRequest,
} from '../../../src/core';
import { COMMENT_PREFIX, WordDocument, WordHostError } from '../../../src/word';
import { ALL_PROFILES, type FakeWordDocument, type HostProfile } from './fakeWord';
import { cellsOf, controlsOf, currentView, critiqueView } from './fake/model';
import { checkRequests, setup, snapshot } from './helpers';
import { DELETED, LONG_SENTENCE, P, planLines } from './plan';

/** What each host can show: Word annotations, or highlights in the text. */
const marksOf = (profile: HostProfile) => (profile.annotations ? 'annotations' : 'font');

/** Every text Jalon marked in one paragraph: its annotations, its temporary highlights and its own colours. */
function marked(d: FakeWordDocument, i: number, authorColours: (string | null)[]): string[] {
  const p = d.paragraphs[i];
  const out = p.annotations.filter((a) => a.owner === 'jalon').map((a) => d.annotationText(p, a));
  let run = '';
  for (let k = 0; k <= p.text.length; k++) {
    const ours = k < p.text.length && (p.temp[k] || p.colours[k] !== authorColours[k]);
    if (ours) run += p.text[k];
    else if (run) {
      out.push(run);
      run = '';
    }
  }
  return out;
}

/** The selection as the author sees it: the current text of the selected range. */
function selectedText(d: FakeWordDocument): string {
  const s = d.selected!;
  let out = '';
  for (let k = s.start; k < s.end; k++) if (!s.para.deleted[k]) out += s.para.text[k];
  return out;
}

async function checked(profile: HostProfile) {
  const ctx = await setup(profile, planLines());
  const { d, host } = ctx;
  d.paragraphs[P.verbs].colours.fill('#FFFF00', 0, 2); // the author's own highlight on "Le"
  d.paragraphs[P.cost].colours.fill('#FF00FF', 0, 4); // and one in a colour Word does not save (office-js#3950)
  d.comments.push({
    id: 'author',
    content: 'Voir avec la DAJ',
    para: d.paragraphs[P.heading],
    start: 0,
    end: 10,
    sync: 0,
  });
  const before = snapshot(d);
  const authorColours = d.paragraphs.map((p) => [...p.colours]);
  const paras = await host.readParagraphs();
  const { requests } = checkRequests(paras);
  const text = (i: number, needle: string, kind: HighlightRequest['kind'] = 'suggestion'): HighlightRequest => {
    const start = paras[i].text.indexOf(needle);
    if (start < 0) throw new Error(`${needle} not in ${paras[i].text}`);
    return { paragraphId: paras[i].id, start, end: start + needle.length, kind };
  };
  // Spans the analysis of this plan does not produce but real plans do: past the search limit, after a note mark
  // and a tracked deletion, with a straight apostrophe where Word's search also matches curly ones.
  requests.push(
    text(P.long, LONG_SENTENCE, 'info'),
    text(P.decree, 'en juin 2026', 'warning'),
    text(P.verbs, "l'open data", 'error'),
    text(P.cost, 'Coût : non chiffré', 'warning'),
  );
  return { ...ctx, paras, requests, before, authorColours };
}

describe.each(ALL_PROFILES.map((p) => [p.label, p] as const))('%s', (_label, profile) => {
  it('check: reads what the command line reads, marks every finding on its exact text, changes no word', async () => {
    const { d, host, paras, requests, before, authorColours } = await checked(profile);
    expect(paras.map((p) => p.text)).toEqual(
      d.paragraphs.map((p) => currentView(p).text.replace(/\u0002/g, '')), // tracked deletions and note marks out
    );
    expect(paras[P.decree].text).not.toContain(DELETED.trim());
    expect(paras.slice(P.firstCell, P.firstCell + 4).map((p) => p.cell)).toEqual([
      { table: 0, row: 0, column: 0 },
      { table: 0, row: 0, column: 1 },
      { table: 0, row: 1, column: 0 },
      { table: 0, row: 1, column: 1 },
    ]);
    expect(paras[P.indicator].tags).toEqual(['jalon:indicator']);
    await host.highlight(requests);
    const byParagraph = new Map<number, Set<string>>();
    for (const r of requests) {
      const i = paras.findIndex((p) => p.id === r.paragraphId);
      byParagraph.set(i, (byParagraph.get(i) ?? new Set()).add(paras[i].text.slice(r.start, r.end)));
    }
    for (const [i, wanted] of byParagraph) {
      const got = marked(d, i, authorColours[i]).map((t) => t.replace(/\u0002/g, ''));
      // Every finding is marked (font highlights cannot overlap: the first of overlapping spans is shown; the
      // cost span sits on the author's Pink, which Word would not keep once restored, so it is left alone).
      const expected = marksOf(profile) === 'font' && i === P.cost ? [] : [...wanted];
      for (const t of expected)
        expect(got.some((g) => g === t || (g.includes(t) && marksOf(profile) === 'font'))).toBe(true);
      // ...and nothing else.
      for (const g of got) expect([...wanted].some((t) => t === g || g.includes(t) || t.includes(g))).toBe(true);
    }
    expect(d.texts()).toEqual(JSON.parse(before).map((p: { text: string }) => p.text));
    const notices = host.takeNotices().map((n) => n.code);
    if (profile.name === 'windows2024') expect(notices).toContain('noAnnotations');
    if (profile.wordApi === '1.3') expect(notices).toContain('trackingUnknown');
    if (profile.annotations) expect(notices).toEqual([]);
  });

  it('go to a finding: selects exactly its text, past the search limit and past a deletion', async () => {
    const { d, host, requests } = await checked(profile);
    for (const r of [requests[0], ...requests.slice(-4)]) {
      await host.select(r);
      const paras = await host.readParagraphs();
      const p = paras.find((x) => x.id === r.paragraphId)!;
      expect(selectedText(d).replace(/\u0002/g, '')).toBe(p.text.slice(r.start, r.end));
    }
  });

  it('highlight and clear: the document is as before, also once saved and reopened', async () => {
    const { d, host, requests, before } = await checked(profile);
    await host.highlight(requests);
    await host.clearHighlights();
    expect(d.allAnnotations().filter((a) => a.annotation.owner === 'jalon')).toEqual([]);
    expect(d.paragraphs.flatMap((_, i) => d.tempSpans(i))).toEqual([]);
    expect(snapshot(d)).toBe(before);
    d.reopen();
    await new WordDocument({ lang: 'fr' }).clearHighlights(); // a later session finds nothing left to undo
    const after = JSON.parse(snapshot(d));
    const was = JSON.parse(before);
    expect(after.map((p: { text: string }) => p.text)).toEqual(was.map((p: { text: string }) => p.text));
    // Only the author's Pink is lost on reopening: Word never keeps that colour (office-js#3950), Jalon never set it.
    expect(after[P.cost].colours.slice(0, 4)).toEqual([null, null, null, null]);
    expect(after.filter((_: unknown, i: number) => i !== P.cost)).toEqual(
      was.filter((_: unknown, i: number) => i !== P.cost),
    );
  });

  it('highlight under Track Changes: no revision the author did not ask for, or a notice saying so', async () => {
    const { d, host, requests } = await checked(profile);
    d.changeTracking = 'TrackAll';
    await host.highlight(requests);
    const notices = host.takeNotices().map((n) => n.code);
    if (profile.wordApi === '1.3') {
      // WordApi 1.3 cannot read changeTrackingMode: Word records the highlights, and the author is told.
      expect(notices).toContain('trackingUnknown');
    } else {
      expect(d.revisions).toEqual([]);
      if (!profile.annotations) expect(notices).toContain('trackingOn');
    }
    await host.clearHighlights();
    expect(d.paragraphs.flatMap((_, i) => d.tempSpans(i))).toEqual([]);
  });

  it('fill the form: writes the existing field, adds the missing ones after the commitment, outside any list', async () => {
    const { d, host, paras } = await checked(profile);
    const fields = answersToFieldWrites(
      { indicator: 'Part des marchés publiés en open data', cost: '120\u00a0000 €', baseline: '35\u00a0% en 2024' },
      'fr',
    );
    await host.writeFields(paras[P.heading].id, paras[P.cost].id, fields);
    const controls = await host.readControls('jalon:');
    expect(Object.fromEntries(controls.map((c) => [c.tag, c.text]))).toEqual({
      'jalon:indicator': 'Part des marchés publiés en open data',
      'jalon:baseline': '35\u00a0% en 2024',
      'jalon:cost': '120\u00a0000 €',
    });
    const added = d.paragraphs.slice(P.cost + 1, P.cost + 5);
    expect(added.map((p) => p.text)).toEqual([
      'Situation initiale',
      '35\u00a0% en 2024',
      'Coût et moyens',
      '120\u00a0000 €',
    ]);
    for (const p of added) {
      expect(p.list).toBeUndefined(); // not pulled into the list the commitment ends with
      expect(cellsOf(p)).toEqual([]);
    }
    expect(controlsOf(added[1]).map((c) => c.tag)).toEqual(['jalon:baseline']);
    expect(d.paragraphs[P.cost].text).toBe('Coût : non chiffré'); // the author's words stay
    expect(d.paragraphs.at(-1)!.text).toBe('');
  });

  it('insert the template: after the table the cursor is in, never inside a cell, a control or a list', async () => {
    const { d, host } = await checked(profile);
    d.selection = { para: P.firstCell + 1, start: 0, end: 4 };
    const blocks = templateBlocks('fr');
    const n = d.paragraphs.length;
    await host.insertAtCursor(blocks);
    expect(d.paragraphs).toHaveLength(n + blocks.length);
    const made = d.paragraphs.slice(P.firstCell + 4, P.firstCell + 4 + blocks.length);
    // The title shows its prompt: in grey where Word lets an add-in set it, else as its text, selected.
    expect(made.map((p) => p.text)).toEqual(
      blocks.map((b, i) => (i === 0 && profile.placeholderRefused ? b.placeholder : b.text)),
    );
    expect(controlsOf(made[0]).map((c) => [c.tag, c.placeholder])).toEqual([
      ['jalon:title', profile.placeholderRefused ? undefined : blocks[0].placeholder],
    ]);
    expect(d.selected).toEqual({ para: made[0], start: 0, end: made[0].text.length });
    for (const p of made) expect(cellsOf(p)).toEqual([]);
    expect(d.paragraphs[P.firstCell + 4 + blocks.length].text).toBe(planLines()[P.decree].text);
    const fields = made.filter((_, i) => blocks[i].kind === 'field');
    expect(fields.map((p) => controlsOf(p).map((c) => c.tag))).toEqual(
      blocks.filter((b) => b.kind === 'field').map((b) => [b.tag]),
    );
    const prompts = fields.map((p) => controlsOf(p)[0].placeholder);
    const notices = host.takeNotices().map((x) => x.code);
    if (profile.placeholderRefused) {
      expect(prompts.every((x) => x === undefined)).toBe(true);
      expect(notices).toContain('placeholders');
    } else {
      expect(prompts).toEqual(blocks.filter((b) => b.kind === 'field').map((b) => b.placeholder));
    }
    // Inserted again with the cursor in the indicator's control and in a list item: after them, outside.
    d.selection = { para: P.indicator, start: 3, end: 3 };
    await host.insertAtCursor([{ kind: 'label', text: 'Après le champ' }]);
    expect(d.paragraphs[P.indicator + 1].text).toBe('Après le champ');
    expect(controlsOf(d.paragraphs[P.indicator + 1])).toEqual([]);
    const lead = d.paragraphs.findIndex((p) => p.text.startsWith('Porteur'));
    d.selection = { para: lead, start: 0, end: 0 };
    await host.insertAtCursor([{ kind: 'text', text: 'Hors liste' }]);
    expect(d.paragraphs[lead + 1]).toMatchObject({ text: 'Hors liste', list: undefined });
  });

  it('review comments, then clear them: on the findings’ words, or at the end with a notice; the author’s stay', async () => {
    const { d, host, paras, requests } = await checked(profile);
    const items = [
      requests.find((r) => paras.find((p) => p.id === r.paragraphId)!.text.slice(r.start, r.end) === 'renforcer')!,
      ...requests.slice(-3),
    ].map((r, k) => ({ range: r, text: `Question ${k + 1}` }));
    const anchors = items.map((it) =>
      paras.find((p) => p.id === it.range.paragraphId)!.text.slice(it.range.start, it.range.end),
    );
    if (!host.capabilities().comments) {
      await expect(host.addComments(items)).rejects.toBeInstanceOf(WordHostError);
      expect(profile.wordApi).toBe('1.3');
      return;
    }
    const n = await host.addComments(items);
    const notices = host.takeNotices().map((x) => x.code);
    if (profile.commentsRefused === 'all') {
      expect(n).toBe(0);
      expect(notices).toEqual(['commentsSummary']);
      const end = d.currentTexts().slice(-items.length - 1);
      expect(end[0]).toBe('Questions de relecture (Jalon)');
      expect(end.slice(1)).toEqual(
        items.map(
          (it, k) =>
            `Paragraphe « ${firstWords(paras.find((p) => p.id === it.range.paragraphId)!.text)} » — « ${anchors[k]} » : ${it.text}`,
        ),
      );
      // Jalon's summary is its own: a later read leaves it out, so no check reviews it.
      expect((await host.readParagraphs()).map((p) => p.text)).toEqual(paras.map((p) => p.text));
    } else {
      expect(n).toBe(items.length);
      expect(notices).toEqual(profile.commentsRefused === 'batch' ? ['commentsOneByOne'] : []);
      expect(d.jalonComments().map((c) => [c.content, c.anchor.replace(/\u0002/g, '')])).toEqual(
        items.map((it, k) => [COMMENT_PREFIX + it.text, anchors[k]]),
      );
      expect((await host.listComments()).map((c) => c.text)).toEqual(items.map((it) => it.text));
    }
    expect(await host.removeComments()).toBe(profile.commentsRefused === 'all' ? 0 : items.length);
    expect(d.comments.filter((c) => !c.deleted).map((c) => c.id)).toEqual(['author']);
  });
});

it('every profile keeps its critiques in Word’s own offsets', () => {
  // A guard on the fixture: the decree paragraph's critique offsets skip the note mark and the deletion.
  const p = planLines()[P.decree];
  const d = { text: p.text, deleted: Array.from(p.text, (_, i) => i >= p.deleted![0][0] && i < p.deleted![0][1]) };
  expect(
    critiqueView(d as never)
      .map((i) => p.text[i])
      .join(''),
  ).toBe(p.text.replace('\u0002', '').replace(DELETED, ''));
});

export type { DocParagraph };
