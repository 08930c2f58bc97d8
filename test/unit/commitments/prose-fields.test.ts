// Fields read as a reviewer reads them (audit13, findings 1, 2 and 5): written in ordinary sentences, they are
// earned; told in the context (« Enjeux »), they are the situation's, not the commitment's.
import type { Commitment, FieldName } from '../../../src/core/types';
import { readMd } from './helpers';

const earned = (c: Commitment, id: string) => c.checklist.find((i) => i.id === id)?.earned;
const has = (c: Commitment, f: FieldName) => c.fields[f] !== undefined && !c.missing.includes(f);

describe('fields written as sentences', () => {
  const head = '# Plan 2018-2020\n\n## Engagement 1 : Données ouvertes\n\nPorteur : SCT.\n\n';

  it('« porter de 40 à 80 le nombre de … d’ici juin 2020 » states the indicator, baseline, target and date', () => {
    const c = readMd(
      `${head}Le SCT portera de 40 à 80 le nombre de jeux de données publiés sur ouvert.canada.ca d’ici juin 2020.\n`,
    )[0];
    for (const f of ['indicator', 'baseline', 'target'] as const) expect([f, has(c, f)]).toEqual([f, true]);
    expect(earned(c, 'end-date')).toBe(true);
    // A range or a period is no change: no baseline.
    const range = readMd(
      `${head}Le SCT publiera le guide dans un délai de 2 à 3 mois. Le portail sera ouvert de 2018 à 2020.\n`,
    )[0];
    expect(range.fields.baseline).toBeUndefined();
  });

  it('"raise from 40 to 80 … by June 2020" in English', () => {
    const c = readMd(
      '# Plan 2018-2020\n\n## Commitment 1: Open data\n\nLead: TBS.\n\n' +
        'TBS will raise from 40 to 80 the number of datasets published by June 2020.\n',
      'en',
    )[0];
    for (const f of ['indicator', 'baseline', 'target'] as const) expect([f, has(c, f)]).toEqual([f, true]);
  });

  it('a list of dated deliverables after a one-line label is the commitment’s milestones, not the label’s', () => {
    const c = readMd(`${head}- Former 300 agents d’ici mars 2020.\n- Publier l’étude d’ici décembre 2019.\n`)[0];
    expect(c.fields.lead?.text).toBe('SCT.');
    expect((c.fields.milestones ?? []).map((m) => m.date)).toEqual(['2020-03', '2019-12']);
    expect(c.missing).not.toContain('milestones');
  });

  it('« À la fin de 2017, l’intégralité des marchés … seront publiés » is a target; partners « associées au comité »', () => {
    const c = readMd(
      '# Plan d’action national pour la France 2015-2017\n\n## Engagement 2 : Commande publique\n\n' +
        'Pilote : DAJ.\n\n' +
        'À la fin de 2017, l’intégralité des marchés de l’État au-dessus de ce seuil seront publiés sur data.gouv.fr.\n\n' +
        'L’association Regards Citoyens et Transparency International France sont associées au comité de suivi.\n',
    )[0];
    expect(has(c, 'target')).toBe(true);
    expect(c.fields.partners?.text).toContain('Regards Citoyens');
  });
});

describe('context is not a field', () => {
  const plan = (context: string, body = '- Standardiser le format des données de publicité des appels d’offre') =>
    readMd(
      '# Plan d’action national pour la France 2015-2017\n\n## Engagement 2 : Commande publique\n\n' +
        `Pilote : DAJ.\n\nEnjeux :\n\n${context}\n\nDescription de l’engagement :\n\n${body}\n`,
    )[0];

  it('the market’s size in a past year is neither the end date nor the baseline', () => {
    const c = plan(
      'Selon l’observatoire, le montant des marchés publics recensés était de 71,5 milliards d’euros en 2013.',
    );
    expect(c.fields.baseline).toBeUndefined();
    expect(earned(c, 'end-date')).toBe(false);
    expect(earned(c, 'baseline')).toBe(false);
    // A date of the plan's period outside the context is the end date.
    const dated = plan(
      'Le montant des marchés publics était de 71,5 milliards d’euros en 2013.',
      '- Publier le format standard d’ici décembre 2016.',
    );
    expect(earned(dated, 'end-date')).toBe(true);
  });

  it('a count is no baseline of a share; a share is', () => {
    const situation = 'En 2015, 38 % des marchés de l’État étaient publiés.';
    expect(plan(situation, 'Indicateur : part des marchés publiés en données ouvertes.').fields.baseline?.text).toBe(
      situation,
    );
    const c = plan(
      'En 2014, 1 200 acheteurs publiaient leurs marchés.',
      'Indicateur : part des marchés publiés en données ouvertes.',
    );
    expect(c.fields.baseline).toBeUndefined();
  });
});

// Issue 13: a count with its deadline is a target, and a deliverable with its date between dashes a milestone, though
// no word says so (the advice bank's examples are written so).
describe('a value and a date with no cue word', () => {
  const head = '# Plan 2025-2026\n\n## Engagement 1 : Données ouvertes\n\nPorteur : SCT.\n\n';
  const headEn = '# Plan 2025-2026\n\n## Commitment 1: Open data\n\nLead: TBS.\n\n';
  const fr = (s: string) => readMd(`${head}${s}\n`)[0];
  const en = (s: string) => readMd(`${headEn}${s}\n`, 'en')[0];

  it('a count and its deadline: the target', () => {
    expect(has(fr('Les 200 jeux les plus téléchargés seront revus d’ici juin 2026.'), 'target')).toBe(true);
    expect(has(en('40 projects reaching 100,000 people by the end of 2026.'), 'target')).toBe(true);
    expect(has(en('All contracts published in the Open Contracting Data Standard by the end of 2026.'), 'target')).toBe(
      true,
    );
    // A deadline alone, its day, or a count without one: no target.
    expect(has(fr('Le ministère publiera le décret d’ici le 31 décembre 2026.'), 'target')).toBe(false);
    expect(has(fr('Le ministère publiera le décret n° 2024-123 sur le portail.'), 'target')).toBe(false);
    expect(has(en('The register will be open at all hours.'), 'target')).toBe(false);
  });

  it('"Standard issued – March 2025 – national archives": a milestone, not what was done', () => {
    const c = en('Records management standard issued – March 2025 – national archives');
    expect((c.fields.milestones ?? []).map((m) => m.date)).toEqual(['2025-03']);
    // Told as done, with its date after "in": context.
    expect(en('The records management standard was issued in March 2019.').fields.milestones).toBeUndefined();
  });
});
