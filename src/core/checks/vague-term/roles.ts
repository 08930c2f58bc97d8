// Over 400 lines: the role rules call one another (a verb shares the role of the purpose it is coordinated with), so
// they are kept in one file, in the order localRole tries them.
// What a vague word does where it stands (issue 13). Where it is the action a commitment or a milestone states, a
// facilitator wants it replaced. Where it only says why (a purpose after the action), describes (a participle, a
// relative clause), names (a deliverable, an organisation), credits a partner, or where the action is counted or
// made concrete in the same sentence, it is at most information; a name is not flagged at all. Read here from the
// words around it; the sentence's place in the commitment (title, milestone, context) is decided once commitments
// are known (see ../plan-role.ts).
import {
  CAP,
  LETTERS,
  NUM,
  SEP_APOSTROPHE,
  SEP_CLOSE,
  SEP_HYPHEN,
  SEP_OPEN,
  SEP_OTHER,
  SEP_PAUSE,
  SEP_SPACE,
  SEP_START,
  SEP_STOP,
  UPPER,
  type Token,
} from '../../text/tokenize';
import type { Lang } from '../../types';
import type { Hit } from '../lexicon/match';
import { LANGUAGE, WordSet, type RoleWords } from './role-words';
import { isBullet } from '../../text/bullets';

/** A role read from the sentence; `action` until the commitment's structure says more. */
export type LocalRole =
  | 'action'
  | 'purpose'
  | 'participle'
  | 'deliverable-name'
  | 'organisation-name'
  | 'question'
  | 'other-sense'
  | 'partner-credit'
  | 'after-quantified'
  | 'concrete'
  | 'context'
  | 'object'
  | 'light';

// The roles that make a finding information only, each with its note in the catalogue (findings: vague-term.role);
// a Record, so that a new role cannot be added without being listed here, and a test checks each has its note.
const INFO: Record<Exclude<LocalRole, 'action' | 'organisation-name' | 'question' | 'other-sense'>, true> = {
  purpose: true,
  participle: true,
  'deliverable-name': true,
  'partner-credit': true,
  'after-quantified': true,
  concrete: true,
  context: true,
  object: true,
  light: true,
};
export const INFO_ROLES = Object.keys(INFO) as (keyof typeof INFO)[];

/** The paragraph a hit is read in: its text, words and every vague-term hit (a means may itself be vague). */
export interface Sentence {
  text: string;
  tokens: readonly Token[];
  vagueHits: readonly Hit[];
  lang: Lang;
}

/** The role the sentence gives a vague word at this hit. */
export function localRole(s: Sentence, h: Hit, verbal: boolean): LocalRole {
  const w = LANGUAGE[s.lang];
  if (isInName(s, h, w)) return 'organisation-name';
  if (otherSense(s, h, w)) return 'other-sense';
  if (isCredit(s, h, w)) return 'partner-credit';
  if (isNamedThing(s, h, w)) return 'deliverable-name';
  const span = spanOf(s, h);
  if (isQuestion(s, h, span)) return 'question';
  // "a review of how the framework could be further enhanced": a possibility weighed, not a change committed to.
  if (possibleBefore(s.tokens, h, w)) return 'participle';
  // "Making data more readily available improves transparency": a claim about an action, not a commitment to it.
  if (gerundSubject(s, h, w, span)) return 'context';
  if (pastEvent(s, h, w, span)) return 'context';
  if (objectOfVagueVerb(s, h, w)) return 'object';
  if (lightBeforeVagueNoun(s, h, w)) return 'light';
  // "Objective: To improve access by publishing all legislation": a purpose made concrete by its means stays
  // information where the template's objective turns purposes into the action (../plan-role.ts).
  // « permettre aux utilisateurs de contribuer à… »: what the public will do.
  if (s.lang === 'fr' && h.kind === 'verb' && publicActs(s.tokens, h, span)) return 'purpose';
  if (isPurpose(s, h, w, span)) return isConcrete(s, h, w, span) ? 'concrete' : 'purpose';
  if (resultGerund(s.tokens, h, w)) return 'purpose';
  if (isDescriptive(s, h, w, verbal, span)) return 'participle';
  // "The initiative seeks to standardize websites by establishing a standard", "will seek to enhance … by 20%": an
  // effort ("seek to", "work with", "pursue"; not a process that delivers its findings, nor "continue") only tries:
  // what it tries, however concrete or counted, is not committed to.
  if (attempt(h)) return 'action';
  if (isQuantified(s, h, span)) return 'after-quantified';
  if (isConcrete(s, h, w, span)) return 'concrete';
  return 'action';
}

/**
 * A timing or frequency word's role from its sentence (the vague-time check): inside a purpose ("to have institutions
 * routinely publish timely data", "by enabling Congress to review … regular reports", "thereby showing changes over
 * time") or a relative clause with no modal ("standards which are gradually being implemented") it says when something
 * wanted or described happens, not when the plan's action is due: information, as a vague verb there is.
 */
export function timingRole(s: Sentence, h: Hit): 'purpose' | 'participle' | 'after-quantified' | undefined {
  const w = LANGUAGE[s.lang];
  const { tokens } = s;
  // A timing word that fills a date's place (an "Ongoing" end date) times nothing in the sentence.
  if (h.term.deadline || tokens[h.first - 1]?.flags & NUM) return undefined;
  const span = spanOf(s, h);
  const described = describedNow(s, h, w, span);
  if (described) return described;
  if (rhythmGiven(s, h, w, span)) return 'after-quantified';
  // The verb it times: after "to" in the same stretch of the clause (no comma between: "how to guides, and regular
  // webinars" times the webinars), itself in a purpose.
  for (let k = h.first - 1; k >= span.clauseFrom; k--) {
    if (tokens[k + 1].sep & (SEP_PAUSE | SEP_OPEN | SEP_CLOSE | SEP_OTHER)) return undefined;
    if (!w.purposeBefore.has(tokens[k])) continue;
    // "aims to raise awareness … and to share feedback periodically": a "to" repeated after "and" is the first one's.
    if (w.coordinators.has(tokens[k - 1])) continue;
    let v = k + 1;
    while (v < h.first && isAdverb(w, tokens[v])) v++;
    // "subject to periodic analysis", "to advancing … on an ongoing basis": "to" as a preposition.
    if (v >= h.first || w.isPresentParticiple(tokens[v])) return undefined;
    // "the commitment aims to raise awareness … and to share feedback periodically": the aim the plan states is its
    // action (../plan-role.ts), its timing too.
    if (w.aimVerbs.has(tokens[verbBeforeTo(s, w, k, span)])) return undefined;
    // « poursuivront leurs efforts pour améliorer l'accès dans les meilleurs délais »: what an effort tries is all it
    // promises; its timing is the action's (audit16 #11).
    if (w.effortNouns.has(tokens[verbBeforeTo(s, w, k, span)])) return undefined;
    const verb = s.vagueHits.find((x) => x.first === v && x.kind === 'verb');
    // "respond to these complaints in a timely manner": a "to" before a noun is a preposition; the verb is further back.
    if (!verb && !w.isInfinitive(tokens[v])) continue;
    const at: Hit = verb ?? { ...h, first: v, last: v, kind: 'verb' };
    return isPurpose(s, at, w, spanOf(s, at)) ? 'purpose' : undefined;
  }
  return undefined;
}

/**
 * "Regular interaction by holding a half yearly forum", "will annually audit the plan and make changes as needed": the
 * clause states the rhythm itself ("annually", "every year"), which the vague word only repeats.
 */
function rhythmGiven(s: Sentence, h: Hit, w: RoleWords, span: Span): boolean {
  const { tokens } = s;
  for (let k = span.clauseFrom; k < span.clauseTo; k++) {
    if (k >= h.first && k <= h.last) continue;
    const t = tokens[k];
    if (!w.frequencies.has(t)) continue;
    // "every year", not "every agency".
    const rhythm =
      t.norm === 'every' || t.norm === 'each' || t.norm === 'chaque' ? w.durations.has(tokens[k + 1]) : true;
    if (rhythm && !repeatedLinkBetween(s, w, Math.min(k, h.first), Math.max(k, h.last))) return true;
  }
  return false;
}

/**
 * "commits to quarterly reporting … and to advancing … on an ongoing basis", "will publish quarterly reports and share
 * regular updates": "and" before "to" or a verb opens another verb's phrase, which the rhythm does not time.
 */
function repeatedLinkBetween(s: Sentence, w: RoleWords, a: number, b: number): boolean {
  const { tokens } = s;
  for (let k = a + 1; k < b; k++) {
    if (!w.coordinators.has(tokens[k])) continue;
    const next = tokens[k + 1];
    if (w.purposeBefore.has(next) || w.modals.has(next) || w.isInfinitive(next)) return true;
    if (s.vagueHits.some((x) => x.first === k + 1 && x.kind === 'verb')) return true;
  }
  return false;
}

/**
 * "standards which are gradually being implemented", "thereby showing changes to legislation over time": a timing word
 * in a relative clause with no modal (what exists, described), or in the gerund of result after "thereby", "thus".
 */
function describedNow(s: Sentence, h: Hit, w: RoleWords, span: Span): 'purpose' | 'participle' | undefined {
  const { tokens } = s;
  for (let k = h.first - 1; k >= span.clauseFrom && k >= h.first - 12; k--) {
    const t = tokens[k];
    if (tokens[k + 1].sep & (SEP_STOP | SEP_OPEN | SEP_CLOSE) || w.modals.has(t)) return undefined;
    if (w.resultAdverbs.has(t)) return w.isPresentParticiple(tokens[k + 1]) ? 'purpose' : undefined;
    if (w.relatives.has(t) && !w.questionWords.has(t))
      return w.presentAux.has(tokens[k + 1]) || w.pastAux.has(tokens[k + 1]) ? 'participle' : undefined;
  }
  return undefined;
}

// « permettre à X de »: the verb after it is what others (users, the public) are enabled to do, not what the
// commitment does (audit13, finding 7). « appelés à participer » was tried too: the tune split's recall fell 0.009.
const ENABLES = new Set(['permettre', 'permettra', 'permettront', 'permet', 'permettent', 'permettant', 'permettrait']);
const ENABLED = new Set(['a', 'au', 'aux']);

/**
 * The hit, an infinitive, follows « de » after « permettre à/aux … » in its sentence (« permettre aux utilisateurs de
 * trouver … et de contribuer à »).
 */
function publicActs(tokens: readonly Token[], h: Hit, span: Span): boolean {
  const before = tokens[h.first - 1];
  if (!before) return false;
  const norm = (k: number) => tokens[k].norm;
  if (norm(h.first - 1) !== 'de' && norm(h.first - 1) !== 'd') return false;
  for (let k = h.first - 2; k >= Math.max(span.from, h.first - 40); k--)
    if (ENABLES.has(norm(k)) && k + 1 < h.first && ENABLED.has(norm(k + 1))) return true;
  return false;
}

const attempt = (h: Hit) => h.term.effort && !h.term.process && !h.term.repeats;

/**
 * The hit's sentence, tokens [from, to), and its clause, [clauseFrom, clauseTo): the sentence's words not
 * separated from the hit by a ";" or ":" (a comma does not end a clause).
 */
interface Span {
  from: number;
  to: number;
  clauseFrom: number;
  clauseTo: number;
}

function spanOf(s: Sentence, h: Hit): Span {
  const { tokens } = s;
  let from = h.first;
  while (from > 0 && !(tokens[from].sep & SEP_STOP)) from--;
  let to = h.last + 1;
  while (to < tokens.length && !(tokens[to].sep & SEP_STOP)) to++;
  let clauseFrom = h.first;
  while (clauseFrom > from && !clauseBreakBefore(s, clauseFrom)) clauseFrom--;
  let clauseTo = h.last + 1;
  while (clauseTo < to && !clauseBreakBefore(s, clauseTo)) clauseTo++;
  return { from, to, clauseFrom, clauseTo };
}

/**
 * A question ("How will the commitment address the problem?"): a template's prompt or a rhetorical question, not
 * what the plan commits to.
 */
function isQuestion(s: Sentence, h: Hit, span: Span): boolean {
  const { tokens, text } = s;
  const end = span.to < tokens.length ? tokens[span.to].start : text.length;
  const mark = text.indexOf('?', tokens[h.last].end);
  if (mark < 0 || mark >= end) return false;
  // "?:" (a question then its answer, in a form) does not end a sentence for the tokenizer: the question ends at
  // its mark unless a stop comes first.
  for (let k = h.last; k + 1 < tokens.length && tokens[k + 1].start <= mark; k++)
    for (let c = tokens[k].end; c < tokens[k + 1].start; c++) if (STOPS.includes(text[c])) return false;
  return true;
}

