// A text finding's place in its commitment, once commitments are known: in the title, a milestone or the stated
// action it keeps its severity; in the context (the problem, what exists, the preamble of a plan) it is
// information only. Shared by the checks of vague words (vague-term, vague-time, vague-quantity, hedge).
import { commitmentAt } from '../commitments/at';
import { lastStartingAt } from '../text/search';
import { BULLET_MARKS } from '../text/bullets';
import { paragraphLabel } from '../commitments/labels';
import { sectionAt, sectionsOf, sentenceAround, sentenceCommits, type Section } from '../commitments/sections';
import { foldedParagraph, foldedText } from '../commitments/text';
import type { Commitment, Finding } from '../types';
import type { SourceText } from '../source';
import type { AssembleContext } from './types';
import { templatePrompts, type Prompt, type PromptKind } from './template-prompts';
import { LANGUAGE } from './vague-term/role-words';

// What the vague-word checks learn of a plan while placing their findings, shared by all of them: each commitment's
// sections (each paragraph's label is the source's, read once: paragraphLabel).
const learnt = new WeakMap<AssembleContext, Map<Commitment, Section[]>>();

export type PlanRole = 'title' | 'milestone-action' | 'main-action' | 'objective' | 'answer' | 'context' | 'template';

function inMilestone(c: Commitment, offset: number): boolean {
  const within = (v: { start: number; end: number } | undefined) => !!v && v.start <= offset && offset < v.end;
  return (c.fields.milestones ?? []).some(
    (m) => within(m) || within(m.deliverable) || within(m.indicator) || within(m.lead),
  );
}

/**
 * Per finding in order, its role in the plan (undefined when the text has no commitments). `needsProse`: whether a
 * finding's role in plain prose (a sentence that commits or not) can matter to the check; when it says no, that role
 * is left undefined rather than read from the sentence. `template`: the finding
 * lies in a template's label or question ("How will the commitment promote transparency?"), not the author's text.
 * `objective`: the commitment's action stated as an aim right after the template's label ("Main Objective: To
 * strengthen…"): the "to" there is not a purpose of another action. `answer`: the word opens the answer to the
 * template's question on the action ("What is the commitment? Increasing the capacity…"): it names the action, whatever
 * its form.
 */
