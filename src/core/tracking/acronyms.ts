// The acronyms a plan spells out (« Ressources naturelles Canada (RNCAN) », "RNCAN (Ressources naturelles
// Canada)"), so that the public site names who leads a milestone rather than giving an acronym alone.
import { foldSameLength } from '../dates';

const ACRONYM = '[A-ZÀ-Ý][A-Za-zÀ-ÿ0-9&-]{0,10}[A-ZÀ-Ý0-9]';
// « (ACR) », its name looked for in the text just before it: a pattern that searched for the name itself would
// try every position of a national plan's megabytes.
const IN_BRACKETS = new RegExp(`\\((${ACRONYM})\\)`, 'gu');
/** Where the words of a name cannot reach across (a comma may be in one: « Innovation, Sciences et … (ISDE) »). */
const NAME_STOP = /[.;:!?()\n–—]/;
const NAME_AFTER = new RegExp(`(?<![\\p{L}\\d])(${ACRONYM})\\s*\\(([^()\\n]{3,120})\\)`, 'gu');

/** Two capitals or more, and at least as many capitals as other letters (« RNCAN », « StatCan » is a name). */
function isAcronym(s: string): boolean {
  const upper = s.match(/\p{Lu}/gu)?.length ?? 0;
  return upper >= 2 && upper * 2 >= (s.match(/\p{L}/gu)?.length ?? 0);
}
const first = (s: string) => foldSameLength(s.charAt(0)).toLowerCase();

/** The name in `words` whose first word starts with the acronym's letter, the nearest to it; capitalised. */
function nameBefore(words: string, acronym: string): string | undefined {
  const ws = words.trim().split(/\s+/);
  for (let k = ws.length - 1; k >= Math.max(0, ws.length - 10); k--) {
    const w = ws[k];
    if (/^\p{Lu}/u.test(w) && first(w) === first(acronym) && w !== acronym) {
      const name = ws.slice(k).join(' ');
      return ws.length - k >= 2 ? name : undefined;
    }
  }
  return undefined;
}

/** Every acronym the text spells out, with the name it gives it (the first definition wins). */
export function acronymsOf(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(IN_BRACKETS)) {
    const acronym = m[1];
    if (!isAcronym(acronym) || out.has(acronym)) continue;
    let before = text.slice(Math.max(0, m.index - 120), m.index);
    for (let k = before.length - 1; k >= 0; k--)
      if (NAME_STOP.test(before[k])) {
        before = before.slice(k + 1);
        break;
      }
    const name = nameBefore(before, acronym);
    if (name) out.set(acronym, name);
  }
  for (const m of text.matchAll(NAME_AFTER)) {
    const [, acronym, inside] = m;
    const name = inside.trim();
    if (!isAcronym(acronym) || out.has(acronym) || !/^\p{Lu}/u.test(name) || first(name) !== first(acronym)) continue;
    if (name.split(/\s+/).length >= 2) out.set(acronym, name);
  }
  return out;
}

/**
 * A lead as the public reads it: each acronym the plan spells out given its name, the acronym kept after it
 * (« Ressources naturelles Canada (RNCAN) »); an acronym already spelled out there, or one the plan does not
 * define, left as it is.
 */
export function acronymsNamed(text: string, acronyms: ReadonlyMap<string, string>): string {
  if (acronyms.size === 0) return text;
  return text.replace(/(?<![\p{L}\d(])[\p{L}\d&-]+(?![\p{L}\d)])/gu, (word) => {
    const name = acronyms.get(word);
    return name && !text.includes(name) ? `${name} (${word})` : word;
  });
}
