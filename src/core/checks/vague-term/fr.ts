// Over 400 lines: data, not code: each term with its forms, roles and example sentences, kept in one file per
// language so a linguist reviews the whole lexicon at once.
// French data of the vague-term check. Each entry may carry `examples`: sentences where it must be flagged
// (the flagged words between braces) and sentences where it must not; test/unit/checks/examples.test.ts runs them all.
import type { VagueTermData } from '../lexicon/types';

export const fr: VagueTermData = {
  defaultExpected: ['publier', 'adopter', 'ouvrir', 'créer', 'former N agents'],
  terms: [
    {
      lemma: 'renforcer',
      nouns: ['renforcement'],
      expected: ['recruter N agents', 'porter le budget de X à Y', 'adopter un décret', 'publier'],
      examples: {
        flag: [
          'Engagement 2 – {Renforcer} la transparence des aides publiques aux entreprises.',
          'Le {renforcement} du contrôle des déclarations d’intérêts des élus locaux.',
          // Une durée borne l’action, elle ne la compte pas.
          'Le ministère va {renforcer} le contrôle des marchés d’ici deux ans.',
        ],
        info: [
          'Un registre des représentants d’intérêts sera publié afin de {renforcer} la confiance du public.',
          'Les contrôles {renforcés} visent les marchés de travaux.',
          // Un résultat rapporté au passé composé passif : le contexte, pas l’action.
          'Le cadre juridique a déjà été {renforcé} en 2019.',
        ],
      },
    },
    {
      lemma: 'promouvoir',
      nouns: ['promotion'],
      expected: ['publier un guide', 'organiser N ateliers', 'former N agents', 'rendre obligatoire'],
      examples: {
        flag: [
          // Le compte de la première action n’est pas celui de l’action coordonnée après « et ».
          'Appuyer dix étudiants en Afrique subsaharienne et {promouvoir} l’échange de connaissances.',
          'Le ministère de la Culture {promouvra} la réutilisation des données patrimoniales.',
          'Engagement 9 – La {promotion} de la participation citoyenne dans les collectivités.',
        ],
        info: [
          'La stratégie nationale {promouvra} l’usage des logiciels libres dans les administrations.',
          // Listé après un verbe d’une relative (« qui aspirent à consolider ») : il décrit ceux-là aussi.
          'Le centre aidera ceux qui aspirent à consolider la paix, à faire avancer la justice et à {promouvoir} les droits.',
        ],
      },
    },
    {
      lemma: 'favoriser',
      expected: ['créer', 'ouvrir', 'financer N projets', 'rendre obligatoire'],
      examples: {
        flag: ['Nous {favoriserons} la participation des jeunes aux consultations publiques.'],
        info: [
          // « peuvent », « pourrait » devant le verbe : une possibilité, pas un engagement.
          'Les collectivités peuvent {favoriser} la réutilisation des données qu’elles publient.',
          'Le nouveau portail {favorisera} la consultation des décisions des conseils municipaux.',
          // L'effet d'une chose : le sujet ne nomme personne qui agit.
          'La réforme du code électoral {favorisera} la participation des jeunes.',
        ],
      },
    },
    {
      lemma: 'poursuivre',
      nouns: ['poursuite'],
      expected: ['achever d’ici [date]', 'étendre à N services', 'publier'],
      examples: {
        flag: [
          'Le ministère {poursuivra} l’ouverture des codes sources des logiciels publics.',
          'Engagement 14 – {Poursuivre} l’ouverture des données de la commande publique.',
          'La {poursuite} de la publication des avis des autorités indépendantes.',
        ],
      },
    },
    {
      lemma: 'améliorer',
      nouns: ['amélioration'],
      expected: ['réduire le délai de X à Y jours', 'corriger', 'publier', 'refondre'],
      examples: {
        flag: [
          'Engagement 7 – {Améliorer} l’accès des citoyens aux documents administratifs.',
          'Les ministères {amélioreront} la qualité des données publiées sur leurs sites.',
          // The bracket names the department in charge, not the acronym of a name the word is part of.
          'Apporter des {améliorations} au portail des subventions (DINUM).',
        ],
        info: ['Une formation sera proposée aux agents pour {améliorer} le traitement des demandes d’accès.'],
      },
    },
    {
      lemma: 'développer',
      makes: true,
      nouns: ['développement'],
      expected: ['créer', 'ouvrir', 'publier le code source de', 'livrer'],
      examples: {
        flag: [
          'Nous {développerons} la culture de la donnée dans les ministères.',
          'Le {développement} de la participation des usagers à l’évaluation des services publics.',
        ],
        info: [
          'Le ministère {développera} un portail unique des subventions versées aux associations.',
          '{Développer} une infrastructure de science citoyenne d’ici 2024.',
          // L’avertissement est sur « Soutenir », le verbe qui gouverne le nom.
          'Soutenir le {développement} de centres de justice communautaires.',
        ],
        pass: [
          'Les subventions du Fonds pour le développement de la vie associative seront publiées chaque année.',
          'Emploi et Développement social Canada publiera les données de ses programmes de formation.',
        ],
      },
    },
    {
      lemma: 'accompagner',
      nouns: ['accompagnement'],
      expected: ['former N agents', 'conseiller N collectivités', 'financer'],
      examples: {
        flag: ['Les préfectures {accompagneront} les communes dans l’ouverture de leurs données.'],
        info: ['{Accompagner} 40 collectivités dans la publication de leurs budgets d’ici 2026.'],
      },
    },
    {
      lemma: 'faciliter',
      nouns: ['facilitation'],
      expected: ['supprimer l’étape', 'ouvrir un guichet', 'publier un guide'],
      examples: {
        flag: [
          // Un moyen lui-même vague ne rend pas l’action concrète.
          '{Faciliter} l’accès à l’information en améliorant le Service de demande en ligne.',
          'Engagement 6 – {Faciliter} l’accès aux délibérations des collectivités territoriales.',
          'Le gouvernement {facilitera} le dépôt des pétitions en ligne.',
        ],
      },
    },
    {
      lemma: 'sensibiliser',
      nouns: ['sensibilisation'],
      expected: ['former N agents', 'organiser N sessions', 'publier un guide'],
      examples: {
        flag: ['Nous {sensibiliserons} les agents publics aux règles de déontologie.'],
        info: [
          'Des ateliers de {sensibilisation} à la déontologie seront organisés dans chaque région.',
          // Objet d’un verbe flou, qui porte l’avertissement : un seul avertissement par expression floue.
          'Améliorer la transparence et la {sensibilisation} à l’IA dans les services publics.',
        ],
      },
    },
    {
      lemma: 'valoriser',
      nouns: ['valorisation'],
      expected: ['publier', 'présenter sur le portail', 'primer N projets'],
      examples: {
        flag: [
          'Le ministère {valorisera} les réutilisations des données publiques.',
          'La {valorisation} des initiatives citoyennes de contrôle de la dépense publique.',
        ],
      },
    },
    {
      lemma: 'encourager',
      nouns: ['encouragement'],
      expected: ['financer', 'rendre obligatoire', 'publier'],
      examples: {
        flag: [
          'Le gouvernement {encouragera} les collectivités à publier leurs délibérations.',
          'Engagement 11 – {Encourager} la publication des rapports d’audit des organismes publics.',
        ],
      },
    },
    {
      lemma: 'soutenir',
      // Fait, le soutien n’est toujours pas un résultat vérifiable (« les projets sont soutenus »).
      process: true,
      nouns: ['soutien'],
      expected: ['financer à hauteur de X', 'affecter N agents', 'subventionner N projets'],
      examples: {
        flag: [
          'L’État {soutiendra} les initiatives citoyennes de suivi de la dépense publique.',
          'Le {soutien} aux médias locaux d’information civique.',
          // « pour le développement » inside a name: « le » before a noun is an article, not a pronoun of a purpose.
          'Le Centre de recherches pour le développement international s’engage à fournir du {soutien} technique.',
        ],
        info: [
          'Avec le {soutien} de la Fondation Descartes, le ministère publiera un guide de vérification des faits.',
        ],
      },
    },
    {
      lemma: 'optimiser',
      nouns: ['optimisation'],
      expected: ['réduire de X %', 'automatiser', 'supprimer'],
      examples: {
        flag: [
          'Engagement 4 – {Optimiser} le traitement des demandes d’accès aux documents administratifs.',
          'L’{optimisation} du circuit de traitement des plaintes des usagers.',
        ],
      },
    },
    {
      lemma: 'moderniser',
      nouns: ['modernisation'],
      expected: ['remplacer', 'migrer vers', 'numériser'],
      examples: {
        flag: [
          'Le ministère de la Justice {modernisera} la diffusion des décisions de justice.',
          'La {modernisation} de l’archivage des courriels des ministres.',
        ],
      },
    },
    {
      lemma: 'simplifier',
      nouns: ['simplification'],
      expected: ['supprimer', 'fusionner', 'réduire à N pièces'],
      examples: {
        flag: [
          'Nous {simplifierons} les démarches des associations qui demandent une subvention.',
          'Engagement 8 – La {simplification} des démarches des associations.',
        ],
      },
    },
    {
      lemma: 'mobiliser',
      nouns: ['mobilisation'],
      expected: ['affecter un budget de X', 'réunir N partenaires', 'recruter'],
      examples: {
        flag: [
          // « en » devant un nom (« mise en oeuvre », « en ligne ») n’est pas un moyen.
          'Jalon 3.2 : {Mobiliser} les partenaires pour une mise en oeuvre coordonnée du registre.',
          'Les ministères {mobiliseront} les acteurs de la société civile autour de la transparence.',
          'La {mobilisation} des citoyens autour de la qualité de l’air.',
        ],
      },
    },
    {
      lemma: 'dynamiser',
      nouns: ['dynamisation'],
      expected: ['créer', 'financer N projets', 'ouvrir'],
      examples: {
        flag: [
          'Engagement 13 – {Dynamiser} la communauté des réutilisateurs de données publiques.',
          'Nous {dynamiserons} le réseau des administrateurs ministériels des données.',
        ],
      },
    },
    {
      lemma: 'consolider',
      nouns: ['consolidation'],
      // Not « pérenniser par un texte »: « pérenniser » is itself a vague verb (audit15, finding 6).
      expected: ['inscrire dans un décret', 'publier', 'adopter'],
      examples: {
        flag: [
          'Le gouvernement {consolidera} le dispositif de protection des lanceurs d’alerte.',
          'La {consolidation} du réseau des référents déontologues.',
        ],
      },
    },
    // The French administrative idiom (audit15, finding 6): verbs that name a management intention, not what will
    // exist at the end. Flagged where they stand for the action, as the terms above.
    {
      lemma: 'fluidifier',
      nouns: ['fluidification'],
      expected: ['réduire le délai de X à Y jours', 'supprimer l’étape', 'ouvrir un guichet unique'],
      examples: {
        flag: [
          'La direction {fluidifiera} les échanges avec les usagers.',
          'Engagement 5 – {Fluidifier} le traitement des demandes d’accès aux documents administratifs.',
        ],
        info: ['Un guichet unique sera ouvert en juin 2026 afin de {fluidifier} les échanges avec les usagers.'],
      },
    },
    {
      lemma: 'impulser',
      expected: ['lancer un appel à projets de X €', 'créer', 'publier'],
      examples: {
        flag: [
          'La direction {impulsera} une dynamique d’ouverture des données.',
          'Le secrétariat général {impulsera} la démarche de participation dans les ministères.',
        ],
      },
    },
    {
      lemma: 'mutualiser',
      nouns: ['mutualisation'],
      expected: ['publier un recueil de N pratiques', 'créer une plateforme commune', 'ouvrir à N ministères'],
      examples: {
        flag: [
          'La direction {mutualisera} les bonnes pratiques des ministères.',
          'La {mutualisation} des outils de consultation entre ministères.',
        ],
      },
    },
    {
      lemma: 'structurer',
      expected: ['publier une feuille de route', 'nommer un responsable', 'créer un comité'],
      examples: {
        flag: [
          '{Structurer} la démarche d’ouverture des données.',
          'La direction va {structurer} la démarche d’ouverture des données.',
        ],
        pass: ['Le ministère publiera des données structurées sur data.gouv.fr en juin 2026.'],
      },
    },
    {
      lemma: 'approfondir',
      nouns: ['approfondissement'],
      expected: ['organiser N réunions', 'publier', 'associer N organisations'],
      examples: {
        flag: [
          '{Approfondir} le dialogue avec la société civile.',
          'Le ministère {approfondira} le dialogue avec les associations d’usagers.',
        ],
      },
    },
    {
      lemma: 'décloisonner',
      nouns: ['décloisonnement'],
      expected: ['créer une équipe commune', 'partager les données entre N services', 'fusionner'],
      examples: {
        flag: ['{Décloisonner} les services.', 'Le {décloisonnement} des administrations centrales et locales.'],
      },
    },
    {
      lemma: 'capitaliser',
      expected: ['publier un bilan', 'publier un recueil de N pratiques'],
      examples: {
        flag: [
          'La direction {capitalisera} les retours d’expérience des collectivités.',
          'Le ministère va {capitaliser} sur les expérimentations menées en région.',
        ],
      },
    },
    {
      lemma: 'outiller',
      expected: ['fournir un logiciel à N agents', 'publier un guide', 'former N agents'],
      examples: {
        flag: ['La direction {outillera} les agents chargés des consultations.'],
      },
    },
    {
      lemma: 'pérenniser',
      nouns: ['pérennisation'],
      expected: ['inscrire dans un décret', 'inscrire au budget', 'adopter'],
      examples: {
        flag: [
          'Le ministère {pérennisera} le dispositif de budget participatif.',
          'La {pérennisation} du forum multi-acteurs.',
        ],
      },
    },
    {
      lemma: 'généraliser',
      expected: ['étendre à N services d’ici [date]', 'rendre obligatoire'],
      examples: {
        flag: ['La direction {généralisera} la démarche d’ouverture des données.'],
        info: ['{Généraliser} la publication des avis à 12 ministères d’ici 2026.'],
      },
    },
    {
      lemma: 'articuler',
      expected: ['publier une feuille de route commune', 'créer un comité'],
      examples: {
        flag: ['La direction va {articuler} la démarche d’ouverture des données avec la stratégie numérique.'],
        pass: ['Le plan s’articule autour de trois axes et sera publié en juin 2026.'],
      },
    },
    {
      lemma: 'animer',
      expected: ['organiser N réunions', 'publier un compte rendu', 'nommer un animateur'],
      examples: {
        flag: [
          'La direction va {animer} la démarche d’ouverture des données.',
          'La DITP {animera} la communauté des agents publics engagés.',
        ],
        pass: ['Un atelier animé par la DITP sera organisé en juin 2026 et son compte rendu publié.'],
      },
    },
    {
      lemma: 'appuyer',
      process: true,
      nouns: ['appui'],
      expected: ['financer', 'affecter N agents', 'conseiller'],
      examples: {
        flag: [
          'Le secrétariat général {appuiera} les ministères dans la conduite de leurs consultations.',
          'Un {appui} aux collectivités pour l’ouverture de leurs données budgétaires.',
          // Après « sont », l’énoncé du jalon, non un crédit ; et un appui fait n’est pas un résultat vérifiable.
          'Les projets sont {appuyés} par le Programme de contributions pour la démocratie.',
          // « pour le développement » : un article et un nom, non un pronom et un verbe ; aucun but ici.
          'Le Réseau pour le développement s’engage à {appuyer} la recherche sur les données ouvertes.',
        ],
        info: [
          'Avec l’{appui} de la Cour des comptes, le ministère publiera une méthode d’évaluation.',
          'Le guide, {appuyé} par Affaires mondiales Canada, sera publié en 2025.',
        ],
      },
    },
    {
      lemma: 'accroître',
      nouns: ['accroissement'],
      expected: ['porter de X à Y', 'doubler', 'augmenter de N %'],
      examples: {
        flag: [
          'Engagement 5 – {Accroître} la participation des citoyens aux enquêtes publiques.',
          'Nous {accroîtrons} la transparence des nominations aux emplois de direction.',
        ],
        // Les effets d’une stratégie, en liste après son nom.
        info: [
          'La Stratégie : favorisera la confiance, appuiera les analystes, {accroîtra} la sensibilisation du public.',
        ],
      },
    },
    {
      lemma: 'mettre en place',
      makes: true,
      verb: 'mettre',
      after: '~ en place',
      nouns: ['mise en place'],
      expected: ['créer', 'installer', 'adopter', 'ouvrir'],
      examples: {
        flag: [
          'Le ministère {mettra en place} un dispositif d’écoute des usagers.',
          'La {mise en place} d’une gouvernance partagée des données de santé.',
        ],
        info: ['Nous {mettrons en place} un registre public des algorithmes utilisés par l’administration.'],
      },
    },
    {
      lemma: 'veiller à',
      verb: 'veiller',
      after: '~ à|au|aux|a',
      expected: ['contrôler', 'vérifier chaque trimestre', 'publier un bilan'],
      examples: {
        flag: [
          'Les ministères {veilleront à} la publication des données dans des formats ouverts.',
          'Engagement 10 – {Veiller au} respect des délais de réponse aux demandes d’accès.',
        ],
      },
    },
    {
      lemma: 's’efforcer de',
      verb: 'efforcer',
      reflexive: true,
      after: '~ de|d',
      expected: ['s’engager à … d’ici [date]'],
      examples: {
        flag: [
          'Nous nous {efforcerons de} répondre aux contributions du public.',
          'Les ministères {s’efforceront de} publier leurs données dans des formats ouverts.',
        ],
      },
    },
    // Verbs of effort that name no action (audit13, finding 9).
    {
      lemma: 'œuvrer à',
      verb: 'œuvrer',
      after: '~ à|au|aux|a|pour',
      expected: ['publier', 'adopter', 'créer … d’ici [date]'],
      examples: {
        flag: [
          'Le ministère {œuvrera à} la transparence des décisions publiques.',
          'Nous {œuvrerons pour} une administration plus ouverte.',
        ],
      },
    },
    {
      lemma: 's’attacher à',
      verb: 'attacher',
      reflexive: true,
      after: '~ à|a',
      expected: ['publier … d’ici [date]'],
      examples: {
        flag: [
          'Le ministère {s’attachera à} publier ses données dans des formats ouverts.',
          'Nous nous {attacherons à} associer la société civile au suivi.',
        ],
        pass: ['Les citoyens sont attachés à la transparence de la vie publique.'],
      },
    },
    {
      lemma: 'contribuer à',
      verb: 'contribuer',
      after: '~ à|au|aux|a',
      expected: ['dire l’action et son effet mesuré'],
      examples: { flag: ['Le gouvernement {contribuera à} la diffusion d’une information fiable sur les élections.'] },
    },

    // Vague actions seen in real plans (issue 13): the verb stands for the action without saying it.
    {
      lemma: 'travailler avec',
      process: true,
      verb: 'travailler',
      after: '~ avec|aupres',
      expected: ['signer une convention avec', 'réunir N fois'],
      examples: {
        flag: [
          'Le ministère {travaillera avec} les organisations de la société civile sur la transparence des subventions.',
          'Engagement 15 – {Travailler auprès} des communautés autochtones sur l’accès aux données.',
        ],
      },
    },
    {
      // Before a noun (« travailler à l’élaboration de »); before an infinitive (« travailler à améliorer ») the
      // verb that follows says the action.
      lemma: 'travailler à',
      process: true,
      verb: 'travailler',
      after: '~ a|à',
      then: 'l|la|le|les|un|une|des|ce|cette|ces|leur|leurs|son|sa|ses',
      expected: ['adopter d’ici [date]', 'publier'],
      examples: {
        flag: ['Le ministère {travaillera à} l’élaboration d’une politique de données ouvertes.'],
        info: ['Une équipe sera créée pour {travailler à} la refonte du portail.'],
        pass: ['Les agents travaillent à publier les avis dans les délais.'],
      },
    },
    {
      lemma: 'travailler au',
      process: true,
      verb: 'travailler',
      after: '~ au|aux',
      expected: ['adopter d’ici [date]', 'publier'],
      examples: { flag: ['Le ministère {travaillera au} renforcement des contrôles.'] },
    },
    {
      lemma: 'collaborer avec',
      process: true,
      verb: 'collaborer',
      after: '~ avec',
      expected: ['signer une convention avec', 'réunir N fois'],
      examples: {
        flag: ['Statistique Canada {collaborera avec} les provinces sur la diffusion des données sur le logement.'],
      },
    },
    // Audit of Canada's 2022-2024 plan, labelled since (fr:participer, fr:surveiller): taking part, or watching, names
    // no deliverable (« Participer à la Coalition du PGO pour la justice »: what will Canada do in it?).
    {
      lemma: 'participer à',
      process: true,
      verb: 'participer',
      after: '~ à|au|aux',
      expected: ['présenter N propositions à', 'publier le compte rendu de chaque réunion'],
      examples: {
        flag: [
          'Jalon 4.1 : {Participer à} la Coalition du PGO pour la justice.',
          // Une invitation au passif (audit) : le public invité, personne ne dit qui organise quoi.
          'Les parlementaires et la population sont appelés à {participer à} l’examen des progrès du gouvernement.',
        ],
        info: ['Les 90 organisations {participant à} l’enquête recevront ses résultats en juin 2024.'],
      },
    },
    {
      // Not its noun: « placés sous surveillance », « la surveillance des marchés » name a state or a function.
      lemma: 'surveiller',
      process: true,
      expected: ['publier un tableau de bord trimestriel', 'publier un rapport annuel'],
      examples: {
        flag: ['Jalon 3.3 : {Surveiller} la gestion stratégique des achats de technologies.'],
      },
    },
    {
      lemma: 'continuer à',
      repeats: true,
      verb: 'continuer',
      after: '~ a|de|d',
      expected: ['achever d’ici [date]', 'étendre à N services'],
      examples: {
        flag: [
          'Nous {continuerons à} publier les données des marchés publics.',
          'Le ministère {continuera d’}ouvrir ses jeux de données de référence.',
        ],
        info: ['Le ministère {continuera à} publier chaque trimestre les avis du comité.'],
        // « Continuer d'être » suivi d'autre chose qu'un participe : un état qui dure, pas une action du plan.
        pass: ['Depuis 2015, l’accès aux données continue d’être un enjeu pour les communes rurales.'],
      },
    },
    {
      lemma: 'miser sur',
      verb: 'miser',
      after: '~ sur',
      expected: ['utiliser', 'financer'],
      examples: { flag: ['Le gouvernement {misera sur} les outils numériques pour associer les citoyens.'] },
    },
    {
      lemma: 'étudier',
      process: true,
      nouns: ['étude'],
      expected: ['publier une étude d’ici [date]', 'décider d’ici [date]'],
      examples: {
        flag: [
          'Le ministère {étudiera} la possibilité de publier les avis rendus sur les projets de loi.',
          'Les options de publication des contrats sont {étudiées} avec les ministères.',
          'Les options ont été {étudiées} avec les ministères.',
          // The noun with its object, after the definite article: studying, not a document.
          'Lancer l’{étude} de l’option d’un registre public des lobbyistes.',
          // Coordinated with the verb's object, not a preposition's: the action.
          'Lancer la conception et l’{étude} des programmes de formation.',
        ],
        info: [
          'Une synthèse des contributions sera publiée afin d’{étudier} les propositions du public.',
          // A study as a document one can check.
          'Publier les versions complètes des {études} d’impact environnemental sur les sites des ministères.',
          'Une {étude} de faisabilité du registre a été réalisée en 2019.',
          'Réaliser une {étude} du paysage de la désinformation.',
          // Coordinated with a preposition's object, it is that preposition's object too: what the models serve.
          'Publier les modèles utilisés pour la conception et l’{étude} des programmes gouvernementaux.',
        ],
      },
    },
    {
      lemma: 'explorer',
      process: true,
      nouns: ['exploration'],
      expected: ['tester sur N sites', 'publier une analyse'],
      examples: {
        flag: [
          'Nous {explorerons} les moyens d’ouvrir les données des conseils d’administration.',
          'Engagement 3 – L’{exploration} de nouvelles formes de participation numérique.',
        ],
      },
    },
    {
      lemma: 'envisager',
      process: true,
      expected: ['décider d’ici [date]', 'adopter'],
      examples: { flag: ['Le gouvernement {envisagera} la création d’un droit de pétition local.'] },
    },
    {
      lemma: 'tester',
      process: true,
      expected: ['expérimenter sur N sites d’ici [date]', 'publier le bilan du test'],
      examples: {
        flag: ['Nous {testerons} de nouvelles formes de consultation en ligne.'],
        info: ['{Tester} le budget participatif dans cinq villes d’ici 2025.'],
      },
    },
    // Audit of Canada's 2022-2024 plan (issue 13, point 4): milestones that name an activity but no deliverable. Not
    // added, though as vague (« Participer à la Coalition … », « Surveiller la gestion … »): the labelled set has no
    // record for words outside its inventory, so each of their warnings counts as a false one (see the round's notes).
    {
      // Relever (repérer) : ce qu’on en fera n’est pas dit. « Relever de » (dépendre de) est un autre sens.
      lemma: 'relever',
      process: true,
      expected: ['publier un recueil de N pratiques', 'publier un rapport'],
      examples: {
        flag: ['Jalon 4.2 : {Relever} les pratiques prometteuses et les partager.'],
        info: ['Publier un guide afin de {relever} les obstacles à la réutilisation des données.'],
        pass: [
          'Ce registre relève du ministère de la Justice.',
          'Les demandes qui relèvent de la compétence des provinces leur seront transmises.',
          'Le ministère relèvera le défi de la publication des données en continu.',
        ],
      },
    },
    {
      lemma: 'mener des recherches',
      process: true,
      verb: 'mener',
      after: '~ des|de|d recherches',
      expected: ['publier une étude d’ici [date]', 'publier les résultats de N enquêtes'],
      examples: {
        flag: ['{Mener des recherches} supplémentaires sur l’opinion publique pour combler d’autres lacunes.'],
        info: ['{Mener des recherches} sur trois registres publics et en publier les résultats d’ici juin 2024.'],
        // Des consultations nomment la forme de la mobilisation ; la norme à élaborer en est le but.
        pass: ['Mener des consultations en vue de l’élaboration de normes de service sur les données ouvertes.'],
      },
    },
    {
      lemma: 'prioriser',
      nouns: ['priorisation'],
      expected: ['imposer', 'réserver X % à'],
      examples: {
        flag: [
          'Les ministères {prioriseront} l’ouverture des données les plus demandées.',
          'La {priorisation} des jeux de données à ouvrir avec les réutilisateurs.',
        ],
      },
    },
    {
      lemma: 'accorder la priorité',
      verb: 'accorder',
      after: '~ la priorite',
      expected: ['imposer', 'réserver X % à', 'commencer par'],
      examples: {
        flag: ['Les ministères {accorderont la priorité} à l’ouverture des données les plus demandées.'],
      },
    },
    {
      lemma: 'aider',
      expected: ['former N agents', 'financer', 'publier un guide'],
      examples: { flag: ['L’État {aidera} les petites communes à publier leurs données.'] },
    },
    {
      lemma: 'étendre',
      expected: ['étendre à N services d’ici [date]'],
      examples: {
        flag: [
          'Nous {étendrons} l’obligation de déclaration aux collaborateurs des cabinets.',
          'Le dispositif sera {étendu} aux établissements publics.',
        ],
        info: ['{Étendre} le dispositif à 12 ministères d’ici 2026.'],
      },
    },
    {
      lemma: 'élargir',
      nouns: ['élargissement'],
      expected: ['ouvrir à N services', 'porter de X à Y'],
      examples: {
        flag: [
          'Engagement 12 – {Élargir} le droit d’accès aux documents administratifs.',
          'L’{élargissement} du droit de pétition aux résidents étrangers.',
        ],
        info: [
          '{Élargir} la recherche fédérée aux données ouvertes des treize administrations.',
          // « pourra être » : ce qui pourra se faire ensuite, pas ce que le plan promet.
          'Le registre couvrira les sociétés fédérales et pourra être {élargi} aux données des provinces.',
        ],
      },
    },
    {
      lemma: 'augmenter',
      nouns: ['augmentation'],
      expected: ['porter de X à Y', 'augmenter de N %'],
      examples: {
        flag: ['Le gouvernement {augmentera} le nombre de jeux de données publiés.'],
        info: [
          '{Augmenter} de 20 % le nombre de demandes d’accès traitées dans le délai légal.',
          // Un compte seul entre parenthèses compte l’action.
          '{Augmenter} le nombre de groupes qui participent aux consultations (au moins 15).',
        ],
      },
    },
    {
      lemma: 's’assurer que',
      verb: 'assurer',
      reflexive: true,
      after: '~ que|qu',
      expected: ['contrôler', 'vérifier chaque trimestre'],
      examples: { flag: ['Le ministère {s’assurera que} les avis du comité sont publiés.'] },
    },
    {
      // « Assurer une gestion ouverte » : assurer un état ou une manière de faire ne livre rien qu'on puisse vérifier.
      lemma: 'assurer',
      expected: ['publier', 'adopter', 'vérifier chaque trimestre'],
      examples: {
        flag: ['Jalon 5.1 : {Assurer} une gestion ouverte et stratégique des données et de l’information.'],
        info: [
          // L’objet est une étape dont on vérifie qu’elle a eu lieu : une mise à jour, une publication.
          '{Assurer} la mise à jour régulière de Chartepédia sur le site du ministère de la Justice.',
          // Un verbe léger devant un nom flou : le nom porte l’avertissement.
          '{Assurer} le soutien à un réseau de centres d’information juridique.',
        ],
      },
    },
    {
      lemma: 'faire progresser',
      verb: 'faire',
      after: '~ progresser',
      expected: ['adopter', 'publier', 'porter de X à Y'],
      examples: { flag: ['Nous {ferons progresser} l’égalité d’accès aux services publics en ligne.'] },
    },
    {
      // « Rendre l’information budgétaire plus accessible » : le verbe, quelques mots, puis le comparatif ; deux
      // intervalles (deux à dix mots) pour un objet long : « Rendre l’information sur les budgets et les dépenses
      // gouvernementales plus facile à trouver ».
      lemma: 'rendre … plus',
      verb: 'rendre',
      then: '… … plus',
      expected: ['publier', 'réduire les étapes de X à Y'],
      examples: {
        flag: [
          '{Rendre} la science des changements climatiques plus ouverte et accessible.',
          '{Rendre} l’information sur les budgets et les dépenses gouvernementales plus facile à trouver.',
        ],
        // « Rendre compte » : faire rapport, un autre sens.
        pass: ['Le ministère devra rendre compte chaque année de plus de 40 indicateurs publiés.'],
      },
    },
    {
      lemma: 'prendre des mesures',
      verb: 'prendre',
      after: '~ des|les mesures',
      expected: ['adopter un décret', 'publier'],
      examples: {
        flag: ['Le gouvernement {prendra des mesures} contre les conflits d’intérêts dans les marchés publics.'],
      },
    },
    {
      lemma: 'engager avec',
      verb: 'engager',
      after: '~ avec',
      expected: ['consulter N organisations', 'réunir N fois'],
      examples: {
        flag: ['Le ministère {s’engagera avec} les communautés autochtones sur la gestion des données.'],
        pass: ['Le ministère s’engage à publier la liste des marchés attribués.'],
      },
    },
    {
      lemma: 's’attaquer à',
      verb: 'attaquer',
      reflexive: true,
      after: '~ a|au|aux',
      expected: ['réduire de X %', 'adopter'],
      examples: { flag: ['Le gouvernement {s’attaquera aux} obstacles à l’accès à l’information.'] },
    },
    {
      lemma: 'lutter contre',
      verb: 'lutter',
      after: '~ contre',
      expected: ['réduire de X %', 'sanctionner'],
      examples: { flag: ['Le ministère {luttera contre} la fraude aux prestations sociales.'] },
    },
    {
      lemma: 'chercher à',
      verb: 'chercher',
      after: '~ a',
      expected: ['s’engager à … d’ici [date]'],
      examples: { flag: ['Nous {chercherons à} associer les usagers à la conception des services.'] },
    },
    {
      lemma: 'se fonder sur',
      verb: 'fonder',
      reflexive: true,
      after: '~ sur',
      expected: ['reprendre', 'utiliser'],
      examples: { flag: ['Le ministère {se fondera sur} les recommandations du comité de suivi.'] },
    },
    {
      lemma: 'tirer parti',
      verb: 'tirer',
      after: '~ parti',
      expected: ['utiliser', 'réutiliser'],
      examples: { flag: ['Les ministères {tireront parti} des outils numériques pour consulter le public.'] },
    },
    {
      lemma: 'créer les conditions',
      verb: 'créer',
      after: '~ les|des conditions',
      expected: ['adopter', 'financer'],
      examples: {
        flag: ['L’État {créera les conditions} d’une participation du public à l’évaluation des politiques.'],
      },
    },
    {
      lemma: 'faire preuve de',
      verb: 'faire',
      after: '~ preuve de|d',
      expected: ['dire l’action et son résultat'],
      examples: { flag: ['L’administration {fera preuve de} transparence dans le choix des projets financés.'] },
    },
    {
      lemma: 'se faire champion',
      verb: 'faire',
      reflexive: true,
      after: '~ champion|championne|champions',
      expected: ['défendre en [instance] d’ici [date]'],
      examples: { flag: ['La France {se fera championne} de la transparence des industries extractives.'] },
    },
  ],
  exceptions: [
    // « données structurées », « un atelier animé par », « articulé autour de »: a participle that describes a thing
    // (audit15, finding 6). « Le plan s’articule autour de » describes the plan.
    {
      term: 'structurer',
      kinds: ['participle'],
      pattern: '_',
      why: 'données structurées (a kind of data)',
      examples: { pass: ['Les jeux de données structurés seront publiés en juin 2026.'] },
    },
    {
      term: 'structurer',
      kinds: ['verb'],
      pattern: 'et|la|une|sa|leur|cette|en|sans _',
      why: 'la structure (the noun)',
      examples: {
        pass: ['Publication d’un rapport sur les services de garde, et structure des activités. (Avril 2020)'],
      },
    },
    {
      term: 'animer',
      kinds: ['participle'],
      pattern: '_ par',
      why: 'animé par (who leads a meeting)',
      examples: { pass: ['Le forum, animé par le secrétariat général, publiera son compte rendu en juin 2026.'] },
    },
    {
      term: 'articuler',
      pattern: 's _',
      why: 's’articuler autour de (how a text is organised)',
      examples: { pass: ['Cet engagement s’articule avec la stratégie nationale pour la donnée.'] },
    },
    {
      term: 'articuler',
      kinds: ['participle'],
      pattern: '_ autour|avec',
      why: 'articulé autour de (how a text is organised)',
      examples: { pass: ['Le plan, articulé autour de trois axes, sera publié en juin 2026.'] },
    },
    {
      term: 'rendre … plus',
      pattern: '_ compte|hommage|visite|service|justice',
      why: 'rendre compte, rendre service : un autre sens',
    },
    {
      // « rendra cette publication obligatoire pour les collectivités de plus de 100 000 habitants »: « plus de »
      // and a number is a threshold, not the comparative « rendre … plus » asks for (audit15, finding 17).
      term: 'rendre … plus',
      pattern: '_ … … plus de|d #',
      why: 'plus de 100 000: a threshold, not a comparative',
      examples: {
        pass: [
          'Le ministère rendra cette publication obligatoire pour les collectivités de plus de 100 000 habitants par un décret.',
        ],
      },
    },
    {
      // « aucun tableau consolidé », « les comptes consolidés »: an accounting term, not the vague verb.
      term: 'consolider',
      kinds: ['participle'],
      pattern: 'tableau*|compte*|bilan*|budget*|chiffre*|donnee*|etat*|resultat*|version*|liste*|base* ~ _',
      why: 'a consolidated table or account: a kind of document',
      examples: {
        pass: ['En 2024, aucun tableau consolidé n’était publié ; il le sera chaque année avant le 30 juin.'],
      },
    },
    {
      term: 'continuer à',
      pattern: 'facon|maniere _',
      why: 'de façon continue: a timing (vague-time), not the verb',
      examples: { pass: ['Le ministère publiera les avis de façon continue.'] },
    },
    {
      term: 'lutter contre',
      kinds: ['verb'],
      pattern: 'la|une|de|d|sa|leur|notre _',
      why: 'la lutte contre (the noun)',
      examples: {
        pass: [
          'Le plan national de lutte contre la fraude fiscale sera publié en juin 2025.',
          'La lutte contre les atteintes à la probité reste une priorité du ministère.',
        ],
      },
    },
    {
      term: 'aider',
      pattern: 'a l _',
      why: 'à l’aide de: by means of',
      examples: {
        pass: ['Les délibérations seront publiées à l’aide d’un outil libre mis à disposition des communes.'],
      },
    },
    {
      term: 'aider',
      pattern: 'systeme*|outil*|outils d|de _',
      why: 'systèmes d’aide à la décision (a kind of tool)',
      examples: { pass: ['Le ministère publiera la liste des outils d’aide à la décision utilisés par ses services.'] },
    },
    {
      term: 'aider',
      kinds: ['verb'],
      pattern: 'l|une|la|cette|leur|son|sa|de|d _',
      why: 'l’aide (the noun: help)',
      examples: {
        flag: ['Le ministère {aidera} les associations à déclarer leurs financements.'],
        pass: ['Les montants de l’aide publique versée aux partis seront publiés chaque année.'],
      },
    },
    {
      term: 'étudier',
      kinds: ['noun'],
      pattern: '_ de|d cas',
      why: 'une étude de cas (a case study: a deliverable)',
      examples: {
        // A study is a document, but a case study is its name: no finding at all.
        info: ['Une {étude} sur les budgets participatifs sera lancée.'],
        pass: ['Une étude de cas sur trois budgets participatifs sera publiée en 2025.'],
      },
    },
    {
      term: 'étudier',
      kinds: ['noun'],
      pattern: 'programme*|cycle*|niveau*|annee*|diplome*|frais d|de _',
      why: 'programme d’études (a course of study)',
      examples: {
        pass: ['Un module sur les données ouvertes sera ajouté au programme d’études des écoles de service public.'],
      },
    },

    {
      term: 'promouvoir',
      kinds: ['noun'],
      pattern: '_ #',
      why: 'promotion 2017 (a class of students)',
      examples: {
        pass: [
          'Les élèves de la promotion 2025 de l’Institut national du service public suivront un module sur la transparence.',
        ],
      },
    },
    {
      term: 'promouvoir',
      kinds: ['noun'],
      pattern: '_ Aa',
      why: 'promotion Simone Veil (a named class)',
      examples: { pass: ['La promotion Simone Veil rédigera un rapport sur la participation citoyenne.'] },
    },
    {
      term: 'promouvoir',
      kinds: ['noun'],
      pattern: '_ interne*|professionnelle*|sociale*|immobiliere*|commerciale*',
      why: 'career or sales promotion',
      examples: {
        pass: [
          'Les critères de promotion interne des agents seront publiés sur l’intranet.',
          'Les opérations de promotion immobilière financées par l’État seront recensées.',
        ],
      },
    },
    {
      term: 'promouvoir',
      kinds: ['noun'],
      pattern: '_ des ventes',
      why: 'sales promotion',
      examples: { pass: ['Les dépenses de promotion des ventes des entreprises publiques seront publiées.'] },
    },
    {
      term: 'promouvoir',
      kinds: ['participle'],
      pattern:
        '_ directeur*|directrice*|chef*|general*|generale*|colonel*|capitaine*|commandant*|officier*|professeur*|au|a|maitre*|inspecteur*',
      why: 'promu directeur: a career step',
      examples: {
        pass: [
          'Les agents promus directeurs déclareront leurs intérêts à la Haute Autorité.',
          'Tout fonctionnaire promu au grade d’administrateur remplira une déclaration d’intérêts.',
        ],
      },
    },
    {
      term: 'promouvoir',
      kinds: ['noun'],
      pattern: 'avancement|tableau|liste|concours|commission _',
      why: 'career promotion',
      examples: { pass: ['Les critères d’avancement, promotion et mutation des agents seront publiés.'] },
    },
    {
      term: 'poursuivre',
      pattern: '_ judiciaire*|disciplinaire*|penale*|penales|civile*',
      why: 'legal proceedings',
      examples: {
        pass: ['Le nombre de poursuites disciplinaires engagées contre des agents sera publié chaque année.'],
      },
    },
    {
      term: 'poursuivre',
      pattern: '_ en justice|diffamation',
      why: 'sued',
      examples: { pass: ['Les lanceurs d’alerte poursuivis en justice bénéficieront d’une aide juridictionnelle.'] },
    },
    {
      term: 'poursuivre',
      pattern: '_ devant les|le|la tribunaux|tribunal|juridiction*|juge*',
      why: 'sued before a court',
      examples: { pass: ['Les élus poursuivis devant les tribunaux pour des atteintes à la probité seront recensés.'] },
    },
    {
      term: 'poursuivre',
      kinds: ['participle'],
      pattern: '_ pour corruption|fraude|favoritisme|diffamation|harcelement|detournement*|prise',
      why: 'charged with an offence',
      examples: { pass: ['La liste des entreprises poursuivies pour corruption sera publiée sur le portail.'] },
    },
    {
      term: 'poursuivre',
      kinds: ['noun'],
      pattern: 'engager|engage|engagees|engage|exercer|exerce|engageait|des|de _',
      why: 'des poursuites (legal)',
      examples: {
        pass: [
          'Le parquet publiera le nombre de poursuites engagées pour atteinte à la probité.',
          'Le procureur pourra exercer des poursuites contre les représentants d’intérêts non inscrits.',
        ],
      },
    },
    {
      term: 'poursuivre',
      kinds: ['noun'],
      pattern: 'l objet de _',
      why: 'faire l’objet de poursuites',
      examples: { pass: ['Les manquements à l’obligation de déclaration pourront faire l’objet de poursuites.'] },
    },
    {
      term: 'développer',
      pattern: '_ durable*',
      why: 'développement durable',
      examples: { pass: ['Les données des objectifs de développement durable seront publiées en format ouvert.'] },
    },
    {
      term: 'développer',
      pattern:
        'agence|banque|fonds francaise|francais|africaine|europeen|europeenne|interamericaine|asiatique|mondiale de _',
      why: 'Agence française de développement (a name)',
      examples: { pass: ['L’Agence française de développement publiera les données de ses projets financés.'] },
    },
    {
      term: 'développer',
      pattern: 'agence|banque|fonds de _',
      why: 'an agency or bank named after development',
      examples: { pass: ['Les prêts de la banque de développement du Conseil de l’Europe seront recensés.'] },
    },
    {
      term: 'développer',
      pattern: 'pays|economies|etats|regions|nations|territoires|zones en _',
      why: 'pays en développement',
      examples: { pass: ['Les données de l’aide versée aux pays en développement seront publiées chaque trimestre.'] },
    },
    {
      term: 'développer',
      pattern: 'en voie de _',
      why: 'pays en voie de développement',
      examples: {
        pass: ['Les projets financés dans les pays en voie de développement seront publiés au format IATI.'],
      },
    },
    {
      term: 'développer',
      pattern: 'aide|aides publique|publiques au _',
      why: 'aide publique au développement',
      examples: { pass: ['Les données de l’aide publique au développement seront publiées au format IATI.'] },
    },
    {
      term: 'développer',
      pattern: 'recherche et _',
      why: 'recherche et développement (R&D)',
      examples: { pass: ['Les crédits de recherche et développement seront publiés par établissement.'] },
    },
    {
      term: 'développer',
      kinds: ['participle'],
      pattern: 'pays|economies|nations _',
      why: 'pays développés',
      examples: { pass: ['Le rapport compare les pratiques des pays développés en matière d’accès à l’information.'] },
    },
    {
      term: 'développer',
      kinds: ['noun'],
      pattern: '_ de l enfant',
      why: 'child development',
      examples: {
        pass: [
          'Les données des services de protection de la petite enfance et du développement de l’enfant seront ouvertes.',
        ],
      },
    },
    {
      term: 'développer',
      kinds: ['noun'],
      pattern: '_ cooperation|international|internationale|solidaire',
      why: 'international development policy',
      examples: { pass: ['Les montants consacrés au développement international seront publiés par pays.'] },
    },
    {
      term: 'développer',
      kinds: ['noun'],
      pattern: 'objectif*|odd|ministere|ministre|secretaire|secretariat de|du|au _',
      why: 'named development policy',
      examples: { pass: ['Le rapport sur les objectifs de développement sera remis au Parlement en juin 2025.'] },
    },
    {
      term: 'accompagner',
      kinds: ['participle'],
      pattern: '_ de|d|du|des',
      why: 'accompagné de: together with',
      examples: {
        flag: ['Les communes seront {accompagnées} dans la publication de leurs budgets.'],
        pass: ['Chaque jeu de données sera publié accompagné de sa documentation.'],
      },
    },
    {
      term: 'faciliter',
      kinds: ['participle'],
      pattern: '_ de paiement*|caisse|credit|tresorerie|remboursement',
      why: 'facilités de paiement (a financial term)',
      examples: { pass: ['Les entreprises ayant obtenu des facilités de paiement seront recensées.'] },
    },
    {
      term: 'faciliter',
      kinds: ['participle'],
      pattern: 'des|de|les|aux|certaines _',
      why: 'facilités (noun: financial arrangements)',
      examples: { pass: ['Le montant des facilités accordées aux entreprises publiques sera publié.'] },
    },
    {
      term: 'valoriser',
      pattern: '_ des|de dechet*|biodechet*|boues|effluents|residus|coproduits|matieres|sediments',
      why: 'valorisation des déchets (recycling)',
      examples: { pass: ['Les taux de valorisation des déchets ménagers seront publiés par commune.'] },
    },
    {
      term: 'valoriser',
      pattern: '_ energetique*|matiere|organique*|thermique*|agricole*',
      why: 'waste recovery',
      examples: { pass: ['Les données de valorisation énergétique des incinérateurs seront ouvertes.'] },
    },
    {
      term: 'valoriser',
      kinds: ['noun'],
      pattern: '_ boursiere|comptable|financiere|des titres|des actifs',
      why: 'valuation (finance)',
      examples: { pass: ['La valorisation comptable des actifs de l’État sera publiée chaque année.'] },
    },
    {
      term: 'optimiser',
      pattern: '_ fiscale*|fiscal|fiscaux|sociale|agressive',
      why: 'optimisation fiscale (tax avoidance)',
      examples: { pass: ['Un rapport sur l’optimisation fiscale des grandes entreprises sera remis au Parlement.'] },
    },
    {
      term: 'moderniser',
      pattern: 'general|generale pour la _',
      why: 'secrétariat général pour la modernisation de l’action publique (a name)',
      examples: {
        pass: [
          'Les travaux du secrétariat général pour la modernisation de l’action publique seront archivés en ligne.',
        ],
      },
    },
    {
      term: 'moderniser',
      pattern: 'direction|ministere|ministre|delegation de la _',
      why: 'a body named after modernisation',
      examples: { pass: ['La direction de la modernisation publiera le bilan des consultations.'] },
    },
    {
      term: 'soutenir',
      kinds: ['participle'],
      pattern:
        'croissance|rythme*|cadence*|registre*|langage|langue|activite*|demande*|effort*|attention|niveau*|pace|ton|debit|vitesse|allure|tension* _',
      why: 'soutenu as an adjective: sustained, formal',
      examples: { pass: ['Face à une demande soutenue, le délai de réponse sera publié chaque mois.'] },
    },
    {
      term: 'soutenir',
      kinds: ['participle'],
      pattern: 'these*|memoire*|doctorat* _',
      why: 'thèse soutenue (a defence)',
      examples: { pass: ['Les thèses soutenues dans les universités seront versées dans une archive ouverte.'] },
    },
    {
      term: 'soutenir',
      pattern: '_ sa|une|leur|la these|memoire',
      why: 'soutenir une thèse',
      examples: {
        pass: ['Les doctorants qui soutiennent leur thèse déposeront leurs données dans l’entrepôt national.'],
      },
    },
    {
      term: 'soutenir',
      kinds: ['noun'],
      pattern: '_ scolaire*|psychologique*',
      why: 'soutien scolaire (tutoring, a named service)',
      examples: { pass: ['Les données des dispositifs de soutien scolaire seront publiées par académie.'] },
    },
    {
      term: 'soutenir',
      kinds: ['noun'],
      pattern: 'personnel*|fonctionnaires|agents|fonction|fonctions|poste*|emploi*|metier*|activites de _',
      why: 'personnel de soutien: support staff',
      examples: { pass: ['Les effectifs des personnels de soutien seront publiés dans le bilan social.'] },
    },
    {
      term: 'consolider',
      kinds: ['participle'],
      pattern:
        'compte*|etat*|bilan*|resultat*|financiers|financier|financieres|perimetre*|chiffre*|dette|comptabilite _',
      why: 'comptes consolidés (accounting)',
      examples: { pass: ['Les comptes consolidés des opérateurs de l’État seront publiés en format ouvert.'] },
    },
    {
      term: 'consolider',
      kinds: ['noun'],
      pattern: '_ comptable|des comptes|des etats',
      why: 'consolidation comptable',
      examples: { pass: ['La consolidation comptable des états financiers des opérateurs sera publiée.'] },
    },
    {
      term: 'favoriser',
      kinds: ['participle'],
      pattern: 'milieu*|classe*|categorie*|quartier*|famille*|menage*|plus|moins|les _',
      why: 'favorisé: privileged (a social category)',
      examples: {
        pass: [
          'Les élèves issus de milieux favorisés sont surreprésentés dans les grandes écoles.',
          'Les données sur la réussite des élèves les moins favorisés seront publiées.',
        ],
      },
    },
    {
      term: 'appuyer',
      pattern: 's|se|m|me|t|te _',
      why: 's’appuyer sur: to rely on',
      examples: { pass: ['Le comité de suivi s’appuiera sur les données publiées par l’INSEE.'] },
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
      examples: { pass: ['Le référentiel publié servira de point d’appui aux contrôles de la Cour des comptes.'] },
    },
    {
      term: 'appuyer',
      kinds: ['noun'],
      pattern: 'a l _',
      why: 'à l’appui (de): as evidence, in aid of',
      examples: { pass: ['Les chiffres à l’appui de chaque réforme seront publiés.'] },
    },
    {
      term: 'appuyer',
      kinds: ['noun'],
      pattern: 'pieces|piece|justificatifs|preuves a l _',
      why: 'pièces à l’appui',
      examples: { pass: ['Les déclarations seront déposées en ligne, pièces à l’appui.'] },
    },
    {
      term: 'appuyer',
      pattern: '_ sur le|la|un|une bouton|touche|pedale|gachette',
      why: 'press a button',
      examples: { pass: ['L’usager qui appuie sur le bouton « Signaler » reçoit un accusé de réception.'] },
    },
    {
      term: 'accroître',
      kinds: ['participle'],
      pattern: 'risque*|vigilance|danger*|menace*|concurrence _',
      why: 'risque accru: a description, not an action',
      examples: { pass: ['Les marchés présentant un risque accru de fraude feront l’objet d’un contrôle.'] },
    },
    {
      term: 'renforcer',
      kinds: ['participle'],
      pattern: 'beton|plastique*|verre|acier|tissu*|semelle*|porte* _',
      why: 'béton renforcé (a material)',
      examples: { pass: ['Les marchés de fourniture de béton renforcé seront publiés sur le profil d’acheteur.'] },
    },
    {
      term: 'renforcer',
      kinds: ['participle'],
      pattern: 'securite|surveillance|garde|regime|controle|vigilance _',
      why: 'named security levels (régime renforcé)',
      examples: {
        pass: ['Les établissements placés sous surveillance renforcée seront listés sur le site du ministère.'],
      },
    },
    {
      term: 'simplifier',
      kinds: ['participle'],
      pattern: 'actions|action _',
      why: 'société par actions simplifiée (SAS)',
      examples: { pass: ['Les sociétés par actions simplifiées déclareront leurs bénéficiaires effectifs.'] },
    },
    {
      term: 'simplifier',
      kinds: ['participle'],
      pattern: 'regime|procedure|declaration _ d|de imposition|imposition',
      why: 'a tax regime name',
      examples: {
        pass: ['Les entreprises soumises au régime simplifié d’imposition sont exonérées de cette déclaration.'],
      },
    },
    {
      term: 'mobiliser',
      kinds: ['noun'],
      pattern: '_ generale',
      why: 'mobilisation générale (military)',
      examples: { pass: ['Les archives de la mobilisation générale de 1914 seront numérisées et publiées.'] },
    },
    {
      term: 'relever',
      pattern: '_ de|du|des|d',
      why: 'relever de : dépendre de, être de la compétence de',
      examples: { pass: ['Ce registre relève du ministère de la Justice.'] },
    },
    {
      term: 'relever',
      pattern: 'la|le|un|une|du|chaque _',
      why: 'le relevé (un document : relevé de décisions, de dépenses), la relève (ceux qui prennent la suite)',
      examples: {
        pass: [
          'Le relevé des décisions du comité sera publié chaque mois.',
          'Un programme de mentorat préparera la relève de la fonction publique.',
        ],
      },
    },
    {
      term: 'relever',
      pattern: '_ le|les|ce|ces|un|de défi|défis',
      why: 'relever un défi : y faire face, un autre sens',
      examples: { pass: ['Le ministère relèvera le défi de la publication des données en continu.'] },
    },
    {
      term: 'assurer',
      kinds: ['participle'],
      pattern: '_',
      why: 'assuré (pris en charge : « la publicité est assurée par les dispositions … »), pas une action promise',
      examples: {
        pass: [
          'La publicité des avis est notamment assurée par les dispositions du code des marchés publics.',
          'Le secrétariat du comité sera assuré par la direction interministérielle du numérique.',
        ],
      },
    },
    {
      term: 'veiller à',
      pattern: 'la|une|cette|sa|leur _',
      why: 'la veille (noun)',
      examples: { pass: ['La veille à l’échelle européenne sera assurée par le service juridique.'] },
    },
    {
      term: 'mettre en place',
      kinds: ['participle'],
      pattern: 'deja|toujours|actuellement _',
      why: 'describes what exists',
      examples: {
        flag: ['Un comité de suivi sera {mis en place} avec la société civile.'],
        pass: ['Les registres déjà mis en place seront reliés au portail national.'],
      },
    },
  ],
};
