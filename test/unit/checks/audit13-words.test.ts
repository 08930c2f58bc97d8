// Audit 13 (French users on French plans): words Jalon judged wrongly in a commitment's body.
import { analyze, fromPlainText, type Finding } from '../../../src/core';

const plan = (...lines: string[]) =>
  [
    '# Plan d’action national pour la France 2018-2020',
    '',
    '## Engagement 1 : Ouvrir les données',
    '',
    'Porteur : Etalab.',
    '',
    ...lines,
  ].join('\n');
const findingsOf = (text: string, rule: string): Finding[] =>
  analyze(fromPlainText(text, { markdown: true }), { lang: 'fr', earlierPlans: null }).findings.filter(
    (f) => f.ruleId === rule,
  );

describe('a reflexive vague verb opening a list item (finding 9)', () => {
  it.each(['S’attacher à publier les données.', 'S’efforcer de publier les données.', 'Se mettre en place.'])(
    '« %s » is the item’s action, as « Favoriser… » is: a warning',
    (item) => {
      const text = plan(`- ${item}`, '- Favoriser la réutilisation des données.');
      const line = text.indexOf(item);
      const found = findingsOf(text, 'vague-term');
      const inItem = found.filter((f) => f.start >= line && f.start < line + item.length);
      expect(inItem.length).toBe(1);
      expect(inItem[0].severity).toBe('warning');
      expect(found.find((f) => f.actual.startsWith('Favoriser'))?.severity).toBe('warning');
    },
  );
});

describe('a vague deadline in an item that states the action (finding 9)', () => {
  it.each([
    '- Publier les données dans les meilleurs délais.',
    '- Publier les données en temps opportun.',
    '- Publier les données prochainement.',
    'Les données seront publiées dans les meilleurs délais.',
  ])('« %s » is a warning, wherever « en temps opportun » is one', (line) => {
    const found = findingsOf(plan(line), 'vague-time');
    expect(found.map((f) => f.severity)).toEqual(['warning']);
  });

  it('stays information in the context, and in an item that opens with a noun', () => {
    const found = findingsOf(
      plan(
        'Enjeux :',
        '',
        'Les données étaient publiées dans les meilleurs délais.',
        '',
        '- Registre mis à jour prochainement.',
      ),
      'vague-time',
    );
    expect(found.map((f) => f.severity)).toEqual(['info', 'info']);
  });
});

describe('a frequency word in an item that carries its date (finding 8)', () => {
  it.each([
    ['- Les modèles sont rendus publics. (Décembre 2019 et en continu)', 'en continu'],
    ['- Rapports publics réguliers sur les améliorations du site. (Juin 2020)', 'réguliers'],
    ['- Les données sont mises à jour de façon régulière. (Août 2020)', 'régulière'],
  ])('« %s »: asks for the frequency, not for a date', (line, actual) => {
    const found = findingsOf(plan(line), 'vague-time');
    expect(found.map((f) => f.actual)).toEqual([actual]);
    expect(found[0].message).toContain('précisez la fréquence');
    expect(found[0].message).not.toContain('donnez une date');
  });

  it('still asks for a date where the item has none', () => {
    const found = findingsOf(plan('- Le tableau de bord sera alimenté en continu par les ministères.'), 'vague-time');
    expect(found.map((f) => f.severity)).toEqual(['warning']);
    expect(found[0].message).toContain('donnez une date');
  });

  it('says it in English too', () => {
    const text = [
      '# National Action Plan 2022-2024',
      '',
      '## Commitment 1: Open data',
      '',
      'Lead agency: GSA.',
      '',
      '- Publish the datasets and update them regularly (June 2023).',
    ].join('\n');
    const found = analyze(fromPlainText(text, { markdown: true }), { lang: 'en', earlierPlans: null }).findings.filter(
      (f) => f.ruleId === 'vague-time',
    );
    expect(found.map((f) => f.actual)).toEqual(['regularly']);
    expect(found[0].message).toContain('give the frequency');
  });
});

describe('jargon on names, addresses and common French (finding 10)', () => {
  const jargonIn = (line: string) => findingsOf(plan(line), 'jargon');

  it('leaves « HT » and « TTC » alone', () => {
    expect(jargonIn('Le marché de 90 000 € HT, soit 108 000 € TTC, sera publié en 2019.')).toEqual([]);
  });

  it('reports a listed acronym (« PGO ») as an acronym to spell out, with its full name', () => {
    const [f] = jargonIn('Le comité de pilotage du PGO se réunira en juin 2019.');
    expect(f.actual).toBe('PGO');
    expect(f.message).toBe('Le sigle « PGO » n’est pas développé à sa première occurrence.');
    expect(f.note).toContain('Partenariat pour un gouvernement ouvert (PGO)');
  });

  it('still flags « Open » written alone as a word of the sentence', () => {
    expect(jargonIn('Une journée Open sera organisée avec les réutilisateurs.').map((f) => f.actual)).toEqual(['Open']);
  });
});

describe('what the public does, and « mieux » in a counted indicator (finding 7)', () => {
  // Milestones, as the Canadian plan writes them: there a vague verb of the commitment's own action warns.
  const milestones = (...lines: string[]) => plan('Jalons :', '', ...lines.map((l) => `- ${l}`));

  it.each([
    [
      'Le site est amélioré afin de permettre aux utilisateurs de trouver ce qu’ils cherchent et de contribuer à la collectivité. (Juin 2019)',
      'contribuer à',
    ],
    [
      'Un espace est lancé. Cet espace permettra : aux utilisateurs de s’inscrire; aux Canadiens de partager des fichiers et de participer à des discussions. (Juin 2019)',
      'participer à',
    ],
  ])('« %s »: « %s » is information', (line, lemma) => {
    const found = findingsOf(milestones(line), 'vague-term').filter((f) => f.message.includes(`« ${lemma} »`));
    expect(found.map((f) => f.severity)).toEqual(['info']);
  });

  it('still warns where the commitment itself is the one who participates', () => {
    const found = findingsOf(milestones('Le ministère participera à l’examen de la loi. (Juin 2019)'), 'vague-term');
    expect(found.filter((f) => f.message.includes('« participer à »')).map((f) => f.severity)).toEqual(['warning']);
  });

  it('notes « mieux » for information after a count, and flags it without one', () => {
    const counted = findingsOf(
      milestones('Au moins 300 fonctionnaires de 15 ministères disent mieux comprendre la transparence. (Juin 2020)'),
      'vague-quantity',
    );
    expect(counted.map((f) => [f.actual, f.severity])).toEqual([['mieux', 'info']]);
    const uncounted = findingsOf(
      milestones('Les fonctionnaires disent mieux comprendre la transparence. (Juin 2020)'),
      'vague-quantity',
    );
    expect(uncounted.map((f) => [f.actual, f.severity])).toEqual([['mieux', 'suggestion']]);
  });
});
