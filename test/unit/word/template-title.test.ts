// The commitment template's title in Word: never an empty heading (an accessibility fault, and the author does not
// see where to type). Word shows the prompt in grey where an add-in may set a content control's placeholderText
// (WordApi 1.1 on Windows and Mac; refused on the web, office-js#785), else the prompt is the heading's text; either
// way the title is selected, so typing replaces it, and it sits in a control tagged jalon:title. The author's words
// stay as they were, a failed write leaves the document as it was, and the round trips do not grow.
import { fields, templateBlocks } from '../../../src/core';
import { SYNCS } from '../../../src/word';
import { PROFILES, VARIANTS } from './fakeWord';
import { controlsOf } from './fake/model';
import { setup } from './helpers';

const PLAN = [
  { text: 'Engagement 1 : Ouvrir les données de la commande publique', heading: 2 },
  'Nous allons renforcer la transparence et renforcer le dialogue.',
  'Fin du plan.',
];

/** Each paragraph's text and containers, to compare a document before and after. */
const state = (d: { paragraphs: { text: string; containers: unknown[]; styleBuiltIn?: string }[] }) =>
  JSON.stringify(d.paragraphs.map((p) => [p.text, p.containers.length, p.styleBuiltIn]));

describe.each([
  ['Word for Windows', PROFILES.windows365],
  ['Word for Mac', PROFILES.mac],
  ['Word 2019', PROFILES.windows2019],
  ['Word on the web', PROFILES.web],
])('%s', (_, profile) => {
  it.each(['fr', 'en'] as const)(
    'the title (%s) shows its prompt, selected, in its control; nothing the author wrote moves',
    async (lang) => {
      const { d, host } = await setup(profile, PLAN, lang);
      d.selection = { para: 1, start: 12, end: 21 };
      d.syncs = 0;
      const blocks = templateBlocks(lang);
      await host.insertAtCursor(blocks);
      expect(d.syncs).toBe(SYNCS.insertAtCursor);
      const prompt = fields[lang].template.title;
      const title = d.paragraphs[2];
      expect(title.styleBuiltIn).toBe('Heading2');
      if (profile.placeholderRefused) {
        expect(title.text).toBe(prompt);
        expect(controlsOf(title).map((c) => [c.tag, c.placeholder])).toEqual([['jalon:title', undefined]]);
      } else {
        expect(title.text).toBe('');
        expect(controlsOf(title).map((c) => [c.tag, c.placeholder])).toEqual([['jalon:title', prompt]]);
      }
      expect(d.selected).toEqual({ para: title, start: 0, end: title.text.length });
      expect(d.texts().filter((_, i) => i < 2 || i >= 2 + blocks.length)).toEqual(
        PLAN.map((l) => (typeof l === 'string' ? l : l.text)),
      );
    },
  );

  it('a failed write leaves the document as it was, the selection too', async () => {
    for (const failing of ['Paragraph.insertContentControl', 'Range.select', 'ContentControl.tag']) {
      const { d, host } = await setup(profile, PLAN);
      d.selection = { para: 1, start: 0, end: 4 };
      const before = state(d);
      d.failures.set(failing, 'GeneralException');
      await expect(host.insertAtCursor(templateBlocks('fr'))).rejects.toMatchObject({ code: 'GeneralException' });
      expect(state(d)).toBe(before);
      expect(d.selected).toBeUndefined();
    }
  });
});

describe('a desktop Word that refuses the grey prompt', () => {
  it('writes the title’s prompt as its text, selected, says so once, and asks no more', async () => {
    const { d, host } = await setup(PROFILES.windows365, PLAN);
    d.selection = { para: 1, start: 0, end: 0 };
    d.failures.set('ContentControl.placeholderText', 'NotAllowed');
    const blocks = templateBlocks('fr');
    await host.insertAtCursor(blocks);
    const title = d.paragraphs[2];
    expect(title.text).toBe(fields.fr.template.title);
    expect(controlsOf(title).map((c) => c.tag)).toEqual(['jalon:title']);
    expect(d.selected).toEqual({ para: title, start: 0, end: title.text.length });
    expect(host.takeNotices().map((n) => n.code)).toEqual(['placeholders']);
    d.syncs = 0;
    d.selection = { para: 0, start: 0, end: 0 };
    await host.insertAtCursor(blocks);
    expect(d.syncs).toBe(SYNCS.insertAtCursor); // no refused round trip any more
    expect(d.paragraphs[1].text).toBe(fields.fr.template.title);
    expect(host.takeNotices()).toEqual([]);
  });

  it('and when writing the prompt then fails, undoes the whole template', async () => {
    const { d, host } = await setup(PROFILES.windows365, PLAN);
    d.selection = { para: 1, start: 0, end: 0 };
    const before = state(d);
    d.failures.set('ContentControl.placeholderText', 'NotAllowed');
    d.failures.set('Range.insertText', 'GeneralException');
    await expect(host.insertAtCursor(templateBlocks('fr'))).rejects.toMatchObject({ code: 'GeneralException' });
    expect(state(d)).toBe(before);
  });
});

it('a title the template is given is written as it is: no prompt over the author’s words', async () => {
  const { d, host } = await setup(PROFILES.web, PLAN);
  d.selection = { para: 1, start: 0, end: 0 };
  await host.insertAtCursor(templateBlocks('fr', { values: { title: 'Registre des lobbies' } }));
  expect(d.paragraphs[2].text).toBe('Registre des lobbies');
  expect(controlsOf(d.paragraphs[2]).map((c) => c.tag)).toEqual(['jalon:title']);
  expect(d.selected).toBeUndefined();
});

// The pane shows the commitment just inserted: it asks where the selection is (the title Word selected) and finds
// that paragraph in the check that follows. Where Word names paragraphs by position (Word 2019; connected
// experiences off), two unfilled titles have the same text: the selection must still name the one just inserted.
describe.each([
  ['Word for Windows', PROFILES.windows365],
  ['Word for Mac', PROFILES.mac],
  ['Word 2019', PROFILES.windows2019],
  ['Word on the web', PROFILES.web],
  ['Word, connected experiences off', VARIANTS.windows365Offline],
])('%s: the selection after an insert names the new title', (_, profile) => {
  it('as the next read names it, for a second template too', async () => {
    const { d, host } = await setup(profile, PLAN);
    const titleIndexes: number[] = [];
    for (const para of [0, 2 + templateBlocks('fr').length]) {
      d.selection = { para, start: 0, end: 0 };
      await host.insertAtCursor(templateBlocks('fr'));
      const at = await host.getSelection();
      const read = await host.readParagraphs();
      const index = read.findIndex((p) => p.id === at?.paragraphId);
      titleIndexes.push(index);
      expect(read[index]?.tags).toEqual(['jalon:title']);
      expect(d.paragraphs[index]).toBe(d.selected?.para);
    }
    expect(titleIndexes[1]).toBeGreaterThan(titleIndexes[0]);
  });
});
