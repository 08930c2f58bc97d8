import { findings as messages } from '../../../src/core/messages/findings';
import { INFO_ROLES } from '../../../src/core/checks/vague-term/roles';
import { findings, vague } from './helpers';

describe('vague-term: a paragraph that ends on the hit', () => {
  // A capitalised gerund after capitalised words was read as a name's word by looking past the paragraph's last
  // word, which crashed the check on such a heading (found on an IRM commitment).
  test.each(['Public Services Improving', 'Transparency and Improving'])('%s is checked, not a crash', (text) => {
    expect(() => vague(text, { lang: 'en' })).not.toThrow();
  });
});

describe('vague-term: inflections in sentences', () => {
  test.each([
    ['Le portail promeut la réutilisation.', 'promeut'],
    ['Les régions soutiennent les incubateurs.', 'soutiennent'],
    ['Le chantier, poursuivi en 2023, sera achevé.', 'poursuivi'],
    ['Nous renforçons le dialogue.', 'renforçons'],
    ['Il faut que chaque ministère renforce son comité.', 'renforce'],
    ['La DINUM accroîtra la publication.', 'accroîtra'],
    ['Nous appuierons les communes.', 'appuierons'],
    ['Le renforcement des compétences est prévu.', 'renforcement'],
    ['Les améliorations seront livrées.', 'améliorations'],
  ])('%s', (text, actual) => {
    expect(vague(text)).toEqual([actual]);
  });

  test('multiword expressions: the head plus its required words', () => {
    expect(vague('La DINUM met en place un tableau de bord.')).toEqual(['met en place']);
    expect(vague('Un comité a été mis en place en 2022.')).toEqual(['mis en place']);
    expect(vague('La mise en place d’un registre est prévue.')).toEqual(['mise en place']);
    expect(vague('Le site a été mis à jour. La mise à disposition est gratuite.')).toEqual([]);
    expect(vague('Le ministère va mettre en œuvre le règlement.')).toEqual([]);
    expect(vague('Le comité veille au respect des délais.')).toEqual(['veille au']);
    expect(vague('La veille technologique est assurée. À la veille des élections.')).toEqual([]);
    expect(vague('Nous nous efforcerons de publier. Les services se sont efforcés d’associer les usagers.')).toEqual([
      'efforcerons de',
      'efforcés d’', // the elided word with its apostrophe, as the author wrote it
    ]);
    expect(vague('Cet engagement contribuera à la confiance.')).toEqual(['contribuera à']);
    expect(vague('Les citoyens peuvent contribuer en ligne.')).toEqual([]);
  });

  test('context exceptions kept as data', () => {
    const traps = [
      'Les élèves de la promotion 2017 ont rédigé le rapport.',
      'La promotion Simone Veil a participé.',
      'Le procureur a engagé des poursuites judiciaires.',
      'Le maire a été poursuivi en justice.',
      'Le plan s’inscrit dans une stratégie de développement durable.',
      'L’Agence française de développement finance des projets dans les pays en développement.',
      'La croissance soutenue du trafic impose des investissements.',
      'Le rapport, accompagné de ses annexes, a été publié.',
      'L’entreprise bénéficie de facilités de paiement.',
      'La valorisation des déchets ménagers relève des communes.',
      'La lutte contre l’optimisation fiscale relève de la DGFiP.',
      'Les comptes consolidés sont certifiés.',
      'Un renfort de trois agents est arrivé.',
      'Le candidat favori, un avis favorable, le promoteur, les développeurs.',
    ];
    for (const t of traps) expect([t, vague(t)]).toEqual([t, []]);
  });

  test('generalises: a capitalised noun inside a sentence is part of a name', () => {
    expect(vague('Le ministère de l’Innovation, des Sciences et du Développement économique publie.')).toEqual([]);
    expect(vague('Développement des usages numériques.')).toEqual(['Développement']);
  });

  test('severities by role: the action warns, a describing participle or a partner’s credit informs', () => {
    const sev = (t: string): string[] => findings(t, {}, 'vague-term').map((f) => f.severity);
    // The action, stated as a verb or a noun, warns; a participle that describes, or a partner's credit, informs.
    expect(sev('Nous renforcerons le contrôle.')).toEqual(['warning']);
    expect(sev('Le renforcement des contrôles.')).toEqual(['warning']);
    expect(sev('Les renforcements successifs.')).toEqual(['warning']);
    expect(sev('Un pilotage renforcé sera assuré.')).toEqual(['info']);
    expect(sev('Le pilotage sera renforcé.')).toEqual(['warning']);
    expect(sev('Une initiative soutenue par la Commission.')).toEqual(['info']);
  });

  test('messages ask what will be done, measured and by when, with concrete suggestions', () => {
    const [f] = findings('Nous allons renforcer la transparence.', {}, 'vague-term');
    expect(f.message).toMatch(/concrètement/);
    expect(f.message).toMatch(/mesurera/);
    expect(f.message).toMatch(/quand/);
    expect(f.note).toMatch(/indicateur/);
    expect(f.expected.length).toBeGreaterThan(0);
    expect(f.data).toMatchObject({ lemma: 'renforcer' });
    expect(f.source).toBe('jalon');
  });
});

