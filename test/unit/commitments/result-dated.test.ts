// Canada's French tracker states a milestone's result in the passé composé with its due date in closing brackets,
// where the English says "is established (November 2018)": a milestone, not the past. A past told with its own
// year stays context.
import { readSingleCommitment } from '../../../src/core/commitments';
import { fromPlainText } from '../../../src/core/source';

const milestones = (text: string) =>
  readSingleCommitment(fromPlainText(text), { lang: 'fr', earlierPlans: null })?.fields.milestones?.map((m) => m.date);

const HEAD = 'Miser sur le mécanisme d’intervention rapide du G7 (MIR) (AMC)\n';

test('« … a été établie. (Novembre 2018) » is a milestone due in November 2018', () => {
  expect(
    milestones(
      `${HEAD}Le MIR est entièrement opérationnalisé et l’unité de coordination d’Affaires mondiales Canada a été établie. (Novembre 2018)`,
    ),
  ).toEqual([expect.stringMatching(/^2018-11/)]);
});

test('a unit « a été établie en 2011 » is context: no milestone', () => {
  expect(milestones(`${HEAD}L’unité de coordination a été établie en novembre 2011 par le ministère.`)).toBeUndefined();
});
