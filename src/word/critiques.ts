// Findings as Word annotations (critiques: an underline and a pop-up, WordApi 1.7/1.8), inserted and deleted by id.
// Annotations need a Microsoft 365 subscription (WordApi 1.7 requirement set page; a perpetual Word 2021 refuses
// Paragraph.insertAnnotations with GeneralException, office-js#5179, "by design"). Only that documented refusal
// makes Jalon stop trying; any other failure is retried in smaller batches down to one paragraph, and what still
// fails is highlighted instead. A failed batch keeps what Word did before the failure (OfficeExtension.Error:
// commands before the failing one are executed), so the critiques it left are deleted before a retry.
import type { HighlightRequest } from '../core';
import { ANNOTATION_RESOURCES, critiqueFor } from './annotations';
import { errorCode, errorLocation, supported } from './office';
import { loadParagraphs, resolve, resolvePlaced, type Loaded } from './paragraphs';
import type { Session } from './session';
import { critiqueLength, critiqueSpan } from './textview';

/** One critique Jalon inserted: Word's id, and where it was, to delete exactly it. */
export interface AnnotationRecord {
  id: string;
  paragraphId: string;
  index: number;
  fp: string;
  start: number;
  end: number;
}

interface Group {
  index: number;
  reqs: HighlightRequest[];
  critiques: Word.Critique[];
}

function refusal(e: unknown): boolean {
  return errorCode(e) === 'GeneralException' && (errorLocation(e) ?? '').includes('insertAnnotations');
}

function sameCritique(a: Word.Critique | undefined, b: Word.Critique): boolean {
  return !!a && a.start === b.start && a.length === b.length && a.colorScheme === b.colorScheme;
}

/** Deletes the critiques a failed batch left on its paragraphs (not yet known to Jalon by id). Best effort. */
async function removeStrays(context: Word.RequestContext, session: Session, loaded: Loaded, groups: Group[]) {
  const known = new Set(session.annotations.map((a) => a.id));
  try {
    const lists = groups.map((g) => {
      const list = loaded.items[g.index].getAnnotations();
      list.load('items/id,items/critiqueAnnotation/critique');
      return { g, list };
    });
    await context.sync();
    for (const { g, list } of lists) {
      for (const a of list.items) {
        const c = a.critiqueAnnotation.critique;
        if (!known.has(a.id) && g.critiques.some((x) => sameCritique(c, x))) a.delete();
      }
    }
    await context.sync();
  } catch {
    // A host that cannot list annotations (office-js#4624 on Mac): the clear-all sweep removes them later.
    session.swept = false;
  }
}

type Outcome = { refused: true } | { refused: false; ok: { g: Group; ids: string[] }[]; failed: Group[] };

async function insertGroups(
  context: Word.RequestContext,
  session: Session,
  loaded: Loaded,
  groups: Group[],
): Promise<Outcome> {
  if (groups.length === 0) return { refused: false, ok: [], failed: [] };
  const results = groups.map((g) => ({ g, ids: loaded.items[g.index].insertAnnotations({ critiques: g.critiques }) }));
  try {
    await context.sync();
    return { refused: false, ok: results.map(({ g, ids }) => ({ g, ids: ids.value ?? [] })), failed: [] };
  } catch (e) {
    if (refusal(e)) return { refused: true };
    await removeStrays(context, session, loaded, groups);
    if (groups.length === 1) return { refused: false, ok: [], failed: groups };
    const mid = Math.ceil(groups.length / 2);
    const a = await insertGroups(context, session, loaded, groups.slice(0, mid));
    if (a.refused) return a;
    const b = await insertGroups(context, session, loaded, groups.slice(mid));
    if (b.refused) return b;
    return { refused: false, ok: [...a.ok, ...b.ok], failed: [...a.failed, ...b.failed] };
  }
}

/**
 * Inserts one critique per request (two round trips when Word accepts the batch). Returns the requests left to
 * highlight instead: all of them when the host refused critiques, else those Word would not take.
 */
