// A draft is read in its own language (its rules: vague verbs, field labels), but a facilitator reads the report
// in theirs (--lang, LANG): a Canadian facilitator reviews French drafts with English messages, and the reverse.
// The core writes a finding's message and note in the draft's language; here they are put into the report's
// language, text by text of the catalogue: each sentence is recognised as one of the catalogue's texts (findings,
// fields) with its values, and the same text of the other language is filled with the same values. The values
// (the author's words, a verb's dictionary form, a plan's name) and the suggestions, which are text to paste into
// the draft, stay as they are, in the draft's language; a sentence the catalogue does not know is kept as written.
import { fields, fill, findings, type Finding, type Lang } from '../core';
import type { FileReview } from './review';

interface Text {
  key: string;
  template: string;
  re: RegExp;
  slots: string[];
}

type Tree = { readonly [key: string]: unknown };

function leaves(tree: Tree, prefix: string, out: Map<string, string>): Map<string, string> {
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else if (v && typeof v === 'object') leaves(v as Tree, key, out);
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A catalogue text as a pattern: its literal parts as written, each value any text; then the rest, if any. */
function textOf(key: string, template: string): Text | undefined {
  const slots: string[] = [];
  let literal = '';
  let at = 0;
  let source = '^';
  for (const m of template.matchAll(/\{\{\s*(\w+)\s*(?:,\s*number\s*)?\}\}/g)) {
    const part = template.slice(at, m.index);
    literal += part;
    source += `${escape(part)}([\\s\\S]+?)`;
    slots.push(m[1]);
    at = m.index + m[0].length;
  }
  const tail = template.slice(at);
  literal += tail;
  // Texts of a few letters around values (« {{first}} à {{last}} ») would be found in any sentence.
  if (literal.replace(/[\s\p{P}]/gu, '').length < 8) return undefined;
  source += `${escape(tail)}(?:$|\\s+([\\s\\S]*)$)`;
  return { key, template, re: new RegExp(source, 'u'), slots };
}

const catalogues: Partial<Record<Lang, { texts: Text[]; byKey: Map<string, string> }>> = {};

function catalogue(lang: Lang) {
  let c = catalogues[lang];
  if (!c) {
    const byKey = leaves(findings[lang] as Tree, 'findings', new Map());
    leaves(fields[lang] as Tree, 'fields', byKey);
    const texts = [...byKey].flatMap(([key, template]) => textOf(key, template) ?? []);
    // The longest texts first: a text that begins another is tried after it.
    texts.sort((a, b) => b.template.length - a.template.length);
    c = catalogues[lang] = { texts, byKey };
  }
  return c;
}

/**
 * `s`, written in `from` with the catalogue's texts one after the other (a note: a field's help, then its example's
 * sentence), in `to`; undefined when a sentence of it is not one of the catalogue's.
 */
export function translateText(s: string, from: Lang, to: Lang): string | undefined {
  if (from === to) return s;
  const source = catalogue(from);
  const target = catalogue(to).byKey;
  const parts: string[] = [];
  let rest = s.trim();
  while (rest !== '') {
    let found = false;
    for (const text of source.texts) {
      const m = text.re.exec(rest);
      const other = m ? target.get(text.key) : undefined;
      if (!m || other === undefined) continue;
      const vars: Record<string, string> = {};
      text.slots.forEach((name, i) => (vars[name] = m[i + 1]));
      parts.push(fill(other, vars, to));
      rest = m[text.slots.length + 1] ?? '';
      found = true;
      break;
    }
    if (!found) return undefined;
  }
  return parts.join(' ');
}

function findingIn(f: Finding, from: Lang, to: Lang): Finding {
  const message = translateText(f.message, from, to);
  const note = f.note === undefined ? undefined : translateText(f.note, from, to);
  if (message === undefined && note === undefined) return f;
  return { ...f, message: message ?? f.message, note: note ?? f.note };
}

/**
 * The review with its findings' messages and notes in the report's language `L` (the draft's language stays the
 * analysis's: it says which rules read it). The same review when both are the same.
 */
export function inReportLanguage(fr: FileReview, L: Lang): FileReview {
  const from = fr.analysis.language;
  if (from === L) return fr;
  const analysis = {
    ...fr.analysis,
    findings: fr.analysis.findings.map((f) => findingIn(f, from, L)),
    suppressed: fr.analysis.suppressed?.map((f) => findingIn(f, from, L)),
  };
  return { ...fr, analysis };
}
