// The score's words: the checklist (what each point item asks and how to earn it), the level and why, whether the
// commitment is verifiable and why, and the values of open government it serves. Read by the core
// (commitments/score.ts and commitments/model/), the card and the reports.
import type { Shape } from './shape';

const fr = {
  items: {
    deliverable: {
      label: 'Un livrable concret est nommé (texte, norme, outil, jeu de données)',
      howToEarn: 'Dites ce qui existera à la fin : un décret, une plateforme, un registre, un jeu de données…',
    },
    'dated-milestone': {
      label: 'Au moins un jalon daté',
      howToEarn: 'Ajoutez un jalon : un livrable et sa date (« Publication du décret – T3 2018 »).',
    },
    'milestone-path': {
      label: 'Plusieurs jalons datés jalonnent le chemin',
      howToEarn: 'Découpez l’engagement en au moins deux étapes datées.',
    },
    'end-date': { label: 'Une date de fin', howToEarn: 'Indiquez quand l’engagement s’achève (« d’ici fin 2019 »).' },
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
      howToEarn: 'Donnez la valeur visée et sa date (« 100 % d’ici fin 2019 »).',
    },
    baseline: {
      label: 'Une situation initiale chiffrée',
      howToEarn: 'Donnez la valeur de départ et son année (« 12 % en 2017 »).',
    },
    lead: { label: 'Une administration responsable', howToEarn: 'Nommez l’administration chef de file et un contact.' },
    cost: { label: 'Un coût estimé', howToEarn: 'Donnez un montant (€, k€) ou des moyens humains (ETP).' },
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
    actions_one: '{{count, number}} phrase nomme une action concrète (verbe précis et livrable)',
    actions_other: '{{count, number}} phrases nomment une action concrète (verbe précis et livrable)',
    vagueShare: '{{percent, number}} % des phrases n’ont pour action qu’un verbe vague (renforcer, promouvoir…)',
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
    summary:
      'Précision {{level}} : note {{score}} sur une échelle où {{medium}} donne « moyenne » et {{high}} « élevée ».',
    ruleNone:
      'Aucune précision, au sens du MEI : ni livrable nommé, ni jalon daté, ni action concrète, rien que l’on puisse vérifier.',
    ruleCapped: 'Le texte serait de précision élevée, mais il lui manque {{missing}} : la précision reste moyenne.',
    and: ' et ',
    target: 'une cible',
    datedMilestone: 'un jalon daté',
  },
  verifiable: {
    // Said after the word « Vérifiable » (a page's label, the reports' level line): the sentences do not repeat it.
    yes: '{{what}} permet de vérifier sa mise en œuvre.',
    yesAction: 'Une action concrète',
    yesDeliverable: 'Un livrable nommé',
    yesMilestone: 'Un jalon daté',
    no: 'Rien ne permet de vérifier ce qui aura été fait : {{what}}.',
    noNothing: 'ni livrable nommé, ni jalon daté, ni action concrète',
    noVague: 'les actions restent vagues ; nommez ce qui sera livré et quand',
  },
  lens: {
    transparency: 'transparente',
    participation: 'participative',
    accountability: 'redevable',
    none: 'Aucune valeur du gouvernement ouvert (transparence, participation, redevabilité) n’est visée.',
    some: 'Rend l’action publique plus {{values}}.',
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
      howToEarn: 'Add a milestone: a deliverable and its date ("Decree published – Q3 2018").',
    },
    'milestone-path': {
      label: 'Several dated milestones mark the way',
      howToEarn: 'Split the commitment into at least two dated steps.',
    },
    'end-date': { label: 'An end date', howToEarn: 'Say when the commitment ends ("by December 2019").' },
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
      howToEarn: 'Give the target value and its date ("100% by end 2019").',
    },
    baseline: { label: 'A baseline with a figure', howToEarn: 'Give the starting value and its year ("12% in 2017").' },
    lead: { label: 'A responsible agency', howToEarn: 'Name the lead agency and a contact.' },
    cost: { label: 'An estimated cost', howToEarn: 'Give an amount or the staff needed (FTE).' },
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
    actions_one: '{{count, number}} sentence names a concrete action (a precise verb and a deliverable)',
    actions_other: '{{count, number}} sentences name a concrete action (a precise verb and a deliverable)',
    vagueShare: '{{percent, number}}% of the sentences have only a vague verb as their action (strengthen, promote…)',
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
    summary: 'Specificity {{level}}: score {{score}} (medium from {{medium}}, high from {{high}}).',
    ruleNone:
      'No specificity, as the IRM defines it: no named deliverable, no dated milestone, no concrete action, nothing one could verify.',
    ruleCapped: 'The text would rate high, but it lacks {{missing}}: specificity stays medium.',
    and: ' and ',
    target: 'a target',
    datedMilestone: 'a dated milestone',
  },
  verifiable: {
    yes: '{{what}} lets one verify that it was done.',
    yesAction: 'A concrete action',
    yesDeliverable: 'A named deliverable',
    yesMilestone: 'A dated milestone',
    no: 'Nothing lets one verify what will have been done: {{what}}.',
    noNothing: 'no named deliverable, dated milestone or concrete action',
    noVague: 'the actions stay vague; name what will be delivered, and when',
  },
  lens: {
    transparency: 'transparent',
    participation: 'participatory',
    accountability: 'accountable',
    none: 'It serves no value of open government (transparency, participation, accountability).',
    some: 'Makes government more {{values}}.',
  },
};

export const score = { fr, en };
