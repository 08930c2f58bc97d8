// The pane with the real engine (no stand-in): what an author sees on a small French plan.
jest.mock('../../src/taskpane/planWorkerFactory', () => jest.requireActual('./noPlanWorker').noPlanWorker);

import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FakeHost } from './fakeHost';
import { giveChecksTime, renderChecked } from './helpers';
import { openTab } from './openTab';

giveChecksTime();

const PLAN = [
  { text: 'Plan d’action national 2025-2027', heading: 1 },
  'Ce plan s’inscrit dans la démarche de l’open data et de l’open data territorial.',
  { text: 'Engagement 1 : Publier les données des marchés publics', heading: 2 },
  'Nous allons renforcer la transparence de la commande publique.',
  'Porteur : Direction des affaires juridiques.',
  'Indicateur : part des marchés publiés en données ouvertes.',
];

function openAllGroups() {
  const results = screen.getByRole('region', { name: 'Résultats de la vérification' });
  for (const b of within(results).queryAllByRole('button', { expanded: false })) fireEvent.click(b);
}

test('vague verbs and jargon are found, and clicking one selects exactly its words', async () => {
  const host = new FakeHost(PLAN);
  await renderChecked(host);
  openAllGroups();
  const vague = screen.getByRole('button', { name: /^renforcer/ });
  fireEvent.click(vague);
  await waitFor(() => expect(host.selection).toBeDefined());
  const p = host.paras.find((x) => x.id === host.selection!.paragraphId)!;
  expect(p.text.slice(host.selection!.start, host.selection!.end)).toBe('renforcer');
  // Jargon is flagged at its first use only.
  expect(screen.getAllByRole('button', { name: /^open data/ })).toHaveLength(1);
});

test('the engagement card asks for the cost, and saving it writes a tagged field the next check reads', async () => {
  const host = new FakeHost(PLAN);
  await renderChecked(host);
  await openTab('Engagement');
  const card = screen.getByRole('article');
  expect(
    within(card).getByRole('heading', { name: 'Engagement 1 : Publier les données des marchés publics' }),
  ).toBeTruthy();
  const pointsBefore = Number(/(\d+) points? sur/.exec(within(card).getByText(/points? sur \d+/).textContent!)![1]);
  const cost = within(card).getByLabelText('Coût et moyens');
  // The plan names no currency: its help asks for an amount, not for euros.
  await waitFor(() =>
    expect(cost.getAttribute('title')).toBe(
      'Un montant et les moyens humains (en équivalents temps plein), même approximatifs.',
    ),
  );
  fireEvent.change(cost, { target: { value: '450 000 € sur deux ans, budget de la DAJ' } });
  fireEvent.click(within(card).getByRole('button', { name: 'Enregistrer dans le document' }));
  await screen.findByText('1 champ écrit dans le document.');
  expect(host.paras.find((x) => x.tags.includes('jalon:cost'))?.text).toBe('450 000 € sur deux ans, budget de la DAJ');
  await waitFor(() => expect(within(screen.getByRole('article')).queryByLabelText('Coût et moyens')).toBeNull());
  const pointsAfter = Number(
    /(\d+) points? sur/.exec(within(screen.getByRole('article')).getByText(/points? sur \d+/).textContent!)![1],
  );
  expect(pointsAfter).toBeGreaterThan(pointsBefore);
});

test('the cost’s help asks for the plan’s currency: dollars for a plan that counts in dollars', async () => {
  const host = new FakeHost([
    ...PLAN,
    { text: 'Engagement 2 : Ouvrir les données du budget', heading: 2 },
    'Coût : 2 millions de dollars sur deux ans.',
  ]);
  await renderChecked(host);
  await openTab('Engagement');
  const cost = within(screen.getByRole('article')).getByLabelText('Coût et moyens');
  await waitFor(() =>
    expect(cost.getAttribute('title')).toBe(
      'Un montant en dollars et les moyens humains (en équivalents temps plein), même approximatifs.',
    ),
  );
});

test('the form names the plan’s country’s legislature, as the reports do: Congress for a United States plan', async () => {
  const host = new FakeHost([
    { text: 'Plan d’action national des États-Unis 2025-2027', heading: 1 },
    ...PLAN.slice(1),
  ]);
  await renderChecked(host);
  await openTab('Engagement');
  const card = screen.getByRole('article');
  await waitFor(() => expect(within(card).getByText(/à qui \(Congrès, société civile\)/)).toBeTruthy());
  expect(within(card).queryByText(/à qui \(Parlement, société civile\)/)).toBeNull();
});

