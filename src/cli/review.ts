// One reviewed draft: the core's analysis plus what the reports need around it.
import {
  type Analysis,
  analyze,
  type AnalyzeOptions,
  assembleAnalysis,
  type Commitment,
  detectLanguage,
  explainCommitment,
  type Finding,
  firstWords,
  type Lang,
  languageGuess,
  labelSpan,
  lineStarts,
  type PlanResult,
  lint,
  position,
  type SourceText,
  type TextStats,
} from '../core';
import { planPass } from '../core/plan';
import type { Draft } from './input';
import { fileOffset, type DraftParagraph } from './read/paragraph';

export interface FileReview {
  file: string;
  kind: Draft['kind'];
  analysis: Analysis;
  /** What the reports need of the draft beyond the analysis: which paragraphs come from notes or text boxes. */
  draft: {
    file: string;
    kind: Draft['kind'];
    paragraphs?: readonly (ParagraphOrigin | undefined)[];
    /** A text file's own text: reports give positions in it (see inFile). */
    fileText?: string;
  };
  /** Too few words to tell the draft's language, and no --text-lang: it was read in the messages' (languageGuess). */
  languageGuessed?: boolean;
}

export type ParagraphOrigin = Pick<DraftParagraph, 'note' | 'textBox' | 'at' | 'cell'>;

/** Per paragraph, its origin when it is not the body (undefined entries otherwise: cheap to send between threads). */
export function paragraphOrigins(
  paragraphs: readonly DraftParagraph[] | undefined,
): (ParagraphOrigin | undefined)[] | undefined {
  return paragraphs?.map((p) => {
    if (!p.note && !p.textBox && !p.at && !p.cell) return undefined;
    const o: ParagraphOrigin = {};
    if (p.cell) o.cell = p.cell;
    if (p.note) o.note = p.note;
    if (p.textBox) o.textBox = true;
    if (p.at) o.at = p.at;
    return o;
  });
}

export function reviewDraft(draft: Draft, options: AnalyzeOptions): FileReview {
  return reviewOf(draft, analyze(draft.source, options), options);
}

function reviewOf(draft: Draft, analysis: Analysis, options: AnalyzeOptions): FileReview {
  const { file, kind } = draft;
  return {
    file,
    kind,
    analysis,
    draft: { file, kind, paragraphs: paragraphOrigins(draft.paragraphs), fileText: draft.fileText },
    ...(!options.lang && !languageGuess(draft.source.text, options.messages).sure ? { languageGuessed: true } : {}),
  };
}

/**
 * The text half of a draft's analysis (its language and the text checks), as `analyze` does it: reader threads
 * do it for the drafts they read, while the thread that reports does the plan half (`planHalf`) and puts the two
 * together (`reviewOfHalves`). Plain data, sent between threads.
 */
export interface TextHalf {
  lang: Lang;
  findings: Finding[];
  stats: TextStats;
}

export function textHalf(source: SourceText, options: AnalyzeOptions): TextHalf {
  const lang = options.lang ?? detectLanguage(source.text, options.messages);
  return { lang, ...lint(source, { labels: labelSpan, ...options, lang }) };
}

/** The plan half of a draft's analysis, as `analyze` does it: it needs the language only, not the text half. */
export function planHalf(draft: Draft, lang: Lang, options: AnalyzeOptions): PlanResult {
  return planPass(draft.source, { ...options, lang });
}

/** The review of a draft from its two halves, assembled as `analyze` assembles them. */
export function reviewOfHalves(draft: Draft, text: TextHalf, plan: PlanResult, options: AnalyzeOptions): FileReview {
  return reviewOf(draft, assembleAnalysis(draft.source, text.lang, text, plan, options), options);
}

export interface CommitmentJson {
  index: number;
  title: string;
  start: number;
  end: number;
  fields: Commitment['fields'];
  missing: Commitment['missing'];
  score: number;
  maxScore: number;
  level: Commitment['level'];
  verifiable: boolean;
  verifiableReason?: string;
  lens: Commitment['lens'];
  /**
   * Why the level: in plain words (summary), the model's score and cuts (for tools), and each item's and text
   * count's part in it, with its weight.
   */
  why: { summary: string; score: number; cuts: { medium: number; high: number }; reasons: string[] };
}

