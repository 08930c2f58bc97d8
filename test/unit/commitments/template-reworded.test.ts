// A commitment written on Jalon's template with the labels reworded as a ministry does (audit16, findings 8, 12, 13):
// « Autres acteurs (administrations, société civile) : », « Problème public traité : », « Apport à la transparence… »,
// and a French body named as the subject of what will be done.
import { analyze } from '../../../src/core';
import type { Commitment } from '../../../src/core/types';
import { md, readMd } from './helpers';

const earned = (c: Commitment, id: string) => c.checklist.find((i) => i.id === id)?.earned;

const PLAN = (partners: string, problem = 'Problème public traité', values = 'Apport à la transparence') =>
  `# Plan d’action national 2025-2027

## Engagement 1 : Accès à l’information

**${problem} :** Les demandeurs attendent souvent plus de 30 jours une réponse.

**Action concrète (texte, norme, outil) :** Le Secrétariat publie un guide des exceptions.

**Jalons :**

- Guide publié – mars 2026 – Secrétariat du Conseil du Trésor

**${partners} :** Des associations de journalistes testent le formulaire et le guide.

**${values} :** Le public sait quelles demandes ont déjà été traitées.
`;

describe('a template label reworded is still its label', () => {
  it('an aside in parentheses: the partners, whose « testent » is no promise of the commitment (finding 13)', () => {
    for (const label of ['Autres acteurs (administrations, société civile)', 'Partenaires (associations)']) {
      const source = md(PLAN(label));
      const c = readMd(PLAN(label))[0];
      expect([label, c.fields.partners?.text]).toEqual([
        label,
        'Des associations de journalistes testent le formulaire et le guide.',
      ]);
      const tester = analyze(source, { lang: 'fr' }).findings.filter(
        (f) => f.ruleId === 'vague-term' && source.text.slice(f.start, f.end) === 'testent',
      );
      expect(tester.map((f) => f.severity)).toEqual(['info']);
    }
  });

  it('the problem and the values the template asks for are no background to trim (finding 8)', () => {
    for (const [problem, values] of [
      ['Problème public traité', 'Apport à la transparence, à la redevabilité, à la participation'],
      ['Problème public visé', 'Contribution à la transparence, à la redevabilité, à la participation'],
    ]) {
      const c = readMd(PLAN('Partenaires', problem, values))[0];
      expect([problem, values, earned(c, 'focused')]).toEqual([problem, values, true]);
    }
    // Background written as prose still counts against the point.
    const context = readMd(
      PLAN('Partenaires').replace(
        '**Jalons :**',
        'Depuis 2015, les délais de réponse ont beaucoup varié selon les institutions. Les demandeurs s’en plaignent ' +
          'souvent. La presse en a parlé. Les associations aussi.\n\n**Jalons :**',
      ),
    )[0];
    expect(earned(context, 'focused')).toBe(false);
  });
});

describe('a French body as the subject of what will be done is the lead (finding 12)', () => {
  it.each([
    'Le Secrétariat du Conseil du Trésor publiera un guide sur les exceptions.',
    'Le Bureau du Conseil privé ouvrira un registre des consultations.',
    'L’Institut national de la statistique diffusera les données par commune.',
  ])('%s', (sentence) => {
    const c = readMd(
      `# Plan d’action national 2025-2027\n\n## Engagement 1 : Accès à l’information\n\n${sentence}\n`,
    )[0];
    expect(c.missing).not.toContain('lead');
  });

  it('a body that is only talked about is not', () => {
    const c = readMd(
      '# Plan d’action national 2025-2027\n\n## Engagement 1 : Accès\n\nLes rapports du Bureau sont lus par peu de gens.\n',
    )[0];
    expect(c.missing).toContain('lead');
  });
});
