// Over 400 lines: data, not code: the two languages' word lists side by side, so that a list added to one is seen
// missing in the other.
// The small words the role reading (./roles.ts) looks for, by language: data, not logic. All folded (lowercase, no
// accents), as tokens' `norm` are.
import { wordHash, type Token } from '../../text/tokenize';
import type { Lang } from '../../types';

/**
 * Folded words that a token is looked up in by its hash first (speed shortcut, see DEVELOPERS.md): most words
 * around a hit are in none of these lists, and are told so without their folded form being made. The hashes are
 * kept as one bit per value of their low 12 bits (a few dozen words set about 1% of them).
 */
export class WordSet {
  private readonly bits = new Uint32Array(128);

  constructor(readonly words: ReadonlySet<string>) {
    for (const w of words) {
      const h = wordHash(w);
      this.bits[(h >>> 5) & 127] |= 1 << (h & 31);
    }
  }

  /** Is the token's folded form one of the words? (A missing token is not.) */
  has(t: Token | undefined): boolean {
    return t !== undefined && (this.bits[(t.hash >>> 5) & 127] & (1 << (t.hash & 31))) !== 0 && this.words.has(t.norm);
  }
}

export interface RoleWords {
  /** Words that introduce a purpose and need a link word after them ("afin de", "in order to", "so that"). */
  purposeHeads: WordSet;
  purposeLinks: WordSet;
  /** A preposition of purpose before an infinitive ("pour appuyer", "to support"). */
  purposeBefore: WordSet;
  /** Words after which "to" states the action, not a purpose ("commits to", "continue to"). */
  actionTo: WordSet;
  /** Verbs (base form) that take "to" and the action after a modal ("will work to"); elsewhere they may be nouns. */
  effortTo: WordSet;
  /** « leurs efforts pour », "its efforts to": the effort a sentence promises, chained to what it tries. */
  effortNouns: WordSet;
  relatives: WordSet;
  creditNouns: WordSet;
  creditBefore: WordSet;
  prepositions: WordSet;
  determiners: WordSet;
  pronouns: WordSet;
  functionWords: WordSet;
  auxiliaries: WordSet;
  /** "est", "sont", "is", "are": a present passive reports a result. */
  presentAux: WordSet;
  /**
   * A perfect passive: "has been", « a été » (the auxiliary, then the participle of "be"), with the adverbs that may
   * stand between ("has already been", « a déjà été »). It reports a result done, as the present passive does.
   */
  perfectAux: WordSet;
  been: WordSet;
  perfectAdverbs: WordSet;
  /** "was", "were": a past passive reports a result too (French plans use the perfect, « a été »). */
  pastAux: WordSet;
  /** A word before an infinitive that completes a noun ("la capacité de développer"). */
  complementOf: WordSet;
  verbsWithDe: WordSet;
  /** "en" / "by" before a present participle or gerund: the means of the action. */
  meansBefore: WordSet;
  /** "that", "que": the clause a verb governs ("ensure that …", « veiller à ce que … »). */
  thatWords: WordSet;
  /** "The purpose of the act is to…": nouns of aim whose thing's aim is a purpose, not the author's action. */
  aimNouns: WordSet;
  /** "and", "or": a verb after one shares the purpose of the verb before. */
  coordinators: WordSet;
  /** Adverbs between "to" and its verb ("to more effectively understand"). */
  adverbs: WordSet;
  /** Degree words that make the participle after them an adjective ("the most advanced countries"). */
  degrees: WordSet;
  /** Verbs of winning backing: "support" after them is political backing, another sense ("gather public support"). */
  winning: WordSet;
  /** A legal text named as a thing's subject ("The new Act must ensure…"), not a deliverable elsewhere ("through the Act"). */
  legalTexts: WordSet;
  /**
   * Who acts: a sentence whose subject holds none of these ("the amended bylaw will enhance…", « la réforme
   * renforcera… ») states the effect of a thing, not what someone commits to do.
   */
  agents: WordSet;
  /**
   * The commitment itself, or what it does, as a subject ("it", "this commitment", "the measure"): its verb of result
   * states what it brings ("The commitment will increase participation"), not what someone does.
   */
  things: WordSet;
  /** Subject pronouns: one inside a gerund's phrase opens a clause of its own ("Improving access We will…"). */
  subjectPronouns: WordSet;
  /** "le", "the": a name's or a noun's definite article. */
  definiteArticles: WordSet;
  /** "un", "a": a thing named as new after it ("by creating a Citizen Engagement Center"). */
  indefiniteArticles: WordSet;
  /** « de », "of": a noun's object follows ("l'étude des programmes", "the study of programs"). */
  objectLinks: WordSet;
  /** "par", "by": after a participle, the agent ("appuyé par le Programme", "supported by the Office"). */
  agentLinks: WordSet;
  /** "that", "who": the subject of a relative clause that says what the noun before it does. */
  subjectRelatives: WordSet;
  /** "how", "whether": they open an indirect question (what is studied, not the action). */
  questionWords: WordSet;
  /** A verb's ending in the future (third person), where the language marks it on the verb (« favorisera »). */
  futureEnding: RegExp | null;
  /** "could", "might": "could be enhanced" weighs a possibility. */
  possibility: WordSet;
  /** "can": before a verb, an ability or a possibility, not a commitment ("PILF can assist the agencies"). */
  ability: WordSet;
  /** "aims to", "intends to": said of the commitment or a thing, the aim it is meant to reach. */
  aimVerbs: WordSet;
  /** "will", "shall": the verb after one is the subject's future action or effect (French marks it on the verb). */
  modals: WordSet;
  /** Nouns of things one can check exist: the deliverables that make an action concrete. */
  deliverables: WordSet;
  /**
   * Gatherings one can check were held ("meetings", "public hearings", "roundtables"): as the means of a vague action
   ("Engage the agencies through regular meetings") they name its format, as a deliverable does; not things one makes
   ("development of mechanisms, including regular meetings" stays vague).
   */
  gatherings: WordSet;
  /** Verbs of asking a body to act ("invite", "require"): "to" after the body asked states the action asked. */
  asking: WordSet;
  /**
   * Verbs (and their nouns) of a step one can check was taken: publish, adopt, approve. Coordinated with a vague verb
   * ("Develop and publish content", "Development and approval of a concept") they make the pair checkable.
   */
  delivery: WordSet;
  /**
   * Verbs of working with others ("work with", "collaborate"): in the present after "that" or as a gerund right after a
   * plural noun ("organizations that work with volunteers", "professionals working with youth") they say what those
   * people or bodies do, not what the plan commits to (another sense: no finding).
   */
  partnering: WordSet;
  /** Verbs that ask that something be done ("ensure", "guarantee"): with a step as their object they are checkable. */
  ensuring: WordSet;
  /** Nouns of a step one can check was taken ("publication", "adoption"), the object of a verb of ensuring. */
  steps: WordSet;
  /** "access", "accessibility": the public's access to a thing, the object of a verb of ensuring, opens it to them. */
  access: WordSet;
  /**
   * Light verbs (« assurer ») that only carry the noun after them: before a vague noun (« Assurer le soutien à … »)
   * the noun is the vague action and carries the warning (one warning per vague phrase).
   */
  light: WordSet;
  /**
   * Forms of a vague verb that, read as nouns, name a document one can check: a study ("environmental impact
   * studies", « une étude de faisabilité »), unlike the verb ("will study the options", « étudier l’adoption »).
   */
  documentNouns: WordSet;
  /**
   * Nominalisations of a vague verb with a second sense where nothing follows as their object: "advancement" in a
   * career or a grade ("criteria for admittance and advancement in the civil service"), not advancing something;
   * mineral "exploration" ("exploration, production and export licenses"); "digital transformation" (a field, the
   * course of things), unlike "the exploration of options", "the transformation of permitting".
   */
  intransitiveNouns: WordSet;
  /**
   * Nominalisations of a vague verb that are vague only as the head of an action: at the start of a title, an item
   * or a milestone, with their object after "of" ("2. Further development of API", "Task 3: Development of
   * procedures"). Elsewhere they are a name's word or the course of things ("Sustainable Development Goals",
   * "Development partners' funds", "policy development").
   */
  headNouns: WordSet;
  /**
   * Forms of a vague verb that are prepositions where no auxiliary, preposition or conjunction stands before them:
   * "draft legislation considering the aspect of corruption", "Considering the complexities…, the plan" (taking into
   * account), unlike "agencies are considering", "by considering options".
   */
  prepositionForms: WordSet;
  /**
   * Forms of a vague verb that always take an object: one standing alone between a list's marks ("(type of activity,
   * address, contacts)", "(address, pictures)") is the homograph noun, not the verb.
   */
  listNouns: WordSet;
  /**
   * Verbs of engaging that, followed by "in" and no partner ("with"), mean taking part in or doing the thing named
   * ("companies engaged in extractive projects", "engage in public awareness campaigns"): another sense than engaging
   * people, whose vagueness is their object's, not theirs.
   */
  doingIn: WordSet;
  /**
   * Verbs whose form is also a noun that an adjective may qualify: "the legislative work towards an Open Congress",
   * "digital work to prepare for…" (the noun, another sense than working towards something).
   */
  nounsAfterAdjective: WordSet;
  /** Endings of English adjectives (legislative, digital, technical, parliamentary); French places them after. */
  adjectiveEnding: RegExp | null;
  /**
   * Words after which a verb of continuing has no object ("This will continue along the following lines", "will
   * continue even after the plan"): it says that something goes on, and the action is stated elsewhere.
   */
  afterIntransitive: WordSet;
  /**
   * "this task continues to be crucial", « continue d'être un problème »: a verb of continuing, its link ("to", « à »,
   * « d' ») and the verb "be" (`stateLinks`, `be`): followed by anything but a participle (`isPastParticiple`) it says
   * that a state lasts, another sense than an action the plan goes on with ("will continue to be published").
   */
  stateVerbs: WordSet;
  /**
   * Verbs of progress that, with no object (a stop or a comma right after), say that a thing progresses ("the
   * platform is increasingly advancing.", "as long as technology continues to advance."): another sense.
   */
  progressVerbs: WordSet;
  /**
   * "In 2012, the Executive Branch put in place measures…": a year after one of these opens the sentence (then a
   * comma); a verb in the past after its subject, no modal between, tells what was done then: background.
   */
  yearOpeners: WordSet;
  /**
   * Adjectives of manner ("joint promotion of the right", "active engagement", "effective support"): before a vague
   * noun they say how the action is done; unlike "decision support" or "philanthropic support", no kind of thing.
   */
  manner: WordSet;
  stateLinks: WordSet;
  be: WordSet;
  isPastParticiple(t: Token): boolean;
  /** "thus", "thereby": a gerund after one states the result of the action before it. */
  resultAdverbs: WordSet;
  /**
   * Verbs of examining that, coordinated with a decision ("considered and rejected", "to consider and adopt"), name a
   * body's formal examination of a text: a step of a procedure, another sense than thinking something over.
   */
  examining: WordSet;
  /** Decisions a body takes on a text ("adopt", "reject", "approve"), coordinated with its examination. */
  decisions: WordSet;
  numberWords: WordSet;
  /** Units of time: a number before one gives a duration or a deadline ("within the two-year period"), not a count. */
  durations: WordSet;
  /** A definite frequency: "every", "annually", « chaque », « annuellement » (see `repeats` in the lexicon). */
  frequencies: WordSet;
  /** Words before a number that make it a numbering ("Jalon 1.2"), not a count. */
  numbered: WordSet;
  /** Months: a number beside one is a date's day ("28 December 2012", "June 30"), not a count. */
  months: WordSet;
  /** Names of organisations and programmes that hold a vague word (folded words). */
  names: string[][];
  /** "de", "for": the link between a name's capitalised head and a vague noun ("Réseau … pour le développement"). */
  nameLinks: WordSet;
  /** "des", "du" after a verb are articles ("apporter des améliorations"), after a noun prepositions. */
  articles: WordSet;
  /** English nouns make compounds ("decision support"); French ones take a preposition. */
  compounds: boolean;
  isInfinitive(t: Token | undefined): boolean;
  isPresentParticiple(t: Token): boolean;
}

