// The same commitment written in French and in English earns the same points: each cause of a difference between
// the two readings, with sentences of our own in both languages.
import { sentenceSpans } from '../../../src/core/commitments/text';
import { fromPlainText } from '../../../src/core/source';
import { readSingleCommitment } from '../../../src/core/commitments';
import { DELIVERABLE } from '../../../src/core/commitments/lexicon';
import { textCounts } from '../../../src/core/commitments/model/features';
import { foldSameLength } from '../../../src/core/dates';
import type { Lang } from '../../../src/core/types';

function earned(text: string, lang: Lang): Record<string, boolean> {
  const c = readSingleCommitment(fromPlainText(text), { lang, earlierPlans: null })!;
  return Object.fromEntries(c.checklist.map((i) => [i.id, i.earned]));
}

const words = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe('French and English read alike', () => {
  it('keeps a parenthesis written after the full stop with its sentence (a date, a lead)', () => {
    expect(words('Le registre est mis en ligne. (Mars 2021) Un guide suit.')).toEqual([
      'Le registre est mis en ligne.',
      '(Mars 2021) Un guide suit.',
    ]);
    expect(words('Publish the register. (5 by June 2021; 10 by June 2022)')).toEqual([
      'Publish the register. (5 by June 2021; 10 by June 2022)',
    ]);
    expect(words('Publier le registre. (DGFiP)\n(Note : voir annexe)')).toEqual([
      'Publier le registre. (DGFiP)',
      '(Note : voir annexe)',
    ]);
    // A stray parenthesis does not hold the rest of its line.
    const stray = words(`Voir (note. ${'Le registre est publié. '.repeat(30)}`.trim());
    expect(stray.length).toBeGreaterThan(15);
    expect(stray[stray.length - 1]).toBe('Le registre est publié.');
    const fr = ['Ouvrir les données des marchés (DAJ)', 'Un portail des marchés publics est mis en ligne. (Mars 2021)'];
    const en = ['Open procurement data (DAJ)', 'A public procurement portal is put online (March 2021)'];
    for (const [text, lang] of [
      [fr, 'fr'],
      [en, 'en'],
    ] as const) {
      const e = earned(text.join('\n'), lang);
      expect([lang, e['dated-milestone'], e.focused]).toEqual([lang, true, true]);
    }
  });

  it('reads a milestone in the present passive as to come, not as a deed of the past', () => {
    const fr = ['Ouvrir les données des marchés (DAJ)', 'Un rapport sur les marchés est publié (juin 2021)'];
    for (const line of [
      'A report on procurement is published (June 2021)',
      'Procurement data are collected and published on the portal (June 2021)',
      'Report on procurement published (June 2021)',
    ]) {
      const e = earned(['Open procurement data (DAJ)', line].join('\n'), 'en');
      expect([line, e['dated-milestone']]).toEqual([line, true]);
    }
    expect(earned(fr.join('\n'), 'fr')['dated-milestone']).toBe(true);
    // Told as done, it is context: no milestone.
    const past = earned(
      ['Open procurement data (DAJ)', 'In June 2021, the agency published a report on procurement.'].join('\n'),
      'en',
    );
    expect(past['dated-milestone']).toBe(false);
  });

  it('names a deliverable by the participle a milestone is written in, in both languages', () => {
    const fr = [
      'Ouvrir les données des marchés (DAJ)',
      'Des guides pour les acheteurs sont rédigés et publiés (juin 2021).',
      'Des ateliers sont organisés avec les acheteurs (mars 2022).',
    ];
    const en = [
      'Open procurement data (DAJ)',
      'Guides for buyers are drafted and published (June 2021).',
      'Workshops are held with buyers (March 2022).',
    ];
    for (const [text, lang] of [
      [fr, 'fr'],
      [en, 'en'],
    ] as const) {
      const e = earned(text.join('\n'), lang);
      expect([lang, e.focused, e['milestone-path']]).toEqual([lang, true, true]);
    }
  });

  it('hears the same audience in both languages: the people of the country', () => {
    const pairs: Array<[string, string]> = [
      ['Aider les Canadiens à suivre les marchés publics (SCT)', 'Help Canadians follow public procurement (TBS)'],
    ];
    for (const [fr, en] of pairs) {
      // The title, then the same words as the commitment's text.
      expect([fr, earned(`Marchés publics\n${fr}`, 'fr').audience]).toEqual([fr, true]);
      expect([en, earned(`Public procurement\n${en}`, 'en').audience]).toEqual([en, true]);
    }
  });

  it('counts the same vague directions for the level in both languages', () => {
    // "increase" is a direction in both; a session of « sensibilisation » is an event, as an awareness-raising one.
    const pairs: Array<[string, string, number]> = [
      ['Augmenter le nombre de réponses publiées.', 'Increase the number of published answers.', 1],
      [
        'Des séances de sensibilisation du public sont organisées.',
        'Public awareness-raising sessions are organized.',
        0,
      ],
      ['Sensibiliser le public aux données ouvertes.', 'Raise awareness of open data among the public.', 1],
    ];
    for (const [fr, en, vague] of pairs) {
      expect([fr, textCounts(fr).vague]).toEqual([fr, vague]);
      expect([en, textCounts(en).vague]).toEqual([en, vague]);
    }
  });

  it('knows the same deliverables in both languages', () => {
    const pairs: Array<[string, string]> = [
      ['La stratégie est prête.', 'The strategy is ready.'],
      ['Le système est prêt.', 'The system is ready.'],
      ['Le site web est prêt.', 'The website is ready.'],
      ['Le tableau de bord est prêt.', 'The dashboard is ready.'],
      ['Le guide est prêt.', 'The guide is ready.'],
      ['Les jeux de données sont prêts.', 'The datasets are ready.'],
      ['Le règlement est prêt.', 'The regulation is ready.'],
    ];
    for (const [fr, en] of pairs)
      expect([fr, en, DELIVERABLE.test(foldSameLength(fr)), DELIVERABLE.test(foldSameLength(en))]).toEqual([
        fr,
        en,
        true,
        true,
      ]);
  });
});
