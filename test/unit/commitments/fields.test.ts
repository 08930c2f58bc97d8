import { calendarOf } from '../../../src/core/commitments';
import { fixture, md, read, readMd, readParas } from './helpers';

describe('fields from labelled lines (French)', () => {
  const source = md(fixture('plan-fr.md'));
  const [e1, e2, e3] = read(source);

  it('reads every field of a complete engagement, with exact offsets', () => {
    const f = e1.fields;
    expect(f.baseline?.text).toBe("en 2017, 12 % des marchés de l'État sont publiés en données ouvertes.");
    expect(f.actions?.text).toMatch(/^un arrêté rend obligatoire/);
    expect(f.indicator?.text).toBe('part des marchés publiés dans le mois de leur attribution.');
    expect(f.target?.text).toBe("100 % des marchés publiés d'ici fin 2019.");
    expect(f.calendar?.text).toBe('de janvier 2018 à décembre 2019');
    expect(f.cost?.text).toBe('150 k€ et 2 ETP');
    expect(f.lead?.text).toBe("Direction des affaires juridiques, ministère de l'Économie");
    expect(f.partners?.text).toBe('Transparency International France, Open Knowledge France');
    expect(f.accountability?.text).toMatch(/^bilan annuel présenté/);
    expect(f.audience?.text).toBe('les entreprises candidates et les journalistes');
    for (const v of [f.baseline, f.indicator, f.cost, f.lead]) {
      expect(source.text.slice(v!.start, v!.end)).toBe(v!.text);
      expect(v!.source).toBe('label');
    }
    expect(e1.missing).toEqual([]);
  });

  it('reads a milestones section as one jalon per bullet, with its date and status', () => {
    expect(e1.fields.milestones?.map((j) => [j.text, j.date, j.status])).toEqual([
      ["Publication de l'arrêté – T3 2018 [Réalisé]", '2018-Q3', 'complete'],
      ['Ouverture du jeu de données consolidé – 31 mars 2019 (Progrès limité)', '2019-03-31', 'limited'],
      ['Premier bilan public – 2e semestre 2019', '2019-H2', undefined],
    ]);
    for (const j of e1.fields.milestones!) expect(source.text.slice(j.start, j.end)).toBe(j.text);
  });

  it('"Coût : non chiffré" is not a cost: kept as written, listed as missing and weak', () => {
    expect(e2.fields.cost?.text).toBe('non chiffré');
    expect(e2.missing).toContain('cost');
    expect(e2.weak).toEqual(['cost']);
  });

  it('finds a cost in running prose ("1,2 million d\'euros")', () => {
    expect(e3.fields.cost?.source).toBe('prose');
    expect(e3.fields.cost?.text).toContain("1,2 million d'euros");
    expect(e3.missing).not.toContain('cost');
  });

  it.each([
    ['Coût : 50 000 €', true],
    ['Coût : 300 k€', true],
    ['Budget : 1,5 M€', true],
    ["Coût : 2 millions d'euros", true],
    ['Moyens : 3 ETP', true],
    ['Coût : à définir', false],
    ['Coût : non chiffré', false],
    ['Coût : important', false],
  ])('cost "%s" usable: %s', (line, ok) => {
    const [e] = readMd(`## Engagement 1 : Test\n${line}`);
    expect(e.fields.cost).toBeDefined();
    expect(e.missing.includes('cost')).toBe(!ok);
  });

  it('reads labels with or without colon, in bold, and a section spanning following lines', () => {
    const [e] = readMd(
      [
        '## Engagement 7 : Ouvrir les décisions des juridictions',
        '**Situation initiale :** 0,1 % des décisions de justice sont publiées en 2018.',
        'Situation cible',
        "100 % des décisions de la Cour de cassation en ligne d'ici fin 2021.",
        'Les autres juridictions suivront.',
        'Porteur',
        'Ministère de la Justice (DSJ)',
      ].join('\n'),
    );
    expect(e.fields.baseline?.text).toBe('0,1 % des décisions de justice sont publiées en 2018.');
    expect(e.fields.target?.text).toBe(
      "100 % des décisions de la Cour de cassation en ligne d'ici fin 2021.\nLes autres juridictions suivront.",
    );
    expect(e.fields.lead?.text).toBe('Ministère de la Justice (DSJ)');
  });

  it('reads milestones from a Word table: deliverable, date and status cells', () => {
    const {
      commitments: [e],
    } = readParas([
      { text: 'Engagement 2 : Registre des algorithmes', headingLevel: 2 },
      { text: 'Jalons' },
      { text: 'Livrable', inTable: true },
      { text: 'Date', inTable: true },
      { text: 'Statut', inTable: true },
      { text: 'Ouverture du registre', inTable: true },
      { text: 'T2 2019', inTable: true },
      { text: '', inTable: true },
      { text: 'Publication du guide', inTable: true },
      { text: '31 décembre 2019', inTable: true },
      { text: 'Réalisé', inTable: true },
    ]);
    expect(e.fields.milestones?.map((j) => [j.date, j.status])).toEqual([
      ['2019-Q2', undefined],
      ['2019-12-31', 'complete'],
    ]);
  });
});

