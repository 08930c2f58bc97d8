// Words that plans use to label a commitment's parts (« Indicateur(s) : », "Lead implementing agency/actor", "What is
// the public problem that the commitment will address?"), in French and English, from the OGP template generations
// (ogp-reference.md §1), Etalab's and Canada's French labels, and the workshop's own words; accent-folded lower case.
// Apart from the field cues of lexicon.ts, which the commitments' reader alone needs: the text checks read these
// labels too (they do not review a template's label as the author's prose), in the pane's first script.
import { foldSameLength } from '../text/fold';
import type { FieldName } from '../types';

// What follows a label that is a common word ("Start", "End"): its colon, then a date.
const BEFORE_A_DATE = String.raw`(?=\s*[:：]\s*(?:\d|q[1-4]\b|fy|fiscal|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d))`;

/** A label: `null` marks a known section that is not one of Jalon's fields (it still ends the previous one). */
export const FIELD_LABELS: ReadonlyArray<[FieldName | null, string[]]> = [
  [
    'indicator',
    [
      'indicateurs?',
      'indicateurs? de (?:suivi|resultats?|performance)',
      'indicateurs? (?:quantitatifs?|qualitatifs?)',
      'mesure du succes',
      'indicators?',
      'performance indicators?',
      'implementation indicators?',
      'measurable metrics',
      'key performance indicators?',
      'metrics?',
      'how will we know(?: (?:if |that )?we (?:have )?succeeded)?\\??',
      'how (?:will )?the impact of (?:this|the) commitment (?:can|will) be measured\\??',
      'how will (?:progress|success) be measured\\??',
    ],
  ],
  [
    'baseline',
    [
      'situation initiale',
      'situation de depart',
      'situation actuelle',
      'donnees? de reference',
      'valeurs? de reference',
      'valeur initiale',
      'point de depart',
      'etat des lieux',
      'etat initial',
      'baseline(?: data)?',
      'current situation',
      'status quo(?: or problem(?:/issue)? (?:to be )?addressed(?: by the commitment)?)?',
      'starting point',
    ],
  ],
  [
    'target',
    [
      'situation cible',
      'cibles?',
      'valeurs? cibles?',
      'objectifs? chiffres?',
      'resultats? attendus?',
      'objectifs? (?:a atteindre|vise)',
      'targets?',
      'target values?',
      'expected results?',
      'expected outcomes?',
      'expected outputs?',
      'what results do we want to achieve by implementing this commitment\\??',
    ],
  ],
  [
    'milestones',
    [
      'jalons?',
      'etapes?',
      'jalons? et livrables?',
      'livrables?',
      'principales etapes',
      'feuille de route',
      'milestones?',
      'milestone activity with a verifiable deliverable',
      'verifiable and measurable milestones(?: to fulfill the commitment)?',
      'deliverables?',
      'key milestones?',
      'commitment planning',
    ],
  ],
  [
    'calendar',
    [
      'calendrier',
      'echeances?',
      'echeancier',
      'dates?',
      'duree',
      'periode(?: de mise en (?:oe|œ)uvre)?',
      'date de debut et de fin',
      'dates? de (?:debut|fin)',
      'calendar',
      'timeline',
      'timeframe',
      'duration',
      'deadline',
      '(?:commitment )?start and end dates?',
      'start date',
      'end date',
      // "Start: 1 October 2016. End: 30 June 2018." (audit14, finding 10): a label only before a date.
      ...['start', 'ends?', 'begins?'].map((w) => `${w}${BEFORE_A_DATE}`),
    ],
  ],
  [
    'cost',
    [
      'couts?',
      'couts? (?:et|&) moyens',
      'couts? estimes?',
      'moyens(?: (?:humains|financiers))?',
      'budget',
      'budgets? (?:alloues?|prevus?)',
      'financement',
      'ressources(?: (?:necessaires|humaines|financieres))?',
      'cost',
      'estimated cost',
      'costs?',
      'budget',
      'commitment budget',
      'funding',
      'resources',
    ],
  ],
  [
    'lead',
    [
      'porteurs?',
      'pilotes?',
      'pilotage',
      'institutions? porteuses?',
      'institution chef de file',
      'administrations? (?:chef de file|pilotes?|porteuses?|responsables?)',
      'ministeres? (?:porteurs?|pilotes?|responsables?)',
      'responsables?',
      'service responsable',
      'porteur et contact',
      'chef de file',
      'lead(?: implementing)? (?:agency|agencies|institutions?|actors?|ministry|department)(?:/actors?)?',
      'responsible (?:agency|institution|body|ministry)',
      'lead',
      'agency',
      'implementing agency',
      'contact',
      // OGP's template (2014-2019) names the contact in rows of its own (ogp-reference.md §1.2, §1.3).
      'name of responsible person(?: from (?:the )?implementing agency)?',
      'title, department',
      'email and phone',
      'contact information',
    ],
  ],
  [
    'partners',
    [
      'partenaires?',
      'autres acteurs(?: impliques)?',
      'acteurs associes',
      'acteurs impliques',
      'parties prenantes',
      'institutions? de soutien',
      'societe civile',
      'partenaires? de la societe civile',
      // OGP's template row with the kinds of actors it asks for: "Other actors involved (civil society, private sector)".
      'other actors(?: involved)?(?: \\((?:government|state actors|civil society|csos?)[^()]{0,120}\\))?',
      'state actors(?: involved)?',
      'partners?',
      'stakeholders?',
      'supporting (?:institutions?|agencies)',
      'civil society(?: partners)?',
      'cso(?:s)?(?:, private sector.*)?',
    ],
  ],
  [
    'actions',
    [
      'actions?(?: concretes?)?',
      'actions? (?:prevues?|a mener)',
      'solution proposee',
      'mesures?',
      "description(?: de l'engagement)?",
      "contenu de l'engagement",
      'instruments?',
      'activites',
      'what is the commitment\\??',
      'what solution are you proposing\\??',
      'activities',
      'actions',
      'description(?: of (?:the )?commitment)?',
      'brief description(?: of (?:the )?commitment)?(?: \\(140 character limit\\))?',
      'commitment description',
    ],
  ],
  [
    'accountability',
    [
      'compte rendu',
      'modalites de compte rendu',
      'redevabilite',
      'suivi(?: et evaluation)?',
      'modalites de suivi',
      'gouvernance',
      'reporting',
      'accountability',
      'monitoring(?: and evaluation)?',
      'follow-up',
    ],
  ],
  [
    'audience',
    [
      'publics?(?: vises?| cibles?| concernes?)?',
      'beneficiaires?',
      'destinataires?',
      "a qui s'adresse(?: l'engagement)?",
      'audiences?',
      'target (?:audiences?|groups?|public)',
      'beneficiaries',
      'who benefits\\??',
      'users?',
    ],
  ],
  [
    null,
    [
      'contexte(?: et enjeux)?',
      'enjeux et objectifs',
      'description detaillee',
      'objectifs et resultats attendus',
      '(?:modalites de )?mise en (?:oe|œ)uvre',
      "presentation(?: de l'engagement)?",
      'background',
      'rationale',
      'enjeux?',
      // « Problème public traité », « Apport à la transparence, … » (audit16: the template's labels reworded).
      'problemes?(?: publics?)?(?: (?:vises?|traites?|a resoudre))?',
      "apports? (?:a la|au|aux|de l'engagement) [^:：\\n]{0,100}",
      'causes?',
      'ce qui existe deja',
      'objectifs?',
      'ambition',
      'pertinence',
      'contribution(?: a la (?:transparence|redevabilite|participation))?',
      'identifiant',
      'titre',
      'statut',
      'etat',
      'avancement',
      'context',
      'problem(?: definition)?',
      'main objective',
      'objectives?',
      'relevance',
      'ambition',
      'status',
      'what is the public problem that the commitment will address\\??',
      'why is this commitment relevant to ogp values\\??',
      'additional information',
      'identifier',
      'title',
      'progress',
      'ogp challenge addressed by the commitment',
      'how will the commitment contribute(?: to [^:?]{0,80})?\\??',
    ],
  ],
];