export function planRoles(
  findings: readonly Finding[],
  a: AssembleContext,
  needsProse: (f: Finding) => boolean = () => true,
): (PlanRole | undefined)[] {
  let sections = learnt.get(a);
  if (!sections) learnt.set(a, (sections = new Map()));
  // A sentence that commits states the action; one that does not explains.
  const prose = (f: Finding, states: PlanRole | undefined): PlanRole | undefined =>
    !needsProse(f) ? undefined : sentenceCommits(a.source, f.paragraph, f.start, true) ? states : 'context';
  const inLabel = (f: Finding) => f.paragraphOffset < (paragraphLabel(a.source, f.paragraph)?.valueStart ?? 0);
  // The prompts Jalon knows are the English template's (OGP publishes no French one: ogp-reference.md, §1.5).
  const prompts = findings.length > 0 && a.lang === 'en' ? templatePrompts(a.source) : [];
  // The part of the OGP template the finding stands in, when no labelled paragraph or heading came since its prompt.
  const promptRole = (f: Finding, from: number): PlanRole | undefined => {
    for (let k = lastStartingAt(prompts, f.start); k >= 0 && prompts[k].start >= from; k--) {
      const p = prompts[k];
      if (f.start < p.end) return 'template';
      if (p.kind === 'words') continue;
      if (labelledBetween(a.source, p, f)) return undefined;
      if (p.kind === 'title') {
        if (a.source.text.slice(p.end, f.start).includes('\n')) continue;
        return 'title';
      }
      if (p.kind === 'template') {
        // A template field's answer ("OGP challenge: Improving public services") runs to its sentence's end; past
        // it, the part the prompt before opened goes on.
        if (/[.!?\n]\s/.test(a.source.text.slice(p.end, f.start))) continue;
        return 'template';
      }
      // "Ambition: We are committed to improving…": the author states the commitment inside a part that explains.
      if (
        p.kind === 'context' &&
        (statesCommitment(a.source, f) ||
          commitmentSays(a.source, p, f, AGENT_SAYS) ||
          namedBodiesSay(a.source, p, f) ||
          opensItem(a.source, p, f))
      )
        return 'main-action';
      if (p.kind === 'action' && opensAnswer(a.source, p, f)) return 'answer';
      if (p.kind === 'action' && (statesObjective(a.source, p, f) || commitmentSays(a.source, p, f)))
        return purposeOfAim(a.source, f) ? 'main-action' : 'objective';
      return PROMPT_ROLES[p.kind];
    }
    return undefined;
  };
  if (a.commitments.length === 0)
    return findings.map((f) => {
      if (inLabel(f)) return 'template';
      if (quoted(a.source, f)) return promptRole(f, 0) === 'template' ? 'template' : 'context';
      const prompted = promptRole(f, 0);
      if (prompted || prompts.length === 0) return prompted;
      // A commitment laid out in the OGP template whose title Jalon did not find: its short first line is the title;
      // outside the parts its prompts open (the background before the first), a sentence that does not commit explains.
      if (inOpeningTitle(a.source, f)) return 'title';
      if (numberedAction(a.source, f)) return undefined;
      return prose(f, undefined);
    });
  return findings.map((f) => {
    if (inLabel(f)) return 'template';
    // A quotation's words are the quoted text's (a template's question quoted stays the template's).
    if (quoted(a.source, f)) return promptRole(f, 0) === 'template' ? 'template' : 'context';
    const c = commitmentAt(a.commitments, f.start);
    if (!c) return promptRole(f, 0) ?? 'context'; // the plan's preamble, an annex
    // In a milestone as the commitment's reading found it (a line, a table row, its indicator or deadline cell).
    if (inMilestone(c, f.start) || a.source.paragraphs[f.paragraph]?.cell) return 'milestone-action';
    let s = sections.get(c);
    if (!s) sections.set(c, (s = sectionsOf(a.source, c)));
    const section = sectionAt(s, f.start);
    // The template's prompts open their parts, in a title too: one read as a whole cell ("The legal recognition…
    // Issues to be Addressed: … Main Objective: To strengthen…"). Outside them, a title of prose is read by its
    // sentences (proseTitle).
    const prompted = promptRole(f, c.start);
    if (prompted) return prompted;
    if (section?.kind === 'title' && !proseTitle(c.title)) return 'title';
    switch (section?.kind) {
      case 'milestone':
        return 'milestone-action';
      case 'action':
        return 'main-action';
      case 'context':
      case 'other':
        return 'context';
      default:
        return prose(f, 'main-action');
    }
  });
}

/**
 * "1. “Open data” in official declarations: Improving the electronic system…", then the template's fields: in a text
 * laid out in the OGP template where no commitment was found, a first line that is short, has no sentence end and no
 * question, and ends at a line break, is the commitment's title (an IRM text opens with it).
 */
function inOpeningTitle(source: SourceText, f: Finding): boolean {
  // Only a title's length is read, once per finding: a text with no line break is not searched to its end each time.
  const end = source.text.slice(0, TITLE_CHARS + 1).indexOf('\n');
  if (end < 0 || f.start >= end) return false;
  const line = source.text.slice(0, end);
  return !/[.!?;]\s/.test(line) && !/[.!?;]\s*$/.test(line);
}

const TITLE_CHARS = 200;

/**
 * "2.1 Open the budget process…; and 2.2 Improve citizen participation…": an item numbered as a plan numbers its
 * actions, opening with a verb in the base form, states an action wherever it stands (before the template's first
 * prompt too).
 */
function numberedAction(source: SourceText, f: Finding): boolean {
  if (f.data?.kind !== 'verb' || !/^\p{Lu}\p{Ll}+$/u.test(f.actual.split(' ')[0]) || /(?:ing|ed|s)$/.test(f.actual))
    return false;
  return NUMBERED_BEFORE.test(source.text.slice(Math.max(0, f.start - 12), f.start));
}

const NUMBERED_BEFORE = /(?:^|\s)\d{1,2}(?:\.\d{1,2})*[.)]?\s+$/;

