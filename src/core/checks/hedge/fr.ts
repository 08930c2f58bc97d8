// French data of the hedge check. Each entry may carry `examples`: sentences where it must be flagged (the flagged
// words between braces) and sentences where it must not; test/unit/checks/examples.test.ts runs them all.
import type { PhraseData } from '../lexicon/types';

export const fr: PhraseData = {
  terms: [
    {
      term: 'dans la mesure du possible',
      expected: ['dites la condition précise, ou retirez la réserve'],
      examples: { flag: ['Les données seront publiées en format ouvert {dans la mesure du possible}.'] },
    },
    {
      term: 'autant que possible',
      examples: { flag: ['Les usagers seront associés {autant que possible} à la conception des services.'] },
    },
    {
      term: 'si possible',
      examples: { flag: ['Le ministère publiera les avis du comité, {si possible} avant la fin de l’année 2025.'] },
    },
    {
      term: 'le cas échéant',
      examples: { flag: ['Les contrats seront publiés avec leurs avenants {le cas échéant}.'] },
    },
    { term: 'au besoin', examples: { flag: ['Le guide sera mis à jour {au besoin}.'] } },
    { term: 'si nécessaire', examples: { flag: ['Le comité de suivi sera réuni {si nécessaire}.'] } },
    { term: 'si besoin', examples: { flag: ['Des ateliers complémentaires seront organisés {si besoin}.'] } },
    { term: 'selon les besoins', examples: { flag: ['Les agents seront formés {selon les besoins} des services.'] } },
    {
      term: 'selon la disponibilité|disponibilite',
      examples: { flag: ['Les données historiques seront ouvertes {selon la disponibilité} des archives.'] },
    },
    {
      term: 'sous réserve de disponibilité|disponibilite',
      examples: {
        flag: ['Une traduction en langue des signes sera proposée {sous réserve de disponibilité} des crédits.'],
      },
    },
    // The commonest way a French ministry empties a commitment (audit13, finding 9).
    {
      term: 'sous réserve des arbitrages',
      examples: {
        flag: [
          '{Sous réserve des arbitrages} budgétaires, le ministère publiera le rapport en 2025.',
          'Le portail sera étendu aux collectivités en 2025, {sous réserve des arbitrages} interministériels.',
        ],
      },
    },
    {
      term: 'sous réserve de financement|financements|crédits|credits',
      examples: {
        flag: [
          '{Sous réserve de financement}, le ministère publiera les données des marchés en 2025.',
          'Une application mobile sera développée {sous réserve de crédits}.',
        ],
      },
    },
    { term: 'éventuellement', examples: { flag: ['Le registre sera {éventuellement} étendu aux élus locaux.'] } },
  ],
  exceptions: [],
};
