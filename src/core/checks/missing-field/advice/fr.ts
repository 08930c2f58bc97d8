// Over 400 lines: the French example bank is data, one block per subject, easier to review in one file than cut up.
//
// Written for Jalon after real, well-rated commitments (Canadian and US plans and trackers, IRM-rated commitments in
// ../shared/ogp-data): not their sentences, but each names the one it follows so a facilitator can look it up.
// Figures and dates are illustrative.
import type { Bank } from './types';

export const fr: Bank = {
  stopwords: [
    'a',
    'au',
    'aux',
    'd',
    'de',
    'des',
    'du',
    'en',
    'et',
    'l',
    'la',
    'le',
    'les',
    'un',
    'une',
    'par',
    'pour',
    'sur',
    'dans',
    'avec',
    'ou',
    'son',
    'sa',
    'ses',
    'leur',
    'leurs',
    'ce',
    'cette',
    'ces',
    'qui',
    'que',
    'est',
    'sont',
  ],
  subjects: [
    {
      id: 'open-data',
      keywords: [
        'donnée* ouverte*',
        'ouvrir les donnée*',
        'open data',
        'opendata',
        'jeu* de donnée*',
        'data.gouv*',
        'portail* de donnée*',
        'ouverture des donnée*',
        'métadonnée*',
        'licence* ouverte*',
        'réutilisat*',
        'politique* de la donnée',
        'politique* des données',
        'gouvernance des données',
        'informations du secteur public',
        'administrateur* des données',
      ],
      source: 'Canada 2018-2020, engagement 1, jalon 1.3 (qualité des données ouvertes)',
      examples: {
        indicator:
          'Nombre de jeux de données parmi les 200 plus téléchargés dont la qualité a été revue (métadonnées complètes, description en langage clair).',
        baseline:
          'Fin {{start-1|2024}}, 35 des 200 jeux les plus téléchargés ont des métadonnées complètes (source : audit du portail, décembre {{start-1|2024}}).',
        target:
          'Les 200 jeux les plus téléchargés revus et conformes aux critères de qualité publiés, d’ici juin {{end|2026}}.',
        milestones:
          'Critères de qualité publiés – mars {{start|2025}} – administrateur des données\n100 jeux revus – décembre {{start|2025}} – ministères producteurs\n200 jeux revus et notés sur le portail – juin {{end|2026}} – administrateur des données',
        cost: '120 000 € sur deux ans (revue des jeux et ateliers), et 1,5 équivalent temps plein dans l’équipe du portail.',
        lead: 'Administrateur ministériel des données, responsable du portail de données ouvertes.',
        partners:
          'Les réutilisateurs réguliers du portail testent la grille de qualité ; une association de réutilisateurs siège au comité de suivi.',
        audience: 'Les réutilisateurs de données : développeurs, chercheurs, journalistes de données.',
      },
    },
    {
      id: 'procurement',
      keywords: [
        'marché* public*',
        'commande* publique*',
        'achat* public*',
        'passation*',
        'appel* d’offre*',
        'contrat* public*',
        'ocds',
        'attributaire*',
        'données essentielles',
      ],
      source: 'Canada 2018-2020, engagement 2, jalon 2.3 (données ouvertes sur les marchés publics)',
      sources: {
        partners:
          'Royaume-Uni 2021-2023, UK0098 (commande publique ouverte), évalué par le Mécanisme d’évaluation indépendant (MEI)',
      },
      examples: {
        indicator:
          'Part des marchés de l’État publiés au standard international des données de marchés publics (avis, attribution, contrat) dans le mois suivant leur attribution.',
        baseline:
          'En {{start-1|2024}}, 40 % des marchés attribués sont publiés avec leurs données essentielles (source : bilan annuel de la commande publique).',
        target:
          '100 % des marchés de plus de 40 000 € publiés au standard international des données de marchés d’ici fin {{end|2026}}.',
        milestones:
          'Échantillon pilote de 300 contrats publié au standard international des données de marchés – juin {{start|2025}} – direction des achats\nTrois ateliers avec les réutilisateurs sur les données manquantes – octobre {{start|2025}} – direction des achats\nPublication de tous les marchés des exercices {{start-1|2024}} et {{start|2025}} – juin {{end|2026}} – direction des achats',
        cost: '200 000 € pour adapter le profil d’acheteur, et 2 équivalents temps plein pendant 18 mois.',
        lead: 'Direction des achats de l’État, chef du bureau de la donnée d’achat.',
        partners:
          'Une association de lutte contre la corruption et des journalistes de données vérifient la complétude des publications chaque trimestre.',
        audience: 'Les entreprises candidates, les journalistes et les associations qui suivent la dépense publique.',
      },
    },
    {
      id: 'open-source',
      keywords: [
        'code* source*',
        'logiciel* libre*',
        'open source',
        'licence* libre*',
        'dépôt* de code*',
        'forge*',
        'github',
        'gitlab',
        'code* ouvert*',
      ],
      source: 'Canada 2018-2020, engagement 4, jalon 4.6 (code source ouvert)',
      examples: {
        indicator:
          'Part des nouveaux projets numériques de l’État dont le code est publié sous licence libre dans les 6 mois de leur mise en service, ou dont la non-publication est motivée publiquement.',
        baseline:
          'En {{start-1|2024}}, le code de 9 des 40 projets présentés au comité d’architecture est publié (source : registre du comité).',
        target:
          '100 % des nouveaux projets publiés ou motivés, et un répertoire public des codes de l’État en ligne, d’ici fin {{end|2026}}.',
        milestones:
          'Guide de publication du code sous licence libre diffusé aux ministères – mars {{start|2025}} – direction du numérique\nRépertoire public des codes sources ouvert – septembre {{start|2025}} – direction du numérique\nCode de l’outil de participation publié pour réutilisation – mars {{end|2026}} – ministère porteur de l’outil',
        cost: '80 000 € pour le répertoire et un référent logiciels libres à temps plein, sur le budget de la direction du numérique.',
        lead: 'Direction du numérique de l’État, responsable de la mission logiciels libres.',
        partners:
          'Les communautés du logiciel libre relisent le guide ; les collectivités qui réutilisent les codes font part de leurs besoins.',
        audience: 'Les développeurs des administrations et des collectivités, et les entreprises du logiciel libre.',
      },
    },
    {
      id: 'beneficial-ownership',
      keywords: [
        'bénéficiaire* effecti*',
        'propriétaire* effecti*',
        'registre* des sociétés',
        'registre* du commerce',
        'transparence des entreprises',
        'sociétés écrans',
        'blanchiment*',
        'sociétés immatriculée*',
        'registre* des bénéficiaires',
      ],
      source: 'Canada 2022-2024, engagement 3, jalon 3.1 (registre public des propriétaires effectifs)',
      sources: {
        baseline:
          'Slovaquie 2022-2024, SK0143 (qualité des données sur les bénéficiaires effectifs), évalué par le Mécanisme d’évaluation indépendant (MEI)',
      },
      examples: {
        indicator:
          'Part des sociétés immatriculées dont les bénéficiaires effectifs sont déclarés, vérifiés et consultables gratuitement en ligne.',
        baseline:
          'En {{start-1|2024}}, 58 % des sociétés ont déclaré leurs bénéficiaires effectifs, sans contrôle de cohérence (source : greffe, rapport annuel).',
        target:
          'Registre public et gratuit en ligne fin {{start|2025}} ; 90 % des sociétés déclarées et contrôlées d’ici fin {{end|2026}}.',
        milestones:
          'Consultation sur le format du registre – mars {{start|2025}} – ministère de l’Économie\nTexte rendant le registre public – septembre {{start|2025}} – ministère de la Justice\nRegistre en ligne, consultable gratuitement – décembre {{start|2025}} – greffe',
        cost: '1 200 000 € pour le registre et les contrôles, et 4 équivalents temps plein au greffe.',
        lead: 'Ministère de l’Économie, bureau du droit des sociétés.',
        partners:
          'Des associations de transparence financière testent la recherche et signalent les incohérences ; les greffes des tribunaux de commerce fournissent les données.',
      },
    },
    {
      id: 'extractives',
      keywords: [
        'extracti*',
        'itie',
        'minier*',
        'mines',
        'hydrocarbure*',
        'pétrol*',
        'ressources naturelles',
        'sous-sol',
        'pêche*',
      ],
      source:
        'Ukraine 2016-2018, UA0065 (Initiative pour la transparence dans les industries extractives), évalué par le Mécanisme d’évaluation indépendant (MEI)',
      sources: {
        partners:
          'Ghana 2013-2015, GH0005 (comité d’intérêt public sur les revenus pétroliers), évalué par le Mécanisme d’évaluation indépendant (MEI)',
      },
      examples: {
        indicator:
          'Part des entreprises extractives au-dessus du seuil dont les paiements à l’État sont publiés par projet et rapprochés des recettes publiques.',
        baseline:
          'En {{start-1|2024}}, le rapport national sur la transparence des industries extractives couvre 60 % des paiements, avec deux ans de retard, entreprise par entreprise seulement (source : dernier rapport national).',
        target:
          'Les paiements de toutes les entreprises au-dessus du seuil publiés par projet dans les 12 mois suivant la fin de l’année, dès le rapport {{end|2026}}.',
        milestones:
          'Loi sur la transparence des industries extractives adoptée – juin {{start|2025}} – ministère de l’énergie\nRapport national sur la transparence des industries extractives publié avec les données de paiement – décembre {{start|2025}} – secrétariat national de l’initiative\nPaiements publiés par projet minier ou pétrolier – décembre {{end|2026}} – secrétariat national de l’initiative',
        cost: '200 000 € par an pour l’administrateur indépendant et le secrétariat, pour moitié sur le budget de l’État, pour moitié par des partenaires au développement.',
        lead: 'Ministère de l’énergie et des mines, secrétariat national de l’Initiative pour la transparence dans les industries extractives.',
        partners:
          'Le groupe multipartite (État, entreprises, société civile) approuve chaque rapport ; un comité de la société civile suit l’emploi des revenus pétroliers.',
        audience: 'Les habitants des régions minières et pétrolières, les journalistes, les parlementaires.',
      },
    },
    {
      id: 'budget',
      keywords: [
        'budgétaire*',
        'budget ouvert',
        'loi* de finance*',
        'dépense* publique*',
        'finances publiques',
        'exécution budgétaire',
        'subvention*',
        'transparence financière',
        'transparence fiscale',
        'programme* budgétaire*',
        'dépense* exécutée*',
        'crédit* budgétaire*',
        'direction du budget',
        'dette publique',
        'entreprise* publique*',
        'participations de l’état',
        'budget citoyen',
        'investissement* public*',
      ],
      source: 'Canada 2018-2020, engagement 2, jalon 2.1 (information budgétaire facile à trouver)',
      sources: {
        indicator:
          'Ukraine 2020-2022, UA0087 (indicateurs des programmes budgétaires locaux), évalué par le Mécanisme d’évaluation indépendant (MEI)',
      },
      examples: {
        indicator:
          'Part des programmes budgétaires dont les crédits, les dépenses exécutées et les résultats sont consultables, par programme, en données ouvertes.',
        baseline:
          'En {{start-1|2024}}, les dépenses exécutées sont publiées pour 30 % des programmes, en PDF seulement (source : annexes budgétaires).',
        target:
          'Tous les programmes suivis de l’annonce à l’exécution dans un outil en ligne, en données ouvertes, d’ici mars {{end|2026}}.',
        milestones:
          'Consultation des parlementaires et du public sur la lisibilité du budget – octobre {{start|2025}} – direction du budget\nRecommandations publiées – février {{end|2026}} – direction du budget\nOutil de suivi en ligne couvrant tous les programmes – mars {{end|2026}} – direction du budget',
        cost: '250 000 € pour l’outil de suivi et 2 équivalents temps plein pendant deux ans.',
        lead: 'Direction du budget, sous-direction de la synthèse budgétaire.',
        partners:
          'Une association d’analyse budgétaire et des chercheurs en finances publiques testent l’outil avant sa mise en ligne.',
        accountability: 'État d’avancement présenté chaque année à la commission des finances, et publié en ligne.',
      },
    },
    {
      id: 'access-to-information',
      keywords: [
        'accès à l’information',
        'droit d’accès',
        'demande* d’accès',
        'document* administrati*',
        'cada',
        'communication des documents',
        'liberté d’information',
        'transparence administrative',
        'demande* d’information*',
        'commissaire à l’information',
        'droit à l’information',
      ],
      source: 'Canada 2018-2020, engagement 7, jalon 7.3 (résumés des demandes d’accès déjà traitées)',
      examples: {
        indicator:
          'Part des administrations qui publient en ligne les résumés des demandes d’accès déjà traitées, avec les documents communiqués.',
        baseline:
          'En {{start-1|2024}}, 20 % des administrations centrales publient ces résumés (source : rapport annuel de la commission d’accès).',
        target: '50 % des administrations en juin {{start|2025}}, 75 % en juin {{end|2026}}.',
        milestones:
          'Guide en langage clair sur les exceptions au droit d’accès – juin {{start|2025}} – secrétariat général\nFormulaire de demande en ligne ouvert à 50 nouvelles administrations – décembre {{start|2025}} – direction du numérique\nRésumés publiés par 75 % des administrations – juin {{end|2026}} – secrétariat général',
        cost: '60 000 € pour le formulaire en ligne, et le temps des responsables d’accès déjà en poste.',
        lead: 'Secrétariat général du gouvernement, responsable ministériel de l’accès aux documents administratifs.',
        partners:
          'Des associations de journalistes et d’usagers testent le formulaire et le guide (deux séries de tests au moins).',
        audience: 'Les demandeurs de documents : usagers, journalistes, chercheurs, associations.',
      },
    },
    {
      id: 'proactive-publication',
      keywords: [
        'publication proactive',
        'divulgation proactive',
        'diffusion proactive',
        'transparence proactive',
        'transparence active',
        'publication obligatoire',
        'publication systématique',
        'publier systématiquement',
        'indice d’ouverture',
        'ouverture par défaut',
        'journal officiel',
        'légifrance',
        'publication des textes',
        'accès aux textes',
      ],
      source:
        'Monténégro 2018-2021, ME0059 (publication proactive des informations), évalué par le Mécanisme d’évaluation indépendant (MEI)',
      examples: {
        indicator:
          'Part des ministères qui assurent la publication proactive sur leur site de chaque catégorie d’informations que la loi énumère (organisation, budget, marchés, décisions), vérifiée chaque semestre.',
        baseline:
          'En {{start-1|2024}}, 11 ministères sur 17 publient toutes les catégories prévues et 4 les tiennent à jour (source : indice d’ouverture d’un observatoire associatif).',
        target:
          'Les 17 ministères publient toutes les catégories prévues, mises à jour sous 30 jours, d’ici juin {{end|2026}}.',
        milestones:
          'Décret fixant les catégories de publication obligatoire et leur délai de mise à jour – mars {{start|2025}} – secrétariat général du gouvernement\nModèle commun de publication pour les sites des ministères – septembre {{start|2025}} – ministère de la fonction publique\nPremier bilan semestriel de conformité publié – janvier {{end|2026}} – secrétariat général du gouvernement',
        cost: '35 000 € pour le modèle et les bilans, sur le budget du secrétariat général ; les référents déjà en poste dans chaque ministère.',
        lead: 'Secrétariat général du gouvernement, mission transparence et accès à l’information.',
        partners:
          'L’observatoire associatif qui mesure l’ouverture note chaque ministère ; ses notes et le bilan de l’État sont publiés ensemble.',
        audience:
          'Les citoyens, journalistes et entreprises qui cherchent une information officielle sans avoir à la demander.',
      },
    },
    {
      id: 'archives',
      keywords: [
        'archives',
        'archivage',
        'archivisti*',
        'archiviste*',
        'gestion des documents',
        'gestion documentaire',
        'records',
        'tableau* de gestion',
        'conservation numérique',
      ],
      source:
        'Guatemala 2016-2018, GT0066 (archives institutionnelles avec la loi d’accès à l’information), évalué par le Mécanisme d’évaluation indépendant (MEI)',
      sources: {
        accountability:
          'Royaume-Uni 2013-2015, UK0051 (legislation.gov.uk tenu à jour), évalué par le Mécanisme d’évaluation indépendant (MEI)',
      },
      examples: {
        indicator:
          'Part des ministères dotés d’un tableau de gestion des archives approuvé dont les versements aux archives se font dans les délais.',
        baseline:
          'En {{start-1|2024}}, 6 ministères sur 20 ont un tableau de gestion approuvé ; les versements ont en moyenne 8 ans de retard (source : rapport d’inspection des archives).',
        target:
          'Tous les ministères dotés d’un tableau approuvé, et des versements à moins de 2 ans de retard, d’ici fin {{end|2026}}.',
        milestones:
          'Référentiel de gestion des documents publié – mars {{start|2025}} – archives nationales\nTableaux de gestion approuvés pour 10 ministères – décembre {{start|2025}} – missions des archives des ministères\nCatalogue en ligne des fonds versés ouvert – septembre {{end|2026}} – archives nationales',
        cost: '250 000 € sur deux ans pour le catalogue et la formation, et un archiviste par ministère.',
        lead: 'Archives nationales, département de la gestion des documents.',
        partners:
          'Des associations d’archivistes et d’historiens et des demandeurs réguliers relisent le référentiel et testent le catalogue.',
        accountability:
          'L’avancement figure parmi les indicateurs du rapport annuel des archives nationales remis au Parlement.',
        audience:
          'Les responsables des documents dans les ministères, les chercheurs, et les personnes qui cherchent des documents les concernant.',
      },
    },
    {
      id: 'participation',
      keywords: [
        'participation citoyenne',
        'participation du public',
        'consultation*',
        'concertation*',
        'co-construction',
        'coconstruction',
        'participati*',
        'dialogue inclusif',
        'débat* public*',
        'panel* citoyen*',
        'convention* citoyenne*',
        'assemblée* citoyenne*',
        'pétition*',
        'démocratie numérique',
        'sans but lucratif',
      ],
      source: 'Canada 2018-2020, engagement 8, jalon 8.1 (pratiques de dialogue inclusif)',
      sources: {
        milestones:
          'Croatie 2012-2014, HR0009 (consultation du public sur les projets de texte), évalué par le Mécanisme d’évaluation indépendant (MEI)',
      },
      examples: {
        indicator:
          'Nombre de consultations publiques qui publient, à leur clôture, la synthèse des contributions et la réponse motivée de l’administration.',
        baseline:
          'En {{start-1|2024}}, 6 consultations sur 25 publient une synthèse, aucune ne répond aux contributions (source : recensement du secrétariat général).',
        target:
          'Toutes les consultations nationales publient synthèse et réponses dans les 3 mois, d’ici fin {{end|2026}} ; 10 séances tenues avec des associations de publics éloignés.',
        milestones:
          'Règle imposant un rapport de consultation joint aux projets de texte – juin {{start|2025}} – secrétariat général\nPlateforme unique de consultation en ligne – décembre {{start|2025}} – direction du numérique\nGuide des pratiques inclusives publié – juin {{end|2026}} – centre de la participation',
        cost: '150 000 € pour la plateforme et les séances en région, et un animateur à temps plein.',
        lead: 'Centre interministériel de la participation citoyenne, responsable des consultations.',
        partners:
          'Des associations représentant les publics peu entendus co-organisent les séances et relisent le guide.',
        accountability:
          'Bilan annuel des consultations (nombre, participants, suites données) publié et présenté au forum multi-acteurs.',
      },
    },
    {
      id: 'justice',
      keywords: [
        'justice',
        'judiciaire*',
        'tribuna*',
        'juridiction*',
        'décisions de justice',
        'aide juridique',
        'aide juridictionnelle',
        'magistrat*',
        'procureur*',
        'police*',
        'pénal*',
        'détention*',
        'accès au droit',
      ],
      source: 'Canada 2022-2024, engagement 4, jalon 4.1 (données sur la justice, ventilées)',
      sources: {
        indicator: 'États-Unis 2022-2024, engagement US0147 (données sur l’action de la police)',
        target:
          'Slovaquie 2015-2017, SK0055 (publication des noms des procureurs), évalué par le Mécanisme d’évaluation indépendant (MEI)',
      },
      examples: {
        indicator:
          'Publication annuelle des données de l’aide juridictionnelle et des délais de jugement, ventilées par juridiction, sexe et âge.',
        baseline:
          'En {{start-1|2024}}, les délais de jugement sont publiés par grande catégorie seulement, sans ventilation (source : annuaire statistique de la justice).',
        target: 'Un rapport annuel ventilé publié en données ouvertes chaque mois de mai, à partir de {{end|2026}}.',
        milestones:
          'Liste des variables ventilées arrêtée avec les juridictions – mars {{start|2025}} – service statistique du ministère\nPremier rapport ventilé publié – mai {{end|2026}} – service statistique du ministère\nPage d’information sur l’accès au droit mise à jour – décembre {{end|2026}} – service de l’accès au droit',
        cost: '90 000 € pour l’extraction des données et un statisticien à temps plein.',
        lead: 'Ministère de la Justice, service statistique ministériel.',
        partners:
          'Des associations d’aide aux justiciables et des chercheurs en droit disent quelles ventilations sont utiles.',
      },
    },
    {
      id: 'integrity',
      keywords: [
        'corruption*',
        'anticorruption',
        'représentant* d’intérêt*',
        'intégrité',
        'lanceur* d’alerte',
        'conflit* d’intérêt*',
        'déontolog*',
        'déclaration* de patrimoine',
        'probité',
        'hatvp',
        'agenda* des ministres',
        'lobby*',
        'lanceur* d’alertes',
        'déclaration* d’intérêt*',
        'financement* des partis',
        'financement* politique*',
        'comptes de campagne',
        'campagne* électorale*',
        'financement* de la vie politique',
        'code* de conduite',
      ],
      source:
        'Irlande 2021-2023, IE0051 (révision de la loi sur le lobbying), évalué par le Mécanisme d’évaluation indépendant (MEI)',
      sources: { milestones: 'États-Unis 2022-2024, engagement US0138 (protection des lanceurs d’alerte)' },
      examples: {
        indicator:
          'Part des rencontres entre représentants d’intérêts et décideurs publics déclarées dans le registre dans le délai légal.',
        baseline:
          'En {{start-1|2024}}, 1 200 déclarations d’activité, dont 30 % déposées après le délai (source : rapport annuel de l’autorité de contrôle).',
        target:
          '90 % des déclarations déposées dans le délai, et agendas des ministres publiés chaque mois, d’ici fin {{end|2026}}.',
        milestones:
          'Bilan public de la loi sur la représentation d’intérêts – juin {{start|2025}} – autorité de contrôle\nProjet de décret étendant le registre aux agendas des ministres – décembre {{start|2025}} – secrétariat général\nCanal unique de signalement pour les lanceurs d’alerte ouvert – juin {{end|2026}} – ministère de la Fonction publique',
        cost: '300 000 € pour le registre et le canal de signalement, et 3 contrôleurs à temps plein.',
        lead: 'Autorité de contrôle de la transparence de la vie publique, direction des répertoires.',
        partners: 'Des associations anticorruption relisent le bilan et publient leur propre évaluation du registre.',
        accountability: 'Rapport annuel de l’autorité remis au Parlement et publié.',
      },
    },
    {
      id: 'health',
      keywords: [
        'santé',
        'sanitaire*',
        'hôpita*',
        'hospitali*',
        'médicament*',
        'patient*',
        'soins',
        'soignant*',
        'épidémi*',
        'vaccin*',
        'assurance maladie',
        'santé mentale',
        'santé publique',
      ],
      source: 'États-Unis 2022-2024, engagement US0143, jalon US0143.2 (ligne d’urgence en santé mentale)',
      sources: { partners: 'Canada 2022-2024, engagement 5, jalon 5.2 (science citoyenne en santé)' },
      examples: {
        indicator:
          'Délai moyen de réponse et taux d’appels décrochés de la ligne d’écoute en santé mentale, publiés chaque trimestre par région.',
        baseline:
          'En {{start-1|2024}}, 78 % des appels décrochés, délai moyen de 4 minutes (source : rapport d’activité de l’agence de santé).',
        target: '95 % des appels décrochés en moins de 2 minutes, dans toutes les régions, d’ici fin {{end|2026}}.',
        milestones:
          'Tableau de bord trimestriel en ligne – juin {{start|2025}} – agence nationale de santé publique\nFinancement de 10 centres d’appels régionaux supplémentaires – décembre {{start|2025}} – ministère de la Santé\nÉvaluation publique du service – septembre {{end|2026}} – agence nationale de santé publique',
        cost: '4 000 000 € par an pour les centres d’appels, sur le budget de la santé publique.',
        lead: 'Ministère de la Santé, direction générale de la santé, sous-direction de la santé mentale.',
        partners: 'Des associations de patients et d’usagers participent à l’évaluation du service.',
        audience: 'Les personnes en détresse psychique, leurs proches et les professionnels qui les orientent.',
      },
    },
    {
      id: 'environment',
      keywords: [
        'climat*',
        'environnement*',
        'gaz à effet de serre',
        'émission* de gaz',
        'énergie*',
        'énergétique*',
        'biodiversité',
        'pollution*',
        'carbone',
        'transition écologique',
        'étude* d’impact',
      ],
      source: 'Canada 2022-2024, engagement 1, jalon 1.4 (données climatiques pour l’adaptation)',
      sources: {
        milestones:
          'Sri Lanka 2016-2018, LK0007 (droit du public de commenter les études d’impact), évalué par le Mécanisme d’évaluation indépendant (MEI)',
      },
      examples: {
        indicator:
          'Nombre d’utilisateurs (collectivités, entreprises, particuliers) des services de données climatiques, mesuré chaque année.',
        baseline:
          'En {{start-1|2024}}, 42 000 utilisateurs du portail de services climatiques (source : statistiques de fréquentation).',
        target:
          '+10 % d’utilisateurs d’ici {{end|2026}} par rapport à {{start-1|2024}}, et les émissions de gaz à effet de serre par secteur publiées chaque année en données ouvertes.',
        milestones:
          'Enquête sur les besoins des utilisateurs de données climatiques – juin {{start|2025}} – service climatique national\nÉtudes d’impact soumises aux commentaires du public en ligne pendant 30 jours – décembre {{start|2025}} – ministère de la Transition écologique\nNouvelles projections locales publiées – juin {{end|2026}} – service climatique national',
        cost: '500 000 € sur deux ans pour le portail et les projections locales.',
        lead: 'Ministère de la Transition écologique, service des données et études statistiques.',
        partners:
          'Des associations environnementales et des collectivités testent le portail et proposent les données à ajouter.',
        audience: 'Les collectivités et les entreprises qui préparent leur adaptation au changement climatique.',
      },
    },
    {
      id: 'digital-services',
      keywords: [
        'algorithm*',
        'gouvernement numérique',
        'administration numérique',
        'intelligence artificielle',
        'ia',
        'décision* automatisée*',
        'service* numérique*',
        'démarche* en ligne',
        'dématérialis*',
        'tableau de bord des services',
        'administration électronique',
        'e-gouvernement',
        'services administratifs',
        'guichet* unique*',
        'inclusion numérique',
        'fracture numérique',
        'accessibilité numérique',
      ],
      source:
        'Canada 2018-2020, engagement 4, jalon 4.7 (transparence de l’intelligence artificielle dans les services publics)',
      sources: {
        indicator: 'Canada 2018-2020, engagement 4, jalon 4.4 (tableau de bord des services)',
        target:
          'Australie 2023-2025, AU0024 (transparence des décisions automatisées et de l’intelligence artificielle), évalué par le Mécanisme d’évaluation indépendant (MEI)',
      },
      examples: {
        indicator:
          'Part des algorithmes utilisés pour des décisions individuelles qui sont inventoriés publiquement avec leur évaluation d’impact.',
        baseline:
          'En {{start-1|2024}}, 12 algorithmes publics sont décrits en ligne, sans évaluation d’impact (source : inventaire de la direction du numérique).',
        target:
          'Tous les systèmes de décision automatisée inventoriés avec une évaluation d’impact publiée, d’ici fin {{end|2026}}.',
        milestones:
          'Directive sur les décisions automatisées – janvier {{start|2025}} – direction du numérique\nOutil d’évaluation de l’impact algorithmique en ligne – juillet {{start|2025}} – direction du numérique\nInventaire public complet – décembre {{end|2026}} – ministères',
        cost: '150 000 € pour l’outil d’évaluation et 2 experts en données à temps plein.',
        lead: 'Direction du numérique de l’État, pôle éthique des algorithmes.',
        partners:
          'Des chercheurs et des associations de défense des droits relisent la directive et testent l’outil d’évaluation.',
        audience: 'Les usagers concernés par une décision automatisée et les agents qui conçoivent ces systèmes.',
      },
    },
    {
      id: 'parliament',
      // Les noms des parlements (« Assemblée nationale », Knesset, Sejm...) sont dans `names`, ici et en anglais.
      names: [
        'parlement*',
        'assemblée nationale',
        'sénat',
        'chambre des représentants',
        'chambre des conseillers',
        'chambre des députés',
        'congrès',
      ],
      keywords: [
        'député*',
        'sénateur*',
        'amendement*',
        'commission* parlementaire*',
        'proposition* de loi',
        'procédure* législative*',
        'travaux législatifs',
        'activité* législative*',
        'pouvoir législatif',
      ],
      source:
        'Uruguay 2022-2024, UY0160 (participation citoyenne numérique au Parlement), évalué par le Mécanisme d’évaluation indépendant (MEI)',
      sources: {
        indicator:
          'Nouvelle-Zélande 2016-2018, NZ0010 (accès à la législation), évalué par le Mécanisme d’évaluation indépendant (MEI)',
      },
      examples: {
        indicator:
          'Part des textes en discussion au Parlement dont les amendements, votes et auditions sont publiés en données ouvertes dans les 24 heures.',
        baseline:
          'En {{start-1|2024}}, les votes sont publiés en PDF sous 5 jours, les amendements ne sont pas réutilisables (source : services de l’Assemblée).',
        target:
          'Votes et amendements publiés en données ouvertes sous 24 heures, et une plateforme où le public commente les propositions de loi, d’ici fin {{end|2026}}.',
        milestones:
          'Format ouvert des votes et amendements adopté par le bureau – mars {{start|2025}} – secrétariat général de l’Assemblée\nPlateforme de contributions citoyennes ouverte – janvier {{end|2026}} – secrétariat général de l’Assemblée\nBilan public des contributions reçues – décembre {{end|2026}} – commission chargée de la participation',
        cost: '180 000 € sur le budget de l’Assemblée, et un développeur à temps plein.',
        lead: 'Secrétariat général de l’Assemblée, direction de la communication et de l’information.',
        partners: 'Des associations de transparence parlementaire réutilisent les données et signalent les manques.',
        accountability: 'Bilan annuel présenté au bureau de l’Assemblée et publié.',
      },
    },
    {
      id: 'local-government',
      keywords: [
        'collectivités territoriales',
        'collectivité territoriale',
        'collectivités locales',
        'collectivité locale',
        'commune',
        'communes',
        'municipa*',
        'territoria*',
        'élus locaux',
        'maire',
        'maires',
        'intercommuna*',
        'métropole*',
        'budgets locaux',
        'gouvernement* locau*',
        'délibération*',
        'association* d’élus',
      ],
      source:
        'Arménie 2018-2020, AM0038 (sites internet des communes), évalué par le Mécanisme d’évaluation indépendant (MEI)',
      sources: {
        indicator:
          'Ukraine 2020-2022, UA0087 (indicateurs des budgets locaux), évalué par le Mécanisme d’évaluation indépendant (MEI)',
      },
      examples: {
        indicator:
          'Nombre de communes de plus de 3 500 habitants qui publient en ligne leur budget, leurs délibérations et leurs marchés dans un format commun.',
        baseline:
          'En {{start-1|2024}}, 30 % de ces communes publient leurs délibérations, 10 % leur budget en données ouvertes (source : observatoire des données locales).',
        target: '60 % des communes concernées publient les trois jeux dans le format commun d’ici fin {{end|2026}}.',
        milestones:
          'Modèle de site et format commun des délibérations publiés – juin {{start|2025}} – ministère chargé des collectivités\nAccompagnement de 200 communes pilotes – décembre {{start|2025}} – associations d’élus\nBilan par département publié – octobre {{end|2026}} – ministère chargé des collectivités',
        cost: '400 000 € de dotation pour l’accompagnement, et 3 équivalents temps plein répartis dans les préfectures.',
        lead: 'Ministère chargé des collectivités territoriales, direction générale des collectivités locales.',
        partners:
          'Les associations d’élus relaient le dispositif ; une association de réutilisateurs de données locales teste le format.',
        audience: 'Les habitants et les élus d’opposition qui suivent les décisions de leur commune.',
      },
    },
    {
      id: 'youth-education',
      keywords: [
        'jeune',
        'jeunes',
        'jeunesse',
        'élève',
        'élèves',
        'école',
        'écoles',
        'enseignant*',
        'éducation*',
        'éducati*',
        'scolaire*',
        'étudiant*',
        'collège*',
        'lycée*',
        'pédagogi*',
      ],
      source: 'Canada 2018-2020, engagement 1, jalon 1.2 (ressources sur le gouvernement ouvert pour les enseignants)',
      examples: {
        indicator:
          'Nombre d’enseignants qui utilisent les ressources pédagogiques sur le gouvernement ouvert, et leur satisfaction mesurée par questionnaire.',
        baseline:
          'En {{start-1|2024}}, aucune ressource pédagogique sur le gouvernement ouvert n’existe (source : recensement du ministère de l’Éducation).',
        target: 'Au moins 500 enseignants utilisateurs et 70 % satisfaits, d’ici mars {{end|2026}}.',
        milestones:
          'Ressources pédagogiques rédigées et publiées – juin {{start|2025}} – direction de l’enseignement scolaire\nPrésentation à 50 enseignants formateurs – novembre {{start|2025}} – académies\nQuestionnaire de satisfaction et bilan publiés – mars {{end|2026}} – direction de l’enseignement scolaire',
        cost: '60 000 € pour la rédaction et la diffusion, sur le budget de l’éducation civique.',
        lead: 'Ministère de l’Éducation nationale, direction générale de l’enseignement scolaire.',
        partners:
          'Des associations d’éducation à la citoyenneté et des conseils de jeunes testent les ressources en classe.',
        audience: 'Les enseignants de collège et de lycée, et leurs élèves.',
      },
    },
    {
      id: 'gender',
      keywords: [
        'genre',
        'égalité femmes-hommes',
        'égalité entre les femmes',
        'femme',
        'femmes',
        'sexospécifique*',
        'violences faites aux femmes',
        'violences sexistes',
        'parité',
        'analyse comparative entre les sexes',
        'acs',
        'ventilé* par sexe',
        'sensible* au genre',
      ],
      source: 'Canada 2018-2020, engagement 8, jalon 8.6 (données sur le genre et l’inclusion)',
      sources: {
        indicator:
          'Ukraine 2020-2022, UA0100 (données ventilées par sexe), évalué par le Mécanisme d’évaluation indépendant (MEI)',
      },
      examples: {
        indicator:
          'Nombre d’indicateurs statistiques publiés ventilés par sexe, et part des mesures budgétaires nouvelles accompagnées d’une analyse de leur effet selon le sexe.',
        baseline:
          'En {{start-1|2024}}, 20 indicateurs ventilés par sexe publiés, aucune mesure budgétaire analysée (source : institut statistique).',
        target:
          'Plus de 50 indicateurs ventilés publiés en juin {{start|2025}} ; toutes les mesures de la loi de finances {{end+1|2027}} analysées.',
        milestones:
          'Publication de 50 indicateurs ventilés par sexe – juin {{start|2025}} – institut statistique\nGuide d’analyse budgétaire sensible au genre – décembre {{start|2025}} – direction du budget\nRapport annuel sur les violences sexistes publié – juin {{end|2026}} – ministère chargé de l’égalité',
        cost: '100 000 € et un équivalent temps plein à l’institut statistique, sur deux ans.',
        lead: 'Ministère chargé de l’égalité entre les femmes et les hommes, service des droits des femmes.',
        partners:
          'Des associations féministes et des chercheuses disent quelles données manquent et relisent le rapport.',
      },
    },
    {
      id: 'media',
      keywords: [
        'désinformation',
        'mésinformation',
        'média',
        'médias',
        'médiatique*',
        'journaliste*',
        'journalisme',
        'presse',
        'fausses nouvelles',
        'infox',
        'éducation aux médias',
        'pluralisme',
        'liberté de la presse',
        'audiovisuel*',
        'radiodiffus*',
      ],
      source: 'Canada 2022-2024, engagement 2, jalon 2.1 (lutte contre la désinformation)',
      sources: {
        indicator:
          'Croatie 2014-2016, HR0017 (transparence des médias), évalué par le Mécanisme d’évaluation indépendant (MEI)',
      },
      examples: {
        indicator:
          'Nombre de projets d’éducation aux médias financés et de personnes touchées ; publication des propriétaires des médias d’information.',
        baseline:
          'En {{start-1|2024}}, 15 projets financés touchant 20 000 personnes ; la propriété des médias n’est pas publiée (source : ministère de la Culture).',
        target:
          '40 projets et 100 000 personnes touchées d’ici fin {{end|2026}}, et un registre public des propriétaires de médias en ligne.',
        milestones:
          'Appel à projets d’éducation aux médias – mars {{start|2025}} – ministère de la Culture\nRegistre public de la propriété des médias – décembre {{start|2025}} – autorité de régulation\nConférence annuelle sur la désinformation et bilan publié – juin {{end|2026}} – ministère de la Culture',
        cost: '2 000 000 € par an pour les projets, sur le programme presse et médias.',
        lead: 'Ministère de la Culture, direction générale des médias et des industries culturelles.',
        partners:
          'Des rédactions, des associations de vérification des faits et des chercheurs choisissent les projets avec l’État.',
        audience: 'Les jeunes, les enseignants et les publics les plus exposés à la désinformation.',
      },
    },
    {
      id: 'science',
      keywords: [
        'science ouverte',
        'recherche',
        'chercheur*',
        'chercheuse*',
        'scientifique*',
        'publication* scientifique*',
        'accès ouvert',
        'archive* ouverte*',
        'données de la recherche',
        'science* participative*',
        'université*',
        'laboratoire*',
      ],
      source: 'Canada 2018-2020, engagement 5, jalon 5.1 (feuille de route pour la science ouverte)',
      sources: { target: 'États-Unis 2022-2024, engagement US0116 (accès public aux recherches financées par l’État)' },
      examples: {
        indicator:
          'Part des publications issues de recherches financées sur fonds publics disponibles en accès ouvert dès leur parution.',
        baseline:
          'En {{start-1|2024}}, 55 % des publications financées sur fonds publics sont en accès ouvert (source : baromètre de la science ouverte).',
        target:
          '100 % des publications financées en accès ouvert immédiat, avec leurs données, à partir de fin {{end|2026}}.',
        milestones:
          'Feuille de route nationale pour la science ouverte publiée – juin {{start|2025}} – ministère de la Recherche\nPlans d’action des organismes de recherche publiés – mars {{end|2026}} – organismes de recherche\nDix séances d’échanges avec les chercheurs et le public – juin {{end|2026}} – ministère de la Recherche',
        cost: '1 500 000 € pour l’archive ouverte et les frais de publication, et 2 équivalents temps plein.',
        lead: 'Ministère de la Recherche, comité pour la science ouverte.',
        partners:
          'Les universités, les bibliothèques et des associations de science participative relisent la feuille de route.',
      },
    },
    {
      id: 'service-charters',
      keywords: [
        'charte* des services publics',
        'charte* marianne',
        'référentiel marianne',
        'services publics+',
        'qualité de service*',
        'qualité des services publics',
        'satisfaction des usagers',
        'expérience usager*',
        'engagement* de service*',
        'standard* de service*',
        'accueil des usagers',
        'délivrance des services publics',
        'temps d’attente',
        'délai* d’attente',
      ],
      source: 'États-Unis 2022-2024, engagement US0125 (expérience usager et qualité des services)',
      sources: {
        partners:
          'Indonésie 2016-2018, ID0083 (suivi par le public de la qualité des services de la ville), évalué par le Mécanisme d’évaluation indépendant (MEI)',
      },
      examples: {
        indicator:
          'Part des services publics les plus fréquentés qui publient leurs engagements de service et, chaque trimestre, leurs résultats (délais d’attente, satisfaction des usagers).',
        baseline:
          'En {{start-1|2024}}, 12 des 40 services les plus fréquentés publient des résultats, chacun à sa façon (source : baromètre de la qualité des services publics).',
        target:
          'Les 40 services publient chaque trimestre leurs résultats selon une charte commune, et les délais d’attente moyens baissent d’un quart, d’ici fin {{end|2026}}.',
        milestones:
          'Charte commune des engagements de service publiée – mars {{start|2025}} – direction de la transformation publique\nPremiers résultats trimestriels publiés par 20 services – septembre {{start|2025}} – services concernés\nRésultats des 40 services en ligne, avec les réponses aux avis des usagers – juin {{end|2026}} – direction de la transformation publique',
        cost: '250 000 € pour les enquêtes de satisfaction et la publication, et 2 équivalents temps plein.',
        lead: 'Direction de la transformation publique, mission qualité de service.',
        partners:
          'Des associations d’usagers choisissent les services suivis et commentent les résultats chaque trimestre.',
        accountability: 'Résultats trimestriels publiés en ligne ; bilan annuel présenté au Parlement.',
        audience: 'Les usagers des démarches les plus fréquentes : familles, retraités, demandeurs d’emploi.',
      },
    },
    {
      id: 'human-rights',
      keywords: [
        'droits de l’homme',
        'droits humains',
        'droits fondamentaux',
        'défenseur des droits',
        'observations finales',
        'examen périodique universel',
        'epu',
        'organe* de traité*',
        'organe* des traités',
        'cncdh',
        'droits de l’enfant',
        'discrimination*',
        'liberté* d’association',
        'liberté de réunion',
        'défenseur* des droits humains',
        'torture',
      ],
      source:
        'Sri Lanka 2019-2021, LK0035 (suivi des observations finales du Comité pour l’élimination de la discrimination à l’égard des femmes), évalué par le Mécanisme d’évaluation indépendant (MEI)',
      sources: {
        partners:
          'Jordanie 2016-2018, JO0062 (mécanisme national de plaintes pour atteinte aux droits de l’homme), évalué par le Mécanisme d’évaluation indépendant (MEI)',
      },
      examples: {
        indicator:
          'Part des recommandations des organes des traités et de l’examen périodique universel dont la suite est publiée (mesure, responsable, échéance, avancement).',
        baseline:
          'En {{start-1|2024}}, 180 recommandations en cours ; 25 % ont une suite publiée, aucune avec une échéance (source : tableau de suivi interministériel des droits de l’homme).',
        target:
          'Toutes les recommandations avec une suite publiée et mise à jour chaque semestre, d’ici fin {{end|2026}}.',
        milestones:
          'Tableau public de suivi des recommandations sur les droits de l’homme en ligne – juin {{start|2025}} – délégation aux droits de l’homme\nChaque ministère concerné inscrit les mesures dans son programme de travail – décembre {{start|2025}} – secrétariats généraux\nRapport d’étape débattu avec la commission nationale consultative des droits de l’homme – juin {{end|2026}} – délégation aux droits de l’homme',
        cost: '90 000 € pour l’outil de suivi et les consultations, et un équivalent temps plein.',
        lead: 'Délégation interministérielle aux droits de l’homme, auprès du Premier ministre.',
        partners:
          'La commission nationale consultative des droits de l’homme et des associations de défense des droits commentent chaque rapport d’étape ; un guichet unique reçoit les plaintes.',
        accountability: 'Rapport annuel de suivi remis au Parlement et publié.',
      },
    },
    {
      id: 'volunteering',
      keywords: [
        'bénévol*',
        'volontariat',
        'service civique',
        'réserve civique',
        'vie associative',
        'secteur associatif',
        'tiers secteur',
        'fdva',
        'mécénat',
        'associations loi 1901',
        'engagement* bénévole*',
        'loi* sur le bénévolat',
      ],
      source:
        'Bulgarie 2022-2024, BG0089 (cadre juridique du bénévolat), évalué par le Mécanisme d’évaluation indépendant (MEI)',
      sources: {
        indicator:
          'République tchèque 2016-2018, CZ0020 (soutien au bénévolat), évalué par le Mécanisme d’évaluation indépendant (MEI)',
      },
      examples: {
        indicator:
          'Nombre de bénévoles inscrits sur la plateforme publique des missions, et part des associations qui y déclarent leurs besoins en bénévoles.',
        baseline:
          'En {{start-1|2024}}, 10 % des adultes font du bénévolat régulier ; la plateforme compte 30 000 inscrits (source : enquête annuelle sur la vie associative).',
        target:
          'Une loi sur le bénévolat adoptée, 80 000 bénévoles inscrits et les compétences des bénévoles reconnues par un certificat, d’ici fin {{end|2026}}.',
        milestones:
          'Projet de loi sur le statut des bénévoles soumis à consultation publique – mars {{start|2025}} – ministère chargé de la vie associative\nPlateforme des missions bénévoles ouverte à toutes les associations – octobre {{start|2025}} – agence du service civique\nPremiers certificats de compétences bénévoles délivrés – juin {{end|2026}} – ministère chargé de la vie associative',
        cost: '400 000 € pour la plateforme et la certification, et 2 équivalents temps plein.',
        lead: 'Ministère chargé de la vie associative, bureau du bénévolat.',
        partners:
          'Le conseil de la vie associative et des réseaux de bénévoles rédigent le projet de loi avec le ministère.',
      },
    },
    {
      id: 'civil-service',
      keywords: [
        'fonction publique',
        'fonctionnaire*',
        'agents publics',
        'emploi public',
        'emplois publics',
        'recrutement*',
        'concours',
        'statut général',
        'postes vacants',
        'vacance* de poste*',
        'mérite',
        'dépolitis*',
        'gestion des ressources humaines',
      ],
      source:
        'République tchèque 2014-2016, CZ0007 (nouvelle loi sur la fonction publique), évalué par le Mécanisme d’évaluation indépendant (MEI)',
      examples: {
        indicator:
          'Part des postes de la fonction publique pourvus après un appel public à candidatures publié en ligne avec ses critères de sélection.',
        baseline:
          'En {{start-1|2024}}, 55 % des postes vacants sont publiés en ligne ; aucun avec ses critères de sélection (source : rapport annuel sur l’état de la fonction publique).',
        target:
          'Tous les postes vacants publiés avec leurs critères, et les jurys des emplois de direction composés pour moitié de membres extérieurs, d’ici fin {{end|2026}}.',
        milestones:
          'Décret sur la publicité des postes vacants et des critères de sélection publié – avril {{start|2025}} – direction générale de la fonction publique\nTous les postes vacants publiés sur la place de l’emploi public – décembre {{start|2025}} – ministères employeurs\nPremier rapport public sur les recrutements de l’année – juin {{end|2026}} – direction générale de la fonction publique',
        cost: '150 000 € pour le site des offres et les jurys, et 2 équivalents temps plein.',
        lead: 'Direction générale de l’administration et de la fonction publique, bureau du recrutement.',
        partners: 'Les organisations syndicales de la fonction publique siègent au comité qui suit le décret.',
        accountability: 'Rapport annuel sur l’état de la fonction publique remis au Parlement.',
      },
    },
  ],
};