/**
 * "the Compact, which states, “Give early notice of forthcoming consultations, where possible, …”": words inside a
 * quotation in their paragraph (an opening mark before them that no closing mark follows, a closing mark after them)
 * quote another text, a law's or a programme's name: not the plan's own action. Not a paragraph or list item that is
 * quoted whole (Canada's indicators: « “Organisation de séances de mobilisation … (Juin 2020)” »): a quotation
 * opens after some of the paragraph's own words. Exported for its test (test/unit/lint/plan-role-quoted.test.ts).
 */
export function quoted(source: SourceText, f: Finding): boolean {
  const p = source.paragraphs[f.paragraph];
  if (!p) return false;
  // Read in place (the text before the words is [0, before), after them [after, end)), not cut out: this runs for
  // every finding of the vague-word checks.
  const text = p.text;
  const before = sliceIndex(text, f.start - p.start);
  const after = sliceIndex(text, f.end - p.start);
  // Every quotation closes after the words: without a closing mark there, nothing before them need be read.
  CLOSING_MARK.lastIndex = after;
  if (!CLOSING_MARK.test(text)) return false;
  const lastBefore = (mark: string) => (before > 0 ? text.lastIndexOf(mark, before - 1) : -1);
  const open = Math.max(lastBefore('“'), lastBefore('«'));
  const close = Math.max(lastBefore('”'), lastBefore('»'));
  if (open > close)
    return (text.indexOf('”', after) >= 0 || text.indexOf('»', after) >= 0) && ownWordsBefore(text, open);
  if (text.indexOf('"', after) < 0) return false;
  // An odd number of straight quotes before the words leaves one open.
  let straight = 0;
  for (let k = text.indexOf('"'); k >= 0 && k < before; k = text.indexOf('"', k + 1)) straight++;
  return straight % 2 === 1 && ownWordsBefore(text, lastBefore('"'));
}

