// Change events: Jalon's own writes do not prompt a re-check; the author's edits and co-authors' do; deletions
// Word does not announce (Mac) cannot misplace a later write. Settings and capabilities close the file.
import { WordDocument } from '../../../src/word';
import { SelfWrites } from '../../../src/word/events';
import { FakeWordDocument, installFake, PROFILES } from './fakeWord';
import { setup, tick } from './helpers';

const PLAN = ['Engagement 1 : Ouvrir les données', 'Nous allons renforcer la transparence.', 'Indicateur : à définir'];

describe('onChange', () => {
  it('subscribes to paragraph events where WordApi 1.6 has them, and unsubscribes', async () => {
    const { d, host } = await setup(PROFILES.windows365, PLAN);
    let calls = 0;
    const off = host.onChange(() => (calls += 1));
    await tick();
    expect(Object.values(d.handlers).flat()).toHaveLength(3);
    d.authorEdit(1, 'Nous allons publier le décret.');
    expect(calls).toBe(1);
    off();
    await tick();
    expect(Object.values(d.handlers).flat()).toHaveLength(0);
  });

  it('does not answer Jalon’s own writes: highlights in the file, fields, the template', async () => {
    const { d, host } = await setup(PROFILES.windows2024, PLAN); // font highlights: real writes that fire events
    let calls = 0;
    host.onChange(() => (calls += 1));
    await tick();
    const paras = await host.readParagraphs();
    await host.highlight([{ paragraphId: paras[1].id, start: 12, end: 21, kind: 'warning' }]);
    await host.writeFields(paras[0].id, paras[2].id, [{ tag: 'jalon:cost', label: 'Coût', text: '1 €' }]);
    d.selection = { para: 0, start: 0, end: 0 };
    await host.insertAtCursor([{ kind: 'text', text: 'Inséré' }]);
    await host.clearHighlights();
    await tick();
    expect(calls).toBe(0);
    d.authorEdit(1, 'Le texte de l’auteur.');
    expect(calls).toBe(1);
  });

  it('a co-author’s edit, or one of the author’s paragraphs beside Jalon’s write, is not Jalon’s', async () => {
    let now = 0;
    const own = new SelfWrites(() => now);
    await own.around(['a'], false, async () => undefined);
    expect(own.owns('changed', ['a'])).toBe(true);
    expect(own.owns('changed', ['a', 'b'])).toBe(false);
    expect(own.owns('changed', ['a'], 'Remote')).toBe(false);
    expect(own.owns('added', ['x'])).toBe(false);
    expect(own.owns('deleted', ['a'])).toBe(false);
    now = 10_000;
    expect(own.owns('changed', ['a'])).toBe(false);
  });

  it('on Mac a deletion Word does not announce (office-js#3864, #5400) cannot misplace a later write', async () => {
    const { d, host } = await setup(PROFILES.mac, [
      'Un.',
      'Nous allons renforcer la transparence.',
      'Promouvoir le dialogue.',
    ]);
    let calls = 0;
    host.onChange(() => (calls += 1));
    await tick();
    const paras = await host.readParagraphs();
    d.authorDelete(0);
    expect(calls).toBe(0); // Word said nothing
    await host.highlight([
      { paragraphId: paras[0].id, start: 0, end: 2, kind: 'error' }, // gone
      { paragraphId: paras[2].id, start: 0, end: 10, kind: 'warning' },
    ]);
    expect(d.annotationsOf(0)).toEqual([]);
    expect(d.annotationsOf(1)).toEqual(['Promouvoir=Blue']);
  });
});

describe('settings and capabilities', () => {
  it('round-trips settings through the document', async () => {
    const d = new FakeWordDocument(PLAN);
    const { settings, saves } = await installFake(d);
    const host = new WordDocument();
    await host.saveSetting('ignores', { terms: ['PGO'] });
    expect(await host.loadSetting('ignores')).toEqual({ terms: ['PGO'] });
    expect(await host.loadSetting('absent')).toBeUndefined();
    expect(settings.has('jalon.ignores')).toBe(true);
    expect(saves()).toBe(1);
  });

  it('says in the user’s language what a host cannot do', async () => {
    await installFake(new FakeWordDocument(PLAN), { profile: PROFILES.windows2019, noSettings: true });
    const fr = new WordDocument({ lang: 'fr' });
    expect(fr.capabilities()).toMatchObject({
      comments: false,
      footnotes: false,
      tempHighlight: false,
      settings: false,
    });
    await expect(fr.saveSetting('x', 1)).rejects.toThrow(/Cette version de Word/);
  });

  it.each([
    ['web', { tempHighlight: true, annotations: true, comments: true, footnotes: true, paragraphEvents: true }],
    ['windows365', { tempHighlight: true, annotations: true, comments: true, footnotes: true, paragraphEvents: true }],
    [
      'windows2019',
      { tempHighlight: false, annotations: false, comments: false, footnotes: false, paragraphEvents: false },
    ],
    ['windows2024', { tempHighlight: true, annotations: true, comments: true, footnotes: true, paragraphEvents: true }],
    ['mac', { tempHighlight: true, annotations: true, comments: true, footnotes: true, paragraphEvents: true }],
  ] as const)('%s lists the sets its profile gives (Word 2024 until it refuses a critique)', async (name, caps) => {
    const { host } = await setup(PROFILES[name], PLAN);
    expect(host.capabilities()).toMatchObject(caps);
  });
});
