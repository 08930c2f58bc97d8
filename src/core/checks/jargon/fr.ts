// French data of the jargon check. Each entry may carry `examples`: sentences where it must be flagged
// (the flagged words between braces) and sentences where it must not; test/unit/checks/examples.test.ts runs them all.
// Over 400 lines: data, not code: each term with its examples, in one file so a linguist reviews the whole list.
import type { JargonData } from '../lexicon/types';
import { CURRENCY_CODES } from './currency-codes';

/**
 * Mots qui font d’un nom à majuscule celui d’une instance (« Forum du gouvernement ouvert », « Conseil des données
 * ouvertes ») : le jargon qu’il contient nomme l’instance, il n’est pas à expliquer là (./index.ts, inBodyName).
 * Forme repliée, en minuscules.
 */
export const BODY_WORDS_FR =
  'forum conseil comite commission agence direction bureau office partenariat reseau secretariat alliance ' +
  'coalition centre institut ministere mission delegation observatoire college autorite assemblee senat cour ' +
  'tribunal groupe conference sommet fondation association federation fonds';

export const fr: JargonData = {
  terms: [
    {
      term: 'open',
      explanation: 'ouvert à tous, librement accessible',
      examples: {
        flag: ['Le ministère organisera une journée {open} avec les réutilisateurs.'],
        // Un mot du nom d’une organisation, écrit comme elle l’écrit.
        pass: ['Transparency International France et l’Open Knowledge Foundation France siègent au comité de suivi.'],
      },
    },
    // An anglicism with an official French term (FranceTerme, « données ouvertes »): the term is the suggestion,
    // not a gloss of the anglicism (`expected`; audit15, finding 12).
    {
      term: 'open data',
      explanation: 'données publiques mises en ligne, que chacun peut réutiliser librement',
      expected: ['données ouvertes'],
      examples: {
        flag: ['Les communes publieront leurs budgets en {open data}.'],
        pass: [
          'Les communes publieront leurs budgets en open data (données publiques réutilisables librement).',
          // Le nom d’un dépôt est un lieu, pas de la prose.
          'Texte officiel (source : open-data/ckanext-canada, ckanext/canada/tables/nap5.yaml).',
        ],
      },
    },
    {
      term: 'opendata',
      explanation: 'données publiques mises en ligne, que chacun peut réutiliser librement',
      expected: ['données ouvertes'],
      examples: { flag: ['Un portail {opendata} régional sera ouvert en 2025.'] },
    },
    {
      term: 'open source',
      explanation: 'logiciel libre, dont le code est publié et réutilisable',
      examples: { flag: ['Les logiciels développés par l’administration seront publiés en {open source}.'] },
    },
    {
      term: 'open government',
      explanation:
        'gouvernement ouvert : une action publique transparente, qui associe les citoyens et rend des comptes',
      expected: ['gouvernement ouvert'],
      examples: { flag: ['La semaine de l’{open government} sera organisée chaque année en mai.'] },
    },
    {
      term: 'open gov',
      explanation:
        'gouvernement ouvert : une action publique transparente, qui associe les citoyens et rend des comptes',
      expected: ['gouvernement ouvert'],
      examples: {
        flag: ['Dans une logique d’{open gov}, le ministère ouvrira un portail.'],
        pass: [
          'Dans une logique d’open gov (une action publique transparente, qui associe les citoyens), le ministère ouvrira un portail.',
        ],
      },
    },
    // The official French terms (and the words Jalon suggests for "open government" and "open data"): a reader may
    // not know them, but they are what to write; noted for information only (`loose`; audit13, finding 10).
    {
      term: 'gouvernement ouvert',
      explanation: 'une action publique transparente, qui associe les citoyens et rend des comptes',
      loose: true,
      examples: {
        info: [
          'Un réseau des référents {gouvernement ouvert} sera créé dans chaque ministère.',
          // En tête de phrase, la majuscule ne fait pas un nom : des mots autres que de liaison l’en séparent.
          'Réseau des référents {gouvernement ouvert} | Juin 2025 | DITP',
        ],
        pass: [
          // Le nom d’une instance : elle est nommée, l’idée n’est pas à expliquer là (issue 16).
          'Le Forum du gouvernement ouvert se réunira chaque trimestre.',
          'Forum du gouvernement ouvert | Chaque trimestre | Secrétariat du Conseil du Trésor',
          'Le Comité d’orientation sur le gouvernement ouvert rendra son avis en juin 2025.',
          'Un réseau des référents gouvernement ouvert (une action publique transparente qui associe les citoyens) sera créé.',
          // Le titre du plan nomme le programme ; la première occurrence dans le texte est expliquée.
          'Plan d’action national du Canada pour un gouvernement ouvert 2022-2024',
        ],
      },
    },
    {
      term: 'données ouvertes',
      explanation: 'données publiques mises en ligne, que chacun peut réutiliser librement',
      loose: true,
      examples: {
        info: [
          'Les subventions aux associations seront publiées en {données ouvertes}.',
          'Le Centre publiera ses {données ouvertes} liées en juin 2025.',
          // Un verbe après le nom de l’instance : ce n’est plus son nom.
          'Le Comité a publié en {données ouvertes} les avis rendus en 2024.',
        ],
        pass: ['Le Conseil des données ouvertes rendra son avis en juin 2025.'],
      },
    },
    {
      term: 'civic tech',
      explanation: 'outils numériques créés pour faciliter la participation des citoyens',
      examples: { flag: ['Le ministère lancera un appel à projets destiné à la {civic tech}.'] },
    },
    {
      term: 'civictech',
      explanation: 'outils numériques créés pour faciliter la participation des citoyens',
      examples: { flag: ['Les acteurs de la {civictech} seront invités au comité de suivi.'] },
    },
    {
      term: 'govtech',
      explanation: 'entreprises qui proposent des outils numériques aux administrations',
      examples: { flag: ['Un programme d’achat public dédié aux entreprises de la {govtech} sera lancé.'] },
    },
    {
      term: 'legal tech',
      explanation: 'outils numériques appliqués au droit',
      examples: { flag: ['Les entreprises de la {legal tech} auront accès aux décisions de justice anonymisées.'] },
    },
    {
      term: 'hackathon',
      explanation: 'rencontre publique de quelques jours où des équipes construisent des prototypes',
      examples: { flag: ['Un {hackathon} sur les données de la commande publique sera organisé en 2025.'] },
    },
    {
      term: 'datathon',
      explanation: 'rencontre publique pour travailler ensemble sur des données',
      examples: { flag: ['Un {datathon} réunira les agents et les chercheurs autour des données de santé.'] },
    },
    {
      term: 'openlab',
      explanation: 'atelier ouvert de co-construction',
      examples: { flag: ['Un {openlab} sera ouvert dans chaque préfecture de région.'] },
    },
    {
      term: 'living lab',
      explanation: 'lieu où usagers et administrations testent ensemble un service',
      examples: { flag: ['Un {living lab} testera le nouveau formulaire avec les usagers.'] },
    },
    {
      term: 'redevabilité',
      explanation: 'obligation de rendre compte de ses actions et de ses résultats',
      examples: {
        flag: ['Le plan renforce la {redevabilité} des ministères envers le Parlement.'],
        // Jalon's own label: the OGP's value, named by its template.
        pass: [
          'Contribution à la transparence, à la redevabilité, à la participation : le public saura qui obtient les marchés.',
          'Redevabilité : un bilan semestriel sera présenté au Parlement.',
        ],
      },
    },
    {
      term: 'accountability',
      explanation: 'obligation de rendre compte de ses actions et de ses résultats',
      examples: { flag: ['Un rapport d’{accountability} sera publié chaque année.'] },
    },
    {
      term: 'co-construction',
      explanation: 'élaboration menée avec les personnes concernées',
      examples: { flag: ['La {co-construction} du plan avec la société civile durera six mois.'] },
    },
    {
      term: 'crowdsourcing',
      explanation: 'appel à contributions du public',
      examples: { flag: ['Une campagne de {crowdsourcing} permettra de corriger les adresses de la base nationale.'] },
    },
    {
      term: 'empowerment',
      explanation: 'capacité donnée aux personnes d’agir par elles-mêmes',
      examples: { flag: ['Le programme vise l’{empowerment} des habitants des quartiers prioritaires.'] },
    },
    {
      term: 'big data',
      explanation: 'très grands volumes de données',
      examples: { flag: ['Les outils de {big data} utilisés par l’administration fiscale seront recensés.'] },
    },
    {
      term: 'data',
      explanation: 'données',
      examples: {
        flag: ['Une équipe {data} sera créée dans chaque ministère.'],
        pass: [
          'Les jeux de données seront publiés sur https://www.data.gouv.fr dès leur validation.',
          // Un nom de domaine écrit sans « https:// ».
          'Les jeux de données seront publiés sur data.gouv.fr dès leur validation.',
        ],
      },
    },
    {
      term: 'digital',
      explanation: 'numérique',
      examples: { flag: ['Les démarches {digital} seront évaluées par les usagers.'] },
    },
    {
      term: 'startup d’état',
      explanation: 'petite équipe d’agents publics qui crée un service numérique',
      examples: { flag: ['Une {startup d’État} développera le nouveau service de signalement.'] },
    },
    {
      term: 'start-up d’état',
      explanation: 'petite équipe d’agents publics qui crée un service numérique',
      examples: { flag: ['Une {start-up d’État} sera chargée du registre des algorithmes.'] },
    },
    {
      term: 'incubateur',
      explanation: 'structure qui aide à lancer de nouveaux services',
      examples: { flag: ['L’{incubateur} du ministère accueillera trois nouveaux projets en 2025.'] },
    },
    {
      term: 'KPI',
      explanation: 'indicateurs de résultat',
      caseSensitive: true,
      examples: { flag: ['Les {KPI} du plan seront publiés sur le tableau de bord.'] },
    },
    {
      term: 'MVP',
      explanation: 'première version simple du service',
      caseSensitive: true,
      examples: { flag: ['Un {MVP} du service sera testé auprès de 200 usagers.'] },
    },
    {
      term: 'POC',
      explanation: 'premier essai pour vérifier que l’idée fonctionne',
      caseSensitive: true,
      examples: { flag: ['Un {POC} de signature électronique des pétitions sera réalisé en 2025.'] },
    },
    {
      term: 'preuve de concept',
      explanation: 'premier essai pour vérifier que l’idée fonctionne',
      examples: { flag: ['Une {preuve de concept} sera présentée au comité de suivi.'] },
    },
    {
      term: 'early stage',
      explanation: 'service en construction, en expérimentation',
      examples: { flag: ['Le service est encore en phase {early stage}.'] },
    },
    {
      term: 'board',
      explanation: 'comité de direction',
      examples: { flag: ['Le {board} du projet se réunira chaque trimestre.'] },
    },
    {
      term: 'pitcher',
      explanation: 'présenter brièvement',
      examples: { flag: ['Les équipes lauréates viendront {pitcher} leur projet devant le jury.'] },
    },
    {
      term: 'benchmark',
      explanation: 'comparaison avec d’autres pays ou organisations',
      examples: { flag: ['Un {benchmark} des registres de lobbying européens sera publié.'] },
    },
    {
      term: 'reporting',
      explanation: 'compte rendu régulier',
      examples: { flag: ['Le {reporting} des ministères sera centralisé par le secrétariat général.'] },
    },
    {
      term: 'process',
      explanation: 'procédure',
      examples: { flag: ['Le {process} de publication des données sera documenté.'] },
    },
    {
      term: 'itératif|itérative',
      explanation: 'progressif, par étapes',
      examples: { flag: ['Le portail sera construit selon une démarche {itérative}.'] },
    },
    {
      term: 'incrémental|incrémentale',
      explanation: 'progressif, par étapes',
      examples: { flag: ['Le déploiement du service sera {incrémental}.'] },
    },
    {
      term: 'méthodes agiles',
      explanation: 'développement par petites étapes, au plus près des besoins des usagers',
      examples: { flag: ['Le service sera conçu selon les {méthodes agiles}.'] },
    },
    {
      term: 'design thinking',
      explanation: 'méthode de conception centrée sur les usagers',
      examples: { flag: ['Des ateliers de {design thinking} associeront les usagers.'] },
    },
    {
      term: 'interopérabilité',
      explanation: 'capacité de systèmes différents à échanger des informations',
      examples: { flag: ['L’{interopérabilité} des registres sera assurée d’ici 2026.'] },
    },
    {
      term: 'API',
      explanation: 'interface de programmation : un accès automatique aux données pour d’autres logiciels',
      caseSensitive: true,
      examples: {
        flag: ['Une {API} donnera accès aux données des marchés publics.'],
        pass: ['Une interface de programmation (API) donnera accès aux données des marchés publics.'],
      },
    },
    {
      term: 'PGO',
      explanation: 'Partenariat pour un gouvernement ouvert (PGO)',
      caseSensitive: true,
      examples: {
        flag: ['La France présentera son bilan au comité directeur du {PGO} en 2025.'],
        pass: [
          'La France présentera son bilan au comité directeur du Partenariat pour un gouvernement ouvert (PGO) en 2025.',
        ],
      },
    },
    {
      term: 'OGP',
      explanation: 'Partenariat pour un gouvernement ouvert (PGO, en anglais OGP)',
      caseSensitive: true,
      examples: {
        flag: ['Le sommet mondial de l’{OGP} se tiendra à Paris.'],
        // Le nom, puis ses deux sigles entre parenthèses : chacun est expliqué.
        pass: ['La France a rejoint le Partenariat pour un gouvernement ouvert (PGO, en anglais OGP) en 2014.'],
      },
    },
    {
      term: 'PAN',
      explanation: 'plan d’action national (PAN)',
      caseSensitive: true,
      examples: {
        flag: ['Le {PAN} sera soumis à consultation publique pendant un mois.'],
        pass: ['Un pan entier de la politique de transparence sera confié aux collectivités.'],
      },
    },
    {
      term: 'MEI',
      explanation: 'Mécanisme d’évaluation indépendant (MEI) du Partenariat pour un gouvernement ouvert',
      caseSensitive: true,
      examples: { flag: ['Le rapport du {MEI} sera publié sur le site du ministère.'] },
    },
    {
      term: 'IRM',
      explanation:
        'Mécanisme d’évaluation indépendant (MEI, en anglais IRM) du Partenariat pour un gouvernement ouvert',
      caseSensitive: true,
      examples: { flag: ['Les recommandations de l’{IRM} seront reprises dans le prochain plan.'] },
    },
    {
      term: 'CADA',
      explanation: 'Commission d’accès aux documents administratifs (CADA)',
      caseSensitive: true,
      examples: { flag: ['Les avis de la {CADA} seront publiés en données ouvertes.'] },
    },
    {
      term: 'DINUM',
      explanation: 'Direction interministérielle du numérique (DINUM)',
      caseSensitive: true,
      examples: {
        flag: ['La {DINUM} publiera le code source des services numériques de l’État.'],
        pass: ['La Direction interministérielle du numérique (DINUM) publiera le code source des services de l’État.'],
      },
    },
    {
      term: 'DITP',
      explanation: 'Direction interministérielle de la transformation publique (DITP)',
      caseSensitive: true,
      examples: { flag: ['La {DITP} publiera les résultats des enquêtes de satisfaction des usagers.'] },
    },
    {
      term: 'HATVP',
      explanation: 'Haute Autorité pour la transparence de la vie publique (HATVP)',
      caseSensitive: true,
      examples: { flag: ['La {HATVP} publiera les déclarations des représentants d’intérêts.'] },
    },
    {
      term: 'RGPD',
      explanation: 'règlement général sur la protection des données (RGPD)',
      caseSensitive: true,
      examples: { flag: ['Les données seront anonymisées conformément au {RGPD}.'] },
    },
    {
      term: 'CNIL',
      explanation: 'Commission nationale de l’informatique et des libertés (CNIL)',
      caseSensitive: true,
      examples: { flag: ['La {CNIL} sera consultée sur le projet de registre.'] },
    },
    {
      term: 'SGMAP',
      explanation: 'secrétariat général pour la modernisation de l’action publique (SGMAP)',
      caseSensitive: true,
      examples: { flag: ['Les études du {SGMAP} seront mises en ligne.'] },
    },
    {
      term: 'DGFiP',
      explanation: 'Direction générale des finances publiques (DGFiP)',
      caseSensitive: true,
      examples: { flag: ['La {DGFiP} ouvrira les données des valeurs foncières.'] },
    },
    {
      term: 'PME',
      explanation: 'petites et moyennes entreprises (PME)',
      caseSensitive: true,
      examples: { flag: ['Les marchés attribués aux {PME} seront recensés.'] },
    },
  ],
  exceptions: [],
  /** Words that are never acronyms, even in capitals (currency codes, roman numerals, units, common capitalised words). */
  notAcronyms: [
    ...CURRENCY_CODES,
    'COVID',
    'I',
    'II',
    'III',
    'IV',
    'V',
    'VI',
    'VII',
    'VIII',
    'IX',
    'X',
    'XI',
    'XII',
    'XIII',
    'XIV',
    'XV',
    'XVI',
    'XVII',
    'XVIII',
    'XIX',
    'XX',
    'XXI',
    'UE',
    'ONU',
    'TVA',
    'PDF',
    'CSV',
    'HTML',
    'URL',
    'OK',
    'SMS',
    'TV',
    'EUR',
    'USA',
    'NB',
    'PS',
    'CV',
    'ETP',
    // Hors taxes, toutes taxes comprises: every French reader knows them (audit13, finding 10).
    'HT',
    'TTC',
    // The franc CFA's name, as Jalon writes it in an amount (« 200 000 francs CFA »).
    'CFA',
    // Household acronyms a reviewer would not ask to spell out; Canada's own plans use them bare (audit15, finding 17).
    // No list by country exists in the data: a short general one.
    'OCDE',
    'IA',
    'ONG',
    'PME',
    'OTAN',
    'OMS',
    'VIH',
    'LGBT',
    'LGBTQ',
    'LGBTQI',
    'LGBTQ2',
    'LGBTQ2S',
    'LGBTQIA',
  ],
  /** Headings that open a glossary section. */
  glossaryHeadings: [
    'glossaire',
    'lexique',
    'sigles',
    'acronymes',
    'abreviations',
    'sigles et acronymes',
    'liste des sigles',
    'definitions',
  ],
};
