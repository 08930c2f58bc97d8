import fc from 'fast-check';
import { explainCommitment, MAX_SCORE } from '../../../src/core/commitments';
import {
  explainLevel,
  LENS_VALUES,
  LEVEL_MODEL,
  textCounts,
  type LensCounts,
} from '../../../src/core/commitments/model';
import { foldSameLength } from '../../../src/core/dates';
import type { OpenGovValue } from '../../../src/core/types';
import { DELIVERABLE } from '../../../src/core/commitments/lexicon';
import { isFocused } from '../../../src/core/commitments/score';
import { fixture, md, read, readMd } from './helpers';

describe('score and level', () => {
  const es = read(md(fixture('plan-fr.md')));

  it('gives every checklist item to a complete engagement, and level high', () => {
    expect(es[0].score).toBe(MAX_SCORE);
    expect(es[0].maxScore).toBe(MAX_SCORE);
    expect(es[0].checklist.every((c) => c.earned)).toBe(true);
    expect(es[0].level).toBe('high');
  });

  it('explains each point: label, points, how to earn it, in the language', () => {
    const e = es[1];
    expect(e.score).toBe(e.checklist.filter((c) => c.earned).reduce((s, c) => s + c.points, 0));
    const cost = e.checklist.find((c) => c.id === 'cost')!;
    expect(cost).toMatchObject({ earned: false, points: 1, label: 'Un coût estimé' });
    expect(cost.howToEarn).toMatch(/équivalents temps plein/);
    const [en] = readMd('## Commitment 1: Data\nText.', 'en');
    expect(en.checklist.find((c) => c.id === 'cost')!.label).toBe('An estimated cost');
  });

  it('orders levels as the IRM does: none < low < medium < high, the points rising with them', () => {
    const [none, low, medium, high] = readMd(
      [
        '## Engagement 1 : Culture du dialogue',
        "Favoriser l'esprit d'ouverture.",
        "## Engagement 2 : Registre des représentants d'intérêts",
        "Renforcer la transparence du registre. Promouvoir l'ouverture et favoriser le dialogue.",
        "## Engagement 3 : Registre des représentants d'intérêts",
        "Un décret créera un registre des représentants d'intérêts.",
        "## Engagement 4 : Registre des représentants d'intérêts",
        "Un décret créera un registre des représentants d'intérêts.",
        'Jalons : publication du décret – mars 2019 ; ouverture du registre – 1er juillet 2019',
        "Cible : 100 % des représentants d'intérêts inscrits d'ici décembre 2019.",
        'Porteur : HATVP',
      ].join('\n'),
    );
    expect([none.level, low.level, medium.level, high.level]).toEqual(['none', 'low', 'medium', 'high']);
    expect(none.score).toBeLessThanOrEqual(low.score);
    expect(low.score).toBeLessThanOrEqual(medium.score);
    expect(medium.score).toBeLessThan(high.score);
  });

  it('is never high without a target or without a dated milestone (rule 2)', () => {
    const text = fixture('plan-fr.md');
    expect(read(md(text))[0].level).toBe('high');
    const cases = {
      target: text.replace(/Cible : 100 % des marchés publiés d'ici fin 2019\.\n/, ''),
      'dated-milestone': text.replace(/Jalons :\n(?:- [^\n]*\n)+/, ''),
    };
    for (const [item, changed] of Object.entries(cases)) {
      const source = md(changed);
      const [e] = read(source);
      expect(e.checklist.find((c) => c.id === item)!.earned).toBe(false);
      expect(e.level).toBe('medium');
      const why = explainCommitment(source, e, 'fr');
      expect(why.rule).toBe('capped');
      // The way up names what the level lacks, and only that.
      const asked = { target: 'une cible chiffrée', 'dated-milestone': 'un jalon daté' }[item]!;
      expect(why.summary).toContain(`Pour atteindre « élevée » : ajoutez ${asked}.`);
    }
  });

  it('says why in plain words: no score, no cut, no weight; three sentences at most, in French and English', () => {
    const text = fixture('plan-fr.md');
    const sources = [md(text), md(text.replace(/Cible : 100 % des marchés publiés d'ici fin 2019\.\n/, ''))];
    const numbers = (x: number) => [x.toFixed(2), x.toFixed(2).replace('.', ','), String(Math.round(x * 100) / 100)];
    for (const source of sources)
      for (const e of read(source))
        for (const lang of ['fr', 'en'] as const) {
          const why = explainCommitment(source, e, lang);
          const said = [why.summary, ...why.reasons.map((r) => r.said)].join(' ');
          for (const x of [why.score, why.cuts.medium, why.cuts.high, ...why.reasons.map((r) => r.weight)])
            for (const n of numbers(x)) if (/\D/.test(n) && n.length > 2) expect(said).not.toContain(n);
          expect(why.summary).not.toMatch(/note|score|échelle|scale/i);
          expect(
            why.summary.split(/(?<=[.:!?]) (?=[A-ZÀ-Ý])/u).filter((s) => /\.$/.test(s)).length,
          ).toBeLessThanOrEqual(3);
          // The numbers stay for tools, in the fields and in each reason's text.
          expect(why.reasons.some((r) => /\d[.,]\d\d/.test(r.text))).toBe(true);
        }
  });

  it('the way up it gives, once done, moves the level up', () => {
    const register = '## Engagement 1 : Registre\nLa HATVP publiera le registre des représentants d’intérêts.\n';
    const steps: [string, string, string][] = [
      [
        register,
        'ajoutez un jalon daté et une cible chiffrée',
        'Jalons :\n- Registre publié – juin 2019\nCible : 100 % des représentants inscrits d’ici fin 2019.\n',
      ],
      [
        register + 'Jalons :\n- Registre publié – juin 2019\n',
        'ajoutez une cible chiffrée',
        'Cible : 100 % des représentants inscrits d’ici fin 2019.\n',
      ],
    ];
    const order = ['none', 'low', 'medium', 'high'];
    const names: Record<string, string> = { low: 'faible', medium: 'moyenne', high: 'élevée' };
    for (const [text, asked, done] of steps) {
      const source = md(text);
      const [e] = read(source);
      const next = order[order.indexOf(e.level) + 1];
      expect(explainCommitment(source, e, 'fr').summary).toMatch(
        new RegExp(`Pour atteindre « ${names[next]} » : ${asked}\\.$`),
      );
      const [after] = read(md(text + done));
      expect(after.level).toBe(next);
    }
    // Nothing to verify: a vague verb made a concrete action lifts it out of none.
    const vague = md('## Engagement 1 : Culture du dialogue\nFavoriser l’esprit d’ouverture.');
    const [none] = read(vague);
    expect(none.level).toBe('none');
    expect(explainCommitment(vague, none, 'en').summary).toMatch(
      /^No specificity, [^.]*\. To reach "low": replace a vague verb with a precise one and what it delivers \("publish the report"\)\.$/,
    );
    const [concrete] = read(md('## Engagement 1 : Culture du dialogue\nLa HATVP publiera le registre en ligne.'));
    expect(concrete.level).not.toBe('none');
  });

  it('says whether it is verifiable, with a reason in the language, exactly when the level is medium or high', () => {
    const es = readMd(
      [
        '## Engagement 1 : Dialogue',
        'Renforcer et promouvoir le dialogue avec la société civile.',
        '## Engagement 2 : Registre',
        "La HATVP publiera le registre en ligne d'ici juin 2019.",
      ].join('\n'),
    );
    for (const e of es) expect(e.verifiable).toBe(e.level === 'medium' || e.level === 'high');
    expect(es.map((e) => e.verifiable)).toEqual([false, true]);
    expect(es[0].verifiableReason).toMatch(/^Rien ne permet de vérifier ce qui aura été fait : /);
    expect(es[1].verifiableReason).toMatch(/^Un jalon daté permet de vérifier sa mise en œuvre\.$/);
    const [en] = readMd('## Commitment 1: Register\nThe agency will publish the register online by June 2019.', 'en');
    expect(en.verifiableReason).toMatch(/^A dated milestone lets one verify that it was done\.$/);
  });

  it('does not say « nothing lets one verify » beside a dated milestone it earns (Canada 2018-2020, commitment 6)', () => {
    const es = readMd(
      [
        '## Engagement 1 : Démocratie saine',
        'Renforcer la confiance. Promouvoir le dialogue. Favoriser la participation. Soutenir les initiatives.',
        'Encourager les échanges. Développer la culture démocratique.',
        'Jalons : Rapport publié – juin 2019.',
      ].join('\n'),
    );
    const [e] = es;
    expect(e.checklist.find((c) => c.id === 'dated-milestone')?.earned).toBe(true);
    expect(e.verifiable).toBe(false);
    expect(e.verifiableReason).toMatch(/^Un jalon daté ou un livrable est nommé, mais les actions restent trop vagues/);
    expect(e.verifiableReason).not.toMatch(/Rien ne permet/);
  });

  it('says why a commitment with nothing to verify is none (rule 1)', () => {
    const source = md("## Engagement 1 : Culture du dialogue\nFavoriser l'esprit d'ouverture.");
    const [e] = read(source);
    expect(e.level).toBe('none');
    expect(e.verifiableReason).toBe(
      'Rien ne permet de vérifier ce qui aura été fait : ni livrable nommé, ni jalon daté, ni verbe précis avec ce qu’il livre.',
    );
    const why = explainCommitment(source, e, 'en');
    expect(why.rule).toBe('none');
    expect(why.summary).toMatch(/^No specificity, as the IRM defines it: /);
  });

  it('names the values of open government it serves (lens)', () => {
    const [t, p, none] = readMd(
      [
        '## Engagement 1 : Données',
        'Publier en données ouvertes les avis de la CADA sur data.gouv.fr.',
        '## Engagement 2 : Consultation',
        'Organiser une consultation publique : la société civile et les citoyens participent à la rédaction du décret ; chaque contribution reçoit une réponse.',
        '## Engagement 3 : Locaux',
        'Rénover les locaux du ministère.',
      ].join('\n'),
    );
    expect(t.lens).toContain('transparency');
    expect(p.lens).toContain('participation');
    expect(none.lens).toEqual([]);
  });

  it('lists the values it serves as a sentence does: « a, b et c », "a, b and c"', () => {
    const [e] = readMd('## Engagement 1 : Registre\nLa HATVP publiera le registre en ligne d’ici juin 2019.');
    const counts = textCounts(e.title, foldSameLength(e.title));
    const lens = (...served: OpenGovValue[]) =>
      Object.fromEntries(LENS_VALUES.map((v) => [v, served.includes(v) ? 1000 : 0])) as LensCounts;
    const text = (l: LensCounts, lang: 'fr' | 'en') => explainLevel(e.checklist, counts, l, lang).lensText;
    expect(text(lens('transparency'), 'fr')).toBe(
      'Valeurs du PGO : cet engagement rend l’action publique plus transparente.',
    );
    expect(text(lens('transparency', 'accountability'), 'fr')).toBe(
      'Valeurs du PGO : cet engagement rend l’action publique plus transparente et redevable.',
    );
    expect(text(lens(...LENS_VALUES), 'fr')).toBe(
      'Valeurs du PGO : cet engagement rend l’action publique plus transparente, participative et redevable.',
    );
    expect(text(lens(...LENS_VALUES), 'en')).toBe(
      'OGP values: this commitment makes government more transparent, participatory and accountable.',
    );
  });

  it('vague verbs next to a concrete action do not lower the score nor the level', () => {
    const plain = readMd("## Engagement 1 : Registre\nLa HATVP publiera le registre en ligne d'ici juin 2019.")[0];
    const vague = readMd(
      "## Engagement 1 : Registre\nAfin de renforcer et promouvoir la transparence, la HATVP publiera le registre en ligne d'ici juin 2019.",
    )[0];
    expect(vague.score).toBe(plain.score);
    expect(vague.level).toBe(plain.level);
  });

  it('explains the level item by item, in French and English, with the points, the weight and a sentence', () => {
    const source = md(fixture('plan-fr.md'));
    const e = read(source)[1];
    const fr = explainCommitment(source, e, 'fr');
    const en = explainCommitment(source, e, 'en');
    expect(fr.level).toBe(e.level);
    expect(fr.verifiable).toBe(e.verifiable);
    expect(fr.lens).toEqual(e.lens);
    const items = fr.reasons.filter((r) => r.kind === 'item');
    expect(items.map((r) => r.id)).toEqual(e.checklist.map((c) => c.id));
    for (const r of items) {
      const c = e.checklist.find((x) => x.id === r.id)!;
      expect(r.points).toBe(c.points);
      expect(r.weight).toBeCloseTo(LEVEL_MODEL.perPoint * c.points);
      expect(r.contribution).toBe(c.earned ? r.weight : 0);
      expect(r.text.startsWith(`${c.label} : ${c.earned ? 'acquis' : 'manque'}`)).toBe(true);
    }
    expect(fr.reasons.filter((r) => r.kind === 'text').map((r) => r.id)).toEqual(['actions', 'vagueShare', 'figures']);
    // The contributions add up to the score the level is read from.
    const sum = fr.reasons.reduce((s, r) => s + r.contribution, LEVEL_MODEL.offset);
    expect(sum).toBeCloseTo(fr.score);
    expect(fr.summary).toMatch(/^Précision |^Aucune précision, /);
    expect(en.summary).toMatch(/^Specificity |^No specificity, /);
    expect(en.reasons.find((r) => r.id === 'cost')!.text).toMatch(/^An estimated cost: (earned|missing) \(1 pt\); /);
    expect(en.reasons.map((r) => r.weight)).toEqual(fr.reasons.map((r) => r.weight));
  });
});

describe('focused', () => {
  it('is whether at least half the sentences name a deliverable, however early that is settled', () => {
    const sentence = fc.constantFrom(
      'le ministere publiera le registre',
      'un decret sera adopte',
      'launch a portal',
      'renforcer la culture de la transparence',
      'promote open government',
      'favoriser le dialogue',
      '',
    );
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 12 }), (sentences) => {
        const delivering = sentences.filter((x) => DELIVERABLE.test(x)).length;
        expect(isFocused(sentences)).toBe(delivering * 2 >= sentences.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('end date', () => {
  const endDate = (text: string, lang: 'fr' | 'en') =>
    readMd(text, lang)[0].checklist.find((c) => c.id === 'end-date')!.earned;

  it.each([
    ['fr', '## Engagement 5 : API\nMettre à disposition une API.\nCalendrier : à partir de 2026.'],
    ['fr', '## Engagement 5 : API\nMettre à disposition une API.\nCalendrier : dès 2026.'],
    ['en', '## Commitment 5: API\nPublish an API.\nTimeline: starting in 2026.'],
    ['en', '## Commitment 5: API\nPublish an API.\nTimeline: from 2026.'],
  ] as const)('is not earned by a calendar that only opens a period (%s: %s)', (lang, text) => {
    expect(endDate(text, lang)).toBe(false);
  });

  it.each([
    ['fr', '## Engagement 5 : API\nMettre à disposition une API.\nCalendrier : 2025-2027.'],
    ['fr', "## Engagement 5 : API\nMettre à disposition une API.\nCalendrier : à partir de 2026, jusqu'en 2027."],
    ['en', '## Commitment 5: API\nPublish an API.\nTimeline: starting in 2026, completed by June 2027.'],
  ] as const)('is earned by a calendar that closes (%s: %s)', (lang, text) => {
    expect(endDate(text, lang)).toBe(true);
  });
});

describe('lens: data opened for others to use', () => {
  it.each([
    [
      'fr',
      '## Engagement 5 : Déployer une API de la donnée budgétaire\nIl s’agit de mettre à disposition une API ouverte et de favoriser la réutilisation des données.',
    ],
    ['en', '## Commitment 5: Budget API\nThe Treasury will launch an open API to encourage the reuse of budget data.'],
  ] as const)('serves transparency (%s: %s)', (lang, text) => {
    expect(readMd(text, lang)[0].lens).toContain('transparency');
  });
});