const words = (s: string) => new WordSet(new Set(s.split(/\s+/).filter(Boolean)));

const EN_VERBS = words(
  'make ensure provide help allow enable create build identify increase reduce improve support develop share inform ' +
    'promote strengthen advance expand address assess understand find access use reach track measure meet raise ' +
    'encourage foster engage facilitate inform better further deliver implement establish set bring give get keep ' +
    'protect prevent combat tackle respond streamline modernize leverage explore consider study review publish ' +
    'report collect collaborate coordinate connect continue serve stimulate accelerate reflect recognize prioritize have',
);
// The past participles of irregular verbs plans use in the passive ("will continue to be held").
const IRREGULAR_PARTICIPLES = new Set(
  (
    'made done held kept set put given shown taken run built sent paid sold found brought met led read seen known ' +
    'written drawn spent understood undertaken overseen chosen broken heard told won begun borne'
  ).split(' '),
);
const names = (list: string[]) => list.map((n) => n.split(' '));

const NUMBER_WORDS =
  'deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt vingts trente ' +
  'quarante cinquante soixante septante octante nonante cent cents mille ' +
  'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen ' +
  'nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand dozen dozens ' +
  'million millions milliard milliards billion';
const NUMBERED =
  'jalon jalons engagement engagements milestone milestones commitment commitments indicateur indicator etape step ' +
  'phase objectif objective action axe theme';