/** `lang`: the report's language, in which the core wrote the commitment's reason (the analysis's messages). */
export function commitmentJson(e: Commitment, analysis: Analysis, lang: Lang = analysis.language): CommitmentJson {
  const { index, title, start, end, fields, missing, score, maxScore, level, verifiable, verifiableReason, lens } = e;
  const why = explainCommitment(analysis, e, lang);
  return {
    index,
    title,
    start,
    end,
    fields,
    missing,
    score,
    maxScore,
    level,
    verifiable,
    verifiableReason,
    lens,
    why: {
      summary: why.summary,
      score: Math.round(why.score * 100) / 100,
      cuts: why.cuts,
      reasons: why.reasons.map((r) => r.text),
    },
  };
}

/**
 * Findings that belong to a commitment (or to none), in text order; read-only, shared by the reports. Grouped
 * once per draft: a report asks for each commitment's findings several times (summary, section, counts).
 */
export function findingsOf(fr: FileReview, e: Commitment | undefined): readonly Finding[] {
  let groups = findingsByCommitment.get(fr);
  if (!groups) {
    groups = new Map();
    for (const f of fr.analysis.findings) {
      const group = groups.get(f.commitment);
      if (group) group.push(f);
      else groups.set(f.commitment, [f]);
    }
    findingsByCommitment.set(fr, groups);
  }
  return groups.get(e?.index) ?? NONE;
}

const findingsByCommitment = new WeakMap<FileReview, Map<number | undefined, Finding[]>>();
const NONE: readonly Finding[] = [];

export function vagueCount(findings: readonly Finding[]): number {
  return findings.filter((f) => f.ruleId === 'vague-term').length;
}

/**
 * Where a finding is, for people: in a text file, ":12:5" (the file's line:column, as editors jump to it); in a
 * document, the first words of its paragraph (« Le ministère publiera les… »), which Word's search finds, and
 * whether it is in a note or a text box. Reports list findings under their commitment and quote them.
 */
export function place(fr: FileReview, f: Finding, words: { note: string; textBox: string; quote: Quote }): string {
  const p = fr.draft.paragraphs?.[f.paragraph];
  if (fr.draft.fileText !== undefined) {
    const view = inFile(fr);
    let starts = lineStartsOf.get(fr);
    if (!starts) lineStartsOf.set(fr, (starts = lineStarts(view.text)));
    const { line, column } = position(starts, fileOffset(p ?? {}, f.paragraphOffset) ?? f.start);
    return `:${line}:${column}`;
  }
  const span = fr.analysis.paragraphs[f.paragraph];
  const start = words.quote(firstWords(fr.analysis.text.slice(span.start, span.end)));
  if (p?.note) return ` · ${start} (${words.note} ${p.note.id})`;
  return p?.textBox ? ` · ${start} (${words.textBox})` : ` · ${start}`;
}

type Quote = (s: string) => string;

/**
 * The analysis as the file shows it: for a text file (.md, .txt), its own text, and findings whose offsets are the
 * file's (so JSON and SARIF give the file's lines, columns and offsets, also past dropped Markdown marks); for a
 * document, the analysis itself.
 */
export function inFile(fr: FileReview): Analysis {
  const text = fr.draft.fileText;
  if (text === undefined) return fr.analysis;
  let view = inFileViews.get(fr);
  if (!view) {
    const map = (f: Finding): Finding => {
      const p = fr.draft.paragraphs?.[f.paragraph];
      const start = p ? fileOffset(p, f.paragraphOffset) : undefined;
      if (start === undefined) return f;
      // The end is after the last character (a dropped mark may follow it: "OCDS[^1]").
      const length = f.end - f.start;
      const last = length > 0 ? fileOffset(p!, f.paragraphOffset + length - 1) : undefined;
      const end = last !== undefined ? last + 1 : start + length;
      return { ...f, start, end: Math.max(start, end) };
    };
    view = {
      ...fr.analysis,
      text,
      findings: fr.analysis.findings.map(map),
      suppressed: fr.analysis.suppressed?.map(map),
    };
    inFileViews.set(fr, view);
  }
  return view;
}

const inFileViews = new WeakMap<FileReview, Analysis>();
const lineStartsOf = new WeakMap<FileReview, number[]>();

/** Whether a draft has error-level findings (exit code 1). */
export function hasErrors(fr: FileReview): boolean {
  return fr.analysis.findings.some((x) => x.severity === 'error');
}
