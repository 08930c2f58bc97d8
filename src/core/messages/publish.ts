// The public follow-up: `jalon updates-template` and `jalon publish` (help, outcomes, what is wrong in a sheet
// and what to write instead) and every word of the published site, in French and English. Over 400 lines: the
// French and the English of every text, in one file so that a key is added to both at once.
import type { Shape } from './shape';

const fr = {
  help: {
    updatesTemplate: 'écrire la feuille de suivi (CSV) que les ministères remplissent à chaque période',
    publish: 'publier le site public de suivi du plan adopté',
    plan: 'le plan adopté (.docx, .odt, .md, .txt)',
    sheetOut: 'fichier CSV à écrire',
    siteOut: 'dossier du site (remplacé en entier, ou pas du tout)',
    updates:
      'feuilles de suivi remplies (CSV), une ou plusieurs ; état : non commencé, limité, substantiel, achevé ou retiré (not-started, limited, substantial, complete, withdrawn) ; période : AAAA-MM, MM/AAAA ou « juin 2026 » ; dates AAAA-MM-JJ ou JJ/MM/AAAA',
    feedback:
      'avis reçus et réponses du gouvernement (CSV) ; colonnes : id, date, author_type, text, response, response_date ; author_type : citoyen, société civile ou gouvernement (citizen, civil-society, government) ; dates AAAA-MM-JJ ; response vide tant que le gouvernement n’a pas répondu',
    previous: 'garder les identifiants déjà donnés : plan.json d’un site publié ou feuille de suivi',
    today: 'date des retards, AAAA-MM-JJ (par défaut : aujourd’hui)',
    check: 'vérifier les fichiers sans rien écrire',
    lang: 'langue des messages (sinon LANG) ; le plan garde la sienne : voir --text-lang',
    textLang: 'langue dans laquelle lire le plan, s’il n’est pas reconnu (sinon devinée d’après ses mots)',
    siteLang:
      'langues du site : celle du plan seule par défaut ; « fr,en » ou « en,fr » pour les deux (les textes que les feuilles ne traduisent pas restent dans la langue du plan)',
    contact:
      'où le public donne son avis : une adresse e-mail ou une adresse web (https://…), montrée sur chaque page du site',
  },
  cli: {
    // --lang named the plan's language before it named only the messages' (as for `jalon check`).
    langIsMessages:
      '--lang {{lang}} donne la langue des messages ; le plan est lu en {{detected}}, sa langue. Pour le lire en {{forced}}, écrivez --text-lang {{lang}}.',
    sheetWritten:
      'Feuille de suivi écrite dans {{file}} (engagements : {{commitments, number}} ; lignes : {{rows, number}}).',
    checked:
      'Tout est valide (engagements : {{commitments, number}} ; mises à jour : {{reports, number}} ; avis : {{feedback, number}}). Rien n’a été écrit (--check).',
    published:
      'Site publié dans {{dir}} (engagements : {{commitments, number}} ; mises à jour : {{reports, number}} ; jalons en retard : {{overdue, number}}). Ouvrez {{index}}.',
    invalid_one: '{{count, number}} problème dans les fichiers : rien n’a été écrit.',
    invalid_other: '{{count, number}} problèmes dans les fichiers : rien n’a été écrit.',
    newId: '{{id}} {{title}} : nouvel identifiant, aucun engagement déjà publié ne lui correspond',
    matchedId: '{{id}} {{title}} : reconnu par son contenu (publié sous le titre {{before}})',
    removedId: '{{id}} {{title}} n’est plus dans le plan',
    outRequired: 'indiquez le dossier du site : --out DOSSIER (ou --check pour vérifier sans écrire)',
    badToday: '--today attend une date AAAA-MM-JJ, par exemple 2024-03-15 (reçu : {{value}})',
    notSite:
      '{{dir}} existe et n’est pas un site publié par Jalon : choisissez un dossier vide ou nouveau (Jalon remplace le dossier en entier)',
    outFailed: 'impossible d’écrire le site ({{detail}}) ; {{dir}} est inchangé',
    outParentMissing:
      '{{dir}} : le dossier {{parent}} n’existe pas ; vérifiez le chemin de --out, ou créez d’abord ce dossier (Jalon ne crée que le dossier du site lui-même ; rien n’a été écrit)',
    sheetFailed: 'impossible d’écrire la feuille ({{detail}})',
    noCommitment: 'aucun engagement reconnu dans ce plan : rien à suivre',
    todayNoSuchDay:
      '--today : le {{value}} n’existe pas, les jours de ce mois vont de 01 à {{days}} ; donnez un jour du calendrier, AAAA-MM-JJ',
    todayNoSuchMonth:
      '--today : le {{value}} n’existe pas, les mois vont de 01 à 12 ; donnez un jour du calendrier, AAAA-MM-JJ',
    badContact:
      '--contact attend une adresse e-mail (avis@ministere.fr, par exemple) ou une adresse web commençant par https:// (reçu : {{value}}) ; rien n’a été écrit',
    noContactGiven:
      'sans --contact, la page « Donner votre avis » du site ({{page}}) dira au public que le plan ne donne aucun moyen de transmettre un avis : publiez à nouveau avec --contact suivi d’une adresse e-mail (avis@ministere.fr, par exemple) ou d’une adresse web commençant par https://',
  },
  where: {
    file: '{{file}}',
    row: '{{file}}, ligne {{row}}',
    column: '{{file}}, ligne {{row}}, colonne {{letter}}',
    cell: '{{file}}, ligne {{row}}, colonne {{letter}} ({{name}})',
  },
  problems: {
    notFound: 'fichier introuvable',
    notPrevious: 'ni un site publié par Jalon (dossier ou plan.json) ni une feuille de suivi lisible',
    unreadable: 'fichier illisible ({{detail}})',
    empty: 'le fichier est vide : partez de la feuille écrite par « jalon updates-template »',
    xlsx: 'c’est un classeur Excel, pas un CSV : Fichier > Enregistrer sous > « CSV UTF-8 (délimité par des virgules) »',
    utf16: 'le fichier est en UTF-16 (« Texte Unicode ») : enregistrez-le en « CSV UTF-8 (délimité par des virgules) »',
    cp1252:
      '« {{char}} » est codé en Windows-1252, pas en UTF-8 : dans Excel, Fichier > Enregistrer sous > « CSV UTF-8 (délimité par des virgules) »',
    quoteNotClosed:
      'un guillemet ouvert ici n’est jamais fermé : fermez-le, et doublez ("") les guillemets à l’intérieur du texte',
    badQuote: 'guillemet au milieu d’une cellule : doublez-le ("") ou mettez toute la cellule entre guillemets',
    columnCount:
      'cette ligne a {{count, number}} colonnes et l’en-tête {{expected, number}} : mettez entre guillemets le texte qui contient des virgules',
    columnCountSemicolon:
      'cette ligne a {{count, number}} colonnes et l’en-tête {{expected, number}} : mettez entre guillemets le texte qui contient des points-virgules',
    columnCountTab:
      'cette ligne a {{count, number}} colonnes et l’en-tête {{expected, number}} : mettez entre guillemets le texte qui contient des tabulations',
    missingColumn:
      'la colonne « {{name}} » manque : ajoutez-la à la ligne d’en-tête (colonnes attendues : {{expected}})',
    duplicateColumn: 'deux colonnes portent ce nom : renommez ou supprimez l’une des deux',
    noId: 'mise à jour sans identifiant : écrivez celui de la feuille (C01.1, par exemple)',
    badId: '« {{value}} » n’est pas un identifiant : écrivez-le comme la feuille (C01, C01.1 ou C01.1.1)',
    unknownId: 'l’identifiant {{id}} n’existe pas dans ce plan : écrivez l’un de ceux de la feuille ({{hint}})',
    removedId:
      '{{id}} ({{title}}) n’est plus dans le plan : supprimez ces lignes, ou gardez l’engagement dans le plan avec l’état « retiré »',
    reportOnMilestones:
      '{{id}} est un engagement qui a des jalons : rendez compte de chacun sur sa ligne ({{milestones}})',
    reportOnIndicators:
      '{{id}} est un jalon mesuré par le tableau de ses indicateurs : rendez compte de chaque indicateur sur sa ligne ({{indicators}}) ; l’état du jalon en est déduit',
    noPeriod: 'période manquante : écrivez le mois rapporté, AAAA-MM (par exemple 2024-03)',
    badPeriod:
      "« {{value}} » n’est pas une période : écrivez le mois rapporté, AAAA-MM, MM/AAAA ou en toutes lettres (mars 2024), par exemple 2024-03 ; si Excel la change en date, tapez devant une apostrophe droite, comme ceci : '2024-03",
    badStatus:
      '« {{value}} » n’est pas un état de l’échelle : écrivez non commencé, limité, substantiel, achevé ou retiré (ou not-started, limited, substantial, complete, withdrawn)',
    noChallenges:
      'état « {{status}} » sans difficultés : dites dans la colonne difficultés (challenges) ce qui retient ce jalon (règle du suivi canadien)',
    badDay: '« {{value}} » n’est pas une date : écrivez AAAA-MM-JJ ou JJ/MM/AAAA, par exemple 2024-03-15 ou 15/03/2024',
    ambiguousDay:
      '« {{value}} » peut être le {{first}} ou le {{second}} (AAAA-MM-JJ) : écrivez la date en AAAA-MM-JJ pour qu’elle ne se lise que d’une façon',
    noDate: 'date manquante : écrivez la date de l’avis, AAAA-MM-JJ (par exemple 2024-03-15)',
    duplicate:
      '{{id}} a déjà une mise à jour différente pour {{period}} ({{file}}, ligne {{row}}) : n’en gardez qu’une',
    badAuthor:
      '« {{value}} » n’est pas un type d’auteur : écrivez government, civil-society ou citizen (ou gouvernement, société civile, citoyen)',
    noText: 'avis sans texte : écrivez-le dans la colonne text',
    noResponseDate: 'réponse sans date : écrivez dans response_date le jour de la réponse, AAAA-MM-JJ',
    noResponse: 'date de réponse sans réponse : écrivez la réponse du gouvernement dans response, ou effacez la date',
    responseBeforeDate: 'la réponse est datée d’avant l’avis ({{date}}) : corrigez l’une des deux dates',
    isDirectory: 'c’est un dossier : donnez le fichier CSV lui-même',
    permission: 'lecture refusée (droits insuffisants) : donnez un fichier que vous pouvez ouvrir',
    busy: 'fichier occupé par un autre programme (ouvert dans Excel ?) : fermez-le puis relancez',
    noSuchDay: '« {{value}} » n’existe pas : les jours de ce mois vont de 01 à {{days}}',
    noSuchMonth: '« {{value}} » n’existe pas : les mois vont de 01 à 12 (AAAA-MM-JJ, par exemple 2024-03-15)',
    noSuchPeriod: '« {{value}} » n’existe pas : les mois vont de 01 à 12 (AAAA-MM, par exemple 2024-03)',
    feedbackAsUpdates:
      'ce fichier a les colonnes des avis ({{columns}}), pas celles d’une feuille de suivi : donnez-le avec --feedback, et avec --updates la feuille de suivi remplie',
    updatesAsFeedback:
      'ce fichier a les colonnes d’une feuille de suivi ({{columns}}), pas celles des avis : donnez-le avec --updates, et avec --feedback le fichier des avis',
    ambiguousPeriod:
      '« {{value}} » peut être le mois {{first}} ou le mois {{second}} (AAAA-MM) : écrivez la période en AAAA-MM (par exemple {{second}}) pour qu’elle ne se lise que d’une façon',
    periodAfterUpdated:
      'la période « {{value}} » ({{period}}) commence après la date de mise à jour ({{updated}}) : corrigez l’une des deux (la période est le mois rapporté, AAAA-MM)',
    statusMeant: {
      progress:
        '« {{value}} » n’est pas un état de l’échelle : écrivez limité (limited) si peu est fait, ou substantiel (substantial) si l’essentiel est fait, selon l’avancement',
      complete:
        '« {{value}} » n’est pas un état de l’échelle : s’il est entièrement réalisé, écrivez achevé (complete)',
      notStarted:
        '« {{value}} » n’est pas un état de l’échelle : s’il n’a pas commencé, écrivez non commencé (not-started)',
      withdrawn: '« {{value}} » n’est pas un état de l’échelle : s’il est abandonné, écrivez retiré (withdrawn)',
    },
    idNotItsMilestone:
      'l’identifiant {{id}} n’est pas celui du jalon de cette ligne, « {{text}} » : dans le plan, c’est {{expected}} ; écrivez {{expected}}',
    idOfAnother:
      '{{id}} est l’identifiant de « {{other}} » ({{file}}, ligne {{row}}) ; le jalon de cette ligne, « {{text}} », est {{expected}} dans le plan : écrivez {{expected}}',
    prefilledDue:
      'colonne {{dueLetter}} : l’échéance de {{id}} est celle du plan ({{due}}) ; votre modification n’a pas été reprise : une échéance change par une révision du plan',
    prefilledText:
      'colonne {{textLetter}} : le texte du jalon {{id}} est celui du plan (« {{text}} ») ; votre modification n’a pas été reprise : un engagement change par une révision du plan',
    prefilledBoth:
      'colonnes {{dueLetter}} et {{textLetter}} : l’échéance et le texte du jalon {{id}} sont ceux du plan ({{due}}, « {{text}} ») ; vos modifications n’ont pas été reprises : un engagement change par une révision du plan',
    noChallengesPlain:
      'état « {{status}} » sans difficultés : dites dans la colonne difficultés (challenges) ce qui retient ce jalon, pour que le public sache pourquoi il n’avance pas davantage',
    evidenceNotLink:
      '« {{value}} » n’est pas une adresse web : le public ne peut pas l’ouvrir depuis le site, où ce texte est publié tel quel ; donnez l’adresse publique du document (https://…), ou écrivez ce texte dans la colonne avancement (progress)',
    evidenceTextBeside:
      '« {{value}} » n’est pas une adresse web : seules les adresses https://… de cette cellule sont des liens sur le site, ce texte y est publié tel quel ; écrivez-le plutôt dans la colonne avancement (progress)',
  },
  site: {
    skip: 'Aller au contenu',
    languages: 'Langue',
    inLanguage: 'Lire cette page en {{language}}',
    languageName: { fr: 'français', en: 'anglais' },
    ownName: { fr: 'Français', en: 'English' },
    tracking: 'Suivi public du plan',
    asOf: 'Situation au {{date}}',
    latestPeriod: 'Dernière période rapportée : {{period}}',
    noPeriod: 'Aucune mise à jour publiée pour l’instant.',
    planText: 'Texte du plan, en {{language}}.',
    summary: 'En bref',
    points: 'Points d’avancement',
    pointsValue: '{{earned, number}} sur {{max, number}} points ({{percent}} %)',
    formulaTitle: 'Comment les points sont calculés',
    formula:
      'Chaque jalon vaut de 0 à 3 points selon son état sur l’échelle d’achèvement du Mécanisme d’évaluation indépendant (MEI) : non commencé 0, limité 1, substantiel 2, achevé 3. Un jalon sans mise à jour compte 0 ; un jalon retiré ne compte pas. Points d’un engagement = somme des points de ses jalons, sur 3 × le nombre de jalons ; un engagement sans jalon compte comme un jalon. Points du plan = somme des points des engagements.',
    byStatus: 'Jalons par état',
    status: {
      'not-started': 'Non commencé',
      limited: 'Limité',
      substantial: 'Substantiel',
      complete: 'Achevé',
      withdrawn: 'Retiré',
      unreported: 'Sans mise à jour',
    },
    overdue: 'Jalons en retard',
    overdueIntro: 'Échéance passée et jalon non achevé, du plus ancien au plus récent.',
    overdueNone: 'Aucun jalon en retard au {{date}}.',
    overdueBadge: 'En retard',
    daysLate_one: '{{count, number}} jour de retard',
    daysLate_other: '{{count, number}} jours de retard',
    changes: 'Changements de la période {{period}}',
    changesNone: 'Aucun changement d’état sur cette période.',
    moreChanges_one:
      'Et {{count, number}} autre changement : voir les pages des engagements et le flux des changements.',
    moreChanges_other:
      'Et {{count, number}} autres changements : voir les pages des engagements et le flux des changements.',
    firstStatus: 'premier état : {{to}}',
    seriesTitle: 'Points du plan à la fin de chaque période',
    seriesNone: 'La courbe apparaîtra avec la première période rapportée.',
    commitments: 'Engagements',
    feedbackSummary: 'Avis reçus : {{total, number}}, dont {{unanswered, number}} sans réponse du gouvernement.',
    column: {
      id: 'N°',
      commitment: 'Engagement',
      milestone: 'Jalon',
      lead: 'Porteur',
      level: 'Précision (estimée)',
      points: 'Points',
      overdue: 'En retard',
      due: 'Échéance',
      status: 'État',
      period: 'Période',
      change: 'Changement',
      count: 'Nombre',
      percent: 'Points (%)',
    },
    openData: 'Données ouvertes',
    planJson: 'Le plan et toutes ses mises à jour (JSON)',
    updatesCsv: 'Les mises à jour de toutes les périodes (CSV)',
    feed: 'Les changements d’état (flux Atom)',
    generated: 'Publié avec Jalon le {{date}}.',
    dashboard: 'Tableau de bord',
    whatPlanSays: 'Ce que dit le plan',
    notGiven: 'Non précisé dans le plan',
    problem: 'Problème à résoudre',
    planTextTitle: 'Le texte de l’engagement dans le plan',
    foundInProse: 'Phrase du plan où Jalon a repéré ce point (le plan ne lui donne pas de rubrique).',
    inText: 'Indiqué dans le texte de l’engagement (ci-dessus), sans rubrique à part.',
    span: 'De {{start}} à {{end}}',
    spanEnd: 'Jusqu’à {{end}}',
    spanStart: 'À partir de {{start}}',
    quality: 'Qualité de l’engagement',
    level: 'Précision estimée par Jalon (échelle du MEI)',
    verifiable: 'Vérifiable',
    yes: 'Oui',
    no: 'Non',
    lens: 'Valeurs du gouvernement ouvert',
    lensNone: 'Aucune repérée',
    lensValue: {
      transparency: 'Transparence',
      participation: 'Participation citoyenne',
      accountability: 'Redevabilité publique',
    },
    milestones: 'Jalons et calendrier',
    asItself: 'Engagement suivi dans son ensemble (le plan ne lui donne pas de jalon).',
    history: 'États par période',
    reports: 'Mises à jour',
    progress: 'Avancement',
    evidence: 'Preuves',
    challenges: 'Difficultés',
    updated: 'mise à jour du {{date}}',
    noReport: 'Aucune mise à jour pour l’instant.',
    noDue: 'Sans échéance',
    quarter: 'T{{quarter}} {{year}}',
    half: 'S{{half}} {{year}}',
    dueOn: 'Échéance : {{date}}',
    indicator: 'Indicateur {{id}}',
    indicators: 'Indicateurs',
    fromIndicators_one:
      'État déduit de son indicateur ci-dessous, tel que le plan le mesure : achevé quand il l’est, en retard quand il l’est.',
    fromIndicators_other:
      'État déduit de ses {{count, number}} indicateurs ci-dessous, tels que le plan les donne : achevé quand tous le sont, en retard dès que l’un l’est.',
    ownIndicatorNote:
      'Indicateur de l’engagement dans son ensemble, tel que le plan le donne : il est suivi sur sa ligne de la feuille de suivi, sans compter dans les points (ce sont les jalons qui comptent).',
    feedback: 'Avis de la société civile et réponses du gouvernement',
    feedbackNone: 'Aucun avis reçu pour cet engagement.',
    author: {
      government: 'Administration',
      'civil-society': 'Société civile',
      citizen: 'Citoyen ou citoyenne',
    },
    about: 'sur {{id}}',
    response: 'Réponse du gouvernement, le {{date}}',
    unanswered_one: 'Sans réponse du gouvernement à ce jour ({{count, number}} jour).',
    unanswered_other: 'Sans réponse du gouvernement à ce jour ({{count, number}} jours).',
    scroll: 'Tableau défilant : {{name}}',
    feedTitle: '{{title}} : changements d’état',
    feedEntry: '{{id}} — {{change}}',
    giveFeedback: 'Donner votre avis',
    contactEmail:
      'Écrivez à l’adresse ci-dessous, en précisant l’engagement ou le jalon dont vous parlez (son numéro : C01, C01.2…). Les avis et les réponses du gouvernement sont publiés sur ce site.',
    contactUrl:
      'Rendez-vous sur la page ci-dessous, en précisant l’engagement ou le jalon dont vous parlez (son numéro : C01, C01.2…). Les avis et les réponses du gouvernement sont publiés sur ce site.',
    noContact:
      'Le plan ne donne aucun moyen de transmettre un avis : ni adresse, ni formulaire. Demandez-en un à l’administration qui publie ce site.',
    allFeedback: 'Avis reçus et réponses',
    feedbackUnansweredTitle: 'Sans réponse du gouvernement',
    feedbackAnsweredTitle: 'Avec une réponse du gouvernement',
    feedbackListNone: 'Aucun avis reçu pour l’instant.',
    feedbackAbout: 'Sur l’engagement {{id}}',
    seeAllFeedback: 'Voir tous les avis et comment donner le vôtre',
    levelNote:
      'Estimation automatique faite par Jalon à partir du texte du plan : ce n’est pas l’évaluation du Mécanisme d’évaluation indépendant (MEI). Elle reprend l’échelle de précision du MEI : aucune (rien de vérifiable), faible (une activité mesurable moyennant interprétation), moyenne (une activité vérifiable, sans jalons mesurables), élevée (des jalons clairs, mesurables et vérifiables).',
    levelNoteShort:
      'Précision : estimation automatique par Jalon, pas l’évaluation du MEI (voir l’échelle sur la page de chaque engagement).',
    actionsInMilestones: 'Non précisé à part dans le plan : les actions sont celles des jalons ci-dessous.',
    reportedShare_one: '{{count, number}} jalon sur {{total, number}} rapporté',
    reportedShare_other: '{{count, number}} jalons sur {{total, number}} rapportés',
    completedLate_one: 'Achevé en retard : rapporté achevé pour {{period}}, {{count, number}} mois après l’échéance.',
    completedLate_other: 'Achevé en retard : rapporté achevé pour {{period}}, {{count, number}} mois après l’échéance.',
    completedLateOn_one:
      'Achevé en retard : achevé le {{day}}, {{count, number}} mois après l’échéance (date écrite dans la mise à jour de {{period}}).',
    completedLateOn_other:
      'Achevé en retard : achevé le {{day}}, {{count, number}} mois après l’échéance (date écrite dans la mise à jour de {{period}}).',
    completedLateOnDays_one:
      'Achevé en retard : achevé le {{day}}, {{count, number}} jour après l’échéance (date écrite dans la mise à jour de {{period}}).',
    completedLateOnDays_other:
      'Achevé en retard : achevé le {{day}}, {{count, number}} jours après l’échéance (date écrite dans la mise à jour de {{period}}).',
    onThisPage: 'Sur cette page',
    overdueCount_one: '{{count, number}} jalon en retard',
    overdueCount_other: '{{count, number}} jalons en retard',
    chooseLanguage: 'Choisissez votre langue',
    oldestLate: 'le plus ancien : {{days}}',
  },
};

