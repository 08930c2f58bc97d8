// French data of the vague-time check. Each entry may carry `examples`: sentences where it must be flagged
// (the flagged words between braces) and sentences where it must not; test/unit/checks/examples.test.ts runs them all.
import type { VagueTimeData } from '../lexicon/types';

/** The years a plan's date may name, as the alternatives of a term (« à partir de 2026 », « courant 2026 »). */
const YEARS = Array.from({ length: 41 }, (_, k) => 2010 + k).join('|');

export const fr: VagueTimeData = {
  frequencyExpected: ['chaque trimestre', 'tous les 6 mois'],
  terms: [
    {
      term: 'à terme',
      expected: ['d’ici le 31 décembre 2026', 'au 2e trimestre 2026'],
      examples: { flag: ['{À terme}, toutes les délibérations des communes seront publiées en ligne.'] },
    },
    {
      term: 'à court terme',
      examples: { flag: ['Le registre des lobbyistes sera ouvert {à court terme}.'] },
    },
    {
      term: 'à moyen terme',
      examples: { flag: ['Les données des marchés publics seront publiées {à moyen terme} au format OCDS.'] },
    },
    {
      term: 'à long terme',
      examples: { flag: ['{À long terme}, le ministère publiera l’ensemble de ses codes sources.'] },
    },
    {
      term: 'à plus ou moins long terme',
      examples: { flag: ['Le portail sera étendu aux collectivités {à plus ou moins long terme}.'] },
    },
    {
      term: 'prochainement',
      examples: { flag: ['Un guide de la consultation publique sera {prochainement} publié.'] },
    },
    {
      term: 'ultérieurement',
      examples: { flag: ['Les modalités de suivi seront précisées {ultérieurement}.'] },
    },
    {
      term: 'dès que possible',
      examples: { flag: ['Les avis du comité d’éthique seront mis en ligne {dès que possible}.'] },
    },
    {
      term: 'aussitôt que possible',
      examples: { flag: ['Le calendrier des consultations sera publié {aussitôt que possible}.'] },
    },
    {
      term: 'dans les meilleurs délais',
      examples: {
        flag: [
          'Le ministère répondra aux contributions {dans les meilleurs délais}.',
          // What an effort tries is its promise: the timing is the action's (audit16 #11).
          'Les ministères poursuivront leurs efforts pour améliorer l’accès aux publications {dans les meilleurs délais}.',
        ],
        info: ['Le ministère publiera un guide pour améliorer l’accès aux publications {dans les meilleurs délais}.'],
      },
    },
    {
      term: 'dans les plus brefs délais',
      examples: { flag: ['Les décisions de la commission seront publiées {dans les plus brefs délais}.'] },
    },
    {
      term: 'dans un délai raisonnable',
      examples: { flag: ['Les demandes d’accès seront traitées {dans un délai raisonnable}.'] },
    },
    {
      term: 'dans un futur proche',
      examples: { flag: ['Une version anglaise du portail sera proposée {dans un futur proche}.'] },
    },
    {
      term: 'dans un avenir proche',
      examples: { flag: ['Le ministère ouvrira {dans un avenir proche} les données des contrôles sanitaires.'] },
    },
    {
      term: 'à l’avenir',
      examples: { flag: ['{À l’avenir}, chaque projet de loi sera accompagné d’une consultation en ligne.'] },
    },
    {
      term: 'à brève échéance',
      examples: { flag: ['Le décret d’application sera publié {à brève échéance}.'] },
    },
    {
      term: 'à plus long terme',
      examples: { flag: ['{À plus long terme}, les données seront ouvertes aux chercheurs.'] },
    },
    {
      term: 'dans un second temps',
      examples: { flag: ['{Dans un second temps}, le registre sera étendu aux élus locaux.'] },
    },
    {
      term: 'dans un deuxième temps',
      examples: { flag: ['Les données des départements seront ajoutées {dans un deuxième temps}.'] },
    },
    {
      term: 'en temps utile',
      examples: { flag: ['Le bilan de l’expérimentation sera communiqué au Parlement {en temps utile}.'] },
    },
    {
      term: 'le moment venu',
      examples: { flag: ['Le comité de suivi sera consulté {le moment venu}.'] },
    },
    {
      term: 'au fil de l’eau',
      examples: { flag: ['Les réponses aux questions écrites seront publiées {au fil de l’eau}.'] },
    },
    {
      term: 'sous peu',
      examples: { flag: ['Un appel à projets sera lancé {sous peu}.'] },
    },
    {
      term: 'bientôt',
      examples: { flag: ['Les comptes rendus des réunions seront {bientôt} accessibles en ligne.'] },
    },
    {
      term: 'rapidement',
      examples: { flag: ['Le ministère publiera {rapidement} la liste des jeux de données à ouvrir.'] },
    },
    {
      term: 'progressivement',
      examples: { flag: ['Les données des hôpitaux seront {progressivement} mises en ligne.'] },
    },
    {
      term: 'graduellement',
      examples: { flag: ['Le service sera {graduellement} ouvert à toutes les régions.'] },
    },
    {
      term: 'au cours des prochaines années|semaines|mois',
      examples: { flag: ['Le nombre de jeux de données publiés doublera {au cours des prochaines années}.'] },
    },
    // « pendant la durée du plan »: the plan's span, not a deadline within it (audit16 #11).
    {
      term: 'au cours de la période du plan',
      examples: {
        flag: ['Le ministère publiera les données {au cours de la période du plan}.'],
        pass: ['Le ministère publiera les données au cours de la période de consultation de juin 2026.'],
      },
    },
    {
      term: 'pendant la durée du plan',
      examples: { flag: ['Le ministère organisera des ateliers {pendant la durée du plan}.'] },
    },
    {
      term: 'dans les prochaines années|semaines',
      examples: { flag: ['Une plateforme de pétitions sera ouverte {dans les prochaines semaines}.'] },
    },
    {
      term: 'dans les prochains mois|jours',
      examples: { flag: ['Le ministère publiera {dans les prochains mois} un bilan des consultations.'] },
    },
    {
      term: 'd’ici quelques mois|années|semaines',
      examples: { flag: ['{D’ici quelques mois}, les usagers pourront suivre leur demande en ligne.'] },
    },
    {
      term: 'dans quelques mois|années|semaines',
      examples: { flag: ['Le registre sera accessible {dans quelques semaines}.'] },
    },
    {
      term: 'à une date ultérieure',
      examples: { flag: ['La deuxième phase du projet sera lancée {à une date ultérieure}.'] },
    },
    // A term of office is no date; a start with no end, nor a year with « courant », says when nothing is due
    // (audit15, finding 6).
    {
      term: 'd’ici|avant la fin du quinquennat|mandat|septennat',
      expected: ['d’ici le 31 décembre 2026'],
      examples: { flag: ['La DAJ publiera le guide {d’ici la fin du quinquennat}.'] },
    },
    {
      term: 'd’ici|avant la fin de la mandature|législature|legislature',
      expected: ['d’ici le 31 décembre 2026'],
      examples: { flag: ['Le registre sera ouvert {d’ici la fin de la législature}.'] },
    },
    {
      term: `à partir de|d ${YEARS}`,
      expected: ['d’ici le 31 décembre 2026', 'de janvier 2026 à décembre 2026'],
      examples: {
        flag: [
          'La DAJ publiera le guide {à partir de 2026}.',
          'Ouverture du portail aux communes – {à partir de 2026}',
        ],
        pass: [
          'À partir de 2026 et jusqu’en décembre 2027, les données seront publiées chaque trimestre.',
          'Les données seront publiées chaque trimestre à partir de 2026.',
          'À partir de 2026, chaque ministère publiera un rapport annuel.',
        ],
      },
    },
    {
      term: `courant ${YEARS}`,
      expected: ['d’ici juin 2026', 'au 2e trimestre 2026'],
      examples: {
        flag: ['La DAJ publiera le guide {courant 2026}.', 'Calendrier : {courant 2026}.'],
        pass: ['Le guide sera publié en juin 2026, comme prévu au budget courant.'],
      },
    },
    {
      term: `dans le courant de|d ${YEARS}`,
      expected: ['d’ici juin 2026', 'au 2e trimestre 2026'],
      examples: { flag: ['Le registre sera ouvert {dans le courant de 2026}.'] },
    },

    // Vague frequencies and timings (issue 13): a report or an update "régulier" is never late.
    {
      term: 'régulier|régulière|réguliers|régulières',
      expected: ['chaque trimestre', 'tous les 6 mois'],
      examples: { flag: ['Le comité de suivi publiera un bilan {régulier} de l’avancement du plan.'] },
    },
    {
      term: 'régulièrement',
      expected: ['chaque trimestre', 'tous les 6 mois'],
      examples: { flag: ['Les données du registre seront mises à jour {régulièrement}.'] },
    },
    {
      term: 'périodique|périodiques',
      examples: { flag: ['Des rapports {périodiques} seront remis au comité de suivi.'] },
    },
    {
      term: 'périodiquement',
      examples: { flag: ['La liste des jeux de données sera {périodiquement} revue avec les réutilisateurs.'] },
    },
    {
      term: 'en temps opportun',
      expected: ['dans les 30 jours', 'avant le [date]'],
      examples: { flag: ['Les résultats de la consultation seront publiés {en temps opportun}.'] },
    },
    {
      term: 'en temps utile',
      examples: { flag: ['Les usagers seront informés {en temps utile} des changements de procédure.'] },
    },
    { term: 'en continu', examples: { flag: ['Le tableau de bord sera alimenté {en continu} par les ministères.'] } },
    {
      term: 'de façon|manière continue',
      examples: { flag: ['Les ministères publieront {de façon continue} de nouveaux jeux de données.'] },
    },
    {
      // The plural adjective only: « continue » is also the verb (« le ministère continue de publier »).
      term: 'continus|continues',
      examples: {
        flag: ['Le portail fera l’objet de mises à jour {continues}.'],
        pass: ['La formation continue des agents sera publiée au catalogue.'],
      },
    },
    { term: 'au fil du temps', examples: { flag: ['De nouveaux jeux de données seront ajoutés {au fil du temps}.'] } },
    // Une saison date l’étape, mais à trois mois près, et se lit de plusieurs façons (printemps civil ou premier
    // trimestre de l’exercice, son début ou sa fin) : pour information, demander le mois.
    {
      term: 'd’ici le printemps',
      loose: true,
      expected: ['d’ici juin 2026'],
      examples: {
        info: [
          'Participer à la Coalition du PGO pour la justice | {D’ici le printemps} 2022 | Ministère de la Justice',
          'Le rapport sera publié {d’ici le printemps} 2025.',
        ],
        pass: ['Le rapport sera publié d’ici juin 2025.'],
      },
    },
    {
      term: 'd’ici l’été',
      loose: true,
      expected: ['d’ici septembre 2026'],
      examples: { info: ['Diffuser cinq cours en ligne | {D’ici l’été} 2023 | Ministère de la Justice'] },
    },
    {
      term: 'd’ici l’automne',
      loose: true,
      expected: ['d’ici décembre 2026'],
      examples: { info: ['Publier le rapport sur la confiance | {D’ici l’automne} 2022 | Bureau du Conseil privé'] },
    },
    {
      term: 'd’ici l’hiver',
      loose: true,
      expected: ['d’ici mars 2026'],
      examples: { info: ['La plateforme sera ouverte {d’ici l’hiver} 2023.'] },
    },
    {
      term: 'en cours',
      deadline: true,
      expected: ['d’ici le [date]'],
      examples: {
        flag: ['Publication du registre des algorithmes ({en cours})', 'Mai 2023 et {en cours}'],
        pass: [
          'Les travaux en cours seront présentés au comité de suivi en juin 2025.',
          'Consultation publique (en cours jusqu’en juin 2025)',
        ],
      },
    },
  ],
  exceptions: [
    {
      // A start with its end, or a rhythm from that year on: « à partir de 2026 et jusqu’en 2027 », « chaque
      // trimestre à partir de 2026 », « À partir de 2026, chaque ministère publiera ».
      term: `à partir de ${YEARS.split('|')[0]}`,
      pattern: '_ et|jusqu*|chaque|tous|toutes',
      why: 'a start with its end or a frequency',
    },
    ...['chaque ? _', 'tous|toutes les ? _', 'annuel*|mensuel*|trimestriel*|semestriel*|hebdomadaire* _'].map(
      (pattern) => ({ term: `à partir de ${YEARS.split('|')[0]}`, pattern, why: 'a rhythm from that year on' }),
    ),
    {
      // A noun of quality or learning qualified by « continu » names a practice, not a calendar: « amélioration
      // continue » is continuous improvement (a milestone table's indicator cell, Canada 2022-2024), « formation
      // continue » lifelong training. « Mises à jour continues », « diffusion continues » say how often: flagged.
      term: 'continus',
      pattern: 'amelioration*|perfectionnement*|optimisation*|formation*|apprentissage*|progres ~ _',
      why: 'amélioration continue, formation continue: a practice of quality, not a date',
      examples: {
        pass: [
          'Phase de suivi et d’améliorations continues du plan d’action | Mars 2025 | Statistique Canada',
          'Les formations continues des agents seront publiées au catalogue en juin 2025.',
          'Une démarche de progrès continus sera mise en place d’ici décembre 2024.',
        ],
        flag: ['Collecte et diffusion {continues} des données | En cours | Statistique Canada'],
      },
    },
    {
      term: 'périodique',
      pattern: 'les|des|aux|de _',
      why: 'les périodiques: periodicals (magazines)',
      examples: { pass: ['Les aides aux périodiques d’information politique et générale seront publiées par titre.'] },
    },
    {
      term: 'périodique',
      pattern: 'examen* _ universel',
      why: 'l’examen périodique universel: the UN Human Rights Council’s review, a name',
      examples: {
        pass: ['Part des recommandations de l’examen périodique universel dont la suite est publiée en juin 2026.'],
      },
    },

    {
      term: 'à terme',
      pattern: '_ echu*|echoir',
      why: 'à terme échu (finance)',
      examples: { pass: ['Les loyers des locaux administratifs sont payés à terme échu.'] },
    },
    {
      term: 'à terme',
      pattern: 'contrat*|marche*|vente*|achat*|operation*|naissance*|ne|nee|nes|nees|enfant* _',
      why: 'a term contract, a full-term birth',
      examples: { pass: ['Les contrats à terme conclus par l’Agence France Trésor seront publiés chaque trimestre.'] },
    },
    {
      term: 'à terme',
      pattern:
        'mettre|mis|mise|mettra|mettront|met|mettent|menee*|mene|mener|menes|porter|porte|arrive|arrivee|parvenir|jusqu _',
      why: 'mettre un terme, mener à terme',
      examples: {
        pass: [
          'Chaque engagement sera mené à terme avant la fin du plan en juin 2026.',
          'La consultation arrive à terme le 30 juin 2025.',
        ],
      },
    },
  ],
};