const fr: RoleWords = {
  purposeHeads: words('afin visant vue but maniere facon permettant'),
  purposeLinks: words('de d a'),
  purposeBefore: words('pour'),
  actionTo: words(''),
  effortTo: words(''),
  effortNouns: words('effort efforts'),
  relatives: words('qui dont lesquels lesquelles laquelle lequel comment'),
  creditNouns: words('appui soutien concours collaboration partenariat aide'),
  creditBefore: words('avec grace'),
  prepositions: words('de des du d a au aux dans sur pour par en avec sans vers entre'),
  determiners: words('l la le les un une ce cet cette ces son sa ses leur leurs notre nos'),
  pronouns: words('les le la l leur en y se s nous vous'),
  functionWords: words(
    'en et ou par pour de des du d le la les l un une sur dans avec sans a au aux tout toujours ne pas plus mieux',
  ),
  auxiliaries: words('est sont sera seront etre ete etait etaient a ont avait avaient'),
  presentAux: words('est sont'),
  perfectAux: words('a ont avait avaient'),
  been: words('ete etes'),
  perfectAdverbs: words('deja aussi egalement'),
  pastAux: words(''),
  complementOf: words('de d'),
  verbsWithDe: words(
    'efforcer efforcons efforcera efforceront continuer continue continuera continueront cesser tenter essayer ' +
      'propose proposons decider decide permettre permet permettra',
  ),
  meansBefore: words('en'),
  adverbs: words('mieux plus davantage encore aussi egalement'),
  degrees: words(''),
  legalTexts: words(''),
  winning: words(''),
  coordinators: words('et ou'),
  thatWords: words('que qu'),
  aimNouns: words(''),
  agents: words(
    'gouvernement gouvernements ministere ministeres ministre ministres administration administrations etat etats ' +
      'agence agences direction directions nous on je il ils elle elles secretariat commission commissions conseil ' +
      'conseils comite comites office bureau equipe equipes parlement prefecture prefectures collectivite ' +
      'collectivites commune communes region regions departement departements partenaires organisations ' +
      'organisation organismes organisme societe institutions institution autorite autorites pays province ' +
      'provinces territoires ville villes municipalites acteurs instances mission delegation cour tribunal ' +
      'services ambassade ambassades reseau agents engagement initiative initiatives',
  ),
  modals: words(''),
  subjectPronouns: words(''),
  definiteArticles: words('l la le les'),
  indefiniteArticles: words(''),
  agentLinks: words('par'),
  objectLinks: words('de d du des'),
  subjectRelatives: words(''),
  questionWords: words(''),
  // « favorisera », « renforceront », « promouvra ».
  futureEnding: /(?:ra|ront)$/,
  things: words(''),
  aimVerbs: words(''),
  // « pourrait favoriser », « pourra être élargi », « ils peuvent favoriser » : ce qui pourra être, pas l’engagement.
  possibility: words('pourrait pourraient pourra pourront peut peuvent'),
  ability: words(''),
  delivery: words(''),
  deliverables: words(
    'strategie plateforme portail site sites outil outils guide guides registre rapport rapports loi lois decret ' +
      'arrete norme normes referentiel feuille tableau base catalogue programme cours formation curriculum ' +
      'repertoire service application formulaire directive politique cadre plan carte inventaire webinaires ' +
      'ateliers atelier seances trousse cartographie description publication sommet forum conference evenement ' +
      'evenements infrastructure strategies plateformes portails registres decrets arretes referentiels feuilles ' +
      'tableaux bases catalogues programmes repertoires applications formulaires directives politiques cadres ' +
      'plans cartes inventaires trousses sommets forums conferences',
  ),
  // French « en » opens no means before a noun (« en ligne »): isConcrete reads none there.
  gatherings: words(''),
  // « inviter le groupe à assurer » : « à » is no purpose (only « pour » is).
  asking: words(''),
  partnering: words(''),
  ensuring: words('assurer assure assurent assurera assureront assurant'),
  // « mise à jour », « mise en ligne » (read with what follows, see stepAt in ./roles.ts).
  steps: words('publication adoption approbation diffusion mise'),
  // « l’accès du public à » is read by no rule yet.
  access: words(''),
  light: words('assurer assure assurent assurera assureront assurant'),
  documentNouns: words('etude etudes'),
  // « avancement » is no vague term; career « promotion » has its exceptions in ./fr.ts.
  intransitiveNouns: words(''),
  headNouns: words(''),
  prepositionForms: words(''),
  listNouns: words(''),
  nounsAfterAdjective: words(''),
  afterIntransitive: words(''),
  stateVerbs: words('continuer continue continuent continuera continueront continuait continuaient'),
  progressVerbs: words(''),
  yearOpeners: words(''),
  manner: words(''),
  stateLinks: words('a d de'),
  be: words('etre'),
  // Folded: « publié », « publiées », « mis », « rendu », « fait ».
  isPastParticiple: (t) => /(?:e|es|ee|ees|i|is|ie|ies|u|us|ue|ues|t|ts|te|tes)$/.test(t.norm),
  resultAdverbs: words(''),
  adjectiveEnding: null,
  doingIn: words(''),
  examining: words(''),
  decisions: words(''),
  numberWords: words(NUMBER_WORDS),
  durations: words('an ans annee annees mois semaine semaines jour jours'),
  frequencies: words('chaque annuellement trimestriellement mensuellement hebdomadairement quotidiennement'),
  numbered: words(NUMBERED),
  months: words('janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre'),
  names: names([
    'programme des nations unies pour le developpement',
    'agence francaise de developpement',
    'centre de recherches pour le developpement international',
    'emploi et developpement social canada',
    'fonds du canada pour les periodiques',
    'mecanisme d intervention rapide',
    'reseau donnees ouvertes pour le developpement',
    'organisation de cooperation et de developpement economiques',
  ]),
  nameLinks: words('pour de du des'),
  articles: words('des du'),
  compounds: false,
  isInfinitive: (t) => !!t && t.norm.length > 3 && /(?:er|ir|re)$/.test(t.norm),
  isPresentParticiple: (t) => t.norm.length > 4 && t.norm.endsWith('ant'),
};

