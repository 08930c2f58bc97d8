// Off-topic examples (audit15, finding 16): a commitment about an institution the bank has no subject for (a supreme
// audit institution) gets no example rather than a neighbour's; the budget's baseline names no country's documents.
import { BANKS, subjectOf } from '../../../src/core/checks/missing-field/advice';

describe('a subject the bank does not cover', () => {
  it('following up the audit court’s recommendations gets no subject, though its report goes to Parliament', () => {
    const body =
      'Le secrétariat général publiera chaque année un tableau de suivi des recommandations, transmis aux ' +
      'commissions des finances de l’Assemblée nationale et du Sénat, avant le vote du budget.';
    expect(subjectOf('Suivre les recommandations de la Cour des comptes', body)).toBeUndefined();
    expect(
      subjectOf(
        'Follow up the Auditor General’s recommendations',
        'Treasury will send the table to the public accounts committee of Parliament before the budget vote.',
      ),
    ).toBeUndefined();
    // The same text under a parliament's title is a parliament's.
    expect(subjectOf('Ouvrir les travaux de l’Assemblée nationale', body)).toBe('parliament');
  });
});

describe('the budget’s examples', () => {
  it('name budget annexes, not one country’s finance bill', () => {
    const budget = BANKS.fr.subjects.find((s) => s.id === 'budget')!;
    expect(budget.examples.baseline).not.toMatch(/loi de finances/);
  });
});