const STOPS = '.;:!';

/**
 * A ";" or ":" in the gap before token k, or a capitalised word after a table row's dates (afterDates) or an item's
 * number (afterNumbering): a clause of its own starts there (a comma does not end one).
 */
function clauseBreakBefore(s: Sentence, k: number): boolean {
  if (k > 2 && s.tokens[k].flags & CAP && afterDates(s.tokens, k)) return true;
  if (k > 0 && s.tokens[k].flags & CAP && s.tokens[k - 1].flags & NUM && afterNumbering(s, k)) return true;
  if (k === 0 || !(s.tokens[k].sep & SEP_PAUSE)) return false;
  const gap = s.text.slice(s.tokens[k - 1].end, s.tokens[k].start);
  return gap.includes(';') || gap.includes(':');
}

/**
 * "… rural villages 2020 2022 Promote the enactment…", "… January 2023 January 2025 Advocate for…": a flattened table's
 * start and end dates close a row; the capitalised word after them opens the next cell.
 */
function afterDates(tokens: readonly Token[], k: number): boolean {
  const year = (t: Token | undefined) => !!t && !!(t.flags & NUM) && /^(?:19|20)\d\d$/.test(t.norm);
  return year(tokens[k - 1]) && (year(tokens[k - 2]) || year(tokens[k - 3]));
}

/**
 * "…for electronic signature Assembly July 2021 December 2023 1.3.3 Facilitate and provide…": a flattened table's
 * numbered row; the item's number (numbersItem: with parts, or its mark) before the capitalised word at k opens a
 * clause of its own.
 */
function afterNumbering(s: Sentence, k: number): boolean {
  let first = k - 1;
  while (first > 0 && s.tokens[first].sep === SEP_OTHER && s.tokens[first - 1].flags & NUM) first--;
  return numbersItem(s, first);
}

/**
 * A name around the word: a capitalised noun inside a sentence ("Emploi et Développement social Canada"), a phrase
 * defined by an acronym in brackets right after it ("Centre de recherches pour le développement international
 * (CRDI)"), or a name the data lists ("Programme des Nations unies pour le développement").
 */
function isInName(s: Sentence, h: Hit, w: RoleWords): boolean {
  const { tokens } = s;
  const t = tokens[h.first];
  const inside = h.first > 0 && !(t.sep & (SEP_START | SEP_STOP | SEP_PAUSE | SEP_OPEN | SEP_OTHER));
  if (inside && t.flags & CAP && !(t.flags & UPPER) && (h.kind === 'noun' || h.kind === 'participle'))
    if (!isTitleCase(tokens) && !actionOfObject(tokens, h, w)) return true;
  if (inside && gerundInName(tokens, h, w) && !isTitleCase(tokens)) return true;
  // "the Tripartite Committee to Combat the Impact of Covid-19": a capitalised verb after "to" and a capitalised noun,
  // outside a heading (a short paragraph in Title Case: "Strategy to Improve Access").
  const body = tokens[h.first - 2];
  if (inside && t.flags & CAP && w.compounds && w.purposeBefore.has(tokens[h.first - 1]) && body)
    if (capitalisedInside(tokens, h.first - 2) && (tokens.length > HEADING_WORDS || !isTitleCase(tokens))) return true;
  // "via BOOST database": a vague word in capitals after a word in small letters is an acronym, a name.
  const prev = tokens[h.first - 1];
  if (inside && t.flags & UPPER && prev.flags & LETTERS && !(prev.flags & (CAP | UPPER))) return true;
  if (definedByAcronym(tokens, h, w)) return true;
  if (h.kind === 'noun' && afterNameHead(tokens, h, w)) return true;
  // A listed name covers the hit only if its first word is one of the name's words: most hits are passed over here.
  if (!NAME_WORDS[s.lang].has(tokens[h.first])) return false;
  for (const name of w.names) if (coveredByName(tokens, h, name)) return true;
  return false;
}

/**
 * "the Corruption Prevention and Combating Bureau": a capitalised gerund between capitalised words of one phrase (a
 * capitalised word, or one and "and", before it; a capitalised noun after it) is a word of the name.
 */
function gerundInName(tokens: readonly Token[], h: Hit, w: RoleWords): boolean {
  const t = tokens[h.first];
  if (!(t.flags & CAP) || t.flags & UPPER || !w.isPresentParticiple(t)) return false;
  if (!capitalisedInside(tokens, h.last + 1)) return false;
  const k = w.coordinators.has(tokens[h.first - 1]) ? h.first - 2 : h.first - 1;
  return k > 0 && capitalisedInside(tokens, k);
}

/**
 * "Commitment short description Enhancement of transparency over…": a capitalised noun whose object follows in small
 * letters after "of" opens an action run into a label, not a name (a name's words after "of" are capitalised:
 * "Department of Housing and Urban Development").
 */
function actionOfObject(tokens: readonly Token[], h: Hit, w: RoleWords): boolean {
  const of = tokens[h.last + 1];
  const object = tokens[h.last + 2];
  if (of?.norm !== 'of' || object === undefined || of.sep & ~SEP_SPACE || object.sep & ~SEP_SPACE) return false;
  return !!(object.flags & LETTERS) && !(object.flags & (CAP | UPPER)) && !w.determiners.has(object);
}

/** Most longer words capitalised: a heading in Title Case, where capitals say nothing about names. */
function isTitleCase(tokens: readonly Token[]): boolean {
  const long = tokens.filter((w) => w.norm.length > 3 && w.flags & LETTERS);
  return long.filter((w) => w.flags & CAP).length * 5 >= long.length * 3;
}

/**
 * "Le Réseau Données ouvertes pour le développement", "Agency for International Development": a noun linked by
 * "pour le", "de", "for", "of" to a capitalised word a few words before, in the same phrase, is part of that name.
 */
function afterNameHead(tokens: readonly Token[], h: Hit, w: RoleWords): boolean {
  let k = h.first - 1;
  while (k >= 0 && w.determiners.has(tokens[k])) k--;
  // "Ministry of Digital Transformation": capitalised words of the name may stand between the link and the hit, and
  // one more capitalised noun before "and" ("Division of Innovation and Modernisation Programmes").
  if (k > 1 && tokens[h.first].flags & CAP && w.coordinators.has(tokens[k]) && capitalisedInside(tokens, k - 1)) k--;
  for (let n = 0; n < 2 && k > 0 && capitalisedInside(tokens, k) && !w.nameLinks.has(tokens[k]); n++) k--;
  if (k < 1 || !w.nameLinks.has(tokens[k])) return false;
  for (let b = k - 1; b >= 0 && b >= k - 5; b--) {
    if (tokens[b + 1].sep & (SEP_STOP | SEP_PAUSE | SEP_OPEN | SEP_CLOSE)) return false;
    const t = tokens[b];
    // A capital that starts the sentence, an item or a bracket, or a verb's, is not a name's.
    const starts = t.sep & (SEP_START | SEP_STOP | SEP_OTHER | SEP_OPEN | SEP_PAUSE);
    if (t.flags & CAP && !(t.flags & UPPER) && b > 0 && !starts && !(w.compounds ? false : w.isInfinitive(t)))
      return true;
  }
  return false;
}

/** A capitalised word (not in capitals) inside a phrase: not after a sentence's or a clause's start. */
function capitalisedInside(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  // None past the paragraph's end ("Public Services Improving" as a heading).
  return (
    t !== undefined &&
    !!(t.flags & CAP) &&
    !(t.flags & UPPER) &&
    !(t.sep & (SEP_START | SEP_STOP | SEP_PAUSE | SEP_OPEN | SEP_OTHER))
  );
}

function definedByAcronym(tokens: readonly Token[], h: Hit, rw: RoleWords): boolean {
  for (let k = h.last + 1; k < tokens.length && k <= h.last + 6; k++) {
    const w = tokens[k];
    if (w.sep & (SEP_STOP | SEP_PAUSE)) return false;
    if (!(w.sep & SEP_OPEN)) continue;
    if (!(w.flags & UPPER) || !(tokens[k + 1] === undefined || tokens[k + 1].sep & SEP_CLOSE)) return false;
    // A capitalised word before the hit, in the same phrase: the name's start.
    for (let b = h.first - 1; b >= 0 && b >= h.first - 6; b--) {
      if (tokens[b + 1].sep & (SEP_STOP | SEP_PAUSE | SEP_OPEN)) return false;
      // « Apporter des améliorations au site (SCT) »: a verb opening the line is the action, the bracket its owner.
      const opens = b === 0 || tokens[b].sep & (SEP_START | SEP_STOP);
      if (tokens[b].flags & CAP && !(opens && rw.isInfinitive(tokens[b]))) return true;
    }
    return false;
  }
  return false;
}

const HEADING_WORDS = 25;

const NAME_WORDS: Record<Lang, WordSet> = {
  fr: new WordSet(new Set(LANGUAGE.fr.names.flat())),
  en: new WordSet(new Set(LANGUAGE.en.names.flat())),
};

/** Does a listed name (folded words) run over the hit? */
function coveredByName(tokens: readonly Token[], h: Hit, name: readonly string[]): boolean {
  for (let start = h.first - name.length + 1; start <= h.first; start++) {
    if (start < 0 || start + name.length - 1 < h.last || start + name.length > tokens.length) continue;
    let k = 0;
    while (k < name.length && tokens[start + k].norm === name[k]) k++;
    if (k === name.length) return true;
  }
  return false;
}

/**
 * "criteria for admittance and advancement in the civil service", "a direct impact on advancement": a nominalisation
 * whose verb is vague with an object ("the advancement of open data") names, with none, a person's progress (a
 * career step, a grade): another sense, not an action. "The advancement and protection of rights": the object may
 * follow the noun coordinated with it.
 */
function otherSense(s: Sentence, h: Hit, w: RoleWords): boolean {
  const { tokens } = s;
  if (senseByGrammar(tokens, h, w)) return true;
  if (backing(tokens, h, w)) return true;
  if (h.kind === 'noun' && w.headNouns.has(tokens[h.first])) return !actionHead(s, h, w);
  return h.kind === 'noun' && w.intransitiveNouns.has(tokens[h.first]) && !objectAfterOf(tokens, h, w);
}

/**
 * "citizens use platforms to gather support for petitions", "gather additional public support": "support" won from
 * others, after a verb of winning and at most two adjectives, is their backing, not help the plan gives.
 */
function backing(tokens: readonly Token[], h: Hit, w: RoleWords): boolean {
  if (h.first !== h.last || !w.creditNouns.has(tokens[h.first])) return false;
  for (let k = h.first - 1; k >= 0 && k >= h.first - 3; k--) {
    if (tokens[k + 1].sep & ~SEP_SPACE) return false;
    if (w.winning.has(tokens[k])) return true;
    if (w.functionWords.has(tokens[k]) || w.auxiliaries.has(tokens[k])) return false;
  }
  return false;
}

/** The noun's object follows after "of", or after "and" and a second noun ("the advancement and protection of"). */
function objectAfterOf(tokens: readonly Token[], h: Hit, w: RoleWords): boolean {
  const next = tokens[h.last + 1];
  return next?.norm === 'of' || (w.coordinators.has(next) && tokens[h.last + 3]?.norm === 'of');
}

/**
 * Another sense the words around a verb's form tell, whatever the subject: a preposition ("considering the
 * experience"), a noun in a list ("(address, pictures)") or after an adjective ("the legislative work towards"),
 * "engaged in" a thing without a partner, an examination coordinated with a decision ("considered and rejected").
 * See the word lists in ./role-words.ts.
 */
