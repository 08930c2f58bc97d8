// Where a commitment says what it will do, and where it only explains: its title, its milestones and indicators, its
// description of the action, and its context (the problem, what exists, why it matters). A vague word matters in
// the first three (issue 13); in the context it describes the world rather than the promise.
import { isSpace } from '../dates';
import type { SourceText } from '../source';
import type { Commitment } from '../types';
import { paragraphLabel } from './labels';
import { foldedParagraph } from './text';

export type SectionKind = 'title' | 'milestone' | 'action' | 'context' | 'other' | 'prose';

export interface Section {
  kind: SectionKind;
  start: number;
  end: number;
}

// Sections that explain rather than commit (folded labels): the template's problem, background and relevance
// questions, France's « Enjeux », Canada's and the US's introductions.
const CONTEXT_LABEL =
  /^[\s*_#>-]*(?:contexte|enjeux?|problemes?|probleme public|causes?|ce qui existe|etat des lieux|situation initiale|situation actuelle|justification|pertinence|ambition|background|rationale|context|status quo|problem|causes|relevance|ambition|current situation|what is the public problem|what problem|what are the causes|what has been done|why is this commitment relevant|how will the commitment (?:contribute|promote|help|improve)|additional information|ogp challenge)/;
// Sections that state the action: the commitment's description and objectives.
const ACTION_LABEL =
  /^[\s*_#>-]*(?:description|objectifs?|objectif principal|solution proposee|actions?|mesures?|what is the commitment|what solution|main objective|objectives?|brief description|commitment description|expected results?|resultats attendus)/;

function kindOfLabel(folded: string, field: string | null): SectionKind {
  if (field === 'milestones' || field === 'indicator' || field === 'target' || field === 'calendar') return 'milestone';
  if (field === 'actions') return 'action';
  if (field === 'baseline') return 'context';
  if (field !== null) return 'other';
  if (CONTEXT_LABEL.test(folded)) return 'context';
  if (ACTION_LABEL.test(folded)) return 'action';
  return 'other';
}

/** The commitment's parts, in order, as spans of the source text. */
export function sectionsOf(source: SourceText, c: Commitment): Section[] {
  const out: Section[] = [{ kind: 'title', start: c.start, end: c.start + c.title.length }];
  let current: SectionKind = 'prose';
  for (let i = c.firstParagraph; i <= c.lastParagraph; i++) {
    const p = source.paragraphs[i];
    if (p.end <= c.start + c.title.length) continue; // the title
    const label = paragraphLabel(source, i);
    const heading = (p.headingLevel ?? 0) > 0;
    if (label) {
      const kind = kindOfLabel(foldedParagraph(source, p), label.field);
      const inline = label.valueStart < p.text.trimEnd().length;
      // "Jalon 1.2 – Aider…": the line is a milestone; a heading or a bare label opens a section.
      if (heading || !inline) current = kind;
      out.push({ kind, start: p.start, end: p.end });
      continue;
    }
    if (heading) current = 'prose';
    out.push({ kind: current, start: p.start, end: p.end });
  }
  return out;
}

/** The section holding an offset, or undefined outside the commitment. */
export function sectionAt(sections: readonly Section[], offset: number): Section | undefined {
  return sections.find((s) => s.start <= offset && offset < s.end);
}

// A sentence that commits: "will", "commits to", "s'engage à", a French future ("publiera", « seront publiées »,
// « poursuivront », « permettra »: the futures of -vre, -ttre verbs too, audit16 #11), or
// one that starts with the action itself (a list item "Publier…", "Work with…").
const COMMITS_EN =
  /\b(?:will|shall|commits?|committed|pledges?|plans? to|intends? to|aims? to|agrees? to|undertakes? to)\b/;
/** A French verb in the future's third person, folded (« publiera », « ouvriront », « poursuivra »): a `u` source. */
export const FRENCH_FUTURE = String.raw`(?:sera|seront|fera|feront|\p{L}{3,}(?:era|eront|iront|ira|dra|dront|vra|vront|tra|tront))`;
const COMMITS_FR = new RegExp(
  String.raw`\b(?:s'engagent?|s’engagent?|engage a|engageons|va|vont|allons|allez|devra|devront)\b|\b(?:${FRENCH_FUTURE}|\p{L}{3,}(?:rons|rez))\b`,
  'u',
);

// A list item (its bullet or number in the text, or a Word list's paragraph) whose first word is a French
// infinitive (folded); the commonest nouns of that form are not verbs.
const ITEM_MARK = /^[ \t]*(?:[-*+•·▪◦–—]|\d{1,2}[.)])[ \t]/u;
const ITEM_VERB = /^[ \t]*(?:(?:[-*+•·▪◦–—]|\d{1,2}[.)])[ \t]+)?(?:s'|s’|se )?(\p{L}{2,}(?:er|ir|re))\b/u;
const ITEM_NOUN =
  /^(?:dossier|calendrier|premier|dernier|atelier|fichier|quartier|cahier|registre|centre|cadre|nombre|titre|ordre|membre|ministre|lettre|chiffre|notre|votre|entre|contre|autre|avenir|loisir|plaisir|desir)$/;
const opensWithVerb = (sentence: string) => {
  const verb = ITEM_VERB.exec(sentence)?.[1];
  return verb !== undefined && !ITEM_NOUN.test(verb);
};

/** Does the sentence holding `offset` state what will be done (rather than describe)? */
export function sentenceCommits(source: SourceText, paragraph: number, offset: number, wordStart: boolean): boolean {
  const p = source.paragraphs[paragraph];
  const at = offset - p.start;
  const { start, end } = sentenceAround(p.text, at);
  // The vague word opens the sentence or the item: it is the action itself (after its reflexive pronoun too:
  // « S’attacher à publier… », « S’efforcer de… »).
  if (wordStart && /^[\s\-*•·–—(]*(?:s['’]|se\s+)?$/i.test(p.text.slice(start, at))) return true;
  const sentence = foldedParagraph(source, p).slice(start, end);
  // A list item that opens with its verb (« - Publier les données dans les meilleurs délais. ») states the action,
  // as a milestone does: a vague word further in qualifies that action (audit13, finding 9).
  if (start === 0 && (p.listLevel !== undefined || ITEM_MARK.test(sentence)) && opensWithVerb(sentence)) return true;
  // French first: most plans Jalon reads are French, and a French sentence that commits then skips the English test.
  return COMMITS_FR.test(sentence) || COMMITS_EN.test(sentence);
}

const isSentenceStop = (c: number) => c === 46 || c === 33 || c === 63; // . ! ?

/**
 * The sentence around text[at], across ";" ("…; and by exploring…" goes with the "commits to" before it): from
 * after the last stop followed by a space before `at`, to the next stop followed by a space or the end. Scanned
 * by character from `at` (one call per vague word: matching the paragraph's head for every word was quadratic).
 */
export function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = 0;
  for (let i = Math.min(at, text.length) - 2; i >= 0; i--)
    if (isSentenceStop(text.charCodeAt(i)) && isSpace(text.charCodeAt(i + 1))) {
      start = i + 1;
      break;
    }
  let end = text.length;
  for (let j = Math.max(0, at); j < text.length; j++)
    if (isSentenceStop(text.charCodeAt(j)) && (j + 1 === text.length || isSpace(text.charCodeAt(j + 1)))) {
      end = j;
      break;
    }
  return { start, end };
}