/** The fields a table column or an inline label can give for a milestone (and the commitment). */
export type RowField = 'milestone' | 'deliverable' | 'indicator' | 'date' | 'lead' | 'target' | 'baseline' | 'cost';

// Header words, accent-folded: the column's field. Checked before the general labels (a "Date" column is a
// milestone's date, not the commitment's calendar).
const COLUMN_WORDS: Array<[RowField, RegExp]> = [
  ['deliverable', /^(?:livrables?|deliverables?|expected outputs?|produits? attendus?|outputs?)$/],
  [
    'milestone',
    /^(?:jalons?|etapes?|actions?|activites?|milestones?|activities|milestone activity(?: with a verifiable deliverable)?|verifiable and measurable milestones.*)$/,
  ],
  ['indicator', /^(?:indicateurs?(?: de (?:suivi|resultats?|performance))?|indicators?|metrics?|mesure du succes)$/],
  [
    'date',
    /^(?:echeances?|echeancier|dates?(?: de fin| d'echeance| de livraison)?|calendrier|delai|due(?: date)?|deadlines?|end date|(?:expected )?completion date|timeline|timeframe|quand|when)$/,
  ],
  [
    'lead',
    /^(?:responsables?|(?:ministeres?|administrations?|services?|institutions?|organismes?) (?:responsables?|porteu(?:r|se)s?|pilotes?)|porteurs?|pilotes?|chef de file|lead(?: (?:agency|agencies|department|ministry|institution|organi[sz]ation))?|responsible(?: (?:agency|party|body|department|ministry))?|owner|who)$/,
  ],
  ['target', /^(?:cibles?|valeurs? cibles?|objectifs? chiffres?|targets?|target values?)$/],
  ['baseline', /^(?:situation initiale|valeur initiale|donnees? de reference|baseline)$/],
  ['cost', /^(?:couts?|budgets?|couts? estimes?|financement|moyens|costs?|estimated cost|funding)$/],
];

/** A header cell's field, or undefined when the cell is not a field's name. */
export function columnField(text: string): RowField | undefined {
  const f = foldSameLength(text)
    .replace(/[*_:：]+/g, ' ')
    .replace(/\(s\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [field, re] of COLUMN_WORDS) if (re.test(f)) return field;
  return undefined;
}
