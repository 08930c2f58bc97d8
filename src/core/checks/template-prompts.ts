// The OGP commitment template's own words inside a commitment's text (../shared/domain/ogp-reference.md, §1.2-1.4):
// its questions ("What is the public problem that the commitment will address?") and field labels ("Main
// Objective", "Relevance", "Milestone activity with a verifiable deliverable"). Plans copied into the IRM's data keep
// them inline, often several to a paragraph ("…; What is the commitment?: Passage of…"), so a paragraph's label
// cannot say where the author states the action and where the problem or the relevance is explained: each prompt
// opens a part of the commitment that runs to the next prompt.
import type { SourceText } from '../source';
import { foldedText } from '../commitments/text';
import { BULLET_MARKS } from '../text/bullets';

/**
 * What follows a prompt: the problem or the commitment's relevance, the action, its milestones, the commitment's name
 * (to the line's end), template text (to the sentence's end), or the template's words alone (`words`: the part the
 * prompt before opened goes on after them).
 */
export type PromptKind = 'context' | 'action' | 'milestone' | 'title' | 'template' | 'words';

export interface Prompt {
  kind: PromptKind;
  /** The prompt's own words, source offsets: a vague word there is the template's, not the author's. */
  start: number;
  end: number;
}

// Field labels, folded, as they open a line or follow a sentence; the longer of two that start alike comes first. A label is taken when a colon, a question mark, a
// line end or a capitalised word follows (the IRM's text runs a label into its answer: "Main Objective To…").
const LABELS: ReadonlyArray<[PromptKind, string]> = [
  [
    'context',
    String.raw`status quo(?: or problem\/issues? to be addressed)?|(?:the )?(?:problem\/)?issues? (?:to be addressed|(?:that )?ogp is trying to address)|problem definition|general problem|specific ogp issues?|rationale(?: for the commitment)?|background|contribution of (?:the )?commitment to solv(?:e|ing) (?:the )?problem|relevance of (?:the )?commitment to ogp values|ogp values? to which (?:this|the) commitment (?:will )?contributes?|relevance|ambition|additional information|other relevant information[^\n]{0,60}?|issues and challenges|description of the current (?:state|situation)(?: and the challenges?)?|current situation(?: \(status quo\))?(?: and the (?:public )?problem (?:that )?the commitment (?:will )?address(?:es)?)?|(?:problems?|issues?|challenges?)(?: (?:of|or) challenges?)? to (?:be )?addressed|problems? (?:of|or) challenges? addressed|why this commitment is important|anticipated impact|ogp (?:principles|values)|problems? addressed by (?:the )?commitment|the way in which (?:this|the) commitment is relevant to further advancing ogp values`,
  ],
  [
    'action',
    String.raw`main objectives?|main aims?|primary objective|objectives? of the commitment|brief description(?: of (?:the )?commitment)?|short description|commitment description|description of (?:the )?commitment|objectives?|future plans?`,
  ],
  // "Commitment: Strengthen the framework…": the commitment's name, to its line's end.
  ['title', String.raw`commitment(?: (?:no\.?|#) ?\d{1,2}| \d{1,2})?(?=\s*:)`],
  [
    'milestone',
    String.raw`(?:main |key )?milestones?(?: activit(?:y|ies)(?: with (?:a )?verifiable deliverables?)?| description| to fulfil+ the commitment)?|(?:important |main |key )?activit(?:y|ies) with (?:a )?verifiable deliverables?|(?:verifiable and measurable )?milestones to fulfil+ the commitment|verifiable and measurable milestones[^\n]{0,60}?|activities of the commitment|goals and\/or major milestones|new or ongoing(?: commitment)?|ongoing or new(?: commitment)?|planned activities|expected outcomes(?: milestones)?|implementation indicators?`,
  ],
  // The grand challenge the commitment answers is one of OGP's five names; contact fields name people and bodies.
  [
    'template',
    String.raw`(?:related )?o(?:gp|pg) (?:grand )?challenges?(?: areas?| (?:to be )?address(?:ed)? (?:by|through) (?:the |this )?commitment)?|sustainable development goals? \(sdgs?\) (?:the|this) commitment addresses|promotes efforts for implementation of sdg goals or targets|lead (?:implementing )?(?:institutions?|agency|agencies)(?:\/actors?)?|supporting institutions?|other actors involved|state actors involved|contact information|name of responsible person[^\n]{0,40}?`,
  ],
];

