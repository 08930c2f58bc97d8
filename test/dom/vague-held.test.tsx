// A commitment with every field but held at « moyenne » by its vague sentences (the level's rule 'vague'): the card
// says what holds it, how many vague verbs, and takes the author to each, rather than only « Tous les champs
// attendus sont présents » (issue 13).
jest.mock('../../src/taskpane/planWorkerFactory', () => ({
  createPlanWorker: () => {
    throw new Error('no worker in jsdom');
  },
}));

import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { analyze, fromParagraphs, type Finding } from '../../src/core';
import { explainCommitment } from '../../src/core/plan';
import { FakeHost } from './fakeHost';
import { openTab } from './openTab';

configure({ asyncUtilTimeout: 15_000 });
jest.setTimeout(60_000);

const FIELDS = [
  'Porteur : Direction des affaires juridiques, bureau de la commande publique.',
  'Partenaires : association Transparence des marchés, qui vérifie les publications chaque trimestre.',
  'Indicateur : part des marchés publiés en données ouvertes.',
  'Situation initiale : 38 % des marchés publiés en 2024.',
  'Situation cible : 100 % des marchés publiés d’ici décembre 2027.',
  'Jalons : décret publié – mars 2026 ; portail ouvert – juin 2026 ; tous les marchés publiés – décembre 2027.',
  'Calendrier : de janvier 2025 à décembre 2027.',
  'Coût : 450 000 € sur deux ans, budget de la direction.',
  'Redevabilité : un bilan semestriel publié en ligne et présenté au Parlement.',
  'Public visé : les entreprises, les journalistes et les associations.',
  'Action concrète : publier les données essentielles de tous les marchés sur data.gouv.fr.',
];
const VAGUE = [
  'Nous allons renforcer la transparence de la commande publique.',
  'Nous voulons promouvoir la culture de la donnée dans les administrations.',
  'Il s’agit de favoriser la réutilisation des données par les entreprises.',
  'Nous entendons développer les usages numériques des acheteurs.',
  'Nous souhaitons encourager les acheteurs à publier.',
  'Le ministère va améliorer la qualité des données.',
];
const PLAN = [
  { text: 'Plan d’action national 2025-2027', heading: 1 },
  { text: 'Engagement 1 : Ouvrir les données des marchés publics', heading: 2 },
  ...VAGUE,
  ...FIELDS,
];

test('every field present, the level held by vague verbs: the card says how many and goes to each', async () => {
  // The premise, from the engine: nothing missing, the level held at medium by the vague sentences.
  const paragraphs = PLAN.map((p) => (typeof p === 'string' ? { text: p } : { text: p.text, headingLevel: p.heading }));
  const reference = analyze(fromParagraphs(paragraphs), { lang: 'fr' });
  const e = reference.commitments[0];
  expect(e.missing).toEqual([]);
  expect(explainCommitment(reference, e, 'fr').rule).toBe('vague');
  const vague = reference.findings.filter((f: Finding) => f.ruleId === 'vague-term' && f.commitment === 0);
  expect(vague.length).toBeGreaterThan(1);

  const host = new FakeHost(PLAN);
  const view = render(<App host={host} lang="fr" />);
  fireEvent.click(screen.getByRole('button', { name: 'Vérifier le document' }));
  await waitFor(() =>
    expect((screen.getByRole('button', { name: 'Revérifier' }) as HTMLButtonElement).disabled).toBe(false),
  );
  await openTab('Engagement');
  const card = screen.getByRole('article');
  const said = await within(card).findByText(/la précision reste « moyenne »/);
  expect(said.textContent).toContain(`Les ${vague.length} remarques « Verbe flou » ci-dessous les montrent`);
  expect(within(card).queryByText('Tous les champs attendus sont présents.')).toBeNull();
  // One button per vague verb, each selecting its words in the document.
  for (const f of vague) {
    fireEvent.click(within(card).getByRole('button', { name: `Aller à « ${f.actual} » dans le document` }));
    await waitFor(() => {
      const p = host.paras.find((x) => x.id === host.selection?.paragraphId);
      expect(p?.text.slice(host.selection!.start, host.selection!.end)).toBe(f.actual);
    });
  }

  // Without the vague sentences the card says only that the fields are there.
  view.unmount();
  const plain = new FakeHost([PLAN[0], PLAN[1], ...FIELDS]);
  render(<App host={plain} lang="fr" />);
  fireEvent.click(screen.getByRole('button', { name: 'Vérifier le document' }));
  await waitFor(() =>
    expect((screen.getByRole('button', { name: 'Revérifier' }) as HTMLButtonElement).disabled).toBe(false),
  );
  await openTab('Engagement');
  const again = screen.getByRole('article');
  await within(again).findByText(/Pourquoi ce niveau/);
  expect(within(again).getByText('Tous les champs attendus sont présents.')).toBeTruthy();
  expect(within(again).queryByText(/Verbe flou/)).toBeNull();
});
