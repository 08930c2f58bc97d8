// The standard commitment template's fields, as the author reads them: each field's label, the question asked when
// it is missing, a line of help and an example; and what is said of a field present but unusable ("weak"). The
// examples' years are placeholders fitted to the plan's period (template/period.ts).
import type { Shape } from './shape';

const fr = {
  title: {
    label: 'Titre de l’engagement',
    question: 'Que livrera cet engagement, en une phrase ?',
    help: 'Nommez le livrable plutôt qu’une intention : un verbe d’action et un objet vérifiable.',
    example: 'Publier en données ouvertes les marchés publics de l’État au-dessus de 25 000 €',
  },
  problem: {
    label: 'Problème public visé',
    question: 'Quel problème public cet engagement règle-t-il, et pour qui ?',
    help: 'Décrivez le problème tel que le vivent les usagers, et ses causes.',
    example: 'Les entreprises et les journalistes ne peuvent pas savoir quels marchés l’État attribue, ni à qui.',
  },
  baseline: {
    label: 'Situation initiale',
    question: 'Quelle est la situation de départ, chiffrée et datée ?',
    help: 'La valeur de l’indicateur aujourd’hui, avec l’année et la source.',
    example:
      'En {{start-1|2024}}, 12 % des marchés de l’État sont publiés en données ouvertes (source : direction des affaires juridiques).',
  },
  actions: {
    label: 'Action concrète (texte, norme, outil)',
    question: 'Quelle action concrète mettez-vous en œuvre : un texte, une norme, un outil, un jeu de données ?',
    help: 'Nommez l’instrument : décret, arrêté, norme, plateforme, registre, jeu de données.',
    example: 'Un arrêté rend obligatoire la publication des données essentielles des marchés sur data.gouv.fr.',
  },
  indicator: {
    label: 'Indicateur(s)',
    question: 'À quel indicateur, quantitatif ou qualitatif, mesurera-t-on le résultat ?',
    help: 'Ce que l’on compte ou constate pour savoir si l’engagement est tenu.',
    example: 'Part des marchés de l’État publiés en données ouvertes dans le mois de leur attribution.',
  },
  target: {
    label: 'Situation cible',
    question: 'Quelle valeur l’indicateur doit-il atteindre, et à quelle date ?',
    help: 'Une valeur et une date, pour que chacun puisse vérifier.',
    example: '100 % des marchés publiés d’ici fin {{end|2026}}.',
  },
  milestones: {
    label: 'Jalons',
    question: 'Quelles sont les étapes, chacune avec un livrable et une date ?',
    help: 'Une ligne par jalon : livrable – date – responsable. Ajoutez l’état entre crochets pour le suivi : [Réalisé].',
    example:
      'Publication de l’arrêté – mars {{start|2025}} – direction des affaires juridiques\nOuverture du jeu de données – décembre {{end|2026}} – Etalab',
  },
  calendar: {
    label: 'Calendrier (début et fin)',
    question: 'Quand l’engagement commence-t-il et quand s’achève-t-il ?',
    help: 'Deux dates : début et fin.',
    example: 'De janvier {{start|2025}} à décembre {{end|2026}}.',
  },
  cost: {
    label: 'Coût et moyens',
    question: 'Quel est le coût estimé de cet engagement, et qui le finance ?',
    help: 'Un montant et les moyens humains (en équivalents temps plein), même approximatifs.',
    /** The help when the plan shows its currency (template/currency.ts). */
    helpIn: 'Un montant en {{currency}} et les moyens humains (en équivalents temps plein), même approximatifs.',
    /** After an example's first amount when the plan names no currency: « 120 000 (dans la monnaie du plan) ». */
    amountNoCurrency: '(dans la monnaie du plan)',
    example: '150 000 € sur le budget du programme 129, et 2 équivalents temps plein pendant 18 mois.',
  },
  lead: {
    label: 'Porteur (administration chef de file) et contact',
    question: 'Quelle administration porte cet engagement, et qui en est le contact ?',
    help: 'Une administration et une fonction, pas seulement « l’État ».',
    example: 'Direction des affaires juridiques (ministère de l’Économie), cheffe du bureau de la commande publique.',
  },
  partners: {
    label: 'Autres acteurs (État, société civile)',
    question: 'Quels autres acteurs, notamment de la société civile, sont associés, et comment ?',
    help: 'Nommez les organisations et leur rôle.',
    example: 'Transparency International France et Open Knowledge France relisent le format des données.',
  },
  accountability: {
    label: 'Modalités de compte rendu',
    question: 'Qui rend compte de l’avancement, à qui (Parlement, société civile) et à quel rythme ?',
    help: 'Le rapport, son destinataire et sa fréquence.',
    example:
      'Bilan semestriel publié en ligne et présenté chaque année à la commission des finances de l’Assemblée nationale.',
  },
  audience: {
    label: 'Public visé',
    question: 'À qui s’adresse cet engagement : grand public, entreprises, administrations ?',
    help: 'Le public qui doit comprendre et utiliser le résultat : la communication s’adresse à lui.',
    example: 'Les petites et moyennes entreprises candidates aux marchés publics et les journalistes d’investigation.',
  },
  contribution: {
    label: 'Contribution à la transparence, à la redevabilité, à la participation',
    question: 'En quoi cet engagement rend-il l’action publique plus transparente, redevable ou participative ?',
    help: 'Les trois valeurs du Partenariat pour un gouvernement ouvert ; une phrase pour chacune qui s’applique.',
    example: 'Transparence : chacun peut savoir qui obtient les marchés et pour quel montant.',
  },
  weak: {
    cost: 'Le coût indiqué n’est pas un montant.',
    milestones: 'Les jalons n’ont pas de date.',
    baseline: 'La situation initiale n’a pas de valeur chiffrée.',
    target: 'La cible n’a ni valeur ni date.',
    calendar: 'Le calendrier n’a pas de date.',
  },
  /**
   * The legislature progress is reported to, for the country the plan's dates name (dates/conventions.ts): what the
   * accountability field asks and shows for it, and the name that replaces « Parlement » in the examples modelled on
   * other countries. A country not listed, or unknown, keeps the field's own words (France's Parliament).
   */
  legislatures: {
    us: {
      question: 'Qui rend compte de l’avancement, à qui (Congrès, société civile) et à quel rythme ?',
      example: 'Bilan semestriel publié en ligne et présenté chaque année aux commissions des crédits du Congrès.',
      name: 'Congrès',
      // The checklist's item, as the field's question names the legislature (issue 13, audit 14 finding 17).
      howToEarn: 'Dites qui publie le bilan et à qui il est présenté (Congrès, société civile).',
    },
    ca: {
      example:
        'Bilan semestriel publié en ligne et présenté chaque année au Comité permanent des finances de la Chambre des communes.',
    },
  },
  /** A currency's name in the cost help: « un montant en dollars ». */
  currencies: {
    euro: 'euros',
    dollar: 'dollars',
    pound: 'livres sterling',
    cfaFranc: 'francs CFA',
    dirham: 'dirhams',
  },
  /** What the blank template writes where the author has not yet. */
  template: {
    title: 'Engagement : titre',
    example: 'Exemple',
  },
};