// Where a prompt may start: the text's start, a line's (after bullets or a number), or after a sentence or a clause.
// A list's mark may be a symbol of a private font (Word's bullets: U+F0A7, U+F06C…).
// Texts translated from Spanish keep the opening "¿" of a question ("¿Which is the commitment?").
const BEFORE = String.raw`(?:^|\n[^\S\n]*|[.;?!:)]\s+|\s[-•*]\s+)(?:[-*✓${BULLET_MARKS}]\s*|\d{1,2}[.)-]\s+)?¿?`;
// A label's words may be wrapped onto the next line (texts copied from a PDF): a space in a label is any one space.
const wrapped = (label: string) => label.replaceAll(' ', '\\s');
const LABEL_GROUPS = `(${LABELS.map(([, l]) => `(${wrapped(l)})`).join('|')})`;
const LABEL_RE = new RegExp(`${BEFORE}${LABEL_GROUPS}(?=\\s*[:?\\n]|\\s+[^\\s]|$)`, 'g');
// A label run into the text before it, a table's cells flattened ("…received on EIAs Main Objective: Ensuring…",
// "…All government bodies Verifiable and measurable milestones to fulfil the commitment New or ongoing…"): capitalised
// as a heading, of two words or more, and followed by a colon or a capitalised word (checked on the source).
const RUN_IN_RE = new RegExp(`\\s${LABEL_GROUPS}(?=\\s*:|\\s+[^\\s])`, 'g');
// A label alone in brackets, inside a paragraph: "(Current Situation) The government is… (Future Plans) First, …".
const BRACKETED_RE = new RegExp(`(?:^|\\s)\\(${LABEL_GROUPS}(?=\\))`, 'g');

// A contact field's label just before a colon, wherever it stands (found from the colons: a text has few).
const FIELD_BEFORE_COLON = new RegExp(`(?:^|\\s)(${LABELS[LABELS.length - 1][1]})\\s*$`);

// A template question: it asks about the commitment (or "you", the author) and ends within its paragraph (its lines
// may be wrapped).
const IN_QUESTION = String.raw`(?:[^?\n.]|\n(?!\n))`;
const QUESTION_RE = new RegExp(
  `${BEFORE}((?:what|why|how|which|in what way)\\b${IN_QUESTION}{0,160}?\\b(?:commitment|engagement|measure|pledge|you|problem|ogp|open government partnership)\\b${IN_QUESTION}{0,120}?\\?)`,
  'g',
);
// The template's own questions (ogp-reference.md, §1.3-1.4), known word for word: found without their question mark
// too (then only its own words are the template's), and glued to the sentence before ("…government programmes.How will
// the commitment contribute to solving the public problem Three key approaches…"), as texts copied from a PDF's table
// run them into their answer.
const KNOWN_QUESTIONS = [
  'how will the commitment contribute to solv(?:e|ing) the (?:public )?problem',
  'why is this commitment relevant to ogp values',
  'what is the public problem that the commitment will address',
  'what problem does the commitment aim to address',
  'what are the causes of the problem',
  'what has been done so far to solve the problem',
  'what solution are you proposing',
  'how will the commitment (?:promote transparency|help foster accountability)',
];
const KNOWN_QUESTION_RE = new RegExp(
  String.raw`(?:^|[.;?!:)]|\n)[^\S\n]*((?:${KNOWN_QUESTIONS.map(wrapped).join('|')})\b\??)`,
  'g',
);
// The template's guidance to its writer, to the end of its sentence: "Briefly describe…" wherever it stands (the IRM's
// text runs it after its label: "Relevance Briefly describe the way…"), "Describe…" where a sentence starts; "Briefly
// described the intended results…" is the same guidance, misspelt. The guidance on the ambition ends with its own words
// ("…or improve government through more openness"), whether a stop follows or the answer runs on.
const DESCRIBE_RE = /(?:describe|(?<=briefly )described)\b[^\n]{0,300}?(?:\.(?=[\s:]|$)|$|through more openness\b)/gm;
const STARTS_HERE = new RegExp(`${BEFORE}$`);
// The UN's Sustainable Development Goals that templates since 2018 ask the commitment to name: a target numbered
// within its goal ("Target 16.6: Develop effective … institutions") quotes the UN's words, not the plan's; so does a
// goal numbered after the SDGs are named ("SDG the commitment addresses: Goal 16: Promote peaceful…"). A plan's own
// "Goal 1: Improve…" is its own.
const SDG_TARGET_RE = /\b(?:sub-?goal|target|goal|sdg)\s+\d{1,2}\.[\da-c]{1,2}\b\.?\s*:/g;
const SDG_GOAL_RE = /\b(?:goal|sdg)\s+\d{1,2}\s*:/g;
const SDG_NAMED = /\bsustainable\sdevelopment\sgoal|\bsdgs?\b/;
// A target numbered within its goal without a colon, once the SDGs are named: after "targets", "subgoals", or opening a
// line ("Targets 16.5 Substantially reduce corruption…\n17.17 encourage and promote…", "subgoals 16.6 to « develop
// effective … institutions »"): the UN's words, to the end of their sentence.
const SDG_LISTED_RE = /(?:\b(?:sub-?goals?|targets?)\s+|^[^\S\n]*)\d{1,2}\.\d{1,2}\b[^.!?]*?(?:[.!?](?=\s|$)|$)/gm;