function senseByGrammar(tokens: readonly Token[], h: Hit, w: RoleWords): boolean {
  const t = tokens[h.first];
  const prev = tokens[h.first - 1];
  const opens = t.sep & (SEP_START | SEP_STOP);
  if (describesBodies(tokens, h, w)) return true;
  if (stateLasts(tokens, h, w)) return true;
  if (h.first === h.last && h.kind !== 'noun' && w.progressVerbs.has(t) && progressOnly(tokens, h.first)) return true;
  // "work towards" after an adjective: the noun, whatever follows it.
  if (w.nounsAfterAdjective.has(t) && w.adjectiveEnding && prev && !opens && !(t.sep & SEP_PAUSE))
    return !(prev.flags & CAP) && w.adjectiveEnding.test(prev.norm) && !w.functionWords.has(prev);
  if (h.first !== h.last) return false;
  const next = tokens[h.first + 1];
  if (w.prepositionForms.has(t)) {
    // After a comma it adds a circumstance (", considering public diversity").
    if (!opens) return !w.auxiliaries.has(prev) && !w.prepositions.has(prev) && !w.coordinators.has(prev);
    // Opening the sentence: a preposition when its phrase ends at a comma before the main clause.
    for (let k = h.first + 1; k < tokens.length && !(tokens[k].sep & SEP_STOP); k++)
      if (tokens[k].sep & SEP_PAUSE) return true;
    return false;
  }
  if (w.listNouns.has(t))
    return (
      !opens &&
      !!(t.sep & (SEP_PAUSE | SEP_OPEN)) &&
      (next === undefined || !!(next.sep & (SEP_PAUSE | SEP_OPEN | SEP_CLOSE | SEP_STOP)))
    );
  if (w.doingIn.has(t) && next?.norm === 'in' && !(next.sep & (SEP_PAUSE | SEP_STOP))) {
    for (let k = h.first + 2; k < tokens.length && k <= h.first + 10; k++) {
      if (tokens[k].sep & (SEP_STOP | SEP_PAUSE)) break;
      if (tokens[k].norm === 'with') return false;
    }
    return true;
  }
  if (w.examining.has(t)) {
    const after = w.coordinators.has(next) && w.decisions.has(tokens[h.first + 2]);
    const before = w.coordinators.has(tokens[h.first - 1]) && w.decisions.has(tokens[h.first - 2]);
    return after || before || regards(tokens, h);
  }
  return false;
}

/**
 * "this task continues to be crucial", "has continued to be a problem", « continue d'être un enjeu »: a verb of
 * continuing, then "to be" (« à être », « d'être ») and no participle says that a state lasts: no action, another
 * sense. With a participle the action goes on ("data will continue to be published", « continuera d'être publié »).
 * So does a progress with no object ("as long as technology continues to advance.").
 */
function stateLasts(tokens: readonly Token[], h: Hit, w: RoleWords): boolean {
  if (h.kind === 'noun' || !w.stateVerbs.has(tokens[h.first]) || h.last > h.first + 1) return false;
  // "We will continue to be open": the plan's own commitment to a state stays one.
  if (w.subjectPronouns.has(tokens[h.first - 1]) || w.subjectPronouns.has(tokens[h.first - 2])) return false;
  let k = h.first + 1;
  if (!w.stateLinks.has(tokens[k])) return false;
  k++;
  // "as long as technology continues to advance.": what continues is a progress with no object.
  if (w.progressVerbs.has(tokens[k]) && !(tokens[k].sep & (SEP_STOP | SEP_PAUSE))) return progressOnly(tokens, k);
  if (!w.be.has(tokens[k])) return false;
  for (let j = h.first + 1; j <= k; j++) if (tokens[j].sep & (SEP_STOP | SEP_PAUSE)) return false;
  k++;
  while (k < tokens.length && isAdverb(w, tokens[k])) k++;
  const next = tokens[k];
  return next === undefined || !!(next.sep & (SEP_STOP | SEP_PAUSE)) || !w.isPastParticiple(next);
}

/** A verb of progress at k with nothing after it in its clause: the end of the text, a stop or a comma. */
function progressOnly(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return next === undefined || !!(next.sep & (SEP_STOP | SEP_PAUSE));
}

/**
 * "organizations that work with volunteers", "institutions working with them": a verb of working with others, in the
 * present after "that" or "who", or as a gerund, right after a plural noun in small letters says what those bodies or
 * people do (a description), not an action of the plan; "the Office will work with", "Government, working with civil
 * society" (after a comma) stay the action.
 */
function describesBodies(tokens: readonly Token[], h: Hit, w: RoleWords): boolean {
  const t = tokens[h.first];
  if (!w.partnering.has(t) || t.sep & (SEP_START | SEP_STOP | SEP_PAUSE | SEP_OPEN | SEP_OTHER)) return false;
  const gerund = w.isPresentParticiple(t);
  let k = h.first - 1;
  if (!gerund) {
    if (!w.subjectRelatives.has(tokens[k]) || tokens[k].sep & ~SEP_SPACE) return false;
    k--;
  }
  const noun = tokens[k];
  if (!noun || !(tokens[k + 1].sep === SEP_SPACE) || !(noun.flags & LETTERS) || noun.flags & (CAP | UPPER))
    return false;
  return noun.norm.length > 3 && noun.norm.endsWith('s') && !noun.norm.endsWith('ss') && !w.functionWords.has(noun);
}

/**
 * "The Assembly considers this channel as a resource", "society considers the performance … to be below
 * expectations": considering something as or to be something is judging it (another sense), unless "as" lists
 * ("such as", "as well as").
 */
function regards(tokens: readonly Token[], h: Hit): boolean {
  for (let k = h.last + 2; k < tokens.length && k <= h.last + 7; k++) {
    if (tokens[k].sep & (SEP_STOP | SEP_PAUSE | SEP_OPEN)) return false;
    const t = tokens[k];
    if (t.norm === 'as') return tokens[k - 1].norm !== 'such' && tokens[k + 1]?.norm !== 'well';
    if (t.norm === 'to' && tokens[k + 1]?.norm === 'be') return true;
  }
  return false;
}

/**
 * "Slovakia's will to improve", "the political will to reform": "will" after a possessive, a determiner or an
 * adjective is the noun, and "to" after it a purpose, not the modal before the action.
 */
function nounWill(tokens: readonly Token[], k: number, w: RoleWords): boolean {
  const before = tokens[k - 1];
  if (tokens[k].norm !== 'will' || !before || !w.compounds) return false;
  if (before.norm === 's' && before.sep & SEP_APOSTROPHE) return true;
  return w.determiners.has(before) || (!!w.adjectiveEnding?.test(before.norm) && !(before.flags & CAP));
}

/**
 * The noun heads an action: it opens its paragraph, a sentence, or the answer after a label (":", "?", ")"), a
 * number or one adjective before it ("2. Further development of", "4.3 Comprehensive development and
 * implementation of"), and its object follows after "of" (or after "and" and a second noun).
 */
function actionHead(s: Sentence, h: Hit, w: RoleWords): boolean {
  const { tokens, text } = s;
  if (!objectAfterOf(tokens, h, w)) return false;
  const before = text.slice(0, tokens[h.first].start);
  const opening = before.slice(
    Math.max(before.lastIndexOf(':'), before.lastIndexOf('?'), before.lastIndexOf(')'), before.lastIndexOf('. ')) + 1,
  );
  const m = HEAD_OPENING.exec(opening);
  return m !== null && (m[1] === undefined || !w.determiners.has(tokens[h.first - 1]));
}

// What may stand between a label and an action's head: a number ("1.1", "5.") and one capitalised adjective.
const HEAD_OPENING = /^\s*(?:\d+[.)]?\s*)*(\p{Lu}\p{Ll}+\s+)?$/u;

/** "avec l'appui des MOVS", "appuyé par Affaires mondiales", "with support from", "in collaboration with". */
function isCredit(s: Sentence, h: Hit, w: RoleWords): boolean {
  const { tokens } = s;
  const prev = tokens[h.first - 1];
  const prev2 = tokens[h.first - 2];
  const next = tokens[h.last + 1];
  if (h.kind === 'noun' && w.creditNouns.has(tokens[h.first])) {
    if (w.creditBefore.has(prev) || w.creditBefore.has(prev2)) return true;
    if (next?.norm === 'from') return true;
  }
  // "Support from the European Union … will help fund the reforms": the word, which the lexicon reads as a verb, is a
  // noun before "from" (no verb of the kind takes "from"), and who gives it follows: a name or "the".
  if (h.kind === 'verb' && h.first === h.last && w.creditNouns.has(tokens[h.first]) && next?.norm === 'from') {
    const giver = tokens[h.last + 2];
    if (giver && !(next.sep & ~SEP_SPACE) && (giver.flags & (CAP | UPPER) || w.definiteArticles.has(giver)))
      return true;
  }
  // A participle before "par" / "by" and a name or "the": who supports, not what is done. After "sont" / "are" it
  // is the sentence's statement (« les projets sont appuyés par le Programme »), not a credit.
  const agent = tokens[h.last + 2];
  return (
    h.kind === 'participle' &&
    !w.presentAux.has(prev) &&
    next !== undefined &&
    w.agentLinks.has(next) &&
    agent !== undefined &&
    (!!(agent.flags & (CAP | UPPER)) || w.definiteArticles.has(agent))
  );
}

/** A noun naming a thing or a topic: after a preposition ("activités de renforcement"), or in an English compound. */
function isNamedThing(s: Sentence, h: Hit, w: RoleWords): boolean {
  const { tokens } = s;
  if (namesDocument(s, h, w)) return true;
  // "the necessity of effectively combating": an adverb may stand between the preposition and the gerund.
  const adverb =
    w.compounds &&
    h.kind === 'verb' &&
    h.first > 1 &&
    !(tokens[h.first - 1].sep & SEP_PAUSE) &&
    isAdverb(w, tokens[h.first - 1]);
  const prev = tokens[h.first - (adverb ? 2 : 1)];
  // English: "the environmental justice advances" (a verb's form used as a noun), "on Advancing Equality" (a title).
  if (w.compounds && prev && !(tokens[h.first].sep & (SEP_STOP | SEP_PAUSE))) {
    if (h.kind === 'verb' && w.determiners.has(prev)) return true;
    if (w.prepositions.has(prev) && !w.meansBefore.has(prev) && w.isPresentParticiple(tokens[h.first]))
      return prev.norm !== 'for' && prev.norm !== 'to' && !aimedAt(tokens, w, h.first - (adverb ? 2 : 1));
    // "the responsibility of tracking/monitoring and supporting": coordinated with gerunds after the preposition.
    if (w.coordinators.has(prev) && w.isPresentParticiple(tokens[h.first])) {
      let k = h.first - 2;
      while (k > 0 && w.isPresentParticiple(tokens[k]) && !(tokens[k].sep & SEP_STOP)) k--;
      const p = tokens[k];
      if (k < h.first - 2 && w.prepositions.has(p) && !w.meansBefore.has(p)) return p.norm !== 'for' && p.norm !== 'to';
    }
  }
  if (sharesPreposition(tokens, h, w)) return true;
  if (h.kind !== 'noun') return false;
  let k = h.first - 1;
  // "room for further improvements": determiners and degree words ("further", "more") before the noun.
  while (k >= 0 && (w.determiners.has(tokens[k]) || w.adverbs.has(tokens[k])) && !(tokens[k + 1].sep & SEP_STOP)) k--;
  if (k < 0 || tokens[k + 1].sep & (SEP_STOP | SEP_START)) return false;
  // "notamment par : la modernisation": a colon between makes the noun an item of its own.
  for (let b = k + 1; b <= h.first; b++) if (tokens[b].sep & SEP_PAUSE) return false;
  // "apporter des améliorations": after a verb, "des" is an article and the noun is the action.
  if (w.articles.has(tokens[k]) && (k === 0 || w.isInfinitive(tokens[k - 1]) || tokens[k].sep & SEP_START))
    return false;
  if (w.prepositions.has(tokens[k])) return true;
  // "decision support", "agency case studies", "philanthropic support": a noun or adjective right before.
  return (
    w.compounds &&
    k === h.first - 1 &&
    !!(tokens[k].flags & LETTERS) &&
    !w.functionWords.has(tokens[k]) &&
    !w.actionTo.has(tokens[k]) && // "will include consideration of…": the object of a verb, not a compound
    !w.manner.has(tokens[k]) && // "joint promotion of the right": how the action is done, not a kind of thing
    !(tokens[h.first].sep & (SEP_PAUSE | SEP_OPEN | SEP_OTHER)) &&
    // "description Enhancement of transparency": a capital after a word in small letters opens a phrase of its own.
    !(tokens[h.first].flags & CAP && !(tokens[k].flags & CAP) && actionOfObject(tokens, h, w))
  );
}

/**
 * « les modèles utilisés pour la conception et l'étude des programmes », "models used for the design and study of
 * programs": a noun that takes its object (« de », "of") coordinated with the object of a preposition (one noun and
 * its determiner before "et", "and", in one phrase) is that preposition's object too, a topic as « pour l'étude des
 * programmes » is. Not a noun that opens a clause of its own ("for all types of volunteering and the support will
 * apply…"). English reads a verb's form as the noun where "of" follows it.
 */