const en: Shape<typeof fr> = {
  title: {
    label: 'Commitment title',
    question: 'What will this commitment deliver, in one sentence?',
    help: 'Name the deliverable rather than an intention: an action verb and something one can check.',
    example: 'Publish central government contracts above €25,000 as open data',
  },
  problem: {
    label: 'Public problem addressed',
    question: 'What public problem does this commitment address, and for whom?',
    help: 'Describe the problem as the people affected experience it, and its causes.',
    example: 'Businesses and journalists cannot find out which contracts the government awards, or to whom.',
  },
  baseline: {
    label: 'Baseline',
    question: 'What is the starting situation, with a figure and a year?',
    help: "The indicator's value today, with the year and the source.",
    example:
      'In {{start-1|2024}}, 12% of central government contracts are published as open data (source: legal affairs directorate).',
  },
  actions: {
    label: 'Concrete action (law, standard, tool)',
    question: 'What concrete action will you take: a law or decree, a standard, a tool, a dataset?',
    help: 'Name the instrument: decree, regulation, standard, platform, register, dataset.',
    example: 'A regulation makes publication of key contract data on the national open data portal mandatory.',
  },
  indicator: {
    label: 'Indicator(s)',
    question: 'Which indicator, quantitative or qualitative, will measure the result?',
    help: 'What one counts or observes to know whether the commitment was kept.',
    example: 'Share of central government contracts published as open data within a month of award.',
  },
  target: {
    label: 'Target',
    question: 'What value should the indicator reach, and by when?',
    help: 'A value and a date, so that anyone can check.',
    example: '100% of contracts published by the end of {{end|2026}}.',
  },
  milestones: {
    label: 'Milestones',
    question: 'What are the steps, each with a deliverable and a date?',
    help: 'One line per milestone: deliverable – date – owner. Add the status in brackets to track it: [Complete].',
    example:
      'Regulation published – March {{start|2025}} – legal affairs directorate\nDataset released – December {{end|2026}} – Etalab',
  },
  calendar: {
    label: 'Calendar (start and end)',
    question: 'When does the commitment start and end?',
    help: 'Two dates: start and end.',
    example: 'From January {{start|2025}} to December {{end|2026}}.',
  },
  cost: {
    label: 'Cost and resources',
    question: 'What is the estimated cost of this commitment, and who funds it?',
    help: 'An amount and the staff it needs (in full-time equivalents), even approximate.',
    helpIn: 'An amount in {{currency}} and the staff it needs (in full-time equivalents), even approximate.',
    amountNoCurrency: "(in the plan's currency)",
    example: "€150,000 from the ministry's budget, and 2 full-time posts for 18 months.",
  },
  lead: {
    label: 'Lead agency and contact',
    question: 'Which agency leads this commitment, and who is the contact?',
    help: 'An agency and a role, not just "the government".',
    example: 'Legal Affairs Directorate (Ministry of the Economy), head of the public procurement office.',
  },
  partners: {
    label: 'Other actors (government, civil society)',
    question: 'Which other actors, civil society in particular, are involved, and how?',
    help: 'Name the organisations and their role.',
    example: 'Transparency International and Open Knowledge review the data format.',
  },
  accountability: {
    label: 'Reporting and accountability',
    question: 'Who reports on progress, to whom (Parliament, civil society), and how often?',
    help: 'The report, who receives it, and how often.',
    example:
      "Progress report published online every six months and presented yearly to Parliament's finance committee.",
  },
  audience: {
    label: 'Audience',
    question: 'Whom does this commitment serve: the general public, businesses, government bodies?',
    help: 'The people who must understand and use the result: communication addresses them.',
    example: 'Small businesses bidding for public contracts, and investigative journalists.',
  },
  contribution: {
    label: 'Contribution to transparency, accountability, participation',
    question: 'How does this commitment make government more transparent, accountable or participatory?',
    help: 'The three Open Government Partnership values; one sentence for each that applies.',
    example: 'Transparency: anyone can see who wins contracts and for how much.',
  },
  weak: {
    cost: 'The cost given is not an amount.',
    milestones: 'The milestones have no date.',
    baseline: 'The baseline has no figure.',
    target: 'The target has no value and no date.',
    calendar: 'The calendar has no date.',
  },
  legislatures: {
    us: {
      question: 'Who reports on progress, to whom (Congress, civil society), and how often?',
      example:
        'Progress report published online every six months and presented yearly to the appropriations committees of Congress.',
      name: 'Congress',
      howToEarn: 'Say who publishes progress and to whom (Congress, civil society).',
    },
    ca: {
      example:
        'Progress report published online every six months and presented yearly to the House of Commons Standing Committee on Finance.',
    },
  },
  currencies: {
    euro: 'euros',
    dollar: 'dollars',
    pound: 'pounds sterling',
    cfaFranc: 'CFA francs',
    dirham: 'dirhams',
  },
  template: {
    title: 'Commitment: title',
    example: 'Example',
  },
};

export const fields = { fr, en };
