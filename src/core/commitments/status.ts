// A milestone's progress status written in its text, on the IRM completion scale (not started, limited,
// substantial, complete), as Canada's tracker labels it: "[Réalisé]", "(Progrès limité)", "Statut : en cours",
// "Status: complete". Only bracketed or labelled words count: "complete" in a sentence is not a status.
import { foldSameLength } from '../dates';
import { progress } from '../messages';
import type { Lang, ProgressStatus } from '../types';

const WORDS: Array<[ProgressStatus, RegExp]> = [
  [
    'not-started',
    /^(?:non commence|pas commence|non demarre|pas demarre|a venir|a faire|pas encore commence|not started|not yet started|pending|to do)$/,
  ],
  [
    'limited',
    /^(?:progres limite|limite|en cours|partiel(?:lement realise)?|commence|demarre|limited(?: progress)?|in progress|ongoing|started|partial(?:ly complete(?:d)?)?)$/,
  ],
  [
    'substantial',
    /^(?:progres important|progres substantiel|substantiel|avance|largement realise|presque (?:termine|realise)|substantial(?: progress)?|substantially complete(?:d)?|advanced|nearly (?:complete|done))$/,
  ],
  ['complete', /^(?:realise|termine|acheve|complet|fait|livre|complete(?:d)?|done|achieved|delivered|finished)$/],
];

/** A status's mark in both languages, from the catalogue (messages/progress.ts). */
const label = (status: ProgressStatus) => ({ fr: progress.fr.status[status], en: progress.en.status[status] });

/** The words of the mark setMilestoneStatus writes ("[Réalisé]"), by status and language. */
export const STATUS_LABELS: Record<ProgressStatus, { fr: string; en: string }> = {
  'not-started': label('not-started'),
  limited: label('limited'),
  substantial: label('substantial'),
  complete: label('complete'),
};

function classify(word: string): ProgressStatus | undefined {
  const w = foldSameLength(word)
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.!]+$/, '');
  return WORDS.find(([, re]) => re.test(w))?.[0];
}

const BRACKETED = /[[(]([^\])]{2,40})[\])]/g;
const LABELLED = /(?:statut|etat|avancement|status|progress)\s*:\s*([^;.,\])\n]{2,40})/g;

export interface StatusMention {
  status: ProgressStatus;
  start: number;
  end: number;
}

/** The last status written in the text, with where it sits (so the pane can replace it). */
export function findStatus(text: string, foldedText?: string): StatusMention | undefined {
  const folded = foldedText ?? foldSameLength(text);
  let found: StatusMention | undefined;
  for (const re of [BRACKETED, LABELLED]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(folded))) {
      const status = classify(m[1]);
      if (status && (!found || m.index > found.start)) found = { status, start: m.index, end: m.index + m[0].length };
    }
  }
  // "Publication du guide – réalisé": a status word alone after a final dash.
  const tail = /[-–—]\s*([^-–—]{2,30})\s*$/.exec(folded);
  if (tail) {
    const status = classify(tail[1]);
    if (status && (!found || tail.index > found.start)) found = { status, start: tail.index, end: folded.length };
  }
  return found;
}

export function readStatus(text: string, foldedText?: string): ProgressStatus | undefined {
  return findStatus(text, foldedText)?.status;
}

/**
 * The milestone text with its status set to `status` (written as "[Réalisé]" / "[Complete]"), replacing a
 * status already there. The author's other words are kept as they are.
 */
export function setMilestoneStatus(text: string, status: ProgressStatus | undefined, lang: Lang): string {
  const current = findStatus(text);
  const mark = status ? `[${STATUS_LABELS[status][lang]}]` : '';
  if (current) {
    const before = text.slice(0, current.start).replace(/\s+$/, '');
    const after = text.slice(current.end);
    return mark ? `${before} ${mark}${after}` : `${before}${after}`;
  }
  if (!mark) return text;
  return `${text.replace(/\s+$/, '')} ${mark}`;
}

/** Share of the way done, for the points system: complete 1, substantial 2/3, limited 1/3, not started 0. */
export const STATUS_PROGRESS: Record<ProgressStatus, number> = {
  'not-started': 0,
  limited: 1 / 3,
  substantial: 2 / 3,
  complete: 1,
};