function sharesPreposition(tokens: readonly Token[], h: Hit, w: RoleWords): boolean {
  if ((h.kind !== 'noun' && !w.compounds) || !w.objectLinks.has(tokens[h.last + 1])) return false;
  if (tokens[h.last + 1].sep & ~(SEP_SPACE | SEP_APOSTROPHE)) return false;
  let k = h.first - 1;
  while (k > 0 && w.determiners.has(tokens[k])) k--;
  if (k < 2 || !w.coordinators.has(tokens[k])) return false;
  const noun = tokens[k - 1];
  let p = k - 2;
  if (w.determiners.has(tokens[p])) p--;
  if (p < 0 || !w.prepositions.has(tokens[p]) || w.meansBefore.has(tokens[p])) return false;
  if (!(noun.flags & LETTERS) || noun.flags & (CAP | UPPER) || w.functionWords.has(noun)) return false;
  for (let b = p + 1; b <= h.first; b++) if (tokens[b].sep & ~(SEP_SPACE | SEP_APOSTROPHE)) return false;
  return true;
}

/**
 * "is aimed at strengthening", "designed to": the preposition at k links an aim to its action, not a topic; so does
 * "about" after "is" ("This commitment is about working together with…": what it consists of).
 */
function aimedAt(tokens: readonly Token[], w: RoleWords, k: number): boolean {
  if (k < 1) return false;
  if (tokens[k].norm === 'about') return w.presentAux.has(tokens[k - 1]);
  return w.purposeLinks.has(tokens[k]) && w.purposeHeads.has(tokens[k - 1]);
}

/**
 * A study as a document one can check, not the act of studying ("The ministry will study the options", « étudier
 * l'adoption des normes », vague). English reads a form of "study" as the noun where it is the subject of a verb
 * ("Studies will be conducted", "a feasibility study has been conducted"), or after a noun, an adjective or a verb
 * with no object after it ("environmental impact studies on the websites", "a comparative study on", "Conduct
 * studies on"). French reads « étude » as the act where it takes its object (« de » and a determiner, « du »,
 * « des ») after the definite article or none (« l'étude de l'option d'un registre »); otherwise it is a document
 * (« une étude du paysage », « ses études », « l'étude d'impact »).
 */
function namesDocument(s: Sentence, h: Hit, w: RoleWords): boolean {
  const { tokens } = s;
  const t = tokens[h.first];
  if (!w.documentNouns.has(t)) return false;
  const prev =
    h.first === 0 || t.sep & (SEP_START | SEP_STOP | SEP_PAUSE | SEP_OPEN | SEP_OTHER)
      ? undefined
      : tokens[h.first - 1];
  const next = tokens[h.last + 1];
  const ends = next === undefined || !!(next.sep & (SEP_STOP | SEP_PAUSE | SEP_OPEN | SEP_CLOSE | SEP_OTHER));
  if (!w.compounds) {
    if (h.kind !== 'noun') return false;
    const de = next?.norm === 'de' || next?.norm === 'd';
    const object =
      !ends && (next.norm === 'du' || next.norm === 'des' || (de && w.determiners.has(tokens[h.last + 2])));
    return !object || (prev !== undefined && w.determiners.has(prev) && !w.definiteArticles.has(prev));
  }
  if (h.kind !== 'verb') return false;
  // "will study", "to study", "has studied": the verb.
  if (prev && (w.modals.has(prev) || w.auxiliaries.has(prev) || w.purposeBefore.has(prev))) return false;
  if (!ends && (w.modals.has(next) || w.auxiliaries.has(next))) return true;
  // After a word that could be its subject ("Agencies study and publish") or that makes it a verb ("and", "also").
  if (!prev || !(prev.flags & LETTERS) || w.functionWords.has(prev) || w.agents.has(prev) || isAdverb(w, prev))
    return false;
  return ends || w.prepositions.has(next) || w.coordinators.has(next);
}

/**
 * Inside a purpose: after "afin de", "pour" + infinitive, "en vue de", "in order to", a purposeful "to" (not
 * "commits to", "continue to"), in the same clause; or the effect a deliverable will have ("La Stratégie
 * favorisera…", "The curriculum will support…").
 */
function isPurpose(s: Sentence, h: Hit, w: RoleWords, span: Span): boolean {
  const { tokens } = s;
  for (let k = h.first - 1; k >= span.clauseFrom; k--) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (w.purposeHeads.has(t) && (k + 1 === h.first || w.purposeLinks.has(next))) return !fronted(s, h, w, k, span);
    // "pour"/"to" before the hit, or before another verb it is coordinated with ("to increase awareness and assist",
    // "to more effectively understand, support and improve").
    if (w.purposeBefore.has(t) && (verbAfter(s, h, w, k) || (w.pronouns.has(next) && verbAfter(s, h, w, k + 1)))) {
      // "5. DWLC and the NWPEA to facilitate the enforcement…": a headline's future, not a purpose.
      if (headlineSubject(s, w, k, span) || agentHeadline(s, w, k, span) || askedTo(s, w, k, span)) return false;
      // "What is the commitment? To ensure…": the word before the sentence is not the verb "to" follows.
      // "The commitment is mainly to strengthen…": an adverb may stand between that verb and "to".
      const v = verbBeforeTo(s, w, k, span);
      const actionBefore =
        v >= span.from &&
        (w.actionTo.has(tokens[v]) || effortAfterModal(s, w, v)) &&
        !aimOfThing(s, w, v, span) &&
        !nounWill(tokens, v, w);
      // "commits to X and to advancing": "to" before a gerund is a preposition, not a purpose.
      if (w.compounds && k + 1 === h.first && w.isPresentParticiple(tokens[h.first])) {
        if (actionBefore) return false;
        continue;
      }
      if (fronted(s, h, w, k, span)) return false;
      // "commits to", "continue to": the action itself, unless the verb before is a purpose.
      return !actionBefore || (h.kind === 'verb' && sharesPurpose(s, h, w, span));
    }
    if (k + 1 === h.first && t.norm === 'for' && tokens[h.first].norm.endsWith('ing')) return true;
  }
  if (h.kind !== 'verb') return false;
  return (
    deliverableSubject(s, h, w, span) ||
    effectOfThing(s, h, w, span) ||
    gerundPhraseEffect(s, h, w, span) ||
    sharesPurpose(s, h, w, span)
  );
}

/**
 * "5. DWLC and the NWPEA to facilitate the enforcement…": a list item or a sentence whose first words, before "to" at
 * k, are only names (capitalised words, "and", "the"), the first an acronym, states, as a headline does, what those
 * bodies are to do: the verb after "to" is the action.
 */
function headlineSubject(s: Sentence, w: RoleWords, k: number, span: Span): boolean {
  const { tokens } = s;
  let acronym = false;
  let j = k - 1;
  for (; j >= span.from; j--) {
    const t = tokens[j];
    if (t.flags & NUM) break; // the item's number
    if (t.flags & UPPER && t.norm.length > 1) acronym = true;
    else if (!(t.flags & CAP) && !w.coordinators.has(t) && !w.definiteArticles.has(t)) return false;
    if (t.sep & (SEP_STOP | SEP_START | SEP_PAUSE | SEP_OTHER) && j > span.from) return false;
  }
  // The first word is an acronym: a capitalised first word may be a verb ("Leverage the G7 … (RRM) to strengthen").
  const first = tokens[j + 1];
  return acronym && j < k - 1 && !!(first.flags & UPPER) && first.norm.length > 1;
}

/**
 * "d) Ministry in charge of the subject of mass media to facilitate training…", "Government to ensure…": a line or a
 * list item that opens with a body (a noun of agent after at most a determiner), then words with no verb and no
 * pause, then "to", and no verb of its own after: a headline's future, what that body is to do (as headlineSubject
 * reads one opened by an acronym). Not "The Ministry's plan to improve access is…" (a verb follows).
 */
function agentHeadline(s: Sentence, w: RoleWords, k: number, span: Span): boolean {
  const { tokens } = s;
  if (!w.compounds) return false;
  for (let j = k + 2; j < span.to; j++) if (w.modals.has(tokens[j]) || w.auxiliaries.has(tokens[j])) return false;
  for (let j = k - 1; j >= span.from && j >= k - 12; j--) {
    const t = tokens[j];
    if (w.auxiliaries.has(t) || w.relatives.has(t) || w.isPresentParticiple(t)) return false;
    if (!lineOpens(s, j, span)) {
      if (t.sep & (SEP_PAUSE | SEP_STOP)) return false;
      continue;
    }
    let a = j;
    if (w.determiners.has(tokens[a])) a++;
    // "The commitment Government to ensure…" (the plan's words run into the IRM's).
    if (w.things.has(tokens[a]) && a + 1 < k) a++;
    return a < k && w.agents.has(tokens[a]) && !w.things.has(tokens[a]) && !!(tokens[j].flags & CAP);
  }
  return false;
}

/**
 * "Invite the group in charge of the evaluation to ensure…", "require agencies to publish…": after a verb of asking and
 * the body asked (a noun of agent, after at most a determiner), "to" states what that body is asked to do, not a
 * purpose; not "requires harmonisation of the legislation to ensure…" (a thing, not a body, is the object).
 */
function askedTo(s: Sentence, w: RoleWords, k: number, span: Span): boolean {
  const { tokens } = s;
  for (let j = k - 1; j >= span.clauseFrom && j >= k - 10; j--) {
    const t = tokens[j];
    if (w.asking.has(t)) {
      let o = w.determiners.has(tokens[j + 1]) ? j + 2 : j + 1;
      // "commit public authorities to publish…": one adjective before the body.
      if (o + 1 < k && !w.agents.has(tokens[o]) && w.agents.has(tokens[o + 1]) && !(tokens[o + 1].sep & ~SEP_SPACE))
        o++;
      return o < k && w.agents.has(tokens[o]);
    }
    if (j < k - 1 && t.sep & (SEP_PAUSE | SEP_STOP)) return false;
    if (w.auxiliaries.has(t) || w.relatives.has(t)) return false;
  }
  return false;
}

/** Token j opens its sentence, its line, or a list item after its mark ("d) Ministry", "• Government"). */
function lineOpens(s: Sentence, j: number, span: Span): boolean {
  const { tokens, text } = s;
  if (j === span.from || tokens[j].sep & SEP_START || bulletBefore(s, j)) return true;
  const gap = text.slice(tokens[j - 1].end, tokens[j].start);
  if (gap.includes('\n')) return true;
  // A list mark: a letter or a number closed by ")" or ".", at a line's start.
  const mark = tokens[j - 1];
  return (
    /^[.)]\s*$/.test(gap) &&
    (mark.end - mark.start === 1 || !!(mark.flags & NUM)) &&
    (j - 1 === 0 || text.slice(tokens[j - 2].end, mark.start).includes('\n'))
  );
}

/**
 * "Making this practice the norm will, given the experience to date, help…", "Involving citizens, the media and civil
 * society in monitoring the risks helps public authorities…": a sentence whose subject is a gerund's phrase says what
 * doing that brings; its verb of result states an effect, not the action (plans state theirs in the imperative, the
 * infinitive or the future with a body as subject). A comma in the subject only lists ("citizens, the media and"):
 * "Building on the framework, the plan will help" has its own subject after the comma.
 */
function gerundPhraseEffect(s: Sentence, h: Hit, w: RoleWords, span: Span): boolean {
  const { tokens } = s;
  if (!w.compounds || h.kind !== 'verb' || h.term.effort) return false;
  let g = span.from;
  while (g < h.first && !(tokens[g].flags & LETTERS)) g++;
  if (g >= h.first - 1 || !(tokens[g].flags & CAP)) return false;
  // "Elimination of duplication … will contribute to…", "The operation of the system will ensure…": an action named
  // by its noun, what it is done on after "of", says what doing it brings, as a gerund's phrase does.
  const named = nominalAction(tokens, w, w.definiteArticles.has(tokens[g]) ? g + 1 : g);
  if (!named && !w.isPresentParticiple(tokens[g])) return false;
  // The subject's end: the first modal, or the hit itself in the present ("helps").
  let end = g + 1;
  while (end < h.first && !w.modals.has(tokens[end])) end++;
  if (end === h.first && !tokens[h.first].norm.endsWith('s')) return false;
  if (end - g > 30) return false;
  let lastPause = -1;
  for (let k = g + 1; k < end; k++) {
    const t = tokens[k];
    // A clause of its own inside ("that", "which", a finite verb, a subject pronoun: "Improving access We will…").
    if (w.thatWords.has(t) || w.relatives.has(t) || w.auxiliaries.has(t) || w.subjectPronouns.has(t)) return false;
    if (s.text.slice(tokens[k - 1].end, t.start).includes('\n')) return false; // a title, then its text
    if (t.sep & (SEP_STOP | SEP_OPEN | SEP_OTHER) && !(t.sep & SEP_OPEN && t.flags & UPPER)) return false;
    if (t.sep & SEP_PAUSE) lastPause = k;
  }
  if (lastPause >= 0) {
    let listed = false;
    for (let k = lastPause; k < end; k++) listed ||= w.coordinators.has(tokens[k]);
    if (!listed) return false;
  }
  if (end === h.first) return true;
  // After the modal: adverbs, or a phrase between commas ("will, given the experience to date, help").
  let k = end + 1;
  while (k < h.first && isAdverb(w, tokens[k])) k++;
  if (k === h.first) return true;
  if (coordinatedWithVerbAt(s, h, w, k)) return true;
  return !!(tokens[end + 1].sep & SEP_PAUSE) && !!(tokens[h.first].sep & SEP_PAUSE) && h.first - end <= 10;
}

