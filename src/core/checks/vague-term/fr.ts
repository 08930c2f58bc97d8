// French data of the vague-term check. Each entry may carry `examples`: sentences where it must be flagged
// (the flagged words between braces) and sentences where it must not; test/unit/checks/examples.test.ts runs them all.
import type { VagueTermData } from '../lexicon/types';

export const fr: VagueTermData = {
  defaultExpected: ['publier', 'adopter', 'ouvrir', 'créer', 'former N agents'],
  terms: [
    {
      lemma: 'renforcer',
      nouns: ['renforcement'],
      expected: ['recruter N agents', 'porter le budget de X € à Y €', 'adopter un décret', 'publier'],
    },
    {
      lemma: 'promouvoir',
      nouns: ['promotion'],
      expected: ['publier un guide', 'organiser N ateliers', 'former N agents', 'rendre obligatoire'],
    },
    {
      lemma: 'favoriser',
      expected: ['créer', 'ouvrir', 'financer N projets', 'rendre obligatoire'],
    },
    {
      lemma: 'poursuivre',
      nouns: ['poursuite'],
      expected: ['achever d’ici [date]', 'étendre à N services', 'publier'],
    },
    {
      lemma: 'améliorer',
      nouns: ['amélioration'],
      expected: ['réduire le délai de X à Y jours', 'corriger', 'publier', 'refondre'],
    },
    {
      lemma: 'développer',
      nouns: ['développement'],
      expected: ['créer', 'ouvrir', 'publier le code source de', 'livrer'],
    },
    {
      lemma: 'accompagner',
      nouns: ['accompagnement'],
      expected: ['former N agents', 'conseiller N collectivités', 'financer'],
    },
    {
      lemma: 'faciliter',
      nouns: ['facilitation'],
      expected: ['supprimer l’étape', 'ouvrir un guichet', 'publier un guide'],
    },
    {
      lemma: 'sensibiliser',
      nouns: ['sensibilisation'],
      expected: ['former N agents', 'organiser N sessions', 'publier un guide'],
    },
    {
      lemma: 'valoriser',
      nouns: ['valorisation'],
      expected: ['publier', 'présenter sur le portail', 'primer N projets'],
    },
    {
      lemma: 'encourager',
      nouns: ['encouragement'],
      expected: ['financer', 'rendre obligatoire', 'publier'],
    },
    {
      lemma: 'soutenir',
      nouns: ['soutien'],
      expected: ['financer à hauteur de X €', 'affecter N agents', 'subventionner N projets'],
    },
    {
      lemma: 'optimiser',
      nouns: ['optimisation'],
      expected: ['réduire de X %', 'automatiser', 'supprimer'],
    },
    {
      lemma: 'moderniser',
      nouns: ['modernisation'],
      expected: ['remplacer', 'migrer vers', 'numériser'],
    },
    {
      lemma: 'simplifier',
      nouns: ['simplification'],
      expected: ['supprimer', 'fusionner', 'réduire à N pièces'],
    },
    {
      lemma: 'mobiliser',
      nouns: ['mobilisation'],
      expected: ['affecter X €', 'réunir N partenaires', 'recruter'],
    },
    {
      lemma: 'dynamiser',
      nouns: ['dynamisation'],
      expected: ['créer', 'financer N projets', 'ouvrir'],
    },
    {
      lemma: 'consolider',
      nouns: ['consolidation'],
      expected: ['pérenniser par un texte', 'publier', 'adopter'],
    },
    {
      lemma: 'appuyer',
      nouns: ['appui'],
      expected: ['financer', 'affecter N agents', 'conseiller'],
    },
    {
      lemma: 'accroître',
      nouns: ['accroissement'],
      expected: ['porter de X à Y', 'doubler', 'augmenter de N %'],
    },
    {
      lemma: 'mettre en place',
      verb: 'mettre',
      after: '~ en place',
      nouns: ['mise en place'],
      expected: ['créer', 'installer', 'adopter', 'ouvrir'],
    },
    {
      lemma: 'veiller à',
      verb: 'veiller',
      after: '~ à|au|aux|a',
      expected: ['contrôler', 'vérifier chaque trimestre', 'publier un bilan'],
    },
    {
      lemma: 's’efforcer de',
      verb: 'efforcer',
      reflexive: true,
      after: '~ de|d',
      expected: ['s’engager à … d’ici [date]'],
    },
    {
      lemma: 'contribuer à',
      verb: 'contribuer',
      after: '~ à|au|aux|a',
      expected: ['dire l’action et son effet mesuré'],
    },
  ],
  exceptions: [
    {
      term: 'promouvoir',
      kinds: ['noun'],
      pattern: '_ #',
      why: 'promotion 2017 (a class of students)',
    },
    {
      term: 'promouvoir',
      kinds: ['noun'],
      pattern: '_ Aa',
      why: 'promotion Simone Veil (a named class)',
    },
    {
      term: 'promouvoir',
      kinds: ['noun'],
      pattern: '_ interne*|professionnelle*|sociale*|immobiliere*|commerciale*',
      why: 'career or sales promotion',
    },
    {
      term: 'promouvoir',
      kinds: ['noun'],
      pattern: '_ des ventes',
      why: 'sales promotion',
    },
    {
      term: 'promouvoir',
      kinds: ['participle'],
      pattern:
        '_ directeur*|directrice*|chef*|general*|generale*|colonel*|capitaine*|commandant*|officier*|professeur*|au|a|maitre*|inspecteur*',
      why: 'promu directeur: a career step',
    },
    {
      term: 'promouvoir',
      kinds: ['noun'],
      pattern: 'avancement|tableau|liste|concours|commission _',
      why: 'career promotion',
    },
    {
      term: 'poursuivre',
      pattern: '_ judiciaire*|disciplinaire*|penale*|penales|civile*',
      why: 'legal proceedings',
    },
    {
      term: 'poursuivre',
      pattern: '_ en justice|diffamation',
      why: 'sued',
    },
    {
      term: 'poursuivre',
      pattern: '_ devant les|le|la tribunaux|tribunal|juridiction*|juge*',
      why: 'sued before a court',
    },
    {
      term: 'poursuivre',
      kinds: ['participle'],
      pattern: '_ pour corruption|fraude|favoritisme|diffamation|harcelement|detournement*|prise',
      why: 'charged with an offence',
    },
    {
      term: 'poursuivre',
      kinds: ['noun'],
      pattern: 'engager|engage|engagees|engage|exercer|exerce|engageait|des|de _',
      why: 'des poursuites (legal)',
    },
    {
      term: 'poursuivre',
      kinds: ['noun'],
      pattern: 'l objet de _',
      why: 'faire l’objet de poursuites',
    },
    {
      term: 'développer',
      pattern: '_ durable*',
      why: 'développement durable',
    },
    {
      term: 'développer',
      pattern:
        'agence|banque|fonds francaise|francais|africaine|europeen|europeenne|interamericaine|asiatique|mondiale de _',
      why: 'Agence française de développement (a name)',
    },
    {
      term: 'développer',
      pattern: 'agence|banque|fonds de _',
      why: 'an agency or bank named after development',
    },
    {
      term: 'développer',
      pattern: 'pays|economies|etats|regions|nations|territoires|zones en _',
      why: 'pays en développement',
    },
    {
      term: 'développer',
      pattern: 'en voie de _',
      why: 'pays en voie de développement',
    },
    {
      term: 'développer',
      pattern: 'aide|aides publique|publiques au _',
      why: 'aide publique au développement',
    },
    {
      term: 'développer',
      pattern: 'recherche et _',
      why: 'recherche et développement (R&D)',
    },
    {
      term: 'développer',
      kinds: ['participle'],
      pattern: 'pays|economies|nations _',
      why: 'pays développés',
    },
    {
      term: 'développer',
      kinds: ['noun'],
      pattern: '_ de l enfant',
      why: 'child development',
    },
    {
      term: 'développer',
      kinds: ['noun'],
      pattern: '_ cooperation|international|internationale|solidaire',
      why: 'international development policy',
    },
    {
      term: 'développer',
      kinds: ['noun'],
      pattern: 'objectif*|odd|ministere|ministre|secretaire|secretariat de|du|au _',
      why: 'named development policy',
    },
    {
      term: 'accompagner',
      kinds: ['participle'],
      pattern: '_ de|d|du|des',
      why: 'accompagné de: together with',
    },
    {
      term: 'faciliter',
      kinds: ['participle'],
      pattern: '_ de paiement*|caisse|credit|tresorerie|remboursement',
      why: 'facilités de paiement (a financial term)',
    },
    {
      term: 'faciliter',
      kinds: ['participle'],
      pattern: 'des|de|les|aux|certaines _',
      why: 'facilités (noun: financial arrangements)',
    },
    {
      term: 'valoriser',
      pattern: '_ des|de dechet*|biodechet*|boues|effluents|residus|coproduits|matieres|sediments',
      why: 'valorisation des déchets (recycling)',
    },
    {
      term: 'valoriser',
      pattern: '_ energetique*|matiere|organique*|thermique*|agricole*',
      why: 'waste recovery',
    },
    {
      term: 'valoriser',
      kinds: ['noun'],
      pattern: '_ boursiere|comptable|financiere|des titres|des actifs',
      why: 'valuation (finance)',
    },
    {
      term: 'optimiser',
      pattern: '_ fiscale*|fiscal|fiscaux|sociale|agressive',
      why: 'optimisation fiscale (tax avoidance)',
    },
    {
      term: 'moderniser',
      pattern: 'general|generale pour la _',
      why: 'secrétariat général pour la modernisation de l’action publique (a name)',
    },
    {
      term: 'moderniser',
      pattern: 'direction|ministere|ministre|delegation de la _',
      why: 'a body named after modernisation',
    },
    {
      term: 'soutenir',
      kinds: ['participle'],
      pattern:
        'croissance|rythme*|cadence*|registre*|langage|langue|activite*|demande*|effort*|attention|niveau*|pace|ton|debit|vitesse|allure|tension* _',
      why: 'soutenu as an adjective: sustained, formal',
    },
    {
      term: 'soutenir',
      kinds: ['participle'],
      pattern: 'these*|memoire*|doctorat* _',
      why: 'thèse soutenue (a defence)',
    },
    {
      term: 'soutenir',
      pattern: '_ sa|une|leur|la these|memoire',
      why: 'soutenir une thèse',
    },
    {
      term: 'soutenir',
      kinds: ['noun'],
      pattern: '_ scolaire*|psychologique*',
      why: 'soutien scolaire (tutoring, a named service)',
    },
    {
      term: 'soutenir',
      kinds: ['noun'],
      pattern: 'personnel*|fonctionnaires|agents|fonction|fonctions|poste*|emploi*|metier*|activites de _',
      why: 'personnel de soutien: support staff',
    },
    {
      term: 'consolider',
      kinds: ['participle'],
      pattern:
        'compte*|etat*|bilan*|resultat*|financiers|financier|financieres|perimetre*|chiffre*|dette|comptabilite _',
      why: 'comptes consolidés (accounting)',
    },
    {
      term: 'consolider',
      kinds: ['noun'],
      pattern: '_ comptable|des comptes|des etats',
      why: 'consolidation comptable',
    },
    {
      term: 'favoriser',
      kinds: ['participle'],
      pattern: 'milieu*|classe*|categorie*|quartier*|famille*|menage*|plus|moins|les _',
      why: 'favorisé: privileged (a social category)',
    },
    {
      term: 'appuyer',
      pattern: 's|se|m|me|t|te _',
      why: 's’appuyer sur: to rely on',
    },
    {
      term: 'appuyer',
      pattern: 'nous nous|vous vous _',
      why: 's’appuyer sur: to rely on',
    },
    {
      term: 'appuyer',
      kinds: ['noun'],
      pattern: 'point|points d _',
      why: 'point d’appui',
    },
    {
      term: 'appuyer',
      kinds: ['noun'],
      pattern: 'a l _',
      why: 'à l’appui (de): as evidence, in aid of',
    },
    {
      term: 'appuyer',
      kinds: ['noun'],
      pattern: 'pieces|piece|justificatifs|preuves a l _',
      why: 'pièces à l’appui',
    },
    {
      term: 'appuyer',
      pattern: '_ sur le|la|un|une bouton|touche|pedale|gachette',
      why: 'press a button',
    },
    {
      term: 'accroître',
      kinds: ['participle'],
      pattern: 'risque*|vigilance|danger*|menace*|concurrence _',
      why: 'risque accru: a description, not an action',
    },
    {
      term: 'renforcer',
      kinds: ['participle'],
      pattern: 'beton|plastique*|verre|acier|tissu*|semelle*|porte* _',
      why: 'béton renforcé (a material)',
    },
    {
      term: 'renforcer',
      kinds: ['participle'],
      pattern: 'securite|surveillance|garde|regime|controle|vigilance _',
      why: 'named security levels (régime renforcé)',
    },
    {
      term: 'simplifier',
      kinds: ['participle'],
      pattern: 'actions|action _',
      why: 'société par actions simplifiée (SAS)',
    },
    {
      term: 'simplifier',
      kinds: ['participle'],
      pattern: 'regime|procedure|declaration _ d|de imposition|imposition',
      why: 'a tax regime name',
    },
    {
      term: 'mobiliser',
      kinds: ['noun'],
      pattern: '_ generale',
      why: 'mobilisation générale (military)',
    },
    {
      term: 'veiller à',
      pattern: 'la|une|cette|sa|leur _',
      why: 'la veille (noun)',
    },
    {
      term: 'mettre en place',
      kinds: ['participle'],
      pattern: 'deja|toujours|actuellement _',
      why: 'describes what exists',
    },
  ],
};
