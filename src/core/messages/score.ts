// The score's words: the checklist (what each point item asks and how to earn it), the level and why, whether the
// commitment is verifiable and why, and the values of open government it serves. Read by the core
// (commitments/score.ts and commitments/model/), the card and the reports. The hints' years are placeholders
// (template/period.ts), dated from the current year on: a checklist knows no plan's period.
import type { Shape } from './shape';

const fr = {
  items: {
    deliverable: {
      label: 'Un livrable concret est nommé (texte, norme, outil, jeu de données)',
      howToEarn: 'Dites ce qui existera à la fin : un décret, une plateforme, un registre, un jeu de données…',
    },
    'dated-milestone': {
      label: 'Au moins un jalon daté',
      howToEarn: 'Ajoutez un jalon : un livrable et sa date (« Publication du décret – mars {{start|2025}} »).',
    },
    'milestone-path': {
      label: 'Plusieurs jalons datés jalonnent le chemin',
      howToEarn: 'Découpez l’engagement en au moins deux étapes datées.',
    },
    'end-date': {
      label: 'Une date de fin',
      howToEarn: 'Indiquez quand l’engagement s’achève (« d’ici décembre {{end|2026}} »).',
    },
    focused: {
      label: 'Le texte dit surtout ce qui sera livré',
      howToEarn:
        'Au moins la moitié des phrases doivent nommer un livrable ou une action vérifiable ; resserrez le contexte.',
    },
    indicator: {
      label: 'Un indicateur de résultat',
      howToEarn: 'Nommez ce que l’on comptera pour savoir si c’est réussi (« part des marchés publiés »).',
    },
    target: {
      label: 'Une cible chiffrée ou datée',
      howToEarn: 'Donnez la valeur visée et sa date (« 100 % d’ici décembre {{end|2026}} »).',
    },
    baseline: {
      label: 'Une situation initiale chiffrée',
      howToEarn: 'Donnez la valeur de départ et son année (« 12 % en {{start-1|2024}} »).',
    },
    lead: { label: 'Une administration responsable', howToEarn: 'Nommez l’administration chef de file et un contact.' },
    cost: {
      label: 'Un coût estimé',
      howToEarn: 'Donnez un montant, dans la monnaie du plan, ou les moyens humains (équivalents temps plein).',
    },
    partners: {
      label: 'Les autres acteurs, dont la société civile',
      howToEarn: 'Nommez les partenaires associés et leur rôle.',
    },
    accountability: {
      label: 'Qui rend compte, à qui',
      howToEarn: 'Dites qui publie le bilan et à qui il est présenté (Parlement, société civile).',
    },
    audience: {
      label: 'Le public visé',
      howToEarn: 'Dites à qui s’adresse l’engagement (grand public, entreprises, administrations).',
    },
  },
  // What a text feature of the level model counts, said of this commitment.
  features: {
    actions_one:
      '{{count, number}} phrase dit ce qui sera fait par un verbe précis (publier, adopter…) et ce qu’il livre',
    actions_other:
      '{{count, number}} phrases disent ce qui sera fait par un verbe précis (publier, adopter…) et ce qu’il livre',
    vagueShare: '{{percent, number}} % des phrases n’ont pour action qu’un verbe vague',
    figures_one: '{{count, number}} chiffre (nombre, pourcentage, montant)',
    figures_other: '{{count, number}} chiffres (nombres, pourcentages, montants)',
  },
  reason: {
    earned: '{{label}} : acquis ({{points}} pt) ; {{effect}}.',
    missing: '{{label}} : manque ({{points}} pt) ; {{effect}}.',
    feature: '{{what}} : {{effect}}.',
    raises: 'élève la note de précision de {{value}}',
    lowers: 'abaisse la note de précision de {{value}}',
    neutral: 'sans effet mesuré sur la précision',
    wouldRaise: 'l’ajouter élèverait la note de précision de {{value}}',
  },
  level: {
    none: 'aucune',
    low: 'faible',
    medium: 'moyenne',
    high: 'élevée',
    ruleNone:
      'Aucune précision, au sens du MEI : ni livrable nommé, ni jalon daté, ni verbe précis avec ce qu’il livre, rien que l’on puisse vérifier.',
    and: ' et ',
  },
  verifiable: {
    // Said after the word « Vérifiable » (a page's label, the reports' level line): the sentences do not repeat it.
    yes: '{{what}} permet de vérifier sa mise en œuvre.',
    yesAction: 'Un verbe précis et ce qu’il livre (« publier le rapport »)',
    yesDeliverable: 'Un livrable nommé',
    yesMilestone: 'Un jalon daté',
    no: 'Rien ne permet de vérifier ce qui aura été fait : {{what}}.',
    noNothing: 'ni livrable nommé, ni jalon daté, ni verbe précis avec ce qu’il livre',
    noVague: 'les actions restent vagues ; nommez ce qui sera livré et quand',
    /** When a dated milestone or a deliverable is there but the text stays too vague for the level. */
    noVagueDated:
      'Un jalon daté ou un livrable est nommé, mais les actions restent trop vagues pour vérifier ce qui aura été fait : dites ce que chaque étape livre.',
  },
  lens: {
    transparency: 'transparente',
    participation: 'participative',
    accountability: 'redevable',
    // Labelled: the sentence closes « Pourquoi ce niveau » but does not weigh on the level.
    none: 'Valeurs du PGO : aucune valeur du gouvernement ouvert (transparence, participation, redevabilité) n’est visée.',
    some: 'Valeurs du PGO : cet engagement rend l’action publique plus {{values}}.',
  },
  // Why the level, in plain words (model/why.ts): what it rests on, what holds it back, what would raise it. No
  // score nor cut here: people read these; the numbers stay in the JSON report's fields.
  why: {
    rests: 'Précision {{level}} : elle tient à {{what}}.',
    holds: 'Ce qui la freine : {{what}}.',
    lacks: 'il manque {{what}}',
    also: ' ; ',
    vague:
      '{{percent, number}} % des phrases n’ont pour action qu’un verbe vague (les remarques « Verbe flou » les montrent)',
    unfocused: 'le texte parle plus du contexte que de ce qui sera livré',
    vagueRemain_one: 'Reste à préciser : une formulation floue (la remarque « Verbe flou » la montre).',
    vagueRemain_other:
      'Restent à préciser : {{count, number}} formulations floues (les remarques « Verbe flou » les montrent).',
    vagueLeft_one:
      'une formulation floue reste à préciser : sa phrase n’a pour action qu’un verbe vague (la remarque « Verbe flou » la montre), et ces phrases sont plus nombreuses que celles qui disent ce qui sera livré',
    vagueLeft_other:
      '{{count, number}} formulations floues restent à préciser : leurs phrases n’ont pour action qu’un verbe vague (les remarques « Verbe flou » les montrent), plus nombreuses que celles qui disent ce qui sera livré',
    reach: 'Pour atteindre « {{level}} » : {{changes}}.',
    closer: 'Pour vous rapprocher de « {{level}} » : {{changes}}.',
    add: 'ajoutez {{what}}',
    focus: 'resserrez le texte sur ce qui sera livré',
    concrete: 'remplacez un verbe vague par un verbe précis et ce qu’il livre (« publier le rapport »)',
    concreteNew: 'dites ce qui sera fait par un verbe précis et ce qu’il livre (« publier le rapport »)',
    figure: 'chiffrez ce qui sera fait (un nombre, un pourcentage, un montant)',
    actions_one: 'une phrase avec un verbe précis et ce qu’il livre',
    actions_other: '{{count, number}} phrases avec un verbe précis et ce qu’elles livrent',
    figures_one: 'un chiffre',
    figures_other: '{{count, number}} chiffres',
    /** What an earned item gives, in « elle tient à … ». */
    has: {
      deliverable: 'un livrable nommé',
      'dated-milestone': 'un jalon daté',
      'milestone-path': 'plusieurs jalons datés',
      'end-date': 'une date de fin',
      focused: 'un texte centré sur ce qui sera livré',
      indicator: 'un indicateur de résultat',
      target: 'une cible chiffrée',
      baseline: 'une situation initiale chiffrée',
      lead: 'une administration responsable',
      cost: 'un coût estimé',
      partners: 'des partenaires nommés',
      accountability: 'un compte rendu prévu',
      audience: 'un public visé',
    },
    /** What a missing item asks for, after « ajoutez » and « il manque ». */
    missing: {
      deliverable: 'un livrable nommé',
      'dated-milestone': 'un jalon daté',
      'milestone-path': 'un deuxième jalon daté',
      'end-date': 'une date de fin',
      focused: 'un texte centré sur ce qui sera livré',
      indicator: 'un indicateur de résultat',
      target: 'une cible chiffrée',
      baseline: 'une situation initiale chiffrée',
      lead: 'une administration responsable',
      cost: 'un coût estimé',
      partners: 'les partenaires associés',
      accountability: 'qui rend compte, et à qui',
      audience: 'le public visé',
    },
    /** An item's or a count's part in the level, without the model's numbers (the card's details). */
    raises: 'élève la précision',
    lowers: 'abaisse la précision',
    wouldRaise: 'l’ajouter élèverait la précision',
  },
};