/** A noun of action at k ("elimination", "operation", "establishment"; not a body, "Government"), then "of". */
function nominalAction(tokens: readonly Token[], w: RoleWords, k: number): boolean {
  const t = tokens[k];
  return (
    !!t &&
    NOMINAL_ACTION.test(t.norm) &&
    !w.agents.has(t) &&
    w.objectLinks.has(tokens[k + 1]) &&
    !(tokens[k + 1].sep & ~SEP_SPACE)
  );
}

const NOMINAL_ACTION = /(?:tion|sion|ment)$/;

/**
 * "Implementing the Program will significantly reform most areas of the legal framework and facilitate…": the hit
 * after "and", coordinated with the verb at v (the first after the modal) across its object only (no pause, no clause
 * of its own between), shares that verb's role.
 */
function coordinatedWithVerbAt(s: Sentence, h: Hit, w: RoleWords, v: number): boolean {
  const { tokens } = s;
  if (h.first - v > 15 || !w.coordinators.has(tokens[h.first - 1])) return false;
  for (let k = v + 1; k < h.first; k++) {
    const t = tokens[k];
    if (t.sep & (SEP_STOP | SEP_PAUSE | SEP_OPEN | SEP_OTHER)) return false;
    if (w.thatWords.has(t) || w.relatives.has(t) || w.auxiliaries.has(t) || w.subjectPronouns.has(t)) return false;
  }
  return true;
}

/**
 * "SLEITI and OGP will also work to encourage…", "the Knesset will act to promote…": a verb of effort after a modal
 * (not "this work to ensure", a noun, nor "a coalition that will work to make", a relative clause).
 */
function effortAfterModal(s: Sentence, w: RoleWords, v: number): boolean {
  if (!w.effortTo.has(s.tokens[v])) return false;
  let m = v - 1;
  while (m > 0 && isAdverb(w, s.tokens[m])) m--;
  return w.modals.has(s.tokens[m]) && !w.relatives.has(s.tokens[m - 1]);
}

/** The word before "to" at k, past the adverbs between ("is mainly to", "aims primarily to"). */
function verbBeforeTo(s: Sentence, w: RoleWords, k: number, span: Span): number {
  let v = k - 1;
  while (v > span.from && isAdverb(w, s.tokens[v])) v--;
  return v;
}

/**
 * "The purpose of the act is to improve…": the aim of a thing (not of the commitment, the government or another
 * actor) before "is to" is that thing's purpose; "the objective is to", "the aim of this commitment is to" state the
 * action. So is what the commitment or a thing "aims to" do.
 */
function aimOfThing(s: Sentence, w: RoleWords, is: number, span: Span): boolean {
  const { tokens } = s;
  const head = tokens[is - 1];
  if (!head) return false;
  // "The commitment aims to strengthen…", "the new framework aims to…": what the commitment or a thing is meant to bring.
  if (w.aimVerbs.has(tokens[is]) && (w.things.has(head) || w.deliverables.has(head))) return true;
  if (w.agents.has(head)) return false;
  for (let j = is - 2; j > span.from && j >= is - 6; j--)
    if (tokens[j].norm === 'of' && w.aimNouns.has(tokens[j - 1])) return true;
  return false;
}

/**
 * "In 2012, the Executive Branch put in place measures…", "In 2017, the Committee developed recommendations…": a
 * sentence opened by a year ("in", "during", then the year and a comma), then a subject and a verb in the past with no
 * modal between, tells what was done that year (background), not what the plan will do.
 */
function pastEvent(s: Sentence, h: Hit, w: RoleWords, span: Span): boolean {
  const { tokens } = s;
  const { from } = span;
  const year = tokens[from + 1];
  if (h.kind === 'noun' || !w.yearOpeners.has(tokens[from]) || !year || !(year.flags & NUM)) return false;
  // The year, then a comma, then the subject (at least a word) before the verb.
  if (!/^(?:19|20)\d\d$/.test(year.norm) || !(tokens[from + 2].sep & SEP_PAUSE) || h.first < from + 3) return false;
  for (let k = from + 3; k <= h.first; k++) if (w.modals.has(tokens[k - 1]) || tokens[k].sep & SEP_PAUSE) return false;
  return w.isPastParticiple(tokens[h.first]);
}

/**
 * One warning per vague phrase: a verb coordinated with a vague verb of purpose shares its role ("the bylaw will
 * enhance transparency and strengthen the trust"), and so does a verb in the clause a vague verb governs ("will
 * ensure that the United States continues to promote…": the warning, if any, belongs to "ensure").
 */
function sharesPurpose(s: Sentence, h: Hit, w: RoleWords, span: Span): boolean {
  const { tokens } = s;
  let p: Hit | undefined;
  for (const x of s.vagueHits) if (x.last < h.first && x.first >= span.clauseFrom && x.kind === 'verb') p = x;
  if (!p || h.first - p.last > 12) return false;
  if (w.thatWords.has(tokens[p.last + 1])) return true;
  // "continues to prominently promote": a verb chained to the one before by "to" / « à », « de ».
  let chained = true;
  for (let k = p.last + 1; k < h.first && chained; k++)
    chained = w.purposeBefore.has(tokens[k]) || w.purposeLinks.has(tokens[k]) || isAdverb(w, tokens[k]);
  // A list of verbs: "will support X, raise awareness of Y, and help…", « favorisera …, appuiera … ».
  const listed = tokens[h.first].sep & SEP_PAUSE && !clauseBreakBefore(s, h.first);
  const coordinated = chained || listed || w.coordinators.has(tokens[h.first - 1]);
  return coordinated && isPurpose(s, p, w, spanOf(s, p));
}

/**
 * A thing's future effect: "the amended bylaw will also assist…", "transparent public spending will increase…",
 * « la réforme renforcera… ». The subject, from the clause's start (or its last comma) to "will" or the French
 * future, names no one who acts: no agent word, and its last word no proper name.
 */
function effectOfThing(s: Sentence, h: Hit, w: RoleWords, span: Span): boolean {
  const { tokens } = s;
  if (w.futureEnding && !w.futureEnding.test(tokens[h.first].norm)) return false;
  let m = h.first - 1;
  while (m > span.from && isAdverb(w, tokens[m])) m--;
  const end = m;
  // « La France se fera… », « Le guide les aidera… »: the pronouns before a French verb are not its subject.
  if (!w.compounds) while (m > span.from && w.pronouns.has(tokens[m])) m--;
  // A verb of result ("increase", "help"), not of effort ("seek to", "work with", "continue"): said of the commitment
  // itself ("The commitment will increase participation", "It empowers citizens"), it states what it brings.
  const result = w.compounds && h.kind === 'verb' && !h.term.effort;
  // "It also raises awareness", "Publishing on a single gateway facilitates access", "Proper structuring of
  // information ensures…": the present of a verb of result says what a thing brings, unless its subject is a body
  // that acts (plans state their actions in the future, the imperative or the infinitive).
  const present = result && tokens[h.first].norm.endsWith('s') && !w.modals.has(tokens[m]);
  if (w.compounds && !present) {
    if (!w.modals.has(tokens[m])) return false;
    m--;
  }
  let b = m;
  while (b > span.from && m - b <= 8 && !(tokens[b].sep & (SEP_PAUSE | SEP_STOP | SEP_OPEN | SEP_CLOSE))) b--;
  if (m < b || m - b > 8) return false;
  // « La Stratégie : favorisera … »: a subject, a colon, then the list of its effects.
  if (m < span.clauseFrom && !(h.first === span.clauseFrom && clauseBreakBefore(s, h.first))) return false;
  // The commitment itself ("it", "this measure") is no body that acts.
  const thing = (t: Token) => result && w.things.has(t);
  for (let k = b; k <= end; k++) if (!thing(tokens[k]) && w.agents.has(tokens[k])) return false;
  // "The second Summit for Democracy in 2023 will help": the last word may be a figure; a proper name acts.
  const head = tokens[m];
  return !(head.flags & (CAP | UPPER) && !w.deliverables.has(head) && !w.legalTexts.has(head) && !thing(head));
}

/**
 * "To increase access, agencies are working with OMB": a purpose that opens the sentence ends at its comma, and the
 * hit, a few words after it, is in the main clause (a verb right after the comma or after "and" is one more verb of
 * the purpose: "To understand, support and improve").
 */
function fronted(s: Sentence, h: Hit, w: RoleWords, k: number, span: Span): boolean {
  const { tokens } = s;
  // At most one word before the mark: "In order to …", "Afin de …", "To …".
  let words = 0;
  for (let b = span.from; b < k; b++) if (tokens[b].flags & LETTERS && ++words > 1) return false;
  if (w.coordinators.has(tokens[h.first - 1])) return false;
  for (let j = k + 2; j < h.first; j++) if (tokens[j].sep & SEP_PAUSE) return true;
  // "To build a movement in Scotland we will work with…": without its comma, the purpose ends at the main clause's
  // subject and modal (unless a "that" clause holds the modal: "to ensure that agencies will…").
  if (!w.compounds) return false;
  for (let j = k + 2; j < h.first; j++) {
    if (w.thatWords.has(tokens[j]) || w.relatives.has(tokens[j])) return false;
    if (w.modals.has(tokens[j])) return true;
  }
  return false;
}

const isAdverb = (w: RoleWords, t: Token) => w.adverbs.has(t) || (w.compounds && t.norm.endsWith('ly'));

/**
 * A verb right after word k, adverbs aside: the hit, another vague verb, or an infinitive (a vague noun is none: « pour
 * le développement » is an article and a noun, not a pronoun and a verb).
 */
function verbAfter(s: Sentence, h: Hit, w: RoleWords, k: number): boolean {
  const { tokens } = s;
  let v = k + 1;
  while (v < h.first && isAdverb(w, tokens[v])) v++;
  // "to further guide and support", "to sustain and further expand": the hit is coordinated with the verb right after
  // "to".
  let c = v + 2;
  while (c < h.first && isAdverb(w, tokens[c])) c++;
  const coordinated = c === h.first && w.coordinators.has(tokens[v + 1]) && !!(tokens[v].flags & LETTERS);
  return (
    v === h.first ||
    coordinated ||
    s.vagueHits.some((x) => x.first === v && x.kind !== 'noun') ||
    w.isInfinitive(tokens[v]) ||
    verbOfObject(tokens, h, w, v)
  );
}

/**
 * "to attract their support": a word in small letters between "to" and a determiner is a verb (a preposition's "to"
 * takes the noun phrase itself), and the vague noun after the determiner its object.
 */
function verbOfObject(tokens: readonly Token[], h: Hit, w: RoleWords, v: number): boolean {
  const t = tokens[v];
  return (
    h.kind === 'noun' &&
    v + 2 === h.first &&
    w.determiners.has(tokens[v + 1]) &&
    !!(t.flags & LETTERS) &&
    !(t.flags & (CAP | UPPER)) &&
    !w.functionWords.has(t) &&
    tokens[v].sep === SEP_SPACE &&
    tokens[v + 1].sep === SEP_SPACE &&
    tokens[h.first].sep === SEP_SPACE
  );
}

/** The sentence's subject is a deliverable ("La plateforme", "The Strategy"): the vague verb says its effect. */
function deliverableSubject(s: Sentence, h: Hit, w: RoleWords, span: Span): boolean {
  const { tokens } = s;
  let k = span.from;
  // Skip a list mark's number and the determiners: "La Stratégie :", "Le nouveau programme".
  while (k < h.first && (w.determiners.has(tokens[k]) || !(tokens[k].flags & LETTERS))) k++;
  for (let n = 0; k < h.first && n < 3; k++, n++)
    // The verb follows its subject closely ("The curriculum will support"), in the same clause.
    if (w.deliverables.has(tokens[k])) return h.first - k <= 5 && span.clauseFrom <= k;
  return false;
}

