// Review comments: Jalon's only, on the findings' words; where Word on the web refuses them (office-js#6746), one
// per round trip, then the questions at the end of the document, each time with a notice.
import { COMMENT_PREFIX, SYNCS, WordHostError } from '../../../src/word';
import { PROFILES, table, VARIANTS } from './fakeWord';
import { setup } from './helpers';

const PLAN = [
  { text: 'Engagement 1 : Ouvrir les données de la commande publique', heading: 2 },
  'Nous allons renforcer la transparence et promouvoir le dialogue.',
  'Le ministère publiera les données.',
];

async function items(host: Awaited<ReturnType<typeof setup>>['host']) {
  const paras = await host.readParagraphs();
  const on = (i: number, w: string, text: string) => {
    const start = paras[i].text.indexOf(w);
    return { range: { paragraphId: paras[i].id, start, end: start + w.length }, text };
  };
  return [on(1, 'renforcer', 'Quelle action ?'), on(1, 'promouvoir', 'Comment ?'), on(2, 'données', 'Lesquelles ?')];
}

describe('addComments, listComments, removeComments', () => {
  it('comments the findings’ words in three round trips, lists and removes only Jalon’s', async () => {
    const { d, host } = await setup(PROFILES.windows365, PLAN);
    d.comments.push({
      id: 'author',
      content: 'Voir avec le ministère',
      para: d.paragraphs[0],
      start: 0,
      end: 5,
      sync: 0,
    });
    const list = await items(host);
    d.syncs = 0;
    expect(await host.addComments(list)).toBe(3);
    expect(d.syncs).toBe(SYNCS.addComments);
    expect(d.jalonComments().map((c) => [c.content, c.anchor])).toEqual([
      [`${COMMENT_PREFIX}Quelle action ?`, 'renforcer'],
      [`${COMMENT_PREFIX}Comment ?`, 'promouvoir'],
      [`${COMMENT_PREFIX}Lesquelles ?`, 'données'],
    ]);
    expect((await host.listComments()).map((c) => c.text)).toEqual(['Quelle action ?', 'Comment ?', 'Lesquelles ?']);
    expect(await host.removeComments()).toBe(3);
    expect(d.comments.filter((c) => !c.deleted).map((c) => c.id)).toEqual(['author']);
  });

  it('an empty span comments the whole paragraph', async () => {
    const { d, host } = await setup(PROFILES.windows365, PLAN);
    const paras = await host.readParagraphs();
    await host.addComments([{ range: { paragraphId: paras[2].id, start: 4, end: 4 }, text: 'Porteur ?' }]);
    expect(d.jalonComments()[0].anchor).toBe(PLAN[2]);
  });

  it('Word without comments (WordApi 1.3) says so in the user’s language', async () => {
    const { host } = await setup(PROFILES.windows2019, PLAN, 'en');
    expect(host.capabilities().comments).toBe(false);
    await expect(host.listComments()).rejects.toThrow(/WordApi 1.4 is missing/);
    await expect(host.addComments([])).rejects.toBeInstanceOf(WordHostError);
  });

  it('where Word takes one comment per request: the first of the failed batch stays, the rest one by one, none twice', async () => {
    const { d, host } = await setup(VARIANTS.webCommentsOneByOne, PLAN);
    expect(await host.addComments(await items(host))).toBe(3);
    expect(d.jalonComments().map((c) => c.anchor)).toEqual(['renforcer', 'promouvoir', 'données']);
    expect(host.takeNotices().map((n) => n.text.fr)).toEqual([
      'Word a refusé d’ajouter les commentaires en une fois : Jalon les a ajoutés un par un (3).',
    ]);
  });

  it('where Word takes no comment: the questions at the end of the document, after its last table, with a notice', async () => {
    const t = table();
    const { d, host } = await setup(VARIANTS.webNoComments, [
      ...PLAN,
      { text: 'Cellule', cell: { table: t, row: 0, column: 0 } },
    ]);
    expect(await host.addComments(await items(host))).toBe(0);
    expect(d.currentTexts().slice(4)).toEqual([
      'Questions de relecture (Jalon)',
      'Paragraphe « Nous allons renforcer la transparence et… » — « renforcer » : Quelle action ?',
      'Paragraphe « Nous allons renforcer la transparence et… » — « promouvoir » : Comment ?',
      'Paragraphe « Le ministère publiera les données. » — « données » : Lesquelles ?',
    ]);
    // After the table, not in its cell: each paragraph held only by the control that marks it as Jalon's own.
    expect(
      d.paragraphs
        .slice(4)
        .every(
          (p) =>
            p.containers.length === 1 && 'control' in p.containers[0] && p.containers[0].control.tag === 'jalon-note',
        ),
    ).toBe(true);
    const [notice] = host.takeNotices();
    expect(notice.text.en).toBe(
      'Word did not accept the comments (Word on the web refuses them to add-ins for some accounts): the 3 questions were added at the end of the document, under the heading "Questions de relecture (Jalon)".',
    );
  });

  it('an English pane names each question’s place by its paragraph’s first words too, never by a number', async () => {
    const { d, host } = await setup(VARIANTS.webNoComments, PLAN, 'en');
    expect(await host.addComments(await items(host))).toBe(0);
    expect(d.currentTexts().slice(3)).toEqual([
      'Review questions (Jalon)',
      'Paragraph "Nous allons renforcer la transparence et…" — "renforcer": Quelle action ?',
      'Paragraph "Nous allons renforcer la transparence et…" — "promouvoir": Comment ?',
      'Paragraph "Le ministère publiera les données." — "données": Lesquelles ?',
    ]);
  });
});
