// The labelled set's inventory of vague terms (inventory.json) and where it matches in a text. A passage is labelled
// exhaustively against it: every match inside a passage has a record, and every record is one of its matches.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Lang = 'fr' | 'en';
export type TermKind = 'action' | 'hedge' | 'timing';

export interface InventoryEntry {
  /** "fr:renforcer", "en:as appropriate". */
  id: string;
  lang: Lang;
  kind: TermKind;
  term: string;
  /** A JavaScript regular expression source, matched case-insensitively with the u flag, between word boundaries. */
  pattern: string;
  /** Where the term came from: workshop, corpus, brief, issue, plain-language, reading. */
  source: string;
}

export interface TermMatch {
  term: string;
  start: number;
  end: number;
  word: string;
}

export function readInventory(dir: string = __dirname): InventoryEntry[] {
  return JSON.parse(readFileSync(join(dir, 'inventory.json'), 'utf8')) as InventoryEntry[];
}

// A match starts where no letter or digit precedes it and ends where none follows, unless it ends on an apostrophe
// ("continuer d'", "s'efforcer").
const compiled = new WeakMap<InventoryEntry, RegExp>();
function regexOf(entry: InventoryEntry): RegExp {
  let re = compiled.get(entry);
  if (!re) {
    re = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${entry.pattern})(?:(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}]))`,
      'giu',
    );
    compiled.set(entry, re);
  }
  return re;
}

/** Every match of the inventory's terms of this language that lies inside [from, to). */
export function matchTerms(
  inventory: readonly InventoryEntry[],
  text: string,
  lang: Lang,
  from = 0,
  to = text.length,
): TermMatch[] {
  const out: TermMatch[] = [];
  for (const entry of inventory) {
    if (entry.lang !== lang) continue;
    const re = regexOf(entry);
    re.lastIndex = from;
    for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (m.index + m[0].length <= to)
        out.push({ term: entry.id, start: m.index, end: m.index + m[0].length, word: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