describe('vague-term: every role that makes a finding information has its note', () => {
  it('in French and English, so no note prints its message key', () => {
    for (const lang of ['fr', 'en'] as const) {
      const notes = messages[lang]['vague-term'].role as Record<string, string>;
      for (const role of [...INFO_ROLES, 'context']) expect(notes[role]).toMatch(/\{\{actual\}\}/);
      const info = messages[lang]['vague-term'].info as Record<string, string>;
      for (const role of [...INFO_ROLES, 'context']) expect(info[role]).toMatch(/\{\{lemma\}\}/);
    }
  });

  // Audit: an information finding's message said « est flou » / "is vague" where its role (a purpose, a participle,
  // the context) is why it is only information; it now says that role.
  test.each([
    ['fr', 'Un registre sera publié afin de renforcer la confiance du public.', /le but/, /est flou/],
    ['en', 'A register will be published in order to strengthen public trust.', /purpose here/, /is vague/],
    ['fr', 'Les contrôles renforcés visent les marchés de travaux.', /décrit ici/, /est flou/],
    ['en', 'The improved search page lists every dataset.', /describes here/, /is vague/],
  ] as const)('%s: « %s » says why it is information', (lang, text, says, not) => {
    const [f] = findings(text, { lang }, 'vague-term');
    expect(f.severity).toBe('info');
    expect(f.message).toMatch(says);
    expect(f.message).not.toMatch(not);
  });

  // Audit: « sont appelés à participer » warned as « est flou »: a passive invitation, whose message now asks who
  // organises what.
  test('an action the public is invited to take keeps its warning and asks who organises what', () => {
    const [f] = findings('La population est appelée à participer à l’examen du budget.', {}, 'vague-term');
    expect(f.severity).toBe('warning');
    expect(f.message).toMatch(/invitation au passif/);
    expect(f.message).toMatch(/qui organise quoi/);
    const [own] = findings('Le ministère va participer à l’examen du budget.', {}, 'vague-term');
    expect(own.message).toMatch(/est flou/);
  });

  test('the context, known once commitments are read, says so in its message', () => {
    const text =
      '# Engagement 1 : Publier les avis\n\n## Contexte\n\nLe ministère renforce ses contrôles chaque année.\n\n## Jalons\n\n- Publier les avis d’ici juin 2025.\n';
    const f = findings(text, {}, 'vague-term').find((x) => x.actual === 'renforce');
    expect(f?.data?.role).toBe('context');
    expect(f?.message).toMatch(/« renforcer » est ici dans le contexte/);
    expect(f?.message).not.toMatch(/est flou/);
  });
});