const en: Shape<typeof fr> = {
  items: {
    deliverable: {
      label: 'A concrete deliverable is named (law, standard, tool, dataset)',
      howToEarn: 'Say what will exist at the end: a decree, a platform, a register, a dataset…',
    },
    'dated-milestone': {
      label: 'At least one dated milestone',
      howToEarn: 'Add a milestone: a deliverable and its date ("Decree published – March {{start|2025}}").',
    },
    'milestone-path': {
      label: 'Several dated milestones mark the way',
      howToEarn: 'Split the commitment into at least two dated steps.',
    },
    'end-date': { label: 'An end date', howToEarn: 'Say when the commitment ends ("by December {{end|2026}}").' },
    focused: {
      label: 'The text mostly says what will be delivered',
      howToEarn:
        'At least half of the sentences should name a deliverable or a verifiable action; trim the background.',
    },
    indicator: {
      label: 'A result indicator',
      howToEarn: 'Name what will be counted to know it worked ("share of contracts published").',
    },
    target: {
      label: 'A target with a value or a date',
      howToEarn: 'Give the target value and its date ("100% by December {{end|2026}}").',
    },
    baseline: {
      label: 'A baseline with a figure',
      howToEarn: 'Give the starting value and its year ("12% in {{start-1|2024}}").',
    },
    lead: { label: 'A responsible agency', howToEarn: 'Name the lead agency and a contact.' },
    cost: {
      label: 'An estimated cost',
      howToEarn: "Give an amount, in the plan's currency, or the staff needed (full-time equivalents).",
    },
    partners: {
      label: 'Other actors, civil society included',
      howToEarn: 'Name the partners involved and their role.',
    },
    accountability: {
      label: 'Who reports, to whom',
      howToEarn: 'Say who publishes progress and to whom (Parliament, civil society).',
    },
    audience: { label: 'The audience', howToEarn: 'Say whom it serves (the public, businesses, government bodies).' },
  },
  features: {
    actions_one:
      '{{count, number}} sentence says what will be done with a precise verb (publish, adopt…) and what it delivers',
    actions_other:
      '{{count, number}} sentences say what will be done with a precise verb (publish, adopt…) and what it delivers',
    vagueShare: '{{percent, number}}% of the sentences have only a vague verb as their action',
    figures_one: '{{count, number}} figure (number, percentage, amount)',
    figures_other: '{{count, number}} figures (numbers, percentages, amounts)',
  },
  reason: {
    earned: '{{label}}: earned ({{points}} pt); {{effect}}.',
    missing: '{{label}}: missing ({{points}} pt); {{effect}}.',
    feature: '{{what}}: {{effect}}.',
    raises: 'raises the specificity score by {{value}}',
    lowers: 'lowers the specificity score by {{value}}',
    neutral: 'no measured effect on specificity',
    wouldRaise: 'adding it would raise the specificity score by {{value}}',
  },
  level: {
    none: 'none',
    low: 'low',
    medium: 'medium',
    high: 'high',
    ruleNone:
      'No specificity, as the IRM defines it: no named deliverable, no dated milestone, no precise verb with what it delivers, nothing one could verify.',
    and: ' and ',
  },
  verifiable: {
    yes: '{{what}} lets one verify that it was done.',
    yesAction: 'A precise verb with what it delivers ("publish the report")',
    yesDeliverable: 'A named deliverable',
    yesMilestone: 'A dated milestone',
    no: 'Nothing lets one verify what will have been done: {{what}}.',
    noNothing: 'no named deliverable, dated milestone or precise verb with what it delivers',
    noVague: 'the actions stay vague; name what will be delivered, and when',
    noVagueDated:
      'A dated milestone or a deliverable is named, but the actions stay too vague to verify what will have been done: say what each step delivers.',
  },
  lens: {
    transparency: 'transparent',
    participation: 'participatory',
    accountability: 'accountable',
    none: 'OGP values: it serves no value of open government (transparency, participation, accountability).',
    some: 'OGP values: this commitment makes government more {{values}}.',
  },
  why: {
    rests: 'Specificity {{level}}: it rests on {{what}}.',
    holds: 'Holding it back: {{what}}.',
    lacks: 'it lacks {{what}}',
    also: '; ',
    vague:
      '{{percent, number}}% of the sentences have only a vague verb for their action (the "Vague verb" remarks show them)',
    unfocused: 'the text says more about the background than about what will be delivered',
    vagueRemain_one: 'Still to make precise: one vague wording (the "Vague verb" remark shows it).',
    vagueRemain_other: 'Still to make precise: {{count, number}} vague wordings (the "Vague verb" remarks show them).',
    vagueLeft_one:
      'one vague wording is left to make precise: its sentence has only a vague verb for its action (the "Vague verb" remark shows it), and such sentences outnumber those that say what will be delivered',
    vagueLeft_other:
      '{{count, number}} vague wordings are left to make precise: their sentences have only a vague verb for their action (the "Vague verb" remarks show them), more than those that say what will be delivered',
    reach: 'To reach "{{level}}": {{changes}}.',
    closer: 'To come closer to "{{level}}": {{changes}}.',
    add: 'add {{what}}',
    focus: 'trim the text to what will be delivered',
    concrete: 'replace a vague verb with a precise one and what it delivers ("publish the report")',
    concreteNew: 'say what will be done with a precise verb and what it delivers ("publish the report")',
    figure: 'put figures on what will be done (a number, a percentage, an amount)',
    actions_one: 'a sentence with a precise verb and what it delivers',
    actions_other: '{{count, number}} sentences with a precise verb and what they deliver',
    figures_one: 'a figure',
    figures_other: '{{count, number}} figures',
    has: {
      deliverable: 'a named deliverable',
      'dated-milestone': 'a dated milestone',
      'milestone-path': 'several dated milestones',
      'end-date': 'an end date',
      focused: 'a text focused on what will be delivered',
      indicator: 'a result indicator',
      target: 'a target with a value',
      baseline: 'a baseline with a figure',
      lead: 'a responsible agency',
      cost: 'an estimated cost',
      partners: 'named partners',
      accountability: 'a plan to report on progress',
      audience: 'a stated audience',
    },
    missing: {
      deliverable: 'a named deliverable',
      'dated-milestone': 'a dated milestone',
      'milestone-path': 'a second dated milestone',
      'end-date': 'an end date',
      focused: 'a text focused on what will be delivered',
      indicator: 'a result indicator',
      target: 'a target with a value',
      baseline: 'a baseline with a figure',
      lead: 'a responsible agency',
      cost: 'an estimated cost',
      partners: 'the partners involved',
      accountability: 'who reports, and to whom',
      audience: 'the audience',
    },
    raises: 'raises specificity',
    lowers: 'lowers specificity',
    wouldRaise: 'adding it would raise specificity',
  },
};

export const score = { fr, en };
