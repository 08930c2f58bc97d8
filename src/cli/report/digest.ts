// What a facilitator mails to a ministry (issue 13, audit 14 finding 15): a plan of 36 commitments gave ~900
// remarks, each commitment repeating the same five to nine questions with the same long example. The reports people
// read (text, md, html) open each draft on its digest: per commitment, what to add (its questions, on one line) and
// its few main remarks; then each missing field's example written once, with the commitments it is for (« Comment
// écrire chaque champ »); then every remark, as before, where a missing field points to its example instead of
// repeating it. JSON, SARIF and CSV keep every finding with its example: tools read them.
import { TEMPLATE_FIELDS, type Commitment, type FieldName, type Finding, type Lang } from '../../core';
import { fieldLabel } from '../i18n';
import { commitmentNumber, listed, questions, tn, type Listed } from './common';
import type { FileReview } from '../review';

/** How many remarks the digest shows under a commitment, besides what to add. */
export const DIGEST_REMARKS = 3;

/** A commitment's digest: the questions to answer (one line), its main remarks, how many more the full list has. */
export interface Digest {
  asks: string[];
  top: Listed[];
  more: number;
}

/**
 * The digest of a commitment's findings: the questions the full list asks (the missing fields', then the checklist's),
 * and the most severe remarks other than the missing fields (these are the questions), one of each kind first, then
 * the next most severe, in the full list's order.
 */
export function digestOf(e: Commitment, fs: readonly Finding[], L: Lang): Digest {
  const { main, info } = listed(fs);
  const others = main.filter((x) => x.f.ruleId !== 'missing-field');
  const top: Listed[] = [];
  const kinds = new Set<string>();
  for (const x of others)
    if (top.length < DIGEST_REMARKS && !kinds.has(x.f.ruleId)) {
      top.push(x);
      kinds.add(x.f.ruleId);
    }
  for (const x of others) if (top.length < DIGEST_REMARKS && !top.includes(x)) top.push(x);
  top.sort((a, b) => others.indexOf(a) - others.indexOf(b));
  const shown = top.length + (main.length - others.length);
  return { asks: questions(e, L, fs), top, more: main.length + info.length - shown };
}

/** A missing field's example as the guide writes it, once: the field, its question, the commitments it is for. */
export interface GuideEntry {
  field: FieldName;
  question: string;
  example: string;
  /** The commitments' numbers, as the reports show them. */
  commitments: number[];
  /** How the full list points to it: the field's name, numbered when the field has several examples. */
  ref: string;
  /** The draft whose guide wrote the same example earlier in the report. */
  earlier?: string;
}

export interface Guide {
  /** Field by field in the template's order, each field's examples in the order first met. */
  entries: GuideEntry[];
  /** The guide's entry a missing field's finding points to, if it has an example. */
  refOf(f: Finding): string | undefined;
}

const ORDER = TEMPLATE_FIELDS.flatMap((x) => (x.field ? [x.field] : []));
const keyOf = (f: Finding): string => `${String(f.data?.field)}\u0000${f.expected.join('\n')}`;

/**
 * The examples of a draft's missing fields, each once. `written` is the report's (example → the draft that wrote it):
 * a draft after it points to it rather than writing it again.
 */
export function guideOf(fr: FileReview, L: Lang, name: string, written: Map<string, string>): Guide {
  const byKey = new Map<string, GuideEntry>();
  for (const f of fr.analysis.findings) {
    const e = f.commitment === undefined ? undefined : fr.analysis.commitments[f.commitment];
    if (!e || f.ruleId !== 'missing-field' || f.expected.length === 0) continue;
    const key = keyOf(f);
    const n = commitmentNumber(e);
    const seen = byKey.get(key);
    if (seen) {
      if (!seen.commitments.includes(n)) seen.commitments.push(n);
      continue;
    }
    const field = f.data?.field as FieldName;
    byKey.set(key, { field, question: f.message, example: f.expected.join(' | '), commitments: [n], ref: '' });
  }
  for (const x of byKey.values()) x.commitments.sort((a, b) => a - b);
  const entries = [...byKey.values()].sort((a, b) => ORDER.indexOf(a.field) - ORDER.indexOf(b.field));
  const perField = new Map<FieldName, number>();
  for (const x of entries) perField.set(x.field, (perField.get(x.field) ?? 0) + 1);
  const counted = new Map<FieldName, number>();
  for (const [key, x] of byKey) {
    const i = (counted.get(x.field) ?? 0) + 1;
    counted.set(x.field, i);
    x.ref = (perField.get(x.field) ?? 0) > 1 ? `${fieldLabel(x.field, L)} ${i}` : fieldLabel(x.field, L);
    const before = written.get(key);
    if (before !== undefined) x.earlier = before;
    else written.set(key, name);
  }
  return { entries, refOf: (f) => (f.ruleId === 'missing-field' ? byKey.get(keyOf(f))?.ref : undefined) };
}

/** A field's name heading its examples in the guide: « Indicateur », "Baseline". */
export function fieldHeading(field: FieldName, L: Lang): string {
  const label = fieldLabel(field, L);
  return label.charAt(0).toLocaleUpperCase(L) + label.slice(1);
}

/** "engagements 3, 12 et 29", "commitment 4". */
export function guideFor(x: GuideEntry, L: Lang): string {
  const list = new Intl.ListFormat(L, { type: 'conjunction' }).format(x.commitments.map(String));
  return tn('guideFor', L, { count: x.commitments.length, list });
}

/** What a missing field's remark says in place of its example, in the full list. */
export function exampleRef(ref: string, L: Lang): string {
  return tn('exampleRef', L, { guide: tn('guide', L, {}), ref });
}

/** « précision moyenne (vérifiable) — grille de l’atelier : 3/21 »: the level first, the points named as the checklist. */
export function checklistScore(e: Commitment, L: Lang): string {
  return tn('checklistScore', L, { score: e.score, max: e.maxScore });
}

/** "(and) 20 more findings under "All findings…"". */
export function moreLine(d: Digest, L: Lang): string | undefined {
  return d.more > 0 ? tn('digestMore', L, { count: d.more, all: tn('allRemarks', L, {}) }) : undefined;
}