function questionKind(q: string): PromptKind {
  // "What are the objectives of the commitment?": its answer lists the actions, as a field "Objectives" does; so does
  // "What does the measure include?" (plans that call their commitments measures).
  if (
    /\b(?:what|which) is the (?:commitment|measure|pledge)\b|\bwhat does the (?:commitment|measure) (?:include|consist of)\b|\bwhat solution\b|\bwhat (?:results|will the commitment achieve)\b|\bwhat (?:are|is) the (?:\w+ )?objectives? of\b/.test(
      q,
    )
  )
    return 'action';
  return 'context';
}

const known = new WeakMap<SourceText, { text: string; prompts: Prompt[] }>();

/** The source's template prompts in text order (read once per source). */
export function templatePrompts(source: SourceText): Prompt[] {
  const cached = known.get(source);
  if (cached && cached.text === source.text) return cached.prompts;
  const folded = foldedText(source);
  const prompts: Prompt[] = [];
  const add = (m: RegExpExecArray, kind: PromptKind) => {
    const words = m[1];
    const start = m.index + m[0].length - words.length;
    prompts.push({ kind, start, end: start + words.length });
  };
  for (const m of folded.matchAll(QUESTION_RE)) add(m, questionKind(m[1]));
  // Without its mark, where the answer starts is unsure: only the question's words are the template's, and the part
  // the prompt before opened goes on after them.
  for (const m of folded.matchAll(KNOWN_QUESTION_RE)) add(m, 'words');
  for (const m of folded.matchAll(DESCRIBE_RE)) {
    const briefly = folded.endsWith('briefly ', m.index) ? 'briefly '.length : 0;
    // "Relevance commitment describe the way in which this is relevant to … OGP values": guidance about the commitment.
    const guidance = briefly > 0 || /\b(?:ogp|the commitment)\b/.test(m[0]);
    if (guidance || STARTS_HERE.test(folded.slice(Math.max(0, m.index - 8), m.index)))
      prompts.push({ kind: 'template', start: m.index - briefly, end: m.index + m[0].length });
  }
  for (let colon = folded.indexOf(':'); colon >= 0; colon = folded.indexOf(':', colon + 1)) {
    const field = FIELD_BEFORE_COLON.exec(folded.slice(Math.max(0, colon - 60), colon));
    if (field)
      prompts.push({ kind: 'template', start: colon - field[0].length + field[0].indexOf(field[1]), end: colon });
  }
  for (const m of folded.matchAll(SDG_TARGET_RE))
    prompts.push({ kind: 'template', start: m.index, end: m.index + m[0].length });
  for (const m of folded.matchAll(SDG_GOAL_RE))
    if (SDG_NAMED.test(folded.slice(Math.max(0, m.index - 200), m.index)))
      prompts.push({ kind: 'template', start: m.index, end: m.index + m[0].length });
  for (const m of folded.matchAll(SDG_LISTED_RE))
    if (SDG_NAMED.test(folded.slice(Math.max(0, m.index - 200), m.index)))
      prompts.push({ kind: 'template', start: m.index, end: m.index + m[0].length });
  for (const m of folded.matchAll(RUN_IN_RE)) {
    const start = m.index + m[0].length - m[1].length;
    const after = source.text.slice(start + m[1].length, start + m[1].length + 40);
    const kind = LABELS[m.slice(2).findIndex((g) => g !== undefined)][0];
    // A label of one word ("Commitment:", "Relevance") is too common a word to be told from the sentence it ends.
    if (kind === 'title' || !/\s/.test(m[1]) || !/^\p{Lu}/u.test(source.text[start])) continue;
    if (/^\s*:/.test(after) || /^\s+\p{Lu}/u.test(after)) add(m, kind);
  }
  for (const m of [...folded.matchAll(LABEL_RE), ...folded.matchAll(BRACKETED_RE)]) {
    const end = m.index + m[0].length;
    // A label runs into its answer before a capital ("Relevance The…"), not into a sentence ("Background checks…").
    const next = /\S/.exec(source.text.slice(end, end + 40))?.[0];
    if (next !== undefined && !/[:?\n]/.test(next) && (next.toUpperCase() === next.toLowerCase()) === false)
      if (next === next.toLowerCase()) continue;
    add(m, LABELS[m.slice(2).findIndex((g) => g !== undefined)][0]);
  }
  prompts.sort((a, b) => a.start - b.start);
  // A label inside a question or the guidance is that prompt's (one prompt per place).
  const out: Prompt[] = [];
  for (const p of prompts) if (out.length === 0 || p.start >= out[out.length - 1].end) out.push(p);
  known.set(source, { text: source.text, prompts: out });
  return out;
}
