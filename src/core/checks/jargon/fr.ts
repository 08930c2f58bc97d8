// French data of the jargon check. Each entry may carry `examples`: sentences where it must be flagged
// (the flagged words between braces) and sentences where it must not; test/unit/checks/examples.test.ts runs them all.
import type { JargonData } from '../lexicon/types';

export const fr: JargonData = {
  terms: [
    {
      term: 'open',
      explanation: 'ouvert à tous, librement accessible',
    },
    {
      term: 'open data',
      explanation: 'données publiques mises en ligne, que chacun peut réutiliser librement',
    },
    {
      term: 'opendata',
      explanation: 'données publiques mises en ligne, que chacun peut réutiliser librement',
    },
    {
      term: 'open source',
      explanation: 'logiciel libre, dont le code est publié et réutilisable',
    },
    {
      term: 'open government',
      explanation:
        'gouvernement ouvert : une action publique transparente, qui associe les citoyens et rend des comptes',
    },
    {
      term: 'gouvernement ouvert',
      explanation: 'une action publique transparente, qui associe les citoyens et rend des comptes',
    },
    {
      term: 'données ouvertes',
      explanation: 'données publiques mises en ligne, que chacun peut réutiliser librement',
    },
    {
      term: 'civic tech',
      explanation: 'outils numériques créés pour faciliter la participation des citoyens',
    },
    {
      term: 'civictech',
      explanation: 'outils numériques créés pour faciliter la participation des citoyens',
    },
    {
      term: 'govtech',
      explanation: 'entreprises qui proposent des outils numériques aux administrations',
    },
    {
      term: 'legal tech',
      explanation: 'outils numériques appliqués au droit',
    },
    {
      term: 'hackathon',
      explanation: 'rencontre publique de quelques jours où des équipes construisent des prototypes',
    },
    {
      term: 'datathon',
      explanation: 'rencontre publique pour travailler ensemble sur des données',
    },
    {
      term: 'openlab',
      explanation: 'atelier ouvert de co-construction',
    },
    {
      term: 'living lab',
      explanation: 'lieu où usagers et administrations testent ensemble un service',
    },
    {
      term: 'redevabilité',
      explanation: 'obligation de rendre compte de ses actions et de ses résultats',
    },
    {
      term: 'accountability',
      explanation: 'obligation de rendre compte de ses actions et de ses résultats',
    },
    {
      term: 'co-construction',
      explanation: 'élaboration menée avec les personnes concernées',
    },
    {
      term: 'crowdsourcing',
      explanation: 'appel à contributions du public',
    },
    {
      term: 'empowerment',
      explanation: 'capacité donnée aux personnes d’agir par elles-mêmes',
    },
    {
      term: 'big data',
      explanation: 'très grands volumes de données',
    },
    {
      term: 'data',
      explanation: 'données',
    },
    {
      term: 'digital',
      explanation: 'numérique',
    },
    {
      term: 'startup d’état',
      explanation: 'petite équipe d’agents publics qui crée un service numérique',
    },
    {
      term: 'start-up d’état',
      explanation: 'petite équipe d’agents publics qui crée un service numérique',
    },
    {
      term: 'incubateur',
      explanation: 'structure qui aide à lancer de nouveaux services',
    },
    {
      term: 'KPI',
      explanation: 'indicateurs de résultat',
      caseSensitive: true,
    },
    {
      term: 'MVP',
      explanation: 'première version simple du service',
      caseSensitive: true,
    },
    {
      term: 'POC',
      explanation: 'premier essai pour vérifier que l’idée fonctionne',
      caseSensitive: true,
    },
    {
      term: 'preuve de concept',
      explanation: 'premier essai pour vérifier que l’idée fonctionne',
    },
    {
      term: 'early stage',
      explanation: 'service en construction, en expérimentation',
    },
    {
      term: 'board',
      explanation: 'comité de direction',
    },
    {
      term: 'pitcher',
      explanation: 'présenter brièvement',
    },
    {
      term: 'benchmark',
      explanation: 'comparaison avec d’autres pays ou organisations',
    },
    {
      term: 'reporting',
      explanation: 'compte rendu régulier',
    },
    {
      term: 'process',
      explanation: 'procédure',
    },
    {
      term: 'itératif|itérative',
      explanation: 'progressif, par étapes',
    },
    {
      term: 'incrémental|incrémentale',
      explanation: 'progressif, par étapes',
    },
    {
      term: 'méthodes agiles',
      explanation: 'développement par petites étapes, au plus près des besoins des usagers',
    },
    {
      term: 'design thinking',
      explanation: 'méthode de conception centrée sur les usagers',
    },
    {
      term: 'interopérabilité',
      explanation: 'capacité de systèmes différents à échanger des informations',
    },
    {
      term: 'API',
      explanation: 'interface de programmation : un accès automatique aux données pour d’autres logiciels',
      caseSensitive: true,
    },
    {
      term: 'PGO',
      explanation: 'Partenariat pour un gouvernement ouvert (PGO)',
      caseSensitive: true,
    },
    {
      term: 'OGP',
      explanation: 'Partenariat pour un gouvernement ouvert (PGO, en anglais OGP)',
      caseSensitive: true,
    },
    {
      term: 'PAN',
      explanation: 'plan d’action national (PAN)',
      caseSensitive: true,
    },
    {
      term: 'MEI',
      explanation: 'Mécanisme d’évaluation indépendant (MEI) du PGO',
      caseSensitive: true,
    },
    {
      term: 'IRM',
      explanation: 'Mécanisme d’évaluation indépendant (MEI, en anglais IRM) du PGO',
      caseSensitive: true,
    },
    {
      term: 'CADA',
      explanation: 'Commission d’accès aux documents administratifs (CADA)',
      caseSensitive: true,
    },
    {
      term: 'DINUM',
      explanation: 'Direction interministérielle du numérique (DINUM)',
      caseSensitive: true,
    },
    {
      term: 'DITP',
      explanation: 'Direction interministérielle de la transformation publique (DITP)',
      caseSensitive: true,
    },
    {
      term: 'HATVP',
      explanation: 'Haute Autorité pour la transparence de la vie publique (HATVP)',
      caseSensitive: true,
    },
    {
      term: 'RGPD',
      explanation: 'règlement général sur la protection des données (RGPD)',
      caseSensitive: true,
    },
    {
      term: 'CNIL',
      explanation: 'Commission nationale de l’informatique et des libertés (CNIL)',
      caseSensitive: true,
    },
    {
      term: 'SGMAP',
      explanation: 'secrétariat général pour la modernisation de l’action publique (SGMAP)',
      caseSensitive: true,
    },
    {
      term: 'DGFiP',
      explanation: 'Direction générale des finances publiques (DGFiP)',
      caseSensitive: true,
    },
    {
      term: 'PME',
      explanation: 'petites et moyennes entreprises (PME)',
      caseSensitive: true,
    },
  ],
  exceptions: [],
  /** Words that are never acronyms, even in capitals (roman numerals, units, common capitalised words). */
  notAcronyms: [
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
