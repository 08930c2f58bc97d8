// The command line's own words: report headings and labels, the names of levels, severities and fields in its
// reports, its usage errors. Read by src/cli/i18n.ts. Over 400 lines: the French and the English of every
// text, in one file so that a key is added to both at once.
import type { Shape } from './shape';

const fr = {
  title: 'Revue des projets d’engagements',
  summary: 'Synthèse',
  file: 'Fichier',
  language: 'Langue',
  commitment: 'Engagement',
  // « Précision : élevée », agreeing with the level's words (« niveau » is masculine; audit15, finding 14).
  level: 'Précision',
  points: 'Points',
  missing: 'Champs manquants',
  vagueTerms: 'Termes vagues',
  findings: 'Remarques',
  questions: 'Questions pour l’auteur',
  /** Asked instead of the milestones' question when the commitment has milestones, none of them dated. */
  undatedMilestones: 'À quelle date chaque étape sera-t-elle livrée ?',
  noCommitment:
    'Aucun engagement reconnu dans ce document. Jalon reconnaît un engagement à son titre : un titre (style « Titre » dans Word, « ## » en Markdown) ou une ligne « Engagement 1 : … ». Ajoutez-en un au début de chaque engagement, ou partez du modèle (npx jalon template), puis relancez la vérification.',
  untitled: '(sans titre)',
  noFinding: 'Aucune remarque.',
  outsideCommitments: 'Hors engagements',
  unreadable: 'Fichiers illisibles',
  toAdd: 'à ajouter',
  nothingToAdd: 'rien à ajouter',
  note: 'note',
  textBox: 'zone de texte',
  generated: 'Produit par Jalon',
  compareTitle: 'Comparaison de deux versions',
  before: 'avant',
  after: 'après',
  improved: 'amélioré',
  regressed: 'en recul',
  unchanged: 'inchangé',
  added: 'nouveau',
  removed: 'supprimé',
  fieldsAdded: 'champs ajoutés',
  fieldsLost: 'champs perdus',
  findingsDelta: 'remarques',
  // --compare: what stayed, what moved (« niveau inchangé (élevé) », « 1 point perdu »), which fields were reworded.
  levelSame: 'précision inchangée ({{level}})',
  pointsSame: 'points inchangés ({{score}})',
  pointsGained_one: '{{count, number}} point gagné',
  pointsGained_other: '{{count, number}} points gagnés',
  pointsLost_one: '{{count, number}} point perdu',
  pointsLost_other: '{{count, number}} points perdus',
  // Fields stated in both versions whose text changed.
  fieldsChanged: 'champs modifiés',
  // --compare: the remarks of the older version gone from the newer, and the newer's own (with their line).
  remarksResolved: 'remarques résolues',
  remarksNew: 'nouvelles remarques',
  templateWritten: 'Modèle écrit dans',
  noPath: 'indiquez au moins un fichier ou un dossier à relire',
  outFailed: 'impossible d’écrire le rapport',
  templateFailed: 'impossible d’écrire le modèle',
  rulesFailed: 'fichier de règles illisible',
  rulesWarning: 'attention :',
  compareArgs: '--compare attend deux fichiers : ANCIEN NOUVEAU',
  reading: 'Lecture',
  verifiable: 'vérifiable',
  notVerifiable: 'non vérifiable',
  why: 'Pourquoi ce niveau',
  line: 'ligne',
  // Counts and labels of the reports, singular or plural by the number (translate with `count`).
  draftCount_one: '{{count, number}} projet',
  draftCount_other: '{{count, number}} projets',
  commitmentCount_one: '{{count, number}} engagement',
  commitmentCount_other: '{{count, number}} engagements',
  findingCount_one: '{{count, number}} remarque',
  findingCount_other: '{{count, number}} remarques',
  suggestionsLabel_one: 'suggestion',
  suggestionsLabel_other: 'suggestions',
  number: 'N°',
  // The level's code for scripts and filters (none, low, medium, high), the same in every language: said as such.
  levelCode: 'Précision en code anglais pour les scripts (none / low / medium / high)',
  maxPoints: 'Points possibles',
  change: 'Évolution',
  // Said where a level name alone would not fit the sentence (« précision élevée », never « niveau aucune précision »).
  levelPhrase: {
    none: 'aucune précision',
    low: 'précision faible',
    medium: 'précision moyenne',
    high: 'précision élevée',
  },
  // An acronym spelled out at its first use in a report (the IRM's name in example credits and explanations).
  acronym: 'MEI',
  acronymName: 'Mécanisme d’évaluation indépendant',
  help: {
    program: 'Relit des projets d’engagements PGO (.docx, .odt, .md, .txt)',
    check: 'relire des fichiers ou des dossiers de projets',
    paths: 'fichiers .docx, .odt, .md, .txt ou dossiers',
    format:
      'format du rapport (csv et csv-remarks : colonnes séparées par des points-virgules, comme les lit Excel en français)',
    out: 'écrire le rapport dans ce fichier',
    rules: 'règles maison (fichier)',
    lang: 'langue des textes et des messages',
    compare: 'comparer deux versions : ANCIEN NOUVEAU',
    jobs: 'nombre de fichiers relus en même temps (défaut : un par processeur ; 1 = un fichier après l’autre)',
    jobsInvalid: 'attend un nombre entier positif',
    template: 'écrire un plan vierge avec le modèle d’engagement',
    templateOut: 'fichier .docx à écrire',
    help: 'afficher l’aide',
    version: 'afficher la version',
    helpCommand: 'afficher l’aide d’une commande',
  },
  // commander's usage errors, which it writes in English (the English text is commander's own, quoted as this
  // catalogue quotes: test/unit/cli/english-quotes.test.ts).
  usage: {
    invalidChoice: 'erreur : valeur « {{value}} » refusée pour {{option}} ; valeurs possibles : {{choices}}.',
    unknownOption: 'erreur : option inconnue « {{option}} »',
    requiredOption: 'erreur : option obligatoire « {{option}} » absente',
    missingArgument: 'erreur : l’option « {{option}} » attend une valeur',
    unknownCommand:
      'erreur : commande inconnue « {{command}} » (commandes : check, template, updates-template, publish)',
    tooManyArguments: 'erreur : trop d’arguments',
  },
  levels: {
    // After « Précision : » (the reports' label, the pane's): « aucune », as the pane says it.
    none: 'aucune',
    low: 'faible',
    // Agreeing with « précision » (« précision moyenne »), as the pane and the text report say it.
    medium: 'moyenne',
    high: 'élevée',
  },
  severities: {
    error: 'erreur',
    warning: 'avertissement',
    suggestion: 'suggestion',
    info: 'information',
  },
  fields: {
    indicator: 'indicateur',
    baseline: 'situation initiale',
    target: 'situation cible',
    milestones: 'jalons',
    calendar: 'calendrier',
    cost: 'coût',
    lead: 'porteur',
    partners: 'partenaires',
    actions: 'action concrète',
    accountability: 'redevabilité',
    audience: 'public visé',
  },
  // What keeps the user's files safe and says which language a text is read in (main.ts, input.ts, publish/command.ts).
  guard: {
    outIsInput:
      '{{out}} : --out désigne un fichier que cette commande lit{{same}} ; Jalon ne l’écrase pas. Donnez un autre nom à --out (rien n’a été écrit)',
    sameAs: ' (c’est {{input}})',
    outExistsPlan:
      '{{out}} existe déjà et peut être un plan déjà rempli : Jalon ne le remplace pas. Choisissez un autre nom, ou ajoutez --force pour le remplacer (rien n’a été écrit)',
    outExistsSheet:
      '{{out}} existe déjà et peut être une feuille de suivi déjà remplie : Jalon ne la remplace pas. Choisissez un autre nom, ou ajoutez --force pour la remplacer (rien n’a été écrit)',
    force: 'remplacer le fichier --out s’il existe (sans --force, Jalon ne remplace jamais un fichier)',
    templateDocx:
      '{{out}} : le modèle est un document Word ; nommez-le en .docx, par exemple --out plan.docx (rien n’a été écrit)',
    reportKind:
      '{{out}} : Jalon n’écrit pas de fichier {{ext}} ; nommez le rapport en .html, .md, .txt, .csv, .json ou .sarif, par exemple --out revue.html (rien n’a été écrit)',
    previousKind:
      '{{file}} : --previous attend le plan.json d’un site publié (ou le dossier du site) ou une feuille de suivi .csv déjà écrite, pas un plan (rien n’a été écrit)',
    langMismatch:
      '{{file}} : ce texte semble écrit en {{detected}} ; il est lu en {{forced}} comme demandé par {{option}} (sans {{option}}, Jalon lit chaque texte dans sa langue)',
    languages: { fr: 'français', en: 'anglais' },
    // A draft too short to tell its language from (a skeleton of labels): read in the messages' language.
    langGuessed:
      '{{file}} : langue devinée sur trop peu de texte : il est lu en {{lang}}, la langue des messages ; s’il est en {{other}}, relancez avec --text-lang {{code}}',
    reportSkipped:
      '{{file}} : rapport écrit par Jalon, pas un projet : laissé de côté (nommez-le sur la ligne de commande pour le relire quand même)',
    reportNamed: '{{file}} : rapport écrit par Jalon, pas un projet : relu quand même, puisqu’il est nommé',
    invalidArgument: 'erreur : {{option}} {{reason}} ; reçu « {{value}} »',
  },
  // The blank plan `jalon template` writes (template.ts): its title, the instructions under it, its glossary's heading.
  blankPlan: {
    title: 'Plan d’action national pour un gouvernement ouvert',
    intro:
      'Remplissez un bloc par engagement ; copiez le bloc pour en ajouter. Chaque champ est un contrôle de contenu que Jalon relit.',
    glossary: 'Glossaire',
  },
  // The words of commander's help and usage errors that it writes in English (main.ts): titles, the values an
  // option takes and its default, the names of option values in the usage lines, its suggestions.
  helpText: {
    usage: 'Utilisation :',
    arguments: 'Arguments :',
    options: 'Options :',
    commands: 'Commandes :',
    globalOptions: 'Options globales :',
    choices: 'valeurs possibles : {{choices}}',
    choice: '{{value}}',
    choiceSeparator: ', ',
    default: 'par défaut : {{value}}',
    infoSeparator: ' ; ',
    // Names of what an option or a command takes, in `--out <fichier>` and `jalon check [options] [chemins...]`.
    placeholders: {
      options: 'options',
      command: 'commande',
      file: 'fichier',
      files: 'fichiers',
      dir: 'dossier',
      paths: 'chemins',
      lang: 'langue',
      format: 'format',
      date: 'date',
      plan: 'plan',
    },
    didYouMean: '(Vouliez-vous dire {{suggestion}} ?)',
    didYouMeanOneOf: '(Vouliez-vous dire l’un de ceux-ci : {{suggestions}} ?)',
    missingArgument: 'erreur : argument obligatoire « {{argument}} » absent',
  },
  // Why a file could not be read or written, from the system's error code (main.ts, output.ts, publish/): said
  // with the file and what to do; an unknown code keeps the system's own words.
  system: {
    read: {
      notFound: 'fichier introuvable : vérifiez son nom et son dossier',
      isDirectory: 'c’est un dossier : donnez un fichier',
      notDirectory: 'une partie du chemin est un fichier, pas un dossier : vérifiez le chemin',
      permission: 'lecture refusée (droits insuffisants) : donnez un fichier que vous pouvez ouvrir',
      busy: 'fichier occupé par un autre programme : fermez-le puis relancez',
      tooManyFiles: 'trop de fichiers ouverts à la fois : fermez des programmes puis relancez',
      nameTooLong: 'nom de fichier trop long : raccourcissez le nom ou le chemin',
    },
    write: {
      notFound: 'le dossier où l’écrire est introuvable ou n’accepte pas de fichiers : choisissez un autre dossier',
      isDirectory: 'c’est un dossier : donnez un nom de fichier, par exemple {{example}}',
      notDirectory: 'une partie du chemin est un fichier, pas un dossier : choisissez un autre chemin',
      permission: 'écriture refusée (droits insuffisants) : choisissez un dossier où vous pouvez écrire',
      readOnly: 'le disque est en lecture seule : choisissez un autre emplacement',
      diskFull: 'le disque est plein : libérez de la place ou choisissez un autre disque',
      busy: 'fichier occupé par un autre programme (ouvert dans Excel ?) : fermez-le puis relancez',
      tooManyFiles: 'trop de fichiers ouverts à la fois : fermez des programmes puis relancez',
      nameTooLong: 'nom de fichier trop long : raccourcissez le nom ou le chemin',
      exists: 'un fichier de ce nom est déjà là où il faut un dossier : choisissez un autre chemin',
    },
    at: '{{path}} : {{reason}}',
    // The name of the file given as an example when --out names a folder (extension added).
    reportName: 'revue',
    sheetName: 'suivi',
  },
  // The CSV report's last column: why a file could not be read (empty on the commitments' rows).
  unreadableReason: 'Problème de lecture',
  // `jalon check`: the language of the messages (--lang) apart from the drafts' (--text-lang), and what a report says
  // of a draft read in a language other than its messages'.
  checkLangHelp:
    'langue des messages et des rapports (sinon celle de LANG) ; chaque projet est lu dans sa propre langue',
  textLangHelp: 'langue des projets relus (fr ou en), si Jalon se trompe en la devinant ; sinon celle de chaque projet',
  draftLanguageNote:
    'Ce projet est en {{language}} : Jalon l’a relu avec ses règles de l’{{language}} ; ses remarques sont en français, mais les exemples à coller dans le projet restent en {{language}}.',
  // A draft too short to tell its language from, without --text-lang: read in the messages' language (languageGuess).
  languageGuessedNote:
    'Langue du texte devinée sur peu de mots : {{language}}. S’il est en {{other}}, indiquez --text-lang {{code}}.',
  // Information remarks: folded in HTML, counted in text and Markdown unless --all lists them.
  allHelp: 'lister aussi les remarques pour information (texte et Markdown ; sinon leur nombre par engagement)',
  // A remark in a table cell: the table, its row by its first cell, its column by its header. A table's row is a
  // « rangée »: « ligne » is the file's line just before it (« ligne 122, tableau 12, rangée « Collecter… » »).
  cellPlace: 'tableau {{table}}, rangée {{row}}, colonne {{column}}',
  cellRow: 'tableau {{table}}, rangée {{row}}',
  cellColumn: 'tableau {{table}}, colonne {{column}}',
  // Where a missing field goes (a remark on the whole commitment has no words of its own to point at): its
  // commitment, and after which field (its last paragraph) or, when none comes before it, under the heading.
  missingAfter: 'engagement {{n}}, à ajouter après « {{field}} » : {{at}}',
  missingUnder: 'engagement {{n}}, à ajouter sous son titre : {{at}}',
  // A heading with no words yet (a blank template): no empty quote.
  missingUnderUntitled: 'engagement {{n}}, à ajouter sous son titre (encore à écrire)',
  wholeCommitment: 'engagement {{n}}, titre : {{at}}',
  infoCount_one: '{{count, number}} remarque pour information',
  infoCount_other: '{{count, number}} remarques pour information',
  infoHidden_one: '{{count, number}} remarque pour information (--all pour la lister)',
  infoHidden_other: '{{count, number}} remarques pour information (--all pour les lister)',
  // The facilitator's reports (report/): one report per draft (--out-dir), the remarks' CSV, the HTML report's
  // introduction and legend.
  outDirHelp:
    'écrire un rapport par projet dans ce dossier, chacun au nom de son projet (à envoyer à chaque ministère)',
  reportsWritten_one: '{{count, number}} rapport écrit dans {{dir}}',
  reportsWritten_other: '{{count, number}} rapports écrits dans {{dir}}',
  outAndOutDir:
    '--out écrit un seul rapport, --out-dir un rapport par projet : choisissez l’un ou l’autre (rien n’a été écrit)',
  compareOutDir: '--compare écrit un seul rapport : donnez --out FICHIER plutôt que --out-dir (rien n’a été écrit)',
  // Audit 16 (findings 10, 21). Exit codes for scripts: --fail-on (a remark's severity), --min-level (a
  // commitment's level); the line on stderr naming each commitment below the level asked for.
  failOnHelp:
    'sortir avec le code 1 dès qu’une remarque a cette gravité ou plus (error, par défaut : erreurs seulement ; warning : avertissements aussi), pour arrêter un script',
  minLevelHelp:
    'sortir avec le code 1 si un engagement est moins précis que ce niveau (low : faible, medium : moyenne, high : élevée) ou si un projet n’en a aucun, pour arrêter un script',
  belowLevel: '{{file}} : {{commitment}} — précision : {{level}}, en dessous du niveau demandé (--min-level : {{min}})',
  noCommitmentLevel: '{{file}} : aucun engagement trouvé, donc aucun au niveau demandé (--min-level : {{min}})',
  location: 'Emplacement',
  severity: 'Gravité',
  severityCode: 'Code de gravité',
  remarkKind: 'Type de remarque',
  remarkCode: 'Code de la remarque',
  flagged: 'Texte relevé',
  remark: 'Remarque',
  suggestionColumn: 'Suggestion',
  explanation: 'Explication',
  // Issue 13 (audit 14, findings 15, 16, 4 of the report's part). A table with no header row (OGP's template): a first
  // cell named by its row's number.
  cellRowNumber: 'tableau {{table}}, rangée {{number}}',
  // The reports people read (text, md, html) open each draft on its digest, what a facilitator mails to a ministry:
  // per commitment, what to add (the questions, on one line) and its main remarks; then each missing field's example
  // once (« Comment écrire chaque champ »); then every remark, commitment by commitment (folded in HTML).
  digest: 'Synthèse : ce qu’il faut ajouter et les principales remarques, engagement par engagement',
  digestAsk: 'À ajouter : {{questions}}',
  digestMore_one: '{{count, number}} autre remarque dans « {{all}} »',
  digestMore_other: '{{count, number}} autres remarques dans « {{all}} »',
  guide: 'Comment écrire chaque champ',
  guideIntro:
    'Un exemple par champ et par sujet, écrit d’après un engagement réel et bien évalué : à adapter à l’engagement, pas à copier.',
  guideFor_one: 'engagement {{list}}',
  guideFor_other: 'engagements {{list}}',
  guideAbove: 'le même exemple que pour {{file}}, plus haut',
  exampleRef: 'exemple : « {{guide}} », {{ref}}',
  allRemarks: 'Toutes les remarques, engagement par engagement',
  allRemarksCount_one: 'Toutes les remarques, engagement par engagement ({{count, number}} remarque)',
  allRemarksCount_other: 'Toutes les remarques, engagement par engagement ({{count, number}} remarques)',
  // The points are the workshop's checklist (the template's parts the text holds), not the level: named so wherever
  // both are shown, after the level (« précision moyenne (vérifiable) — grille de l’atelier : 3/21 »).
  checklist: 'Grille de l’atelier',
  checklistScore: 'grille de l’atelier : {{score}}/{{max}}',
  legend: {
    title: 'Comment lire ce rapport',
    intro:
      'Jalon a relu {{drafts}} le {{date}}. Pour chaque engagement : son niveau de précision, ses points, les champs du modèle qui lui manquent, puis les remarques sur le texte et les questions à poser à l’auteur.',
    level:
      'La précision de l’engagement sur l’échelle du Mécanisme d’évaluation indépendant (MEI) du PGO (aucune précision, faible, moyen, élevé), estimée par Jalon d’après le texte : ce n’est pas l’évaluation du MEI. Elle pèse les points et la façon dont le texte est écrit (verbes précis ou vagues, chiffres), avec des poids ajustés sur les évaluations du MEI : un engagement qui a moins de points peut avoir une précision plus élevée ; « Pourquoi ce niveau » dit sur quoi elle repose. « Vérifiable » : un verbe précis avec ce qu’il livre, un livrable nommé ou un jalon daté permet de vérifier sa mise en œuvre.',
    points:
      'La grille de l’atelier : les éléments du modèle d’engagement que le texte contient (livrable, jalons datés, date de fin, indicateur, situation initiale, cible, porteur, coût, partenaires, redevabilité, public visé), chacun valant un ou plusieurs points : « 8/21 » veut dire 8 points acquis sur 21 possibles. Ce n’est pas le niveau : une grille peu remplie peut aller avec une précision moyenne, quand le texte dit précisément ce qu’il livre. Les questions pour l’auteur disent comment gagner les autres points.',
    severities: 'Gravité des remarques',
    error: 'à corriger avant de diffuser le texte (règle de la maison)',
    warning: 'rend l’engagement flou ou impossible à vérifier : à revoir',
    suggestion: 'une amélioration conseillée',
    info: 'pour information : souvent rien à changer',
    where:
      'Chaque remarque dit où elle se trouve par les premiers mots de son paragraphe (à chercher dans Word avec Ctrl+F), et sa ligne dans un fichier texte.',
    codes:
      'Chaque type de remarque a un code, qui sert à l’ignorer ou à changer sa gravité dans les règles maison (option --rules) : {{codes}}.',
  },
};