describe('fields in English', () => {
  const [e1, e2] = readMd(fixture('plan-en.txt'), 'en');

  it('reads English labels: Lead agency, Baseline, Target, Indicator, Milestones, Budget', () => {
    expect(e1.fields.lead?.text).toBe('Department of the Treasury');
    expect(e1.fields.partners?.text).toBe('Transparency International, Open Ownership');
    expect(e1.fields.baseline?.text).toMatch(/^As of 2022/);
    expect(e1.fields.target?.text).toMatch(/^At least 80%/);
    expect(e1.fields.indicator?.text).toMatch(/^Share of registered companies/);
    expect(e1.fields.cost?.text).toBe('$2 million over two years and 3 FTE');
    expect(e1.fields.accountability?.text).toMatch(/report annually to Congress/);
    expect(e1.fields.milestones?.map((j) => [j.date, j.status])).toEqual([
      ['2023-Q1', 'complete'],
      ['2023-Q4', 'substantial'],
      ['2024-06', undefined],
    ]);
    expect(e1.missing).toEqual([]);
  });

  it('"Budget: TBD" is no budget', () => {
    expect(e2.missing).toContain('cost');
    expect(e2.weak).toContain('cost');
  });
});

describe('fields in running prose', () => {
  it('finds dated deliverables as milestones, the lead, partners, audience, accountability', () => {
    const [e] = readMd(
      [
        '## Engagement 5 : Publier les données des subventions',
        "La Direction du budget publiera d'ici juin 2019 un jeu de données des subventions versées aux associations.",
        'Un tableau de bord sera mis en ligne au 2e semestre 2019 à destination du grand public.',
        'Le travail sera conduit en lien avec la société civile.',
        'La direction rendra compte chaque année au Parlement.',
        "Aujourd'hui, 40 % des subventions sont publiées ; l'objectif est d'atteindre 100 % des subventions en 2020.",
        'Le nombre de jeux de données publiés sera suivi.',
        'Le projet mobilisera 2 ETP.',
      ].join('\n'),
    );
    expect(e.fields.milestones?.map((j) => j.date)).toEqual(['2019-06', '2019-H2']);
    expect(e.fields.milestones?.every((j) => j.text.length > 20)).toBe(true);
    expect(e.fields.lead?.source).toBe('prose');
    expect(e.fields.partners?.text).toContain('société civile');
    expect(e.fields.audience?.text).toContain('grand public');
    expect(e.fields.accountability?.text).toContain('Parlement');
    expect(e.fields.baseline?.text).toContain('40 %');
    expect(e.fields.target?.text).toContain('100 %');
    expect(e.fields.indicator?.text).toContain('nombre de jeux');
    expect(e.fields.cost?.text).toBe('Le projet mobilisera 2 ETP.');
    expect(e.fields.actions).toBeDefined();
  });

  it('does not take a start date alone for a milestone', () => {
    const [e] = readMd('## Engagement 1 : Portail\nLe portail sera ouvert à partir de 2018.');
    expect(e.fields.milestones).toBeUndefined();
    expect(e.missing).toContain('milestones');
  });

  it('does not take past events for milestones, nor template questions for answers', () => {
    const [e] = readMd(
      [
        '## Commitment 1: Budget transparency',
        'The Public Accountability Committee was established in 2011 and has published a report every year since.',
        'Who benefits from the commitment?',
        'What is the public problem that the commitment will address?',
      ].join('\n'),
      'en',
    );
    expect(e.fields.milestones).toBeUndefined();
    expect(e.fields.audience).toBeUndefined();
  });

  it('milestones without any date are weak', () => {
    const [e] = readMd('## Engagement 1 : Portail\nJalons :\n- Ouverture du portail\n- Premier bilan');
    expect(e.fields.milestones).toHaveLength(2);
    expect(e.weak).toContain('milestones');
  });
});

