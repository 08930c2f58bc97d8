// French data of the vague-time check. Each entry may carry `examples`: sentences where it must be flagged
// (the flagged words between braces) and sentences where it must not; test/unit/checks/examples.test.ts runs them all.
import type { PhraseData } from '../lexicon/types';

export const fr: PhraseData = {
  terms: [
    {
      term: 'à terme',
      expected: ['d’ici le 31 décembre 2026', 'au 2e trimestre 2026'],
    },
    {
      term: 'à court terme',
    },
    {
      term: 'à moyen terme',
    },
    {
      term: 'à long terme',
    },
    {
      term: 'à plus ou moins long terme',
    },
    {
      term: 'prochainement',
    },
    {
      term: 'ultérieurement',
    },
    {
      term: 'dès que possible',
    },
    {
      term: 'aussitôt que possible',
    },
    {
      term: 'dans les meilleurs délais',
    },
    {
      term: 'dans les plus brefs délais',
    },
    {
      term: 'dans un délai raisonnable',
    },
    {
      term: 'dans un futur proche',
    },
    {
      term: 'dans un avenir proche',
    },
    {
      term: 'à l’avenir',
    },
    {
      term: 'à brève échéance',
    },
    {
      term: 'à plus long terme',
    },
    {
      term: 'dans un second temps',
    },
    {
      term: 'dans un deuxième temps',
    },
    {
      term: 'en temps utile',
    },
    {
      term: 'le moment venu',
    },
    {
      term: 'au fil de l’eau',
    },
    {
      term: 'sous peu',
    },
    {
      term: 'bientôt',
    },
    {
      term: 'rapidement',
    },
    {
      term: 'progressivement',
    },
    {
      term: 'graduellement',
    },
    {
      term: 'au cours des prochaines années|semaines|mois',
    },
    {
      term: 'dans les prochaines années|semaines',
    },
    {
      term: 'dans les prochains mois|jours',
    },
    {
      term: 'd’ici quelques mois|années|semaines',
    },
    {
      term: 'dans quelques mois|années|semaines',
    },
    {
      term: 'à une date ultérieure',
    },

    // Vague frequencies and timings (issue 13): a report or an update "régulier" is never late.
    { term: 'régulier|régulière|réguliers|régulières', expected: ['chaque trimestre', 'tous les 6 mois'] },
    { term: 'régulièrement', expected: ['chaque trimestre', 'tous les 6 mois'] },
    { term: 'périodique|périodiques' },
    { term: 'périodiquement' },
    { term: 'en temps opportun', expected: ['dans les 30 jours', 'avant le [date]'] },
    { term: 'en temps utile' },
    { term: 'en continu' },
    { term: 'au fil du temps' },
    { term: 'en cours', deadline: true, expected: ['d’ici le [date]'] },
  ],
  exceptions: [
    { term: 'périodique', pattern: 'les|des|aux|de _', why: 'les périodiques: periodicals (magazines)' },

    {
      term: 'à terme',
      pattern: '_ echu*|echoir',
      why: 'à terme échu (finance)',
    },
    {
      term: 'à terme',
      pattern: 'contrat*|marche*|vente*|achat*|operation*|naissance*|ne|nee|nes|nees|enfant* _',
      why: 'a term contract, a full-term birth',
    },
    {
      term: 'à terme',
      pattern:
        'mettre|mis|mise|mettra|mettront|met|mettent|menee*|mene|mener|menes|porter|porte|arrive|arrivee|parvenir|jusqu _',
      why: 'mettre un terme, mener à terme',
    },
  ],
};