const en: RoleWords = {
  // "with a view to improving", "in view of … the promotion of": a purpose, as « en vue de ».
  purposeHeads: words('order so aimed designed intended view'),
  purposeLinks: words('to that at as of'),
  purposeBefore: words('to'),
  actionTo: words(
    'commit commits committed commitment continue continues continuing continued seek seeks seeking strive strives ' +
      'endeavour endeavours endeavor endeavors plan plans planning intend intends aim aims going able need needs has ' +
      'have want wants will shall must agrees agree pledge pledges pledged undertake undertakes ready ' +
      // "the objective is to", "it is necessary to", "commits itself to": what follows is the aim itself.
      'is are necessary itself themselves ourselves ' +
      // "The measure includes improving…", "This will include consideration of…", "…, including strengthening the
      // governance": what the action consists of.
      'include includes including involve involves ' +
      // "Commitment refers to improve…": what the commitment is.
      'refers',
  ),
  // "will work to encourage", "will act to promote": after a modal, a verb of effort chained to the action it promises.
  effortTo: words('work act'),
  effortNouns: words('effort efforts'),
  relatives: words('which that who whose whom how'),
  creditNouns: words('support assistance collaboration partnership'),
  creditBefore: words('with'),
  prepositions: words('of on in for to with into about from through by at'),
  determiners: words('the a an this that these those its their our his her'),
  pronouns: words(''),
  functionWords: words(
    'to of in on for by with and or but the a an as at from into through about also not its their our this that ' +
      'these those more better further will would can could may should must be been being is are was were',
  ),
  auxiliaries: words('is are was were be been being has have had will would can could may should must'),
  presentAux: words('is are'),
  perfectAux: words('has have had'),
  been: words('been'),
  perfectAdverbs: words('already also now recently'),
  pastAux: words('was were'),
  complementOf: words(''),
  verbsWithDe: words(''),
  meansBefore: words('by through via'),
  adverbs: words(
    'more better further also thereby thus therefore hence effectively efficiently fully actively continuously somewhat',
  ),
  degrees: words('most least'),
  legalTexts: words('act code decree'),
  winning: words('gather gathers gathering garner garners garnering gain gains gaining win wins winning enlist secure'),
  coordinators: words('and or'),
  thatWords: words('that'),
  aimNouns: words('purpose purposes aim aims goal goals intent'),
  agents: words(
    'government governments administration administrations ministry ministries minister ministers department ' +
      'departments agency agencies office offices we i they it you he she us parliament congress commission ' +
      'commissions council councils committee committees secretariat authority authorities team teams unit units ' +
      'ombudsman state states municipality municipalities partners organizations organisations organization ' +
      'organisation society institutions institution body bodies court courts staff officials members group ' +
      'groups network coalition president country countries city cities province provinces territories ' +
      'stakeholders actors leaders board bureau division service services commitment commitments initiative initiatives',
  ),
  modals: words('will shall would can could may might should must'),
  subjectPronouns: words('we they i you he she'),
  definiteArticles: words('the'),
  indefiniteArticles: words('a an'),
  agentLinks: words('by'),
  objectLinks: words('of'),
  subjectRelatives: words('that who'),
  questionWords: words('how whether'),
  futureEnding: null,
  things: words('it this commitment commitments measure measures'),
  aimVerbs: words('aim aims intend intends'),
  possibility: words('could might would may'),
  ability: words('can'),
  delivery: words(
    'publish publishes published publishing publication adopt adopts adopted adopting adoption approve approves ' +
      'approved approving approval submit submits submitted submitting submission present presents presented ' +
      'presenting presentation launch launches launched launching implement implements implemented implementing ' +
      'implementation install installs installed installing installation introduce introduces introduced introducing',
  ),
  deliverables: words(
    'strategy platform portal site website websites tool tools guide guides registry register report reports law legislation amendment amendments ' +
      'laws rule rules regulation regulations standard standards framework roadmap dashboard database dataset ' +
      'datasets catalog catalogue program programme course curriculum directory service application form directive ' +
      'policy plan map inventory scorecard toolkit webinars workshops sessions summit forum conference event events ' +
      'infrastructure bill bylaw guidance strategies platforms portals registries frameworks roadmaps dashboards ' +
      'databases catalogs catalogues programs programmes courses directories applications forms ' +
      'directives policies plans maps inventories scorecards toolkits summits forums conferences bills publication ' +
      'publications instruction instructions guideline guidelines manual manuals handbook handbooks methodology ' +
      'methodologies template templates charter charters protocol protocols procedure procedures checklist checklists system systems',
  ),
  gatherings: words('meeting meetings hearing hearings roundtable roundtables workshop session'),
  asking: words(
    'invite invites invited inviting ask asks asked asking request requests requested requesting require requires ' +
      'required requiring oblige obliges obliged obliging instruct instructs instructed urge urges urged ' +
      // "acts that commit public authorities to publish…": a text that binds a body to act.
      'commit',
  ),
  partnering: words('work working collaborate collaborating'),
  ensuring: words('ensure ensures ensuring guarantee guarantees guaranteeing'),
  steps: words('publication adoption approval submission passage enactment'),
  access: words('access accessibility'),
  light: words(''),
  documentNouns: words('study studies'),
  intransitiveNouns: words('advancement advancements exploration explorations transformation transformations'),
  headNouns: words('development developments'),
  prepositionForms: words('considering'),
  listNouns: words('address addresses'),
  nounsAfterAdjective: words('work'),
  afterIntransitive: words('along after beyond until even throughout during'),
  stateVerbs: words('continue continues continued continuing'),
  progressVerbs: words('advance advances advanced advancing'),
  yearOpeners: words('in during'),
  manner: words('joint mutual active proactive effective systematic coordinated concerted sustained'),
  stateLinks: words('to'),
  be: words('be'),
  isPastParticiple: (t) => t.norm.endsWith('ed') || IRREGULAR_PARTICIPLES.has(t.norm),
  resultAdverbs: words('thus thereby hence'),
  adjectiveEnding: /(?:al|ive|ic|ary)$/,
  doingIn: words('engage engages engaged engaging'),
  examining: words('consider considers considered considering'),
  decisions: words(
    'adopt adopts adopted adopting adoption reject rejects rejected rejecting rejection approve approves approved ' +
      'approving approval pass passes passed passing accept accepts accepted accepting acceptance',
  ),
  numberWords: words(NUMBER_WORDS),
  durations: words('year years month months week weeks day days'),
  frequencies: words('every each annually yearly quarterly monthly weekly daily'),
  numbered: words(NUMBERED),
  months: words('january february march april may june july august september october november december'),
  names: names([
    'department of housing and urban development',
    'agency for international development',
    'united nations development programme',
    'international development research centre',
    'employment and social development canada',
    'organisation for economic co operation and development',
    'organization for economic co operation and development',
    'rapid response mechanism',
    // The OGP's grand challenges, named in its templates ("OGP challenge addressed by the commitment").
    'increasing public integrity',
    'increasing corporate accountability',
    'improving public services',
    // The same names as nouns, as translated templates give them ("Increase in public integrity … Improvement of public
    // services … Increase in corporate responsibility").
    'increase in public integrity',
    'increase in corporate accountability',
    'increase in corporate responsibility',
    'improvement of public services',
  ]),
  nameLinks: words('for of'),
  articles: words(''),
  compounds: true,
  // Verbs that follow "to" in plans: "to" before them opens a purpose.
  isInfinitive: (t) => EN_VERBS.has(t),
  isPresentParticiple: (t) => t.norm.length > 4 && t.norm.endsWith('ing'),
};

export const LANGUAGE: Record<Lang, RoleWords> = { fr, en };