describe('typography of real documents', () => {
  it('reads labels and amounts with non-breaking spaces (French typography)', () => {
    const [e] = readMd(
      '## Engagement 1\u00a0: Données\nCoût\u00a0: 50\u202f000\u00a0€\nIndicateur\u202f: nombre de jeux publiés\nPorteur\u00a0:\u00a0DINUM',
    );
    expect(e.title).toBe('Engagement 1\u00a0: Données');
    expect(e.fields.cost?.text).toBe('50\u202f000\u00a0€');
    expect(e.missing).not.toContain('cost');
    expect(e.fields.indicator?.text).toBe('nombre de jeux publiés');
    expect(e.fields.lead?.text).toBe('DINUM');
  });

  it('reads "œ" as "oe" in cues ("mis en œuvre par")', () => {
    const [e] = readMd("## Engagement 1 : Registre\nLe registre sera mis en œuvre par la HATVP d'ici juin 2019.");
    expect(e.fields.lead?.source).toBe('prose');
  });
});

describe('calendar', () => {
  it('gives start and end from the calendar field, else from the milestones', () => {
    const [a, b] = readMd(
      [
        '## Engagement 1 : A',
        'Calendrier : de janvier 2018 à décembre 2019',
        '## Engagement 2 : B',
        'Jalons :',
        '- Publication du décret – T3 2018',
        '- Ouverture du registre – 2e semestre 2019',
      ].join('\n'),
    );
    expect(calendarOf(a.fields)).toEqual({ start: '2018-01', end: '2019-12' });
    expect(calendarOf(b.fields)).toEqual({ start: '2018-Q3', end: '2019-H2' });
  });
});

describe('weak values', () => {
  it('a baseline without a figure and a target without value or date are weak', () => {
    const [e] = readMd(
      '## Engagement 1 : Données\nSituation initiale : peu de données publiées\nCible : améliorer la transparence\nCalendrier : à préciser',
    );
    expect(e.weak?.sort()).toEqual(['baseline', 'calendar', 'target']);
    expect(e.missing).toEqual(expect.arrayContaining(['baseline', 'target', 'calendar']));
    expect(e.checklist.find((c) => c.id === 'target')?.earned).toBe(false);
    const [ok] = readMd(
      '## Engagement 1 : Données\nSituation initiale : aucune donnée publiée en 2017\nCible : toutes les communes en 2020',
    );
    expect(ok.weak ?? []).toEqual([]);
  });

  it('English: "Target: improve transparency" is weak, "Target: all 38 ministries by 2024" is not', () => {
    const [weak] = readMd('Commitment 1: Data\nTarget: improve transparency', 'en');
    const [good] = readMd('Commitment 1: Data\nTarget: all 38 ministries by 2024', 'en');
    expect(weak.weak).toContain('target');
    expect(good.weak ?? []).not.toContain('target');
  });
});

describe('open data as a deliverable', () => {
  it.each([
    [
      'fr',
      "## Engagement 2 : Transparence\nLe ministère s'engage à promouvoir l'open data auprès des administrations.",
    ],
    ['fr', '## Engagement 2 : Transparence\nLe ministère développera une culture des données ouvertes.'],
    ['en', '## Commitment 2: Open data\nThe government will promote open data across departments.'],
  ] as const)('is a policy, not an action, where it is only promoted (%s: %s)', (lang, text) => {
    const [c] = readMd(text, lang);
    expect(c.fields.actions).toBeUndefined();
    expect(c.checklist.find((i) => i.id === 'deliverable')!.earned).toBe(false);
  });

  it.each([
    ['fr', '## Engagement 2 : Marchés\nLes données des marchés publics seront publiées en open data.'],
    ['fr', '## Engagement 2 : Marchés\nLes données des marchés publics seront publiées en données ouvertes.'],
    ['en', '## Commitment 2: Contracts\nThe Treasury will release contract data as open data.'],
  ] as const)('is an action where data is published as open data (%s: %s)', (lang, text) => {
    const [c] = readMd(text, lang);
    expect(c.fields.actions).toBeDefined();
    expect(c.checklist.find((i) => i.id === 'deliverable')!.earned).toBe(true);
  });
});
