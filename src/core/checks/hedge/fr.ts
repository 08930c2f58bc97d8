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
    // Budget and intention hedges of French drafting (audit15, finding 6): each lets the commitment lapse unseen.
    {
      term: 'sous réserve des crédits|credits|moyens|financements',
      expected: ['dites le montant et sa source, ou retirez la réserve'],
      examples: {
        flag: [
          '{Sous réserve des crédits} disponibles, la DAJ publiera le guide en juin 2026.',
          'Le portail sera étendu aux collectivités, {sous réserve des moyens} alloués.',
        ],
      },
    },
    {
      term: 'sous réserve de la disponibilité|disponibilite des crédits|credits|moyens|financements',
      expected: ['dites le montant et sa source, ou retirez la réserve'],
      examples: { flag: ['{Sous réserve de la disponibilité des crédits}, le registre sera ouvert en 2026.'] },
    },
    {
      term: 'si|quand les moyens|crédits|credits|ressources|financements le permettent',
      expected: ['dites le montant et sa source, ou retirez la réserve'],
      examples: { flag: ['{Si les moyens le permettent}, la DAJ publiera le guide en juin 2026.'] },
    },
    {
      term: 'si|quand le budget le permet',
      expected: ['dites le montant et sa source, ou retirez la réserve'],
      examples: { flag: ['Une version en langue des signes sera proposée {si le budget le permet}.'] },
    },
    {
      term: 'dans la limite des crédits|credits|moyens|ressources|financements',
      expected: ['dites le montant et sa source, ou retirez la réserve'],
      examples: {
        flag: [
          '{Dans la limite des crédits} ouverts, la DAJ publiera le guide en juin 2026.',
          'Les collectivités volontaires seront accompagnées {dans la limite des moyens} disponibles.',
        ],
      },
    },
    {
      // « La DAJ pourra publier » : une possibilité, pas un engagement. Pas le public qui pourra faire quelque chose
      // grâce à l’action (« les usagers pourront consulter »), ni « pourra être » après une promesse (exceptions).
      term: 'pourra|pourront',
      expected: ['publiera', 'adoptera'],
      examples: {
        flag: [
          'La DAJ {pourra} publier le guide en juin 2026.',
          'Les ministères {pourront} ouvrir leurs données de subventions en 2026.',
        ],
        pass: [
          'Grâce au portail ouvert en juin 2026, les usagers pourront consulter les délibérations.',
          'Chacun pourra suivre l’avancement du plan sur le site publié en juin 2026.',
        ],
      },
    },
    {
      term: 'engagera|engageront|engager|engagent|engage|engagerons une réflexion|reflexion',
      expected: ['publiera un rapport de recommandations', 'adoptera'],
      examples: {
        flag: [
          'La DAJ {engagera une réflexion} sur la publication du guide en juin 2026.',
          'Le ministère {engage une réflexion} sur l’ouverture du registre.',
        ],
      },
    },
    {
      term: 'mènera|meneront|mener|menera une réflexion|reflexion',
      expected: ['publiera un rapport de recommandations', 'adoptera'],
      examples: { flag: ['Le secrétariat général {mènera une réflexion} sur la transparence des algorithmes.'] },
    },
    {
      term: 'une réflexion|reflexion sera engagée|engagee|menée|menee|conduite|lancée|lancee',
      expected: ['un rapport de recommandations sera publié'],
      examples: { flag: ['{Une réflexion sera engagée} sur l’ouverture des données de santé.'] },
    },
    {
      term: 'a|ont vocation à|a',
      expected: ['publiera', 'adoptera'],
      examples: { flag: ['La DAJ {a vocation à} publier le guide en juin 2026.'] },
    },
    { term: 'éventuellement', examples: { flag: ['Le registre sera {éventuellement} étendu aux élus locaux.'] } },
  ],
  exceptions: [
    {
      // Those whom the action serves, not those who commit: « les usagers pourront consulter ».
      term: 'pourra',
      pattern:
        'usager*|citoyen*|citoyenne*|public|chacun|chacune|entreprise*|journaliste*|chercheur*|utilisateur*|reutilisateur*|association*|personne*|internaute*|lecteur*|tous|toutes|on|ils|elles|candidat*|electeur*|parent*|eleve*|patient*|habitant* ~ _',
      why: 'the public able to do something thanks to the action',
      examples: { pass: ['Les citoyens pourront déposer une pétition en ligne dès juin 2026.'] },
    },
    {
      // « … et pourra être élargi aux provinces » : what may follow the commitment, not the commitment (as the
      // vague-term check reads « pourra être élargi »).
      term: 'pourra',
      pattern: 'et _ etre',
      why: 'a later possibility after the promise',
      examples: {
        pass: ['Le registre couvrira les sociétés fédérales en 2026 et pourra être élargi aux provinces.'],
      },
    },
  ],
};
