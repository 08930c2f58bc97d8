// The pane against an in-memory document, with a small stand-in engine (fakeEngine.ts): these tests are about
// what the pane does with findings and engagements, not about the rules themselves.
jest.mock('../../src/taskpane/planWorkerFactory', () => jest.requireActual('./noPlanWorker').noPlanWorker);
jest.mock('../../src/core', () => jest.requireActual('./fakeEngine').core());
jest.mock('../../src/core/plan', () => jest.requireActual('./fakeEngine').plan);

import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { IGNORES_KEY } from '../../src/taskpane/ignores';
import { calls } from './fakeEngine';
import { FakeHost, OWN, PLAN } from './fakeHost';
import { checkOver, giveChecksTime, renderChecked } from './helpers';
import { openTab } from './openTab';

giveChecksTime();

/** The pane checked on `host`, its count of findings shown. */
async function checked(host: FakeHost, lang: 'fr' | 'en' = 'fr') {
  const view = await renderChecked(host, lang);
  await screen.findByText(lang === 'fr' ? /remarques?$/ : /findings?$/, { selector: 'strong' });
  return view;
}

describe('check', () => {
  test('groups findings by engagement with counts, highlights them, and selects one on click', async () => {
    const host = new FakeHost(PLAN);
    await checked(host);
    expect(screen.getByText('5 remarques', { selector: 'strong' })).toBeTruthy();
    const results = screen.getByRole('region', { name: 'Résultats de la vérification' });
    const headers = within(results).getAllByRole('button', { expanded: true });
    expect(headers.map((h) => h.textContent)).toEqual([
      expect.stringContaining('Hors engagement (préambule)1'),
      expect.stringMatching(/^▾ Engagement 1 : ouvrir les données3$/),
      expect.stringMatching(/^▾ Engagement 2 : registre des lobbies1$/),
    ]);
    // One highlight per finding except none of them is info; each sits on the exact text.
    await waitFor(() => expect(host.highlights).toHaveLength(5));
    for (const h of host.highlights) {
      const p = host.paras.find((x) => x.id === h.paragraphId)!;
      expect(['renforcer', 'promouvoir', 'open data', 'Engagement 2 : registre des lobbies']).toContain(
        p.text.slice(h.start, h.end),
      );
    }
    fireEvent.click(screen.getByRole('button', { name: /^open data.*Jargon/ }));
    await waitFor(() => expect(host.selection).toBeDefined());
    const p = host.paras.find((x) => x.id === host.selection!.paragraphId)!;
    expect(p.text.slice(host.selection!.start, host.selection!.end)).toBe('open data');
    expect(screen.getByRole('region', { name: 'Détail de la remarque' })).toBeTruthy();
  });

  test('groups by rule, and Next/Previous walk the findings in document order', async () => {
    const host = new FakeHost(PLAN);
    await checked(host);
    fireEvent.click(screen.getByRole('button', { name: 'Règle', pressed: false }));
    const results = screen.getByRole('region', { name: 'Résultats de la vérification' });
    const names = within(results)
      .getAllByRole('button', { expanded: true })
      .map((h) => h.textContent);
    expect(names).toEqual([
      expect.stringContaining('Verbes flous et termes vagues3'),
      expect.stringContaining('Jargon à expliquer1'),
      expect.stringContaining('Champs manquants1'),
    ]);
    const selected = () => {
      const s = host.selection!;
      return host.paras.find((x) => x.id === s.paragraphId)!.text.slice(s.start, s.end);
    };
    fireEvent.click(screen.getByRole('button', { name: 'Suivante' }));
    await waitFor(() => expect(selected()).toBe('promouvoir'));
    fireEvent.click(screen.getByRole('button', { name: 'Suivante' }));
    await waitFor(() => expect(selected()).toBe('renforcer'));
    expect(screen.getByText('Remarque 2 sur 5')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Précédente' }));
    await waitFor(() => expect(selected()).toBe('promouvoir'));
  });

  test('ignoring a term hides every occurrence, removes their highlights and is remembered in the document', async () => {
    const host = new FakeHost(PLAN);
    const { unmount } = await checked(host);
    fireEvent.click(screen.getAllByRole('button', { name: /^renforcer.*Verbe terne/ })[0]);
    fireEvent.click(await screen.findByRole('button', { name: 'Ignorer « renforcer » partout' }));
    await waitFor(() => expect(screen.getByText('3 remarques', { selector: 'strong' })).toBeTruthy());
    expect(screen.getByText('2 remarques ignorées')).toBeTruthy();
    await waitFor(() =>
      expect(host.settings.get(IGNORES_KEY)).toEqual({ fingerprints: [], terms: ['renforcer'], rules: [] }),
    );
    expect(host.highlights.map((h) => h.start)).not.toContain(host.paras[3].text.indexOf('renforcer'));
    expect(host.highlights).toHaveLength(3);
    unmount();
    // A reviewer opening the same document sees the same state.
    await checked(host);
    expect(screen.getByText('3 remarques', { selector: 'strong' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Rétablir toutes les remarques ignorées (2)' }));
    await waitFor(() => expect(screen.getByText('5 remarques', { selector: 'strong' })).toBeTruthy());
  });

  test('ignoring one occurrence keeps the other occurrences of the same term', async () => {
    const host = new FakeHost(PLAN);
    await checked(host);
    fireEvent.click(screen.getAllByRole('button', { name: /^renforcer.*Verbe terne/ })[1]);
    fireEvent.click(await screen.findByRole('button', { name: 'Ignorer cette occurrence' }));
    await waitFor(() => expect(screen.getByText('4 remarques', { selector: 'strong' })).toBeTruthy());
    expect(screen.getAllByRole('button', { name: /^renforcer.*Verbe terne/ })).toHaveLength(1);
  });

  test('clear highlights removes exactly what Jalon added and leaves the text alone', async () => {
    const host = new FakeHost(PLAN);
    const before = host.text();
    await checked(host);
    await waitFor(() => expect(host.highlights.length).toBeGreaterThan(0));
    fireEvent.click(screen.getByRole('button', { name: 'Effacer les surlignages' }));
    await screen.findByText(/surlignages de Jalon ont été retirés/);
    expect(host.highlights).toEqual([]);
    expect(host.text()).toBe(before);
  });

  test('after an edit only the changed paragraph is analysed again', async () => {
    const host = new FakeHost(PLAN);
    await checked(host);
    const before = calls.lint;
    act(() => host.edit(6, 'Publier le registre en ligne et promouvoir son usage.'));
    await waitFor(() => expect(screen.getByText('6 remarques', { selector: 'strong' })).toBeTruthy(), {
      timeout: 3000,
    });
    expect(calls.lint - before).toBe(1);
    // The new finding is highlighted; the others were not re-sent.
    expect(host.highlights.filter((h) => h.paragraphId === host.paras[6].id)).toHaveLength(1);
    expect(host.highlights).toHaveLength(6);
  });

  test('jargon: the definition goes in a footnote only when the author asks', async () => {
    const host = new FakeHost(PLAN);
    const before = host.text();
    await checked(host);
    fireEvent.click(screen.getByRole('button', { name: /^open data.*Jargon/ }));
    expect(host.text()).toBe(before);
    fireEvent.click(await screen.findByRole('button', { name: 'Insérer la définition en note de bas de page' }));
    await waitFor(() => expect(host.footnotes).toHaveLength(1));
    expect(host.footnotes[0].text).toBe('données ouvertes, publiées librement');
    expect(host.paras[3].text.slice(0, host.footnotes[0].at.start)).toMatch(/open data$/);
  });

  test('jargon without footnotes: the definition is inserted in parentheses', async () => {
    const host = new FakeHost(PLAN, { footnotes: false });
    await checked(host);
    fireEvent.click(screen.getByRole('button', { name: /^open data.*Jargon/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Insérer la définition entre parenthèses' }));
    await waitFor(() => expect(host.paras[3].text).toContain('l’open data (données ouvertes, publiées librement) et'));
  });

  test('a host failure becomes a message in the user language, not a crash', async () => {
    const host = new FakeHost(PLAN);
    host.failOn.add('select');
    await checked(host, 'en');
    fireEvent.click(screen.getByRole('button', { name: /^open data.*Jargon/ }));
    expect(
      await screen.findByText(/Word could not finish the operation \(select the passage\): select failed/),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Check again' })).toBeTruthy();
  });
});

test('a document Word cannot read gives a French message and the pane stays usable', async () => {
  const host = new FakeHost(PLAN);
  host.failOn.add('readParagraphs');
  render(<App host={host} lang="fr" />);
  fireEvent.click(screen.getByRole('button', { name: 'Vérifier le document' }));
  expect(await screen.findByText(/Word n’a pas pu terminer l’opération \(lire le document\)/)).toBeTruthy();
  host.failOn.delete('readParagraphs');
  fireEvent.click(screen.getByRole('button', { name: 'Vérifier le document' }));
  expect(await screen.findByText('5 remarques', { selector: 'strong' })).toBeTruthy();
});

test('without document settings, ignores last for the session and nothing is written', async () => {
  const host = new FakeHost(PLAN, { settings: false });
  await checked(host);
  fireEvent.click(screen.getByRole('button', { name: /^open data.*Jargon/ }));
  fireEvent.click(await screen.findByRole('button', { name: 'Ignorer cette occurrence' }));
  await waitFor(() => expect(screen.getByText('4 remarques', { selector: 'strong' })).toBeTruthy());
  expect(host.calls).not.toContain('saveSetting');
});

describe('engagement card', () => {
  test('shows points and checklist, and the form writes the answers into tagged fields', async () => {
    const host = new FakeHost(PLAN);
    await checked(host);
    await openTab('Engagement');
    const card = screen.getByRole('article');
    // The level first, then the points, named as the workshop's checklist (issue 13: not read as the level).
    const checklist = within(card).getByText('Grille de l’atelier : 1 point sur 5');
    const level = within(card).getByText('Précision (échelle du MEI) : faible');
    expect(level.compareDocumentPosition(checklist) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Fields the engagement lacks are asked for, with help and an example; the one it has is not.
    expect(within(card).queryByLabelText('Coût et moyens')).toBeNull();
    const indicator = within(card).getByLabelText('Indicateur(s)');
    // The example is about this commitment's subject (open data), naming the real commitment it follows.
    const example = within(card).getByText(
      /^À quel indicateur.* Exemple d’après Canada 2018-2020, engagement 1, .*jeux de données/,
    );
    // Not the template's procurement example: the form's questions say nothing of public contracts.
    expect(example.textContent).not.toMatch(/marchés/);
    expect(within(card).queryAllByText(/^(À|Quel|Quelle|Qui).*\?.*marchés/)).toHaveLength(0);
    fireEvent.change(indicator, { target: { value: 'Nombre de jeux de données publiés' } });
    fireEvent.change(within(card).getByLabelText('Porteur (administration chef de file) et contact'), {
      target: { value: 'DINUM' },
    });
    fireEvent.click(within(card).getByRole('button', { name: 'Enregistrer dans le document' }));
    await screen.findByText('2 champs écrits dans le document.');
    const tagged = host.paras.filter((p) => p.tags.length).map((p) => [p.tags[0], p.text]);
    expect(tagged).toEqual([
      ['jalon:cost', '150 k€'],
      ['jalon:indicator', 'Nombre de jeux de données publiés'],
      ['jalon:lead', 'DINUM'],
      ['jalon:indicator', 'Nombre de fiches publiées'],
    ]);
    // Nothing the author wrote was removed.
    for (const p of PLAN) expect(host.text()).toContain(typeof p === 'string' ? p : p.text);
    await waitFor(() =>
      expect(within(screen.getByRole('article')).getByText('Grille de l’atelier : 3 points sur 5')).toBeTruthy(),
    );
  });

  test('a missing field opened in the Check tab is answered in the form of its commitment', async () => {
    const host = new FakeHost(PLAN);
    await checked(host);
    // The cursor elsewhere: the card must follow the finding, not the cursor.
    host.selection = { paragraphId: host.paras[3].id, start: 0, end: 0 };
    fireEvent.click(screen.getByRole('button', { name: /^Engagement 2 : registre des lobbies · / }));
    fireEvent.click(await screen.findByRole('button', { name: 'Répondre dans l’onglet Engagement' }));
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: 'Engagement' }).getAttribute('aria-selected')).toBe('true'),
    );
    expect(await screen.findByRole('heading', { name: 'Engagement 2 : registre des lobbies' })).toBeTruthy();
    expect(within(screen.getByRole('article')).getByLabelText('Coût et moyens')).toBeTruthy();
  });

  test('the card opens on the engagement under the cursor', async () => {
    const host = new FakeHost(PLAN);
    await checked(host);
    host.selection = { paragraphId: host.paras[6].id, start: 3, end: 3 };
    await openTab('Engagement');
    expect(await screen.findByRole('heading', { name: 'Engagement 2 : registre des lobbies' })).toBeTruthy();
    host.selection = { paragraphId: host.paras[3].id, start: 0, end: 0 };
    fireEvent.click(screen.getByRole('button', { name: 'Prendre l’engagement sous le curseur' }));
    expect(await screen.findByRole('heading', { name: 'Engagement 1 : ouvrir les données' })).toBeTruthy();
  });

  test('insert a commitment puts the template with tagged fields after the cursor', async () => {
    const host = new FakeHost(PLAN);
    render(<App host={host} lang="fr" />);
    host.selection = { paragraphId: host.paras[1].id, start: 0, end: 0 };
    await openTab('Engagement');
    fireEvent.click(screen.getByRole('button', { name: 'Insérer un engagement (modèle)' }));
    await screen.findByText('Modèle d’engagement inséré au curseur.');
    expect(host.paras[2].headingLevel).toBe(2);
    const tags = host.paras.flatMap((p) => p.tags);
    expect(tags).toEqual(
      expect.arrayContaining([
        'jalon:indicator',
        'jalon:baseline',
        'jalon:target',
        'jalon:milestones',
        'jalon:cost',
        'jalon:lead',
      ]),
    );
    expect(host.paras[3].text).toBe('Problème public visé :');
    expect(host.paras[2].tags).toEqual(['jalon:title']);
  });
});

describe('review mode', () => {
  test('chosen findings become comments with the question, listed and removed in one step', async () => {
    const host = new FakeHost(PLAN);
    await checked(host);
    await openTab('Relecture');
    fireEvent.click(screen.getByRole('checkbox', { name: /Quel est le coût estimé/ }));
    // Where, as Word's search finds it: the paragraph's first words (Word numbers no paragraph).
    fireEvent.click(screen.getByRole('checkbox', { name: /^Jargon \(Paragraphe « [^»]+ »\)/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter 2 commentaires' }));
    await screen.findByText('2 commentaires ajoutés.');
    expect(host.comments.map((c) => c.text)).toEqual([
      'Remarque de Jalon : Jargon',
      'Remarque de Jalon : Quel est le coût estimé de cet engagement ?',
    ]);
    const list = screen.getByRole('region', { name: 'Commentaires de Jalon dans le document' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer les commentaires de Jalon' }));
    await screen.findByText('2 commentaires supprimés.');
    expect(host.comments).toEqual([]);
  });

  test('without comments, a review summary is inserted at the end on request', async () => {
    const host = new FakeHost(PLAN, { comments: false });
    await checked(host, 'en');
    await openTab('Review');
    expect(await screen.findByText(/This version of Word has no comments/)).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: /Quel est le coût estimé/ }));
    const n = host.paras.length;
    const reads = host.readCount;
    fireEvent.click(screen.getByRole('button', { name: 'Insert a review summary at the end of the document' }));
    await screen.findByText('Review summary inserted at the end of the document.');
    expect(host.paras.slice(n).map((p) => p.text)).toEqual([
      'Jalon review: questions for the author',
      'Engagement 2 : registre des lobbies — Remark from Jalon: Quel est le coût estimé de cet engagement ?',
    ]);
    // Jalon's summary is its own: the check that follows does not review it (its words would be findings).
    expect(host.paras.slice(n).every((p) => p.tags.includes(OWN))).toBe(true);
    await waitFor(() => expect(host.readCount).toBeGreaterThan(reads));
    fireEvent.click(screen.getByRole('tab', { name: 'Check' }));
    await checkOver('en');
    expect(await screen.findByText('5 findings', { selector: 'strong' })).toBeTruthy();
  });
});

describe('plan overview', () => {
  test('scoreboard sorts, filters, totals the plan and goes to an engagement', async () => {
    const host = new FakeHost(PLAN);
    await checked(host, 'en');
    await openTab('Plan overview');
    expect(screen.getByText('Plan total: 2 of 10 points (20%)')).toBeTruthy();
    expect(screen.getByText('2 commitments still to make verifiable.')).toBeTruthy();
    const goButtons = () =>
      screen
        .getAllByRole('row')
        .slice(1)
        .map((r) => within(r).getAllByRole('button')[0]);
    const titles = () => goButtons().map((b) => b.textContent);
    expect(titles()).toEqual(['Engagement 1 : ouvrir les données', 'Engagement 2 : registre des lobbies']);
    // Vague terms: two in commitment 1, none in commitment 2.
    const rows = screen.getAllByRole('row').slice(1);
    expect(within(rows[0]).getAllByRole('cell')[4].textContent).toBe('2');
    fireEvent.click(screen.getByRole('button', { name: 'Vague terms' }));
    expect(titles()[0]).toBe('Engagement 2 : registre des lobbies');
    expect(screen.getByRole('columnheader', { name: /Vague/ }).getAttribute('aria-sort')).toBe('ascending');
    fireEvent.change(screen.getByLabelText('Filter by title'), { target: { value: 'lobbies' } });
    expect(titles()).toEqual(['Engagement 2 : registre des lobbies']);
    expect(goButtons()[0].getAttribute('title')).toBe('Go to "Engagement 2 : registre des lobbies"');
    fireEvent.click(goButtons()[0]);
    await waitFor(() => expect(host.selection?.paragraphId).toBe(host.paras[5].id));
    expect(screen.getByRole('tab', { name: 'Commitment' }).getAttribute('aria-selected')).toBe('true');
    // The Commitment tab may still be loading its view (a chunk of its own).
    expect(await screen.findByRole('heading', { name: 'Engagement 2 : registre des lobbies' })).toBeTruthy();
  });
});

describe('language', () => {
  test('the switch changes every label, accessible names included', async () => {
    const host = new FakeHost(PLAN);
    render(<App host={host} lang="fr" />);
    expect(screen.getByRole('button', { name: 'Vérifier le document' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'EN – English' }));
    expect(screen.getByRole('button', { name: 'Check document' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Interface language' })).toBeTruthy();
    expect(screen.getByRole('tablist', { name: 'Jalon views' })).toBeTruthy();
  });
});

describe('host errors', () => {
  test('a stale paragraph triggers a fresh read of the document', async () => {
    const host = new FakeHost(PLAN);
    await checked(host);
    const reads = host.readCount;
    host.select = async () => {
      throw Object.assign(new Error('stale'), { code: 'stale', detail: '' });
    };
    fireEvent.click(screen.getByRole('button', { name: /^open data.*Jargon/ }));
    expect(
      await screen.findByText('Le paragraphe a changé depuis la dernière vérification : relancez la vérification.'),
    ).toBeTruthy();
    await waitFor(() => expect(host.readCount).toBe(reads + 1));
  });

  test('the Word layer’s typed errors are told in the pane’s language', async () => {
    const { hostErrorText } = await import('../../src/taskpane/state/hostCalls');
    const { translator } = await import('../../src/taskpane/i18n');
    const unsupported = Object.assign(new Error('WordApi 1.5 manquant'), {
      code: 'unsupported',
      detail: 'WordApi 1.5',
    });
    expect(hostErrorText('footnote', unsupported)(translator('en'))).toBe(
      'This version of Word cannot insert a footnote: update Word or use Word on the web.',
    );
    expect(hostErrorText('footnote', unsupported)(translator('fr'))).toBe(
      'Cette version de Word ne permet pas cette action (insérer une note de bas de page) : mettez Word à jour ou utilisez Word sur le web.',
    );
    const missing = Object.assign(new Error('x'), { code: 'not-found', detail: 'renforcer' });
    expect(hostErrorText('select', missing)(translator('fr'))).toBe(
      'Passage introuvable dans le document : « renforcer ».',
    );
    expect(hostErrorText('read', new Error('boom'))(translator('en'))).toBe(
      'Word could not finish the operation (read the document): boom',
    );
  });
});
