// The shapes every part of Jalon speaks: findings, paragraphs, engagements.
// Field names of Finding follow unified's VFileMessage (ruleId, source, actual, expected, note, url)
// so that tools from that ecosystem can read Jalon's output without glue.

export type Lang = 'fr' | 'en';
export type Severity = 'error' | 'warning' | 'suggestion' | 'info';

/** A paragraph as a host (Word, the demo, a .docx or a text file) hands it to the core. */
export interface ParagraphInput {
  text: string;
  /** Style name as the host knows it ("Heading 2", "Titre 2", "List Paragraph"...). */
  style?: string;
  /** 1-9 for headings (Word outline level or Markdown #), 0 or absent for body text. */
  headingLevel?: number;
  inTable?: boolean;
  /** 0-based list level when the paragraph is a bulleted or numbered list item (its bullet or number is not text). */
  listLevel?: number;
  /** For a table cell's paragraph: which table of the document, and the cell's row and column (all 0-based). */
  cell?: { table: number; row: number; column: number };
  /** Tags of the content controls that contain this paragraph, outermost first (e.g. "jalon:cost"). */
  tags?: string[];
}

/** Where a paragraph sits in the analysed text: the text is the paragraphs joined with "\n". */
export interface ParagraphSpan {
  start: number;
  end: number;
}

export interface Finding {
  ruleId: string; // 'vague-term', 'jargon', 'vague-time', 'vague-quantity', 'missing-field', 'duplicate', 'readability', ...
  source: string; // 'jalon'
  severity: Severity;
  message: string; // short, in the analysis language
  note?: string; // longer explanation
  url?: string;
  actual: string; // exactly text.slice(start, end)
  expected: string[]; // suggestions, possibly empty
  start: number; // UTF-16 offsets into the analysed text
  end: number;
  paragraph: number; // index of the paragraph holding `start`
  paragraphOffset: number; // start - paragraph start
  commitment?: number; // index of the engagement it belongs to, when known
  /** Stable when text elsewhere changes: rule + normalised match + nearby words. Used by "ignore". */
  fingerprint: string;
  data?: Record<string, unknown>; // lemma, term, field, metric values...
  /** Set on findings the user or the organisation chose to ignore (Analysis.suppressed). */
  suppression?: {
    level: 'occurrence' | 'term' | 'rule' | 'organisation';
    /** 'user' for the author's own ignores, 'organisation' for the house rules' shared list. */
    by: 'user' | 'organisation';
  };
}

export type FieldName =
  | 'indicator'
  | 'baseline'
  | 'target'
  | 'milestones'
  | 'calendar'
  | 'cost'
  | 'lead'
  | 'partners'
  | 'actions'
  | 'accountability'
  | 'audience';

export type SpecificityLevel = 'none' | 'low' | 'medium' | 'high';
/** The IRM completion scale, used as a milestone's progress status. */
export type ProgressStatus = 'not-started' | 'limited' | 'substantial' | 'complete';

export interface FieldValue {
  text: string;
  start: number;
  end: number;
  /** How it was found: a labelled line, running prose, or a Jalon content control. */
  source: 'label' | 'prose' | 'control';
}

export interface Milestone {
  text: string;
  start: number;
  end: number;
  date?: string; // ISO-like: "2018-03-31", "2018-03", "2018-Q3", "2019-H2", "2019"
  status?: ProgressStatus;
  /** What the milestone delivers, its indicator and who leads it, where the plan gives them for this milestone. */
  deliverable?: FieldValue;
  indicator?: FieldValue;
  lead?: FieldValue;
}

/** The values of open government the IRM asks a commitment to make better (its "open government lens"). */
export type OpenGovValue = 'transparency' | 'participation' | 'accountability';

export interface ChecklistItem {
  id: string;
  label: string; // in the analysis language
  earned: boolean;
  points: number;
  howToEarn: string;
}

export interface Commitment {
  index: number; // 0-based position in the plan
  title: string;
  start: number;
  end: number;
  firstParagraph: number; // its heading paragraph
  lastParagraph: number;
  fields: Partial<Record<Exclude<FieldName, 'milestones'>, FieldValue>> & { milestones?: Milestone[] };
  missing: FieldName[];
  /** Present but unusable ("Coût : non chiffré", milestones without dates); also listed in `missing`. */
  weak?: FieldName[];
  score: number;
  maxScore: number;
  level: SpecificityLevel;
  checklist: ChecklistItem[];
  /** The IRM's first question: can its implementation be checked from the text? */
  verifiable: boolean;
  /** Why it is or is not verifiable, in the analysis language. */
  verifiableReason?: string;
  /** The values it makes better; empty when it has no open-government lens. */
  lens: OpenGovValue[];
}

export interface TextStats {
  words: number;
  sentences: number;
  longSentences: number;
  kandelMoles?: number;
  lix: number;
}

/** A plan as the public follow-up reads it: its language and commitments (an Analysis is one). */
export type PlanReading = Pick<Analysis, 'language' | 'commitments'>;

export interface Analysis {
  language: Lang;
  text: string;
  paragraphs: ParagraphSpan[];
  findings: Finding[];
  commitments: Commitment[];
  stats: TextStats;
  /** Findings ignored at one of the four levels (kept for SARIF suppressions and "show ignored"). */
  suppressed?: Finding[];
}