test('the card says why the commitment has its level, and the reason follows the text', async () => {
  const host = new FakeHost(PLAN);
  await renderChecked(host);
  await openTab('Engagement');
  const why = () => within(screen.getByRole('article')).getByRole('region', { name: 'Pourquoi ce niveau' });
  const level = /Précision \(échelle du MEI\) : (\S+)/.exec(
    within(screen.getByRole('article')).getByText(/échelle du MEI/).textContent!,
  )![1];
  // The summary names the level the card shows; the reason says what a reviewer could verify.
  expect(within(why()).getByText(/^Précision /).textContent).toContain(level);
  expect(within(why()).getByText(/vérifi/i)).toBeTruthy();
  expect(within(why()).getByText(/gouvernement ouvert|rend l’action publique/)).toBeTruthy();
  // What the level rests on lists the checklist's items, the missing target among them.
  expect(
    within(why())
      .getAllByRole('listitem')
      .some((li) => /cible/i.test(li.textContent!)),
  ).toBe(true);

  const before = within(why()).getByText(/^Précision /).textContent;
  act(() =>
    host.edit(
      3,
      'Publier au 1er mars 2026 le décret sur les données des marchés publics et un jeu de données de 12 000 lignes.',
    ),
  );
  await waitFor(() => expect(within(why()).getByText(/^Précision /).textContent).not.toBe(before));
});

test('in an English pane, a French plan’s card speaks English: checklist, why, and no French item left', async () => {
  const host = new FakeHost(PLAN);
  await renderChecked(host, 'en');
  await openTab('Commitment');
  const card = () => screen.getByRole('article');
  // The item reads in English twice: in the checklist and among the reasons of the level.
  await waitFor(() =>
    expect(
      within(card()).getAllByText(/^A concrete deliverable is named \(law, standard, tool, dataset\)/),
    ).toHaveLength(2),
  );
  expect(within(card()).queryByText(/Un livrable concret est nommé/)).toBeNull();
  expect(within(card()).getByRole('region', { name: 'Why this level' })).toBeTruthy();
});

test('an edit re-checks only the changed paragraph and shows its new finding', async () => {
  const host = new FakeHost(PLAN);
  await renderChecked(host);
  const count = () => Number(/^(\d+)/.exec(screen.getByText(/remarques?$/, { selector: 'strong' }).textContent!)![1]);
  const before = count();
  act(() => host.edit(4, 'Porteur : Direction des affaires juridiques, qui promouvra la démarche.'));
  await waitFor(() => expect(count()).toBe(before + 1), { timeout: 3000 });
  expect(screen.getByText('Résultats mis à jour (1 paragraphe réanalysé).')).toBeTruthy();
  openAllGroups();
  expect(screen.getByRole('button', { name: /^promouvra/ })).toBeTruthy();
});

test('inserting a jargon definition adds the glossary explanation, not the term again', async () => {
  const host = new FakeHost(PLAN, { footnotes: false });
  await renderChecked(host);
  openAllGroups();
  fireEvent.click(screen.getByRole('button', { name: /^open data/ }));
  fireEvent.click(await screen.findByRole('button', { name: 'Insérer la définition entre parenthèses' }));
  await waitFor(() => expect(host.paras[1].text).not.toBe(PLAN[1]));
  const m = /l’open data \(([^)]+(?:\([^)]*\))?[^)]*)\) et/.exec(host.paras[1].text);
  expect(m).not.toBeNull();
  expect(m![1].toLowerCase()).not.toContain('open data (');
  expect(m![1].length).toBeGreaterThan(10);
});

test('review mode: the questions of the missing fields, all on the title, make one comment there', async () => {
  const host = new FakeHost(PLAN);
  await renderChecked(host);
  await openTab('Relecture');
  fireEvent.click(screen.getByRole('button', { name: 'Tout sélectionner' }));
  const chosen = screen.getAllByRole('checkbox', { checked: true });
  const add = screen.getByRole('button', { name: /^Ajouter \d+ commentaires?$/ });
  const places = Number(/\d+/.exec(add.textContent ?? '')![0]);
  // Several questions were chosen, fewer comments are offered: one per place.
  expect(places).toBeLessThan(chosen.length);
  fireEvent.click(add);
  await waitFor(() => expect(host.comments).toHaveLength(places));
  const title = host.paras.find((p) => p.text.startsWith('Engagement 1'))!;
  const onTitle = host.comments.filter((c) => c.range.paragraphId === title.id);
  expect(onTitle).toHaveLength(1);
  // The cost's and the baseline's questions, one after the other in that one comment.
  expect(onTitle[0].text).toMatch(/coût[\s\S]*\n\n[\s\S]*Remarque de Jalon/);
});