const CLOSING_MARK = /["”»]/g;

/** Where `text.slice(0, offset)` ends, or `text.slice(offset)` starts. */
const sliceIndex = (text: string, offset: number) =>
  offset < 0 ? Math.max(0, text.length + offset) : Math.min(offset, text.length);

const ownWordsBefore = (before: string, open: number) => /\p{L}/u.test(before.slice(0, open));

// A commitment's title is a line, not prose: one where the commitment's reading took a paragraph of several sentences
// for the title (a text that opens with its background) is read by its sentences, as the text outside the prompts.
const TITLE_SENTENCES = /[.!?]\s+\p{Lu}[^.!?]*[.!?]\s+\p{Lu}/u;
const proseTitle = (title: string) => TITLE_SENTENCES.test(title);

const PROMPT_ROLES: Record<Exclude<PromptKind, 'template' | 'title' | 'words'>, PlanRole> = {
  context: 'context',
  action: 'main-action',
  milestone: 'milestone-action',
};

/** A labelled paragraph or a heading after the prompt's paragraph, up to the finding's: it opens a part of its own. */
function labelledBetween(source: SourceText, p: Prompt, f: Finding): boolean {
  for (let i = f.paragraph; i > lastStartingAt(source.paragraphs, p.start); i--)
    if (paragraphLabel(source, i) || (source.paragraphs[i].headingLevel ?? 0) > 0) return true;
  return false;
}

// The author's own statement of the commitment (not "this commitment will promote…", which says what it will bring).
const STATES_COMMITMENT =
  /\b(?:we (?:are |remain )?commit(?:ted)?|we will|we (?:seek|aim|intend|plan|undertake|pledge) to|commits? (?:itself )?to|(?:main |primary )?(?:objective|aim) (?:of (?:the|this) commitment )?is to|(?:this|the) commitment is to)\b/;

function statesCommitment(source: SourceText, f: Finding): boolean {
  const p = source.paragraphs[f.paragraph];
  const { start, end } = sentenceAround(p.text, f.start - p.start);
  return STATES_COMMITMENT.test(foldedParagraph(source, p).slice(start, end));
}

// "This commitment will ensure…", "The commitment seeks to address…", "This commitment will further…": the
// commitment's own verb, up to the hit, or the verb the hit is coordinated with ("The commitment aims to establish and
// empower the Commission").
const THE_COMMITMENT = String.raw`(?:the|this) commitment (?:(?:will|shall|also|further) )*(?:(?:seeks?|aims?|intends?) to |is (?:\p{L}+ly )?aimed at )?(?:\p{L}+ (?:and|or) )?`;
// Inside a part that explains, "Parliamentary Counsel Office will work with…": a body that acts states the action too.
const A_BODY = String.raw`(?:[^\s]+ ){0,3}(?:we|government|ministry|office|department|agency|council|commission|parliament|secretariat|authority|committee|ombudsman) (?:(?:will|shall|also|further) )+`;
// "In addition, the commitment aims to…": a sentence adverb before the subject.
const LEAD = String.raw`(?:(?:in addition|additionally|moreover|furthermore|also),?\s+)?`;
const COMMITMENT_SAYS = new RegExp(String.raw`^[^\p{L}]*${LEAD}${THE_COMMITMENT}$`, 'u');
const AGENT_SAYS = new RegExp(String.raw`^[^\p{L}]*${LEAD}(?:${THE_COMMITMENT}|${A_BODY})$`, 'u');

/**
 * The commitment (with AGENT_SAYS, or a body that acts) as the subject of the hit's verb states the action: where the
 * template asks what the commitment is, and inside a part that explains ("This commitment will continue the work…");
 * elsewhere "The commitment will increase participation" says what it brings. In a part that explains, a verb of result
 * after the commitment reads as its purpose in the sentence (./vague-term/roles.ts) and stays information.
 */
function commitmentSays(source: SourceText, prompt: Prompt, f: Finding, says = COMMITMENT_SAYS): boolean {
  const p = source.paragraphs[f.paragraph];
  // From the sentence's start, or the prompt's end ("What is the commitment?: The commitment will…").
  const start = Math.max(sentenceAround(p.text, f.start - p.start).start, prompt.end - p.start);
  return says.test(foldedParagraph(source, p).slice(start, f.start - p.start));
}

// A list's bullet, then the word: an item of its own.
const ITEM_MARK = new RegExp(
  String.raw`(?:^|\n)[^\S\n]*[-*${BULLET_MARKS}][^\S\n]*$|\s[${BULLET_MARKS}][^\S\n]*$`,
  'u',
);

/**
 * "How will the commitment contribute…? • Connect the platforms… • Promote the pre-notification system": an item that
 * opens with a verb in the base form lists what will be done (a verb of the lexicon capitalised, not "Increase in…").
 */
function opensItem(source: SourceText, p: Prompt, f: Finding): boolean {
  if (f.data?.kind !== 'verb' || !/^\p{Lu}\p{Ll}+$/u.test(f.actual.split(' ')[0]) || /(?:ing|ed|s)$/.test(f.actual))
    return false;
  const text = source.text;
  if (/^\s+(?:in|of)\b/.test(text.slice(f.end, f.end + 4))) return false;
  const before = text.slice(Math.max(p.end, f.start - 12), f.start);
  // "The commitment will contribute to: • Strengthen the credibility of…; • Improve…": items after a lead-in that ends
  // in "to" complete its infinitive; they say what the lead-in says (here, what the commitment brings), no action.
  if (LEAD_IN_TO.test(text.slice(p.end, f.start))) return false;
  // "Publication of shared reports on the web page. Improve the dissemination of…": a sentence in the imperative.
  return ITEM_MARK.test(before) || SENTENCE_START.test(before);
}

// The last colon before the word closes a lead-in ending in "to" (no sentence ends after it).
const LEAD_IN_TO = /\bto\s*:[^:.!?]*$/i;

const SENTENCE_START = /(?:[.!?]|\n)\s+$/;

/** Only marks (a colon, a list's bullet or number) between the prompt and the word. */
function opensAnswer(source: SourceText, p: Prompt, f: Finding): boolean {
  return f.start - p.end < 12 && /^[^\p{L}]*$/u.test(source.text.slice(p.end, f.start));
}

// Capitalised words (and the words that link a name's) up to "will", and a verb of effort chained by "to" (the
// vague-term roles' own list: effortTo).
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}’'-]*|\(\p{Lu}{2,}\)|of|and|the|for|on)`;
// The name may carry its acronym in brackets ("The Office of the Government Chief Information Officer (OGCIO) will") and
// be followed by an apposition between commas ("The OGCIO, supported by the ICT Advisory Board, will").
const NAMED_SUBJECT = new RegExp(
  String.raw`^[^\p{L}]*((?:${NAME_WORD}\s+){0,11}${NAME_WORD})(?:\s*,[^,.;:()]{1,120},)?\s+` +
    String.raw`(?:will|shall)\s+(?:(?:also|further)\s+)*` +
    String.raw`(?:(?:${[...LANGUAGE.en.effortTo.words].join('|')})\s+to\s+)?$`,
  'u',
);
// What may stand before a sentence's start: the text's start, a stop or a colon, a blank line.
const SENTENCE_OPENS = /(?:^|[.!?:;]\s*|\n\s*\n\s*)$/;
// Capitalised words that name no body.
const NOT_BODIES = new Set(['it', 'this', 'that', 'these', 'those', 'such', 'each', 'all', 'both']);