export async function annotate(session: Session, requests: HighlightRequest[]): Promise<HighlightRequest[]> {
  const popup = supported('WordApi', '1.8');
  let left: HighlightRequest[] = [];
  await Word.run(async (context) => {
    const loaded = await loadParagraphs(context, session);
    const groups = new Map<number, Group>();
    for (const req of requests) {
      const index = resolve(session, loaded, req.paragraphId);
      if (index < 0) continue; // the paragraph changed since the read: the pane re-reads and retries
      const view = loaded.views[index];
      const [start, end] = critiqueSpan(view, req.start, req.end);
      const critique = critiqueFor({ ...req, start, end }, critiqueLength(view), popup);
      if (!critique) continue;
      const g = groups.get(index) ?? { index, reqs: [], critiques: [] };
      g.reqs.push(req);
      g.critiques.push(critique);
      groups.set(index, g);
    }
    const outcome = await insertGroups(context, session, loaded, [...groups.values()]);
    if (outcome.refused) {
      session.annotationsRefused = true;
      if (session.caps) {
        session.caps.annotations = false;
        session.caps.tempHighlight = false;
      }
      session.notice('noAnnotations', undefined, true);
      left = requests;
      return;
    }
    for (const { g, ids } of outcome.ok) {
      ids.forEach((id, k) => {
        const req = g.reqs[k];
        if (req && id)
          session.annotations.push({
            id,
            paragraphId: req.paragraphId,
            index: g.index,
            fp: loaded.fingerprints[g.index],
            start: req.start,
            end: req.end,
          });
      });
    }
    left = outcome.failed.flatMap((g) => g.reqs);
  });
  return left;
}

function isJalonCritique(a: Word.Annotation): boolean {
  try {
    return a.critiqueAnnotation.critique.popupOptions?.brandingTextResourceId === ANNOTATION_RESOURCES.brand;
  } catch {
    return false; // not a critique, or a host that does not return it
  }
}

async function deleteAnnotations(session: Session, targets: AnnotationRecord[], sweep: boolean): Promise<void> {
  if (targets.length === 0 && !sweep) return;
  await Word.run(async (context) => {
    const loaded = await loadParagraphs(context, session);
    const byParagraph = new Map<number, Set<string>>();
    if (sweep) loaded.items.forEach((_, i) => byParagraph.set(i, new Set()));
    for (const a of targets) {
      const i = resolvePlaced(loaded, a);
      if (i < 0) continue; // paragraph deleted: Word dropped its annotations with it
      byParagraph.set(i, (byParagraph.get(i) ?? new Set()).add(a.id));
    }
    const lists = [...byParagraph].map(([i, ids]) => {
      const annotations = loaded.items[i].getAnnotations();
      annotations.load(sweep ? 'items/id,items/critiqueAnnotation/critique' : 'items/id');
      return { annotations, ids };
    });
    if (lists.length === 0) return;
    await context.sync();
    // An annotation Word already removed (its text was edited, or the author dismissed it) is simply absent.
    for (const { annotations, ids } of lists) {
      for (const a of annotations.items) if (ids.has(a.id) || (sweep && isJalonCritique(a))) a.delete();
    }
    await context.sync();
  });
}

/**
 * Deletes Jalon's critiques by id, and no one else's. Word keeps critiques in memory while the document is open,
 * longer than a pane that is closed and reopened: the first "clear all" of this instance also sweeps every
 * paragraph for critiques carrying Jalon's pop-up branding.
 */
export async function clearAnnotations(session: Session, paragraphIds: string[] | undefined, canSweep: boolean) {
  const wanted = paragraphIds ? new Set(paragraphIds) : undefined;
  const targets = session.annotations.filter((a) => !wanted || wanted.has(a.paragraphId));
  const sweep = !wanted && !session.swept && canSweep && supported('WordApi', '1.8');
  if (targets.length === 0 && !sweep) return;
  if (sweep) {
    try {
      await deleteAnnotations(session, targets, true);
    } catch {
      // A host that lists 1.8 without the critique service may refuse getAnnotations too: the sweep is a
      // courtesy, the records are the contract.
      await deleteAnnotations(session, targets, false);
    }
    session.swept = true;
  } else {
    await deleteAnnotations(session, targets, false);
  }
  const done = new Set(targets);
  session.annotations = session.annotations.filter((a) => !done.has(a));
}