const en: Shape<typeof fr> = {
  help: {
    updatesTemplate: 'write the follow-up sheet (CSV) that ministries fill in each reporting period',
    publish: 'publish the public tracking site of the adopted plan',
    plan: 'the adopted plan (.docx, .odt, .md, .txt)',
    sheetOut: 'CSV file to write',
    siteOut: 'folder of the site (replaced whole, or not at all)',
    updates:
      'filled-in follow-up sheets (CSV), one or more; status: not-started, limited, substantial, complete or withdrawn (non commencé, limité, substantiel, achevé, retiré); period: YYYY-MM, MM/YYYY or "June 2026"; dates YYYY-MM-DD (or DD/MM/YYYY in a French sheet)',
    feedback:
      "feedback received and the government's responses (CSV); columns: id, date, author_type, text, response, response_date; author_type: citizen, civil-society or government (citoyen, société civile, gouvernement); dates YYYY-MM-DD; response empty while the government has not answered",
    previous: "keep the ids already given: a published site's plan.json or a follow-up sheet",
    today: 'date overdue milestones are counted at, YYYY-MM-DD (default: today)',
    check: 'check the files without writing anything',
    lang: 'language of the messages (else LANG); the plan keeps its own: see --text-lang',
    textLang: 'language to read the plan in, when it is not recognised (else guessed from its words)',
    siteLang:
      'the site\'s languages: the plan\'s alone by default; "fr,en" or "en,fr" for both (texts the sheets do not translate stay in the plan\'s language)',
    contact:
      'where the public gives feedback: an e-mail address or a web address (https://…), shown on every page of the site',
  },
  cli: {
    langIsMessages:
      '--lang {{lang}} sets the language of the messages; the plan is read in {{detected}}, its own language. To read it in {{forced}}, write --text-lang {{lang}}.',
    sheetWritten: 'Follow-up sheet written to {{file}} (commitments: {{commitments, number}}; rows: {{rows, number}}).',
    checked:
      'Everything is valid (commitments: {{commitments, number}}; updates: {{reports, number}}; feedback: {{feedback, number}}). Nothing was written (--check).',
    published:
      'Site published in {{dir}} (commitments: {{commitments, number}}; updates: {{reports, number}}; overdue milestones: {{overdue, number}}). Open {{index}}.',
    invalid_one: '{{count, number}} problem in the files: nothing was written.',
    invalid_other: '{{count, number}} problems in the files: nothing was written.',
    newId: '{{id}} {{title}}: new id, no commitment published before matches it',
    matchedId: '{{id}} {{title}}: recognised by its content (published as {{before}})',
    removedId: '{{id}} {{title}} is no longer in the plan',
    outRequired: "give the site's folder: --out FOLDER (or --check to check without writing)",
    badToday: '--today expects a YYYY-MM-DD date, for example 2024-03-15 (got {{value}})',
    notSite:
      '{{dir}} exists and is not a site Jalon published: choose an empty or new folder (Jalon replaces the folder whole)',
    outFailed: 'cannot write the site ({{detail}}); {{dir}} is unchanged',
    outParentMissing:
      "{{dir}}: the folder {{parent}} does not exist; check the --out path, or make that folder first (Jalon makes only the site's own folder; nothing was written)",
    sheetFailed: 'cannot write the sheet ({{detail}})',
    noCommitment: 'no commitment found in this plan: nothing to track',
    todayNoSuchDay:
      '--today: {{value}} does not exist, the days of this month go from 01 to {{days}}; give a day of the calendar, YYYY-MM-DD',
    todayNoSuchMonth:
      '--today: {{value}} does not exist, the months go from 01 to 12; give a day of the calendar, YYYY-MM-DD',
    badContact:
      '--contact expects an e-mail address (feedback@ministry.gc.ca, for example) or a web address starting with https:// (got {{value}}); nothing was written',
    noContactGiven:
      'without --contact, the site\'s "Give feedback" page ({{page}}) tells the public that the plan gives no way to send feedback: publish again with --contact followed by an e-mail address (feedback@agency.gov, for example) or a web address starting with https://',
  },
  where: {
    file: '{{file}}',
    row: '{{file}}, line {{row}}',
    column: '{{file}}, line {{row}}, column {{letter}}',
    cell: '{{file}}, line {{row}}, column {{letter}} ({{name}})',
  },
  problems: {
    notFound: 'file not found',
    notPrevious: 'neither a site Jalon published (folder or plan.json) nor a readable follow-up sheet',
    unreadable: 'cannot read the file ({{detail}})',
    empty: 'the file is empty: start from the sheet `jalon updates-template` writes',
    xlsx: 'this is an Excel workbook, not a CSV: File > Save As > "CSV UTF-8 (Comma delimited)"',
    utf16: 'the file is UTF-16 ("Unicode Text"): save it as "CSV UTF-8 (Comma delimited)"',
    cp1252:
      '"{{char}}" is encoded in Windows-1252, not UTF-8: in Excel, File > Save As > "CSV UTF-8 (Comma delimited)"',
    quoteNotClosed: 'a quote opened here is never closed: close it, and double ("") the quotes inside the text',
    badQuote: 'a quote in the middle of a cell: double it ("") or put the whole cell in quotes',
    columnCount:
      'this line has {{count, number}} columns and the header {{expected, number}}: put text that holds commas in quotes',
    columnCountSemicolon:
      'this line has {{count, number}} columns and the header {{expected, number}}: put text that holds semicolons in quotes',
    columnCountTab:
      'this line has {{count, number}} columns and the header {{expected, number}}: put text that holds tabs in quotes',
    missingColumn: 'the column "{{name}}" is missing: add it to the header line (expected columns: {{expected}})',
    duplicateColumn: 'two columns have this name: rename or delete one of them',
    noId: "an update without an id: write the sheet's id (C01.1, for example)",
    badId: '"{{value}}" is not an id: write it as the sheet does (C01, C01.1 or C01.1.1)',
    unknownId: "the id {{id}} does not exist in this plan: write one of the sheet's ({{hint}})",
    removedId:
      '{{id}} ({{title}}) is no longer in the plan: delete these lines, or keep the commitment in the plan with the status "withdrawn"',
    reportOnMilestones: '{{id}} is a commitment with milestones: report on each on its own line ({{milestones}})',
    reportOnIndicators:
      "{{id}} is a milestone measured by its table of indicators: report on each indicator on its own line ({{indicators}}); the milestone's status is made from theirs",
    noPeriod: 'period missing: write the month reported on, YYYY-MM (for example 2024-03)',
    badPeriod:
      '"{{value}}" is not a period: write the month reported, YYYY-MM, MM/YYYY or in words (March 2024), for example 2024-03; if Excel turns it into a date, type a straight apostrophe before it, like this: \'2024-03',
    badStatus:
      '"{{value}}" is not a status of the scale: write not-started, limited, substantial, complete or withdrawn (or non commencé, limité, substantiel, achevé, retiré)',
    noChallenges:
      'status "{{status}}" without challenges: say in the challenges column what holds this milestone back (Canada\'s tracking rule)',
    badDay: '"{{value}}" is not a date: write YYYY-MM-DD, for example 2024-03-15',
    ambiguousDay:
      '"{{value}}" may be {{first}} or {{second}} (YYYY-MM-DD): write the date as YYYY-MM-DD so that it reads only one way',
    noDate: 'date missing: write the day the feedback was given, YYYY-MM-DD (for example 2024-03-15)',
    duplicate: '{{id}} already has a different update for {{period}} ({{file}}, line {{row}}): keep only one',
    badAuthor:
      '"{{value}}" is not an author type: write government, civil-society or citizen (or gouvernement, société civile, citoyen)',
    noText: 'feedback without text: write it in the text column',
    noResponseDate: 'a response without a date: write the day of the response in response_date, YYYY-MM-DD',
    noResponse: "a response date without a response: write the government's response in response, or clear the date",
    responseBeforeDate: 'the response is dated before the feedback ({{date}}): correct one of the two dates',
    isDirectory: 'it is a folder: give the CSV file itself',
    permission: 'cannot read it (permission denied): give a file you can open',
    busy: 'the file is in use by another program (open in Excel?): close it and run again',
    noSuchDay: '"{{value}}" does not exist: the days of this month go from 01 to {{days}}',
    noSuchMonth: '"{{value}}" does not exist: the months go from 01 to 12 (YYYY-MM-DD, for example 2024-03-15)',
    noSuchPeriod: '"{{value}}" does not exist: the months go from 01 to 12 (YYYY-MM, for example 2024-03)',
    feedbackAsUpdates:
      'this file has the columns of feedback ({{columns}}), not those of a follow-up sheet: give it with --feedback, and the filled-in follow-up sheet with --updates',
    updatesAsFeedback:
      'this file has the columns of a follow-up sheet ({{columns}}), not those of feedback: give it with --updates, and the feedback file with --feedback',
    ambiguousPeriod:
      '"{{value}}" may be the month {{first}} or the month {{second}} (YYYY-MM): write the period as YYYY-MM (for example {{second}}) so that it reads only one way',
    periodAfterUpdated:
      'the period "{{value}}" ({{period}}) begins after the day it was updated ({{updated}}): correct one of the two (the period is the month reported, YYYY-MM)',
    statusMeant: {
      progress:
        '"{{value}}" is not a status of the scale: write limited if little is done, or substantial if most of it is done, according to how far it is',
      complete: '"{{value}}" is not a status of the scale: if it is entirely done, write complete',
      notStarted: '"{{value}}" is not a status of the scale: if it has not started, write not-started',
      withdrawn: '"{{value}}" is not a status of the scale: if it was dropped, write withdrawn',
    },
    idNotItsMilestone:
      'the id {{id}} is not that of this row\'s milestone, "{{text}}": in the plan it is {{expected}}; write {{expected}}',
    idOfAnother:
      '{{id}} is the id of "{{other}}" ({{file}}, line {{row}}); this row\'s milestone, "{{text}}", is {{expected}} in the plan: write {{expected}}',
    prefilledDue:
      "column {{dueLetter}}: the due date of {{id}} is the plan's ({{due}}); your change was not used: a due date changes through a revision of the plan",
    prefilledText:
      'column {{textLetter}}: the text of milestone {{id}} is the plan\'s ("{{text}}"); your change was not used: a commitment changes through a revision of the plan',
    prefilledBoth:
      'columns {{dueLetter}} and {{textLetter}}: the due date and the text of milestone {{id}} are the plan\'s ({{due}}, "{{text}}"); your changes were not used: a commitment changes through a revision of the plan',
    noChallengesPlain:
      'status "{{status}}" without challenges: say in the challenges column what holds this milestone back, so that the public knows why it is not further along',
    evidenceNotLink:
      '"{{value}}" is not a web address: the public cannot open it from the site, where this text is published as it is; give the document\'s public address (https://…), or write this text in the progress column',
    evidenceTextBeside:
      '"{{value}}" is not a web address: only the https://… addresses of this cell are links on the site, this text is published as it is; write it in the progress column instead',
  },
  site: {
    skip: 'Skip to content',
    languages: 'Language',
    inLanguage: 'Read this page in {{language}}',
    languageName: { fr: 'French', en: 'English' },
    ownName: { fr: 'Français', en: 'English' },
    tracking: 'Public tracking of the plan',
    asOf: 'Situation on {{date}}',
    latestPeriod: 'Latest period reported: {{period}}',
    noPeriod: 'No update published yet.',
    planText: 'Plan text, in {{language}}.',
    summary: 'At a glance',
    points: 'Progress points',
    pointsValue: '{{earned, number}} of {{max, number}} points ({{percent}}%)',
    formulaTitle: 'How the points are counted',
    formula:
      "Each milestone is worth 0 to 3 points by its status on the completion scale of the Independent Reporting Mechanism (IRM): not started 0, limited 1, substantial 2, complete 3. A milestone without an update counts 0; a withdrawn milestone does not count. A commitment's points = the sum of its milestones' points, out of 3 × its number of milestones; a commitment without milestones counts as one milestone. The plan's points = the sum of its commitments' points.",
    byStatus: 'Milestones by status',
    status: {
      'not-started': 'Not started',
      limited: 'Limited',
      substantial: 'Substantial',
      complete: 'Complete',
      withdrawn: 'Withdrawn',
      unreported: 'No update',
    },
    overdue: 'Overdue milestones',
    overdueIntro: 'Due date passed and milestone not complete, the oldest first.',
    overdueNone: 'No milestone overdue on {{date}}.',
    overdueBadge: 'Overdue',
    daysLate_one: '{{count, number}} day late',
    daysLate_other: '{{count, number}} days late',
    changes: 'Changes in the period {{period}}',
    changesNone: 'No status changed in this period.',
    moreChanges_one: "And {{count, number}} more change: see the commitments' pages and the feed of changes.",
    moreChanges_other: "And {{count, number}} more changes: see the commitments' pages and the feed of changes.",
    firstStatus: 'first status: {{to}}',
    seriesTitle: "The plan's points at the end of each period",
    seriesNone: 'The chart appears with the first period reported.',
    commitments: 'Commitments',
    feedbackSummary:
      'Feedback received: {{total, number}}, of which {{unanswered, number}} without a government response.',
    column: {
      id: 'No.',
      commitment: 'Commitment',
      milestone: 'Milestone',
      lead: 'Lead',
      level: 'Specificity (estimated)',
      points: 'Points',
      overdue: 'Overdue',
      due: 'Due',
      status: 'Status',
      period: 'Period',
      change: 'Change',
      count: 'Count',
      percent: 'Points (%)',
    },
    openData: 'Open data',
    planJson: 'The plan and all its updates (JSON)',
    updatesCsv: 'The updates of every period (CSV)',
    feed: 'Status changes (Atom feed)',
    generated: 'Published with Jalon on {{date}}.',
    dashboard: 'Dashboard',
    whatPlanSays: 'What the plan says',
    notGiven: 'Not stated in the plan',
    problem: 'Problem addressed',
    planTextTitle: 'The commitment as the plan words it',
    foundInProse: 'The sentence of the plan where Jalon found this (the plan gives it no heading of its own).',
    inText: "Stated in the commitment's text (above), under no heading of its own.",
    span: 'From {{start}} to {{end}}',
    spanEnd: 'Until {{end}}',
    spanStart: 'From {{start}}',
    quality: 'Quality of the commitment',
    level: 'Specificity estimated by Jalon (IRM scale)',
    verifiable: 'Verifiable',
    yes: 'Yes',
    no: 'No',
    lens: 'Open government values',
    lensNone: 'None found',
    lensValue: {
      transparency: 'Transparency',
      participation: 'Civic participation',
      accountability: 'Public accountability',
    },
    milestones: 'Milestones and timeline',
    asItself: 'Commitment tracked as a whole (the plan gives it no milestones).',
    history: 'Status by period',
    reports: 'Updates',
    progress: 'Progress',
    evidence: 'Evidence',
    challenges: 'Challenges',
    updated: 'updated on {{date}}',
    noReport: 'No update yet.',
    noDue: 'No due date',
    quarter: 'Q{{quarter}} {{year}}',
    half: 'H{{half}} {{year}}',
    dueOn: 'Due: {{date}}',
    indicator: 'Indicator {{id}}',
    indicators: 'Indicators',
    fromIndicators_one:
      'Status made from its indicator below, as the plan measures it: complete when it is, late when it is.',
    fromIndicators_other:
      'Status made from its {{count, number}} indicators below, as the plan gives them: complete when all are, late as soon as one is.',
    ownIndicatorNote:
      'The indicator of the commitment as a whole, as the plan gives it: tracked on its own line of the follow-up sheet, not counted in the points (the milestones are).',
    feedback: 'Civil society feedback and government responses',
    feedbackNone: 'No feedback received on this commitment.',
    author: {
      government: 'Government',
      'civil-society': 'Civil society',
      citizen: 'Citizen',
    },
    about: 'on {{id}}',
    response: 'Government response, on {{date}}',
    unanswered_one: 'No government response so far ({{count, number}} day).',
    unanswered_other: 'No government response so far ({{count, number}} days).',
    scroll: 'Scrolling table: {{name}}',
    feedTitle: '{{title}}: status changes',
    feedEntry: '{{id}} — {{change}}',
    giveFeedback: 'Give feedback',
    contactEmail:
      "Write to the address below, saying which commitment or milestone you mean (its number: C01, C01.2…). Feedback and the government's responses are published on this site.",
    contactUrl:
      "Go to the page below, saying which commitment or milestone you mean (its number: C01, C01.2…). Feedback and the government's responses are published on this site.",
    noContact:
      'The plan gives no way to send feedback: no address, no form. Ask the administration that publishes this site for one.',
    allFeedback: 'Feedback received and responses',
    feedbackUnansweredTitle: 'Without a government response',
    feedbackAnsweredTitle: 'With a government response',
    feedbackListNone: 'No feedback received yet.',
    feedbackAbout: 'On commitment {{id}}',
    seeAllFeedback: 'See all feedback and how to give yours',
    levelNote:
      "An automatic estimate made by Jalon from the plan's text: it is not the Independent Reporting Mechanism's (IRM) assessment. It uses the IRM's specificity scale: none (nothing verifiable), low (an activity measurable with some interpretation), medium (a verifiable activity, without measurable milestones), high (clear, measurable, verifiable milestones).",
    levelNoteShort:
      "Specificity: Jalon's automatic estimate, not the IRM's assessment (the scale is on each commitment's page).",
    actionsInMilestones: 'Not stated apart in the plan: the actions are the milestones below.',
    reportedShare_one: '{{count, number}} milestone of {{total, number}} reported',
    reportedShare_other: '{{count, number}} milestones of {{total, number}} reported',
    completedLate_one: 'Completed late: reported complete for {{period}}, {{count, number}} month after the due date.',
    completedLate_other:
      'Completed late: reported complete for {{period}}, {{count, number}} months after the due date.',
    completedLateOn_one:
      'Completed late: completed on {{day}}, {{count, number}} month after the due date (the date given in the update for {{period}}).',
    completedLateOn_other:
      'Completed late: completed on {{day}}, {{count, number}} months after the due date (the date given in the update for {{period}}).',
    completedLateOnDays_one:
      'Completed late: completed on {{day}}, {{count, number}} day after the due date (the date given in the update for {{period}}).',
    completedLateOnDays_other:
      'Completed late: completed on {{day}}, {{count, number}} days after the due date (the date given in the update for {{period}}).',
    onThisPage: 'On this page',
    overdueCount_one: '{{count, number}} overdue milestone',
    overdueCount_other: '{{count, number}} overdue milestones',
    chooseLanguage: 'Choose your language',
    oldestLate: 'the oldest: {{days}}',
  },
};

export const publish = { fr, en };
