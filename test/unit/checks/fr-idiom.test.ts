// French budget hedges, open-ended dates and the administrative idiom (audit15, finding 6): each flagged where it
// stands for the action, and Jalon proposes no vague verb as the fix of another.
import { analyze } from '../../../src/core/analyze';
import { fromPlainText } from '../../../src/core/source';
import { fr } from '../../../src/core/checks/vague-term/fr';

const plan = (lines: string[], title = '# Plan 2025-2027') =>
  [
    title,
    '',
    '## Engagement 1 : Données des marchés publics',
    '',
    'Porteur : DAJ.',
    '',
    ...lines.map((l) => `- ${l}`),
  ].join('\n');
const found = (text: string, lang: 'fr' | 'en' = 'fr') =>
  analyze(fromPlainText(text, { markdown: true }), { lang }).findings.filter((f) =>
    ['hedge', 'vague-time', 'vague-term'].includes(f.ruleId),
  );

describe('French hedges, vague deadlines and vague verbs', () => {
  it.each([
    [
      'Sous réserve des crédits disponibles, la DAJ publiera le guide en juin 2026.',
      'hedge',
      'Sous réserve des crédits',
    ],
    ['Si les moyens le permettent, la DAJ publiera le guide en juin 2026.', 'hedge', 'Si les moyens le permettent'],
    [
      'Dans la limite des crédits ouverts, la DAJ publiera le guide en juin 2026.',
      'hedge',
      'Dans la limite des crédits',
    ],
    ['La DAJ pourra publier le guide en juin 2026.', 'hedge', 'pourra'],
    ['La DAJ engagera une réflexion sur la publication du guide en juin 2026.', 'hedge', 'engagera une réflexion'],
    ['La DAJ a vocation à publier le guide en juin 2026.', 'hedge', 'a vocation à'],
    ['La DAJ publiera le guide d’ici la fin du quinquennat.', 'vague-time', 'd’ici la fin du quinquennat'],
    ['La DAJ publiera le guide à partir de 2026.', 'vague-time', 'à partir de 2026'],
    ['La DAJ publiera le guide courant 2026.', 'vague-time', 'courant 2026'],
    ['La direction fluidifiera les échanges avec les usagers.', 'vague-term', 'fluidifiera'],
    ['La direction impulsera une dynamique d’ouverture.', 'vague-term', 'impulsera'],
    ['La direction mutualisera les bonnes pratiques.', 'vague-term', 'mutualisera'],
    ['Structurer la démarche d’ouverture des données.', 'vague-term', 'Structurer'],
    ['Approfondir le dialogue avec la société civile.', 'vague-term', 'Approfondir'],
    ['Décloisonner les services.', 'vague-term', 'Décloisonner'],
    ['La direction va capitaliser les retours d’expérience.', 'vague-term', 'capitaliser'],
    ['La direction va outiller les agents.', 'vague-term', 'outiller'],
    ['La direction va pérenniser le forum.', 'vague-term', 'pérenniser'],
    ['La direction va généraliser la démarche.', 'vague-term', 'généraliser'],
    ['La direction va articuler la démarche avec la stratégie numérique.', 'vague-term', 'articuler'],
    ['La direction va animer la démarche d’ouverture des données.', 'vague-term', 'animer'],
  ])('« %s » → %s on « %s »', (line, rule, actual) => {
    expect(found(plan([line])).map((f) => [f.ruleId, f.severity, f.actual])).toContainEqual([rule, 'warning', actual]);
  });

  it('not where the public is able to act, nor a rhythm from a year on', () => {
    const lines = [
      'Grâce au portail ouvert en juin 2026, les usagers pourront consulter les délibérations.',
      'Les données seront publiées chaque trimestre à partir de 2026.',
      'Le ministère publiera des données structurées sur data.gouv.fr en juin 2026.',
    ];
    expect(found(plan(lines))).toEqual([]);
  });

  it('in English: "as resources allow"', () => {
    const text = '# Plan\n\n## Commitment 1: Contracts\n\n- The agency will publish award notices as resources allow.';
    expect(found(text, 'en').map((f) => [f.ruleId, f.actual])).toContainEqual(['hedge', 'as resources allow']);
  });

  it('a vague deadline’s suggestion keeps the year the text gives', () => {
    const text = plan(['La DAJ publiera le guide courant 2023.'], '# Plan d’action national 2022-2024');
    expect(found(text).find((f) => f.actual === 'courant 2023')?.expected[0]).toBe('d’ici juin 2023');
  });

  it('never proposes a vague verb as the fix of another (« pérenniser par un texte »)', () => {
    const lemmas = new Set(fr.terms.map((t) => t.lemma));
    // A suggestion made precise by a number or a date (« étendre à N services d’ici [date] ») is not vague.
    const vague = fr.terms.flatMap((t) =>
      (t.expected ?? [])
        .filter((e) => lemmas.has(e.split(' ')[0]) && !/\b[NXY]\b|\[/.test(e))
        .map((e) => `${t.lemma} → ${e}`),
    );
    expect(vague).toEqual([]);
  });
});
