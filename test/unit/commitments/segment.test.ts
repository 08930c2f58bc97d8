import { fromPlainText } from '../../../src/core/source';
import { fixture, md, read, readMd, readParas } from './helpers';

describe('segmentation', () => {
  it('splits a Markdown plan with axes at level 1 and engagements at level 2; the preamble is no engagement', () => {
    const source = md(fixture('plan-fr.md'));
    const es = read(source);
    expect(es.map((e) => e.title)).toEqual([
      'Engagement 1 : Publier les données essentielles de la commande publique',
      "Engagement 2 : Renforcer la transparence de l'aide au développement",
      'Engagement 3 : Ouvrir une plateforme de consultation des projets de loi',
    ]);
    for (const e of es) {
      expect(source.text.slice(e.start, e.start + e.title.length)).toBe(e.title);
      expect(source.paragraphs[e.firstParagraph].text).toContain(e.title);
      expect(e.end).toBe(source.paragraphs[e.lastParagraph].end);
    }
    // Engagement 2 ends before the next axis heading, not at the next engagement.
    expect(
      source.paragraphs[es[1].lastParagraph + 1].text.trim() === '' ||
        source.paragraphs[es[1].lastParagraph + 2].text.startsWith('# Axe 2'),
    ).toBe(true);
    expect(source.text.slice(es[1].start, es[1].end)).not.toContain('Axe 2');
  });

  it('chooses the level whose sections carry fields when headings do not say "Engagement"', () => {
    const es = readMd(
      [
        '# Transparence',
        '## Ouvrir les données de la commande publique',
        'Indicateur : part des marchés publiés',
        'Cible : 100 % en 2020',
        '## Publier les avis de la CADA',
        'Porteur : CADA',
        'Jalons : mise en ligne – juin 2019',
        '# Participation',
        '## Créer un budget participatif national',
        'Coût : 2 M€',
        'Calendrier : 2019-2020',
      ].join('\n'),
    );
    expect(es.map((e) => e.title)).toEqual([
      'Ouvrir les données de la commande publique',
      'Publier les avis de la CADA',
      'Créer un budget participatif national',
    ]);
  });

  it('does not take field sub-headings ("### Indicateurs") for engagements', () => {
    const es = readMd(
      [
        '## Engagement 4 : Registre des lobbies',
        '### Indicateurs',
        'Nombre de représentants inscrits',
        '### Jalons',
        '- Ouverture du registre – T1 2019',
        '## Engagement 5 : Budget ouvert',
        'Texte.',
      ].join('\n'),
    );
    expect(es).toHaveLength(2);
    expect(es[0].fields.indicator?.text).toBe('Nombre de représentants inscrits');
    expect(es[0].fields.milestones?.[0].date).toBe('2019-Q1');
  });

  it('reads plain marker lines: "Engagement 3 :", "ENGAGEMENT N°3", "Commitment 3:"', () => {
    const text = [
      'Introduction du plan.',
      'ENGAGEMENT N°1 – Publier les subventions',
      'Le ministère publiera les subventions.',
      'Engagement 2 : Ouvrir les algorithmes publics',
      'Un guide sera publié.',
      'Engagement n° 3. Former les agents',
      'Deux sessions par an.',
    ].join('\n');
    const es = readMd(text);
    expect(es.map((e) => e.title)).toEqual([
      'ENGAGEMENT N°1 – Publier les subventions',
      'Engagement 2 : Ouvrir les algorithmes publics',
      'Engagement n° 3. Former les agents',
    ]);
    expect(es[0].firstParagraph).toBe(1);
    expect(es[0].lastParagraph).toBe(2);
    const en = readMd(
      'Preamble.\nCommitment 1: Open contracting\nText one.\nCommitment 2: Beneficial ownership\nText two.',
      'en',
    );
    expect(en.map((e) => e.title)).toEqual(['Commitment 1: Open contracting', 'Commitment 2: Beneficial ownership']);
  });

  it('does not take a sentence that mentions an engagement for a marker', () => {
    const es = readMd("# Plan\nL'engagement 3 de l'axe 2 a été repris.\n## Engagement 1 : Données\nTexte.");
    expect(es.map((e) => e.title)).toEqual(['Engagement 1 : Données']);
  });

  it('reads Word paragraphs with heading levels and ends an engagement at a higher heading', () => {
    const { commitments } = readParas([
      { text: 'Plan 2018-2020', headingLevel: 1 },
      { text: 'Préambule du plan.' },
      { text: 'Axe 1 : Rendre des comptes', headingLevel: 1 },
      { text: 'Engagement 1 : Publier les marchés', headingLevel: 2 },
      { text: 'Coût : 50 k€' },
      { text: 'Annexes', headingLevel: 1 },
      { text: 'Glossaire des sigles.' },
    ]);
    expect(commitments).toHaveLength(1);
    expect(commitments[0].lastParagraph).toBe(4);
    expect(commitments[0].fields.cost?.text).toBe('50 k€');
  });

  it("finds Jalon's own template by its content-control tags, even without heading style", () => {
    const { commitments, source } = readParas([
      { text: 'Mon plan' },
      { text: 'Ouvrir les données des transports', tags: ['jalon:title'] },
      { text: 'Coût et moyens :' },
      { text: '200 k€ sur deux ans', tags: ['jalon:cost'] },
      { text: 'Indicateur(s) :' },
      { text: 'Nombre de jeux de données publiés', tags: ['jalon:indicator'] },
      { text: 'Créer un registre des algorithmes', tags: ['jalon:title'] },
      { text: '', tags: ['jalon:cost'] },
    ]);
    expect(commitments.map((e) => e.title)).toEqual([
      'Ouvrir les données des transports',
      'Créer un registre des algorithmes',
    ]);
    expect(commitments[0].fields.cost).toEqual({
      text: '200 k€ sur deux ans',
      start: source.paragraphs[3].start,
      end: source.paragraphs[3].end,
      source: 'control',
    });
    expect(commitments[0].fields.indicator?.source).toBe('control');
    expect(commitments[1].missing).toContain('cost');
  });

  it('treats a text without headings but with labelled fields as one draft engagement', () => {
    const es = readMd(
      'Publier les horaires des trains\nIndicateur : nombre de lignes couvertes\nCible : 100 % des lignes en 2020',
    );
    expect(es).toHaveLength(1);
    expect(es[0].title).toBe('Publier les horaires des trains');
  });

  it('finds nothing in an empty document or in prose without structure', () => {
    expect(readMd('')).toEqual([]);
    expect(readMd('Un simple paragraphe.\nUn autre.')).toEqual([]);
  });

  it('handles CRLF line ends with exact offsets', () => {
    const text = 'Intro\r\n## Engagement 1 : Données\r\nCoût : 10 k€\r\n';
    const source = md(text);
    const [e] = read(source);
    expect(text.slice(e.fields.cost!.start, e.fields.cost!.end)).toBe('10 k€');
    expect(text.slice(e.start, e.start + e.title.length)).toBe('Engagement 1 : Données');
  });

  it('reads Markdown headings inside list items ("- ### Title") as commitments under a theme', () => {
    const es = readMd(
      [
        '## Improve Access to Government Data',
        'Intro of the theme.',
        '- ### Publish equitable data.',
        '    The agency will publish a report by June 2023.',
        '- ### Open research findings.',
        '    Text.',
        '## Conclusion',
        'End.',
      ].join('\n'),
      'en',
    );
    expect(es.map((e) => e.title)).toEqual(['Publish equitable data.', 'Open research findings.']);
    expect(es[1].lastParagraph).toBe(5);
  });

  it('reads an engagement laid out as a two-column Word table', () => {
    const cells = (rows: Array<[string, string]>) =>
      rows.flatMap(([a, b]) => [
        { text: a, inTable: true },
        { text: b, inTable: true },
      ]);
    const { commitments } = readParas([
      { text: 'Plan' },
      { text: 'Engagement 4 : Ouvrir les données de la justice', inTable: true },
      ...cells([
        ['Porteur', 'Ministère de la Justice'],
        ['Calendrier', 'De janvier 2019 à décembre 2021'],
        ['Coût', '1,5 M€'],
        ['Indicateurs', 'Nombre de décisions publiées'],
      ]),
      { text: 'Engagement 5 : Former les greffiers', inTable: true },
      ...cells([['Porteur', 'ENG']]),
    ]);
    expect(commitments.map((e) => e.title)).toEqual([
      'Engagement 4 : Ouvrir les données de la justice',
      'Engagement 5 : Former les greffiers',
    ]);
    const f = commitments[0].fields;
    expect([f.lead?.text, f.calendar?.text, f.cost?.text, f.indicator?.text]).toEqual([
      'Ministère de la Justice',
      'De janvier 2019 à décembre 2021',
      '1,5 M€',
      'Nombre de décisions publiées',
    ]);
    expect(commitments[1].fields.lead?.text).toBe('ENG');
  });

  it('keeps engagements at level 1 when level 2 holds their usual sections ("Contexte et enjeux", "Mise en œuvre")', () => {
    const es = readMd(
      [
        '# Ouvrir les données de la commande publique',
        '## Contexte et enjeux',
        'Seuls 12 % des marchés sont publiés.',
        '## Mise en œuvre',
        'Pilotage : DAJ',
        'Coût : 100 k€',
        '# Publier les avis de la CADA',
        '## Contexte et enjeux',
        'Les avis ne sont pas en ligne.',
        '## Mise en œuvre',
        'Pilotage : CADA',
      ].join('\n'),
    );
    expect(es.map((e) => e.title)).toEqual([
      'Ouvrir les données de la commande publique',
      'Publier les avis de la CADA',
    ]);
    expect(es[0].fields.lead?.text).toBe('DAJ');
  });

  it('joins a lone marker line with the title on the next line', () => {
    const { commitments, source } = readParas([
      { text: 'Préambule.' },
      { text: 'ENGAGEMENT 3', headingLevel: 2 },
      { text: 'Ouvrir les algorithmes publics', headingLevel: 2 },
      { text: 'Coût : 20 k€' },
      { text: 'ENGAGEMENT 4' },
      { text: 'Le ministère publiera un guide.' },
    ]);
    expect(commitments.map((e) => e.title)).toEqual(['ENGAGEMENT 3 Ouvrir les algorithmes publics', 'ENGAGEMENT 4']);
    const e = commitments[0];
    expect(source.text.slice(e.start, e.start + e.title.length)).toBe('ENGAGEMENT 3\nOuvrir les algorithmes publics');
    expect(e.fields.cost?.text).toBe('20 k€');
    expect(commitments[1].fields.actions).toBeDefined(); // "guide" on the body line, not the title
  });

  // Audit 13, finding 4: a plan whose headings say « Mesure 3 : » or « 3. » was read as one commitment named after
  // the plan (the numbered headings, read as « Mesure : » labels, made the plan's own heading look like the one
  // whose section carries fields).
  describe.each([
    ['Mesure 3 : ', 'Mesure 4 : ', 'fr'],
    ['Action 3 : ', 'Action 4 : ', 'fr'],
    ['Objectif 3 : ', 'Objectif 4 : ', 'fr'],
    ['3. ', '4. ', 'fr'],
    ['Measure 3: ', 'Measure 4: ', 'en'],
    ['Action 3: ', 'Action 4: ', 'en'],
  ] as const)('headings numbered « %s»', (a, b, lang) => {
    const lead = lang === 'fr' ? 'Porteur : Etalab.' : 'Lead agency: GSA.';
    const body = lang === 'fr' ? 'Publier d’ici juin 2019 les résultats en CSV.' : 'Publish the results by June 2019.';
    it('are two commitments, not one named after the plan', () => {
      const es = readMd(
        [
          '# Plan d’action national 2018-2020',
          '',
          `## ${a}Ouvrir les données`,
          '',
          lead,
          '',
          body,
          '',
          `## ${b}Publier le code source`,
          '',
          lead,
          '',
          body,
        ].join('\n'),
        lang,
      );
      expect(es.map((e) => e.title)).toEqual([`${a}Ouvrir les données`, `${b}Publier le code source`]);
      expect(es.every((e) => e.fields.lead)).toBe(true);
    });
  });

  it('does not make a plain numbered list of milestones or an « Objectif : » field into commitments', () => {
    const es = readMd(
      [
        '# Plan d’action national 2018-2020',
        '## Ouvrir les données',
        'Porteur : Etalab.',
        'Objectif : publier les résultats des élections.',
        '1. Action 1 : publier le format d’ici juin 2019.',
        '2. Action 2 : publier les données d’ici juin 2020.',
        '## Publier le code source',
        'Porteur : DINUM.',
        '### Objectif',
        'Ouvrir le code.',
        '### Jalons',
        '1. Inventaire d’ici juin 2019.',
        '2. Publication d’ici juin 2020.',
      ].join('\n'),
    );
    expect(es.map((e) => e.title)).toEqual(['Ouvrir les données', 'Publier le code source']);
  });
});