/**
 * "to enact legislation that would aid asset recovery and ensure proper management": a verb coordinated with the
 * verb of a relative clause ("that", "which" right before a modal) describes the thing the clause is about. Not a
 * verb in the base form after a passive relative ("will build infrastructure that can be enjoyed nationwide and
 * expand public Wi-Fi": what is enjoyed does not expand; the verb goes on the main clause's).
 */
function inRelativeWithModal(s: Sentence, h: Hit, w: RoleWords, span: Span): boolean {
  const { tokens } = s;
  for (let k = h.first - 2; k >= span.clauseFrom && k >= h.first - 10; k--) {
    if (tokens[k + 1].sep & (SEP_PAUSE | SEP_OPEN | SEP_CLOSE | SEP_STOP)) return false;
    if (w.relatives.has(tokens[k]) && w.modals.has(tokens[k + 1])) return !passiveBefore(s, h, w, k + 2);
  }
  return false;
}

/** The relative's verb at k is passive ("be enjoyed") and the hit, coordinated after it, a verb in the base form. */
function passiveBefore(s: Sentence, h: Hit, w: RoleWords, k: number): boolean {
  const { tokens } = s;
  const participle = tokens[k + 1];
  if (tokens[k]?.norm !== 'be' || !participle || !/(?:ed|en)$/.test(participle.norm)) return false;
  return h.kind === 'verb' && w.isInfinitive(tokens[h.first]);
}

/**
 * "services that will facilitate easy access and will somewhat improve the quality of life": the relative clause's
 * second verb, its modal repeated after "and", describes the thing the clause is about as the first does.
 */
function modalAfterCoordinator(s: Sentence, h: Hit, w: RoleWords, span: Span): boolean {
  const { tokens } = s;
  let k = h.first - 1;
  while (k > span.clauseFrom && isAdverb(w, tokens[k])) k--;
  if (k - 1 <= span.clauseFrom || !w.modals.has(tokens[k]) || !w.coordinators.has(tokens[k - 1])) return false;
  for (let j = k - 1; j <= h.first; j++) if (tokens[j].sep & ~SEP_SPACE) return false;
  return inRelativeWithModal(s, { ...h, first: k }, w, span);
}

/**
 * "as well as increased awareness will create additional grounds": an "-ed" form before a noun that is followed by a
 * modal or "is" qualifies that subject noun (an adjective); the sentence's verb is the modal's.
 */
function adjectiveOfSubject(tokens: readonly Token[], h: Hit, w: RoleWords): boolean {
  const noun = tokens[h.last + 1];
  const verb = tokens[h.last + 2];
  if (!w.compounds || h.kind === 'noun' || h.first !== h.last || !tokens[h.first].norm.endsWith('ed')) return false;
  if (!noun || !verb || noun.sep !== SEP_SPACE || verb.sep !== SEP_SPACE) return false;
  if (!(noun.flags & LETTERS) || noun.flags & (CAP | UPPER) || w.functionWords.has(noun)) return false;
  return w.modals.has(verb) || w.presentAux.has(verb);
}

/**
 * "investigate how an improved governance of public information can improve the efficiency": a verb after a modal of
 * possibility in a question introduced by "how" or "whether" is what is asked or studied, not the action.
 */
function indirectQuestion(tokens: readonly Token[], h: Hit, w: RoleWords): boolean {
  if (!w.compounds || h.kind !== 'verb') return false;
  let k = h.first - 1;
  while (k > 0 && isAdverb(w, tokens[k])) k--;
  if (!w.possibility.has(tokens[k]) && tokens[k]?.norm !== 'can') return false;
  for (let b = k - 1; b >= 0 && b >= k - 12; b--) {
    if (tokens[b + 1].sep & (SEP_STOP | SEP_PAUSE | SEP_OPEN | SEP_CLOSE)) return false;
    if (w.questionWords.has(tokens[b])) return true;
  }
  return false;
}

/**
 * "draft amendments to the Law on Grants to be considered with stakeholders": a passive infinitive after a noun says
 * what is to become of that noun (the action is the verb before it); not after a verb that takes "to" ("needs to be
 * addressed", "is to be pursued"), whose object it is.
 */
function passiveAfterNoun(tokens: readonly Token[], h: Hit, w: RoleWords): boolean {
  const [to, be, noun] = [tokens[h.first - 2], tokens[h.first - 1], tokens[h.first - 3]];
  if (!w.compounds || h.kind === 'noun' || to?.norm !== 'to' || be?.norm !== 'be' || !noun) return false;
  if (to.sep !== SEP_SPACE || be.sep !== SEP_SPACE || tokens[h.first].sep !== SEP_SPACE) return false;
  return !!(noun.flags & LETTERS) && !w.functionWords.has(noun) && !w.actionTo.has(noun) && !w.auxiliaries.has(noun);
}

/**
 * Describes rather than states: a relative clause ("qui renforcent", "which will track"), a participle used as an
 * adjective, a result reported in the present passive ("les lois sont modernisées"), a gerund or present participle
 * after a noun ("services appuyant", "systems supporting"), an infinitive completing a noun ("la capacité de
 * développer").
 */
function isDescriptive(s: Sentence, h: Hit, w: RoleWords, verbal: boolean, span: Span): boolean {
  const { tokens } = s;
  const t = tokens[h.first];
  const prev = tokens[h.first - 1];
  for (let k = h.first - 1; k >= span.clauseFrom && k >= h.first - 3; k--) {
    if (tokens[k + 1].sep & (SEP_PAUSE | SEP_OPEN | SEP_CLOSE)) break;
    if (w.relatives.has(tokens[k])) return true;
  }
  if (h.kind === 'participle' && !verbal) return true;
  // "the most advanced countries": a superlative, an adjective that describes.
  if (prev && w.degrees.has(prev) && w.isPastParticiple(t) && !(t.sep & ~SEP_SPACE)) return true;
  if (w.coordinators.has(prev) && inRelativeWithModal(s, h, w, span)) return true;
  if (modalAfterCoordinator(s, h, w, span)) return true;
  if (adjectiveOfSubject(tokens, h, w)) return true;
  if (indirectQuestion(tokens, h, w)) return true;
  if (passiveAfterNoun(tokens, h, w)) return true;
  if (openingParticiple(s, h, w, span)) return true;
  // A result in the present, perfect or past passive ("the legal framework has been strengthened", "consultation was
  // improved"); a process ("les options sont étudiées", "options have been explored") stays vague even done.
  if (h.kind === 'participle' && prev && !h.term.process)
    if (w.presentAux.has(prev) || w.pastAux.has(prev) || perfectPassive(tokens, h, w)) return true;
  if (trailingParticiple(s, h, w, span)) return true;
  if (pastParticipleAfterComma(s, h, w)) return true;
  if (continuesAlone(tokens, h, w)) return true;
  if (sharesDescription(s, h, w, span)) return true;
  if (!prev || t.sep & (SEP_STOP | SEP_PAUSE | SEP_OPEN | SEP_OTHER)) return false;
  if (h.kind === 'verb' && w.isPresentParticiple(t) && prev.flags & LETTERS && !w.functionWords.has(prev))
    return !w.auxiliaries.has(prev) && !w.actionTo.has(prev) && !prev.norm.endsWith('ly');
  if (h.kind === 'verb' && w.complementOf.has(prev) && w.isInfinitive(t)) {
    const owner = tokens[h.first - 2];
    return !!owner && owner.norm.length > 3 && !w.verbsWithDe.has(owner) && !w.purposeHeads.has(owner);
  }
  return false;
}

/**
 * « ceux qui aspirent à consolider la paix, à faire avancer la justice, à promouvoir les droits … et à favoriser … »,
 * "a portal that will inform citizens, help them …": a verb listed after a vague verb that describes (a relative
 * clause, a complement), its link repeated (« à », « de », "to") after a comma or "and", describes too.
 */
function sharesDescription(s: Sentence, h: Hit, w: RoleWords, span: Span): boolean {
  const { tokens } = s;
  if (h.kind !== 'verb' || h.first === 0) return false;
  let p: Hit | undefined;
  for (const x of s.vagueHits) if (x.last < h.first && x.first >= span.clauseFrom && x.kind === 'verb') p = x;
  if (!p || h.first - p.last > 15) return false;
  let k = h.first;
  if (w.purposeLinks.has(tokens[k - 1]) && !(tokens[k].sep & ~SEP_SPACE)) k--;
  const listed = tokens[k].sep & SEP_PAUSE || (k > 0 && w.coordinators.has(tokens[k - 1]));
  if (!listed || k === h.first || clauseBreakBefore(s, k)) return false;
  return isDescriptive(s, p, w, true, spanOf(s, p));
}

/**
 * "…, thus promoting and assisting in their independence", "thereby strengthening trust": a gerund after "thus",
 * "thereby" or "hence" (or in the list of gerunds that opens) states the result of the action before it.
 */
function resultGerund(tokens: readonly Token[], h: Hit, w: RoleWords): boolean {
  if (!w.compounds || !w.isPresentParticiple(tokens[h.first])) return false;
  // Back over the list of gerunds the hit closes ("thereby coming up with policies, improving laws and promoting…"),
  // to its "thus": a finite verb on the way starts another clause.
  for (let k = h.first - 1; k >= 0 && k >= h.first - 20; k--) {
    if (tokens[k + 1].sep & SEP_STOP || w.auxiliaries.has(tokens[k])) return false;
    if (w.resultAdverbs.has(tokens[k])) return w.isPresentParticiple(tokens[k + 1]);
  }
  return false;
}

/** "This will continue along the following lines", "will continue even after the plan": nothing continued named. */
function continuesAlone(tokens: readonly Token[], h: Hit, w: RoleWords): boolean {
  if (!h.term.repeats || h.kind !== 'verb' || h.first !== h.last) return false;
  const next = tokens[h.last + 1];
  return next !== undefined && !(next.sep & (SEP_STOP | SEP_PAUSE)) && w.afterIntransitive.has(next);
}

/**
 * "mechanisms for the dissemination of legislative processes, focused on clear language": an "-ed" form right after a
 * comma that follows a noun describes that noun (a participle phrase), as English states no action in the past tense
 * after a comma without its subject.
 */
function pastParticipleAfterComma(s: Sentence, h: Hit, w: RoleWords): boolean {
  const { tokens } = s;
  const t = tokens[h.first];
  const prev = tokens[h.first - 1];
  if (!w.compounds || h.kind === 'noun' || !t.norm.endsWith('ed') || !(t.sep & SEP_PAUSE)) return false;
  if (t.sep & (SEP_START | SEP_STOP) || !prev || !(prev.flags & LETTERS) || prev.flags & UPPER) return false;
  // A comma, not the ";" or ":" that opens an item of its own ("…services; improved system for…").
  if (s.text.slice(prev.end, t.start).trim() !== ',') return false;
  return !w.functionWords.has(prev) && !w.isPresentParticiple(prev);
}

/** "has been strengthened", "have already been significantly improved", « a été renforcé ». */
function perfectPassive(tokens: readonly Token[], h: Hit, w: RoleWords): boolean {
  let k = h.first - 1;
  while (k > 0 && isAdverb(w, tokens[k])) k--;
  if (!w.been.has(tokens[k])) return false;
  k--;
  while (k > 0 && w.perfectAdverbs.has(tokens[k])) k--;
  return w.perfectAux.has(tokens[k]);
}

/**
 * "The Treasury may consider, where appropriate, further engagement": a body, "may" (or "might", "could") and the verb
 * right after: what the body commits to, hedged; the modal is one more reservation, not a possibility described
 * ("the framework could be enhanced", "the portal could support"). Read in English, where the modal stands apart.
 */
export function bodyMay(s: Sentence, h: Hit): boolean {
  const w = LANGUAGE[s.lang];
  const { tokens } = s;
  const modal = tokens[h.first - 1];
  const body = tokens[h.first - 2];
  if (!w.compounds || h.kind !== 'verb' || !modal || !body || !w.possibility.has(modal) || modal.norm === 'would')
    return false;
  if (tokens[h.first].sep & ~SEP_SPACE || modal.sep & ~SEP_SPACE) return false;
  if (w.agents.has(body) && !w.things.has(body) && !w.subjectPronouns.has(body)) return true;
  return !!(body.flags & (CAP | UPPER)) && !(body.sep & (SEP_START | SEP_STOP)) && !w.deliverables.has(body);
}

