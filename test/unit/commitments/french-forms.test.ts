// How French commitments are read and rated (audit15, findings 2, 4, 5 and 10): a recurring deadline, infinitive and
// passive actions, Canadian costs, the multi-stakeholder forum; a vague sentence never earns the concrete action.
import { explainCommitment } from '../../../src/core/commitments';
import type { Commitment, FieldName } from '../../../src/core/types';
import { md, read, readMd } from './helpers';

const has = (c: Commitment, f: FieldName) => c.fields[f] !== undefined && !c.missing.includes(f);
const earned = (c: Commitment, id: string) => c.checklist.find((i) => i.id === id)?.earned;
const plan = (body: string, title = 'Suivi des recommandations', lead = 'Porteur : Cour des comptes.') =>
  `# Plan d’action national 2025-2027\n\n## Engagement 1 : ${title}\n\n${lead}\n\n${body}\n`;

describe('a recurring deadline (finding 2)', () => {
  it('« publiera chaque année, avant le 30 juin, un tableau de suivi » is an action, a dated milestone and a report', () => {
    const c = readMd(
      plan('La direction du budget publiera chaque année, avant le 30 juin, un tableau de suivi des 80 avis rendus.'),
    )[0];
    for (const f of ['actions', 'milestones', 'accountability'] as const) expect([f, has(c, f)]).toEqual([f, true]);
    // Its first occurrence in the plan's period.
    expect(c.fields.milestones?.map((m) => m.date)).toEqual(['2025-06-30']);
    expect(earned(c, 'dated-milestone')).toBe(true);
    expect(earned(c, 'end-date')).toBe(true);
    expect(c.level).not.toBe('none');
    // Without the plan's period its year is unknown: no date.
    const undated = readMd(
      '## Engagement 1 : Suivi\n\nPorteur : SGG.\n\nLe SGG publiera chaque année, avant le 30 juin, un tableau de suivi.\n',
    )[0];
    expect(undated.fields.milestones?.some((m) => m.date)).toBeFalsy();
  });

  it('« chaque trimestre » and "every year by 31 March" date a milestone too', () => {
    const fr = readMd(plan('La direction du budget publiera chaque trimestre un rapport sur les avis rendus.'))[0];
    expect(fr.fields.milestones?.map((m) => m.date)).toEqual(['2025-Q1']);
    const en = readMd(
      '# National Action Plan 2025-2027\n\n## Commitment 1: Audit follow-up\n\nLead: Treasury.\n\n' +
        'Treasury will publish every year by 31 March a report on the audit office’s recommendations.\n',
      'en',
    )[0];
    expect(en.fields.milestones?.map((m) => m.date)).toEqual(['2025-03-31']);
  });
});

describe('infinitive and passive actions (finding 5)', () => {
  it('« Publier les données essentielles … sur data.gouv.fr » is a concrete action', () => {
    const c = readMd(plan('Publier les données essentielles de tous les marchés de l’État sur data.gouv.fr.'))[0];
    expect(has(c, 'actions')).toBe(true);
    const made = readMd(
      plan('Mettre à disposition les statistiques de fréquentation des tribunaux d’ici juin 2026.'),
    )[0];
    expect(has(made, 'actions')).toBe(true);
  });

  it('an indicator written in the passive or present (« est rédigé et publié », « établit l’Académie ») names it', () => {
    const c = readMd(
      plan(
        '**Jalon 1.1** – Aider les élèves à mieux comprendre le budget (SCT)\n\nIndicateurs :\n\n' +
          '- Du matériel pédagogique pour les enseignants est rédigé et publié. (Juin 2026)\n',
        'Budget facile à comprendre',
        'Porteur : SCT.',
      ),
    )[0];
    expect(has(c, 'actions')).toBe(true);
    // A milestone that names its instrument comes before another's indicator.
    const both = readMd(
      plan(
        '**Jalon 1.1** – Soutenir les enseignants (SCT)\n\nIndicateurs :\n\n' +
          '- Du matériel pédagogique est rédigé et publié. (Juin 2026)\n\n' +
          '**Jalon 1.2** – Créer un tableau de bord du budget (SCT) (Décembre 2026)\n',
        'Budget facile à comprendre',
        'Porteur : SCT.',
      ),
    )[0];
    expect(both.fields.actions?.text).toMatch(/^\*\*Jalon 1\.2|^Créer un tableau de bord/);
    const present = readMd(plan('Le ministère établit l’école du numérique pour les agents publics (août 2026).'))[0];
    expect(has(present, 'actions')).toBe(true);
  });

  it('"Publish the …" and "… is published" in English', () => {
    const head = '# National Action Plan 2025-2027\n\n## Commitment 1: Court statistics\n\nLead: Courts Service.\n\n';
    const c = readMd(`${head}Publish the attendance statistics of every court by June 2026.\n`, 'en')[0];
    expect(has(c, 'actions')).toBe(true);
    const passive = readMd(`${head}A first pilot is launched with three courts in 2026.\n`, 'en')[0];
    expect(has(passive, 'actions')).toBe(true);
  });
});