/**
 * "SLEITI and OGP will work with all relevant agencies…", "The Ministry of Justice and the Knesset will work to…": named
 * bodies as the subject of "will" state what they will do, even where the template asks how the commitment solves the
 * problem. A name is a capitalised word past the sentence's first, or an acronym; a named thing ("The Portal will
 * improve…") says what it brings.
 */
function namedBodiesSay(source: SourceText, prompt: Prompt, f: Finding): boolean {
  const p = source.paragraphs[f.paragraph];
  const start = Math.max(sentenceAround(p.text, f.start - p.start).start, prompt.end - p.start);
  const m = NAMED_SUBJECT.exec(p.text.slice(start, f.start - p.start));
  // A line of a wrapped sentence ("…of local communities to the\nJogorku Kenesh will ensure") is not its start.
  if (!m) return false;
  // Right after the prompt ("Ambition: The Office … will"), the answer opens there.
  const opens =
    p.start + start === prompt.end ||
    SENTENCE_OPENS.test(source.text.slice(Math.max(0, p.start + start - 4), p.start + start));
  if (!opens) return false;
  const words = m[1].trim().split(/\s+/);
  const last = words[words.length - 1].toLowerCase();
  if (NOT_BODIES.has(last) || LANGUAGE.en.deliverables.words.has(last) || LANGUAGE.en.things.words.has(last))
    return false;
  return words.some((w, k) => (k > 0 && /^\p{Lu}/u.test(w)) || /^\p{Lu}{2,}$/u.test(w));
}

/**
 * "In addition, to develop adequate administrative structures to enhance the implementation": a purpose after the aim's
 * own verb and its object ("to develop … structures") is that action's purpose, not the aim (which "and to" would
 * continue): it keeps its own role.
 */
function purposeOfAim(source: SourceText, f: Finding): boolean {
  if (f.data?.role !== 'purpose') return false;
  const p = source.paragraphs[f.paragraph];
  const { start } = sentenceAround(p.text, f.start - p.start);
  return PURPOSE_OF_AIM.test(foldedParagraph(source, p).slice(start, f.start - p.start));
}

// "to" and a verb, then words, then "to" (not after "and", "or" or a comma) right before the word.
const PURPOSE_OF_AIM = /\bto\s+\p{L}+\s+(?:[^,;:.]*\s)?(?<!\b(?:and|or)\s)to\s+$/u;

/** "Main Objective To strengthen X and facilitate Y": the answer opens with "to" and no action follows in its sentence. */
function statesObjective(source: SourceText, p: Prompt, f: Finding): boolean {
  const folded = foldedText(source);
  const par = source.paragraphs[f.paragraph];
  const { end } = sentenceAround(par.text, f.start - par.start);
  const answer = folded.slice(p.end, par.start + end);
  // A list's mark may stand before it (Word's bullets are symbols of a private font: U+F06C).
  if (!/^[^\p{L}\p{N}]*to\s/u.test(answer)) return false;
  // "What is the commitment? To ensure participation, amendments will be introduced": a purpose before the action.
  // A verb inside what the aim governs is the aim's ("To ensure that budget planning … are participatory").
  const that = answer.search(/\bthat\b/);
  return !/\b(?:will|shall|is|are|must)\b/.test(that < 0 ? answer : answer.slice(0, that));
}