function possibleBefore(tokens: readonly Token[], h: Hit, w: RoleWords): boolean {
  // French marks the conditional on the verb; « pouvoir » before an infinitive or « être » and a participle says it.
  let k = h.first - 1;
  while (k > 0 && isAdverb(w, tokens[k])) k--;
  // "PILF can assist the agencies", "the portal could further support": what may be, not what the plan commits to.
  if (k >= 0 && h.kind === 'verb' && (w.possibility.has(tokens[k]) || w.ability.has(tokens[k]))) return true;
  return k > 0 && w.possibility.has(tokens[k - 1]) && (tokens[k].norm === 'be' || tokens[k].norm === 'etre');
}

/**
 * "A code of conduct is planned, ensuring transparency in lobbying": a gerund of result after the comma that closes a
 * clause with a finite verb says what that clause brings (not a list of gerunds: "Promoting X, strengthening Y").
 */
function trailingParticiple(s: Sentence, h: Hit, w: RoleWords, span: Span): boolean {
  const { tokens } = s;
  const t = tokens[h.first];
  if (!w.compounds || h.term.effort || !(t.sep & SEP_PAUSE) || !w.isPresentParticiple(t)) return false;
  if (clauseBreakBefore(s, h.first)) return false;
  let finite = false;
  for (let k = span.from; k < h.first; k++) {
    if (w.isPresentParticiple(tokens[k]) && k > span.from && tokens[k].sep & SEP_PAUSE) return false;
    finite ||= w.auxiliaries.has(tokens[k]);
  }
  return finite;
}

/**
 * "Building upon existing frameworks, the plan will…": a gerund that opens the sentence and ends at a comma before
 * the main clause's "will" says how or on what; the action is the main clause's.
 */
function openingParticiple(s: Sentence, h: Hit, w: RoleWords, span: Span): boolean {
  const { tokens } = s;
  if (!w.compounds || !w.isPresentParticiple(tokens[h.first])) return false;
  for (let b = span.from; b < h.first; b++) if (tokens[b].flags & LETTERS) return false;
  let comma = h.last + 1;
  while (comma < span.clauseTo && !(tokens[comma].sep & SEP_PAUSE)) comma++;
  for (let k = comma; k < span.clauseTo && k < comma + 8; k++) if (w.modals.has(tokens[k])) return true;
  return false;
}

/**
 * "Making data underpinning research more readily available improves transparency", "Expanding the platform's
 * functionality will allow…": a gerund that opens the sentence and is the subject of its finite verb (a modal, "is",
 * or a verb of result in the present, before any comma, "that" or "which") is what the sentence reasons about, not
 * an action the plan states (that one is stated in the imperative, the future or the infinitive).
 */
function gerundSubject(s: Sentence, h: Hit, w: RoleWords, span: Span): boolean {
  const { tokens } = s;
  if (!w.compounds || h.kind !== 'verb' || !w.isPresentParticiple(tokens[h.first])) return false;
  for (let b = span.from; b < h.first; b++) if (tokens[b].flags & LETTERS) return false;
  for (let k = h.last + 1; k < span.clauseTo && k <= h.last + 12; k++) {
    const t = tokens[k];
    if (t.sep & (SEP_PAUSE | SEP_OPEN | SEP_OTHER) || w.relatives.has(t)) return false;
    // "Improving access to legislation / We will improve…": a title's line ends the phrase; "we" is the subject.
    if (s.text.slice(tokens[k - 1].end, t.start).includes('\n') || w.agents.has(tokens[k - 1])) return false;
    if (w.modals.has(t) || w.presentAux.has(t)) return true;
    const result = s.vagueHits.find((x) => x.first === k);
    if (result) return result.kind === 'verb' && !result.term.effort && t.norm.endsWith('s');
  }
  return false;
}

/**
 * One warning per vague phrase: a vague noun that a vague verb governs (« Soutenir le développement de centres »,
 * « accroîtra la sensibilisation », « Améliorer la transparence et la sensibilisation ») leaves the warning to the
 * verb. Not after a verb of making or of continuing, which passes the warning to its object ("put in place support").
 */
function objectOfVagueVerb(s: Sentence, h: Hit, w: RoleWords): boolean {
  const { tokens } = s;
  if (h.kind !== 'noun') return false;
  let k = h.first - 1;
  while (k >= 0 && w.determiners.has(tokens[k]) && !(tokens[k + 1].sep & (SEP_STOP | SEP_PAUSE | SEP_OPEN))) k--;
  if (k === h.first - 1 || k < 0 || tokens[k + 1].sep & (SEP_STOP | SEP_PAUSE | SEP_OPEN)) return false;
  // "la transparence et la sensibilisation": the noun coordinated with the verb's first object.
  if (w.coordinators.has(tokens[k])) {
    let b = k - 1;
    while (b > k - 5 && b >= 0 && !w.determiners.has(tokens[b]) && !(tokens[b + 1].sep & (SEP_STOP | SEP_PAUSE))) b--;
    if (b < 0 || !w.determiners.has(tokens[b]) || tokens[b + 1].sep & (SEP_STOP | SEP_PAUSE)) return false;
    k = b - 1;
    if (k < 0 || tokens[k + 1].sep & (SEP_STOP | SEP_PAUSE | SEP_OPEN)) return false;
  }
  const verb = s.vagueHits.find((x) => x.last === k);
  return (
    !!verb &&
    (verb.kind === 'verb' || verb.kind === 'phrase') &&
    !verb.term.makes &&
    !verb.term.repeats &&
    !w.light.has(tokens[verb.first])
  );
}

/**
 * « Assurer le soutien à un réseau », « assurer la coordination des travaux » : a light verb whose object is a vague
 * noun says nothing of its own; the noun is the vague action (objectOfVagueVerb leaves it its warning).
 */
function lightBeforeVagueNoun(s: Sentence, h: Hit, w: RoleWords): boolean {
  const { tokens } = s;
  if (h.kind !== 'verb' || h.first !== h.last || !w.light.has(tokens[h.first])) return false;
  let k = h.last + 1;
  while (k < tokens.length && w.determiners.has(tokens[k]) && !(tokens[k].sep & (SEP_STOP | SEP_PAUSE | SEP_OPEN))) k++;
  if (k === h.last + 1 || k >= tokens.length || tokens[k].sep & (SEP_STOP | SEP_PAUSE | SEP_OPEN)) return false;
  return s.vagueHits.some((x) => x.first === k && x.kind === 'noun');
}

/**
 * The action is counted: a figure in its clause ("Appuyer dix projets", "increase … by 10%", "provide $50 million
 * in funding and support"), not a year, a numbering ("Jalon 1.2") or a date in brackets after it.
 */
function isQuantified(s: Sentence, h: Hit, span: Span): boolean {
  const w = LANGUAGE[s.lang];
  for (let k = h.last + 1; k < span.clauseTo; k++) {
    const t = s.tokens[k];
    // A bracket after the action holds its date or owner, not its count, unless it holds a count alone: "(au moins
    // 15)", "(50 %)".
    if (t.sep & SEP_OPEN) {
      if (countInBracket(s, k)) return true;
      break;
    }
    // « Se fonder sur …, élargir … et intégrer au moins 2 municipalités »: the figure counts a later action.
    if (t.sep & SEP_PAUSE && (w.isInfinitive(t) || s.vagueHits.some((x) => x.first === k))) break;
    // "… draft bills 2.1 Organize at least 2 rounds": a numbered item opens, run into the same sentence; its figures
    // count its own action.
    if ((t.flags & NUM && numbersItem(s, k)) || bulletBefore(s, k)) break;
    if (cellBefore(s, k)) {
      const end = figureCellEnd(s, k);
      if (end > k) {
        k = end - 1;
        continue;
      }
    }
    if (isCount(s, k)) return true;
  }
  // Before the action, only in its own phrase: "under Pillars 2 and 4 of the Strategy, … commits to" counts nothing;
  // « appuyer dix étudiants … et promouvoir l'échange »: the count is the first action's, not the one after "et"
  // (but "$50 million in funding and support for…" counts the support: a noun before its preposition).
  if (w.coordinators.has(s.tokens[h.first - 1]) && !w.prepositions.has(s.tokens[h.last + 1])) return false;
  // "…of 3,000 or more, improve the quality…": the next action of a list, not counted by the figure before the comma.
  if (listedAfterComma(s, h)) return false;
  // "Increase … by 10% by 2023, by working to increase climate data": the means shares the count of its action.
  const means = w.meansBefore.has(s.tokens[h.first - 1]);
  for (let k = h.first - 1; k >= span.clauseFrom && !bulletBefore(s, k + 1) && !cellBefore(s, k + 1); k--) {
    if (isCount(s, k)) return true;
    if (s.tokens[k].sep & SEP_PAUSE && !(means && k === h.first - 1)) break;
  }
  return false;
}

/**
 * "to raise the transparency of communities with populations of 3,000 or more, improve the quality…": a verb after a
 * comma is the next action of a list; a figure before the comma counts the action before it.
 */
function listedAfterComma(s: Sentence, h: Hit): boolean {
  const t = s.tokens[h.first];
  return (
    h.kind === 'verb' && !!(t.sep & SEP_PAUSE) && !clauseBreakBefore(s, h.first) && LANGUAGE[s.lang].isInfinitive(t)
  );
}

/** A table's cell ends between token k and the one before ("… the law | January 2022 |"). */
function cellBefore(s: Sentence, k: number): boolean {
  return k > 0 && k < s.tokens.length && s.text.slice(s.tokens[k - 1].end, s.tokens[k].start).includes('|');
}

/**
 * "3. Advocate for the law | Jan 2022 - Dec 2023 | 100,000,000 | OFNAC": a cell that holds a figure alone is a column
 * of its own (the row's budget or cost), not a count of the row's action (a count says what it counts: "| Systems
 * implemented in 5 agencies |"). The token after the cell, or k when the cell at k holds more than figures.
 */
function figureCellEnd(s: Sentence, k: number): number {
  let end = k;
  while (end < s.tokens.length && s.tokens[end].flags & NUM && (end === k || !cellBefore(s, end))) end++;
  return end > k && (end === s.tokens.length || cellBefore(s, end)) ? end : k;
}

/** A list's bullet between token k and the one before ("… the RAI law • Increase awareness • 20 MDAs disclose"). */
function bulletBefore(s: Sentence, k: number): boolean {
  // A bullet is one of the marks the tokenizer notes as "other" in the gap.
  if (k === 0 || !(s.tokens[k].sep & SEP_OTHER)) return false;
  for (let c = s.tokens[k - 1].end; c < s.tokens[k].start; c++) if (isBullet(s.text.charCodeAt(c))) return true;
  return false;
}

/** A bracket opening at token k that holds a count and no name or date: a few words, a figure, no capital. */
function countInBracket(s: Sentence, k: number): boolean {
  let count = false;
  for (let j = k; j < k + 5; j++) {
    const t = s.tokens[j];
    if (t === undefined || (j > k && t.sep & (SEP_CLOSE | SEP_OPEN | SEP_STOP))) return count;
    if (t.flags & (CAP | UPPER)) return false;
    count ||= isCount(s, j);
  }
  return false;
}

function isCount(s: Sentence, k: number): boolean {
  const t = s.tokens[k];
  if (!(t.flags & NUM) && !LANGUAGE[s.lang].numberWords.has(t)) return false;
  // "within the two-year period (2013 - 2014)", « d'ici deux ans »: a length of time bounds the action, it does not
  // count it (a date alone does not quantify).
  if (LANGUAGE[s.lang].durations.has(s.tokens[k + 1])) return false;
  const n = Number(t.norm);
  if (!Number.isNaN(n) && n >= 1900 && n <= 2100) return false; // a year
  // "of 28 December 2012", "by June 30": a date's day; "Law n°2012-30": the second part of a reference number.
  const months = LANGUAGE[s.lang].months;
  if (t.flags & NUM && (months.has(s.tokens[k + 1]) || (k > 0 && months.has(s.tokens[k - 1])))) return false;
  if (t.flags & NUM && k > 0 && s.tokens[k - 1].flags & NUM && t.sep & SEP_HYPHEN) return false;
  // "1.2": the parts of a number written with a dot are one number; "Jalon 1.2" is a numbering.
  let first = k;
  while (first > 0 && s.tokens[first].sep === SEP_OTHER && s.tokens[first - 1].flags & NUM) first--;
  // "3rd sector", "1st Street": an ordinal ranks, it does not count.
  if (t.flags & NUM && ORDINAL.test(t.norm)) return false;
  if (t.flags & NUM && numbersItem(s, first)) return false;
  if (first === 0) return true;
  const before = s.tokens[first - 1];
  if (LANGUAGE[s.lang].numbered.has(before)) return false;
  // "Executive Order 14058", "Public Law 116-117", "Target 16.6": a number after a capitalised word names a text.
  const named =
    before.flags & CAP && !(before.sep & (SEP_START | SEP_STOP)) && !s.vagueHits.some((x) => x.first === first - 1);
  return !(t.flags & NUM && named && !(s.tokens[first].sep & (SEP_PAUSE | SEP_OPEN | SEP_OTHER)));
}

