// French data of the vague-quantity check. Each entry may carry `examples`: sentences where it must be flagged
// (the flagged words between braces) and sentences where it must not; test/unit/checks/examples.test.ts runs them all.
import type { PhraseData } from '../lexicon/types';

export const fr: PhraseData = {
  terms: [
    {
      term: 'davantage',
      expected: ['de X à Y', 'N de plus qu’en 2024'],
    },
    {
      term: 'plusieurs',
    },
    {
      term: 'de nombreux|nombreuses',
    },
    {
      term: 'nombreux|nombreuses',
    },
    {
      term: 'significativement',
    },
    {
      term: 'de manière|façon significative',
    },
    {
      term: 'sensiblement',
    },
    {
      term: 'considérablement',
    },
    {
      term: 'substantiellement',
    },
    {
      term: 'notablement',
    },
    {
      term: 'massivement',
    },
    {
      term: 'un certain nombre',
    },
    {
      term: 'un grand nombre',
    },
    {
      term: 'un nombre croissant',
    },
    {
      term: 'de plus en plus',
    },
    {
      term: 'quelques',
    },
    {
      term: 'certains|certaines',
    },
    {
      term: 'divers|diverses',
    },
    {
      term: 'beaucoup',
    },
    {
      term: 'la plupart',
    },
    {
      term: 'une partie de|des|du|d',
    },
    {
      term: 'plus de|d',
    },
    {
      term: 'mieux',
    },
  ],
  exceptions: [
    {
      term: 'plus de',
      pattern: '_ #',
      why: 'plus de 20: a bound',
    },
    {
      term: 'plus de',
      pattern:
        '_ deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|soixante|cent|mille|la|le|l|moitie|tiers|quart|un|une|100',
      why: 'plus de la moitié: a bound',
    },
    {
      term: 'plus de',
      pattern: 'n|ne|jamais _',
      why: 'ne ... plus de: negation',
    },
    {
      term: 'plus de',
      pattern: 'n|ne ? _',
      why: 'n’a plus de: negation',
    },
    {
      term: 'plus de',
      pattern: 'n|ne ? ? _',
      why: 'il n’y a plus de: negation',
    },
    {
      term: 'plus de',
      pattern: 'de _',
      why: 'de plus de 20',
    },
  ],
};