describe('costs and accountability as Canada and France write them (finding 10)', () => {
  it('« 2,5 millions de dollars » and a stated zero cost are a cost', () => {
    const dollars = readMd(plan('Coût : 2,5 millions de dollars sur deux ans.'))[0];
    expect(has(dollars, 'cost')).toBe(true);
    const none = readMd(plan('Sans coût supplémentaire : moyens existants de la direction.'))[0];
    expect(has(none, 'cost')).toBe(true);
  });

  it('a progress review before the OGP multi-stakeholder forum is accountability', () => {
    const c = readMd(
      plan('Un point d’étape sera fait chaque semestre devant le Forum multi-acteurs du gouvernement ouvert.'),
    )[0];
    expect(has(c, 'accountability')).toBe(true);
  });
});

describe('vague sentences (finding 4)', () => {
  const vague =
    'Description : la direction s’engage à promouvoir la participation citoyenne et à favoriser le dialogue avec ' +
    'la société civile. Elle veillera à sensibiliser les administrations et accompagnera les ministères volontaires.';

  it('a sentence of vague verbs is never the concrete action, labelled or not', () => {
    const labelled = readMd(plan(vague, 'Participation'))[0];
    expect(has(labelled, 'actions')).toBe(false);
    const prose = readMd(plan(vague.replace('Description : la', 'La'), 'Participation'))[0];
    expect(has(prose, 'actions')).toBe(false);
  });

  it('every field filled, the vague sentences left: not « élevée », and the reason says how many', () => {
    const filled = [
      vague,
      'Indicateur : nombre de consultations nationales publiant la synthèse des contributions.',
      'Situation initiale : 6 consultations sur 25 en 2024.',
      'Cible : 25 sur 25 d’ici fin 2027.',
      'Calendrier : janvier 2026 – décembre 2027.',
      'Jalons :\n\n- Lancement d’une plateforme de consultation – mars 2026\n- Bilan des consultations – décembre 2027',
      'Coût : 200 000 € sur deux ans.',
      'Partenaires : associations de la société civile.',
      'Redevabilité : un bilan annuel sera présenté au Parlement.',
      'Public visé : les citoyens.',
    ].join('\n\n');
    const source = md(plan(filled, 'Participation'));
    const c = read(source)[0];
    // Every field is there (the action is the milestone that launches a platform, not « promouvoir … »).
    expect(c.missing).toEqual([]);
    expect(c.fields.actions?.text).toMatch(/^Lancement/);
    expect(c.level).toBe('medium');
    expect(explainCommitment(source, c, 'fr').summary).toMatch(/\d+ formulations floues restent à préciser/);
    // The same commitment with its actions said precisely is rated high.
    const precise = filled.replace(
      vague,
      'Description : la direction publiera la synthèse de chaque consultation et organisera 4 ateliers par an.',
    );
    expect(readMd(plan(precise, 'Participation'))[0].level).toBe('high');
    // Rated high with vague sentences left, the reason still says how many remain.
    const mixed = md(
      plan(precise.replace('par an.', 'par an. La direction veillera à promouvoir le dialogue.'), 'Participation'),
    );
    const high = read(mixed)[0];
    expect(high.level).toBe('high');
    expect(explainCommitment(mixed, high, 'fr').summary).toMatch(
      /Restent? à préciser : (?:une|\d+) formulations? floues?/,
    );
    expect(explainCommitment(source, c, 'fr').summary).not.toMatch(/Restent? à préciser/);
  });
});