// Issue 13: a plain-text plan (a .txt, a .docx without heading styles) whose commitments open on « Mesure 3 : Titre »
// lines was read as one commitment. Such lines split it as « Engagement 3 : » lines do; labels, a list's items and
// sentences that start so do not.
describe('plain lines numbered as titles', () => {
  const plain = (lines: string[], lang: 'fr' | 'en' = 'fr') => read(fromPlainText(lines.join('\n\n')), lang);
  const body = [
    'Pilote : Etalab.',
    'Mesure de l’impact : part des marchés publiés.',
    'Jalons : publier d’ici juin 2026.',
  ];

  it('« Mesure 1 : », « Mesure 2 : » open two commitments; the label « Mesure de l’impact : » opens none', () => {
    const es = plain([
      'Plan d’action national 2025-2027',
      'Mesure 1 : Ouvrir les données',
      ...body,
      'Mesure 2 : Publier le code',
      ...body,
    ]);
    expect(es.map((e) => e.title)).toEqual(['Mesure 1 : Ouvrir les données', 'Mesure 2 : Publier le code']);
    expect(es.every((e) => e.fields.indicator?.text.includes('part des marchés'))).toBe(true);
  });

  it('the first word that numbers titles splits: objectives, not the actions under each', () => {
    const es = plain([
      'Objectif 1 : Ouvrir les données',
      'Action 1 : Recenser les jeux de données',
      'Action 2 : Publier le catalogue',
      ...body,
      'Objectif 2 : Publier le code',
      'Action 1 : Inventorier les logiciels',
      ...body,
    ]);
    expect(es.map((e) => e.title)).toEqual(['Objectif 1 : Ouvrir les données', 'Objectif 2 : Publier le code']);
  });

  it('"Measure 3:" in English; a heading of the plan’s title above them', () => {
    const en = ['Lead agency: GSA.', 'Milestones: publish by June 2026.'];
    expect(plain(['Measure 3: Open data', ...en, 'Measure 4: Open code', ...en], 'en').map((e) => e.title)).toEqual([
      'Measure 3: Open data',
      'Measure 4: Open code',
    ]);
    const es = readMd(
      [
        '# Plan d’action national 2025-2027',
        '',
        'Mesure 1 : Ouvrir les données',
        '',
        ...body,
        '',
        'Mesure 2 : Publier le code',
        '',
        ...body,
      ].join('\n'),
    );
    expect(es.map((e) => e.title)).toEqual(['Mesure 1 : Ouvrir les données', 'Mesure 2 : Publier le code']);
  });

  it('leaves alone one numbered line, sentences, a list’s items and a plan that says « Engagement 3 : »', () => {
    expect(plain(['Ouvrir les données', 'Action 1 : Recenser les jeux', ...body]).map((e) => e.title)).toEqual([
      'Ouvrir les données',
    ]);
    const sentences = [
      'Ouvrir les données',
      'Action 1 : publier le schéma d’ici juin 2025.',
      'Action 2 : ouvrir le portail d’ici juin 2026.',
      ...body,
    ];
    expect(plain(sentences).map((e) => e.title)).toEqual(['Ouvrir les données']);
    const list = readMd(
      [
        '# Ouvrir les données',
        '',
        ...body,
        '',
        '- Action 1 : Recenser les jeux',
        '- Action 2 : Publier le catalogue',
      ].join('\n'),
    );
    expect(list.map((e) => e.title)).toEqual(['Ouvrir les données']);
    const marked = plain([
      'Engagement 1 : Ouvrir les données',
      'Mesure 1 : Recenser les jeux',
      'Mesure 2 : Publier le catalogue',
      ...body,
    ]);
    expect(marked.map((e) => e.title)).toEqual(['Engagement 1 : Ouvrir les données']);
  });
});