const en: Shape<typeof fr> = {
  title: 'Review of draft commitments',
  summary: 'Summary',
  file: 'File',
  language: 'Language',
  commitment: 'Commitment',
  level: 'Level',
  points: 'Points',
  missing: 'Missing fields',
  vagueTerms: 'Vague terms',
  findings: 'Findings',
  questions: 'Questions for the author',
  undatedMilestones: 'By what date will each step be delivered?',
  noCommitment:
    'No commitment found in this document. Jalon finds a commitment by its title: a heading (a Heading style in Word, "##" in Markdown) or a line "Commitment 1: …". Put one at the start of each commitment, or start from the template (npx jalon template), then check again.',
  untitled: '(untitled)',
  noFinding: 'No findings.',
  outsideCommitments: 'Outside commitments',
  unreadable: 'Unreadable files',
  toAdd: 'to add',
  nothingToAdd: 'nothing to add',
  note: 'note',
  textBox: 'text box',
  generated: 'Produced by Jalon',
  compareTitle: 'Comparison of two versions',
  before: 'before',
  after: 'after',
  improved: 'improved',
  regressed: 'regressed',
  unchanged: 'unchanged',
  added: 'new',
  removed: 'removed',
  fieldsAdded: 'fields added',
  fieldsLost: 'fields lost',
  findingsDelta: 'findings',
  levelSame: 'level unchanged ({{level}})',
  pointsSame: 'points unchanged ({{score}})',
  pointsGained_one: '{{count, number}} point gained',
  pointsGained_other: '{{count, number}} points gained',
  pointsLost_one: '{{count, number}} point lost',
  pointsLost_other: '{{count, number}} points lost',
  fieldsChanged: 'fields changed',
  remarksResolved: 'findings resolved',
  remarksNew: 'new findings',
  templateWritten: 'Template written to',
  noPath: 'give at least one file or folder to review',
  outFailed: 'cannot write the report',
  templateFailed: 'cannot write the template',
  rulesFailed: 'cannot read the rules file',
  rulesWarning: 'warning:',
  compareArgs: '--compare expects two files: OLD NEW',
  reading: 'Reading',
  verifiable: 'verifiable',
  notVerifiable: 'not verifiable',
  why: 'Why this level',
  line: 'line',
  draftCount_one: '{{count, number}} draft',
  draftCount_other: '{{count, number}} drafts',
  commitmentCount_one: '{{count, number}} commitment',
  commitmentCount_other: '{{count, number}} commitments',
  findingCount_one: '{{count, number}} finding',
  findingCount_other: '{{count, number}} findings',
  suggestionsLabel_one: 'suggestion',
  suggestionsLabel_other: 'suggestions',
  number: 'No.',
  levelCode: 'Level code (none / low / medium / high)',
  maxPoints: 'Maximum points',
  change: 'Change',
  levelPhrase: {
    none: 'no specificity',
    low: 'low specificity',
    medium: 'medium specificity',
    high: 'high specificity',
  },
  acronym: 'IRM',
  acronymName: 'Independent Reporting Mechanism',
  help: {
    program: 'Reviews draft OGP commitments (.docx, .odt, .md, .txt)',
    check: 'review draft files or folders',
    paths: '.docx, .odt, .md, .txt files or folders',
    format: 'report format (csv and csv-remarks: columns separated by commas; by semicolons in French)',
    out: 'write the report to this file',
    rules: 'house rules file',
    lang: 'language of the texts and messages',
    compare: 'compare two versions: OLD NEW',
    jobs: 'number of files reviewed at the same time (default: one per CPU; 1 = one file after another)',
    jobsInvalid: 'expects a positive whole number',
    template: 'write a blank plan with the commitment template',
    templateOut: '.docx file to write',
    help: 'display help',
    version: 'display the version',
    helpCommand: 'display help for a command',
  },
  usage: {
    invalidChoice: 'error: option "{{option}}" argument "{{value}}" is invalid. Allowed choices are {{choices}}.',
    unknownOption: 'error: unknown option "{{option}}"',
    requiredOption: 'error: required option "{{option}}" not specified',
    missingArgument: 'error: option "{{option}}" argument missing',
    unknownCommand: 'error: unknown command "{{command}}" (commands: check, template, updates-template, publish)',
    tooManyArguments: 'error: too many arguments',
  },
  levels: {
    none: 'none',
    low: 'low',
    medium: 'medium',
    high: 'high',
  },
  severities: {
    error: 'error',
    warning: 'warning',
    suggestion: 'suggestion',
    info: 'information',
  },
  fields: {
    indicator: 'indicator',
    baseline: 'baseline',
    target: 'target',
    milestones: 'milestones',
    calendar: 'calendar',
    cost: 'cost',
    lead: 'lead institution',
    partners: 'partners',
    actions: 'concrete action',
    accountability: 'accountability',
    audience: 'audience',
  },
  guard: {
    outIsInput:
      '{{out}}: --out names a file this command reads{{same}}; Jalon does not overwrite it. Give --out another name (nothing was written)',
    sameAs: ' (it is {{input}})',
    outExistsPlan:
      '{{out}} already exists and may be a plan already filled in: Jalon does not replace it. Choose another name, or add --force to replace it (nothing was written)',
    outExistsSheet:
      '{{out}} already exists and may be a follow-up sheet already filled in: Jalon does not replace it. Choose another name, or add --force to replace it (nothing was written)',
    force: 'replace the --out file if it exists (without --force, Jalon never replaces a file)',
    templateDocx:
      '{{out}}: the template is a Word document; name it .docx, for example --out plan.docx (nothing was written)',
    reportKind:
      '{{out}}: Jalon does not write {{ext}} files; name the report .html, .md, .txt, .csv, .json or .sarif, for example --out review.html (nothing was written)',
    previousKind:
      "{{file}}: --previous takes the plan.json of a published site (or the site's folder) or an earlier .csv follow-up sheet, not a plan (nothing was written)",
    langMismatch:
      '{{file}}: this text seems to be written in {{detected}}; it is read as {{forced}} as {{option}} asks (without {{option}}, Jalon reads each text in its own language)',
    languages: { fr: 'French', en: 'English' },
    langGuessed:
      '{{file}}: language guessed from too little text: it is read as {{lang}}, the language of the messages; if it is in {{other}}, run again with --text-lang {{code}}',
    reportSkipped:
      '{{file}}: a report Jalon wrote, not a draft: left out (name it on the command line to review it anyway)',
    reportNamed: '{{file}}: a report Jalon wrote, not a draft: reviewed anyway, since it is named',
    invalidArgument: 'error: {{option}} {{reason}}; got "{{value}}"',
  },
  blankPlan: {
    title: 'National action plan for open government',
    intro:
      'Fill in one block per commitment; copy the block to add another. Each field is a content control Jalon reads back.',
    glossary: 'Glossary',
  },
  helpText: {
    usage: 'Usage:',
    arguments: 'Arguments:',
    options: 'Options:',
    commands: 'Commands:',
    globalOptions: 'Global Options:',
    choices: 'choices: {{choices}}',
    choice: '"{{value}}"',
    choiceSeparator: ', ',
    default: 'default: {{value}}',
    infoSeparator: ', ',
    placeholders: {
      options: 'options',
      command: 'command',
      file: 'file',
      files: 'files',
      dir: 'dir',
      paths: 'paths',
      lang: 'lang',
      format: 'format',
      date: 'date',
      plan: 'plan',
    },
    didYouMean: '(Did you mean {{suggestion}}?)',
    didYouMeanOneOf: '(Did you mean one of {{suggestions}}?)',
    missingArgument: 'error: missing required argument "{{argument}}"',
  },
  system: {
    read: {
      notFound: 'file not found: check its name and folder',
      isDirectory: 'it is a folder: give a file',
      notDirectory: 'part of the path is a file, not a folder: check the path',
      permission: 'cannot read it (permission denied): give a file you can open',
      busy: 'the file is in use by another program: close it and run again',
      tooManyFiles: 'too many files open at once: close some programs and run again',
      nameTooLong: 'the file name is too long: shorten the name or the path',
    },
    write: {
      notFound: 'the folder to write it in cannot be found or does not take files: choose another folder',
      isDirectory: 'it is a folder: give a file name, for example {{example}}',
      notDirectory: 'part of the path is a file, not a folder: choose another path',
      permission: 'cannot write there (permission denied): choose a folder you can write to',
      readOnly: 'the disk is read-only: choose another place',
      diskFull: 'the disk is full: free some space or choose another disk',
      busy: 'the file is in use by another program (open in Excel?): close it and run again',
      tooManyFiles: 'too many files open at once: close some programs and run again',
      nameTooLong: 'the file name is too long: shorten the name or the path',
      exists: 'a file of this name is where a folder is needed: choose another path',
    },
    at: '{{path}}: {{reason}}',
    reportName: 'review',
    sheetName: 'follow-up',
  },
  unreadableReason: 'Reading problem',
  checkLangHelp: "language of the messages and reports (else LANG's); each draft is read in its own language",
  textLangHelp: "language of the drafts reviewed (fr or en), if Jalon guesses it wrong; else each draft's own",
  draftLanguageNote:
    'This draft is in {{language}}: Jalon read it with its {{language}} rules; its remarks are in English, but the examples to paste into the draft stay in {{language}}.',
  languageGuessedNote:
    'Language of the text guessed from few words: {{language}}. If it is in {{other}}, give --text-lang {{code}}.',
  allHelp: 'list information remarks too (text and Markdown; else their count per commitment)',
  cellPlace: 'table {{table}}, row {{row}}, column {{column}}',
  cellRow: 'table {{table}}, row {{row}}',
  cellColumn: 'table {{table}}, column {{column}}',
  missingAfter: 'commitment {{n}}, to add after "{{field}}": {{at}}',
  missingUnder: 'commitment {{n}}, to add under its heading: {{at}}',
  missingUnderUntitled: 'commitment {{n}}, to add under its heading (still to write)',
  wholeCommitment: 'commitment {{n}}, heading: {{at}}',
  infoCount_one: '{{count, number}} information remark',
  infoCount_other: '{{count, number}} information remarks',
  infoHidden_one: '{{count, number}} information remark (--all lists it)',
  infoHidden_other: '{{count, number}} information remarks (--all lists them)',
  outDirHelp: 'write one report per draft in this folder, each named after its draft (to send each ministry its own)',
  reportsWritten_one: '{{count, number}} report written to {{dir}}',
  reportsWritten_other: '{{count, number}} reports written to {{dir}}',
  outAndOutDir: '--out writes one report, --out-dir one report per draft: choose one of them (nothing was written)',
  compareOutDir: '--compare writes a single report: give --out FILE rather than --out-dir (nothing was written)',
  failOnHelp:
    'exit with code 1 as soon as a finding has this severity or a higher one (error, the default: errors only; warning: warnings too), to stop a script',
  minLevelHelp:
    'exit with code 1 if a commitment is less specific than this level or a draft has none, to stop a script',
  belowLevel: '{{file}}: {{commitment}} — level: {{level}}, below the level asked for (--min-level: {{min}})',
  noCommitmentLevel: '{{file}}: no commitment found, so none at the level asked for (--min-level: {{min}})',
  location: 'Location',
  severity: 'Severity',
  severityCode: 'Severity code',
  remarkKind: 'Kind of finding',
  remarkCode: 'Finding code',
  flagged: 'Flagged text',
  remark: 'Finding',
  suggestionColumn: 'Suggestion',
  explanation: 'Explanation',
  cellRowNumber: 'table {{table}}, row {{number}}',
  digest: 'Digest: what to add and the main findings, commitment by commitment',
  digestAsk: 'To add: {{questions}}',
  digestMore_one: '{{count, number}} more finding under "{{all}}"',
  digestMore_other: '{{count, number}} more findings under "{{all}}"',
  guide: 'How to write each field',
  guideIntro:
    'One example per field and subject, written after a real, well-rated commitment: to adapt to the commitment, not to copy.',
  guideFor_one: 'commitment {{list}}',
  guideFor_other: 'commitments {{list}}',
  guideAbove: 'the same example as for {{file}}, above',
  exampleRef: 'example: "{{guide}}", {{ref}}',
  allRemarks: 'All findings, commitment by commitment',
  allRemarksCount_one: 'All findings, commitment by commitment ({{count, number}} finding)',
  allRemarksCount_other: 'All findings, commitment by commitment ({{count, number}} findings)',
  checklist: 'Workshop checklist',
  checklistScore: 'workshop checklist: {{score}}/{{max}}',
  legend: {
    title: 'How to read this report',
    intro:
      'Jalon reviewed {{drafts}} on {{date}}. For each commitment: its level of specificity, its points, the template fields it lacks, then the findings on its text and the questions to ask its author.',
    level:
      'The commitment\'s specificity on the scale of the OGP\'s Independent Reporting Mechanism (IRM) (no specificity, low, medium, high), estimated by Jalon from the text: it is not the IRM\'s assessment. It weighs the points and how the text is written (precise or vague verbs, figures), with weights fitted to the IRM\'s ratings: a commitment with fewer points can have a higher level; "Why this level" says what it rests on. "Verifiable": a precise verb with what it delivers, a named deliverable or a dated milestone makes it possible to check that it was done.',
    points:
      'The workshop checklist: the parts of the commitment template the text contains (deliverable, dated milestones, end date, indicator, baseline, target, lead, cost, partners, accountability, audience), each worth one point or more: "8/21" means 8 points earned out of 21. It is not the level: a thin checklist can go with a medium level when the text says precisely what it delivers. The questions for the author say how to earn the other points.',
    severities: 'Severity of the findings',
    error: 'to fix before the text is circulated (a house rule)',
    warning: 'makes the commitment vague or impossible to verify: to revise',
    suggestion: 'an improvement worth making',
    info: 'for information: often nothing to change',
    where:
      'Each finding says where it is by the first words of its paragraph (search for them in Word with Ctrl+F), and its line in a text file.',
    codes:
      'Each kind of finding has a code, used to ignore it or change its severity in house rules (the --rules option): {{codes}}.',
  },
};

export const cli = { fr, en };