const ORDINAL = /^\d+(?:st|nd|rd|th|e|er|re|eme)$/;

/**
 * Does the number starting at token `first` number an item? A number before a capitalised word does where it opens
 * the line or a sentence ("7.2 Seek parliamentary support"), and wherever it is written as a numbering, with parts
 * or a closing mark ("…; and 7.2 Increase citizen participation", "bills 2.1 Organize at least 2 rounds", "1) Publish"),
 * as IRM texts run a plan's numbered items together.
 */
function numbersItem(s: Sentence, first: number): boolean {
  const { tokens } = s;
  let last = first;
  while (tokens[last + 1]?.sep === SEP_OTHER && tokens[last + 1].flags & NUM) last++;
  const next = tokens[last + 1];
  if (next === undefined || !(next.flags & CAP) || LANGUAGE[s.lang].numberWords.has(next)) return false;
  if (first === 0 || tokens[first].sep & (SEP_START | SEP_STOP)) return true;
  // "…; 4.Ensure the transparency…; 5. Ensure…", "consist of:1) Encourage": a number with its mark, glued to the item
  // or opening a clause, numbers the item.
  const mark = s.text.slice(tokens[last].end, next.start);
  // "… January 2022 December 2023 2. Advocate for…": after a flattened table row's dates, too.
  if (/^[.)]$/.test(mark) || (/^[.)]\s+$/.test(mark) && (clauseBreakBefore(s, first) || afterDates(tokens, first))))
    return true;
  if (next.sep & SEP_STOP) return false; // "… to 2.5. The Ministry": the figure ends its sentence
  return last > first || s.text.slice(tokens[last].end, next.start).includes(')');
}

/**
 * Made concrete in its sentence: a verb of making with a deliverable ("Develop a data strategy roadmap", "a roadmap
 * is developed"), or an action whose means is concrete and not itself vague ("improving the Catalog by launching a
 * new site", « en faisant une description … accessible à partir du site »).
 */
function isConcrete(s: Sentence, h: Hit, w: RoleWords, span: Span): boolean {
  const { tokens } = s;
  const { from, to } = span;
  if (h.term.makes && (deliverableIn(tokens, w, from, madeUpTo(s, h, w, to)) || namedObject(tokens, h, span)))
    return true;
  // "Develop and publish content", "Development and approval of a concept": the step that follows is checkable.
  if (w.coordinators.has(tokens[h.last + 1]) && w.delivery.has(tokens[h.last + 2]) && h.last + 2 < to) return true;
  if (stepAsObject(tokens, h, w, to)) return true;
  // "they will continue to do so every year": a definite frequency makes the continued action checkable.
  if (h.term.repeats) for (let k = h.last + 1; k < span.clauseTo; k++) if (w.frequencies.has(tokens[k])) return true;
  const end = meansEnd(s, h, w, span.clauseTo);
  for (let k = h.last + 1; k < end; k++) {
    if (!w.meansBefore.has(tokens[k]) || agentOfPassive(tokens, w, k)) continue;
    const verb = tokens[k + 1];
    if (!verb) continue;
    // "through the new portal", "through regular meetings": a deliverable or a gathering as the means (French « en »
    // before a noun is no means: « en ligne », « mise en oeuvre du registre »).
    // "through the organization of study days and conferences": past a noun of action and "of", what it acts on.
    const head = meansHead(tokens, w, k + 1);
    const near = Math.min(to, head > k + 1 ? head + 5 : k + 5);
    if (w.compounds && (deliverableIn(tokens, w, k + 1, near) || gatheringIn(tokens, w, k + 1, near))) return true;
    // "through the approval of a law": a step one can check as the means.
    if (stepOf(tokens, w, k + 1, to)) return true;
    const vague = s.vagueHits.some((v) => v.first === k + 1);
    if (w.isPresentParticiple(verb) && !vague && (deliverableIn(tokens, w, k + 2, to) || namedNew(tokens, w, k + 2)))
      return true;
  }
  return false;
}

/**
 * Where a means' noun phrase starting at k names what it acts on: past a determiner, a noun of action ("organization",
 * "development") and "of" ("the organization of study days"); otherwise k itself.
 */
function meansHead(tokens: readonly Token[], w: RoleWords, k: number): number {
  const j = w.determiners.has(tokens[k]) ? k + 1 : k;
  const noun = tokens[j];
  if (!noun || !NOMINAL_ACTION.test(noun.norm) || !w.objectLinks.has(tokens[j + 1])) return k;
  return tokens[j + 1].sep & ~SEP_SPACE || tokens[j + 2]?.sep & ~SEP_SPACE ? k : j + 2;
}

/** A step one can check was taken, with what it is taken on, at k ("the approval of", "publication of"). */
function stepOf(tokens: readonly Token[], w: RoleWords, k: number, to: number): boolean {
  if (w.determiners.has(tokens[k])) k++;
  return stepAt(tokens, w, k, to);
}

/**
 * The noun of a step right at k, then what it is taken on ("publication of the data", « la mise à jour régulière de
 * Chartepédia »), before `to`. French puts an adjective after the noun; « mise » is a step with « à jour » or
 * « en ligne » only.
 */
function stepAt(tokens: readonly Token[], w: RoleWords, k: number, to: number): boolean {
  if (k >= to || !w.steps.has(tokens[k])) return false;
  let j = k + 1;
  if (!w.compounds) {
    if (tokens[k].norm === 'mise') {
      const a = tokens[j]?.norm;
      const b = tokens[j + 1]?.norm;
      if (!((a === 'a' && b === 'jour') || (a === 'en' && b === 'ligne'))) return false;
      j += 2;
    }
    if (j + 1 < to && !w.objectLinks.has(tokens[j]) && !(tokens[j].sep & ~SEP_SPACE)) j++; // one adjective
  }
  return j < to && w.objectLinks.has(tokens[j]) && !(tokens[j].sep & ~SEP_SPACE);
}

/**
 * "will improve laws and policies … and strengthen the platforms by connecting them", "Facilitate consultation … and
 * establish an environment that ensures … by amending the Law": a means belongs to the verb right before it; another
 * vague verb past the hit's object takes the means after it: the means end there. Not a verb coordinated with the hit
 * ("improve and strengthen … by launching" share it), nor a purpose after "to" ("improve the site to facilitate access
 * by launching a portal": the means is still the hit's).
 */
function meansEnd(s: Sentence, h: Hit, w: RoleWords, clauseTo: number): number {
  let end = clauseTo;
  for (const x of s.vagueHits) {
    const k = x.first;
    if (k <= h.last || k >= end || (x.kind !== 'verb' && x.kind !== 'phrase')) continue;
    if (k === h.last + 2 && w.coordinators.has(s.tokens[h.last + 1])) continue;
    // "Ensure the progressive increase in … by passing the Bill": after a determiner (and an adjective) the word is a
    // noun, the hit's object, not a verb that would take the means.
    if (nounAfterDeterminer(s.tokens, w, k)) continue;
    if (!w.purposeBefore.has(s.tokens[k - 1])) end = k;
  }
  return end;
}

/** A determiner right before k, or a determiner then one adjective with no mark between: k is read as a noun. */
function nounAfterDeterminer(tokens: readonly Token[], w: RoleWords, k: number): boolean {
  // Not "an environment that ensures": a relative pronoun.
  const article = (t: Token | undefined) => w.determiners.has(t) && !w.subjectRelatives.has(t);
  if (article(tokens[k - 1]) && !(tokens[k].sep & ~SEP_SPACE)) return true;
  return (
    w.compounds &&
    article(tokens[k - 2]) &&
    !(tokens[k - 1].sep & ~SEP_SPACE) &&
    !(tokens[k].sep & ~SEP_SPACE) &&
    !!w.adjectiveEnding?.test(tokens[k - 1].norm)
  );
}

/**
 * "a High Priority Program as defined by PIIA to report on actions": "by" after a past participle names its agent, not
 * a means (unless a gerund follows: "fostered by implementing the commitments").
 */
function agentOfPassive(tokens: readonly Token[], w: RoleWords, k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (!w.compounds || tokens[k].norm !== 'by' || !before || !before.norm.endsWith('ed')) return false;
  return !(tokens[k].sep & SEP_PAUSE) && !!after && !w.isPresentParticiple(after);
}

/**
 * "Develop a mechanism to open the dialogue … through the use of digital tools": what a verb of making makes ends
 * before its means ("by", "through", "via"); a deliverable there is the means (isConcrete reads it as such).
 */
function madeUpTo(s: Sentence, h: Hit, w: RoleWords, to: number): number {
  // French « en » opens no means before a noun (« une plateforme en ligne »).
  if (!w.compounds) return to;
  for (let k = h.last + 1; k < to; k++) if (w.meansBefore.has(s.tokens[k])) return k;
  return to;
}

/**
 * "Ensuring regular publication of the mining data", "ensure the adoption of the bill": a verb of ensuring whose object
 * is a step one can check was taken (its noun, then what it is taken on after "of") only asks that it be taken; not a
 * verb that would bring the step about ("promote the adoption of", still vague).
 */
function stepAsObject(tokens: readonly Token[], h: Hit, w: RoleWords, to: number): boolean {
  if (h.kind !== 'verb' || h.first !== h.last || !w.ensuring.has(tokens[h.first])) return false;
  let k = h.last + 1;
  if (w.determiners.has(tokens[k])) k++;
  // "Ensuring public access to archival documents", "ensure public accessibility of the register": opening a thing to
  // the public, which one can check as a publication (not "equitable access to services", a quality).
  const link = tokens[k + 2];
  if (tokens[k]?.norm === 'public' && w.access.has(tokens[k + 1]) && (link?.norm === 'to' || w.objectLinks.has(link)))
    return k + 3 < to;
  if (k + 1 < to && !w.steps.has(tokens[k]) && !(tokens[k + 1].sep & ~SEP_SPACE)) k++; // one adjective
  return stepAt(tokens, w, k, to);
}

/**
 * "by creating a Citizen Engagement Center": the means makes a thing it names, an article then two capitalised words
 * or more (a name one can check exists).
 */
function namedNew(tokens: readonly Token[], w: RoleWords, k: number): boolean {
  if (!w.articles.has(tokens[k]) && !w.indefiniteArticles.has(tokens[k])) return false;
  let n = 0;
  while (n < 6 && k + 1 + n < tokens.length && capitalisedInside(tokens, k + 1 + n)) n++;
  return n >= 2;
}

/**
 * "Development of the Parliamentary Data and Video Network (PDVN)", "Development of Budget Information System Modeling
 * (Singgar)": what is made is named, its acronym or short name in brackets after it, in the same clause: a thing one
 * can check exists.
 */
function namedObject(tokens: readonly Token[], h: Hit, span: Span): boolean {
  for (let k = h.last + 1; k < span.clauseTo && k <= h.last + 10; k++) {
    const t = tokens[k];
    if (t.sep & SEP_PAUSE) return false;
    if (t.sep & SEP_OPEN) {
      if (!(tokens[k + 1]?.sep & SEP_CLOSE) || t.norm.length < 2) return false;
      // "Budget Information System Modeling (Singgar)": a capitalised short name after capitalised words.
      return (
        !!(t.flags & UPPER) || (!!(t.flags & CAP) && capitalisedInside(tokens, k - 1) && !!(tokens[k - 2]?.flags & CAP))
      );
    }
  }
  return false;
}

/** A gathering among tokens [a, b). */
function gatheringIn(tokens: readonly Token[], w: RoleWords, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (w.gatherings.has(tokens[k])) return true;
  return false;
}

/** A deliverable among tokens [a, b). */
function deliverableIn(tokens: readonly Token[], w: RoleWords, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (w.deliverables.has(tokens[k])) return true;
  return false;
}
