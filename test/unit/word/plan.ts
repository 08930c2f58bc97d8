// A commitment as authors write it in Word, with what makes Word's text unlike the text Jalon reads: curly and
// straight apostrophes, non-breaking spaces before « : » and « % », a field in a content control, a milestones
// table, a list, a footnote mark, a tracked deletion, a sentence longer than Word's search limit, an emoji, and the
// author's own highlights (one in a colour Word does not save). Fresh objects on every call.
import { control, table, type FakeInit } from './fakeWord';

export const LONG_SENTENCE =
  'Afin de garantir une information\u00a0complète du public sur la commande publique, le ministère, en lien avec ' +
  'les collectivités territoriales, les acheteurs publics, les organisations de la société civile et les ' +
  'fournisseurs, publiera chaque trimestre l’ensemble des données essentielles des marchés publics conclus au ' +
  'cours de la période, y compris les avenants, les montants effectivement payés et les délais de paiement constatés.';

export const DELETED = 'rapidement ';

export function planLines(): FakeInit[] {
  const milestones = table();
  const cell = (row: number, column: number) => ({ table: milestones, row, column });
  const decree = 'Le décret sera publié\u0002 ' + DELETED + 'en juin 2026 sur le site du ministère.';
  const deletedAt = decree.indexOf(DELETED);
  return [
    { text: 'Engagement 1 : Ouvrir les données de la commande publique', heading: 2 },
    {
      text: "Le ministère s’engage à renforcer la transparence et à promouvoir l’open data, dans l’esprit de l'open data.",
    },
    { text: 'Indicateur\u00a0: 80\u00a0% des marchés publiés en open data 🚀', controls: [control('jalon:indicator')] },
    { text: 'Jalon', cell: cell(0, 0) },
    { text: 'Date', cell: cell(0, 1) },
    { text: 'Publier le décret', cell: cell(1, 0) },
    { text: 'juin 2026', cell: cell(1, 1) },
    { text: decree, deleted: [[deletedAt, deletedAt + DELETED.length]] },
    { text: LONG_SENTENCE },
    { text: 'Porteur : direction des achats de l’État', list: 0 },
    { text: 'Coût : non chiffré', list: 0 },
    { text: '' },
  ];
}

/** Indexes of the paragraphs above. */
export const P = {
  heading: 0,
  verbs: 1,
  indicator: 2,
  firstCell: 3,
  decree: 7,
  long: 8,
  lead: 9,
  cost: 10,
  last: 11,
} as const;
