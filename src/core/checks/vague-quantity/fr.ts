// French data of the vague-quantity check. Each entry may carry `examples`: sentences where it must be flagged
// (the flagged words between braces) and sentences where it must not; test/unit/checks/examples.test.ts runs them all.
import type { PhraseData } from '../lexicon/types';

export const fr: PhraseData = {
  terms: [
    {
      term: 'davantage',
      expected: ['de X à Y', 'N de plus qu’en 2024'],
      examples: { flag: ['Nous associerons {davantage} les usagers à la conception des services en ligne.'] },
    },
    {
      term: 'plusieurs',
      examples: { flag: ['Le ministère ouvrira {plusieurs} jeux de données sur la qualité de l’eau.'] },
    },
    {
      term: 'de nombreux|nombreuses',
      examples: { flag: ['{De nombreuses} données sur les subventions seront publiées en 2025.'] },
    },
    {
      term: 'nombreux|nombreuses',
      examples: { flag: ['Les {nombreux} rapports d’inspection seront mis en ligne d’ici 2026.'] },
    },
    {
      term: 'significativement',
      examples: { flag: ['Le délai de réponse aux demandes d’accès sera {significativement} réduit.'] },
    },
    {
      term: 'de manière|façon significative',
      examples: { flag: ['Le nombre de contributions en ligne augmentera {de manière significative}.'] },
    },
    {
      term: 'sensiblement',
      examples: { flag: ['Le coût des démarches pour les associations baissera {sensiblement}.'] },
    },
    {
      term: 'considérablement',
      examples: { flag: ['Le volume des données ouvertes sera {considérablement} accru d’ici 2026.'] },
    },
    {
      term: 'substantiellement',
      examples: { flag: ['Le nombre de décisions de justice publiées augmentera {substantiellement}.'] },
    },
    {
      term: 'notablement',
      examples: { flag: ['Le délai de publication des marchés sera {notablement} raccourci.'] },
    },
    {
      term: 'massivement',
      examples: { flag: ['Les archives publiques seront {massivement} numérisées d’ici 2027.'] },
    },
    {
      term: 'un certain nombre',
      examples: { flag: ['{Un certain nombre} de ministères publieront leurs codes sources.'] },
    },
    {
      term: 'un grand nombre',
      examples: { flag: ['{Un grand nombre} de communes publieront leur budget en données ouvertes.'] },
    },
    {
      term: 'un nombre significatif|important|conséquent',
      examples: {
        flag: [
          'Objectif : qu’{un nombre significatif} d’évaluations associe la société civile.',
          '{Un nombre important} de communes publieront leurs délibérations.',
        ],
        pass: ['Le nombre d’évaluations significatives sera publié chaque année.'],
      },
    },
    {
      // Means said without their amount (« avec des moyens adaptés »): how much, left unsaid, as a vague quantity
      // is; not a hedge, which makes the action conditional.
      term: 'moyens|ressources adaptés|adaptées|suffisants|suffisantes|appropriés|appropriées',
      expected: ['le montant (120 000 €) et les équivalents temps plein'],
      examples: {
        flag: [
          'Il favorisera la participation des citoyens, avec des {moyens adaptés}.',
          'Le service sera doté de {ressources suffisantes}.',
        ],
        pass: [
          'Les moyens de paiement adaptés aux personnes âgées seront recensés.',
          'Le service sera doté de 120 000 € et de 2 ETP.',
        ],
      },
    },
    {
      term: 'un nombre croissant',
      examples: { flag: ['{Un nombre croissant} de services publics seront évalués par les usagers.'] },
    },
    {
      term: 'de plus en plus',
      examples: { flag: ['Les administrations publieront {de plus en plus} de données en format ouvert.'] },
    },
    {
      term: 'quelques',
      examples: { flag: ['{Quelques} collectivités pilotes testeront le budget participatif en 2025.'] },
    },
    {
      term: 'certains|certaines',
      examples: { flag: ['{Certains} ministères ouvriront leurs agendas au public.'] },
    },
    {
      term: 'divers|diverses',
      examples: { flag: ['Le portail présentera {diverses} initiatives de participation citoyenne.'] },
    },
    {
      term: 'beaucoup',
      examples: { flag: ['Le guide sera diffusé auprès de {beaucoup} d’associations.'] },
    },
    {
      term: 'la plupart',
      examples: { flag: ['{La plupart} des jeux de données seront publiés sous licence ouverte.'] },
    },
    {
      term: 'une partie de|des|du|d',
      examples: { flag: ['{Une partie des} avis du comité sera publiée en ligne.'] },
    },
    {
      term: 'plus de|d',
      examples: { flag: ['Les citoyens auront {plus de} moyens de suivre la dépense publique.'] },
    },
    {
      term: 'mieux',
      examples: { flag: ['Les usagers seront {mieux} informés de leurs droits d’accès aux documents.'] },
    },
  ],
  exceptions: [
    // What a survey or an evaluation will measure (« pour vérifier s’ils comprennent mieux les effets… et s’ils
    // utilisent davantage la plateforme »): the question asked, not a promised amount (audit15, finding 17).
    ...['mieux', 'davantage'].flatMap((term) =>
      ['s|si ? _', 's|si ? ? _', 's|si ? ? ? _'].map((pattern) => ({
        term,
        pattern,
        why: 'the question a survey asks (« s’ils comprennent mieux »)',
        examples:
          term === 'mieux' && pattern === 's|si ? _'
            ? {
                pass: [
                  'Une enquête sera menée en 2023 pour vérifier s’ils comprennent mieux les effets cumulatifs et s’ils utilisent davantage la plateforme.',
                  'L’évaluation publiée en juin 2026 dira si les usagers comprennent mieux leurs droits.',
                ],
              }
            : undefined,
      })),
    ),
    {
      term: 'plus de',
      pattern: '_ #',
      why: 'plus de 20: a bound',
      examples: {
        flag: ['Le budget participatif réunira {plus de} votants qu’en 2024.'],
        pass: ['Le budget participatif réunira plus de 5 000 votants en 2025.'],
      },
    },
    {
      term: 'plus de',
      pattern:
        '_ deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|soixante|cent|mille|la|le|l|moitie|tiers|quart|un|une|100',
      why: 'plus de la moitié: a bound',
      examples: {
        pass: [
          'Les communes de plus de dix mille habitants publieront leurs délibérations.',
          'Plus de la moitié des ministères publieront leurs agendas en 2025.',
        ],
      },
    },
    {
      term: 'plus de',
      pattern: 'n|ne|jamais _',
      why: 'ne ... plus de: negation',
      examples: { pass: ['Les usagers n’auront plus de formulaire papier à remplir.'] },
    },
    {
      term: 'plus de',
      pattern: 'n|ne ? _',
      why: 'n’a plus de: negation',
      examples: { pass: ['Le registre ne contiendra plus de données personnelles des déclarants.'] },
    },
    {
      term: 'plus de',
      pattern: 'n|ne ? ? _',
      why: 'il n’y a plus de: negation',
      examples: { pass: ['Il n’y aura plus de délai de carence pour l’accès aux archives.'] },
    },
    {
      term: 'plus de',
      pattern: 'de _',
      why: 'de plus de 20',
      examples: { pass: ['Les subventions de plus de 23 000 euros seront publiées sur le portail.'] },
    },
  ],
};
